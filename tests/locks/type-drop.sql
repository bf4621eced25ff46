-- Probe for type-drop: DROP TYPE of a composite type takes ACCESS EXCLUSIVE on the type (and on its row relation).
-- type: pair
CREATE TYPE pair AS (a int, b text);
-- statement
DROP TYPE pair;
