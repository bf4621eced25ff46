CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    -- schemadiff:renamed-from mail
    email text NOT NULL,
    -- schemadiff:renamed-from accounts_mail_check
    CONSTRAINT accounts_email_check CHECK (email LIKE '%@%')
);
-- schemadiff:renamed-from accounts_mail_key
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
CREATE VIEW account_mails AS SELECT id, email AS mail FROM accounts;
