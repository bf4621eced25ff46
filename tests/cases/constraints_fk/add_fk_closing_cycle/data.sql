INSERT INTO departments (id, name, manager_id) VALUES (1, 'R&D', NULL);
INSERT INTO employees (id, name, department_id) VALUES (10, 'Ada', 1);
UPDATE departments SET manager_id = 10 WHERE id = 1;
