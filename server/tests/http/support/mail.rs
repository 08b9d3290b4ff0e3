//! A real SMTP server on loopback for a test: `scripts/mail/sink.py` (aiosmtpd, installed by
//! `scripts/setup.sh` into the Python `POMOC_MAIL_SINK_PYTHON` names), which keeps each delivered
//! message as JSON in a directory of its own and refuses addresses at `nedorucitelne.example`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

/// A delivered message, decoded by the server's own mail library.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Delivered {
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Delivered {
    /// The path (from `/`) of the first link in the plain text that starts with `prefix` (an
    /// absolute URL prefix such as `https://pomoc.example/pro-poskytovatele/prihlaseni/`).
    pub fn link(&self, prefix: &str) -> String {
        let start = self
            .text
            .find(prefix)
            .unwrap_or_else(|| panic!("no link {prefix}… in:\n{}", self.text));
        let url: String = self.text[start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        url.trim_start_matches("https://pomoc.example").to_owned()
    }
}

pub struct MailSink {
    pub port: u16,
    dir: PathBuf,
    child: Child,
}

impl MailSink {
    /// Starts a sink on a free port (or `port`).
    pub fn start_on(port: u16) -> MailSink {
        let python = std::env::var("POMOC_MAIL_SINK_PYTHON").expect(
            "POMOC_MAIL_SINK_PYTHON names the Python with aiosmtpd: run scripts/setup.sh and source scripts/env.sh",
        );
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/mail/sink.py");
        let dir =
            std::env::temp_dir().join(format!("pomoc-mail-{}-{}", std::process::id(), next()));
        let mut child = Command::new(python)
            .arg(script)
            .arg(&dir)
            .arg(port.to_string())
            .stdout(Stdio::piped())
            .spawn()
            .expect("the SMTP sink starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut line)
            .expect("the sink says its port");
        let port = line
            .trim()
            .strip_prefix("port ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the sink said {line:?}"));
        MailSink { port, dir, child }
    }

    pub fn start() -> MailSink {
        MailSink::start_on(0)
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// A mailer that sends to this sink.
    pub fn mailer(&self) -> server::mail::Mailer {
        server::mail::Mailer::new(
            Some(&self.url()),
            Some("Portál Pomoc <pomoc@pomoc.example>"),
        )
        .expect("mailer")
    }

    /// Everything delivered so far, in the order it arrived.
    pub fn delivered(&self) -> Vec<Delivered> {
        let mut names: Vec<_> = std::fs::read_dir(&self.dir)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "json"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
            .into_iter()
            .map(|p| serde_json::from_slice(&std::fs::read(&p).expect("read")).expect("json"))
            .collect()
    }

    /// What was delivered to `address`.
    pub fn to(&self, address: &str) -> Vec<Delivered> {
        self.delivered()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == address))
            .collect()
    }
}

impl Drop for MailSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A number per sink of this process.
fn next() -> usize {
    static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
