SET lock_timeout = '2s';
SET statement_timeout = '1h';
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
