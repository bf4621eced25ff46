-- change a serial column to bigserial (column type and owned sequence type both become bigint)
CREATE TABLE items (
    id bigserial PRIMARY KEY,
    name text
);
