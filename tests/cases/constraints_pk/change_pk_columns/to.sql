-- change a primary key from a single column to a composite key (same constraint name members_pkey)
CREATE TABLE members (
    id integer NOT NULL,
    org_id integer NOT NULL,
    user_id integer NOT NULL,
    PRIMARY KEY (org_id, user_id)
);
