CREATE TABLE members (
    org_id integer NOT NULL,
    user_id integer NOT NULL,
    role text
);
