INSERT INTO all_types (id) VALUES (1), (2);
