CREATE TABLE aliases (
    a integer,
    b bigint,
    c double precision,
    d boolean,
    e character varying(30),
    f timestamp with time zone,
    g numeric(10,2),
    h smallint,
    i real,
    j character(5),
    k timestamp without time zone,
    l time with time zone,
    m bit varying(8),
    n integer[]
);
