-- Probe for extension-drop: DROP EXTENSION takes ACCESS EXCLUSIVE on the extension and every object of it.
-- extension: hstore
-- type: hstore
CREATE EXTENSION hstore;
-- statement
DROP EXTENSION hstore;
