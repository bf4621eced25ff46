INSERT INTO session_cache (key, value, expires_at) VALUES ('a', '{"u": 1}', '2030-01-01 00:00:00+00');
