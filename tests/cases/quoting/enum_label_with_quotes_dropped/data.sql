INSERT INTO "My Schema"."UserAccounts" ("ID", "user", "we""ird") VALUES (1, 'ada', 'x'), (2, 'bob', NULL);
INSERT INTO "order items" ("order", "line", "state", "user") VALUES (1, 1, 'won''t fix', 1), (1, 2, 'Open', 2);
INSERT INTO "user" ("select", "from") VALUES (1, 'here');
INSERT INTO "we""ird" ("a""b", "UPPER") VALUES (1, 'A');
