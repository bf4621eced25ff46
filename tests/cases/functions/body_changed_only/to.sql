CREATE FUNCTION clamp(x int, lo int, hi int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF x < lo THEN RETURN lo; END IF;
    IF x > hi THEN RETURN hi; END IF;
    RETURN x;
END
$$;
