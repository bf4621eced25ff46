INSERT INTO tasks (id, title, priority, state, tags) VALUES (1, 'write tests', 1, 'open', '{}'), (2, 'ship', 2, 'done', '{x}');
