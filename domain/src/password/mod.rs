//! How hard a new staff password is to guess. The estimate is zxcvbn's (a kept library that scores
//! a password by the cheapest way a cracker would find it: lists, keyboard walks, dates, repeats)
//! fed with published lists the library lacks: the 49,233 commonest breached passwords and the
//! commonest Czech words and names (`domain/data/passwords/`). No composition rules.
//!
//! The lists stay on the server: the estimate is not compiled for the browser, which asks the
//! server for it as staff type.

#[cfg(not(target_arch = "wasm32"))]
mod estimate;
#[cfg(not(target_arch = "wasm32"))]
mod feedback;
#[cfg(not(target_arch = "wasm32"))]
mod lists;

#[cfg(not(target_arch = "wasm32"))]
pub use estimate::estimate;

use serde::{Deserialize, Serialize};

/// The lowest score a new password may have: zxcvbn's 3, more than 10⁸ guesses, "safely
/// unguessable" against an attacker who must guess online or against a slow hash like ours.
pub const ACCEPTED_SCORE: u8 = 3;

/// The estimate for one password: zxcvbn's score (0 to 4) and what to do better, in Czech.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Strength {
    pub score: u8,
    /// What makes the password guessable, when something does.
    pub warning: Option<String>,
    pub suggestions: Vec<String>,
}

impl Strength {
    pub fn acceptable(&self) -> bool {
        self.score >= ACCEPTED_SCORE
    }

    /// The score in words, as the meter beside the field says it.
    pub fn label(&self) -> &'static str {
        match self.score {
            0 => "velmi slabé",
            1 => "slabé",
            2 => "stále snadno uhodnutelné",
            3 => "dobré",
            _ => "silné",
        }
    }
}
