CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, message text NOT NULL);
CREATE PROCEDURE log_message(msg text, severity int) LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit (message) VALUES (severity || ': ' || msg);
END
$$;
