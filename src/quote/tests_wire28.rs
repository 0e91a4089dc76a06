//! Found from political stories written for the 73rd stop (ages before a
//! party's name, short reported clauses, tags and asides that close a
//! reported clause, unnamed people who open the sentence before a quote).

use super::tests::{assert_speakers, one, reported};

/// "the 67-year-old Democrat told reporters": an age before the party's
/// name is part of the description, which stands for the senator named
/// before, not for someone called "Democrat".
#[test]
fn an_age_before_a_party_describes_the_member_named_before() {
    assert_speakers(
        "Her rival in the chamber, Senator Tobias Wrenfield, disagreed. “This bill spends \
         money we do not have,” the 67-year-old Democrat told reporters.",
        &[("This bill", "Tobias Wrenfield")],
    );
    // With party and state tags, the one whose tags fit.
    assert_speakers(
        "Sen. Maribel Okonjo, D-Ohio, has pressed her colleagues for weeks. Sen. Tobias \
         Wrenfield, D-Texas, disagrees. Sen. Hollis Prudhomme, R-Ohio, also spoke. “This bill \
         spends money we do not have,” the 67-year-old Ohio Democrat told reporters.",
        &[("This bill", "Maribel Okonjo")],
    );
}

/// "the Vermont independent said": a party's member in small letters is
/// a role like "the Ohio Republican".
#[test]
fn an_independent_in_small_letters_is_the_member_named_before() {
    assert_speakers(
        "Senator Tobias Wrenfield voted against the bill. “This bill spends money we do not \
         have,” the Vermont independent said.",
        &[("This bill", "Tobias Wrenfield")],
    );
}

/// "The offer is final, a government spokesman said.": four words are
/// enough for a reported clause; a phrase of time before the comma ("Later
/// that same day, the mayor said.") is none.
#[test]
fn a_four_word_clause_before_its_tag() {
    assert_eq!(
        reported("The offer is final, a government spokesman said on Tuesday."),
        one("The offer is final", "government spokesman")
    );
    for story in [
        "Later that same day, the mayor said.",
        "In a statement on Tuesday, the ministry said.",
        "After the votes were counted, the mayor said.",
    ] {
        assert_eq!(reported(story), vec![], "{story}");
    }
    // A clause with a comma of its own still reports.
    assert_eq!(
        reported("In Ohio, turnout fell by a third, officials said."),
        one("In Ohio, turnout fell by a third", "officials")
    );
}

/// "Managers have warned that winter will be worse, two people familiar
/// with the talks said.": the tag that closes the sentence is no part of
/// the clause; nor is an aside on it ("..., a figure the union disputes").
#[test]
fn a_reported_clause_ends_before_a_closing_tag_or_aside() {
    assert_eq!(
        reported(
            "Hospital managers have privately warned that winter will be worse, two people \
             familiar with the discussions said."
        ),
        one("winter will be worse", "hospital managers")
    );
    let clauses: Vec<String> = reported(
        "The minister claimed the government had hired 4,000 more nurses since taking office, \
         a figure the union disputes.",
    )
    .into_iter()
    .map(|(clause, _)| clause)
    .collect();
    assert_eq!(
        clauses,
        ["the government had hired 4,000 more nurses since taking office"]
    );
}

/// "The Greens' deputy leader put it more bluntly. “...,” he said.": the
/// unnamed person who opens the sentence before is "he", not the man
/// named two paragraphs up.
#[test]
fn he_after_an_unnamed_subject_is_that_person() {
    let story = |subject: &str| {
        format!(
            "“We offered them everything but the keys to the treasury,” Vasco Imbertson, the \
             Liberal negotiator, said in a statement.\n\n{subject} put it more bluntly. “They \
             have wasted six weeks of everyone's time,” he said."
        )
    };
    for (subject, who) in [
        ("The Greens' deputy leader", "the Greens' deputy leader"),
        ("The party's deputy leader", "the party's deputy leader"),
        ("A Green councillor", "Green councillor"),
    ] {
        assert_speakers(&story(subject), &[("They have", who)]);
    }
    // A name in the sentence, or a noun of the other gender, leaves the
    // pronoun to the named.
    assert_speakers(
        &story("The Greens' deputy leader, Oskar Fenwright,"),
        &[("They have", "Oskar Fenwright")],
    );
    assert_speakers(
        &story("The spokeswoman"),
        &[("They have", "Vasco Imbertson")],
    );
}

/// "The 44-year-old mother of three ... said": with no one given that
/// age, an age and a noun that says the gender describe the woman named
/// before, and her later "she" is that woman too.
#[test]
fn an_age_and_a_gendered_noun_describe_the_person_named_before() {
    let story = "The member for Wattle Creek, Bronwyn Tallis-Hardy, struck a deal with the \
                 government.\n\nClimate Change Minister Rohan Pillai-Jensen welcomed it. “There \
                 is nothing grubby about investing in the regions,” Mr Pillai-Jensen said.\n\n\
                 The 44-year-old mother of three, who won the seat in 2022, said she had been \
                 lobbied by both sides for weeks.\n\n“My phone has not stopped ringing,” she \
                 said.";
    assert_speakers(story, &[("My phone", "Bronwyn Tallis-Hardy")]);
    assert_eq!(
        reported(story),
        one(
            "she had been lobbied by both sides for weeks",
            "Bronwyn Tallis-Hardy"
        )
    );
}

