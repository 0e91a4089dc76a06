//! Found from political stories written for the 53rd stop.

use super::tests::{speaker_of, speakers};

/// "Republican Sen. X of Oklahoma told CNN that Democrats were “...”": the
/// senator, not the state; the party's word before the title is no bar.
#[test]
fn a_party_word_before_a_title_and_a_state_after_the_name() {
    for lead in [
        "Republican Sen. Lachlan Moorcroft of Oklahoma told CNN that",
        "On Sunday, Democratic Rep. Lachlan Moorcroft of Ohio said",
    ] {
        let got = speakers(&format!(
            "Shutdown enters third week\n\n\
             {lead} Democrats were “holding federal workers hostage” to win concessions."
        ));
        assert_eq!(
            speaker_of(&got, "holding federal workers").as_deref(),
            Some("Lachlan Moorcroft"),
            "{lead}: {got:?}"
        );
    }
}

/// In a Q&A whose answers are not in quote marks, the "I" of an answer
/// that quotes its own words is the interviewee, named in the
/// introduction.
#[test]
fn the_i_of_a_q_and_a_answer_is_the_interviewee() {
    let got = speakers(
        "Q&A: The new attorney general\n\n\
         The country's new attorney general, Ximena Ugarte-Bolaños, took office last \
         month. She spoke with our correspondent. The interview has been edited.\n\n\
         What is the first thing you will change?\n\n\
         Protection. “No judge should have to choose between a fair verdict and their \
         children's safety.” I said that on my first day.\n\n\
         Your critics say you are too close to the president.\n\n\
         The president appointed me. But I told him on the day he offered me this job, \
         “If you ask me to protect anyone, I will resign.”",
    );
    for words in ["No judge should have", "If you ask me to protect"] {
        assert_eq!(
            speaker_of(&got, words).as_deref(),
            Some("Ximena Ugarte-Bolaños"),
            "{words}: {got:?}"
        );
    }
}

/// Outside a Q&A, "I" stays unnamed: a columnist's own words are no one's
/// in the article.
#[test]
fn the_i_of_a_column_stays_unnamed() {
    let got = speakers(
        "Notebook\n\n\
         The mayor, Ines Caldera-Voss, opened the new depot on Monday.\n\n\
         I asked a driver what he thought. “It is the first good news in years,” I \
         said to him later, quoting his own words back at him.",
    );
    assert_eq!(speaker_of(&got, "the first good news"), None, "{got:?}");
}

/// "Closing the debate, the prime minister, X, accused the opposition of
/// “...”": the named subject after an opening phrase, which is no aside.
#[test]
fn an_opening_phrase_then_a_described_and_named_subject() {
    for opener in [
        "Closing the debate",
        "Speaking in the debate",
        "Wrapping up a long debate in the chamber",
    ] {
        let got = speakers(&format!(
            "Motion defeated\n\n\
             {opener}, the prime minister, Constance Adeyemi-Ward, accused the opposition \
             of “wanting an election because they cannot win an argument”."
        ));
        assert_eq!(
            speaker_of(&got, "wanting an election").as_deref(),
            Some("Constance Adeyemi-Ward"),
            "{opener}: {got:?}"
        );
    }
}

