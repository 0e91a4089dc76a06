//! Found from political stories written for the 51st stop.

use super::tests::{speaker_of, speakers};

/// "But Pettibone pressed on. “...,” she said": the subject after a
/// conjunction that opens the sentence is whom the pronoun stands for,
/// not the senator quoted before (neither given name says a gender).
#[test]
fn a_conjunction_before_the_subject_hides_no_name() {
    for opening in ["But", "And", "Then", "Still"] {
        let text = format!(
            "“You spent six years asking this building for money,” Sen. Rhona Pettibone \
             told the nominee.\n\n\
             “Experience in industry is not a disqualification,” Sen. Lyle Drummond said. \
             “Frankly, we could use more of it.”\n\n\
             {opening} Pettibone pressed on. “Two years,” she said. “The contracts you would \
             oversee run for twenty.”"
        );
        let got = speakers(&text);
        assert_eq!(
            speaker_of(&got, "The contracts you").as_deref(),
            Some("Rhona Pettibone"),
            "{opening}: {got:?}"
        );
    }
}

/// "“...,” added her deputy, Casimir X.": an office in small letters
/// before the name in apposition, and "the deputy" alone, are speakers.
#[test]
fn a_deputy_before_a_name_is_the_speaker() {
    let got = speakers(
        "Talks collapsed at the ports on Sunday.\n\n\
         “We are ready to talk tonight,” said Wendeline Okoro-Marsh, the union's president. \
         “We have been ready all along,” added her deputy, Casimir Dragulescu.\n\n\
         “Nobody in this room wants a strike,” said the deputy, who asked not to be named.",
    );
    assert_eq!(
        speaker_of(&got, "We have been ready").as_deref(),
        Some("Casimir Dragulescu"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "Nobody in this room").as_deref(),
        Some("deputy"),
        "{got:?}"
    );
}

/// "The employers' association said ... the demands were "unaffordable."
/// "...," it said.": the body that spoke in the sentence before, not the
/// person quoted before it (a short quote in between had hidden it).
#[test]
fn it_said_is_the_body_that_spoke_before() {
    let got = speakers(
        "\"That was the end of it,\" union president Wendeline Okoro-Marsh told reporters.\n\n\
         The employers' association said in a statement that the union's demands were \
         \"unaffordable and unrealistic.\" \"We have offered the largest pay rise in the \
         history of this industry,\" it said. \"We will not be held to ransom.\"",
    );
    for quote in ["We have offered", "We will not be held"] {
        assert_eq!(
            speaker_of(&got, quote).as_deref(),
            Some("employers' association"),
            "{got:?}"
        );
    }
}

/// "The moderator, Susan Park, ... she told both candidates": a surname
/// that is also a place's word ("Park", "Hall", "North") after a given
/// name is a person's, whom a pronoun may stand for.
#[test]
fn a_surname_that_is_a_places_word_is_a_persons() {
    for surname in ["Park", "Hall", "North"] {
        let text = format!(
            "Democrat Lorraine Beaumont-Oyelowo said she would cut taxes.\n\n\
             The moderator, Susan {surname}, struggled to keep order. At one point she \
             told both candidates: “You are each going to get ninety seconds.”"
        );
        let got = speakers(&text);
        assert_eq!(
            speaker_of(&got, "You are each").as_deref(),
            Some(format!("Susan {surname}").as_str()),
            "{got:?}"
        );
    }
}

/// "..., with Democrat X calling her opponent “...” and Republican Kurt
/// Haldane accusing her of “...”": the second subject's quote is his.
#[test]
fn a_second_subject_with_its_verb_in_ing_takes_the_next_quote() {
    let got = speakers(
        "The two candidates traded insults on Tuesday, with Democrat Lorraine \
         Beaumont-Oyelowo calling her opponent “a man who has never met a lobbyist he did \
         not like” and Republican Kurt Haldane accusing her of “running from her own record \
         and her own city.”",
    );
    assert_eq!(
        speaker_of(&got, "a man who has").as_deref(),
        Some("Lorraine Beaumont-Oyelowo"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "running from her").as_deref(),
        Some("Kurt Haldane"),
        "{got:?}"
    );
}

/// "opposition floor leader Park Ji-hoon ... Park, a former lawyer, said
/// ... “...,” he said": a Korean name whose surname is a place's word is a
/// person's, and "he" stands for him, not for a spokesman named since.
#[test]
fn a_korean_name_opened_by_park_is_a_persons() {
    let got = speakers(
        "“This is not a budget, it is a declaration of war on the poor,” opposition floor \
         leader Park Ji-hoon told reporters.\n\n\
         The president's spokesman, Choi Min-jae, said the president “hopes parliament will \
         pass the budget in time for the new year.”\n\n\
         Park, a former human rights lawyer, said his party would take its case to the \
         public. “We will hold rallies in every province,” he said.",
    );
    assert_eq!(
        speaker_of(&got, "We will hold rallies").as_deref(),
        Some("Park Ji-hoon"),
        "{got:?}"
    );
}

/// "The Speaker of the House, Rt Hon Iolanthe X, ... “...,” the Speaker
/// said": courtesy titles between the office and the name; and "The deputy
/// prime minister, Sir Ambrose X, had accused her of “...”": an auxiliary
/// after the apposition.
#[test]
fn courtesy_titles_and_an_auxiliary_after_an_apposition() {
    let got = speakers(
        "The Speaker of the House, Rt Hon Iolanthe Brackenbury, ordered the deputy prime \
         minister out of the chamber on Wednesday.\n\n\
         The deputy prime minister, Sir Ambrose Treherne, had accused the spokeswoman, \
         Fenella Ashdown-Pryce, of “lying to the House about the figures.”\n\n\
         “Order! The right honourable gentleman will withdraw that word,” the Speaker said.",
    );
    assert_eq!(
        speaker_of(&got, "lying to the House").as_deref(),
        Some("Ambrose Treherne"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "Order! The right").as_deref(),
        Some("Iolanthe Brackenbury"),
        "{got:?}"
    );
}
