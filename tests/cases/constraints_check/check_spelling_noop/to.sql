-- equivalent check expressions written differently (IN list vs = ANY, BETWEEN, extra parentheses, implicit name written explicitly); the migration must be empty
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    kind text NOT NULL,
    balance numeric(12,2) NOT NULL DEFAULT 0,
    credit_limit numeric(12,2),
    CONSTRAINT accounts_kind_check CHECK (((kind = ANY (ARRAY['personal'::text, 'business'::text])))),
    CONSTRAINT accounts_balance_check CHECK ((balance >= (0)::numeric))
);
