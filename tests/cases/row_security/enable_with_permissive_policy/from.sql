CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
