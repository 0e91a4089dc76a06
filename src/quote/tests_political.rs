//! Attribution shapes met in political news: honorifics, exchanges of
//! questions and answers, relative clauses, unnamed speakers, and reported
//! speech after "and".

use super::tests::speakers;
use super::*;

pub(super) fn indirect(text: &str) -> Vec<(String, Option<String>)> {
    detect(text)
        .into_iter()
        .filter(|q| q.kind == Kind::Indirect)
        .map(|q| (q.text, q.speaker.map(|s| s.to_string())))
        .collect()
}

#[test]
fn honorifics_tell_he_from_she_and_make_a_surname_a_person() {
    let got = speakers(
        "A retired accountant named Lorraine Petrakis stood up.\n\n\
         “Your company stiffed forty suppliers,” Ms. Petrakis said.\n\n\
         Mr. Caldwell, 58, did not flinch.\n\n\
         “I’m not going to apologize for saving three hundred jobs,” he said.\n\n\
         “He can make all the videos he wants,” she said later.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Lorraine Petrakis"));
    assert_eq!(got[1].1.as_deref(), Some("Caldwell"));
    assert_eq!(got[2].1.as_deref(), Some("Lorraine Petrakis"));
}

#[test]
fn the_answer_to_a_question_is_not_the_askers() {
    let got = speakers(
        "Anthony Beltran took the stand. Assistant U.S. Attorney Kevin Lindqvist rose.\n\n\
         “Then why are we hearing this now, Mr. Beltran?” Lindqvist asked.\n\n\
         “Because I couldn't sleep at night,” he said.\n\n\
         “Why would anyone lie to a grand jury?” Lindqvist asked. “It makes no sense to me at all,” he added.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Anthony Beltran"));
    // "added" goes on with the asker's own words.
    assert_eq!(got[3].1.as_deref(), Some("Kevin Lindqvist"));
}

#[test]
fn who_has_called_is_the_name_before_who() {
    let got = speakers(
        "“There's nothing humane about a system that rewards smugglers,” Sen. Wade Barlow said.\n\n\
         Barlow also took aim at House Speaker Janet Wolcott (D-CA), who has called the plan “a humane and practical step.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("Janet Wolcott"));
}

#[test]
fn an_unnamed_speaker_leads_into_a_quote_with_a_colon() {
    let got = speakers(
        "Negotiators are back at it today.\n\n\
         A senior Democratic aide put it to us bluntly last night: “They want us to cave, and we're not caving.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("senior Democratic aide"));
}

#[test]
fn reported_speech_after_and_opens_with_its_speaker() {
    let got = indirect(
        "The state building trades council has stayed neutral, and its leader, Frank Dombrowski, said his members were split over the race.",
    );
    assert_eq!(
        got,
        vec![(
            "his members were split over the race".to_string(),
            Some("Frank Dombrowski".to_string())
        )]
    );
    // Not the last words of a name ("Prevention"): the whole name after its
    // article.
    assert_eq!(
        indirect(
            "The couple was quarantined, and the Chinese Center for Disease Control and Prevention said it had traced their contacts."
        ),
        vec![(
            "it had traced their contacts".to_string(),
            Some("Chinese Center for Disease Control and Prevention".to_string())
        )]
    );
    // Not a goal "added".
    for text in [
        "Pastrnak and Grzelcyk scored two goals apiece, and Brad Marchand added three assists to lead Boston.",
        // The writer.
        "Normally this deal ends at launch, but we confirmed that you do still actually receive the credit.",
    ] {
        assert!(indirect(text).is_empty(), "{text}: {:?}", indirect(text));
    }
}

#[test]
fn a_clause_after_the_verb_is_no_reversed_report() {
    // "has said they have concerns" ends the sentence with a clause of its
    // own: what comes before it was not said.
    let text = "Senate Majority Leader Howard Pike, R-Tenn., has not said when he will bring it up for a vote, and at least six Republican senators have said they have concerns.";
    assert!(indirect(text).is_empty(), "{:?}", indirect(text));
}

#[test]
fn an_adverb_may_stand_between_the_verb_and_that() {
    let got = indirect(
        "Mr. Caldwell's advisers said privately that they had expected the attack and were not worried.",
    );
    assert_eq!(
        got[0].0,
        "they had expected the attack and were not worried"
    );
}

#[test]
fn ms_is_not_he_whatever_her_given_name() {
    // Neither given name is a common one: only "Ms." tells them apart.
    let got = speakers(
        "Dallin Sorensen, a farmer, said the rain came late. Adaeze Okonkwo runs the co-op.\n\n\
         “We lost a third of the crop,” Sorensen said.\n\n\
         “Prices will not cover it this year,” Ms. Okonkwo said.\n\n\
         “I may have to sell the back forty,” he said.",
    );
    assert_eq!(got[2].1.as_deref(), Some("Dallin Sorensen"));
}

#[test]
fn a_relative_named_by_a_given_name_takes_the_family_surname() {
    let got = speakers(
        "“I voted for her last time,” said one voter, Marianne Kolb, 63.\n\n\
         Kolb's husband, Richard, was not sure. “I liked him better before the ads,” he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Richard Kolb"));
}

#[test]
fn an_opening_adverb_is_no_speaker() {
    let text = "Inside, Jeremy Otieno, 29, said neither candidate was talking about rent.\n\n\
                “Nobody is talking about rent at all,” he said.";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("Jeremy Otieno"));
    assert_eq!(
        indirect(text),
        vec![(
            "neither candidate was talking about rent".to_string(),
            Some("Jeremy Otieno".to_string())
        )]
    );
}

