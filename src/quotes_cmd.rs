//! `presscut quotes`: the quotes of articles and who said them, as the
//! reader shows them: after the reader's own boilerplate rules, with the
//! speakers they corrected and without the quotes they dismissed.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use presscut::annotation::Correction;
use presscut::article::{Article, Entry};
use presscut::clean::user_rules::UserRules;
use presscut::library;
use presscut::quote::{Kind, Quote, apply_corrections};
use presscut::sanitize::one_line;
use presscut::store::Store;

/// What to print and where the reader's data is.
pub struct Options<'a> {
    pub json: bool,
    /// Only quotes whose speaker holds this (any case).
    pub speaker: Option<&'a str>,
    pub data_dir: Option<&'a Path>,
}

pub fn run(paths: &[PathBuf], opts: &Options<'_>) -> ExitCode {
    use rayon::prelude::*;
    let (files, failed, notices) = library::discover(paths);
    for n in &notices {
        eprintln!("presscut: {}", one_line(n));
    }
    let mut ok = report(&failed);
    let store = opts.data_dir.map(Store::open);
    if let Some(why) = store.as_ref().and_then(|s| s.read_only.as_ref()) {
        eprintln!("presscut: {why} (quotes shown without your corrections)");
    }
    let rules = opts.data_dir.map(UserRules::open);
    if let Some(e) = rules.as_ref().and_then(|r| r.error.as_ref()) {
        eprintln!("presscut: {e}");
    }
    let corrections: Vec<&Correction> = store
        .as_ref()
        .map(|s| s.file.corrections.iter().collect())
        .unwrap_or_default();
    let one_file = files.len() == 1 && paths.iter().all(|p| !p.is_dir());
    let loaded: Vec<Vec<Entry>> = files.par_iter().map(|f| library::load_file(f)).collect();
    let wanted = opts.speaker.map(presscut::words::lower);
    let mut articles = Vec::new();
    for entries in loaded {
        ok &= report(&entries);
        for e in entries {
            let Entry::Article(a) = e else { continue };
            let a = match rules.as_ref().and_then(|r| r.apply(&a)) {
                Some((cleaned, _)) => cleaned,
                None => *a,
            };
            let quotes = shown_quotes(&a, &corrections);
            articles.push((a, quotes));
        }
    }
    // "Oyenuga-Hale" in one article is "Perpetua Oyenuga-Hale" of another
    // when no one else of the folder bears the surname.
    let (articles, mut per_article): (Vec<Article>, Vec<Vec<Quote>>) = articles.into_iter().unzip();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    presscut::quote::merge_surnames(&mut per_article, &texts);
    let mut all = Vec::new();
    for (a, mut quotes) in articles.iter().zip(per_article) {
        if let Some(want) = wanted.as_deref() {
            quotes.retain(|q| {
                q.speaker
                    .as_deref()
                    .is_some_and(|s| presscut::words::lower(s).contains(want))
            });
            if quotes.is_empty() {
                continue;
            }
        }
        if opts.json {
            all.push(serde_json::json!({
                "path": one_line(&a.src.display()),
                "title": a.meta.title,
                "quotes": quotes,
            }));
        } else {
            print_text(a, &quotes);
        }
    }
    if opts.json {
        // One article: its quotes alone, as before several were allowed.
        let out = if all.len() == 1 && one_file && opts.speaker.is_none() {
            all[0]["quotes"].clone()
        } else {
            serde_json::Value::Array(all)
        };
        match serde_json::to_string_pretty(&out) {
            Ok(s) => outln!("{s}"),
            Err(e) => {
                eprintln!("presscut: {e}");
                ok = false;
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Prints why each failed entry failed; true when none did.
fn report(entries: &[Entry]) -> bool {
    let mut ok = true;
    for e in entries {
        if let Entry::Failed { src, reason } = e {
            eprintln!(
                "presscut: {}: {}",
                one_line(&src.display()),
                one_line(reason)
            );
            ok = false;
        }
    }
    ok
}

/// `article`'s quotes as the reader shows them: corrected, the dismissed
/// left out.
fn shown_quotes(article: &Article, corrections: &[&Correction]) -> Vec<Quote> {
    let mut quotes = article.quotes.clone();
    let mine: Vec<&Correction> = corrections
        .iter()
        .copied()
        .filter(|c| c.article.matches(article))
        .collect();
    if !mine.is_empty() {
        let chars: Vec<char> = article.text.chars().collect();
        apply_corrections(&mut quotes, &mine, &chars);
    }
    quotes.retain(|q| !q.dismissed);
    quotes
}

fn print_text(article: &Article, quotes: &[Quote]) {
    outln!("{}", one_line(&article.meta.title));
    for q in quotes {
        let who = q.speaker.as_deref().unwrap_or("(unknown)");
        let kind = if q.kind == Kind::Indirect {
            " (indirect)"
        } else {
            ""
        };
        outln!("  {} — {who}{kind}", one_line(&format!("“{}”", q.text)));
    }
}
