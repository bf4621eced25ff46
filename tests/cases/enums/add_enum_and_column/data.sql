INSERT INTO documents (id, title) VALUES (1, 'plan'), (2, 'notes');
