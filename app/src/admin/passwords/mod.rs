//! Passwords staff set: `/sprava/heslo` (one's own: the current one, the new one twice; every other
//! session of the account ends), `/sprava/uzivatele/{id}/heslo` (an administrator makes a one-time
//! link for a forgotten one, shown once to hand over, valid 2 hours) and
//! `/sprava/heslo/obnova/{token}` (the link: the new password twice, once). Beside every new
//! password, a meter of how guessable it is (`meter`).

mod api;
mod change_page;
mod link_page;
mod meter;
mod reset_page;

pub use change_page::PasswordPage;
pub use link_page::ResetLinkPage;
pub use meter::PasswordMeter;
pub use reset_page::PasswordResetPage;
