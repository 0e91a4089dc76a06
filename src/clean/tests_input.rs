//! How the input arrives: line ends of every kind, a header of "Key:
//! value" lines above the text, a sign-up box inside the story.

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

/// A newsletter's sign-up box in the middle of a story goes whole: its
/// prompt, its blurb and its fine print.
#[test]
fn a_newsletter_box_in_a_story_goes_whole() {
    let raw = "Ministers split over hospital parking\n\n\
               Ministers are split over plans to scrap hospital car parking charges, with \
               the Treasury warning that the cost cannot be found this year.\n\n\
               “Nobody should have to pay to visit a dying relative,” the health secretary, \
               Barnaby Quarrington, told MPs last month.\n\n\
               Sign up to Morning Briefing\n\n\
               Our morning email breaks down the key stories of the day\n\n\
               Privacy Notice: Newsletters may contain info about charities, online ads, and \
               content funded by outside parties.\n\n\
               after newsletter promotion\n\n\
               “We all want the same thing,” a Treasury spokesperson said of the plans.\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:?}", c.paragraphs);
    assert!(c.paragraphs[2].starts_with("“We all want the same thing"));
    assert_eq!(c.rules.get("newsletter prompt"), Some(&2), "{:?}", c.rules);
}
