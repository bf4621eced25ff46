-- replaced indexes: temporary names stay distinct and are cut on a UTF-8 character boundary
CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, "имя" text);
CREATE INDEX idx_this_is_a_very_long_index_name_that_goes_past_sixty_chars_x ON t (a, b);
CREATE INDEX idx_this_is_a_very_long_index_name_that_goes_past_sixty_chars_y ON t (b, a);
CREATE INDEX "индекс_по_колонкам_таблицы_т" ON t ("имя", a);
