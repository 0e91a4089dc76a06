//! Found from political stories written for the 71st stop (ministries'
//! statements, a heckled speech, a rally's opening words).

use super::tests::{assert_speakers, one, reported};

/// "In a statement, the Ministry of Defence said ...", "Separately, the
/// Bank of England said ...": after an opening phrase, a body's name
/// after its article opens the clause; its speaker is the body.
#[test]
fn a_body_after_an_opening_phrase_and_its_article() {
    for opening in ["In a statement, the", "Separately, the", "On Monday, the"] {
        assert_eq!(
            reported(&format!(
                "{opening} Ministry of Defence said the aircraft had been intercepted over \
                 international waters."
            )),
            one(
                "the aircraft had been intercepted over international waters",
                "Ministry of Defence"
            ),
            "{opening}"
        );
    }
    // (Still not the end of a body's name after "and": the clause before
    // is the agency's.)
    let got = reported(
        "The agency said rates would rise, and the Center for Disease Control and Prevention \
         said the aircraft had been intercepted.",
    );
    assert!(
        got.iter().all(|(_, s)| s.as_deref() != Some("Prevention")),
        "{got:?}"
    );
}

/// "“...,” X shot back when a heckler interrupted her speech.": a verb
/// the list does not know, then a clause of time, still tags the quote.
#[test]
fn a_tag_followed_by_a_clause_of_time() {
    assert_speakers(
        "The rally was loud.\n\n\
         “I have nothing to apologise for,” Priya Raghunathan shot back when a heckler \
         interrupted her speech.\n\n\
         “We are not going anywhere, not now and not ever,” Lorcan Whitby laughed as he left \
         the stage.",
        &[
            ("I have nothing", "Priya Raghunathan"),
            ("We are not going", "Lorcan Whitby"),
        ],
    );
}

/// A quote alone in its paragraph, then "Those words, from Senate
/// candidate X, opened a rally ...": the words are X's.
#[test]
fn those_words_from_a_named_speaker() {
    assert_speakers(
        "“This is the most important election of our lifetimes, and I do not say that \
         lightly.”\n\n\
         Those words, from Senate candidate Cassius Mbeki, opened a rally on Saturday that \
         drew more than 3,000 people.",
        &[("This is the most", "Cassius Mbeki")],
    );
}

/// "“...,” the bank said in a statement.": a bank, a fund, a hospital or a
/// city speaks by its kind, as "the company" and "the ministry" do, and
/// the quote is not handed to the person the next paragraph names.
#[test]
fn an_institution_by_its_kind() {
    for (noun, want) in [
        ("the bank", "bank"),
        ("the central bank", "central bank"),
        ("the fund", "fund"),
        ("the hospital", "hospital"),
        ("the city", "city"),
    ] {
        assert_speakers(
            &format!(
                "Valdoria's central bank held its benchmark rate at 6.25% on Wednesday.\n\n\
                 “The disinflation process is well under way,” {noun} said in a statement.\n\n\
                 Governor Elżbieta Marchetti told a news conference that the bank would not \
                 rush."
            ),
            &[("The disinflation", want)],
        );
    }
}
