CREATE TABLE this_is_a_very_long_table_name_that_goes_beyond_the_sixty_three_byte_limit (
    id integer PRIMARY KEY
);
