-- schemadiff:allow column-drop reason="the column was never read" expires=2099-99-99
ALTER TABLE users DROP COLUMN legacy;
-- schemadiff:allow column-drop reason="the column was never read" expires=2099-02-30
ALTER TABLE users DROP COLUMN legacy2;
-- schemadiff:allow column-drop reason="a leap day" expires=2096-02-29
ALTER TABLE users DROP COLUMN legacy3;
