CREATE COLLATION localized (provider = icu, locale = 'de-DE');
