//! Speakers as a reader meets them: a phrase of time between a speaker
//! and the verb ("X on Wednesday said"), a pronoun read with only what came
//! before it, a line of page furniture that is no sentence's opening, "the
//! former mayor" beside the mayor now, and a body or an office before
//! ", which" or ", who".

use super::tests::speakers;

/// "Ada Kell on Wednesday said", "The foreign ministry last week denied
/// ..., calling it “...”": the speaker stands before the phrase of time.
#[test]
fn a_phrase_of_time_between_speaker_and_verb() {
    let got = speakers(
        "Foreign Minister Ada Kell on Wednesday said the report was “fiction from start to finish”.\n\n\
         Rolf Amsel last week said: “We will not sign anything we have not read.”\n\n\
         The foreign ministry on Monday night denied a second report that envoys had met rebels, \
         calling it “a story with no source and no truth”.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Ada Kell"),
            Some("Rolf Amsel"),
            Some("foreign ministry")
        ],
        "{got:?}"
    );
}

/// The time phrase is skipped only after a speaker: "On Wednesday said"
/// has none, and "The report released on Monday said" names a document,
/// not a day.
#[test]
fn a_phrase_of_time_alone_is_no_speaker() {
    let got = speakers(
        "On Wednesday said the report was “fiction from start to finish”, a line that ran all day.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_ne!(got[0].1.as_deref(), Some("Wednesday"), "{got:?}");
}

/// "X demanded that Foreign Minister Y appear before parliament. “...,”
/// she said.": with neither given name known, "she" is X, the subject of
/// the sentence before, even though a later sentence opens with Y ("Y,
/// who is travelling, did not respond").
#[test]
fn a_pronoun_reads_only_what_came_before() {
    let got = speakers(
        "Opposition lawmaker Beatrix Nwankwo-Serra demanded that Foreign Minister Aurelio \
         Dantas appear before parliament.\n\n\
         “If the minister has nothing to hide, he can tell us so under oath,” she said.\n\n\
         Dantas, who is travelling in Asia, did not respond to a request for comment.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Beatrix Nwankwo-Serra"),
        "{got:?}"
    );
}

/// A name the pronoun may mean that was already seen acting keeps it: "X
/// met Y. Y said ... “...,” he said." stays Y.
#[test]
fn a_person_seen_acting_before_keeps_the_pronoun() {
    let got = speakers(
        "Aurelio Dantas met the envoy on Monday.\n\n\
         Beatrix Nwankwo-Serra demanded that Dantas appear before parliament, and Dantas \
         agreed.\n\n\
         Dantas said later: “I will come when I am back and not a day later.”\n\n\
         “I have nothing to hide from anyone in that chamber,” he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Aurelio Dantas"), "{got:?}");
}

/// "Back to Gallery" on a line of its own, then "HANOI, Vietnam (AP) —
/// U.S. Defense Secretary X ... He urged ...": "Back ... ," is no opening
/// phrase reaching into the next paragraph, so "Vietnam" is no subject and
/// "he" is X.
#[test]
fn an_opening_phrase_stays_in_its_paragraph() {
    let got = super::tests_political::indirect(
        "Back to Gallery\n\n\
         HANOI, Vietnam (AP) — U.S. Defense Secretary Marten Oakes on Wednesday accused \
         the neighbours of coercion. He urged Vietnam and others in the region to push back.\n\n\
         Oakes said the navy would stay. They fought in the Vietnam War, he said.",
    );
    let urged = got
        .iter()
        .find(|(t, _)| t.starts_with("Vietnam and others"))
        .expect("the urged clause");
    assert_eq!(urged.1.as_deref(), Some("Marten Oakes"), "{got:?}");
}

/// "Lindqvist-Oyo's party has a registration edge. But she is not
/// confident. “...,” she said.": the owner of the sentence's subject is
/// the "she", not the other woman quoted before.
#[test]
fn the_owner_of_a_subject_is_the_pronoun_after_it() {
    let got = speakers(
        "Margarethe Lindqvist-Oyo and Henrietta Castellanos have never met.\n\n\
         “We had a folding table and a laptop,” Castellanos said. “Now we have eleven offices.”\n\n\
         Lindqvist-Oyo's party has a registration edge of about 6,000 voters. But she is not \
         confident.\n\n\
         “Registration is not turnout,” she said.",
    );
    assert_eq!(
        got[2].1.as_deref(),
        Some("Margarethe Lindqvist-Oyo"),
        "{got:?}"
    );
}

/// Not when the thing owned is a person who acts for the owner: "X's
/// lawyer" is someone else, and "he" after "Henrietta Castellanos's lawyer
/// said" is not her.
#[test]
fn an_owners_agent_does_not_make_the_owner_the_subject() {
    let got = speakers(
        "Henrietta Castellanos was charged on Monday. Castellanos's lawyer, a former judge, \
         spoke to reporters outside the court.\n\n\
         “My client has done nothing wrong and will say so in court,” he said.",
    );
    assert_ne!(
        got[0].1.as_deref(),
        Some("Henrietta Castellanos"),
        "{got:?}"
    );
}

