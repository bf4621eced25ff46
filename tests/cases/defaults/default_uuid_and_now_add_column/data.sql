INSERT INTO files (name) VALUES ('a.txt'), ('b.txt');
