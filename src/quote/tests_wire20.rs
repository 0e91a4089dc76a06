//! Found from stories written for the 65th stop (a court's judges, a
//! body's statement).

use super::tests::assert_speakers;

/// "Justice X wrote ... “...,” the judge wrote.": a court's own title for
/// its judge ("Justice", "Magistrate") bears the office of "the judge",
/// as "Coroner X" bears the coroner's.
#[test]
fn the_judge_is_a_justice_or_a_magistrate_so_titled() {
    assert_speakers(
        "Justice Ophelia Marchbanks wrote for the majority. \"The statute means what it \
         says, and we are not free to rewrite it,\" the judge wrote.\n\n\
         Magistrate Colm Rafferty heard the bail application. \"There is a real risk that \
         the accused will not appear for trial,\" the judge said.\n\n\
         Coroner Ines Calloway recorded a narrative verdict. \"The failings at the \
         hospital contributed to his death,\" the coroner said.",
        &[
            ("The statute means", "Ophelia Marchbanks"),
            ("There is a real risk", "Colm Rafferty"),
            ("The failings at the hospital", "Ines Calloway"),
        ],
    );
}

/// "The union released a statement. “...,” the statement said.": whoever
/// put the document out, a body as well as a person.
#[test]
fn the_statement_is_whoever_put_it_out() {
    let stories = [
        ("The union released a statement.", "union"),
        ("The company issued a brief statement on Friday.", "company"),
        (
            "The Home Office put out a statement on Friday.",
            "Home Office",
        ),
        (
            "Her lawyer, Petra Voss, read a statement outside court.",
            "Petra Voss",
        ),
    ];
    for (lede, who) in stories {
        for tag in [
            "\"We will cooperate fully with the inquiry and its findings,\" the statement said.",
            "The statement read: \"We will cooperate fully with the inquiry and its findings.\"",
        ] {
            assert_speakers(
                &format!("{lede} {tag}"),
                &[("We will cooperate fully", who)],
            );
        }
    }
}

