//! Found from stories written for the 64th stop (a court's charge, a
//! lawyer and a client).

use super::tests::{assert_speakers, speaker_of, speakers};
use super::tests_political::indirect;

/// "Marguerite X, 29, was charged ... Her lawyer, Tobias Y, said ... “...,”
/// the 29-year-old said.": the person given that age, not the person named
/// last; in each way an age is given, before the quote or after the verb.
#[test]
fn the_person_of_an_age_is_the_one_given_that_age() {
    let ledes = [
        "Marguerite Oyelaran, 29, was charged on Monday with obstruction.",
        "29-year-old Marguerite Oyelaran was charged on Monday with obstruction.",
        "A 29-year-old teacher, Marguerite Oyelaran, was charged on Monday.",
        "Marguerite Oyelaran (29) was charged on Monday with obstruction.",
        "Marguerite Oyelaran, aged 29, was charged on Monday with obstruction.",
    ];
    for lede in ledes {
        let story = format!(
            "{lede} Her lawyer, Tobias Renfrew, 52, said she would plead not guilty.\n\n\
             \"I have done nothing wrong and I will prove it,\" the 29-year-old said.\n\n\
             \"This prosecution is about silencing a critic,\" said the 52-year-old, who \
             has represented her before.\n\n\
             \"I will be in court every day of it,\" said the 29-year-old."
        );
        assert_speakers(
            &story,
            &[
                ("I have done nothing wrong", "Marguerite Oyelaran"),
                ("This prosecution is about", "Tobias Renfrew"),
                ("I will be in court", "Marguerite Oyelaran"),
            ],
        );
    }
    // Reported speech too.
    let got = indirect(
        "Marguerite Oyelaran, 29, was charged on Monday. Her lawyer, Tobias Renfrew, said \
         she would plead not guilty.\n\n\
         The 29-year-old mother of two said the charges had been invented by her rivals.",
    );
    assert_eq!(
        got.last().and_then(|(_, w)| w.as_deref()),
        Some("Marguerite Oyelaran"),
        "{got:?}"
    );
    // No one of that age: the age is not someone else's ("129", "9").
    let got = speakers(
        "Marguerite Oyelaran, 129, was not charged. Ambrose Kettleworth, 9, was not \
         either. Her lawyer, Tobias Renfrew, said so.\n\n\
         \"I have done nothing wrong and I will prove it,\" said the 29-year-old.",
    );
    let who = speaker_of(&got, "I have done nothing");
    assert!(
        !matches!(
            who.as_deref(),
            Some("Marguerite Oyelaran" | "Ambrose Kettleworth")
        ),
        "{got:?}"
    );
}

/// "Mayor Ingrid X spoke first. ... “...,” the governor said.": no one is
/// named governor, and the mayor is not the governor; nor is a
/// representative the senator, though the foreign secretary may be "the
/// minister".
#[test]
fn a_person_titled_for_another_office_is_not_the_office_named() {
    let got = speakers(
        "Mayor Ingrid Solvang spoke first. \"We have the money and we have the plan,\" \
         she said.\n\n\
         \"I will not sign a bill that raises taxes on working families,\" the governor said.",
    );
    assert_ne!(
        speaker_of(&got, "I will not sign").as_deref(),
        Some("Ingrid Solvang"),
        "{got:?}"
    );
    // A title the office is also known by.
    let story = |title: &str, noun: &str| {
        format!(
            "{title} Harriet Pemberton-Oduya arrived in the capital on Monday for talks.\n\n\
             The talks were expected to last two days.\n\n\
             \"We have come here in good faith and expect the same,\" the {noun} said."
        )
    };
    assert_speakers(
        &story("Foreign Secretary", "minister"),
        &[("We have come here", "Harriet Pemberton-Oduya")],
    );
    assert_speakers(
        &story("Rep.", "speaker"),
        &[("We have come here", "Harriet Pemberton-Oduya")],
    );
    let got = speakers(&story("Rep.", "senator"));
    assert_ne!(
        speaker_of(&got, "We have come here").as_deref(),
        Some("Harriet Pemberton-Oduya"),
        "{got:?}"
    );
}

/// "The proposal was described by Treasurer Octavia X as “...”": the agent
/// of a passive verb of calling is the speaker, not the sentence's subject
/// ("He was described by his own party chairman as “...”" is not his), and
/// not no one.
#[test]
fn the_agent_of_a_passive_verb_of_calling_speaks() {
    let lede = "Gov. Percival Ainsworth unveiled the plan on Monday.\n\n";
    assert_speakers(
        &format!(
            "{lede}The proposal was described by Treasurer Octavia Mbeki-Strand as \"the most \
             reckless budget document I have seen in twenty years.\""
        ),
        &[("the most reckless", "Octavia Mbeki-Strand")],
    );
    assert_speakers(
        &format!(
            "{lede}The bill, branded by its critics as \"a giveaway to the largest landlords \
             in the state,\" passed on Tuesday."
        ),
        &[("a giveaway to the largest", "its critics")],
    );
    assert_speakers(
        &format!(
            "{lede}The move was hailed by union leaders as \"a historic victory for every \
             worker in this industry.\""
        ),
        &[("a historic victory", "union leaders")],
    );
    let got = speakers(&format!(
        "{lede}He was described by his own party chairman as \"a man who has lost the \
         confidence of his colleagues.\""
    ));
    assert_ne!(
        speaker_of(&got, "a man who has lost").as_deref(),
        Some("Percival Ainsworth"),
        "{got:?}"
    );
}

