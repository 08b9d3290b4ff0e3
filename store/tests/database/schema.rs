//! The two backends' migrations make the same tables with the same columns. On SQLite the
//! database's tables are compared with what the PostgreSQL migrations say; on PostgreSQL with a
//! SQLite database made beside it. A column added to one and forgotten in the other fails here.

use std::collections::{BTreeMap, BTreeSet};
use store::{Backend, Store};

type Tables = BTreeMap<String, BTreeSet<String>>;

/// What differs by design: PostgreSQL names the full-text tables' row id and keeps a tsvector
/// beside the stems; the session store names its table differently on each.
fn comparable(mut tables: Tables) -> Tables {
    tables.retain(|name, _| name != "tower_sessions" && name != "session");
    for columns in tables.values_mut() {
        columns.retain(|c| c != "rowid" && c != "tsv");
    }
    tables
}

/// The tables and columns that `CREATE TABLE` and `ALTER TABLE … ADD COLUMN` statements make and
/// `ALTER TABLE … DROP COLUMN` ones take away.
fn declared(migrations: &[&str]) -> Tables {
    let mut tables = Tables::new();
    for sql in migrations {
        let mut current: Option<String> = None;
        for line in sql.lines().map(str::trim) {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["CREATE", "TABLE", name, ..] => {
                    let name = name.trim_end_matches('(').to_owned();
                    tables.entry(name.clone()).or_default();
                    current = Some(name);
                }
                ["ALTER", "TABLE", name, "ADD", "COLUMN", column, ..] => {
                    tables
                        .entry((*name).to_owned())
                        .or_default()
                        .insert((*column).to_owned());
                }
                ["ALTER", "TABLE", name, "DROP", "COLUMN", column, ..] => {
                    let column = column.trim_end_matches(';');
                    tables.entry((*name).to_owned()).or_default().remove(column);
                }
                [")" | ");", ..] => current = None,
                [first, ..] if current.is_some() => {
                    let keyword = ["PRIMARY", "CHECK", "UNIQUE", "CONSTRAINT", "FOREIGN", "--"]
                        .iter()
                        .any(|k| first.starts_with(k));
                    let column = first.trim_end_matches(',');
                    if !keyword && column.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                        let table = current.clone().unwrap_or_default();
                        tables.entry(table).or_default().insert(column.to_owned());
                    }
                }
                _ => {}
            }
        }
    }
    tables
}

/// Every PostgreSQL migration, in the order they run (a new file is read without being listed).
fn postgres_migrations() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations/postgres");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the migrations folder")
        .map(|entry| entry.expect("a migration").path())
        .filter(|path| path.extension().is_some_and(|e| e == "sql"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| std::fs::read_to_string(path).expect("a readable migration"))
        .collect()
}

#[tokio::test]
async fn both_backends_migrate_to_the_same_tables_and_columns() {
    let store = crate::support::scratch().await;
    let here = comparable(store.tables().await.unwrap());
    let other = match store.backend() {
        Backend::Sqlite => {
            let migrations = postgres_migrations();
            declared(&migrations.iter().map(String::as_str).collect::<Vec<_>>())
        }
        Backend::Postgres => Store::open_in_memory()
            .await
            .unwrap()
            .tables()
            .await
            .unwrap(),
    };
    let other = comparable(other);
    assert!(here.len() > 30, "{} tables", here.len());
    assert_eq!(here, other);
}

#[test]
fn the_declaration_reader_finds_columns_and_added_ones() {
    let tables = declared(&[
        "CREATE TABLE a (\n    id BIGINT PRIMARY KEY,\n    name TEXT NOT NULL,\n    PRIMARY KEY (id)\n);",
        "ALTER TABLE a ADD COLUMN note TEXT;",
        "ALTER TABLE a ADD COLUMN old TEXT;\nALTER TABLE a DROP COLUMN old;",
    ]);
    let columns: Vec<&str> = tables["a"].iter().map(String::as_str).collect();
    assert_eq!(columns, ["id", "name", "note"]);
}
