//! Found from political stories written for the 52nd stop.

use super::tests::{speaker_of, speakers};

/// "“...” / Those were the words of Ada X, ...": the name the paragraph
/// after a quote gives outranks a lead before it that only describes.
#[test]
fn a_name_after_the_quote_outranks_a_described_lead() {
    let got = speakers(
        "Teachers threaten strike\n\n\
         The leader of the largest teachers' union said Thursday that members would \
         walk out next month.\n\n\
         “We have been patient. We have been reasonable for two years now.\n\n\
         “Now we are told the money is there for tax cuts.”\n\n\
         Those were the words of Gwendolyn Abara-Schultz, general secretary of the \
         Teachers' Federation, speaking after talks broke up.",
    );
    assert_eq!(
        speaker_of(&got, "We have been patient").as_deref(),
        Some("Gwendolyn Abara-Schultz"),
        "{got:?}"
    );
}

/// A lead that names someone keeps the quote, whatever the paragraph after
/// it says.
#[test]
fn a_named_lead_keeps_its_quote() {
    let got = speakers(
        "Talks collapse\n\n\
         The union's leader, Gwendolyn Abara-Schultz, said the offer was an insult.\n\n\
         “We have been patient. We have been reasonable for two years now.”\n\n\
         That was also the view of Quentin Faraday-Holt, who chairs the heads' body.",
    );
    assert_eq!(
        speaker_of(&got, "We have been patient").as_deref(),
        Some("Gwendolyn Abara-Schultz"),
        "{got:?}"
    );
}

/// "... as “shameful,” saying Ottawa was “...”": the comma inside a short
/// quote's marks still hangs the participle on the sentence's subject.
#[test]
fn a_participle_after_a_short_quote_is_the_subjects() {
    let got = speakers(
        "Premier digs in\n\n\
         Premier Jean-Baptiste Lafortune refused Wednesday to withdraw his description \
         of the offer as “shameful,” saying Ottawa was “treating the provinces like \
         branch offices.”",
    );
    assert_eq!(
        speaker_of(&got, "treating the provinces").as_deref(),
        Some("Jean-Baptiste Lafortune"),
        "{got:?}"
    );
}

/// "The opposition leader in Quebec, Maëlle X, accused ... of “...”": a
/// described subject may end with the place it is of.
#[test]
fn an_apposition_after_an_office_of_a_place_names_the_subject() {
    for office in ["opposition leader in Quebec", "mayor of Port Ellis"] {
        let text = format!(
            "Row deepens\n\n\
             The {office}, Maëlle Desrochers-Tran, accused both governments of using \
             patients as “hostages in a constitutional squabble.”"
        );
        let got = speakers(&text);
        assert_eq!(
            speaker_of(&got, "hostages in a").as_deref(),
            Some("Maëlle Desrochers-Tran"),
            "{office}: {got:?}"
        );
    }
}

/// "A U.N. envoy said ... “...”" and then "“...,” envoy Oksana X told a
/// news conference": the envoy is named in the next paragraph's tag.
#[test]
fn an_envoy_described_first_is_named_by_the_next_tag() {
    let got = speakers(
        "Envoy upbeat on talks\n\n\
         GENEVA (Meridian) - A U.N. envoy said on Tuesday that talks on a ceasefire \
         were “closer than they have ever been” despite the fighting.\n\n\
         “I would not be here if I did not believe both sides wanted this to end,” \
         envoy Oksana Lindqvist-Mbeki told a news conference.",
    );
    assert_eq!(
        speaker_of(&got, "closer than they").as_deref(),
        Some("Oksana Lindqvist-Mbeki"),
        "{got:?}"
    );
    // Another office in the tag names someone else.
    let got = speakers(
        "Envoy upbeat on talks\n\n\
         GENEVA (Meridian) - A U.N. envoy said on Tuesday that talks on a ceasefire \
         were “closer than they have ever been” despite the fighting.\n\n\
         “We are ready to sign today,” spokesman Radomir Petrescu told reporters.",
    );
    assert_ne!(
        speaker_of(&got, "closer than they").as_deref(),
        Some("Radomir Petrescu"),
        "{got:?}"
    );
}

/// Spanish names: the first of two surnames is the person ("Ortega" for
/// "Andrés Felipe Ortega Salinas"), and "de los" stays inside a name.
#[test]
fn spanish_names_keep_both_surnames_and_their_particles() {
    let got = speakers(
        "Security plan defended\n\n\
         President Andrés Felipe Ortega Salinas credited his strategy for the drop.\n\n\
         “The numbers do not lie, and fewer people are being murdered,” Ortega said.\n\n\
         “My son has been gone for fourteen months,” said María de los Ángeles Tovar, 61.\n\n\
         Ortega rejected the criticism. “Our adversaries would prefer that things were \
         going badly,” he said.",
    );
    for (quote, who) in [
        ("The numbers do not lie", "Andrés Felipe Ortega Salinas"),
        ("My son has been gone", "María de los Ángeles Tovar"),
        ("Our adversaries would", "Andrés Felipe Ortega Salinas"),
    ] {
        assert_eq!(speaker_of(&got, quote).as_deref(), Some(who), "{got:?}");
    }
}

/// A middle word that is a given name is no surname: "Paul" after "Ada
/// Paul Whitcombe" is not she (and "Whitcombe" still is).
#[test]
fn a_middle_given_name_is_no_surname() {
    let got = speakers(
        "Vote delayed\n\n\
         Senator Ada Paul Whitcombe spoke first.\n\n\
         “We are not ready to vote on this bill,” Whitcombe said.\n\n\
         “Nobody asked us about the new clauses,” Paul said.",
    );
    assert_eq!(
        speaker_of(&got, "We are not ready").as_deref(),
        Some("Ada Paul Whitcombe"),
        "{got:?}"
    );
    assert_ne!(
        speaker_of(&got, "Nobody asked us").as_deref(),
        Some("Ada Paul Whitcombe"),
        "{got:?}"
    );
}

