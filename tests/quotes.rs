//! Quote detection and attribution on the hand-marked test set
//! (tests/quotes/corpus.txt: invented articles covering QUOTES.md's rules and
//! hard cases). Floors, not exact results: raise them when detection improves.

use presscut::quote::eval::{parse_corpus, score_corpus};

const CORPUS: &str = include_str!("quotes/corpus.txt");

#[test]
fn test_set_is_large_enough() {
    let corpus = parse_corpus(CORPUS);
    assert!(corpus.len() >= 30, "{} articles", corpus.len());
    let direct: usize = corpus
        .iter()
        .map(|a| {
            a.quotes
                .iter()
                .filter(|q| q.kind == presscut::quote::Kind::Direct)
                .count()
        })
        .sum();
    assert!(direct >= 50, "{direct} direct quotes");
}

#[test]
fn quote_f1_and_speaker_accuracy_meet_the_targets() {
    let corpus = parse_corpus(CORPUS);
    let (direct, indirect, misses) = score_corpus(&corpus);
    println!(
        "direct: P {:.3} R {:.3} F1 {:.3}, speakers {:.3} ({} gold, {} found)",
        direct.precision(),
        direct.recall(),
        direct.f1(),
        direct.speaker_accuracy(),
        direct.gold,
        direct.found
    );
    println!(
        "indirect: P {:.3} R {:.3} ({} gold, {} found)",
        indirect.precision(),
        indirect.recall(),
        indirect.gold,
        indirect.found
    );
    for m in &misses {
        println!("  {}: {}", m.article, m.what);
    }
    assert!(direct.f1() >= 0.96, "quote F1 {:.3}", direct.f1());
    assert!(
        direct.speaker_accuracy() >= 0.92,
        "speaker accuracy {:.3}",
        direct.speaker_accuracy()
    );
    assert!(
        indirect.precision() >= 0.8,
        "indirect precision {:.3}",
        indirect.precision()
    );
    assert!(
        indirect.recall() >= 0.5,
        "indirect recall {:.3}",
        indirect.recall()
    );
}
