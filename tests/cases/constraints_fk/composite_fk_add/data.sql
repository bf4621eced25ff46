INSERT INTO warehouses (company_id, code) VALUES (1, 'BER'), (1, 'HAM');
INSERT INTO stock (id, company_id, warehouse_code) VALUES (1, 1, 'BER'), (2, NULL, NULL);
