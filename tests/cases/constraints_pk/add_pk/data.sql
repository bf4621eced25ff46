INSERT INTO members (org_id, user_id, role) VALUES (1, 1, 'owner'), (1, 2, 'member'), (2, 1, 'member');
