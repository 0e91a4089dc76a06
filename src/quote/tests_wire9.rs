//! Found from political stories written for the 54th stop.

use super::tests::{speaker_of, speakers};

/// "Egyptian envoy Nour El-Din X said ... “...,” he said.": "Nour" is a
/// name men and women both bear, so "he" may be him.
#[test]
fn a_given_name_both_men_and_women_bear_allows_he() {
    let got = speakers(
        "Gulf talks\n\n\
         Jordan's foreign minister, Ayman Khatibi, said the parties had agreed.\n\n\
         “We are closer than we were last week,” Khatibi told reporters.\n\n\
         Egyptian envoy Nour El-Din Abdelrahman said Cairo had proposed a phased approach. \
         “Step by step is the only way that has ever worked in this region,” he said.",
    );
    assert_eq!(
        speaker_of(&got, "Step by step").as_deref(),
        Some("Nour El-Din Abdelrahman"),
        "{got:?}"
    );
}

/// "The secretary of state's office said it had ...": the office speaks,
/// not the person named before ("secretary of state" is the owner).
#[test]
fn an_office_of_a_title_with_of_is_the_office() {
    let q = super::detect(
        "Clerk charged\n\n\
         The winner, Beatrix Solberg-Ngata, said she had no knowledge of it.\n\n\
         The secretary of state's office said it had sent a team to the county in October.",
    );
    let office = q
        .iter()
        .find(|q| q.text.starts_with("it had sent"))
        .and_then(|q| q.speaker.as_deref().map(str::to_string));
    assert_eq!(
        office.as_deref(),
        Some("secretary of state's office"),
        "{q:?}"
    );
}

/// "The clerk said: “...”" and "a phone call in which the clerk said:
/// “...”", even after "According to the filing," opens the sentence: the
/// clerk, not the filing.
#[test]
fn the_clerk_in_a_relative_clause_speaks_over_according_to() {
    for lead in [
        "The clerk said:",
        "He recorded a phone call in which the clerk said:",
        "According to the filing, the deputy, identified only as Employee 1, recorded a \
         phone call in which the clerk said:",
    ] {
        let got = speakers(&format!(
            "Votes altered\n\n\
             The indictment accuses a former official of changing totals.\n\n\
             {lead} “Nobody checks the drives. Nobody has ever checked the drives.”"
        ));
        assert_eq!(
            speaker_of(&got, "Nobody checks").as_deref(),
            Some("clerk"),
            "{lead}: {got:?}"
        );
    }
}

/// "MEXICO CITY, Nov 28 (Reuters) - Mexican President X on Friday
/// defended ..., saying ... “...”": the comma after the place opens no
/// apposition; the president speaks.
#[test]
fn a_dateline_with_a_date_is_no_speaker() {
    let got = speakers(
        "Peso wobbles\n\n\
         MEXICO CITY, Nov 28 (Reuters) - Mexican President Ximena Salcedo Arriaga on \
         Friday defended her plan, saying investors had nothing to fear from “a more \
         democratic justice system.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Ximena Salcedo Arriaga"),
        "{got:?}"
    );
}

/// "One reporter asked about the trip. “The trip is still on,” she said.":
/// the press secretary who answers, not the reporter who asked. A reporter
/// who asks a quoted question is still its speaker.
#[test]
fn the_she_who_answers_is_not_the_reporter_who_asked() {
    let got = speakers(
        "Briefing\n\n\
         Press secretary Henrietta Calloway-Baines said the president would sign a clean \
         bill.\n\n\
         One reporter asked about the president's planned trip to the Midwest next week. \
         “The trip is still on,” she said. “Nothing has changed at all.”\n\n\
         “Will the president meet the governors there?” one reporter asked.",
    );
    assert_eq!(
        speaker_of(&got, "The trip is still on").as_deref(),
        Some("Henrietta Calloway-Baines"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "Will the president").as_deref(),
        Some("one reporter"),
        "{got:?}"
    );
}