/// A live blog's entry heading that repeats a quote of the entry ("PM:
/// 'We have a mandate ...'", "Lib Dem leader: '...'") is the words of
/// the one the entry quotes, not of the label or the last speaker.
#[test]
fn a_heading_that_repeats_a_quote_is_its_speaker() {
    let got = speakers(
        "Live: snap election motion\n\n\
         There were angry scenes as the Speaker, Dame Philippa Grealish, suspended the sitting.\n\n\
         “I will not have this House turned into a football terrace,” she told MPs.\n\n\
         PM: 'We have a mandate and we will use it'\n\n\
         Closing the debate, the prime minister, Constance Adeyemi-Ward, spoke for an hour.\n\n\
         “We have a mandate and we will use it,” she said. “The people did not send us here \
         to hold elections every eighteen months.”\n\n\
         Lib Dem leader: 'A plague on both their houses'\n\n\
         The leader of the Liberal Democrats, Rhodri Penhallow, said his party would abstain.\n\n\
         “Neither of them deserves our votes tonight,” he said. “A plague on both their houses.”",
    );
    let heading = |words: &str| {
        got.iter()
            .find(|(t, _)| t.contains(words) && !t.ends_with(',') && !t.ends_with('.'))
            .and_then(|(_, s)| s.clone())
    };
    assert_eq!(
        heading("We have a mandate").as_deref(),
        Some("Constance Adeyemi-Ward"),
        "{got:?}"
    );
    assert_eq!(
        heading("A plague on both").as_deref(),
        Some("Rhodri Penhallow"),
        "{got:?}"
    );
}

/// "Liberal Democrat councillor X called for ... / She said: “...”": the
/// councillor; a party's name is no person a pronoun may mean.
#[test]
fn a_party_name_before_a_description_is_no_person() {
    for party in ["Liberal Democrat", "Opposition Liberal Democrat", "Lib Dem"] {
        let got = speakers(&format!(
            "Councillor resigns\n\n\
             {party} councillor Ffion Haverstock called for a by-election.\n\n\
             She said: “If he thinks he can no longer sit as a councillor, he should go.”"
        ));
        assert_eq!(
            speaker_of(&got, "If he thinks he can").as_deref(),
            Some("Ffion Haverstock"),
            "{party}: {got:?}"
        );
    }
}

/// "The Greens' parliamentary leader, X, accused him of ...": a plural's
/// possessive mark inside the described subject.
#[test]
fn a_plurals_mark_inside_a_described_subject() {
    let got = speakers(
        "Coalition teeters\n\n\
         Finance Minister Konrad Albrecht-Weiß told the Bundestag he would not borrow more.\n\n\
         The Greens' parliamentary leader, Annelie Brandstätter, accused him of holding the \
         government hostage. “He is behaving as if he were the only adult in the room,” she said.\n\n\
         The Greens' parliamentary leader, Annelie Brandstätter, accused him of “acting as \
         if nobody else had been elected.”",
    );
    for words in ["He is behaving", "acting as if"] {
        assert_eq!(
            speaker_of(&got, words).as_deref(),
            Some("Annelie Brandstätter"),
            "{words}: {got:?}"
        );
    }
}

/// "France's immigration minister resigned, saying ...": the office, with
/// the words that describe it, not the country.
#[test]
fn a_countrys_office_described_in_small_letters() {
    for (sentence, words) in [
        (
            "France's immigration minister resigned on Friday, saying she had been \
             “misled by my own officials” about the scheme.",
            "misled by my own",
        ),
        (
            "France's immigration minister accused the consulates of “letting fraud run \
             for years without a single check.”",
            "letting fraud run",
        ),
    ] {
        let got = speakers(&format!("Minister quits\n\n{sentence}"));
        assert_eq!(
            speaker_of(&got, words).as_deref(),
            Some("France's immigration minister"),
            "{got:?}"
        );
    }
}

/// A surname or a city that ends in "-ing" opens no participle's phrase:
/// "Manning said, after the vote, that ..." is Manning's.
#[test]
fn a_name_ending_in_ing_is_no_opening_participle() {
    for (text, words, who) in [
        (
            "Vote delayed\n\nSen. Adelaide Manning spoke first.\n\n\
             Manning accused the chair, after the vote, of “running the committee like a \
             private club.”",
            "running the committee",
            "Adelaide Manning",
        ),
        (
            "Trade talks\n\nBeijing dismissed the report, calling it “a fabrication from \
             start to finish.”",
            "a fabrication from",
            "Beijing",
        ),
    ] {
        let got = speakers(text);
        assert_eq!(speaker_of(&got, words).as_deref(), Some(who), "{got:?}");
    }
}
