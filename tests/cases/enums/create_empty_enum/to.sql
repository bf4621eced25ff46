-- create an enum type without labels and one with a single label
CREATE TYPE nothing_yet AS ENUM ();
CREATE TYPE only_one AS ENUM ('single');
