-- add an unnamed composite primary key to a table with unique rows
CREATE TABLE members (
    org_id integer NOT NULL,
    user_id integer NOT NULL,
    role text,
    PRIMARY KEY (org_id, user_id)
);
