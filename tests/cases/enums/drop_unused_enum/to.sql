-- drop an enum type that no column uses while another enum stays
CREATE TYPE keep_me AS ENUM ('a', 'b');
