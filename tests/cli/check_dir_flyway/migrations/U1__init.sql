-- Flyway undo: never run forward
DROP TABLE t;
