//! The message staff get: a link for a new password, which an administrator started.

use super::{Block, Footer, Kind, Message, compose};

pub fn password_link(to: &str, username: &str, link: &str, hours: i64, footer: &Footer) -> Message {
    compose(
        to,
        Kind::PasswordLink,
        "Nové heslo ke správě portálu Pomoc".into(),
        &[
            Block::Para(format!(
                "Dobrý den,\n\nsprávce portálu vám vytvořil odkaz, kterým si nastavíte nové heslo k účtu {username}. \
                 Dosavadní heslo platí, dokud odkaz nepoužijete."
            )),
            Block::Link {
                label: format!("Odkaz platí {hours} hodiny a jen jednou:"),
                url: link.to_owned(),
            },
        ],
        footer,
    )
}
