//! How the input arrives: line ends of every kind, a header of "Key:
//! value" lines above the text.

use super::tests::MESSY;
use super::*;

/// A web reader's "Title:" / "URL Source:" header is the article's
/// metadata, not its first lines; known metadata wins over it.
#[test]
fn a_key_value_header_gives_the_metadata() {
    let raw = "Title: Night ferry saved\n\nURL Source: https://gazette.test/ferry\n\n\
               Published Time: 2026-03-03T09:14:00Z\n\nMarkdown Content:\n\
               The council voted on Tuesday to keep the night ferry running until the end of \
               the year, after a packed meeting at the harbour hall.\n\n\
               “We heard every one of you,” said Mayor Ines Calloway. “The night ferry stays.”\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.meta.title, "Night ferry saved");
    assert_eq!(c.meta.url.as_deref(), Some("https://gazette.test/ferry"));
    assert_eq!(c.meta.date.as_deref(), Some("2026-03-03"));
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("The council voted"));
    let known = Meta {
        title: "Ferry stays".into(),
        ..Meta::default()
    };
    let c = clean_text(raw, &known);
    assert_eq!(c.meta.title, "Ferry stays");
    assert_eq!(c.meta.url.as_deref(), Some("https://gazette.test/ferry"));
}

/// Windows and classic Mac OS line ends clean as Unix ones do.
#[test]
fn every_kind_of_line_end_cleans_alike() {
    let unix = clean_text(MESSY, &Meta::default());
    for end in ["\r\n", "\r"] {
        let c = clean_text(&MESSY.replace('\n', end), &Meta::default());
        assert_eq!(c.paragraphs, unix.paragraphs, "{end:?}");
        assert_eq!(c.meta, unix.meta, "{end:?}");
    }
}
