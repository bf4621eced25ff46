-- drop an enum value (type rebuild) while a column with a default uses the type and data does not use the dropped value
CREATE TYPE order_status AS ENUM ('pending', 'shipped');

CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'pending'
);
