INSERT INTO users (id, email, name, status, profile, location, tags, score, deleted_at) VALUES
    (1, 'a@example.com', 'Ada', 'active', '{"lang": "en"}', '(1,2)', '{x}', 10, NULL),
    (2, 'b@example.com', 'Bob', 'inactive', '{"lang": "de"}', '(3,4)', '{y,z}', NULL, now()),
    (3, 'c@example.com', NULL, 'active', NULL, NULL, NULL, 5, NULL);
