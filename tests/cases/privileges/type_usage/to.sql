CREATE DOMAIN posint AS int CHECK (VALUE > 0);
CREATE TYPE mood AS ENUM ('ok', 'sad');
GRANT USAGE ON DOMAIN posint TO sd_app;
GRANT USAGE ON TYPE mood TO sd_app;
