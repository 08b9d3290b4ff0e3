//! Mail leaving the portal: the settings (`POMOC_SMTP_URL`, `POMOC_MAIL_FROM`), a message from
//! the outbox as MIME (`message.rs`), and the worker that claims due messages and sends them
//! with retries (`worker.rs`). Without `POMOC_SMTP_URL` mail is off: the worker logs what it
//! would have sent, the messages wait in the outbox, and staff see that mail is off.

mod message;
pub mod worker;

use lettre::{AsyncSmtpTransport, Tokio1Executor};

#[derive(Debug, thiserror::Error)]
pub enum MailConfigError {
    #[error("POMOC_SMTP_URL: {0}")]
    Url(#[from] lettre::transport::smtp::Error),
    #[error(
        "POMOC_MAIL_FROM {value:?} is not an address (\"Pomoc <pomoc@example.org>\"): {source}"
    )]
    From {
        value: String,
        source: lettre::address::AddressError,
    },
}

/// How the portal sends mail.
#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: lettre::message::Mailbox,
    },
    /// Mail is off: messages are logged and wait.
    Off,
}

/// The sender when `POMOC_MAIL_FROM` is not set.
pub const DEFAULT_FROM: &str = "Portál Pomoc <pomoc@localhost>";

impl Mailer {
    /// From the settings: an SMTP URL (`smtp://host:port`, `smtps://user:pass@host`,
    /// `smtp://host?tls=required`) and the sender.
    pub fn new(smtp_url: Option<&str>, from: Option<&str>) -> Result<Mailer, MailConfigError> {
        let Some(url) = smtp_url else {
            return Ok(Mailer::Off);
        };
        let value = from.unwrap_or(DEFAULT_FROM);
        let from = value.parse().map_err(|source| MailConfigError::From {
            value: value.to_owned(),
            source,
        })?;
        let pool = lettre::transport::smtp::PoolConfig::new().max_size(worker::AT_ONCE as u32);
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)?
            .timeout(Some(std::time::Duration::from_secs(20)))
            .pool_config(pool)
            .build();
        Ok(Mailer::Smtp { transport, from })
    }

    pub fn is_on(&self) -> bool {
        matches!(self, Mailer::Smtp { .. })
    }
}
