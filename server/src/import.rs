//! `server import --format hsds-json|hsds-csv|mpsv PATH [--adresy PATH] [--dry-run]`: adds and
//! updates providers and services from an HSDS 3.0 export (a directory) or from the national
//! register's download (a directory with `rpss.json` and its code lists; `--adresy` names
//! RÚIAN's address-point CSV files), in one transaction. A field staff edited since the last
//! import is never overwritten: it is listed as a conflict. The dry run prints what would be
//! added, changed and refused, and changes nothing. On a terminal a progress bar follows the
//! file as it is read.

use std::io::IsTerminal;
use std::path::PathBuf;
use store::{FileError, ImportSummary, Progress, Store};

#[derive(Debug, thiserror::Error)]
pub enum ImportCommandError {
    #[error(
        "použití: server import --format hsds-json|hsds-csv <složka> [--dry-run]\n\
         nebo: server import --format mpsv <složka se staženým registrem> [--adresy <CSV nebo složka RÚIAN>] [--dry-run]"
    )]
    Usage,
    #[error("formát „{0}“ neumíme načíst; umíme hsds-json, hsds-csv a mpsv")]
    Format(String),
    #[error("{0}")]
    Import(#[from] FileError),
    #[error("{0}")]
    Register(#[from] crate::register::RegisterImportError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    HsdsJson,
    HsdsCsv,
    Mpsv,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub format: Format,
    pub path: PathBuf,
    pub dry_run: bool,
    /// RÚIAN's address points (register imports only).
    pub addresses: Option<PathBuf>,
}

pub fn parse_args(args: &[String]) -> Result<Request, ImportCommandError> {
    let (mut format, mut path, mut dry_run, mut addresses) = (None, None, false, None);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dry-run" => dry_run = true,
            "--format" => format = Some(args.next().ok_or(ImportCommandError::Usage)?),
            "--adresy" => {
                addresses = Some(PathBuf::from(args.next().ok_or(ImportCommandError::Usage)?))
            }
            flag if flag.starts_with("--") => return Err(ImportCommandError::Usage),
            _ if path.is_some() => return Err(ImportCommandError::Usage),
            other => path = Some(PathBuf::from(other)),
        }
    }
    let (Some(format), Some(path)) = (format, path) else {
        return Err(ImportCommandError::Usage);
    };
    let format = match format.as_str() {
        "hsds-json" => Format::HsdsJson,
        "hsds-csv" => Format::HsdsCsv,
        "mpsv" => Format::Mpsv,
        other => return Err(ImportCommandError::Format(other.to_string())),
    };
    if addresses.is_some() && format != Format::Mpsv {
        return Err(ImportCommandError::Usage);
    }
    Ok(Request {
        format,
        path,
        dry_run,
        addresses,
    })
}

pub async fn import(store: &Store, request: &Request) -> Result<ImportSummary, ImportCommandError> {
    let now = time::OffsetDateTime::now_utc();
    let progress = Progress::default();
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = progress_bar();
        (bar.clone(), tokio::spawn(follow(bar, progress.clone())))
    });
    let (path, dry_run, at) = (&request.path, request.dry_run, now.unix_timestamp());
    let summary = match request.format {
        Format::HsdsJson => store
            .import_hsds(path, dry_run, at, &progress)
            .await
            .map_err(ImportCommandError::from),
        Format::HsdsCsv => store
            .import_hsds_csv(path, dry_run, at, &progress)
            .await
            .map_err(ImportCommandError::from),
        Format::Mpsv => {
            let source = path.display().to_string();
            let import = crate::register::Import {
                dir: path,
                addresses: request.addresses.as_deref(),
                dry_run,
                now: at,
                source: &source,
                register_date: crate::register::file_date(&path.join("rpss.json")),
                content_hash: None,
                guard: &|_| None,
            };
            crate::register::import(store, &import, &progress)
                .await
                .map_err(ImportCommandError::from)
        }
    };
    if let Some((bar, follower)) = bar {
        follower.abort();
        // Gone before the summary is printed, so the two never share a line.
        bar.finish_and_clear();
    }
    summary
}

fn progress_bar() -> indicatif::ProgressBar {
    indicatif::ProgressBar::new(0).with_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} načítám {bytes}/{total_bytes} [{wide_bar}] {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    )
}

/// Moves the bar to the bytes read, five times a second until the import ends.
async fn follow(bar: indicatif::ProgressBar, progress: Progress) {
    loop {
        bar.set_length(progress.total());
        bar.set_position(progress.read());
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// The summary as the command prints it, in Czech.
pub fn describe(summary: &ImportSummary, dry_run: bool) -> String {
    let (added, changed) = if dry_run {
        ("přibylo by", "změnilo by se")
    } else {
        ("přibylo", "změnilo se")
    };
    let (o, s) = (&summary.organizations, &summary.services);
    let mut text = format!(
        "{added}: {} poskytovatelů, {} služeb\n{changed}: {} poskytovatelů, {} služeb\n\
         beze změny: {} poskytovatelů, {} služeb\nodmítnuto: {}, konfliktů: {}\n",
        o.added,
        s.added,
        o.changed,
        s.changed,
        o.unchanged,
        s.unchanged,
        summary.refused.len(),
        summary.conflicts.len()
    );
    let sections = [
        ("změna", &summary.changes),
        ("konflikt", &summary.conflicts),
        ("odmítnuto", &summary.refused),
        ("vynecháno", &summary.skipped),
    ];
    for (label, lines) in sections {
        for line in lines {
            text.push_str(&format!("{label}: {line}\n"));
        }
    }
    text.push_str(&crate::register::describe_register(summary));
    if !summary.written && !dry_run {
        text.push_str("nic se nezměnilo, do databáze se nic nezapsalo\n");
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_reads_its_format_path_and_dry_run() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_args(&args(&["--format", "mpsv", "registr", "--dry-run"])).unwrap(),
            Request {
                format: Format::Mpsv,
                path: PathBuf::from("registr"),
                dry_run: true,
                addresses: None,
            }
        );
        assert_eq!(
            parse_args(&args(&["--format", "mpsv", "registr", "--adresy", "ruian"]))
                .unwrap()
                .addresses,
            Some(PathBuf::from("ruian"))
        );
        for wrong in [
            &["--format", "hsds-json", "d", "--adresy", "ruian"][..],
            &["--format", "mpsv", "a", "b"],
            &["--format", "mpsv", "a", "--adresy"],
            &["--format", "mpsv", "a", "--rychle"],
        ] {
            assert!(
                matches!(parse_args(&args(wrong)), Err(ImportCommandError::Usage)),
                "{wrong:?}"
            );
        }
        assert!(matches!(
            parse_args(&args(&["--format", "xml", "d"])),
            Err(ImportCommandError::Format(_))
        ));
        assert!(matches!(
            parse_args(&args(&["d"])),
            Err(ImportCommandError::Usage)
        ));
    }
}
