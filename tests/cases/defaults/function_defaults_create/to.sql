-- create columns with function/expression defaults: now(), CURRENT_TIMESTAMP, CURRENT_DATE, gen_random_uuid(), now() + interval, current_user, lower()
CREATE TABLE audit_rows (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now(),
    inserted_at timestamptz DEFAULT CURRENT_TIMESTAMP,
    day date DEFAULT CURRENT_DATE,
    local_ts timestamp DEFAULT LOCALTIMESTAMP,
    expires_at timestamptz DEFAULT (now() + interval '1 day'),
    clock timestamptz DEFAULT clock_timestamp(),
    created_by name DEFAULT current_user,
    label text DEFAULT lower('ABC'),
    yr integer DEFAULT (EXTRACT(year FROM CURRENT_DATE))::integer,
    jitter double precision DEFAULT random()
);