/// "A former cabinet minister has warned that ... “...”" then "Speaking on
/// the Corridors podcast, Sir Barnaby X said ...": the person the next
/// paragraph names after a phrase that sets the scene.
#[test]
fn a_lede_person_named_next_after_an_opening_phrase() {
    for lead in [
        "Speaking on the Corridors podcast, Sir Barnaby Threlkeld said",
        "In a letter to the prime minister, Sir Barnaby Threlkeld wrote that",
    ] {
        let got = speakers(&format!(
            "Ex-minister warns party\n\n\
             A former cabinet minister has warned that the governing party is “sleepwalking \
             towards a defeat it will not recover from” unless it changes leader.\n\n\
             {lead} colleagues privately agreed with him."
        ));
        assert_eq!(
            speaker_of(&got, "sleepwalking").as_deref(),
            Some("Barnaby Threlkeld"),
            "{lead}: {got:?}"
        );
    }
}

/// "..., a move the Opposition called “...”", "in what critics called
/// “...”": the quote is the clause's subject's word, not the lede's
/// speaker's.
#[test]
fn what_a_relative_clause_subject_called_it() {
    for (clause, who) in [
        ("a move the Opposition called", "opposition"),
        ("a promise that critics called", "critics"),
        ("in what Rao called", "Rao"),
    ] {
        let got = speakers(&format!(
            "Polls\n\n\
             Chief Minister K. Venkataramana Reddy on Sunday promised to waive farm loans of \
             up to Rs 2 lakh, {clause} “a cheque that will bounce at the bank”."
        ));
        assert_eq!(got[0].1.as_deref(), Some(who), "{clause}: {got:?}");
    }
}

/// "Former Attorney General X, in a post on X: “...”": a label with where
/// the words were said.
#[test]
fn a_label_with_where_it_was_said() {
    let got = speakers(
        "What they said\n\n\
         Former Attorney General Roderick Eastwood-Ola, in a post on X: “The dissent is \
         right on the law. The majority is right on the politics.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Roderick Eastwood-Ola"),
        "{got:?}"
    );
}

/// "France's immigration minister resigned, saying she had been “...”"
/// then "In a letter ..., Sylvie X wrote:": a place's office named next.
/// A person's aide ("Walter Ford's lawyer") is not who the next paragraph
/// names.
#[test]
fn a_places_office_named_next_but_not_a_persons_aide() {
    let got = speakers(
        "Minister quits\n\n\
         PARIS — France's immigration minister resigned on Friday, saying she had been \
         “misled by my own officials” about the scale of a visa fraud.\n\n\
         In a letter to the prime minister released by her office, Sylvie Marchetti-Duval \
         wrote that she took full responsibility.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Sylvie Marchetti-Duval"),
        "{got:?}"
    );
    let got = speakers(
        "Trial opens\n\n\
         Walter Ford's lawyer said on Monday that his client was “completely innocent of \
         every charge.”\n\n\
         In court, Marcia Jennings said the evidence was weak.",
    );
    assert_ne!(got[0].1.as_deref(), Some("Marcia Jennings"), "{got:?}");
}

/// "It was nearly midnight when Rep. X walked out ..." then "“...,” the
/// Kansas lawmaker said. “...”": the person the lede shows acting, not
/// the next person named bare further down.
#[test]
fn a_lede_name_in_a_when_clause_is_the_described_speaker() {
    let got = speakers(
        "WASHINGTON — It was nearly midnight when Rep. Gideon Ashcroft-Pyle walked out of \
         the office and told reporters that there was a deal.\n\n\
         “We're there,” the Kansas lawmaker said. “It's not pretty, but we're there.”\n\n\
         The agreement keeps subsidies at current levels.\n\n\
         Augustus Fenwick-Lyle said nothing.",
    );
    assert_eq!(
        speaker_of(&got, "It's not pretty").as_deref(),
        Some("Gideon Ashcroft-Pyle"),
        "{got:?}"
    );
}

/// "Your critics say you are too close to the president.": an
/// interviewer's question reports no one's speech.
#[test]
fn a_question_put_to_you_is_no_reported_speech() {
    let q = super::detect(
        "The attorney general, Ximena Ugarte, spoke to us.\n\n\
         What will you change first?\n\n\
         Protection of judges.\n\n\
         Your critics say you are too close to the president.\n\n\
         The president appointed me.",
    );
    assert!(!q.iter().any(|q| q.text.contains("too close")), "{q:?}");
}
