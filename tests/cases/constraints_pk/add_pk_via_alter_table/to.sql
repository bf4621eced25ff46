-- primary key declared with ALTER TABLE ... ADD CONSTRAINT in to.sql (pg_dump style)
CREATE TABLE logs (
    id bigint NOT NULL,
    message text
);
ALTER TABLE ONLY logs ADD CONSTRAINT logs_pkey PRIMARY KEY (id);
