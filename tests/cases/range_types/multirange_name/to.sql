CREATE TYPE timerange AS RANGE (subtype = time, multirange_type_name = timerange_set);
CREATE TABLE slots (id int PRIMARY KEY, one timerange, many timerange_set);
