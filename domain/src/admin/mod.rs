//! What staff edit and what residents send: the forms as typed (strings, as the browser posts
//! them), the rules that turn them into values the store may write, and errors named by field so
//! a page can show each one next to its input.

pub mod audit;
pub mod date;
pub mod feedback;
pub mod fields;
pub mod service_edit;
pub mod throttle;
pub mod views;

pub use fields::FieldErrors;
