use super::*;
use proptest::prelude::*;

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn text_at(text: &[char], a: Anchor) -> String {
    let (s, e) = a.range().expect("placed");
    text[s..e].iter().collect()
}

#[test]
fn unchanged_text_is_exact() {
    let t = chars("The mayor said “the ferry stays” on Tuesday.");
    let target = Target::new(&t, 15, 32);
    assert_eq!(target.exact, "“the ferry stays”");
    assert_eq!(reanchor(&target, &t), Anchor::Exact { start: 15, end: 32 });
}

#[test]
fn inserted_paragraph_above_moves_it() {
    let t = chars("First paragraph.\n\n“The ferry stays,” said the mayor.");
    let target = Target::new(&t, 18, 36);
    let edited =
        chars("A new paragraph on top.\n\nFirst paragraph.\n\n“The ferry stays,” said the mayor.");
    let a = reanchor(&target, &edited);
    assert!(matches!(a, Anchor::Moved { .. }));
    assert_eq!(text_at(&edited, a), "“The ferry stays,”");
}

#[test]
fn context_picks_the_right_occurrence() {
    let t = chars("He said yes. Later the chair said yes. Then the clerk said no.");
    let target = Target::new(&t, 29, 37); // the second "said yes"
    let edited = chars("Intro. He said yes. Later the chair said yes. Then the clerk said no.");
    let a = reanchor(&target, &edited);
    let (s, _) = a.range().expect("placed");
    assert_eq!(s, 36);
}

#[test]
fn small_edit_inside_is_found_approximately() {
    let t = chars("Intro text here. “We heard every one of you tonight,” said the mayor. More.");
    let target = Target::new(&t, 17, 53);
    let edited =
        chars("Intro text here. “We heard every single one of you tonight,” said the mayor. More.");
    let a = reanchor(&target, &edited);
    match a {
        Anchor::Fuzzy { score, .. } => assert!(score > 0.8),
        other => panic!("expected fuzzy, got {other:?}"),
    }
    assert_eq!(
        text_at(&edited, a),
        "“We heard every single one of you tonight,”"
    );
}

#[test]
fn long_quote_with_edits_is_found() {
    let para = "The council voted on Tuesday to keep the night ferry running until the end of the year, after a packed meeting at the harbour hall that stretched past eleven o'clock at night.";
    let t = chars(&format!("Header.\n\n{para}\n\nFooter."));
    let target = Target::new(&t, 9, 9 + para.chars().count());
    let edited_para = para
        .replace("packed meeting", "crowded meeting")
        .replace("eleven", "twelve");
    let edited = chars(&format!(
        "New lead paragraph.\n\nHeader.\n\n{edited_para}\n\nFooter."
    ));
    let a = reanchor(&target, &edited);
    assert!(matches!(a, Anchor::Fuzzy { .. }), "{a:?}");
    assert_eq!(text_at(&edited, a), edited_para);
}

#[test]
fn deleted_passage_is_an_orphan() {
    let t = chars("Keep this. “A passage that will be deleted entirely,” she said. Keep that.");
    let target = Target::new(&t, 11, 54);
    let edited = chars("Keep this. Keep that.");
    assert_eq!(reanchor(&target, &edited), Anchor::Orphan);
}

#[test]
fn short_quote_is_not_matched_by_chance() {
    let t = chars("He said no.");
    let target = Target::new(&t, 3, 7); // "said"
    assert_eq!(reanchor(&target, &chars("She sand yes.")), Anchor::Orphan);
}

fn word() -> impl Strategy<Value = String> {
    "[a-z]{3,9}"
}

proptest! {
    /// Edits elsewhere (words inserted before and after, words removed away
    /// from the span) never lose the annotation: it lands on the same words.
    #[test]
    fn reanchors_to_the_same_words(
        words in proptest::collection::vec(word(), 30..80),
        span_at in 0usize..20,
        span_len in 3usize..8,
        before in proptest::collection::vec(word(), 0..10),
        after in proptest::collection::vec(word(), 0..10),
        drop_at in 0usize..5,
    ) {
        let span_at = span_at.min(words.len() - span_len - 1);
        let text = words.join(" ");
        let start: usize = words[..span_at].iter().map(|w| w.chars().count() + 1).sum();
        let exact = words[span_at..span_at + span_len].join(" ");
        let end = start + exact.chars().count();
        let t = chars(&text);
        let target = Target::new(&t, start, end);
        prop_assert_eq!(&target.exact, &exact);

        let mut edited: Vec<String> = before.clone();
        edited.extend(words[..span_at].iter().cloned());
        edited.extend(words[span_at..span_at + span_len].iter().cloned());
        let mut tail: Vec<String> = words[span_at + span_len..].to_vec();
        if drop_at + 1 < tail.len() {
            tail.remove(drop_at + 1);
        }
        edited.extend(tail);
        edited.extend(after);
        let e = chars(&edited.join(" "));
        let a = reanchor(&target, &e);
        prop_assert!(a.range().is_some(), "lost: {:?}", a);
        prop_assert_eq!(text_at(&e, a), exact);
    }

    /// When the annotated words are deleted, the annotation is an orphan.
    #[test]
    fn deleted_span_becomes_an_orphan(
        words in proptest::collection::vec(word(), 20..60),
        span_at in 0usize..10,
    ) {
        let span_len = 5;
        let text = words.join(" ");
        let start: usize = words[..span_at].iter().map(|w| w.chars().count() + 1).sum();
        let exact = words[span_at..span_at + span_len].join(" ");
        let t = chars(&text);
        let target = Target::new(&t, start, start + exact.chars().count());
        let mut edited = words.clone();
        edited.drain(span_at..span_at + span_len);
        let e = chars(&edited.join(" "));
        prop_assume!(!edited.join(" ").contains(&exact));
        prop_assert_eq!(reanchor(&target, &e), Anchor::Orphan);
    }
}
