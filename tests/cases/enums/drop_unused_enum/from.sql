CREATE TYPE keep_me AS ENUM ('a', 'b');
CREATE TYPE drop_me AS ENUM ('x', 'y');
