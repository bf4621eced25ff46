CREATE SCHEMA app;
CREATE SCHEMA stats;
CREATE TABLE app.addresses (id int PRIMARY KEY, city text NOT NULL, zip text NOT NULL);
CREATE STATISTICS stats.addresses_city_zip (dependencies) ON city, zip FROM app.addresses;
COMMENT ON STATISTICS stats.addresses_city_zip IS 'zip determines city';
