//! Which database the store talks to, and the few pieces of SQL that the two say differently.
//! Every other query is written once, in SQL both understand (`$n` parameters, `ON CONFLICT`,
//! `RETURNING`, integers for flags), and runs through sqlx's `Any` driver.

use crate::StoreError;

/// The database behind a store, chosen by the URL's scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// `sqlite://path/to/file.db`: the embedded default.
    Sqlite,
    /// `postgres://user@host/name`: for several server processes on one database.
    Postgres,
}

impl Backend {
    /// The backend a database URL names.
    pub fn of(url: &str) -> Result<Backend, StoreError> {
        let scheme = url.split(':').next().unwrap_or_default();
        match scheme {
            "sqlite" => Ok(Backend::Sqlite),
            "postgres" | "postgresql" => Ok(Backend::Postgres),
            _ => Err(StoreError::UnsupportedUrl {
                scheme: scheme.to_owned(),
            }),
        }
    }

    /// The backend a connection talks to.
    pub(crate) fn of_connection(conn: &sqlx::AnyConnection) -> Backend {
        if conn.backend_name().eq_ignore_ascii_case("postgresql") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }

    /// The text elements of a JSON array held in `expr` (a column), as a table with one column
    /// `value`.
    pub(crate) fn json_texts(self, expr: &str) -> String {
        match self {
            Backend::Sqlite => format!("json_each({expr})"),
            Backend::Postgres => {
                format!("json_array_elements_text(CAST({expr} AS json)) AS j(value)")
            }
        }
    }

    /// The condition that `column` is one of the elements of the JSON array in parameter
    /// `param`. On PostgreSQL the array becomes an SQL array first, so that the column's index
    /// is used for however few elements there are.
    pub(crate) fn json_in(self, column: &str, param: &str, elem: Elem) -> String {
        match (self, elem) {
            (Backend::Sqlite, _) => format!("{column} IN (SELECT value FROM json_each({param}))"),
            (Backend::Postgres, Elem::Text) => format!(
                "{column} = ANY(ARRAY(SELECT e \
                 FROM json_array_elements_text(CAST({param} AS json)) AS j(e)))"
            ),
            (Backend::Postgres, Elem::Int) => format!(
                "{column} = ANY(ARRAY(SELECT CAST(e AS BIGINT) \
                 FROM json_array_elements_text(CAST({param} AS json)) AS j(e)))"
            ),
        }
    }

    /// An aggregate making a JSON array (as text) of `expr` over the group; `[]` for no rows.
    pub(crate) fn json_array_agg(self, expr: &str) -> String {
        match self {
            Backend::Sqlite => format!("json_group_array({expr})"),
            Backend::Postgres => format!("COALESCE(CAST(json_agg({expr}) AS TEXT), '[]')"),
        }
    }

    /// 128 random bits as 32 hex digits, made by the database.
    pub(crate) fn random_token(self) -> &'static str {
        match self {
            Backend::Sqlite => "lower(hex(randomblob(16)))",
            Backend::Postgres => "replace(CAST(gen_random_uuid() AS TEXT), '-', '')",
        }
    }

    /// What ends a `SELECT` that claims rows for one worker: other workers on PostgreSQL pass
    /// over the rows it locked instead of claiming them too; SQLite has one writer at a time.
    pub(crate) fn skip_locked(self) -> &'static str {
        match self {
            Backend::Sqlite => "",
            Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }

    /// The condition that a full-text index `table` (rows `rowid`, text `stems`) matches the
    /// query in parameter `param`, made by [`crate::fts::query`] for this backend.
    pub(crate) fn text_match(self, table: &str, param: &str) -> String {
        match self {
            Backend::Sqlite => format!("{table} MATCH {param}"),
            Backend::Postgres => format!("{table}.tsv @@ to_tsquery('simple', {param})"),
        }
    }

    /// The ordering of full-text hits, best first, for the condition of [`Self::text_match`].
    pub(crate) fn text_rank(self, table: &str, param: &str) -> String {
        match self {
            Backend::Sqlite => "rank".to_owned(),
            Backend::Postgres => {
                format!("ts_rank({table}.tsv, to_tsquery('simple', {param})) DESC")
            }
        }
    }
}

/// What the elements of a JSON array are compared with.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Elem {
    Text,
    Int,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_url_scheme_chooses_the_backend() {
        assert_eq!(
            Backend::of("sqlite://data/pomoc.db").unwrap(),
            Backend::Sqlite
        );
        assert_eq!(Backend::of("sqlite::memory:").unwrap(), Backend::Sqlite);
        assert_eq!(
            Backend::of("postgres://pomoc@db/pomoc").unwrap(),
            Backend::Postgres
        );
        assert_eq!(
            Backend::of("postgresql://pomoc@db/pomoc").unwrap(),
            Backend::Postgres
        );
        assert!(matches!(
            Backend::of("mysql://db/pomoc"),
            Err(StoreError::UnsupportedUrl { scheme }) if scheme == "mysql"
        ));
    }
}
