CREATE DOMAIN sku AS text CONSTRAINT sku_not_null NOT NULL CONSTRAINT sku_format CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$') CONSTRAINT sku_length CHECK (length(VALUE) <= 20);
