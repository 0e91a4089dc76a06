//! `presscut annotations`: the stored annotations and where each is anchored now.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde::Serialize;

use presscut::annotation::Annotation;
use presscut::article::{Article, Entry};
use presscut::library;
use presscut::sanitize::one_line;
use presscut::store::Store;

#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    annotation: &'a Annotation,
    /// anchored, moved, approximate, orphaned, or article-missing.
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    now_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    now_end: Option<usize>,
}

pub fn run(dir: &Path, json: bool) -> ExitCode {
    let store = Store::open(dir);
    if let Some(why) = &store.read_only {
        eprintln!("presscut: {why}");
        if store.annotations().is_empty() {
            return ExitCode::FAILURE;
        }
    }
    // Load each article file once.
    let mut files: HashMap<PathBuf, Vec<Entry>> = HashMap::new();
    for a in store.annotations() {
        let path = PathBuf::from(&a.article.path);
        files
            .entry(path.clone())
            .or_insert_with(|| library::load_file(&path));
    }
    let mut rows = Vec::new();
    for a in store.annotations() {
        let article: Option<&Article> = files
            .get(Path::new(&a.article.path))
            .into_iter()
            .flatten()
            .filter_map(Entry::article)
            .find(|art| a.article.matches(art));
        let (status, range) = match article {
            Some(art) => {
                let chars: Vec<char> = art.text.chars().collect();
                let anchor = a.anchor(&chars);
                (anchor.status(), anchor.range())
            }
            None => ("article-missing", None),
        };
        rows.push(Row {
            annotation: a,
            status,
            now_start: range.map(|r| r.0),
            now_end: range.map(|r| r.1),
        });
    }
    if json {
        match serde_json::to_string_pretty(&rows) {
            Ok(s) => outln!("{s}"),
            Err(e) => {
                eprintln!("presscut: {e}");
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    if rows.is_empty() {
        outln!("No annotations in {}", store.path().display());
    }
    for r in &rows {
        let a = r.annotation;
        let mut line = format!("{:<16} {}", r.status, a.excerpt());
        if let Some(s) = &a.speaker {
            line.push_str(&format!(" — {}", one_line(s)));
        }
        for t in &a.tags {
            line.push_str(&format!(" #{}", one_line(t)));
        }
        outln!("{line}");
        if !a.note.is_empty() {
            outln!("{:<16} note: {}", "", one_line(&a.note));
        }
        outln!(
            "{:<16} {} ({})",
            "",
            one_line(&a.article.title),
            one_line(&a.article.path)
        );
    }
    ExitCode::SUCCESS
}
