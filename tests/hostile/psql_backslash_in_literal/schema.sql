CREATE TABLE t (id int);
COMMENT ON TABLE t IS 'first line
\i not a command
\gexec';
COMMENT ON COLUMN t.id IS $$a
\! no shell$$;