#[test]
fn that_was_the_message_from_names_the_quote_before() {
    let got = speakers(
        "“We will not be intimidated by a budget spreadsheet.”\n\n\
         That was the message from Mayor Lucinda Abernathy on Tuesday, a day after the state cut its grant.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Lucinda Abernathy"));
}

#[test]
fn a_person_named_in_an_apposition_with_named() {
    let got = indirect(
        "One shelter resident, a 54-year-old former machinist named Earl Tobin, said he had been sleeping in his car.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Earl Tobin"));
}

#[test]
fn he_is_a_speaker_before_a_name_only_mentioned() {
    // Gianelli is only mentioned in an apposition; Vellinger spoke.
    let got = indirect(
        "Konrad Vellinger told the committee he tried to work with the president's lawyer, Rudolf Gianelli, to convince him. \
         However, he said the July call made him realize the president still believed the story.",
    );
    assert_eq!(
        got.last().and_then(|q| q.1.as_deref()),
        Some("Konrad Vellinger")
    );
}

#[test]
fn after_that_any_words_are_what_was_said() {
    let got = indirect("Aides said privately that about 40 MPs could vote against.");
    assert_eq!(got[0].0, "about 40 MPs could vote against");
}

#[test]
fn his_son_takes_the_surname_of_the_man_before() {
    let got = speakers(
        "“The farm is not for sale,” said Walter Brandt, 70.\n\n\
         His son, Tobias, sees it differently. “We cannot keep losing money on it,” he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Tobias Brandt"));
}

#[test]
fn a_subject_named_in_its_own_sentence_is_not_passed_over() {
    // Abernathy is the subject of the sentence before "he said", though
    // only Whitcombe has spoken yet.
    let got = speakers(
        "“Senator, you will not find a bigger critic of that program,” Gerald Whitcombe said.\n\n\
         The committee's top Democrat, Sen. Paul Abernathy of Rhode Island, was more sympathetic. \
         “We cannot keep writing blank checks for ships,” he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Paul Abernathy"));
}

#[test]
fn reported_speech_after_though() {
    let got = indirect(
        "Inside, there is seating for four, though VW says it could add a rear bench for a fifth person.",
    );
    assert_eq!(got[0].1.as_deref(), Some("VW"));
}

#[test]
fn aides_to_a_name_are_the_speakers() {
    let got = indirect(
        "Carter Vaughn spoke first.\n\nAides to Vaughn said privately that about 40 staff had been moved to the west.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Aides to Vaughn"));
}

#[test]
fn a_secretary_of_state_and_the_secretary_of_state() {
    let got = speakers(
        "Former Secretary of State Eleanor Vasquez-Reid spoke at Georgetown on Thursday.\n\n\
         “Every month we wait is a month in which the other side builds,” the former secretary of state said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Eleanor Vasquez-Reid"));
}

#[test]
fn who_has_said_is_the_name_before_who_however_long_its_titles() {
    let got = speakers(
        "Her remarks put her at odds with Senate Minority Leader Bruce Hallenbeck, who has said the treaty “gives away far too much.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Bruce Hallenbeck"));
}

#[test]
fn the_mogul_and_the_41_year_old_are_people_named_before() {
    let got = speakers(
        "Real estate developer Victor Stanhope drew a sparse crowd on Monday.\n\n\
         “The polls are wrong, and they were wrong last time,” the real estate mogul told supporters.\n\n\
         Maya Restrepo, a former deputy, said she had left voluntarily.\n\n\
         “He is scared,” the 41-year-old said. “People do not attack you when they are winning.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Victor Stanhope"));
    assert_eq!(got[1].1.as_deref(), Some("Maya Restrepo"));
}