/// "“...?” she shot back.": a question (or a cry) runs on into a tag of a
/// pronoun in small letters and a verb with its particle, as a quote
/// ending in a comma does; before, the man who spoke last got her words.
#[test]
fn a_question_runs_on_into_a_pronoun_and_a_verb_with_its_particle() {
    let story = |tag: &str| {
        format!(
            "Opposition leader Marisol Quintero-Baptiste and Finance Minister Tobias Eklund \
             clashed in parliament on Wednesday.\n\n\
             \"The numbers are on the table for anyone who cares to read them,\" Eklund told \
             the chamber.\n\n\
             \"Then why did the auditor have to drag them out of you?\" {tag}."
        )
    };
    for tag in ["she shot back", "she fired back", "she laughed"] {
        assert_speakers(
            &story(tag),
            &[
                ("The numbers are on", "Tobias Eklund"),
                ("Then why did the auditor", "Marisol Quintero-Baptiste"),
            ],
        );
    }
}

/// "WELLINGTON (AP) — New Zealand's prime minister said ...", then "Prime
/// Minister Harriet X told reporters": a country's office in the lede is
/// the person named with its title just after, as "the prime minister"
/// is; before, it stayed a phrase.
#[test]
fn a_countrys_office_in_the_lede_is_the_person_then_named_with_its_title() {
    let got = super::tests_political::indirect(
        "WELLINGTON, New Zealand (AP) — New Zealand's prime minister said Tuesday her \
         government would introduce legislation to ban foreign donations to parties.\n\n\
         \"Our democracy is not for sale,\" Prime Minister Harriet Tane-Whitmore told \
         reporters in the capital.",
    );
    assert_eq!(
        got.first().and_then(|(_, w)| w.as_deref()),
        Some("Harriet Tane-Whitmore"),
        "{got:?}"
    );
    assert_speakers(
        "LONDON (AP) — \"We will not be pushed around by anyone,\" Britain's foreign \
         secretary said on Tuesday, as talks with the bloc stalled.\n\n\
         Foreign Secretary Harriet Tane-Whitmore spoke after a meeting in Brussels.",
        &[("We will not be pushed", "Harriet Tane-Whitmore")],
    );
}

/// "Prime Minister Harriet X" opening a paragraph, then "the prime minister
/// said": the words before her name run on past the paragraph's break
/// ("published.\n\nprime minister"), and a title that opens a paragraph is
/// hers all the same; before, the break hid the rank and no one was found.
#[test]
fn a_title_that_opens_a_paragraph_is_the_persons() {
    assert_speakers(
        "Opposition leader Marisol Quintero-Baptiste clashed with the government on \
         Wednesday over the budget.\n\n\
         Prime Minister Harriet Tane-Whitmore arrived late to the session.\n\n\
         Deputy leader Tobias Eklund spoke first, and the chamber was rowdy.\n\n\
         \"Our democracy is not for sale to anyone at any price,\" the prime minister said.",
        &[("Our democracy is not", "Harriet Tane-Whitmore")],
    );
}

/// "Mayor X" named last: "the governor" is not guessed to be whoever was
/// named before her either.
#[test]
fn a_person_titled_for_another_office_stops_the_guess() {
    let got = speakers(
        "Marguerite Oyelaran, a teacher, organised the rally.\n\n\
         Mayor Ingrid Solvang spoke first. \"We have the money and we have the plan,\" \
         she said.\n\n\
         \"I will not sign a bill that raises taxes on working families,\" the governor said.",
    );
    let who = speaker_of(&got, "I will not sign");
    assert!(
        !matches!(
            who.as_deref(),
            Some("Ingrid Solvang" | "Marguerite Oyelaran")
        ),
        "{got:?}"
    );
}

/// "Chief Justice Corwin X wrote in dissent. The chief justice added that
/// the ruling “...”": the phrase that opens the sentence is not an unnamed
/// speaker met before it, standing between it and the justice named.
#[test]
fn an_office_opening_its_sentence_is_the_person_named_before() {
    for subject in ["The chief justice", "The justice"] {
        assert_speakers(
            &format!(
                "\"Courts are not cartographers, and today the majority forgets that,\" Chief \
                 Justice Corwin Baskerville wrote in dissent. {subject} added that the ruling \
                 \"invites a flood of litigation over every line on every map.\""
            ),
            &[("invites a flood", "Corwin Baskerville")],
        );
    }
}

/// "The letter, signed by 40 economists, said: “...”": whoever the
/// participle's phrase after the document's noun says made it; before, no
/// one.
#[test]
fn a_document_speaks_for_whoever_signed_it() {
    let story = |made: &str| {
        format!(
            "Mayor Ingrid Solvang defended the plan on Monday.\n\n\
             The letter, {made}, said: \"The proposal would raise prices for consumers and \
             do little to protect jobs.\""
        )
    };
    assert_speakers(
        &story("signed by 40 economists"),
        &[("The proposal would raise", "40 economists")],
    );
    assert_speakers(
        &story("sent by Sen. Amelia Fairbrother"),
        &[("The proposal would raise", "Amelia Fairbrother")],
    );
}
