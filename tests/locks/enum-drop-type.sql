-- Probe for enum-drop-type: DROP TYPE of an enum no column uses.
-- type: unused
CREATE TYPE unused AS ENUM ('a', 'b');
-- statement
DROP TYPE unused;
