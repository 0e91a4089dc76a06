//! Extraction quality and speed on a directory laid out like
//! `../shared/bench/extraction` (html/<id>.html.gz, text/<id>.txt,
//! ground-truth.json): shingle precision, recall, F1 and MB/s, for HTML pages
//! and for scraped full-page text.
//!
//! `cargo bench --bench extraction [-- DIR]`, or `PRESSCUT_EXTRACTION_DIR=DIR`.
//! Skips (exit 0) when the data is absent.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Instant;

use presscut::article::Meta;
use presscut::clean::eval::{score_page, summarize};
use presscut::clean::{Cleaned, clean_html, clean_text};

fn data_dir() -> PathBuf {
    let arg = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    arg.map(PathBuf::from)
        .or_else(|| std::env::var_os("PRESSCUT_EXTRACTION_DIR").map(PathBuf::from))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/extraction"))
}

struct Report {
    p: f64,
    r: f64,
    f1: f64,
    mb_s: f64,
    pages: usize,
}

fn run(pages: &[(String, String, String)], clean: impl Fn(&str) -> Cleaned) -> Report {
    let bytes: usize = pages.iter().map(|(_, input, _)| input.len()).sum();
    let start = Instant::now();
    let outputs: Vec<String> = pages
        .iter()
        .map(|(_, input, _)| clean(input).paragraphs.join("\n\n"))
        .collect();
    let secs = start.elapsed().as_secs_f64();
    let verbose = std::env::var_os("PRESSCUT_BENCH_VERBOSE").is_some();
    let mut scores = Vec::new();
    for ((id, _, truth), out) in pages.iter().zip(&outputs) {
        let (p, r) = score_page(out, truth);
        if verbose {
            println!("{:.3} {:.3} {id}", p.unwrap_or(0.0), r);
        }
        scores.push((p, r));
    }
    let (p, r, f1) = summarize(&scores);
    Report {
        p,
        r,
        f1,
        mb_s: bytes as f64 / 1e6 / secs,
        pages: pages.len(),
    }
}

fn main() {
    let dir = data_dir();
    let Ok(truth_text) = std::fs::read_to_string(dir.join("ground-truth.json")) else {
        println!("extraction: no data at {} (skipped)", dir.display());
        return;
    };
    let truth: HashMap<String, serde_json::Value> = match serde_json::from_str(&truth_text) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("extraction: ground-truth.json: {e}");
            std::process::exit(1);
        }
    };
    let mut ids: Vec<&String> = truth.keys().collect();
    ids.sort();
    let mut html_pages = Vec::new();
    let mut text_pages = Vec::new();
    for id in ids {
        let body = truth[id]["articleBody"].as_str().unwrap_or("").to_string();
        if let Ok(file) = std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))) {
            let mut html = String::new();
            if flate2::read::GzDecoder::new(file)
                .read_to_string(&mut html)
                .is_ok()
            {
                html_pages.push((id.clone(), html, body.clone()));
            }
        }
        if let Ok(text) = std::fs::read_to_string(dir.join("text").join(format!("{id}.txt"))) {
            text_pages.push((id.clone(), text, body));
        }
    }
    println!("extraction benchmark: {}", dir.display());
    println!("| input | pages | P | R | F1 | MB/s (1 core) |");
    println!("|---|---|---|---|---|---|");
    for (name, pages, which) in [("html", &html_pages, 0), ("text", &text_pages, 1)] {
        let rep = if which == 0 {
            run(pages, clean_html)
        } else {
            run(pages, |t| clean_text(t, &Meta::default()))
        };
        println!(
            "| {name} | {} | {:.4} | {:.4} | {:.4} | {:.1} |",
            rep.pages, rep.p, rep.r, rep.f1, rep.mb_s
        );
    }
    opening_share(&html_pages, &text_pages);
}

/// What quote detection adds to opening these real pages: the time to clean
/// each page, and then to find the quotes in what the cleaner kept.
fn opening_share(html: &[(String, String, String)], text: &[(String, String, String)]) {
    use std::time::Instant;
    println!();
    println!("| opening the pages (1 core) | clean | find quotes | quotes add |");
    println!("|---|---|---|---|");
    for (name, pages) in [("html", html), ("text", text)] {
        let (mut clean_s, mut quote_s, mut quotes) = (0.0, 0.0, 0usize);
        for _ in 0..3 {
            for (_, raw, _) in pages {
                let t = Instant::now();
                let cleaned = if name == "html" {
                    clean_html(raw)
                } else {
                    clean_text(raw, &Meta::default())
                };
                let body = cleaned.paragraphs.join("\n\n");
                clean_s += t.elapsed().as_secs_f64();
                let t = Instant::now();
                quotes += std::hint::black_box(presscut::quote::detect(&body)).len();
                quote_s += t.elapsed().as_secs_f64();
            }
        }
        println!(
            "| {name}: {} pages, {} quotes | {:.1} ms | {:.1} ms | {:.0}% |",
            pages.len(),
            quotes / 3,
            clean_s / 3.0 * 1e3,
            quote_s / 3.0 * 1e3,
            quote_s / clean_s * 100.0
        );
    }
}
