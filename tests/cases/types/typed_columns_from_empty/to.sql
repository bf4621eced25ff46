-- create a table whose columns use parameterised and composite types (numeric(12,4), varchar(50), timestamptz(3), bit(4), varchar(10)[], bigint[], enum, daterange) from nothing
CREATE TYPE currency_code AS ENUM ('EUR', 'USD', 'GBP');

CREATE TABLE ledger (
    id bigint PRIMARY KEY,
    account varchar(50) NOT NULL,
    amount numeric(12,4) NOT NULL,
    currency currency_code NOT NULL,
    booked_at timestamptz(3) NOT NULL,
    value_date date,
    memo text,
    flags bit(4),
    tags varchar(10)[],
    refs bigint[],
    raw jsonb,
    period daterange
);
