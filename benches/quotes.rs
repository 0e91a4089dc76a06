//! Quote detection: quality on the hand-marked test set and speed.
//! `cargo bench --bench quotes`

use std::hint::black_box;
use std::time::Instant;

use presscut::article::Meta;
use presscut::clean::clean_text;
use presscut::quote::eval::{parse_corpus, score_corpus};
use presscut::quote::{Kind, detect};

mod common;

fn main() {
    let corpus = parse_corpus(include_str!("../tests/quotes/corpus.txt"));
    let (d, i, _) = score_corpus(&corpus);
    println!(
        "test set: {} articles (tests/quotes/corpus.txt)",
        corpus.len()
    );
    println!("| kind | gold | found | P | R | F1 | speakers right |");
    println!("|---|---|---|---|---|---|---|");
    println!(
        "| direct | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
        d.gold,
        d.found,
        d.precision(),
        d.recall(),
        d.f1(),
        d.speaker_accuracy()
    );
    println!(
        "| indirect | {} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
        i.gold,
        i.found,
        i.precision(),
        i.recall(),
        i.f1(),
        i.speaker_accuracy()
    );

    // Speed: the sample articles repeated into a ~1 MB text.
    let raw = common::big_scraped_article(1_000_000);
    let cleaned = clean_text(&raw, &Meta::default());
    let text = cleaned.paragraphs.join("\n\n");
    let runs = 10;
    let start = Instant::now();
    let mut quotes = Vec::new();
    for _ in 0..runs {
        quotes = black_box(detect(&text));
    }
    let detect_s = start.elapsed().as_secs_f64() / f64::from(runs);
    let start = Instant::now();
    for _ in 0..runs {
        black_box(clean_text(&raw, &Meta::default()));
    }
    let clean_s = start.elapsed().as_secs_f64() / f64::from(runs);
    let direct = quotes.iter().filter(|q| q.kind == Kind::Direct).count();
    println!();
    println!("| speed (1 core) | figure |");
    println!("|---|---|");
    println!(
        "| detect quotes in a {:.1} MB article | {:.1} ms |",
        text.len() as f64 / 1e6,
        detect_s * 1e3
    );
    println!("| quotes found | {} ({direct} direct) |", quotes.len());
    println!("| quotes/s | {:.0} |", quotes.len() as f64 / detect_s);
    println!(
        "| detection time vs cleaning the same article | {:.0}% |",
        detect_s / clean_s * 100.0
    );
}
