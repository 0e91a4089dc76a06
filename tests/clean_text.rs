//! Clean text stays clean: the scraped-text cleaner, run on articles that
//! have no boilerplate (the quote test set's invented articles, each as
//! a user's own saved text would be), keeps at least 99% of their words.

use presscut::article::Meta;
use presscut::clean::clean_text;
use presscut::quote::eval::parse_corpus;

const CORPUS: &str = include_str!("quotes/corpus.txt");

/// Words of the input, and words of its lines that the reader still shows
/// (in a paragraph, or as the headline).
fn words_kept(text: &str) -> (usize, usize) {
    let c = clean_text(text, &Meta::default());
    let norm = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let shown: Vec<String> = c.paragraphs.iter().map(|p| norm(p)).collect();
    let title = norm(&c.meta.title);
    let (mut all, mut kept) = (0, 0);
    for line in text.lines().map(norm).filter(|l| !l.is_empty()) {
        let n = line.split_whitespace().count();
        all += n;
        if line == title || shown.iter().any(|p| p.contains(&line)) {
            kept += n;
        }
    }
    (all, kept)
}

#[test]
fn clean_articles_keep_at_least_99_percent_of_their_words() {
    let corpus = parse_corpus(CORPUS);
    assert!(corpus.len() >= 30);
    let (mut total_in, mut total_out) = (0, 0);
    let mut worst = (1.0f64, String::from("none"));
    for a in &corpus {
        let (i, o) = words_kept(&a.text);
        total_in += i;
        total_out += o;
        let share = o as f64 / i as f64;
        if share < worst.0 {
            worst = (share, a.id.clone());
        }
    }
    let share = total_out as f64 / total_in as f64;
    println!(
        "{total_out} of {total_in} words kept ({share:.4}); worst article {} ({:.3})",
        worst.1, worst.0
    );
    assert!(share >= 0.99, "kept {share:.4} of the words");
    // No single article loses more than a short paragraph's worth.
    assert!(worst.0 >= 0.95, "{} kept {:.3}", worst.1, worst.0);
}
