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
/// candidate X, opened a rally ..." or "The words of X, a student, were
/// repeated ...": the words are X's.
#[test]
fn those_words_from_a_named_speaker() {
    assert_speakers(
        "“This is the most important election of our lifetimes, and I do not say that \
         lightly.”\n\n\
         Those words, from Senate candidate Cassius Mbeki, opened a rally on Saturday that \
         drew more than 3,000 people.",
        &[("This is the most", "Cassius Mbeki")],
    );
    assert_speakers(
        "“We will stay in this square until the government listens to us.”\n\n\
         The words of Ottoline Fairfax, a 23-year-old student, were repeated by thousands of \
         protesters on Sunday.",
        &[("We will stay", "Ottoline Fairfax")],
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

/// "“...,” came the reply from opposition leader X." names X, and "X
/// fired back during the debate" tags the quote as "shot back when" does.
#[test]
fn came_the_reply_from_and_a_tag_with_a_phrase_of_place() {
    assert_speakers(
        "The debate turned bitter.\n\n\
         “We will not be lectured by a government that has broken every promise it made,” \
         came the reply from opposition leader Wendeline Ashgrove.\n\n\
         “That is a lie, and the senator knows it is a lie,” Odell Brannigan fired back \
         during the debate.",
        &[
            ("We will not be lectured", "Wendeline Ashgrove"),
            ("That is a lie", "Odell Brannigan"),
        ],
    );
}

/// "Mayor X said those words as he cut the ribbon": the words said are the
/// verb's object, not a reported clause; "said those words were a lie" is
/// one.
#[test]
fn said_those_words_is_no_reported_clause() {
    assert_eq!(
        reported(
            "“This is a historic day for our city.”\n\n\
             Mayor Lucian Ferreira said those words as he cut the ribbon on the new bridge."
        ),
        vec![]
    );
    assert_eq!(
        reported("The mayor, Lucian Ferreira, said those words were a lie told by the opposition."),
        one(
            "those words were a lie told by the opposition",
            "Lucian Ferreira"
        )
    );
}

/// A live blog's block quote, set with no marks under "He told MPs:", is a
/// direct quote of the man the paragraph names.
#[test]
fn a_block_quote_with_no_marks_under_a_speech_verb() {
    assert_speakers(
        "Opposition responds\n\n\
         The shadow chancellor, Ruairi Delacourt, has responded to the statement. He told MPs:\n\n\
         This is a budget that asks working people to pay more and get less.\n\n\
         Harriet Ormsby has announced that fuel duty will be frozen for another year.",
        &[("This is a budget", "Ruairi Delacourt")],
    );
}

/// "Later the minister said:", "Then the minister said": an adverb of
/// time with no comma after it opens the sentence; the minister named
/// before is the speaker.
#[test]
fn an_adverb_of_time_before_the_subject() {
    for adverb in ["Later", "Then", "Afterwards"] {
        assert_speakers(
            &format!(
                "The defence minister, Colm Ardagh, spoke to reporters on Friday afternoon.\n\n\
                 {adverb} the minister said: “The aircraft was intercepted over international \
                 waters and escorted away.”"
            ),
            &[("The aircraft was", "Colm Ardagh")],
        );
    }
}

/// "Ashby called the bill “...” and said he would vote against it": the
/// subject before the sentence's one quote reports the clause after "and
/// said" (or "and warned that").
#[test]
fn and_said_after_a_quoted_description() {
    assert_eq!(
        reported(
            "Senator Corwin Ashby spoke on Thursday. Ashby called the bill “a betrayal of every \
             taxpayer in this state” and said he would vote against it."
        ),
        one("he would vote against it", "Corwin Ashby")
    );
    assert_eq!(
        reported(
            "Gov. Priscilla Hartwell called the plan “a reckless gamble with the pensions of \
             teachers” and warned that the state could lose its credit rating."
        ),
        one(
            "the state could lose its credit rating",
            "Priscilla Hartwell"
        )
    );
}
