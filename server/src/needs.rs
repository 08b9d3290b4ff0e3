//! Where help is missing, on the server's side: the signals counted in memory written every
//! minute (and at shutdown), days past 25 months forgotten once a day, and
//! `server import-population PATH`.

use store::Store;

/// Writes the counted signals every `every`, forgetting old days at the first flush of a day.
pub async fn keep_signals(store: Store, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    let mut forgot_on = None;
    loop {
        ticks.tick().await;
        flush(&store).await;
        let today = domain::needs::Day::of(time::OffsetDateTime::now_utc().unix_timestamp());
        if forgot_on != Some(today) {
            match store.forget_old_signals(today).await {
                Ok(gone) => {
                    forgot_on = Some(today);
                    tracing::debug!(gone, "signals past 25 months forgotten");
                }
                Err(error) => tracing::error!(%error, "forgetting old signals failed"),
            }
        }
    }
}

/// Writes the signals waiting in memory; a failure leaves them for the next time.
pub async fn flush(store: &Store) {
    match store.flush_signals().await {
        Ok(0) => {}
        Ok(written) => tracing::debug!(written, "signals written"),
        Err(error) => tracing::error!(%error, "writing signals failed; they wait for the next"),
    }
}

/// `server import-population PATH`: what it prints when done.
pub fn describe(summary: &store::PopulationImport) -> String {
    format!(
        "obyvatelstvo načteno: {} obcí, {} věkových skupin, {} obyvatel; {} řádků obcí mimo portál vynecháno\n",
        summary.municipalities, summary.bands, summary.people, summary.skipped
    )
}
