-- The target schema. legacy was dropped on purpose:
-- schemadiff:allow column-drop reason="legacy is unused since v3"
CREATE TABLE users (
    id int PRIMARY KEY,
    email text NOT NULL,
    nickname varchar(40)
);
CREATE UNIQUE INDEX users_email_key ON users (email);

CREATE TABLE orders (
    id int PRIMARY KEY,
    user_id int REFERENCES users (id)
);
