CREATE DOMAIN pct AS numeric(5,2);