#[test]
fn wrote_as_a_pen_name_reports_nothing() {
    let text = "To the extent that his finances were ever stable, it was thanks to his friend, the late James Rigney, who wrote as Robert Jordan.";
    assert!(indirect(text).is_empty(), "{:?}", indirect(text));
}

#[test]
fn institutions_with_of_for_and_in_their_names_speak_whole() {
    let got = speakers(
        "Officials counted 41 new cases on Monday.\n\n\
         “The numbers are moving in the right direction,” the Centers for Disease Control and Prevention said in a statement.\n\n\
         “This is not over,” said a spokesman for the Food and Drug Administration.\n\n\
         “We will keep testing,” said a spokeswoman for Harlow County.\n\n\
         “Nothing is agreed until everything is agreed,” Department of Health and Human Services Secretary Alex Azar said.\n\n\
         “I will keep the clinic open,” said Department of Health Secretary Jane Doe.\n\n\
         “We are close to a deal,” said Office of Management and Budget spokeswoman Danielle Fitch.\n\n\
         “We have asked for more staff,” said the Department of Veterans Affairs.",
    );
    let want = [
        "Centers for Disease Control and Prevention",
        "spokesman for the Food and Drug Administration",
        "spokeswoman for Harlow County",
        "Alex Azar",
        "Jane Doe",
        "Danielle Fitch",
        "Department of Veterans Affairs",
    ];
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g.1.as_deref(), Some(w), "{}", g.0);
    }
    assert_eq!(got.len(), want.len());
    // Reported speech, the institution after the clause.
    let got = indirect(
        "The outbreak in the northern provinces is slowing, the Chinese Center for Disease Control and Prevention said on Tuesday.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Chinese Center for Disease Control and Prevention")
    );
}

#[test]
fn offices_descriptions_and_which_clauses_name_the_speaker() {
    let got = speakers(
        "WASHINGTON — President Harmon signed an executive order on Monday cutting contractors.\n\n\
         “We are going to make government smaller, and we are going to start today,” the president said.\n\n\
         The order drew a cautious response from the U.S. Chamber of Commerce, which said in a statement that it “supports the goal but has serious concerns.”\n\n\
         Mayor Elaine Porter was not at the meeting. Her chief of staff, Devon Marsh, read a statement on her behalf: “This contract is fair to officers and fair to taxpayers.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Harmon"));
    assert_eq!(got[1].1.as_deref(), Some("Chamber of Commerce"));
    assert_eq!(got[2].1.as_deref(), Some("Devon Marsh"));
    // A description opening the sentence makes a person of a name no list
    // knows.
    let got = speakers(
        "Jurors returned on Friday for the last day of the trial.\n\n\
         Her lawyer, Ysolde Abara, spoke for an hour.\n\n\
         “The evidence was never there, and the jury knows it,” she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ysolde Abara"));
    let got = indirect("The Pentagon said Thursday it would send 2,000 more troops to the region.");
    assert_eq!(got[0].0, "it would send 2,000 more troops to the region");
}

#[test]
fn a_documents_issuer_and_a_verb_joined_by_and_name_the_speaker() {
    let got = speakers(
        "The House passed a stopgap bill late Thursday.\n\n\
         “This is no way to run a country,” according to a statement from Speaker Lydia Tran's office.\n\n\
         The union's president, Keisha Monroe, called the offer “an insult” and said the union would stay out “as long as it takes.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Lydia Tran"));
    assert_eq!(
        got.last().and_then(|q| q.1.as_deref()),
        Some("Keisha Monroe")
    );
}

#[test]
fn a_verb_joined_by_but_and_a_dateline_before_reported_speech() {
    let got = speakers(
        "“The message is that there are consequences,” one of the sources said.\n\n\
         Treasury Secretary Janet Morales declined to comment on the timing but said in a television interview that the administration was “looking at every tool available.”",
    );
    assert_eq!(
        got.last().and_then(|q| q.1.as_deref()),
        Some("Janet Morales")
    );
    let got = indirect(
        "WASHINGTON (Reuters) - The Treasury Department will announce new sanctions on Thursday, two sources familiar with the matter told Reuters.",
    );
    assert_eq!(
        got[0].0,
        "The Treasury Department will announce new sanctions on Thursday"
    );
}

