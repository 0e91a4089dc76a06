//! Found from stories written for the 68th stop (Sunday talk shows, a
//! hearing, a briefing, voters at the polls).

/// The reported clauses of `story`, each with its speaker.
fn reported(story: &str) -> Vec<(String, Option<String>)> {
    super::detect(story)
        .into_iter()
        .filter(|q| q.kind == super::Kind::Indirect)
        .map(|q| (q.text, q.speaker.map(|s| s.to_string())))
        .collect()
}

/// A programme's name in quote marks in the phrase that opens the
/// sentence ("Speaking on CBS's “Face the Nation,” X said ...", "In an
/// interview on “Face the Nation” on Sunday, X said ...") hides neither
/// the subject nor what was said.
#[test]
fn a_programme_in_quote_marks_before_the_subject() {
    for opening in [
        "Speaking on CBS's “Face the Nation,”",
        "In an interview on “Face the Nation” on Sunday,",
        "Speaking on CBS's \"Face the Nation,\"",
    ] {
        let story = format!(
            "Sen. Philippa Dunstable would not back the nominee.\n\n\
             {opening} Dunstable said the nominee had not answered basic questions about \
             his finances."
        );
        assert_eq!(
            reported(&story),
            [(
                "the nominee had not answered basic questions about his finances".to_string(),
                Some("Philippa Dunstable".to_string())
            )],
            "{opening}"
        );
    }
}

/// "X told ABC's “This Week” that ...": the programme is the listener, and
/// the clause after "that" is what was said.
#[test]
fn told_a_programme_in_quote_marks_that() {
    let story = "Sen. Horace Lund spoke on Sunday.\n\n\
                 Lund told ABC's “This Week” that the vote would not happen before the \
                 recess.";
    assert_eq!(
        reported(story),
        [(
            "the vote would not happen before the recess".to_string(),
            Some("Horace Lund".to_string())
        )]
    );
}
