INSERT INTO legacy (code) VALUES ('x'), ('y');
