//! Word soups: text made of the words the rules look at (speech verbs,
//! names, titles, pronouns, commas, quote marks, "Asked", "One of") in any
//! order. Whatever the order, detection must not panic and its spans must
//! lie inside the text, in order.

use super::*;
use proptest::prelude::*;

/// The words and marks a soup is made of.
const PIECES: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "according",
    "to",
    "that",
    "Asked",
    "Pressed",
    "One",
    "of",
    "them",
    "the",
    "a",
    "his",
    "Her",
    "Mayor",
    "Sen.",
    "Mr.",
    "Dr.",
    "Anna",
    "Berg",
    "Carl",
    "Dunn",
    "he",
    "she",
    "they",
    "it",
    "company",
    "officials",
    "and",
    "but",
    "who",
    "not",
    "never",
    "in",
    "at",
    "a statement",
    "Inside",
    "34",
    "2,000",
    ",",
    ",",
    ".",
    ".",
    ":",
    ";",
    "-",
    "—",
    "(",
    ")",
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "\n\n",
    "\n",
];

fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(0..PIECES.len(), 0..60).prop_map(|ks| {
        ks.into_iter()
            .map(|k| PIECES[k])
            .collect::<Vec<_>>()
            .join(" ")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn word_soups_never_panic(s in soup()) {
        let chars = s.chars().count();
        let qs = detect(&s);
        for q in &qs {
            prop_assert!(q.start <= q.end && q.end <= chars, "{q:?}");
        }
        prop_assert!(qs.windows(2).all(|w| w[0].start <= w[1].start));
    }
}

/// The soup that found the first panic: a speech verb opening a sentence,
/// then a comma ("said, Anna Berg said that ...").
#[test]
fn a_sentence_opened_by_a_speech_verb_and_a_comma() {
    let q = detect("said, Anna Berg said that the plan would fail badly.");
    assert!(q.iter().all(|q| q.end <= 52), "{q:?}");
}

/// The soup that found a sentence with no words asked for its subject
/// (".", then "it said" looking back at it for the body it stands for).
#[test]
fn it_said_after_a_sentence_of_no_words() {
    let s = ". \n\n it said Asked said said said";
    let q = detect(s);
    assert!(q.iter().all(|q| q.end <= s.chars().count()), "{q:?}");
}

/// A text with no quote mark and no speech verb is turned away before its
/// names and subjects are scanned; one speech verb, or one quote, is enough
/// to have it read.
#[test]
fn a_text_is_read_when_it_holds_a_quote_mark_or_a_speech_verb() {
    let none = "The ferry runs at night.\n\nIt stops at Dunmore on the way to Port Ellery.";
    assert!(detect(none).is_empty());
    let reported = "The ferry runs at night.\n\nMayor Ines Calloway said the ferry would run until the end of May.";
    let q = detect(reported);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].kind, Kind::Indirect);
    assert_eq!(q[0].speaker.as_deref(), Some("Ines Calloway"));
    let quoted = "The ferry runs at night.\n\n“It will run until the end of May,” the mayor wrote.";
    assert_eq!(detect(quoted).len(), 1);
}
