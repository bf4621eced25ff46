INSERT INTO words (id, word, code) VALUES (1, 'apple', 'A1'), (2, 'Banana', 'b2');
