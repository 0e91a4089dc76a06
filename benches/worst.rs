//! Hostile inputs: pages built to find the steps whose cost grows faster
//! than the text. Each row is one input, cleaned and its quotes found, as
//! opening it does; each should take about as long as ordinary text of its
//! size (a few milliseconds per megabyte).
//!
//! `cargo bench --bench worst`

use std::time::{Duration, Instant};

use presscut::article::Meta;
use presscut::clean::{clean_html, clean_text};

/// Best of `runs` of cleaning `raw` (as HTML when `html`) and finding its
/// quotes.
fn open(raw: &str, html: bool, runs: u32) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut quotes = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let cleaned = if html {
            clean_html(raw)
        } else {
            clean_text(raw, &Meta::default())
        };
        quotes = presscut::quote::detect(&cleaned.paragraphs.join("\n\n")).len();
        best = best.min(t.elapsed());
    }
    (best, quotes)
}

fn main() {
    let menu: String = (0..300_000)
        .map(|i| ["Home", "Share", "Sign in", "Listen Live"][i % 4])
        .collect::<Vec<_>>()
        .join("\n");
    let straight = "\" a b c d ".repeat(100_000);
    let curly: String = (0..40_000)
        .map(|i| {
            format!(
                "“This is quote number {i} here,” said Person{} Smith. ",
                i % 50
            )
        })
        .collect();
    // One sentence: every quote tagged by a pronoun, or by an epithet and
    // an office, after a comma (no full stop anywhere).
    let pronouns = format!(
        "Headline for the hostile text\n\nAda Lint spoke. {}",
        "“We will build it this year,” he said, ".repeat(20_000)
    );
    let epithets = format!(
        "Headline for the hostile text\n\nSen. Ada Lint, R-Ohio, spoke. {}",
        "“We will build it this year,” the Ohio Republican said, and the senator said "
            .repeat(5_000)
    );
    // One paragraph: a relative named after "His wife," again and again
    // (each looks back for whose wife she is).
    let relatives = format!(
        "Headline for the hostile text\n\nSen. Harold Lint spoke. {}",
        "His wife, Margaret, said “we will build it this year.” ".repeat(20_000)
    );
    // A Q&A with no one named: every answer quotes its own words with
    // "I said" (each looks back for the interview's first question), and
    // a live blog of headings that each repeat a quote.
    let interview: String = std::iter::once("Headline for the hostile text\n\n".to_string())
        .chain((0..10_000).map(|i| {
            format!("Why now, in year {i}?\n\nProtection. “We will build it in year {i}.” I said that.\n\n")
        }))
        .collect();
    let headings: String = std::iter::once(
        "Headline for the hostile text\n\nSen. Ada Lint spoke.\n\n".to_string(),
    )
    .chain((0..10_000).map(|i| {
        format!(
            "Lint: 'We will build it in year {i}'\n\n“We will build it in year {i},” she said.\n\n"
        )
    }))
    .collect();
    // One sentence: every quote what "the group" called something (each
    // unnamed group looks back for a business named before it).
    let called = format!(
        "Headline for the hostile text\n\n{}.",
        vec!["the group called “one two three four”"; 20_000].join(" and ")
    );
    // One paragraph: every quote a document's ("the statement said", each
    // looks back for whose it is) or a sign's.
    let documents = format!(
        "Headline for the hostile text\n\n{}",
        "“We will build it this year,” the statement said. A statement from the company \
         read: “We regret the delay.” “Enough is enough for us,” read a sign held by one \
         protester. "
            .repeat(5_000)
    );
    let nested = |depth: usize| {
        format!(
            "<html><body>{}<p>“We will build it this year,” said Ada Lint.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    };
    let rows: Vec<(&str, String, bool)> = vec![
        ("300,000 menu lines, no article", menu, false),
        (
            "one paragraph of 100,000 straight quotes, no full stop",
            straight,
            false,
        ),
        ("one paragraph of 40,000 attributed quotes", curly, false),
        (
            "one sentence of 20,000 quotes, each \"he said,\"",
            pronouns,
            false,
        ),
        (
            "one sentence of 5,000 quotes tagged by an epithet and an office",
            epithets,
            false,
        ),
        (
            "one paragraph of 20,000 \"His wife, Margaret, said\"",
            relatives,
            false,
        ),
        (
            "a Q&A of 10,000 questions, each answer quoting itself with \"I said\"",
            interview,
            false,
        ),
        (
            "a live blog of 10,000 headings, each repeating the quote under it",
            headings,
            false,
        ),
        (
            "one sentence of 20,000 quotes, each what \"the group called\" something",
            called,
            false,
        ),
        (
            "one paragraph of 5,000 quotes each of a statement, a company's statement and a sign",
            documents,
            false,
        ),
        ("HTML: 200 nested blocks (parsed)", nested(200), true),
        (
            "HTML: 1,000 nested blocks (parsed, read as text)",
            nested(1_000),
            true,
        ),
        (
            "HTML: 20,000 nested blocks (not parsed)",
            nested(20_000),
            true,
        ),
    ];
    println!("| input | size | quotes | open (best of 3) |");
    println!("|---|---|---|---|");
    for (what, raw, html) in &rows {
        let (t, quotes) = open(raw, *html, 3);
        println!(
            "| {what} | {:.2} MB | {quotes} | {:.1} ms |",
            raw.len() as f64 / 1e6,
            t.as_secs_f64() * 1e3
        );
    }
}
