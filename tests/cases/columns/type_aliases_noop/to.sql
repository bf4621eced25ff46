-- the same columns spelled with canonical type names in from.sql and with aliases in to.sql; the migration must be empty
CREATE TABLE aliases (
    a int4,
    b int8,
    c float8,
    d bool,
    e varchar(30),
    f timestamptz,
    g decimal(10,2),
    h int2,
    i float4,
    j char(5),
    k timestamp,
    l timetz,
    m varbit(8),
    n int[]
);
