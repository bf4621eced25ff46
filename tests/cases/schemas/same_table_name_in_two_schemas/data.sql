INSERT INTO tenant_a.users (id, name) VALUES (1, 'x');
