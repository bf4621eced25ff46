CREATE SCHEMA i18n;
CREATE COLLATION i18n.natural_sort (provider = icu, locale = 'und-u-kn-true');
COMMENT ON COLLATION i18n.natural_sort IS 'numbers sort by value';
