-- create column-level, table-level, named and unnamed checks using IN lists, BETWEEN, LIKE, casts, multiple columns, NO INHERIT
CREATE TABLE bookings (
    id integer PRIMARY KEY,
    status text NOT NULL CHECK (status IN ('new', 'confirmed', 'cancelled')),
    guests integer CONSTRAINT bookings_guests_range CHECK (guests BETWEEN 1 AND 12),
    email text CHECK (email LIKE '%@%'),
    code text CHECK (code ~ '^[A-Z]{3}[0-9]+$'),
    price numeric(10,2) CHECK (price >= 0::numeric),
    starts_on date,
    ends_on date,
    nights_text text CHECK (nights_text::integer > 0),
    internal_flag boolean,
    CONSTRAINT bookings_dates_ordered CHECK (ends_on > starts_on),
    CHECK (status <> 'cancelled' OR price = 0),
    CONSTRAINT bookings_no_inherit CHECK (internal_flag IS NOT TRUE) NO INHERIT
);
