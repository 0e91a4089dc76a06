use super::*;

/// The direct quotes of `text` with their speakers.
pub(super) fn speakers(text: &str) -> Vec<(String, Option<String>)> {
    detect(text)
        .into_iter()
        .filter(|q| q.kind == Kind::Direct)
        .map(|q| (q.text, q.speaker.map(|s| s.to_string())))
        .collect()
}

/// The speaker of the quote that starts with `start`.
pub(super) fn speaker_of(got: &[(String, Option<String>)], start: &str) -> Option<String> {
    got.iter()
        .find(|(t, _)| t.starts_with(start))
        .and_then(|(_, w)| w.clone())
}

/// The reported clauses of `story`, each with its speaker.
pub(super) fn reported(story: &str) -> Vec<(String, Option<String>)> {
    super::detect(story)
        .into_iter()
        .filter(|q| q.kind == super::Kind::Indirect)
        .map(|q| (q.text, q.speaker.map(|s| s.to_string())))
        .collect()
}

/// One reported clause, said by `speaker`, as [`reported`] lists it.
pub(super) fn one(clause: &str, speaker: &str) -> Vec<(String, Option<String>)> {
    vec![(clause.to_string(), Some(speaker.to_string()))]
}

/// Asserts who said each quote of `story`, by the words it starts with.
pub(super) fn assert_speakers(story: &str, want: &[(&str, &str)]) {
    let got = speakers(story);
    for (start, who) in want {
        assert_eq!(
            speaker_of(&got, start).as_deref(),
            Some(*who),
            "{start}: {got:?}"
        );
    }
}

#[test]
fn said_after_and_before_the_quote() {
    let got = speakers(
        "“We heard every one of you tonight,” said Mayor Ines Calloway. Later, Calloway said: “The ferry stays for the whole year.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ines Calloway"));
    assert_eq!(got[1].1.as_deref(), Some("Ines Calloway"));
    assert_eq!(got[0].0, "We heard every one of you tonight,");
}

#[test]
fn pronoun_goes_to_the_last_named_speaker() {
    let got = speakers(
        "Councillor Bram Oduya voted against the plan on Tuesday.\n\n“This is a patch on the hull and nothing more,” he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Bram Oduya"));
}

#[test]
fn multi_paragraph_quote_is_one_quote() {
    let q = detect(
        "“We looked at the bus routes and the budget,” said Rosa Lind. “We looked at three years of figures.\n\n“Fridays were already half empty for most of the schools.”",
    );
    let direct: Vec<&Quote> = q.iter().filter(|q| q.kind == Kind::Direct).collect();
    assert_eq!(direct.len(), 2);
    assert!(direct[1].text.contains("three years") && direct[1].text.contains("half empty"));
    assert_eq!(direct[1].speaker.as_deref(), Some("Rosa Lind"));
    assert_eq!(direct[1].paragraph, 0);
}

#[test]
fn offsets_point_at_the_quoted_words() {
    let text = "Intro.\n\n“A quote of several words here,” she said.";
    let q = &detect(text)[0];
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
    assert_eq!(q.paragraph, 1);
    assert_eq!(q.cue.as_deref(), Some("said"));
    assert_eq!(q.speaker_mention.as_deref(), Some("she"));
}

