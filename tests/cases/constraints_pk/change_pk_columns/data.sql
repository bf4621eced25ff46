INSERT INTO members (id, org_id, user_id) VALUES (1, 1, 1), (2, 1, 2);
