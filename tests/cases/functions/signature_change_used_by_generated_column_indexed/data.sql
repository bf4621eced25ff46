INSERT INTO pages (id, title, body) VALUES (1, 'Hello World', 'x'), (2, 'About Us', NULL);
