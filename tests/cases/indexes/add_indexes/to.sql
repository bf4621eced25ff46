-- add many kinds of indexes to an existing table with data
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    name text,
    status text NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now(),
    profile jsonb,
    location point,
    tags text[],
    score integer,
    deleted_at timestamptz
);

CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email));
CREATE INDEX users_active_created_idx ON users (created_at) WHERE status = 'active' AND deleted_at IS NULL;
CREATE INDEX users_status_hash_idx ON users USING hash (status);
CREATE INDEX users_profile_gin_idx ON users USING gin (profile jsonb_path_ops);
CREATE INDEX users_profile_ops_idx ON users USING gin (profile);
CREATE INDEX users_tags_idx ON users USING gin (tags);
CREATE INDEX users_location_idx ON users USING gist (location);
CREATE INDEX users_created_brin_idx ON users USING brin (created_at) WITH (pages_per_range = 32);
CREATE INDEX users_status_incl_idx ON users (status) INCLUDE (name, email);
CREATE INDEX users_name_pattern_idx ON users (name text_pattern_ops);
CREATE INDEX users_score_desc_idx ON users (score DESC NULLS LAST);
CREATE INDEX users_score_nulls_first_idx ON users (score NULLS FIRST);
CREATE UNIQUE INDEX users_name_nnd_idx ON users (name) NULLS NOT DISTINCT;
CREATE INDEX users_status_created_idx ON users (status, created_at DESC);
CREATE INDEX users_name_c_idx ON users (name COLLATE "C");
CREATE INDEX users_fillfactor_idx ON users (id, score) WITH (fillfactor = 70);
CREATE INDEX users_expr_multi_idx ON users ((profile ->> 'lang'), lower(name));
