INSERT INTO app.sessions (id, user_id, expires_at) VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 1, '2030-01-01 00:00+00');