/// "A joint statement from the two unions read: “...”": the body the
/// document comes from, named in the sentence or before it; whatever verb
/// ("said", "read") leads in with the colon.
#[test]
fn a_statement_from_a_body_speaks_for_that_body() {
    assert_speakers(
        "A joint statement from the two unions read: \"Our members will not accept a pay \
         cut of any kind this year.\"\n\n\
         A statement from Sen. Carla Nguyen said: \"I will be voting against this nominee \
         on the floor next week.\"\n\n\
         The shipping group Northgate Freight cut 200 jobs. A statement from the company \
         said: \"We regret the disruption this has caused our many loyal staff.\"\n\n\
         A statement from the company read: \"We regret the delays this has caused our \
         many loyal customers.\"",
        &[
            ("Our members will not accept", "two unions"),
            ("I will be voting against", "Carla Nguyen"),
            ("We regret the disruption", "Northgate Freight"),
            ("We regret the delays", "Northgate Freight"),
        ],
    );
    // "A statement from the company said ... “...,” the statement added.":
    // the document named at the sentence's start.
    assert_speakers(
        "A statement from the company said the recall was voluntary. \"We regret the \
         disruption this has caused our many loyal customers,\" the statement added.",
        &[("We regret the disruption", "company")],
    );
    // No company named: the company, not the document.
    assert_speakers(
        "A statement from the company read: \"We regret the delays this has caused our \
         many loyal customers.\"",
        &[("We regret the delays", "company")],
    );
    // A banner is no document: its words are no one's.
    let got = super::tests::speakers(
        "The banner across the stage read: \"No more cuts to the schools our children \
         depend on.\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
}

/// "Later, a grandmother who had waited two hours to speak summed up the
/// mood of the room: “...”": the "had" of the relative clause is not the
/// verb the subject ends at; the next one is.
#[test]
fn a_lead_in_reads_past_a_relative_clause_to_its_verb() {
    assert_speakers(
        "Parents packed the meeting. Later, a grandmother who had waited two hours to speak \
         summed up the mood of the room: \"We don't trust you, and you haven't given us a \
         reason to.\"",
        &[("We don't trust you", "grandmother")],
    );
}

/// "Maribel X's message to the crowd was clear: “...”": the words are the
/// owner's, past a phrase after the noun and the link verb that describes
/// them.
#[test]
fn an_owners_message_was_clear_and_hers() {
    assert_speakers(
        "Maribel Quist's message to the crowd was clear: \"We are not going anywhere, and \
         neither is this movement.\"\n\n\
         Tobiah Renn answered her the next day. Renn's reply to the letter was short: \"We \
         have nothing more to say to the council about this.\"",
        &[
            ("We are not going anywhere", "Maribel Quist"),
            ("We have nothing more to say", "Tobiah Renn"),
        ],
    );
    // An office's words: its holder's.
    assert_speakers(
        "Mayor Ines Calloway closed the library on Monday. The mayor's statement on the \
         closure was brief: \"We will reopen the library as soon as the roof is repaired.\"",
        &[("We will reopen the library", "Ines Calloway")],
    );
}

/// "The prime minister, according to two people who were in the room,
/// told colleagues: “...”": the source is an aside between commas; the
/// subject whose verb follows it speaks.
#[test]
fn an_according_aside_leaves_the_subject_speaking() {
    assert_speakers(
        "Prime Minister Ottilie Brandt met her cabinet on Monday. The prime minister, \
         according to two people who were in the room, told colleagues: \"If this passes, \
         I am gone.\"",
        &[("If this passes", "Ottilie Brandt")],
    );
    // With no verb after it, the source stays the speaker.
    assert_speakers(
        "The plan, according to three officials familiar with it, would cut \"nearly a \
         fifth of the department's staff over two years.\"",
        &[("nearly a fifth", "three officials")],
    );
}

/// "“...,” read a sign held by one protester.", "“...,” the banner read.":
/// a sign's words are no one's, not the words of the person quoted before.
#[test]
fn a_signs_words_are_not_the_last_speakers() {
    let got = super::tests::speakers(
        "\"We expect a decision within the next two weeks,\" said Amadou Keller, the \
         union's lawyer.\n\n\
         \"Enough is enough, and we have had enough of this council,\" read a sign held by \
         one protester.\n\n\
         \"We expect a decision within the next two months,\" said Amadou Keller.\n\n\
         \"Save our library, save our town, save our children's future,\" the banner read.\n\n\
         \"We expect a decision within the next two years,\" Keller said.\n\n\
         \"Hands off our pensions and hands off our jobs,\" said one of the hand-painted \
         signs.",
    );
    let of = |start: &str| super::tests::speaker_of(&got, start);
    assert_eq!(
        of("We expect a decision within the next two weeks").as_deref(),
        Some("Amadou Keller")
    );
    for sign in [
        "Enough is enough",
        "Save our library",
        "Hands off our pensions",
    ] {
        assert_eq!(of(sign), None, "{sign}: {got:?}");
    }
    assert_eq!(
        of("We expect a decision within the next two years").as_deref(),
        Some("Amadou Keller")
    );
}

/// "“...,” said a statement from the company.": after an inverted verb,
/// the document's "from" or "by" names who speaks, up to the clause's end
/// (not "on Friday"), or the name it opens with.
#[test]
fn said_a_statement_from_a_body_is_that_bodys() {
    assert_speakers(
        "\"We regret the disruption this has caused our many loyal customers,\" said a \
         statement from the company.\n\n\
         \"We will not accept a pay cut of any kind this year,\" said a joint statement by \
         the two unions on Friday.\n\n\
         \"We will not accept a pay rise of any kind this year,\" said a statement from Sen. \
         Carla Nguyen on Tuesday.\n\n\
         According to a 2018 survey by Ottoline Grace Whitcombe of the University of \
         Westmarch, the chain's habit is to \"merge every copy desk into one regional hub\" \
         within a year.",
        &[
            ("We regret the disruption", "company"),
            ("We will not accept a pay cut", "two unions"),
            ("We will not accept a pay rise", "Carla Nguyen"),
            ("merge every copy desk", "Ottoline Grace Whitcombe"),
        ],
    );
}
