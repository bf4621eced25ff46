-- Probe for domain-drop: DROP DOMAIN takes ACCESS EXCLUSIVE on the type (and its array type); no table uses it.
-- type: unused_code
CREATE DOMAIN unused_code AS text;
-- statement
DROP DOMAIN unused_code;
