//! How papers lay out a page's header and foot: a writer's name and job on
//! one line with no comma, a heading over the story's topic tags.

use super::*;

/// A page in a broadsheet's layout: masthead and menu, the headline and
/// standfirst, "NAME Job" on one line, the date, the story, then its topic
/// tags under "Explore more on these topics".
fn broadsheet(writer: &str) -> String {
    format!(
        "Skip to main content\nSign in\nThe Westbridge Times\nNews\nOpinion\nSport\nCulture\n\
         Council to close three libraries as budget gap widens\n\
         Leader says there is no painless option as opposition vows to fight cuts\n\
         {writer}\nWed 18 Mar 2026 17.42 GMT\nShare\n\
         Three branch libraries will close in the autumn under budget plans approved by the \
         council's cabinet on Wednesday, despite a petition signed by 11,000 residents.\n\
         The council leader, Priya Natarajan, said the authority faced a gap of 24 million \
         pounds next year and had run out of easy savings.\n\
         “Libraries are not a luxury. For a lot of children on this estate, the library is \
         the only quiet place they have to do their homework,” said Conor Fitzgerald, who \
         leads the opposition group.\n\
         Explore more on these topics\nLocal government\nLibraries\nBudgets\nShare\n\
         Reuse this content\nMost viewed\nStorm warning as gales hit the coast\n"
    )
}

/// "Marcus X Local government correspondent", "Eleanor Y Political
/// editor": the byline, name and job apart; the line leaves the text.
#[test]
fn a_name_and_job_on_one_line_is_the_byline() {
    for (writer, want) in [
        (
            "Marcus Ellery Local government correspondent",
            "Marcus Ellery, Local government correspondent",
        ),
        (
            "Eleanor Whitfield Political editor",
            "Eleanor Whitfield, Political editor",
        ),
        (
            "Ana María Ruiz Chief political correspondent",
            "Ana María Ruiz, Chief political correspondent",
        ),
    ] {
        let c = clean_text(&broadsheet(writer), &Meta::default());
        assert_eq!(c.meta.byline.as_deref(), Some(want), "{writer}");
        assert!(
            !c.paragraphs.iter().any(|p| p.contains(writer)),
            "{writer}: {:?}",
            c.paragraphs
        );
        assert!(c.paragraphs.iter().any(|p| p.starts_with("Three branch")));
    }
}

/// A title-case line that ends in "Editor" is no byline, nor is a
/// sentence in small letters after two capitalised words.
#[test]
fn a_headline_or_sentence_ending_in_a_job_is_no_byline() {
    for line in [
        "Police Chief Named New Editor",
        "Priya Natarajan Thanked the editor",
        "Jane Doe, who worked as a reporter",
    ] {
        assert_eq!(meta::name_then_job(line), None, "{line}");
    }
}

/// "Explore more on these topics" and the tags under it leave the text.
#[test]
fn the_topic_tags_under_their_heading_go() {
    let c = clean_text(
        &broadsheet("Marcus Ellery Local government correspondent"),
        &Meta::default(),
    );
    let last = c.paragraphs.last().map(String::as_str).unwrap_or("");
    assert!(last.contains("homework"), "{:?}", c.paragraphs);
}

/// A page that sets a quotation in a block of its own cuts its sentence
/// before the tag ("its managing director, Torquil Baird, told the
/// Courier."): the cleaned text joins them again, so the tag names the
/// speaker.
#[test]
fn a_quotation_set_apart_from_its_tag_is_joined_to_it() {
    let html = "<html><head><title>Ferry operator scraps winter timetable</title></head>\
        <body><article><h1>Ferry operator scraps winter timetable</h1>\
        <p>Islanders on Inchmore will have two ferries a week instead of five this winter \
        after the operator scrapped its timetable on Monday.</p>\
        <p>Sound Ferries said two of its three vessels needed repairs that could not wait, \
        and that the work would take most of the winter.</p>\
        <blockquote><p>&ldquo;Safety comes first. We will not sail a ship we are not sure \
        of,&rdquo;</p></blockquote>\
        <p>its managing director, Torquil Baird, told the Courier.</p>\
        <p>The island's councillor said she had written to the transport minister about the \
        timetable and the state of the fleet.</p></article></body></html>";
    let cleaned = clean_html(html);
    assert!(
        cleaned.paragraphs.iter().any(|p| p
            == "“Safety comes first. We will not sail a ship we are not sure of,” its managing \
                director, Torquil Baird, told the Courier."),
        "{:?}",
        cleaned.paragraphs
    );
    let text = cleaned.paragraphs.join("\n\n");
    let quotes = crate::quote::detect(&text);
    let safety = quotes.iter().find(|q| q.text.starts_with("Safety"));
    assert_eq!(
        safety.and_then(|q| q.speaker.as_deref()),
        Some("Torquil Baird"),
        "{quotes:?}"
    );
}