/// "The Chancellor was warned by X that ... “...”": the agent of a passive
/// speech verb spoke, not its subject.
#[test]
fn a_passive_speech_verbs_agent_is_the_speaker() {
    let got = speakers(
        "Pension revolt\n\n\
         The Chancellor was warned by Sir Peregrine Holloway-Ash on Tuesday that the plan \
         would “hammer the very savers we promised to protect.”",
    );
    assert_eq!(
        speaker_of(&got, "hammer the very").as_deref(),
        Some("Peregrine Holloway-Ash"),
        "{got:?}"
    );
}

/// "“...,” the pair said in a brief statement": two people, neither of
/// them alone.
#[test]
fn the_pair_is_neither_of_the_two() {
    let got = speakers(
        "Joint pledge\n\n\
         State Sen. Yolanda Pettiford-Ames and Robert Castellano appeared together on Monday.\n\n\
         “Whoever wins, we will all be behind the nominee,” the pair said in a brief statement.",
    );
    assert_eq!(
        speaker_of(&got, "Whoever wins").as_deref(),
        Some("pair"),
        "{got:?}"
    );
}

/// "“...,” she said. / “And what happened?” / “Nothing happened.”": past
/// the other side's question, too short to be reported, the answer is the
/// witness's.
#[test]
fn an_answer_after_a_short_question_is_the_witnesss() {
    let got = speakers(
        "Inquiry hears of chaos\n\n\
         Counsel to the inquiry, Ambrose Kittredge, asked her who she had sent the emails to.\n\n\
         “To the permanent secretary's office,” Priyanka Sandoval-Whyte said.\n\n\
         “And what happened?”\n\n\
         “Nothing happened at all. That's the point.”",
    );
    assert_eq!(
        speaker_of(&got, "Nothing happened").as_deref(),
        Some("Priyanka Sandoval-Whyte"),
        "{got:?}"
    );
}

/// "... would not be “bullied into a bad deal.” Her message to the unions:
/// “...”": a speech noun's owner leads into the quote, though the sentence
/// before ended inside the marks of a quote.
#[test]
fn her_message_after_a_quote_that_ended_a_sentence_is_hers() {
    let got = speakers(
        "Rail strike\n\n\
         Transport Secretary Rhiannon Ellsworth-Pugh said the government would not be \
         “bullied into a bad deal.” Her message to the unions: “Call off the strike and we \
         will talk tomorrow.”",
    );
    assert_eq!(
        speaker_of(&got, "Call off the strike").as_deref(),
        Some("Rhiannon Ellsworth-Pugh"),
        "{got:?}"
    );
}

/// "A Conservative MP has defected ..., accusing his former party of
/// having “...”" and, opening the next paragraph, "Sir Hugo X, who has
/// represented ...": the subject accused, and the next paragraph names him.
#[test]
fn accusing_after_a_clause_is_its_subjects() {
    for subject in ["A Conservative MP", "Sir Hugo Pemberton-Vane"] {
        let text = format!(
            "Defection\n\n\
             {subject} has defected to Reform UK, accusing his former party of having \
             “lost its nerve and its purpose.”\n\n\
             Sir Hugo Pemberton-Vane, who has represented Ashbury North since 2010, \
             announced the move at a rally."
        );
        let got = speakers(&text);
        assert_eq!(
            speaker_of(&got, "lost its nerve").as_deref(),
            Some("Hugo Pemberton-Vane"),
            "{subject}: {got:?}"
        );
    }
}

/// "the first-term Democrat" stands for the Democrat described so
/// ("Imogen X, a first-term Democrat from the Eastside"), not the last
/// Democrat named.
#[test]
fn a_described_partys_member_is_the_one_described_so() {
    let got = speakers(
        "Housing vote\n\n\
         State Rep. Imogen Castellanos-Wirth, a first-term Democrat from the Eastside, \
         voted against the bill.\n\n\
         House Speaker Montgomery Achebe-Hall, a Democrat, said he was disappointed.\n\n\
         The first-term Democrat said she expected consequences. “I will probably lose \
         my committee seat,” she said.",
    );
    assert_eq!(
        speaker_of(&got, "I will probably lose").as_deref(),
        Some("Imogen Castellanos-Wirth"),
        "{got:?}"
    );
}

/// "Mayor Gertrude X went further. She accused the bill's author, Sen.
/// Lucian Y, of “...”": "she" stands for someone named before it, not for
/// the man named between it and the quote (who speaks later on).
#[test]
fn a_subject_pronoun_is_not_the_name_after_it() {
    let got = speakers(
        "Mayors unite\n\n\
         “We run these buses,” said Mayor Felicity Ochoa-Brandt of Riverton.\n\n\
         Mayor Gertrude Adeyemi of Port Linden went further. She accused the bill's \
         author, state Sen. Lucian Whitcombe-Fry, of “trying to raid the farebox to \
         balance the state budget.”\n\n\
         Whitcombe-Fry rejected that in a phone interview. “Not one dollar of fare money \
         goes to the general fund,” he said.\n\n\
         The two other mayors signed a joint letter but did not speak. The letter called \
         the bill “an attack on local democracy.”",
    );
    assert_eq!(
        speaker_of(&got, "trying to raid").as_deref(),
        Some("Gertrude Adeyemi"),
        "{got:?}"
    );
    // The group's letter is not the senator's for his quote just before.
    assert_ne!(
        speaker_of(&got, "an attack on local").as_deref(),
        Some("Lucian Whitcombe-Fry"),
        "{got:?}"
    );
}
