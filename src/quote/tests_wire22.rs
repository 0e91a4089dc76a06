//! Found from stories written for the 67th stop (a list of reactions, a
//! Senate floor fight, a court filing, a Commons rebellion).

use super::tests::{assert_speakers, reported};

/// "Rep. Thaddeus X, the bill's sponsor: “...”": in a list of reactions,
/// the name before the colon speaks, not its description's noun or a
/// place named in it.
#[test]
fn a_name_described_before_a_colon_speaks() {
    assert_speakers(
        "Lawmakers reacted quickly to the governor's veto.\n\n\
         Rep. Thaddeus Wrenfield, the bill's sponsor: \"I am not done. Neither are the \
         families who asked for this.\"\n\n\
         Ilse Marwick, a Democrat from Harlan: \"The governor did the right thing this \
         time.\"",
        &[
            ("I am not done", "Thaddeus Wrenfield"),
            ("The governor did", "Ilse Marwick"),
        ],
    );
}

/// "The Nevada Democrat stunned colleagues": an epithet as a sentence's
/// subject is the senator named before, tagged or not, and no new person a
/// later "she" may stand for.
#[test]
fn an_epithet_as_a_subject_is_no_new_person() {
    for tag in ["", ", D-Nev.,"] {
        assert_speakers(
            &format!(
                "Sen. Margarethe Oyelowo-Banks{tag} spent most of her first term as a quiet \
                 vote for her party's leadership.\n\n\
                 The Nevada Democrat stunned colleagues on Tuesday by announcing she would \
                 oppose the nominee.\n\n\
                 \"I have read his writings, and I cannot square them with the job,\" she \
                 said on the Senate floor."
            ),
            &[("I have read his writings", "Margarethe Oyelowo-Banks")],
        );
    }
}

/// "Lawyers for the defendant, former state Sen. X, said ... that ...": the
/// name in commas is the defendant's, not the lawyers'.
#[test]
fn a_group_speaks_for_the_one_named_after_it() {
    let got = reported(
        "Lawyers for the defendant, former state Sen. Bartholomew Quist, said in a statement \
         that he would plead not guilty.",
    );
    assert_eq!(
        got.first().and_then(|(_, w)| w.as_deref()),
        Some("lawyers for the defendant"),
        "{got:?}"
    );
    assert_speakers(
        "Lawyers for the defendant, former state Sen. Bartholomew Quist, said: \"He has done \
         nothing wrong and looks forward to clearing his name.\"",
        &[("He has done nothing", "lawyers for the defendant")],
    );
}

/// A subject of twenty words and more, with two asides in commas, still
/// reports what follows "said".
#[test]
fn a_long_subject_with_two_asides_reports_its_clause() {
    let got = reported(
        "Labour MP for Hartfield North, Imogen Sayers, one of 31 backbenchers who have \
         signed a letter opposing the cut, said she would vote against the government.",
    );
    assert_eq!(
        got.first().map(|(t, w)| (t.as_str(), w.as_deref())),
        Some((
            "she would vote against the government",
            Some("Imogen Sayers")
        )),
        "{got:?}"
    );
}

/// "testified before the committee" says where, not what; "testified
/// that ..." reports.
#[test]
fn testified_reports_only_after_that() {
    let got = reported(
        "Tim Okonkwo-Reyes, a former council aide, testified side-by-side with his old \
         boss before the House committee on Tuesday about the contract.",
    );
    assert!(got.is_empty(), "{got:?}");
    let got = reported(
        "Okonkwo-Reyes testified that he had raised the contract with the city's lawyers \
         twice.",
    );
    assert_eq!(
        got.first().map(|(t, _)| t.as_str()),
        Some("he had raised the contract with the city's lawyers twice"),
        "{got:?}"
    );
}

/// "a figure that Rep. X, R-Eastvale, called “...”": the one who called
/// it so, past the party's tag and after "that".
#[test]
fn called_by_a_name_with_a_party_tag() {
    for lead in ["a figure that", "a figure", "which"] {
        assert_speakers(
            &format!(
                "The budget includes $1.2 billion for road repairs, {lead} Rep. Casimir \
                 Drummond-Vale, R-Eastvale, called \"the least we could do.\""
            ),
            &[("the least we could do", "Casimir Drummond-Vale")],
        );
    }
}

