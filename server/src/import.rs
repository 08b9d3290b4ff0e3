//! `server import --format hsds-json DIR [--dry-run]`: adds the providers and services of an
//! HSDS 3.0 JSON export (`organizations.json`, `services.json`) to the directory, in one
//! transaction; records already present are left as they are. The dry run prints what would be
//! added and skipped and changes nothing.

use std::path::PathBuf;
use store::{HsdsError, HsdsReport, Store};

#[derive(Debug, thiserror::Error)]
pub enum ImportCommandError {
    #[error("použití: server import --format hsds-json <adresář> [--dry-run]")]
    Usage,
    #[error("formát „{0}“ zatím neumíme načíst; umíme hsds-json")]
    Format(String),
    #[error("{0}")]
    Import(#[from] HsdsError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub dir: PathBuf,
    pub dry_run: bool,
}

pub fn parse_args(args: &[String]) -> Result<Request, ImportCommandError> {
    let dry_run = args.iter().any(|a| a == "--dry-run");
    let rest: Vec<&String> = args.iter().filter(|a| *a != "--dry-run").collect();
    match rest.as_slice() {
        [flag, format, dir] if *flag == "--format" => match format.as_str() {
            "hsds-json" => Ok(Request {
                dir: PathBuf::from(dir),
                dry_run,
            }),
            other => Err(ImportCommandError::Format(other.to_string())),
        },
        _ => Err(ImportCommandError::Usage),
    }
}

pub async fn import(store: &Store, request: &Request) -> Result<HsdsReport, ImportCommandError> {
    Ok(store.import_hsds(&request.dir, request.dry_run).await?)
}

/// The report as the command prints it, in Czech.
pub fn describe(report: &HsdsReport, dry_run: bool) -> String {
    let verb = if dry_run { "přibylo by" } else { "přibylo" };
    let mut text = format!(
        "{verb}: {} poskytovatelů, {} služeb; beze změny (už v adresáři): {} poskytovatelů, {} služeb\n",
        report.organizations_added,
        report.services_added,
        report.organizations_present,
        report.services_present
    );
    for line in &report.skipped {
        text.push_str(&format!("vynecháno: {line}\n"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_reads_its_format_directory_and_dry_run() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            parse_args(&args(&["--format", "hsds-json", "d", "--dry-run"])).unwrap(),
            Request {
                dir: PathBuf::from("d"),
                dry_run: true
            }
        );
        assert!(matches!(
            parse_args(&args(&["--format", "mpsv", "d"])),
            Err(ImportCommandError::Format(_))
        ));
        assert!(matches!(
            parse_args(&args(&["d"])),
            Err(ImportCommandError::Usage)
        ));
    }
}