#[test]
fn only_a_quote_opening_its_paragraph_takes_the_next_paragraphs_speaker() {
    // Set into a sentence: the next paragraph's speaker did not say it.
    let got = speakers(
        "The inspector general released two reports that depicted “years of delays, missed targets and rising costs” at the agency.\n\n\
         In May, Administrator Jim Calder said the agency was on schedule.",
    );
    assert_eq!(got[0].1, None);
    // After a quote in the previous paragraph: the same statement goes on.
    let got = speakers(
        "Now the label has put out another statement.\n\n\
         “We have agreed to grant all licences for the show and for every rebroadcast,” it says.\n\n\
         “It should be noted that artists do not need our approval for live performances.”\n\n\
         The company that runs the show, Clearwater Productions, denies that anything is settled.",
    );
    assert_eq!(got[1].1, None);
    // Standing alone, it still does.
    let got = speakers(
        "Here are the highlights.\n\n\
         “My fears have been realized, and nobody listened to the warnings.”\n\n\
         Morrow told the committee he had feared the call's disclosure.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Morrow"));
}

#[test]
fn a_names_suffix_a_participle_and_put_it() {
    let got = speakers(
        "U.S. Attorney James Kenning Jr. said in the release that the law does not let people “make threats to harm lawmakers because they disagree with them.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("James Kenning Jr"));
    // "saying he ..." after a quote: "he" is what was said, not who said it.
    let got = speakers(
        "Secretary Mark Pomeroy spoke on Monday. Pomeroy said that after legal consultation Washington had concluded the settlements were “not, per se, inconsistent with international law”, saying he trusted the courts to decide.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Mark Pomeroy"));
    let got = speakers(
        "The novel sold poorly. As Gorman put it, “Had he written five books in that world, he would have been famous.”\n\n\
         As one board member put it: “We were told to build fast, and we built fast and badly.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Gorman"));
    assert_eq!(got[1].1.as_deref(), Some("one board member"));
}

#[test]
fn a_speaker_phrase_ends_at_its_noun() {
    // "reports" is a noun here: "office released two critical" is no speaker.
    let got = speakers(
        "The state audit office released two critical reports “on the years of delays and the missed targets at the port.”",
    );
    assert_eq!(got[0].1, None);
    let got = indirect("A person familiar with the matter said the layoffs would begin on Monday.");
    assert_eq!(got[0].1.as_deref(), Some("person familiar with the matter"));
}

#[test]
fn middle_initials_and_institutes_in_pronoun_resolution() {
    // A middle initial stays inside the name.
    let got = speakers(
        "Computers have seen impacts too, said Nora E. Vance, an economist at the university. “About a third of imports are computers and electronic devices,” she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Nora E. Vance"));
    // A research centre is no person.
    let got = speakers(
        "The work was done with Pierre Jarnac of the National Center for Scientific Research in France.\n\n\
         This system, says Richard Lockwood, an immunologist, helps direct a response to dangers. Research on the cell could offer a glimpse of how organs work together. He calls the prospects exciting but cautions that “we are still in the very early days of all this.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Richard Lockwood"));
}

#[test]
fn two_right_single_marks_close_a_quote() {
    let got = speakers(
        "“It was an attempt to mislead voters,’’ Wilma Moyes, chief executive of a fact-checking charity, told the broadcaster. “And I think it is inappropriate.”",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].0, "It was an attempt to mislead voters,");
    assert_eq!(got[0].1.as_deref(), Some("Wilma Moyes"));
}

#[test]
fn a_names_suffix_ends_a_sentence_only_before_a_capital() {
    let ends = |s: &str| {
        let text: Vec<char> = s.chars().collect();
        let dot = text.iter().position(|&c| c == '.').expect("a dot");
        bounds::ends_sentence(&text, dot)
    };
    for suffix in ["Jr", "Sr", "Inc", "Corp", "Ltd"] {
        assert!(!ends(&format!("Acme {suffix}. said on Monday")), "{suffix}");
        assert!(ends(&format!("Acme {suffix}. The council met")), "{suffix}");
    }
    // Any other word before a lowercase one still ends its sentence.
    assert!(ends("They left early. then it rained"));
}

#[test]
fn a_quoted_show_title_does_not_hide_the_speaker_before_it() {
    let got = speakers(
        "Speaker Tom Aldane met Rep. Ivy Colter on Monday.\n\n\
         “This is a victory for every family in this country,” said Colter.\n\n\
         Aldane told the network's “State of the Union” on Sunday that the House “will take up the bill as soon as it arrives.”",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].1.as_deref(), Some("Tom Aldane"));
}

