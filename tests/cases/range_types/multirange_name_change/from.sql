CREATE TYPE timerange AS RANGE (subtype = time, multirange_type_name = timerange_set);
