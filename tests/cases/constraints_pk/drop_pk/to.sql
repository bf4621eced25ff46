-- drop a composite primary key (columns keep NOT NULL because they were declared NOT NULL)
CREATE TABLE members (
    org_id integer NOT NULL,
    user_id integer NOT NULL,
    role text
);
