CREATE TYPE status AS ENUM ('new', 'doing', 'done');
CREATE TABLE tasks (id int PRIMARY KEY, state status NOT NULL);
CREATE VIEW open_tasks AS SELECT id, state FROM tasks WHERE state = 'new';
