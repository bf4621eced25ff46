CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    mail text NOT NULL,
    CONSTRAINT accounts_mail_check CHECK (mail LIKE '%@%')
);
CREATE UNIQUE INDEX accounts_mail_key ON accounts (lower(mail));
CREATE VIEW account_mails AS SELECT id, mail FROM accounts;
