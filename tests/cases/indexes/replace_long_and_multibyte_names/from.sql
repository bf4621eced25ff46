CREATE TABLE t (id integer PRIMARY KEY, a integer, b integer, "имя" text);
CREATE INDEX idx_this_is_a_very_long_index_name_that_goes_past_sixty_chars_x ON t (a);
CREATE INDEX idx_this_is_a_very_long_index_name_that_goes_past_sixty_chars_y ON t (b);
CREATE INDEX "индекс_по_колонкам_таблицы_т" ON t ("имя");
