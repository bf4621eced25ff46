CREATE TABLE t (a int);
COMMENT ON TABLE "x
::error::pwned" IS $$c$$;
