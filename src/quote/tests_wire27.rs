//! Found from political stories written for the 72nd stop (sources named
//! with "according to", groups of people speaking together).

use super::tests::{assert_speakers, one, reported};

/// "According to the mayor, X, CLAUSE.": the clause is X's reported
/// speech, with "according to" as its cue; a clause about the source
/// ("X, who chairs the council,") is no part of what was said.
#[test]
fn a_clause_according_to_a_person() {
    assert_eq!(
        reported(
            "According to the mayor, Hortensia Blackwood, the city will run out of money by \
             March."
        ),
        one(
            "the city will run out of money by March",
            "Hortensia Blackwood"
        )
    );
    assert_eq!(
        reported(
            "According to Imelda Brannagh, who chairs the passengers' council, commuters would \
             pay more for a worse service."
        ),
        one(
            "commuters would pay more for a worse service",
            "Imelda Brannagh"
        )
    );
    let q =
        super::detect("According to police, the driver fled the scene before officers arrived.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].cue.as_deref(), Some("according to"));
    assert_eq!(q[0].speaker.as_deref(), Some("police"));
}

/// "CLAUSE, according to two people familiar with her plans.": the
/// source that closes a sentence reports the clause before it.
#[test]
fn a_clause_then_according_to_its_source() {
    assert_eq!(
        reported(
            "The minister will resign before the end of the month, according to two people \
             familiar with her plans."
        ),
        one(
            "The minister will resign before the end of the month",
            "two people"
        )
    );
}

/// Figures, documents and plans are no one's speech: "According to
/// Treasury figures, ...", "..., according to the researchers'
/// calculations", "according to plan".
#[test]
fn according_to_a_thing_reports_nothing() {
    for story in [
        "According to Treasury figures released on Friday, the deficit rose by 12 percent in \
         the third quarter.",
        "About 2,300 tons of plastic were collected from the beach, according to the \
         researchers' calculations.",
        "His sentencing is scheduled for the middle of February, according to the office \
         release.",
        "According to a document she prepared for her lawyers, the will specified that the \
         family would get nothing.",
        "The seats in the new chamber were allocated according to population in each district.",
        "Everything at the count went according to plan on the night of the vote.",
    ] {
        assert_eq!(reported(story), Vec::new(), "{story}");
    }
}

/// "“...,” said a group of teachers outside the school.": the group and
/// who it is made of, not "group" alone.
#[test]
fn a_group_of_people_speaking() {
    assert_speakers(
        "Teachers walked out across six counties on Thursday.\n\n\
         “We love our jobs, but we cannot pay the rent with love,” said a group of teachers \
         outside Hollins Primary School.\n\n\
         “Nobody has listened to us for ten years,” said a coalition of striking nurses at the \
         rally.",
        &[
            ("We love our jobs", "group of teachers"),
            ("Nobody has listened", "coalition of striking nurses"),
        ],
    );
}

/// "A March 2024 study by the Centre for Harbour Economics, a think tank
/// in Tarrow, concluded that “...”": the body that put the study out,
/// whole, not the words after its "for".
#[test]
fn a_study_by_an_institution_with_for_in_its_name() {
    assert_speakers(
        "Tolls cost drivers more than the council admits.\n\n\
         A March 2024 study by the Centre for Harbour Economics, a think tank in Tarrow, \
         concluded that “the full cost of the toll falls on the town's own drivers.”\n\n\
         A 2021 report from the Institute for Rural Affairs said “the poorest villages lose \
         the most from the change.”",
        &[
            ("the full cost", "Centre for Harbour Economics"),
            ("the poorest villages", "Institute for Rural Affairs"),
        ],
    );
}

/// "“...,” she said, “...” Attorney General X spoke outside the
/// courthouse.": a pronoun before anyone is named goes to the first
/// person named after it with a given name of that gender; once someone
/// has been named, a later unmatched "he" goes forward to no one.
#[test]
fn a_pronoun_before_anyone_is_named() {
    assert_speakers(
        "“We will find out who did this,” she said, “and they will face the full force of \
         the law.” Attorney General Mirela Dumitrescu spoke outside the courthouse on Friday.\n\n\
         Two guards were treated in hospital.",
        &[
            ("We will find out", "Mirela Dumitrescu"),
            ("and they will face", "Mirela Dumitrescu"),
        ],
    );
    let q = super::detect(
        "Two guards were hurt, Attorney General Mirela Dumitrescu said.\n\n\
         “Both men are recovering and we expect them home soon,” he said. A hospital \
         spokesman, Dorian Pike, said the injuries were not serious.",
    );
    let recovering = q.iter().find(|q| q.text.starts_with("Both men"));
    assert_eq!(recovering.and_then(|q| q.speaker.as_deref()), None, "{q:?}");
}

/// "“...” X, the leader of the council, was speaking after ...", "X made
/// the remarks at ...": the sentence after an untagged quote shows its
/// speaker speaking; it does not take a quote from the speaker before,
/// whose words go on.
#[test]
fn the_sentence_after_a_quote_shows_its_speaker_speaking() {
    assert_speakers(
        "Riots spread to a third city.\n\n\
         “We cannot go on like this.” Ludovica Ferri, the leader of the regional council, was \
         speaking after a third night of riots.\n\n\
         Shops stayed shut across the centre.\n\n\
         “The army will be on the streets by Friday.”\n\n\
         Defence Minister Arturo Benedetti made the remarks at a press conference in Rome.",
        &[
            ("We cannot go on", "Ludovica Ferri"),
            ("The army will be", "Arturo Benedetti"),
        ],
    );
    assert_speakers(
        "Riots spread to a third city.\n\n\
         “We cannot go on like this,” said Ludovica Ferri, the leader of the regional \
         council.\n\n\
         “The army must be on the streets by Friday.”\n\n\
         Defence Minister Arturo Benedetti spoke later at a press conference in Rome.",
        &[
            ("We cannot go on", "Ludovica Ferri"),
            ("The army must be", "Ludovica Ferri"),
        ],
    );
}

/// "The letter, signed by 140 economists, was sent ... “...,” it reads.":
/// the document's signers, named in the sentence before the quote.
#[test]
fn a_document_signed_by_someone_in_the_sentence_before() {
    assert_speakers(
        "Economists warned the chancellor against cuts.\n\n\
         The letter, signed by 140 economists, was sent to the chancellor on Thursday. “The \
         proposed cuts would deepen the recession and do lasting harm,” it reads.\n\n\
         The statement, issued by Councillor Mabel Ferris, was posted on Friday. “We will not \
         be silenced by anybody,” it said.",
        &[
            ("The proposed cuts", "140 economists"),
            ("We will not be", "Mabel Ferris"),
        ],
    );
}

/// "Recent Harlowe TV models ..." opening a sentence: "Recent" is no
/// given name, so a later "Harlowe" is the company, not "Recent Harlowe".
#[test]
fn recent_opening_a_sentence_is_no_given_name() {
    assert_eq!(
        reported(
            "Recent Harlowe TV models now support the feature.\n\n\
             Last week Harlowe announced that the new features were shipping to every store."
        ),
        one("the new features were shipping to every store", "Harlowe")
    );
}

/// "Poorer nations welcomed the deal but said ...": a capitalised word
/// that opens the sentence before a plural noun of speakers describes
/// them; it is no name.
#[test]
fn a_capitalised_word_before_a_plural_of_speakers() {
    assert_eq!(
        reported(
            "Poorer nations welcomed the deal but said the money would not be enough for the \
             decade."
        ),
        one(
            "the money would not be enough for the decade",
            "Poorer nations"
        )
    );
    assert_eq!(
        reported(
            "Smaller parties welcomed the plan but said they would not support the coalition."
        ),
        one("they would not support the coalition", "Smaller parties")
    );
}