#[test]
fn an_office_named_in_full_at_the_end_of_the_sentence_is_its_holder() {
    let got = speakers(
        "Gov. Rhea Pennock met Rep. Ivy Colter on Monday.\n\n\
         “This is a victory for every family in this country,” said Colter.\n\n\
         “I think we can get this done by Friday,” said the governor.\n\n\
         “We will see about that,” said the Republican governor.\n\n\
         Speaker Tom Aldane was less sure.\n\n\
         “There will be no more short-term bills after this one,” the speaker said.",
    );
    let who: Vec<_> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Ivy Colter"),
            Some("Rhea Pennock"),
            Some("Rhea Pennock"),
            Some("Tom Aldane")
        ]
    );
}

#[test]
fn a_person_of_an_organisation_is_the_person() {
    let got = speakers(
        "“This is a good day for voters,” said Ana Ruiz of the Ohio Voter Alliance.\n\n\
         “We will keep watching the count,” said the Union of Concerned Scientists.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"));
    assert_eq!(got[1].1.as_deref(), Some("Union of Concerned Scientists"));
}

#[test]
fn a_statement_issued_in_the_paragraph_before_names_its_author() {
    let got = speakers(
        "The decision drew swift reaction on Capitol Hill.\n\n\
         Sen. Carla Nguyen issued a statement shortly after the ruling:\n\n\
         “Today the court reminded us that no one is above the law in this country.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Carla Nguyen"));
}

#[test]
fn an_office_in_full_ends_the_sentence_before_a_quote() {
    let got = speakers(
        "Gov. Rhea Pennock met Rep. Ivy Colter on Monday. “We will fix the roads,” Colter said.\n\n\
         Pennock thanked the senator. Colter then accused the state of “dragging its feet on every single road project.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("Ivy Colter"));
}

#[test]
fn an_envoy_is_the_name_after_the_country_or_body_they_are_sent_to() {
    let text = "“We will not sit on our hands,” said U.S. Ambassador to the United Nations Nikki Haley.\n\n\
                China’s ambassador to Britain Liu Xiaming has said that the army could be deployed.\n\n\
                “We followed the orders we were given,” Ambassador to the European Union Gordon Sondland said.";
    let quotes = super::detect(text);
    let got: Vec<(Option<&str>, Option<&str>)> = quotes
        .iter()
        .map(|q| (q.speaker_mention.as_deref(), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            (Some("Nikki Haley"), Some("Nikki Haley")),
            (Some("Liu Xiaming"), Some("Liu Xiaming")),
            (Some("Gordon Sondland"), Some("Gordon Sondland")),
        ]
    );
}

#[test]
fn a_heading_that_opens_with_never_names_no_speaker() {
    let got = indirect(
        "The envoy read a statement.\n\n2. Never urged Ukraine to investigate the rival campaign\n\n\
         “At no time was I aware of it,” Volker said.",
    );
    assert!(
        got.iter().all(|(_, s)| s.as_deref() != Some("Never")),
        "{got:?}"
    );
}

#[test]
fn a_speaker_of_an_institution_whose_name_holds_for_or_and() {
    let got = indirect(
        "Political analyst Desmond Okafor of the Institute for Public Affairs said an early \
         vote was unlikely.\n\n\
         Rhea Tamsin of the Council for Trade and Industry said exports would recover by the spring.\n\n\
         Economist Mara Lindqvist of the Bank of Eastmoor said rates would stay on hold.",
    );
    let speakers: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        speakers,
        vec![
            Some("Desmond Okafor"),
            Some("Rhea Tamsin"),
            Some("Mara Lindqvist")
        ],
        "{got:?}"
    );
}

#[test]
fn a_subject_described_with_a_capitalised_word_names_the_speaker_in_its_apposition() {
    let got = speakers(
        "Former Attorney General Camille Dunmore accused her opponent of “running from his \
         own record and his votes.”\n\n\
         Her Republican opponent, state Sen. Brooks Hallam, fired back that Dunmore had \
         “spent eight years suing businesses instead of prosecuting criminals.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("Camille Dunmore"), Some("Brooks Hallam")],
        "{got:?}"
    );
}

#[test]
fn a_speech_verb_in_a_relative_clause_about_the_subject_is_passed_over() {
    let got = indirect(
        "The council voted on Tuesday night.\n\n\
         Council member Anika Seward, who wrote the proposal, said she was disappointed \
         but not surprised.",
    );
    assert_eq!(
        got,
        vec![(
            "she was disappointed but not surprised".to_string(),
            Some("Anika Seward".to_string())
        )]
    );
}
