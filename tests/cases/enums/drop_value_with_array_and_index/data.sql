INSERT INTO orders (id, status, history) VALUES (1, 'pending', '{pending}'), (2, 'shipped', '{pending,shipped}');
