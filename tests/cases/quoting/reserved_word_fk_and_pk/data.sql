INSERT INTO "user" ("id", "default") VALUES (1, 'x');