/// "former mayor Leopold X" and "Mayor Josephine Y": "the former mayor
/// said" is X, though Y, the mayor now, was named since.
#[test]
fn the_former_holder_of_an_office_is_not_the_holder_now() {
    let got = speakers(
        "Six years after his acquittal, former mayor Leopold Drummond-Ekwueme is running for \
         his old job.\n\n\
         The incumbent, Mayor Josephine Varga-Nkemelu, was asked about his bid. “The voters \
         know my record and I will run on it,” she said.\n\n\
         “The ethics finding is under appeal and I expect it to be overturned,” the former \
         mayor said.\n\n\
         “I have always stood by every word of my record,” the mayor said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Josephine Varga-Nkemelu"),
            Some("Leopold Drummond-Ekwueme"),
            Some("Josephine Varga-Nkemelu"),
        ],
        "{got:?}"
    );
}

/// "a walkout by the opposition, which called it “...”", "a speech by
/// the governor, who called it “...”", and "“...,” the opposition said":
/// the body or office before the comma speaks.
#[test]
fn a_body_or_office_before_which_or_who_speaks() {
    let got = speakers(
        "The Assembly passed the bill amid a walkout by the opposition, which called it \
         “a gift to real estate lobbies”.\n\n\
         The bill passed after a speech by the governor, who called it “a fair deal for \
         farmers at last”.\n\n\
         “We will take this bill to the courts,” the opposition said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("opposition"), Some("governor"), Some("opposition")],
        "{got:?}"
    );
}

/// "Leader of the Opposition X said", "Mayor of London X said": the
/// holder, without the office and the body or place it is "of".
#[test]
fn an_office_of_a_body_or_place_is_left_out_of_the_name() {
    let got = speakers(
        "The bill passed on Monday after a long debate in the chamber.\n\n\
         Leader of the Opposition Siddalingaiah Gowda said: “They brought this bill in the \
         night and passed it in the day.”\n\n\
         Mayor of London Sadiq Okafor said: “The city was never asked about any of it.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("Siddalingaiah Gowda"), Some("Sadiq Okafor")],
        "{got:?}"
    );
}

/// "The planner, who has asked not to be identified, said ... she was
/// “...”", "a volunteer said": a noun for a person by its ending speaks,
/// though no list names it; "The letter said" is no person.
#[test]
fn a_noun_for_a_person_by_its_ending_speaks() {
    let got = speakers(
        "The vote was held on Monday.\n\n\
         The planner, who has asked not to be identified, said through a union representative \
         that she was “relieved the commission took it seriously.”\n\n\
         “We are relieved the commission took it seriously,” a volunteer said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, vec![Some("planner"), Some("volunteer")], "{got:?}");
    assert!(!super::nouns::is_agent_noun("letter"));
    assert!(super::nouns::is_agent_noun("organizer"));
}

/// "Fighting continued overnight in the east, where officials reported
/// shelling": "continued" tags a quote ("“...,” she continued"), but
/// reports no speech of its own.
#[test]
fn continued_reports_no_speech() {
    let got = super::tests_political::indirect(
        "Talks resumed on Tuesday in Geneva.\n\n\
         Fighting continued overnight in the east, where local officials reported shelling \
         near two villages.",
    );
    assert!(got.is_empty(), "{got:?}");
}

/// "Finance Minister X was serious, he told her.", no man named before:
/// the "he" is the person the reported clause opens with.
#[test]
fn he_with_no_man_before_is_the_clauses_subject() {
    let got = super::tests_political::indirect(
        "On the line was the leader of the Greens, Solveig Marchetti, and she had one \
         question.\n\n\
         Finance Minister Bertrand Oyelowo-Kent was serious about the money, he told her.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Bertrand Oyelowo-Kent"),
        "{got:?}"
    );
}

/// "His Victorian counterpart, Ms Isobel X, backed him. “...,” she
/// said.": a counterpart is a person, so the name in the apposition is the
/// sentence's subject and the "she", not the woman quoted before.
#[test]
fn a_counterpart_named_in_an_apposition_is_the_pronoun_after_it() {
    let got = speakers(
        "“There will be no increase in the tax under this government,” Dr Anwen Castlemaine \
         told reporters.\n\n\
         The NSW Premier, Mr Lachlan Brightwell, said the states were struggling.\n\n\
         His Victorian counterpart, Ms Isobel Tran-Whitaker, backed him. “Every premier in \
         this country is saying the same thing,” she said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Isobel Tran-Whitaker"), "{got:?}");
}

/// "His wife, Adwoa, who campaigned for his release, stood beside him.
/// “...,” she said.": the family's surname makes her "Adwoa
/// Asante-Mensah", though no list of given names holds "Adwoa".
#[test]
fn a_relative_with_a_name_no_list_holds_takes_the_familys_surname() {
    let got = speakers(
        "Opposition leader Dr Kwabena Asante-Mensah walked free on Friday.\n\n\
         His wife, Adwoa, who campaigned for his release, stood beside him. “Eight months. \
         Every night I set a place for him at the table,” she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Adwoa Asante-Mensah"), "{got:?}");
}

/// "“A sensible outcome for passengers” was how chief executive X
/// described it": the name after "was how", not the speaker before.
#[test]
fn was_how_names_the_speaker_after_the_quote() {
    let got = speakers(
        "“That second part is what our members cared about most,” said union leader Declan \
         Fairweather.\n\n\
         “A sensible outcome for passengers, for staff and for taxpayers” was how Rail \
         Partnership chief executive Ingrid Solberg-Achebe described it in a statement.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Ingrid Solberg-Achebe"),
        "{got:?}"
    );
}
