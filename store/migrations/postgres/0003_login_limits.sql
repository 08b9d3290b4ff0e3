-- Failed logins are limited per client and name in `attempts` (bucket `login-name`), no longer
-- by locking the account for everyone.
ALTER TABLE staff_users DROP COLUMN failed_logins;
ALTER TABLE staff_users DROP COLUMN locked_until;
