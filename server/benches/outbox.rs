//! The time to queue 1,000 messages and send them to a real SMTP server on loopback
//! (`scripts/mail/sink.py`, aiosmtpd) through the worker the server runs, on SQLite (or on
//! PostgreSQL when `POMOC_TEST_DATABASE_URL` names a database, as `scripts/test-postgres.sh`
//! sets it), one worker, then two workers on one database.
//!
//! `. scripts/env.sh && cargo bench -p server --bench outbox`

// The tests' SMTP sink; this uses a part of it.
#[allow(dead_code)]
#[path = "../tests/http/support/mail.rs"]
mod mail;

use server::mail::worker::deliver_due;
use std::time::Instant;
use store::Store;

const MESSAGES: usize = 1000;

async fn queue(store: &Store, round: &str, now: i64) -> f64 {
    let footer = domain::mail::Footer {
        portal: "https://pomoc.example".into(),
        unsubscribe: None,
    };
    let started = Instant::now();
    for n in 0..MESSAGES {
        let to = format!("poskytovatel{n}.{round}@pomoc.example");
        let message = domain::mail::provider::sign_in(
            &to,
            "Rodinné centrum Jitřenka, z. s.",
            "https://pomoc.example/pro-poskytovatele/prihlaseni/0123456789abcdef",
            &footer,
        );
        store.queue_mail(&message, now).await.expect("queued");
    }
    started.elapsed().as_secs_f64()
}

async fn drain(store: Store, mailer: server::mail::Mailer, now: i64) -> usize {
    let mut sent = 0;
    loop {
        let pass = deliver_due(&store, &mailer, now).await.expect("pass");
        sent += pass.sent;
        if pass.claimed == 0 {
            return sent;
        }
    }
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("pomoc-outbox-bench-{}", std::process::id()));
    let url = Store::scratch_url(&dir).await.expect("a database");
    let first = Store::open(&url).await.expect("database");
    let second = Store::open(&url).await.expect("the same database");
    println!("database: {}", store::redact(&url));
    let sink = mail::MailSink::start();
    let now = app::state::now();

    let queued = queue(&first, "a", now).await;
    let started = Instant::now();
    let sent = drain(first.clone(), sink.mailer(), now).await;
    let one = started.elapsed().as_secs_f64();
    assert_eq!(sent, MESSAGES);

    let queued_again = queue(&first, "b", now).await;
    let started = Instant::now();
    let (a, b) = tokio::join!(
        drain(first.clone(), sink.mailer(), now),
        drain(second, sink.mailer(), now)
    );
    let two = started.elapsed().as_secs_f64();
    assert_eq!(a + b, MESSAGES);
    assert_eq!(sink.delivered().len(), 2 * MESSAGES, "each message once");

    println!(
        "queue {MESSAGES} messages (one transaction each): {:.2} s, {:.2} s",
        queued, queued_again
    );
    println!(
        "send {MESSAGES}, one worker:  {one:.2} s ({:.0} messages/s)",
        MESSAGES as f64 / one
    );
    println!(
        "send {MESSAGES}, two workers: {two:.2} s ({:.0} messages/s; {a} + {b}, none twice)",
        MESSAGES as f64 / two
    );
    let _ = std::fs::remove_dir_all(&dir);
}
