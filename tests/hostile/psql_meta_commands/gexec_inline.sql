SELECT 'DROP TABLE users' \gexec
