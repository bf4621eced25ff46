SET lock_timeout = '2s';
CREATE DOMAIN email AS text;
ALTER TABLE users ADD COLUMN contact email;
