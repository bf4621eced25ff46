SET lock_timeout = '2s';
\ir hidden.sql
