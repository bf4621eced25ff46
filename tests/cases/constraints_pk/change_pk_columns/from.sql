CREATE TABLE members (
    id integer NOT NULL,
    org_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (id)
);
