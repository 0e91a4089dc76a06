//! Found from stories written for the 63rd stop (a regulator's hearing, a
//! transit levy, a bail law).

use super::tests::{assert_speakers, speaker_of, speakers};

/// "For Rep. X, the answer was simple: “...”": the person the opening
/// phrase names leads into the quote; not a party's members ("For
/// Democrats, ...") nor a phrase that goes on past a short description.
#[test]
fn the_person_a_for_phrase_names_leads_into_a_quote() {
    let story = "\
         Rep. Mortimer Achebe-Stroud opened the hearing.\n\n\
         For Rep. Anneliese Brannigan, the answer was simple: \"Somebody is not telling \
         the truth, and we are going to find out who.\"";
    assert_speakers(story, &[("Somebody is not telling", "Anneliese Brannigan")]);
    // A surname alone, once the full name is known.
    assert_speakers(
        "Rep. Anneliese Brannigan chaired the hearing.\n\n\
         To Brannigan, the choice is obvious: \"We subpoena the notes and we read every \
         page of them.\"",
        &[("We subpoena the notes", "Anneliese Brannigan")],
    );
    let got = speakers(
        "Rep. Anneliese Brannigan chaired the hearing.\n\n\
         For Democrats, the message was clear: \"Somebody is not telling the truth, and \
         we are going to find out who.\"",
    );
    assert_ne!(
        speaker_of(&got, "Somebody is not").as_deref(),
        Some("Democrats"),
        "{got:?}"
    );
}
