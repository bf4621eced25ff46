-- Probe for trigger-drop: DROP TRIGGER takes ACCESS EXCLUSIVE on the table.
CREATE FUNCTION t_touch() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION t_touch();
-- statement
DROP TRIGGER t_touch ON t;