/// "The White House defended the plan as farm-state senators warned that
/// CLAUSE.", "The vote came after officials said that CLAUSE.": the
/// subject of the clause of time or cause speaks, not the words from the
/// sentence's start.
#[test]
fn the_speaker_of_a_clause_of_time_or_cause() {
    assert_eq!(
        reported(
            "The White House on Monday defended its new tariff plan as farm-state senators \
             warned that it would invite retaliation against American exports."
        ),
        one(
            "it would invite retaliation against American exports",
            "farm-state senators"
        )
    );
    assert_eq!(
        reported(
            "The vote came after officials said that the plan would cost twice as much as \
             first thought."
        ),
        one(
            "the plan would cost twice as much as first thought",
            "officials"
        )
    );
    // "it" names no one here.
    assert_eq!(
        reported(
            "Shares in the shipping group fell 14 per cent on Monday after it warned that \
             profits would halve this year."
        ),
        vec![]
    );
}

/// "Business groups have long argued that ...", "The minister has since
/// said ...": an adverb in small letters between the auxiliary and the
/// verb; "Long" in capitals stays a surname.
#[test]
fn long_always_and_since_before_the_verb() {
    assert_eq!(
        reported("Business groups have long argued that high rates are choking investment."),
        one("high rates are choking investment", "Business groups")
    );
    assert_eq!(
        reported("Senator Odile Varga has always said that the tax would fall on renters."),
        one("the tax would fall on renters", "Odile Varga")
    );
    assert_eq!(
        reported("Senator Odile Varga has since said the figures were wrong from the start."),
        one("the figures were wrong from the start", "Odile Varga")
    );
    assert_speakers(
        "“We will not be rushed into anything by anyone,” Jo Long said.",
        &[("We will", "Jo Long")],
    );
}

/// "“...,” the Liberal party's chairman said": an office of a body the
/// phrase names, when no one named before is said to hold it, is no guess
/// at the person named last.
#[test]
fn an_owned_office_is_no_guess_at_the_last_named() {
    let got = super::tests::speakers(
        "“Is this how grown-ups run a country?” asked Petra Lindqvist-Hale, who leads the \
         Greens.\n\n“Talks could resume as soon as next week,” the Liberal party's chairman \
         said on Friday.",
    );
    assert_eq!(
        super::tests::speaker_of(&got, "Talks could").as_deref(),
        Some("Liberal party's chairman"),
        "{got:?}"
    );
    // Named with the office before, the holder is still found.
    assert_speakers(
        "The Liberal party's chairman, Anselm Drury, met the Greens on Thursday.\n\n“Talks \
         could resume as soon as next week,” the Liberal party's chairman said on Friday.",
        &[("Talks could", "Anselm Drury")],
    );
}

/// "A spokesperson for X said ... Her office said ...": the office is
/// X's, not the spokesperson's.
#[test]
fn her_office_after_a_spokesperson_for_her() {
    assert_eq!(
        reported(
            "Senator Lavinia Stroud-Okeke is facing an ethics inquiry.\n\n“The senator has \
             followed every rule,” a spokesperson for Stroud-Okeke said in a statement.\n\nHer \
             office said the trades were made by a financial adviser without her knowledge."
        ),
        one(
            "the trades were made by a financial adviser without her knowledge",
            "Lavinia Stroud-Okeke's office"
        )
    );
}

/// "A former aide to the governor told a Senate committee that ..." then,
/// opening the next paragraph, "Under questioning from Sen. X, Delphine
/// Y said ...": the aide the first paragraph describes is the person the
/// next one names speaking ("to the governor" is not the aide's head).
#[test]
fn a_former_aide_named_in_the_next_paragraph() {
    let story = "A former aide to the governor told a Senate committee on Tuesday that she had \
                 warned her superiors about the contract months before it became public.\n\n\
                 Under questioning from Sen. Rufus Abernathy-Kane, Delphine Achterberg said she \
                 raised her concerns in writing. “I put it in an email so nobody could say they \
                 had not been told,” Achterberg testified.";
    let got = reported(story);
    assert_eq!(
        got.first().and_then(|(_, who)| who.as_deref()),
        Some("Delphine Achterberg"),
        "{got:?}"
    );
}

/// "X said violence was “never acceptable,” adding that the right to
/// protest was sacred.": the first clause ends before the participle (its
/// comma inside the closing mark), and the participle's clause is the
/// same speaker's second report.
#[test]
fn a_participle_after_a_reported_clause_reports_its_own() {
    let mut got = reported(
        "Interior Minister Geneviève Aubertin-Saleh said violence was “never acceptable,” \
         adding that the right to protest was sacred.",
    );
    got.sort();
    assert_eq!(
        got,
        vec![
            (
                "the right to protest was sacred".to_string(),
                Some("Geneviève Aubertin-Saleh".to_string())
            ),
            (
                "violence was “never acceptable,”".to_string(),
                Some("Geneviève Aubertin-Saleh".to_string())
            ),
        ]
    );
    let mut got =
        reported("The union said the offer was an insult, saying its members would not accept it.");
    got.sort();
    assert_eq!(
        got,
        vec![
            (
                "its members would not accept it".to_string(),
                Some("union".to_string())
            ),
            (
                "the offer was an insult".to_string(),
                Some("union".to_string())
            ),
        ]
    );
}
