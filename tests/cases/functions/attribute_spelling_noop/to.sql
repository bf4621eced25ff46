create function public.add_tax(amount NUMERIC)
    returns NUMERIC
    returns null on null input
    immutable
    language SQL
as $body$ SELECT amount * 1.2 $body$;
CREATE OR REPLACE FUNCTION bump(x integer) RETURNS integer VOLATILE PARALLEL UNSAFE COST 100 CALLED ON NULL INPUT SECURITY INVOKER LANGUAGE plpgsql AS $f$BEGIN RETURN x + 1; END$f$;
