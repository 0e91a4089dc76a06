//! Found from stories written for the 68th stop (Sunday talk shows, a
//! hearing, a briefing, voters at the polls).

use super::tests::reported;

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

/// A wire story's lede describes the speaker ("Nigeria's oil minister said
/// ..."), and the next paragraph opens with a quote whose tag names him
/// bare ("“...,” Tamuno X told Reuters"): the minister is that person.
#[test]
fn a_lede_s_description_is_named_by_the_next_quote_s_tag() {
    let story = "LAGOS, March 3 (Reuters) - Nigeria's oil minister said on Tuesday that \
                 production would rise to two million barrels a day by the end of the year.\n\n\
                 “We have fixed the pipelines and we have fixed the security around them,” \
                 Tamuno Briggs told Reuters in an interview.\n\n\
                 Analysts were skeptical. “We have heard this target every year since 2015,” \
                 said Folake Adebayo, an energy analyst at Harbour Capital.";
    assert_eq!(
        reported(story),
        [(
            "production would rise to two million barrels a day by the end of the year".to_string(),
            Some("Tamuno Briggs".to_string())
        )]
    );
    super::tests::assert_speakers(
        story,
        &[
            ("We have fixed the pipelines", "Tamuno Briggs"),
            ("We have heard this target", "Folake Adebayo"),
        ],
    );
}

/// "“...,” the protesters chanted": a chant is spoken, by the crowd, not
/// by the organiser named in the next paragraph.
#[test]
fn a_chant_is_the_crowd_s() {
    let quotes = super::detect(
        "Hundreds of protesters gathered outside the parliament on Saturday.\n\n\
         “Not in our name, not with our money,” the protesters chanted as riot police \
         watched.\n\n\
         One of the organizers, Thandeka Mokoena, 27, said the crowd would return. “They \
         can ignore us today. They cannot ignore us forever,” she said.",
    );
    let chant = quotes
        .iter()
        .find(|q| q.text.starts_with("Not in our name"))
        .expect("the chant is a quote");
    assert_eq!(chant.speaker.as_deref(), Some("protesters"), "{quotes:?}");
    assert_eq!(chant.cue.as_deref(), Some("chanted"));
}

/// A clause of time or contrast before the subject ("When the meeting
/// resumed, she said ...", "While critics said the plan was rushed,
/// Borowczyk said ...") is no part of the subject, and a speech verb inside
/// it is not the sentence's.
#[test]
fn a_clause_before_the_subject() {
    for opening in [
        "When the meeting resumed, she said",
        "When asked about the delay, Borowczyk said",
        "Once the vote was counted, Borowczyk said",
        "While critics said the plan was rushed, Borowczyk said",
        "Although critics have said the plan was rushed, Borowczyk said",
    ] {
        let story = format!(
            "Council President Anneliese Borowczyk opened the meeting.\n\n\
             {opening} the council would hear every speaker who had signed up."
        );
        assert_eq!(
            reported(&story),
            [(
                "the council would hear every speaker who had signed up".to_string(),
                Some("Anneliese Borowczyk".to_string())
            )],
            "{opening}"
        );
    }
}
