//! Found from stories written for the 69th stop (a trial, a school board
//! race, a singer's video, a planning committee).

use super::tests::{assert_speakers, one, reported};

/// Asserts that the story `story` makes of each variant reports `clause`
/// alone, said by `speaker`.
fn reports_for_each(
    variants: &[&str],
    story: impl Fn(&str) -> String,
    clause: &str,
    speaker: &str,
) {
    for v in variants {
        assert_eq!(reported(&story(v)), one(clause, speaker), "{v}");
    }
}

/// A sentence opened by a phrase of circumstance ("Under
/// cross-examination,", "Despite the warnings,", "Amid the uproar,"), or
/// by a conjunction and such a phrase ("But in a radio interview on
/// Friday,"), still reports the clause after its subject's verb.
#[test]
fn an_opening_phrase_of_circumstance_before_the_subject() {
    reports_for_each(
        &[
            "Under cross-examination,",
            "Despite the warnings,",
            "Amid the uproar in the chamber,",
            "Throughout the hearing,",
            "But in a radio interview on Friday,",
            "And after the vote,",
        ],
        |opening| {
            format!(
                "Odette Fairweather faced the board again on Friday.\n\n\
                 {opening} Fairweather said the board's finances were the healthiest they \
                 had been in years."
            )
        },
        "the board's finances were the healthiest they had been in years",
        "Odette Fairweather",
    );
}

/// "said in a video posted online on Friday that ...": a document, and the
/// phrase that describes it, between the verb and "that" is no part of what
/// was said.
#[test]
fn a_document_described_between_the_verb_and_that() {
    reports_for_each(
        &[
            "in a video posted online",
            "in a video posted online on Friday",
            "in a statement posted on her website",
            "in a letter sent to fans on Friday",
        ],
        |between| {
            format!(
                "The singer cancelled the rest of her tour.\n\n\
                 Fenella Dusk said {between} that she had been told by doctors to rest her \
                 voice."
            )
        },
        "she had been told by doctors to rest her voice",
        "Fenella Dusk",
    );
}

/// "The club was told by the committee that ...": the one who told is
/// after "by", not the sentence's subject.
#[test]
fn a_passive_told_is_said_by_its_agent() {
    reports_for_each(
        &[
            "Councillor Ines Marwood",
            "the committee's chair, Ines Marwood,",
        ],
        |agent| {
            format!(
                "Plans for a new stadium were rejected on Monday.\n\n\
                 The club was told by {agent} that the design did not fit the character of \
                 the area."
            )
        },
        "the design did not fit the character of the area",
        "Ines Marwood",
    );
}

/// "it said" stands for the body that spoke or acted in the sentence
/// before: "In a statement, it said:" and "It said:" as well as "“...,” it
/// said", and after a sentence with no speech verb ("Calloway Foods cut
/// its forecast on Thursday.").
#[test]
fn it_said_is_the_body_before() {
    let story = "Port Aldridge voted to ban cruise ships on Tuesday.\n\n\
                 The cruise industry's trade body said it was disappointed. In a statement, \
                 it said: “Port Aldridge has been a valued destination for many years.”\n\n\
                 The company said it would appeal. It said: “We were never consulted by the \
                 council at any stage.”\n\n\
                 Calloway Foods cut its forecast on Thursday. “Shoppers are switching to \
                 cheaper brands faster than we expected,” it said.\n\n\
                 The firm was unhappy. “This decision will cost the town dearly,” it said.";
    assert_speakers(
        story,
        &[
            ("Port Aldridge has", "cruise industry's trade body"),
            ("We were never", "company"),
            ("Shoppers are", "Calloway Foods"),
            ("This decision", "firm"),
        ],
    );
}

/// "it" after a person, or before a passive, stands for nobody.
#[test]
fn it_is_nobody_after_a_person_or_before_a_passive() {
    let story = "Port Aldridge voted to ban cruise ships on Tuesday.\n\n\
                 Ola Dunn cut her forecast on Thursday. “Shoppers are switching to cheaper \
                 brands faster than we expected,” it said.\n\n\
                 In reading the Gazette, it was noted that the harbour had been closed to \
                 large ships for most of the summer.";
    let got = super::tests::speakers(story);
    assert_eq!(super::tests::speaker_of(&got, "Shoppers"), None, "{got:?}");
    assert_eq!(reported(story), [], "a passive \"it was noted\"");
}

/// "“...,” a statement from the family read.", "the force's statement
/// read": after a document (and who put it out), "read" is a speech verb;
/// elsewhere it is not ("The statement he read was short").
#[test]
fn a_document_read() {
    let story = "A man died in police custody last month.\n\n\
                 “We want the truth, nothing more and nothing less,” a statement from the \
                 family read.\n\n\
                 Police spoke to the press on Friday. “We will cooperate fully with the \
                 watchdog,” the force's statement read.";
    assert_speakers(
        story,
        &[
            ("We want the truth", "family"),
            ("We will cooperate", "force"),
        ],
    );
    let toks = super::tokens::tokenize("The statement he read was short and the family read it.");
    assert!(toks.iter().all(|t| !t.cue), "{toks:?}");
}

/// "The organisers' reply, posted on social media, was just as short:
/// “...”": whose reply (a plural's possessive mark), after an aside.
#[test]
fn a_reply_owned_by_a_plural_leads_in() {
    let story = "The mayor gave the protest camp until Friday to leave the square.\n\n\
                 The organisers' reply to the mayor, posted on social media, was just as short: “We are \
                 not going anywhere, not this week and not next.”";
    assert_speakers(story, &[("We are not going", "organisers")]);
}

/// "the Scot said", "the Norwegian said", "the Spaniard added": a word for
/// a country's people stands for the person named just before.
#[test]
fn a_word_for_a_countrys_people_is_the_person_named_before() {
    let story = "Golfer Ewan Dalgleish led by two shots after the second round.\n\n\
                 “The putter was hot today. I will take that,” the Scot said. His playing \
                 partner, Henrik Solvang, shot 74. “I could not buy a putt all day,” the \
                 Norwegian said.\n\n\
                 Tennis star Marisol Quintero has pulled out with a back injury. “I will be \
                 back for the grass season,” the Spaniard added.";
    assert_speakers(
        story,
        &[
            ("The putter", "Ewan Dalgleish"),
            ("I could not", "Henrik Solvang"),
            ("I will be back", "Marisol Quintero"),
        ],
    );
}

/// "“...,” Mayor X said, adding that CLAUSE.": after the quote, its tag's
/// speaker adds a clause of reported speech (a sentence that holds a quote
/// reported none).
#[test]
fn adding_that_after_a_quote_reports_the_clause() {
    let story = "The mayor has defended the new parking charges.\n\n\
                 “Nobody likes paying to park,” Mayor Edwin Caldicott said, adding that the \
                 charges would be reviewed in a year.";
    assert_eq!(
        reported(story),
        one("the charges would be reviewed in a year", "Edwin Caldicott")
    );
    // The tag before the quote, the comma outside it.
    let story = "The mayor has defended the new parking charges.\n\n\
                 Mayor Edwin Caldicott said: “Nobody likes paying to park, but it is fair”, \
                 adding that the charges would be reviewed in a year.";
    assert_eq!(
        reported(story),
        one("the charges would be reviewed in a year", "Edwin Caldicott")
    );
}
