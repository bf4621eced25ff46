INSERT INTO people (id, name, "Name") VALUES (1, 'lower', 'Upper');