/// "Sens. Annika X and Raymond Y said": "Sens." is a title, not a
/// sentence's end.
#[test]
fn two_senators_title() {
    assert_speakers(
        "\"This is a historic day for working families,\" Sens. Annika Solberg and Raymond \
         Oduya said in a joint statement.",
        &[("This is a historic day", "Raymond Oduya")],
    );
}

/// "Now they've put out another statement.", then a paragraph that opens
/// with the quote: "it says" is the statement, whose author is who put it
/// out.
#[test]
fn it_says_after_another_statement_in_the_paragraph_before() {
    assert_speakers(
        "Harrowgate Records said on Friday it would not block the broadcast.\n\n\
         Now they've put out another statement - directly to the organisers of the \
         awards.\n\n\
         \"We have agreed to grant all licences for the performance to be streamed after \
         the show,\" it says.",
        &[("We have agreed", "Harrowgate Records")],
    );
}

/// "The Nevada Democrat stunned colleagues by opposing the nomination of
/// Gareth X", with no party tag given: the subject is the senator named
/// before, so "the first-term lawmaker" after it is she, not the nominee
/// named as an object.
#[test]
fn an_untagged_epithet_is_the_lawmaker_named_last() {
    assert_speakers(
        "Sen. Margarethe Oyelowo-Banks spent most of her first term as a quiet vote.\n\n\
         The Nevada Democrat stunned colleagues by announcing she would oppose the \
         nomination of Gareth Pembury.\n\n\
         \"I have read his writings, and I cannot square them with the job,\" the \
         first-term lawmaker said on the Senate floor.",
        &[("I have read his writings", "Margarethe Oyelowo-Banks")],
    );
}

/// "BRUSSELS, Dec 5 (Reuters) - Henrike X said ...": the dateline's comma
/// opens no adverb's phrase; the clause is reported, and by her.
#[test]
fn a_dated_dateline_before_reported_speech() {
    let got = reported(
        "EU warns on tariffs\n\n\
         BRUSSELS, Dec 5 (Reuters) - Henrike Vassbotn said the bloc would respond firmly \
         to any new tariffs.",
    );
    assert_eq!(
        got.first().map(|(t, w)| (t.as_str(), w.as_deref())),
        Some((
            "the bloc would respond firmly to any new tariffs",
            Some("Henrike Vassbotn")
        )),
        "{got:?}"
    );
}

/// A quote alone in the first paragraph, then "With those four words,
/// delivered to a packed hall on Saturday, state Sen. X ended ...": the
/// speaker after the phrase that says where the words were said.
#[test]
fn with_those_words_past_a_phrase_of_where() {
    assert_speakers(
        "Penhallow stays in the race\n\n\
         \"I'm not going anywhere, whatever they say.\"\n\n\
         With those words, delivered to a packed union hall in Eastvale on Saturday, state \
         Sen. Marisol Penhallow ended weeks of speculation.",
        &[("I'm not going anywhere", "Marisol Penhallow")],
    );
}

/// A tagless quote paragraph between a sentence about someone else and
/// "With those words, X ...": the back-reference names the speaker, over
/// the person the paragraph before was about ("That was also the view of
/// X" still agrees with that person: `tests_wire7`).
#[test]
fn with_those_words_outranks_the_paragraph_before() {
    assert_speakers(
        "Penhallow stays in the race\n\n\
         Henrike Vassbotn, the party's treasurer, said on Friday the campaign had money for \
         six more weeks.\n\n\
         \"I'm not going anywhere, whatever they tell you.\"\n\n\
         With those words, state Sen. Marisol Penhallow ended weeks of speculation.",
        &[("I'm not going anywhere", "Marisol Penhallow")],
    );
}

/// A live blog's entry "3:15 p.m.: Sen. Corliss X left a meeting ...":
/// the time and its colon open the sentence; its subject is the senator,
/// whom a later "he" goes back to (a given name that says no gender).
#[test]
fn a_live_blog_time_and_colon_before_the_subject() {
    assert_speakers(
        "Live updates\n\n\
         3:47 p.m.: The White House press secretary, Damaris Okonjo, says the president \
         has spoken with both leaders today.\n\n\
         3:15 p.m.: Sen. Corliss Vantongeren, R-Idaho, just left a meeting with the \
         minority leader. Asked if a deal was close, he said: \"Closer than it was this \
         morning. Not close enough.\"",
        &[("Closer than it was", "Corliss Vantongeren")],
    );
}
