-- turn CYCLE off and remove explicit MAXVALUE (back to the type default)
CREATE SEQUENCE wrap_seq AS integer;
