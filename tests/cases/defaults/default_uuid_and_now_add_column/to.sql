-- add columns with volatile defaults gen_random_uuid() and now() to a table with rows
CREATE TABLE files (
    name text PRIMARY KEY,
    public_id uuid NOT NULL DEFAULT gen_random_uuid(),
    uploaded_at timestamptz NOT NULL DEFAULT now()
);
