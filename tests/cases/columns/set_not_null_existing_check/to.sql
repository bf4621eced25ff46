-- NOT NULL proven by the user's own validated CHECK, which then goes: SET NOT NULL runs before the drop
CREATE TABLE orders (id integer PRIMARY KEY, total integer NOT NULL);
