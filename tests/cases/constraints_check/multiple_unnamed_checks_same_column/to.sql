-- add a second unnamed check on a column that already has one (implicit names t_col_check and t_col_check1)
CREATE TABLE scores (
    id integer PRIMARY KEY,
    value integer CHECK (value >= 0) CHECK (value <= 100)
);
