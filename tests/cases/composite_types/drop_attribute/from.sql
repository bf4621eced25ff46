CREATE TYPE pair AS (a int, b int, c int);
