-- years later: users is large in production
CREATE INDEX users_email_idx ON users (email);
