CREATE TABLE hot (id int PRIMARY KEY, counter bigint NOT NULL DEFAULT 0);
