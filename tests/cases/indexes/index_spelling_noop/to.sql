-- the same indexes written with different but equivalent spelling (USING btree, ASC, explicit default opclass, extra parentheses); the migration must be empty
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
CREATE INDEX users_email_idx ON users USING btree (email ASC NULLS LAST);
CREATE INDEX users_lower_idx ON public.users USING btree ((lower(email)) text_ops);
CREATE INDEX users_part_idx ON users (score) WHERE (score > 0);
