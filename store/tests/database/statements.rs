//! Every SQL statement written out in the store's source is prepared on this test's database (run
//! on SQLite, and on PostgreSQL by `scripts/test-postgres.sh`), so that a misspelt column fails
//! here even when no behaviour test runs that query. A statement in a `Backend::Sqlite` or
//! `Backend::Postgres` arm is prepared only on that backend; a format string (`{}` holes) is
//! not a statement until the program fills it.

use proc_macro2::{TokenStream, TokenTree};
use std::path::{Path, PathBuf};
use store::{Backend, Store};
use syn::visit::Visit;

/// A statement and where it was written.
struct Statement {
    sql: String,
    file: PathBuf,
    line: usize,
    only: Option<Backend>,
}

/// Collects the SQL literals of one file.
struct Collector<'a> {
    file: &'a Path,
    only: Option<Backend>,
    found: Vec<Statement>,
}

impl Collector<'_> {
    fn literal(&mut self, literal: &syn::LitStr) {
        let sql = literal.value();
        if is_statement(&sql) {
            self.found.push(Statement {
                sql,
                file: self.file.to_owned(),
                line: literal.span().start().line,
                only: self.only,
            });
        }
    }

    /// Literals inside a macro's tokens (`format!`, `concat!`, a row macro).
    fn tokens(&mut self, tokens: TokenStream) {
        for tree in tokens {
            match tree {
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Literal(literal) => {
                    if let Ok(text) = syn::parse2::<syn::LitStr>(TokenTree::Literal(literal).into())
                    {
                        self.literal(&text);
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.literal(literal);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.tokens(mac.tokens.clone());
    }

    /// Documentation is prose, even where it quotes SQL.
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}

    /// `if self.backend == Backend::Postgres { … }`: the branch is that backend's.
    fn visit_expr_if(&mut self, expr: &'ast syn::ExprIf) {
        let backend = match &*expr.cond {
            syn::Expr::Binary(syn::ExprBinary {
                op: syn::BinOp::Eq(_),
                left,
                right,
                ..
            }) => [left, right].into_iter().find_map(|side| match &**side {
                syn::Expr::Path(path) => backend_of_path(&path.path),
                _ => None,
            }),
            _ => None,
        };
        self.visit_expr(&expr.cond);
        let outer = self.only;
        self.only = backend.or(outer);
        self.visit_block(&expr.then_branch);
        self.only = outer;
        if let Some((_, otherwise)) = &expr.else_branch {
            self.visit_expr(otherwise);
        }
    }

    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        let outer = self.only;
        if let Some(backend) = backend_of(&arm.pat) {
            self.only = Some(backend);
        }
        syn::visit::visit_arm(self, arm);
        self.only = outer;
    }
}

/// The backend a match arm's pattern names (`Backend::Sqlite`, `Backend::Postgres`).
fn backend_of(pattern: &syn::Pat) -> Option<Backend> {
    match pattern {
        syn::Pat::Path(p) => backend_of_path(&p.path),
        _ => None,
    }
}

fn backend_of_path(path: &syn::Path) -> Option<Backend> {
    match path.segments.last()?.ident.to_string().as_str() {
        "Sqlite" => Some(Backend::Sqlite),
        "Postgres" => Some(Backend::Postgres),
        _ => None,
    }
}

/// A whole statement (not a fragment that the program completes).
fn is_statement(text: &str) -> bool {
    let head: String = text
        .trim_start()
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_uppercase();
    matches!(
        head.as_str(),
        "SELECT" | "INSERT" | "UPDATE" | "DELETE" | "WITH"
    ) && !text.contains('{')
}

fn sources(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("the store's source folder reads") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            sources(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn statements() -> Vec<Statement> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a source file reads");
        let parsed = syn::parse_file(&text).expect("the store's source parses");
        let relative = file.strip_prefix(&root).unwrap_or(file);
        let mut collector = Collector {
            file: relative,
            only: None,
            found: Vec::new(),
        };
        collector.visit_file(&parsed);
        found.extend(collector.found);
    }
    found
}

#[tokio::test]
async fn every_statement_in_the_source_prepares() {
    let store = Store::open_scratch().await.expect("scratch database");
    let backend = store.backend();
    let statements = statements();
    assert!(
        statements.len() > 100,
        "only {} statements found: is the source still read?",
        statements.len()
    );
    let mut failed = Vec::new();
    let mut prepared = 0;
    for statement in statements
        .iter()
        .filter(|s| s.only.is_none_or(|only| only == backend))
    {
        match store.prepare(&statement.sql).await {
            Ok(()) => prepared += 1,
            Err(error) => failed.push(format!(
                "{}:{}: {error:?}\n    {}",
                statement.file.display(),
                statement.line,
                statement
                    .sql
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} statements do not prepare on {backend:?}:\n{}",
        failed.len(),
        prepared + failed.len(),
        failed.join("\n")
    );
}