#[test]
fn indirect_speech_is_found_with_lower_confidence() {
    let q = detect(
        "Union organiser Femi Adeyemi said the news had been expected but still came as a blow.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, Kind::Indirect);
    assert_eq!(q[0].speaker.as_deref(), Some("Femi Adeyemi"));
    assert_eq!(
        q[0].text,
        "the news had been expected but still came as a blow"
    );
    assert!(q[0].confidence < 0.6);
}

#[test]
fn titles_and_scare_quotes_are_not_quotes() {
    assert!(speakers("The choir sang “The Ballad Of The Drowned Town” at the fair.").is_empty());
    assert!(speakers("Officials called it “ambitious” and “a start”.").is_empty());
}

#[test]
fn speaker_index_counts_quotes_and_articles() {
    let a =
        detect("“One two three four five,” said Ada Lint. “Six seven eight nine ten,” Lint said.");
    let b = detect("“Eleven twelve thirteen fourteen,” said Ada Lint.");
    let idx = speaker_index([a.as_slice(), b.as_slice()]);
    assert_eq!(idx, vec![("Ada Lint".to_string(), 3, 2)]);
}

#[test]
fn never_panics_on_odd_text() {
    for t in [
        "“",
        "\"",
        "”“",
        "“ ” “",
        "said",
        "“said,” said said.",
        "a\n\n“\n\n”",
        "„Guten Tag, sagte er heute“ and more",
    ] {
        let _ = detect(t);
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn spans_are_inside_the_text_and_ordered(s in "[a-zA-Z “”\",.:\n]{0,300}") {
            let chars: Vec<char> = s.chars().collect();
            let qs = detect(&s);
            for q in &qs {
                prop_assert!(q.start <= q.end && q.end <= chars.len());
            }
            prop_assert!(qs.windows(2).all(|w| w[0].start <= w[1].start));
        }
    }
}

#[test]
fn object_verbs_report_speech_only_with_that() {
    let q = detect("The ferry company posted a loss of two million pounds in the third quarter.");
    assert!(q.is_empty(), "{q:?}");
    let q = detect(
        "The ferry company reiterated that the winter timetable would not change this year.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].kind, Kind::Indirect);
}

#[test]
fn full_names_lose_titles_roles_and_possessives() {
    let t: Vec<char> = "White House Press Secretary Stephanie Vale spoke. Secretary of Defense Mark Orrin agreed. Warren Bluff's letter came. Festival Director Imelda Rourke left."
        .chars()
        .collect();
    let full: Vec<String> = names::NameBook::scan(&t)
        .full
        .into_iter()
        .map(|(_, n)| n)
        .collect();
    assert_eq!(
        full,
        [
            "Stephanie Vale",
            "Mark Orrin",
            "Warren Bluff",
            "Imelda Rourke"
        ]
    );
}

#[test]
fn he_and_she_skip_names_of_the_other_gender_and_companies() {
    let got = speakers(
        "Councillor Peter Vance spoke first. The survey was written by Maria Lund for Ceres Robotics.\n\n“People are being asked to back a road they have not seen,” he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Peter Vance"));
}

#[test]
fn political_styles_of_naming_the_speaker() {
    let got = speakers(
        "Sen. Hal Pruitt (R-Tex.) said: “We cannot keep kicking the can down the road.”\n\n\
         Rep. Lena Okafor (D-Ore.) called the measure “a blank check for another year” and left.\n\n\
         Asked whether House leaders had the votes, Speaker Tom Vandermeer told CNN: “We will get it done, we always do.”",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Hal Pruitt"),
            Some("Lena Okafor"),
            Some("Tom Vandermeer")
        ]
    );
}

#[test]
fn the_governor_is_the_nearest_person_titled_gov() {
    let got = speakers(
        "Gov. Ruth Langley of Ohio praised the plan. Gov. Brian Castellanos signed the bill. State Sen. Keisha Morrow called it a disgrace.\n\n\
         “The people who complain now are the people who complained last time,” the governor said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Brian Castellanos"));
}

#[test]
fn labelling_verbs_name_the_speaker_but_not_the_writer() {
    let got = speakers("Ines Calloway described it as “the hardest decision of the whole season.”");
    assert_eq!(got[0].1.as_deref(), Some("Ines Calloway"));
    let got =
        speakers("The phone is what we called “a very compelling option for many households.”");
    assert_eq!(got[0].1, None);
    assert!(
        detect("It is what we called “a very compelling option for many households.”")[0]
            .cue
            .is_none()
    );
}

#[test]
fn a_name_before_a_colon_and_the_party_noun_after_a_quote() {
    let got = speakers(
        "Mark Hollister went after her record. “She has voted for every tax rise there was,” Hollister said.\n\n\
         Rep. Angela Torres shot back: “That is simply false, and he knows it.”\n\n\
         “I have cut taxes for working families three times,” the Iowa Democrat added.\n\n\
         “Look at the record, it does not lie,” he said.",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Mark Hollister"),
            Some("Angela Torres"),
            Some("Angela Torres"),
            Some("Mark Hollister")
        ]
    );
}

#[test]
fn a_dash_introduces_a_quote_like_a_colon() {
    let got = speakers(
        "Ms Halden spoke first and left.\n\n\
         Dame Helen Corder, chair of the housing select committee, was scathing — “This bill was written in a hurry and it shows” — and called for a pause.\n\n\
         Ms Halden later spoke to the radio.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Helen Corder"));
}

#[test]
fn indirect_speech_after_told_someone_that_or_a_time_and_that() {
    let clause = |s: &str| detect(s).first().map(|q| (q.kind, q.text.clone()));
    let indirect = |t: &str| Some((Kind::Indirect, t.to_string()));
    assert_eq!(
        clause("Priya Halden told a radio programme that her party would vote against the bill."),
        indirect("her party would vote against the bill")
    );
    assert_eq!(
        clause(
            "The agency said on Monday that its researchers had studied the design of the ship."
        ),
        indirect("its researchers had studied the design of the ship")
    );
    // Words with a verb or a pronoun before "that" are part of the clause.
    assert_eq!(
        clause("Morrison said on Tuesday he was surprised that Vindman did not come to him."),
        indirect("he was surprised that Vindman did not come to him")
    );
    assert_eq!(
        clause("Priya Halden told him to leave the building before the vote."),
        None
    );
}

