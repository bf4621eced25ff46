-- add a column of an existing enum type and a column of an array of that enum
CREATE TYPE color AS ENUM ('red', 'green', 'blue');

CREATE TABLE widgets (
    id integer PRIMARY KEY,
    main_color color,
    palette color[]
);
