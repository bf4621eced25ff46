INSERT INTO settings (key, value) VALUES ('a', '5'), ('b', '10');