#[test]
fn a_name_and_an_unlisted_verb_after_a_quote_are_its_tag() {
    let got = speakers(
        "Paul Renner answered first. “We would welcome the chance to work on it,” Renner replied.\n\n\
         “That is not a yes, and you know it,” Kessler shot back.\n\n\
         “We are still talking about it now,” Renner said as the chair of the committee called time.",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        names,
        [Some("Paul Renner"), Some("Kessler"), Some("Paul Renner")]
    );
}

#[test]
fn a_lead_in_sentence_or_a_colon_ending_the_paragraph_before() {
    let got = speakers(
        "Judge Carol Whitfield wrote for the majority:\n\n\
         “The Legislature had every chance to draw a fair map.\n\n\
         “This court will not let that choice stand.”\n\n\
         Judge Samuel Ortiz dissented, writing that the majority had “put its own judgment in place of the voters'.”\n\n\
         Mike Brandt said he would appeal. “We think the court got this badly wrong.”\n\n\
         “It's about time,” said Rev. Thomas Green, one of the plaintiffs. “We have waited a long time for this day.”",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Carol Whitfield"),
            Some("Samuel Ortiz"),
            Some("Mike Brandt"),
            Some("Thomas Green")
        ]
    );
}

#[test]
fn job_descriptions_before_the_name_and_questions_are_not_speech() {
    let got = speakers(
        "“The president expects both sides to get back to the table,” said deputy press secretary Nina Patel.\n\n\
         “We will hold a vote on the plan next week,” said City Hall press officer Omar Reyes.",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(names, [Some("Nina Patel"), Some("Omar Reyes")]);
    for s in [
        "Asked if a deal was possible this week, Luis Carrillo laughed.",
        "Asked whether a deal was possible this week, Luis Carrillo replied with a shrug.",
    ] {
        assert!(detect(s).is_empty(), "{s}");
    }
}

#[test]
fn a_sentence_after_a_quote_that_ends_with_a_full_stop_is_no_tag() {
    let got = speakers(
        "In a statement, Brian Castellanos said the law “will make it easier to vote and harder to cheat.” Democrats disagreed sharply.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Brian Castellanos"));
}

#[test]
fn party_words_and_elect_titles_are_not_names() {
    let got = speakers(
        "Republican Dale Harmon lost the count. “The voters have spoken, and I respect that,” Harmon said.\n\n\
         Governor-elect Nadine Prescott spoke next. “Now it is time to get to work,” Prescott said.",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(names, [Some("Dale Harmon"), Some("Nadine Prescott")]);
}

#[test]
fn a_verb_that_takes_an_object_reports_speech_only_before_a_clause() {
    for s in [
        "Republican Dale Harmon conceded the governor's race on Wednesday, ending a long count.",
        "Residents who testified were overwhelmingly opposed to the library cuts.",
        "The crowd was heavy with parents who said they had never spoken at a meeting before.",
        "John Ford wrote to his agent every week of the year.",
    ] {
        assert!(detect(s).is_empty(), "{s}");
    }
    for (s, said) in [
        (
            "Defence Secretary Mark Ellison announced the navy will give the coast guard a ship.",
            "the navy will give the coast guard a ship",
        ),
        (
            "Dale Harmon conceded he had made mistakes in the campaign.",
            "he had made mistakes in the campaign",
        ),
    ] {
        let q = detect(s);
        assert_eq!(q.len(), 1, "{s}");
        assert_eq!((q[0].kind, q[0].text.as_str()), (Kind::Indirect, said));
    }
}

#[test]
fn a_named_persons_office_speaks() {
    let got = speakers(
        "In a statement, Mayor Thomas Ferrante's office said the mayor was “open to ideas” but warned that “any dollar added to one line has to come out of another.”",
    );
    assert_eq!(got.len(), 1);
    let who = got[0].1.as_deref().unwrap_or("");
    assert!(who.contains("Ferrante") && who.ends_with("office"), "{who}");
}

#[test]
fn the_subject_of_the_sentence_speaks_a_quote_no_verb_attributes() {
    let got = speakers(
        "“We will win this seat,” said Adaeze Okonjo, who leads the race.\n\n\
         Republican Craig Vanterpool, who has spent $20 million, was in the valley. Vanterpool, campaigning at a factory the same day, accused Okonjo of being “a career politician who has never worked a day.”\n\n\
         At each stop she repeats a line that has become a rallying cry: “Nobody hands you anything, so take it.”\n\n\
         State party chairman Ken Hartwell called the idea that farmers would desert the party “wishful thinking by the coastal media.”",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        names,
        [
            Some("Adaeze Okonjo"),
            Some("Craig Vanterpool"),
            Some("Adaeze Okonjo"),
            Some("Ken Hartwell")
        ]
    );
    // A capitalised word opening a sentence is no one ("Former"): the
    // aides it describes speak.
    let got = speakers(
        "Former royal aides called it not a car crash but “an articulated lorry crash on the motorway” of a show.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Former royal aides"));
}

