//! Fetching the register's files: each streamed to disk (a `.part` file renamed only when the
//! whole body has arrived), compressed on the wire, and asked for conditionally — the
//! validators (`ETag`, `Last-Modified`) of each file kept in `validators.json` beside them, so
//! an unchanged file is answered 304 and not fetched again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What happened to one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fetched {
    /// A new copy arrived; its `Last-Modified`, when the server sent one.
    Fresh { last_modified: Option<String> },
    /// The server said the copy on disk is current (304).
    Unchanged { last_modified: Option<String> },
}

/// Why a file could not be fetched, in Czech.
#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    #[error("{url}: server odpověděl {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: stahování selhalo ({detail})")]
    Network { url: String, detail: String },
    #[error("{url}: spojení skončilo po {got} B z ohlášených {expected} B, soubor je useknutý")]
    CutShort {
        url: String,
        got: u64,
        expected: u64,
    },
    #[error("soubor {path} nelze zapsat: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
struct Validators {
    etag: Option<String>,
    last_modified: Option<String>,
}

/// Fetches into one folder, remembering each file's validators there.
pub struct Downloader {
    client: reqwest::Client,
    dir: PathBuf,
    validators: BTreeMap<String, Validators>,
}

impl Downloader {
    pub fn new(dir: &Path) -> Result<Downloader, DownloadError> {
        std::fs::create_dir_all(dir).map_err(|source| DownloadError::Write {
            path: dir.display().to_string(),
            source,
        })?;
        let validators = std::fs::read(dir.join("validators.json"))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        let client = reqwest::Client::builder()
            .user_agent(concat!("Pomoc/", env!("CARGO_PKG_VERSION"), " (registr)"))
            .connect_timeout(std::time::Duration::from_secs(30))
            .read_timeout(std::time::Duration::from_secs(120))
            .build()
            .map_err(|e| DownloadError::Network {
                url: String::new(),
                detail: e.to_string(),
            })?;
        Ok(Downloader {
            client,
            dir: dir.to_owned(),
            validators,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Fetches `url` into the file `name` of the folder.
    pub async fn fetch(&mut self, url: &str, name: &str) -> Result<Fetched, DownloadError> {
        let path = self.dir.join(name);
        let known = self
            .validators
            .get(name)
            .filter(|_| path.is_file())
            .cloned()
            .unwrap_or_default();
        let network = |e: reqwest::Error| DownloadError::Network {
            url: url.to_owned(),
            detail: e.to_string(),
        };
        let mut request = self.client.get(url);
        if let Some(etag) = &known.etag {
            request = request.header(reqwest::header::IF_NONE_MATCH, etag);
        }
        if let Some(date) = &known.last_modified {
            request = request.header(reqwest::header::IF_MODIFIED_SINCE, date);
        }
        let mut response = request.send().await.map_err(network)?;
        let status = response.status();
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let (etag, last_modified) = (
            header(reqwest::header::ETAG),
            header(reqwest::header::LAST_MODIFIED),
        );
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Fetched::Unchanged {
                last_modified: known.last_modified,
            });
        }
        if !status.is_success() {
            return Err(DownloadError::Status {
                url: url.to_owned(),
                status: status.as_u16(),
            });
        }
        // The length the server announced, when the body is not decompressed on the way.
        let expected = response.content_length();
        let part = self.dir.join(format!("{name}.part"));
        let write = |source| DownloadError::Write {
            path: part.display().to_string(),
            source,
        };
        let mut file = tokio::fs::File::create(&part).await.map_err(write)?;
        let mut got = 0u64;
        while let Some(chunk) = response.chunk().await.map_err(network)? {
            got += chunk.len() as u64;
            tokio::io::AsyncWriteExt::write_all(&mut file, &chunk)
                .await
                .map_err(write)?;
        }
        tokio::io::AsyncWriteExt::flush(&mut file)
            .await
            .map_err(write)?;
        drop(file);
        if let Some(expected) = expected.filter(|e| *e != got) {
            let _ = std::fs::remove_file(&part);
            return Err(DownloadError::CutShort {
                url: url.to_owned(),
                got,
                expected,
            });
        }
        std::fs::rename(&part, &path).map_err(|source| DownloadError::Write {
            path: path.display().to_string(),
            source,
        })?;
        self.validators.insert(
            name.to_owned(),
            Validators {
                etag,
                last_modified: last_modified.clone(),
            },
        );
        self.save()?;
        Ok(Fetched::Fresh { last_modified })
    }

    fn save(&self) -> Result<(), DownloadError> {
        let path = self.dir.join("validators.json");
        let json = serde_json::to_vec_pretty(&self.validators).unwrap_or_default();
        std::fs::write(&path, json).map_err(|source| DownloadError::Write {
            path: path.display().to_string(),
            source,
        })
    }
}

/// `Last-Modified` (an HTTP date) as `YYYY-MM-DD`.
pub fn http_date_day(value: &str) -> Option<String> {
    let at = httpdate::parse_http_date(value).ok()?;
    let secs = at.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    Some(domain::admin::date::iso_date(secs as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_dates_become_days() {
        assert_eq!(
            http_date_day("Sun, 06 Dec 2026 04:10:00 GMT").as_deref(),
            Some("2026-12-06")
        );
        assert_eq!(http_date_day("včera"), None);
    }
}
