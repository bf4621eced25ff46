CREATE TABLE members (
    org_id integer NOT NULL,
    user_id integer NOT NULL,
    role text,
    PRIMARY KEY (org_id, user_id)
);