#[test]
fn labels_in_capitals_name_the_speaker() {
    let got = speakers(
        "HALVORSEN: “Under my opponent the credit rating was downgraded twice.”\n\n\
         THE FACTS: It was downgraded once.\n\n\
         UPDATE: “The meeting has been moved to Thursday evening at six.”",
    );
    let names: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(names, [Some("Halvorsen"), None]);
}

#[test]
fn a_phrase_that_speaks_is_not_the_he_of_a_later_quote() {
    let got = speakers(
        "John Ford wrote to his agent every week.\n\n\
         Ford’s father told a friend that “the only way I know he is alive is the checks he cashes.”\n\n\
         In 2006, he emailed his editor. “It is not like I can have someone charge into the room every five minutes,” he wrote.",
    );
    assert_eq!(got[1].1.as_deref(), Some("John Ford"));
}

#[test]
fn the_role_after_an_unnamed_speaker_is_that_speaker() {
    let got = speakers(
        "“Every family will pay more for groceries,” said Neil Patterson, president of the retail council.\n\n\
         One Republican senator, speaking on condition of anonymity, said colleagues had urged a rethink. “There is a lot of nervousness in the conference,” the senator said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("One Republican senator"));
}

#[test]
fn a_possessive_speaker_ends_in_a_noun_that_speaks() {
    // "Ford’s friends wanted some ..." is no speaker.
    let t = tokens::tokenize("Ford’s friends wanted some");
    assert_eq!(phrases::backward_speaker(&t), None);
}

#[test]
fn organisations_with_of_before_a_job_and_a_name() {
    let got = speakers(
        "“We are ready for any outcome,” said Office of Management and Budget spokeswoman Danielle Fitch.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Danielle Fitch"));
}

#[test]
fn an_unnamed_speaker_with_capitalised_words_before_the_noun() {
    let got = speakers(
        "A senior Democratic aide, who requested anonymity to discuss private talks, said the talks had stalled. “There is no offer on the table right now,” the aide said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("senior Democratic aide"));
}

#[test]
fn a_name_in_apposition_to_the_subject_can_be_he() {
    let got = speakers(
        "“He grew up like us, and I think he gets it,” said Senator Luis Rivera's supporter Maria Delgado.\n\n\
         Senator Luis Rivera spoke for an hour. “I will not take a single vote for granted,” he said.\n\n\
         Her husband, Ernesto, was less sure. “I like what he says, but they all do,” he said.",
    );
    // Ernesto is a known given name: Maria Delgado's husband takes her
    // surname, as relatives named by a given name alone do.
    assert_eq!(got[2].1.as_deref(), Some("Ernesto Delgado"));
}

#[test]
fn a_speech_verb_after_the_subject_leaves_the_quote_to_its_speaker() {
    let got = speakers(
        "“I was covering for him the whole time,” Kevin Marsh said.\n\n\
         Gloria Santangelo then played a recording in which Marsh could be heard telling a colleague that Pulaski “does not know anything about this.”",
    );
    assert_ne!(got[1].1.as_deref(), Some("Gloria Santangelo"));
}

#[test]
fn the_noun_before_to_or_for_a_name_speaks() {
    let q = detect(
        "A former top aide to ex-House Speaker Raymond Pulaski testified that he was told to hire allies.",
    );
    assert_eq!(q.len(), 1);
    let who = q[0].speaker.as_deref().unwrap_or("");
    assert!(who.starts_with("former top aide"), "{who}");
}

/// A long article's quotes are found on all cores: the same quotes as on
/// one thread.
#[test]
fn a_long_article_gives_the_same_quotes_on_all_cores() {
    let corpus = include_str!("../../tests/quotes/corpus.txt");
    let articles = super::eval::parse_corpus(corpus);
    let mut text = String::new();
    while text.len() < 3 * 128 * 1024 {
        for a in &articles {
            text.push_str(&a.text);
            text.push_str("\n\n");
        }
    }
    assert!(super::bounds::is_long(&text));
    let parallel = detect(&text);
    super::bounds::ONE_THREAD.with(|c| c.set(true));
    assert!(!super::bounds::is_long(&text));
    let one_thread = detect(&text);
    super::bounds::ONE_THREAD.with(|c| c.set(false));
    assert!(parallel.len() > 1000, "{}", parallel.len());
    assert_eq!(parallel, one_thread);
}
