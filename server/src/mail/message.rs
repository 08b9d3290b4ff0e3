//! An outbox row as a MIME message: plain text and HTML as alternatives, in UTF-8.

use lettre::message::{Mailbox, MultiPart, SinglePart, header::ContentType};
use store::Outgoing;

#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error("recipient {0:?} is not an address")]
    Recipient(String),
    #[error("the message does not build: {0}")]
    Message(#[from] lettre::error::Error),
}

pub fn build(from: &Mailbox, outgoing: &Outgoing) -> Result<lettre::Message, BuildError> {
    let to: Mailbox = outgoing
        .recipient
        .parse()
        .map_err(|_| BuildError::Recipient(outgoing.recipient.clone()))?;
    Ok(lettre::Message::builder()
        .from(from.clone())
        .to(to)
        .subject(&outgoing.subject)
        .multipart(
            MultiPart::alternative()
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_PLAIN)
                        .body(outgoing.body_text.clone()),
                )
                .singlepart(
                    SinglePart::builder()
                        .header(ContentType::TEXT_HTML)
                        .body(outgoing.body_html.clone()),
                ),
        )?)
}
