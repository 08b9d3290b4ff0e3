//! Starts the portal: reads the settings, opens (and on first start fills) the database, serves.
//! `server create-user <name> [--role admin|editor]` instead makes a staff account (the password
//! on standard input) and exits; `server set-password <name>` sets one's password likewise; `server export --format hsds-json DIR` writes the directory as
//! open data and exits; `server import --format hsds-json|hsds-csv|mpsv PATH [--dry-run]` adds
//! and updates providers and services from such an export or from the national register;
//! `server backup PATH` copies the running database consistently and checks the copy;
//! `server restore PATH` (the portal stopped) checks a copy and puts it in place of the database;
//! `server import-population PATH` replaces the population by age with ČSÚ's census table.

use server::{AppState, Config, router};
use std::process::ExitCode;
use store::Store;
use tracing_subscriber::EnvFilter;

#[derive(Debug, thiserror::Error)]
enum StartError {
    #[error(transparent)]
    Config(#[from] server::config::ConfigError),
    #[error("cannot open the database")]
    Store(#[from] store::StoreError),
    #[error("cannot listen on {address}")]
    Bind {
        address: std::net::SocketAddr,
        #[source]
        source: std::io::Error,
    },
    #[error("{0}")]
    CreateUser(#[from] server::create_user::CreateUserError),
    #[error("{0}")]
    Export(#[from] server::export::ExportError),
    #[error("{0}")]
    Import(#[from] server::import::ImportCommandError),
    #[error("{0}")]
    Sync(#[from] server::register::sync::SyncError),
    #[error("{0}")]
    Backup(#[from] store::BackupError),
    #[error("{0}")]
    Population(#[from] store::PopulationImportError),
    #[error("soubor {path} se nedá otevřít: {source}")]
    Open {
        path: String,
        source: std::io::Error,
    },
    #[error("použití: server {0} CESTA")]
    Usage(&'static str),
}

/// mimalloc instead of glibc's malloc: rendering a page allocates and frees many small strings,
/// and glibc's bookkeeping for them was a quarter of a render's time (docs/BENCHMARKS.md,
/// issue 26).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let run = match args.split_first() {
        Some((command, rest)) if command == "create-user" => create_user(rest).await,
        Some((command, rest)) if command == "set-password" => set_password(rest).await,
        Some((command, rest)) if command == "export" => export(rest).await,
        Some((command, rest)) if command == "import" => import(rest).await,
        Some((command, rest)) if command == "sync-register" => sync_register(rest).await,
        Some((command, rest)) if command == "backup" => backup(rest).await,
        Some((command, rest)) if command == "restore" => restore(rest).await,
        Some((command, rest)) if command == "import-population" => import_population(rest).await,
        _ => serve().await,
    };
    match run {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(error = ?error, "{error}");
            ExitCode::FAILURE
        }
    }
}

async fn create_user(args: &[String]) -> Result<(), StartError> {
    use server::create_user::{create_user, parse_args, read_password};
    let request = parse_args(args)?;
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let id = create_user(&store, &request, &read_password()?).await?;
    tracing::info!(id, username = %request.username, role = request.role.slug(), "staff account created");
    Ok(())
}

async fn set_password(args: &[String]) -> Result<(), StartError> {
    use server::create_user::{read_password, set_password};
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let username = set_password(&store, args, &read_password()?).await?;
    tracing::info!(username = %username, "password set; the account's sessions have ended");
    Ok(())
}

async fn export(args: &[String]) -> Result<(), StartError> {
    let request = server::export::parse_args(args)?;
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let started = std::time::Instant::now();
    let report = server::export::export(&store, &config.public_url, &request).await?;
    tracing::info!(
        services = report.services,
        organizations = report.organizations,
        terms = report.terms,
        seconds = started.elapsed().as_secs_f64(),
        dir = %request.dir.display(),
        "exported as HSDS"
    );
    Ok(())
}

async fn import_population(args: &[String]) -> Result<(), StartError> {
    let path = one_path(args, "import-population")?;
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    store.prepare_if_empty().await?;
    let file = std::fs::File::open(&path).map_err(|source| StartError::Open {
        path: path.display().to_string(),
        source,
    })?;
    let summary = store
        .import_population(std::io::BufReader::new(file))
        .await?;
    print!("{}", server::needs::describe(&summary));
    Ok(())
}

/// The one path a command takes.
fn one_path(args: &[String], command: &'static str) -> Result<std::path::PathBuf, StartError> {
    match args {
        [path] => Ok(path.into()),
        _ => Err(StartError::Usage(command)),
    }
}

fn describe_backup(done: &str, report: &store::BackupReport) {
    println!(
        "{done}: {} ({} B; {} služeb, {} poskytovatelů; kontrola celistvosti v pořádku)",
        report.path.display(),
        report.bytes,
        report.services,
        report.organizations
    );
}

async fn backup(args: &[String]) -> Result<(), StartError> {
    let path = one_path(args, "backup")?;
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    let report = store.backup_to(&path).await?;
    describe_backup("Záloha uložena", &report);
    Ok(())
}

async fn restore(args: &[String]) -> Result<(), StartError> {
    let path = one_path(args, "restore")?;
    let config = Config::from_env()?;
    let report = store::restore(&path, &config.database_url).await?;
    describe_backup("Databáze obnovena", &report);
    Ok(())
}

async fn import(args: &[String]) -> Result<(), StartError> {
    let request = server::import::parse_args(args)?;
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    store.prepare_if_empty().await?;
    let report = server::import::import(&store, &request).await?;
    print!("{}", server::import::describe(&report, request.dry_run));
    Ok(())
}

async fn sync_register(args: &[String]) -> Result<(), StartError> {
    use server::register::sync::{Synced, parse_args, sync};
    let request = parse_args(args)?;
    let config = Config::from_env()?;
    let store = Store::open(&config.database_url).await?;
    store.prepare_if_empty().await?;
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let synced = sync(
        &store,
        &config.register_url,
        &config.register_dir,
        &request,
        now,
        &store::Progress::default(),
    )
    .await?;
    match synced {
        Synced::Unchanged => println!("registr se od posledního načtení nezměnil; nic nenačteno"),
        Synced::Imported(summary) => print!("{}", server::import::describe(&summary, false)),
    }
    Ok(())
}

async fn serve() -> Result<(), StartError> {
    let config = Config::from_env()?;
    config.log();
    let store = Store::open(&config.database_url).await?;
    if let Some(report) = store.seed_if_empty().await? {
        tracing::info!(?report, "new database filled with the sample data");
    }
    // A database from before the site search, or changed by an import, gets its index here.
    let indexed = store.reindex_content().await?;
    tracing::info!(indexed, "site search index rebuilt");
    let reindexed = store.refresh_synonyms().await?;
    if reindexed > 0 {
        tracing::info!(reindexed, "services re-indexed for the search's synonyms");
    }
    let address = config.leptos.site_addr;
    let store_for_sessions = store.clone();
    let mailer = config.mailer.clone();
    let cycle = server::verification_cycle::Cycle {
        portal: config.public_url.trim_end_matches('/').to_owned(),
        schedule: config.verification,
    };
    let app = router(AppState {
        leptos_options: config.leptos,
        store,
        public_url: config.public_url,
        tiles: config.tiles,
        cookies: config.cookies,
        throttles: server::default_throttles(),
        framing: server::framing::FramePolicy::new(&config.embed_origins),
        proxies: std::sync::Arc::new(config.trusted_proxies.clone()),
        mail_on: mailer.is_on(),
        verification: config.verification,
        pages: config.pages,
    });
    tokio::spawn(server::mail::worker::run(
        store_for_sessions.clone(),
        mailer,
        std::time::Duration::from_secs(5),
    ));
    tokio::spawn(server::verification_cycle::run(
        store_for_sessions.clone(),
        cycle,
        std::time::Duration::from_secs(3600),
    ));
    tokio::spawn(forget_old_form_keys(store_for_sessions.clone()));
    tokio::spawn(server::needs::keep_signals(
        store_for_sessions.clone(),
        std::time::Duration::from_secs(60),
    ));
    let store_at_shutdown = store_for_sessions.clone();
    tokio::spawn(delete_expired_sessions(store_for_sessions));
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|source| StartError::Bind { address, source })?;
    tracing::info!("listening on http://{address}");
    server::serve::serve(
        listener,
        app,
        server::serve::Limits::default(),
        shutdown_signal(),
    )
    .await;
    server::needs::flush(&store_at_shutdown).await;
    Ok(())
}

/// Sessions that ended by idling stay in the table until this sweeps them, once an hour.
async fn delete_expired_sessions(store: Store) {
    use tower_sessions::ExpiredDeletion;
    if let Err(error) = store
        .sessions()
        .continuously_delete_expired(std::time::Duration::from_secs(3600))
        .await
    {
        tracing::error!(%error, "deleting expired sessions stopped");
    }
}

/// Creation forms' one-time keys matter for minutes; once an hour, those older than a day go.
async fn forget_old_form_keys(store: Store) {
    let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        hourly.tick().await;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        match store.forget_created_before(now - 24 * 3600).await {
            Ok(gone) => tracing::debug!(gone, "old form keys forgotten"),
            Err(error) => tracing::error!(%error, "forgetting old form keys failed"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("shutting down");
}
