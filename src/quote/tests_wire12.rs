//! Found from stories written for the 57th stop (a city audit, a hospital
//! merger, a voter-roll ruling).

use super::tests::{speaker_of, speakers};
use super::tests_political::indirect;

/// "City Controller Abe X, whose office ..." then "“...,” X said": the
/// speaker is "Abe X", not his office. A city's and a county's offices
/// ("Controller", "Assessor", "Recorder", "Selectwoman"), an Australian
/// councillor's "Cr", a "Trooper" and a "Rep.-elect" are titles.
#[test]
fn a_local_office_before_a_name_is_a_title() {
    for office in [
        "City Controller",
        "County Assessor",
        "Selectwoman",
        "Councilperson",
    ] {
        let got = speakers(&format!(
            "Audit finds shortfall\n\n\
             The audit came out on Tuesday.\n\n\
             {office} Abe Rosenthal, whose office conducted the audit, was less diplomatic.\n\n\
             \"This wasn't a rounding error,\" Rosenthal said at a news conference."
        ));
        assert_eq!(
            speaker_of(&got, "This wasn").as_deref(),
            Some("Abe Rosenthal"),
            "{office}: {got:?}"
        );
    }
}

/// "He said CLAUSE" after the controller spoke goes to him, not to the
/// budget chief quoted before him: the title no longer hides the man.
#[test]
fn he_after_an_office_holder_is_the_office_holder() {
    let got = indirect(
        "Budget chief resigns\n\n\
         Garrison Pike said in a letter that he took full responsibility.\n\n\
         City Controller Abe Rosenthal, whose office conducted the audit, was less diplomatic.\n\n\
         \"This wasn't a rounding error,\" Rosenthal said at a news conference.\n\n\
         He said the error stemmed from federal pandemic money that was counted twice.",
    );
    assert!(
        got.iter()
            .any(|(text, who)| text.starts_with("the error stemmed")
                && who.as_deref() == Some("Abe Rosenthal")),
        "{got:?}"
    );
}

/// "Opposition leader Puan Siti Rahmah binti Ismail ..." then "“...,” Siti
/// Rahmah said": one speaker, named in full, without the Malay "Mrs".
#[test]
fn a_malay_name_is_called_by_its_own_part() {
    let got = speakers(
        "Security law passes\n\n\
         Opposition leader Puan Siti Rahmah binti Ismail called the law a weapon.\n\n\
         “Today they come for the foreign-funded groups. Tomorrow they come for the student,” Siti Rahmah said outside parliament.\n\n\
         Home Minister Datuk Seri Azlan Harun defended it. “No country allows outsiders to fund its parties,” Azlan said.\n\n\
         “They will not silence us,” Rahmah said.",
    );
    for start in ["Today they come", "They will not"] {
        assert_eq!(
            speaker_of(&got, start).as_deref(),
            Some("Siti Rahmah binti Ismail"),
            "{start}: {got:?}"
        );
    }
    assert_eq!(
        speaker_of(&got, "No country allows").as_deref(),
        Some("Azlan Harun"),
        "{got:?}"
    );
}

/// "..., with Councilman X accusing Y of “...”": the one accusing, not
/// the accused and not nobody; so too "with the government accusing ...".
#[test]
fn with_a_subject_accusing_leads_into_the_quote() {
    let got = speakers(
        "Rivals clash\n\n\
         Two candidates sparred over housing, with Councilman Rafael Ibarra accusing former deputy mayor Thomas Greer of “selling the city to developers.”\n\n\
         The session ended in chaos, with the government accusing the opposition of “behaving like children in a playground.”\n\n\
         The protest grew, with crowds holding signs reading “no more cuts to our schools.”",
    );
    assert_eq!(
        speaker_of(&got, "selling the city").as_deref(),
        Some("Rafael Ibarra"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "behaving like children").as_deref(),
        Some("government"),
        "{got:?}"
    );
    assert_eq!(speaker_of(&got, "no more cuts"), None, "{got:?}");
}
