INSERT INTO items VALUES (1, '{1,2}'), (2, NULL);
