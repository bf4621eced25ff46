INSERT INTO tickets (id, priority, escalation) VALUES (1, 'high', NULL), (2, DEFAULT, 'low');
