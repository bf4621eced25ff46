CREATE COLLATION localized (provider = icu, locale = 'fr-FR');
