CREATE SCHEMA types;
CREATE DOMAIN types."Money Amount" AS numeric(12,2) DEFAULT 0 NOT NULL CHECK (VALUE >= 0);
COMMENT ON DOMAIN types."Money Amount" IS 'non-negative amount';
