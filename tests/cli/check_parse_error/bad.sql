SET lock_timeout = '2s';
ALTER TABLE users
  ADD COLUMN x int,
  ADD COLUM y int;
