CREATE TABLE countries (
    id integer PRIMARY KEY,
    code char(2) NOT NULL
);
CREATE TABLE cities (
    id integer PRIMARY KEY,
    country_code char(2)
);
ALTER TABLE cities ADD CONSTRAINT cities_country_id_fkey FOREIGN KEY (id) REFERENCES countries (id);
