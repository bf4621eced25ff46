CREATE TABLE users (id int PRIMARY KEY, name text NOT NULL, active boolean NOT NULL);
create   view
  ACTIVE_USERS
as
select users.id AS id,
       NAME
  from public.users
 where ((active = TRUE));
