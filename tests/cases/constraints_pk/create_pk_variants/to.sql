-- create tables with single-column, composite, named, unnamed and table-level primary keys (one with INCLUDE)
CREATE TABLE single_inline (
    id integer PRIMARY KEY,
    name text
);

CREATE TABLE single_named (
    id integer CONSTRAINT single_named_pk PRIMARY KEY,
    name text
);

CREATE TABLE composite_unnamed (
    tenant_id integer,
    id integer,
    name text,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE composite_named (
    a text NOT NULL,
    b date NOT NULL,
    c integer,
    CONSTRAINT composite_named_pk PRIMARY KEY (a, b)
);

CREATE TABLE pk_with_include (
    id integer,
    label text,
    PRIMARY KEY (id) INCLUDE (label)
);
