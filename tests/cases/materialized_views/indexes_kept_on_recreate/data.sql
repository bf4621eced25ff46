INSERT INTO sales VALUES (1, 'north', 10.00), (2, 'north', 5.50), (3, 'south', 7.25);
