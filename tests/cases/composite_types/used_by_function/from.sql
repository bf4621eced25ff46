CREATE TABLE people (id int PRIMARY KEY, first text, last text);
