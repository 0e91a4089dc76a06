//! Cleaning quality on the shared extraction benchmark (when it is present
//! beside the project): a floor that a change must not go below. The floors
//! are the figures reached; raise them as the cleaner improves.

use std::collections::HashMap;
use std::io::Read;
use std::path::PathBuf;

use presscut::article::Meta;
use presscut::clean::eval::{score_page, summarize};
use presscut::clean::{clean_html, clean_text};

const HTML_F1_FLOOR: f64 = 0.981;
const TEXT_F1_FLOOR: f64 = 0.955;

fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/extraction");
    dir.join("ground-truth.json").exists().then_some(dir)
}

#[test]
fn extraction_f1_stays_above_the_floor() {
    let Some(dir) = data_dir() else {
        println!("no ../shared/bench/extraction: skipped");
        return;
    };
    let truth: HashMap<String, serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(dir.join("ground-truth.json")).expect("read"),
    )
    .expect("json");
    let (mut html_scores, mut text_scores) = (Vec::new(), Vec::new());
    for (id, v) in &truth {
        let gold = v["articleBody"].as_str().unwrap_or("");
        let file =
            std::fs::File::open(dir.join("html").join(format!("{id}.html.gz"))).expect("page");
        let mut html = String::new();
        flate2::read::GzDecoder::new(file)
            .read_to_string(&mut html)
            .expect("gzip");
        html_scores.push(score_page(&clean_html(&html).paragraphs.join("\n\n"), gold));
        let text =
            std::fs::read_to_string(dir.join("text").join(format!("{id}.txt"))).expect("text");
        text_scores.push(score_page(
            &clean_text(&text, &Meta::default()).paragraphs.join("\n\n"),
            gold,
        ));
    }
    let (_, _, html_f1) = summarize(&html_scores);
    let (_, _, text_f1) = summarize(&text_scores);
    println!(
        "HTML F1 {html_f1:.3}, text F1 {text_f1:.3} on {} pages",
        truth.len()
    );
    assert!(
        html_f1 >= HTML_F1_FLOOR,
        "HTML F1 {html_f1:.3} fell below {HTML_F1_FLOOR}"
    );
    assert!(
        text_f1 >= TEXT_F1_FLOOR,
        "text F1 {text_f1:.3} fell below {TEXT_F1_FLOOR}"
    );
}
