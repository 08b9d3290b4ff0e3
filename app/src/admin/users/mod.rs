//! Staff accounts in the staff area (administrators only).

mod api;
mod page;

pub use page::{AccountPage, UsersPage};
