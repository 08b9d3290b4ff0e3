//! "Potřebuji pomoc": a few questions from a life situation to a person to call. Each step is a
//! URL (`/pomoc/dluhy/ne`), every answer a plain link, so the back button, bookmarks, printing and
//! phones without JavaScript all work. Caseworkers print an outcome or hand over a short link
//! with a QR code; nothing about the client is stored.

mod api;
mod outcome;
mod page;
#[cfg(feature = "ssr")]
mod share;
mod short_link;
mod steps;
mod walker;

pub use api::load_wizard_root;
pub use page::WizardPage;
pub use short_link::ShortLinkPage;
