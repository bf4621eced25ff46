CREATE TABLE accounts (id int PRIMARY KEY, owner text NOT NULL, balance numeric NOT NULL);
CREATE VIEW my_accounts AS SELECT id, balance FROM accounts WHERE owner = current_user;
