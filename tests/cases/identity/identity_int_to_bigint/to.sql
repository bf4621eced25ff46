-- widen an identity column from integer to bigint (the identity sequence type changes too)
CREATE TABLE hits (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url text NOT NULL
);
