INSERT INTO victim VALUES (1), (2);
