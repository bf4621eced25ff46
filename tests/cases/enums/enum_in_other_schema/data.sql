INSERT INTO articles (id) VALUES (1);
