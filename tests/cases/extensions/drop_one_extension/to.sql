-- drop an unused extension (hstore) while another (citext) stays
CREATE EXTENSION citext;
