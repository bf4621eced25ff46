CREATE TABLE docs (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, tenant int NOT NULL, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION current_tenant() RETURNS int LANGUAGE sql STABLE AS $$ SELECT coalesce(nullif(current_setting('app.tenant', true), ''), '0')::int $$;
CREATE POLICY docs_tenant ON docs FOR ALL USING (tenant = current_tenant());
