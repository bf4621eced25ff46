CREATE TYPE "Mood" AS ENUM ('ok', 'bad');
CREATE TABLE "order items" (id serial PRIMARY KEY, m "Mood" DEFAULT 'ok');
