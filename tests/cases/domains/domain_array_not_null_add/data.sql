INSERT INTO posts VALUES (1, '{a,b}');
