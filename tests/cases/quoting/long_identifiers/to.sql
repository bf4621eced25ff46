-- identifiers longer than 63 bytes are truncated by PostgreSQL (NOTICE); add a long-named column, a long-named index and an unnamed unique constraint whose implicit name is shortened
CREATE TABLE this_is_a_very_long_table_name_that_goes_beyond_the_sixty_three_byte_limit (
    id integer PRIMARY KEY,
    customer_reference_number_from_the_legacy_enterprise_resource_planning_system text,
    another_rather_long_column_name_used_in_a_composite_unique_constraint integer,
    UNIQUE (customer_reference_number_from_the_legacy_enterprise_resource_planning_system, another_rather_long_column_name_used_in_a_composite_unique_constraint)
);
CREATE INDEX index_on_the_customer_reference_number_from_the_legacy_erp_system_lowercased
    ON this_is_a_very_long_table_name_that_goes_beyond_the_sixty_three_byte_limit (lower(customer_reference_number_from_the_legacy_enterprise_resource_planning_system));
