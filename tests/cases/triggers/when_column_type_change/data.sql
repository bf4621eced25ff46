INSERT INTO docs VALUES (1, 'draft', NULL);
