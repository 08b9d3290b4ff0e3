//! The files of a register download: the code lists, read whole (they are small), and the
//! items of `rpss.json`, each read on its own so that an item the reader cannot take is named
//! by its number, its identifier and the field at fault.

use super::RegisterError;
use domain::import::register::{CodeLists, Item, List};
use serde::Deserialize;
use std::path::Path;

/// No code list is near this size (the municipalities' list is about a megabyte).
const CODE_LIST_LIMIT: u64 = 64 << 20;

/// The code lists of the download in `dir`; the required ones must all be there.
pub(super) fn code_lists(dir: &Path) -> Result<CodeLists, RegisterError> {
    let mut lists = CodeLists::default();
    for list in List::ALL {
        let path = dir.join(list.file_name());
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.len() > CODE_LIST_LIMIT {
            return Err(RegisterError::CodeList(format!(
                "číselník {} má {} MB: to není číselník registru",
                list.file_name(),
                meta.len() >> 20
            )));
        }
        let bytes = std::fs::read(&path).map_err(|source| RegisterError::Read {
            path: path.display().to_string(),
            source,
        })?;
        lists
            .insert(list, &bytes)
            .map_err(|e| RegisterError::CodeList(e.to_string()))?;
    }
    let missing: Vec<String> = lists.missing().iter().map(|l| l.file_name()).collect();
    if !missing.is_empty() {
        return Err(RegisterError::MissingCodeLists {
            dir: dir.display().to_string(),
            files: missing,
        });
    }
    Ok(lists)
}

/// An item that does not have the register's shape: what is wrong, and its identifier when
/// even that much could be read.
pub(super) struct Unreadable {
    pub message: String,
    pub id: Option<String>,
}

#[derive(Deserialize)]
struct JustTheId {
    #[serde(default)]
    identifikator: Option<serde_json::Value>,
}

/// The `number`-th item (from 1).
pub(super) fn item(raw: &serde_json::value::RawValue, number: usize) -> Result<Item, Unreadable> {
    let mut json = serde_json::Deserializer::from_str(raw.get());
    serde_path_to_error::deserialize::<_, Item>(&mut json).map_err(|e| {
        let id = serde_json::from_str::<JustTheId>(raw.get())
            .ok()
            .and_then(|j| j.identifikator)
            .map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            });
        let path = e.path().to_string();
        let said = domain::import::czech_json_detail(e.inner());
        let which = match &id {
            Some(id) => format!("položka č. {number} (identifikátor {id})"),
            None => format!("položka č. {number}"),
        };
        let field = if path.is_empty() || path == "." {
            String::new()
        } else {
            format!(", pole „{path}“")
        };
        Unreadable {
            message: format!("{which}{field}: {said}"),
            id,
        }
    })
}
