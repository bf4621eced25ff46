SET lock_timeout = '2s';
\i hidden.sql
