CREATE TABLE customers (
    id integer PRIMARY KEY,
    region text NOT NULL,
    code text NOT NULL,
    UNIQUE (region, code)
);

CREATE TABLE categories (
    id integer PRIMARY KEY,
    parent_id integer REFERENCES categories (id) ON DELETE CASCADE,
    name text NOT NULL
);

CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE RESTRICT ON UPDATE CASCADE,
    referrer_id integer REFERENCES customers ON DELETE SET NULL,
    fallback_customer_id integer DEFAULT 1 REFERENCES customers (id) ON DELETE SET DEFAULT,
    category_id integer,
    region text,
    customer_code text,
    CONSTRAINT orders_category_fk FOREIGN KEY (category_id) REFERENCES categories (id) ON DELETE NO ACTION DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT orders_customer_code_fk FOREIGN KEY (region, customer_code) REFERENCES customers (region, code) MATCH FULL ON UPDATE CASCADE
);

CREATE TABLE order_notes (
    id integer PRIMARY KEY,
    order_id integer,
    author_id integer,
    body text,
    CONSTRAINT order_notes_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    CONSTRAINT order_notes_author_fk FOREIGN KEY (author_id) REFERENCES customers (id) ON DELETE SET NULL (author_id)
);
