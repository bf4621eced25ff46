-- add a composite FK referencing a composite primary key, with MATCH FULL
CREATE TABLE warehouses (
    company_id integer,
    code text,
    PRIMARY KEY (company_id, code)
);
CREATE TABLE stock (
    id integer PRIMARY KEY,
    company_id integer,
    warehouse_code text,
    FOREIGN KEY (company_id, warehouse_code) REFERENCES warehouses (company_id, code) MATCH FULL ON DELETE CASCADE
);
