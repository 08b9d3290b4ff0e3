//! The portal's e-mail as data: every message in Czech, as plain text and as simple HTML made
//! from the same blocks, ending with the portal's address and how to stop the messages. The
//! store queues them (`outbox`) and the server sends them; nothing here does IO.

pub mod provider;
pub mod staff;

use crate::text::escape_xml;

/// What a message is for, as the outbox keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    SignIn,
    Invitation,
    VerificationRequest,
    Reminder,
    Returned,
    PasswordLink,
}

impl Kind {
    /// As stored.
    pub fn key(self) -> &'static str {
        match self {
            Kind::SignIn => "prihlaseni",
            Kind::Invitation => "pozvanka",
            Kind::VerificationRequest => "overeni",
            Kind::Reminder => "pripominka",
            Kind::Returned => "vraceno",
            Kind::PasswordLink => "heslo",
        }
    }
}

/// A message ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub to: String,
    pub kind: Kind,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// A part of a message's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Para(String),
    /// A link on its own line: the label, then the address.
    Link {
        label: String,
        url: String,
    },
    /// A record as residents see it: its name, then its details one per line.
    Record {
        name: String,
        details: Vec<String>,
    },
}

/// Where a message comes from and how its reader stops more: the portal's public address, and
/// the address of a page that stops the messages (`None`: a message the reader asked for).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Footer {
    pub portal: String,
    pub unsubscribe: Option<String>,
}

impl Footer {
    fn blocks(&self) -> Vec<Block> {
        let mut blocks = vec![Block::Para(format!(
            "Tuto zprávu poslal portál sociálních služeb Pomoc, {}. Neodpovídejte na ni prosím; \
             s dotazy se obraťte na správu portálu přes jeho stránky.",
            self.portal
        ))];
        blocks.push(match &self.unsubscribe {
            Some(url) => Block::Link {
                label: "Nechcete-li od portálu dostávat žádosti o ověření údajů, odhlaste je zde:"
                    .into(),
                url: url.clone(),
            },
            None => Block::Para(
                "Tuto zprávu jste si vyžádali na portálu; nežádali-li jste o ni, nemusíte nic dělat."
                    .into(),
            ),
        });
        blocks
    }
}

/// The message to `to` with `subject`, its body `blocks` and the `footer`.
pub fn compose(
    to: &str,
    kind: Kind,
    subject: String,
    blocks: &[Block],
    footer: &Footer,
) -> Message {
    let footer = footer.blocks();
    let text_of = |blocks: &[Block]| {
        blocks
            .iter()
            .map(text_block)
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    // "-- " on its own line: mail programs fold what follows as the signature.
    let text = format!("{}\n\n-- \n{}\n", text_of(blocks), text_of(&footer));
    let html_body: String = blocks.iter().chain(footer.iter()).map(html_block).collect();
    let html = format!(
        "<!DOCTYPE html><html lang=\"cs\"><head><meta charset=\"utf-8\"><title>{}</title></head>\
         <body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a;max-width:40em\">{html_body}</body></html>",
        escape_xml(&subject)
    );
    Message {
        to: to.to_owned(),
        kind,
        subject,
        text,
        html,
    }
}

fn text_block(block: &Block) -> String {
    match block {
        Block::Para(text) => text.clone(),
        Block::Link { label, url } => format!("{label}\n{url}"),
        Block::Record { name, details } => std::iter::once(format!("* {name}"))
            .chain(details.iter().map(|d| format!("  {d}")))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn html_block(block: &Block) -> String {
    match block {
        Block::Para(text) => format!("<p>{}</p>", escape_xml(text)),
        Block::Link { label, url } => format!(
            "<p>{}<br><a href=\"{url}\">{url}</a></p>",
            escape_xml(label),
            url = escape_xml(url)
        ),
        Block::Record { name, details } => format!(
            "<h2 style=\"font-size:1.1em;margin-bottom:0\">{}</h2><p style=\"margin-top:0.2em\">{}</p>",
            escape_xml(name),
            details
                .iter()
                .map(|d| escape_xml(d))
                .collect::<Vec<_>>()
                .join("<br>")
        ),
    }
}
