INSERT INTO crm.accounts (id, name) VALUES (1, 'Acme');
INSERT INTO sales.deals (id, account_id, amount) VALUES (1, 1, 100.00);
