INSERT INTO tickets (code) VALUES ('A'), ('B');
