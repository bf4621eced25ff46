INSERT INTO docs (id, owner, tenant, body) VALUES (1, 'alice', 1, 'x'), (2, 'bob', 2, 'y');
