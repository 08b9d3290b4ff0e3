//! Staff accounts on the server: password hashing, and the command that makes an account.

pub mod create_user;
pub mod password;
