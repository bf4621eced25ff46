-- The database every probe starts from: run before the probe's own setup (run_lock_probe skips files named _*).
-- p is the referenced table for foreign keys; t has rows, a primary key, two plain indexes and a column of every
-- kind the probes alter; mood is an enum used by t.md; s1 is a free-standing sequence.
CREATE TABLE p (id int PRIMARY KEY, name text);
INSERT INTO p SELECT g, 'p' || g FROM generate_series(1, 100) g;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE SEQUENCE s1;
CREATE TABLE t (
    id int PRIMARY KEY,
    i int NOT NULL,
    b text,
    c varchar(100),
    x text,
    p_id int,
    md mood
);
INSERT INTO t SELECT g, g, 'b' || g, 'c' || g, 'x' || g, 1 + g % 100, 'ok' FROM generate_series(1, 1000) g;
CREATE INDEX t_c_idx ON t (c);
CREATE INDEX t_x_idx ON t (x);
