INSERT INTO users VALUES (1, 'ann', true), (2, 'bob', false);
