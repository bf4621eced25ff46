INSERT INTO events VALUES (1, '2025-03-01', 'a'), (2, '2025-07-01', 'b');
