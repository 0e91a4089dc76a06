//! Found from stories written for the 48th stop: a pronoun read where it
//! stands, "one of" a group, offices a lede or a possessive brings in,
//! documents, extracts of a speech, appositions and datelines.

use super::tests::{speaker_of, speakers};

/// "She said Halvorsen had answered her questions “...”": "she" is read
/// where it stands, before Halvorsen is named, so it is the senator
/// quoted before, not Halvorsen; and Halvorsen, not taken for "she", is
/// the "he" of his own statement later.
#[test]
fn a_pronoun_before_its_quote_is_read_where_it_stands() {
    let got = speakers(
        "The Senate on Thursday confirmed retired Adm. Kristoffer Halvorsen as secretary of \
         defense.\n\n\
         “He is the right man at the right moment, and I am proud to have voted for him,” said \
         Sen. Marisol Etchegaray, D-N.M. She said Halvorsen had answered her questions about \
         shipbuilding delays “more directly than any nominee I have met.”\n\n\
         “The last three months were about politics, not about him,” Sen. Rufus Oyelaran said \
         in a floor speech.\n\n\
         Halvorsen, 61, did not speak to reporters after the vote. In a statement released by \
         the White House, he said he was “humbled by the trust of the Senate and ready to get \
         to work.”",
    );
    assert_eq!(
        speaker_of(&got, "more directly").as_deref(),
        Some("Marisol Etchegaray"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "humbled by").as_deref(),
        Some("Kristoffer Halvorsen"),
        "{got:?}"
    );
}

/// "One of the petitioners, a 34-year-old man who asked that his name not
/// be used ..., said he had been held for seven months. “...,” he said":
/// the petitioner, not the spokesman quoted before.
#[test]
fn one_of_a_group_described_at_length_is_the_he_of_the_next_quote() {
    for subject in [
        "One of the petitioners",
        "One of the petitioners, a 34-year-old man,",
        "One of the petitioners, a 34-year-old man who asked that his name not be used \
         because he feared for relatives on the island,",
    ] {
        let got = speakers(&format!(
            "“We are confident the courts will uphold the lawful removal of individuals who have \
             no right to be here,” department spokesman Thaddeus Orwell-Nakamura said in an \
             email.\n\n\
             {subject} said he had been held for seven months.\n\n\
             “I have a daughter here. She is four. She does not know why her father lives in a \
             cell,” he said through an interpreter."
        ));
        let who = speaker_of(&got, "I have a daughter");
        assert_eq!(
            who.as_deref(),
            Some("One of the petitioners"),
            "{subject}: {got:?}"
        );
    }
}

/// "A 34-year-old petitioner said ...": the people parties to a case, held
/// or displaced are speakers a later "he" may stand for.
#[test]
fn a_petitioner_or_detainee_is_an_unnamed_speaker() {
    for noun in ["petitioner", "detainee", "refugee", "prisoner"] {
        let got = speakers(&format!(
            "“We are confident the courts will uphold the law,” department spokesman Thaddeus \
             Orwell-Nakamura said in an email.\n\n\
             One {noun} said he had been held for seven months without seeing a lawyer.\n\n\
             “I have a daughter here. She does not know why her father lives in a cell,” he \
             said through an interpreter."
        ));
        let who = speaker_of(&got, "I have a daughter");
        assert_eq!(
            who.as_deref(),
            Some(format!("One {noun}").as_str()),
            "{got:?}"
        );
    }
}

/// "The audit's author, chartered accountant Horatio X, was more pointed.
/// His report said ... “...”": the author, whose apposition gives a
/// description before his name, wrote it; not the man quoted before.
#[test]
fn his_report_is_the_authors_named_in_a_described_apposition() {
    for author in [
        "The audit's author, chartered accountant Horatio Nwachukwu-Lyle, was more pointed.",
        "The audit's author, accountant Horatio Nwachukwu-Lyle, was more pointed.",
        "Accountant Horatio Nwachukwu-Lyle was more pointed.",
    ] {
        let got = speakers(&format!(
            "“I have decided that the authority's work is more important than my position in \
             it,” wrote chief executive Tancred Villiers-Obuya in a letter to staff.\n\n\
             {author} His report said the missing payments showed “a near-total absence of \
             financial control at the top of the organisation.”"
        ));
        assert_eq!(
            speaker_of(&got, "a near-total").as_deref(),
            Some("Horatio Nwachukwu-Lyle"),
            "{author}: {got:?}"
        );
    }
}

/// "A junior housing minister has apologised after telling a radio
/// phone-in that renters should “...”" then "Saffron X made the remarks":
/// the minister the lede describes is the person the next paragraph names,
/// and so is "the minister" who later "had posted an apology" before
/// "“...,” she wrote", not the caller named in between.
#[test]
fn a_minister_brought_in_unnamed_in_the_lede_is_the_person_named_next() {
    let got = speakers(
        "A junior housing minister has apologised after telling a radio phone-in that renters \
         struggling with rising costs should “think about moving somewhere cheaper.”\n\n\
         Saffron Achterberg-Vale made the remarks on Tuesday morning in response to a caller \
         who said her rent had gone up by a third.\n\n\
         “I'm sympathetic, I really am. But at some point people have to think about moving,” \
         Ms Achterberg-Vale said.\n\n\
         The caller, who gave her name only as Donna, replied: “Cheaper where? I work here. My \
         kids go to school here.”\n\n\
         By lunchtime the clip had been viewed two million times. By mid-afternoon the minister \
         had posted an apology.\n\n\
         “I chose my words badly this morning and I'm sorry,” she wrote.",
    );
    for start in ["think about moving", "I chose my words"] {
        assert_eq!(
            speaker_of(&got, start).as_deref(),
            Some("Saffron Achterberg-Vale"),
            "{start}: {got:?}"
        );
    }
}

/// "Speaking on a visit to Highfield Academy in Wexmoor, he told pupils:
/// “...”": a school, clinic or stadium named before the pronoun is no "he".
#[test]
fn a_named_academy_or_clinic_is_no_person() {
    for place in ["Highfield Academy", "Marsh Lane Clinic", "Dunmore Stadium"] {
        let got = speakers(&format!(
            "Schools minister Cornelius Achebe-Strand said the numbers showed the policy was \
             working.\n\n\
             Speaking on a visit to {place} in Wexmoor, he told pupils and staff: “A year ago \
             people told me this would be unenforceable. Well, here we are.”"
        ));
        assert_eq!(
            speaker_of(&got, "A year ago").as_deref(),
            Some("Cornelius Achebe-Strand"),
            "{place}: {got:?}"
        );
    }
}

/// "The head of the army, Gen. Tarquin X, said ... “We are ready,” the
/// general told a parade. “...”": the general named before, not an
/// unnamed "general" of the tag itself.
#[test]
fn the_general_is_the_general_named_before() {
    for (title, noun) in [
        ("Gen.", "general"),
        ("Adm.", "admiral"),
        ("Col.", "colonel"),
    ] {
        let got = speakers(&format!(
            "The head of the army, {title} Tarquin Mbatha-Holm, said on Saturday that his \
             forces were ready.\n\n\
             “We are ready,” the {noun} told a parade. “We do not seek conflict. But let nobody \
             mistake our patience for weakness.”"
        ));
        assert_eq!(
            speaker_of(&got, "We do not seek").as_deref(),
            Some("Tarquin Mbatha-Holm"),
            "{title}: {got:?}"
        );
    }
}

/// "But a senior League figure, speaking on condition of anonymity, said
/// ... “...,” the figure said.": that unnamed figure, not the premier
/// quoted before.
#[test]
fn the_figure_is_the_unnamed_figure_before() {
    let got = speakers(
        "“Coalitions argue. That is what they are for,” Premier Casimir Okonjo-Wells said.\n\n\
         But a senior League figure, speaking on condition of anonymity, said the party was \
         “seriously considering” leaving the government. “There are people in our group who \
         would walk tomorrow,” the figure said.",
    );
    let who = speaker_of(&got, "There are people").unwrap_or_default();
    assert!(who.contains("figure"), "{got:?}");
}

/// Extracts of a speech: a quote over two paragraphs, then "On legal aid:
/// “...”" heading the next extract, which goes on with the same speaker.
#[test]
fn a_topic_heading_the_next_extract_keeps_the_speaker() {
    let got = speakers(
        "The outgoing chief justice, Dame Winifred Oyelaran-Stroud, used her final address to \
         warn about the courts.\n\n\
         On delays, she said: “There are people waiting three years for a trial. Three years.\n\n\
         “I do not say this to embarrass the government. I say it because it is true.”\n\n\
         On legal aid: “The criminal bar is ageing and shrinking. Young barristers cannot afford \
         to do this work.”",
    );
    assert_eq!(
        speaker_of(&got, "The criminal bar").as_deref(),
        Some("Winifred Oyelaran-Stroud"),
        "{got:?}"
    );
}

/// "Opposition foreign affairs spokesman Idris X accused the government of
/// “...”": an office of several words in small letters before the name.
#[test]
fn an_office_of_several_small_words_before_a_subjects_name() {
    for office in [
        "Opposition foreign affairs spokesman",
        "Opposition health spokesman",
        "Labour shadow housing minister",
    ] {
        let got = speakers(&format!(
            "The ambassador was recalled on Saturday.\n\n\
             {office} Idris Pemberton-Achebe accused the government of “throwing a loyal public \
             servant under the bus to please a foreign leader.”"
        ));
        assert_eq!(
            speaker_of(&got, "throwing a loyal").as_deref(),
            Some("Idris Pemberton-Achebe"),
            "{office}: {got:?}"
        );
    }
}

/// "... a new group, Farmers Standing Together, whose founder, dairy farmer
/// Gethin X, addressed the crowd. “...,” he shouted": the founder named in
/// the relative clause, not the group.
#[test]
fn a_person_named_in_a_whose_clause_is_a_later_he() {
    let got = speakers(
        "Police said the blockade had caused tailbacks of 12 miles.\n\n\
         The protest was organised by a new group, Farmers Standing Together, whose founder, \
         dairy farmer Gethin Pryce-Obuya, addressed the crowd from the back of a trailer.\n\n\
         “They told us we were the backbone of the country. Now they want to break our backs,” \
         he shouted, to loud cheers.",
    );
    assert_eq!(
        speaker_of(&got, "They told us").as_deref(),
        Some("Gethin Pryce-Obuya"),
        "{got:?}"
    );
}

/// "She gave me an address for Ford's sister, Margit Halloran. “I cannot
/// believe Margit would not want his books back in print,” she said.": the
/// woman the quote speaks of by name is not the one speaking.
#[test]
fn a_pronoun_is_not_the_person_the_quote_speaks_of() {
    for of in ["Margit", "Mrs Halloran"] {
        let got = speakers(&format!(
            "Petra Lindwall lives in a retirement community in Northgate. She spoke with pride of \
             her late nephew.\n\n\
             She gave me an email address for his sister, Margit Halloran. “I cannot believe \
             {of} would not want his books back in print,” she said."
        ));
        assert_eq!(
            speaker_of(&got, "I cannot believe").as_deref(),
            Some("Petra Lindwall"),
            "{of}: {got:?}"
        );
    }
}

/// "ANKARA, Dec 5 (World Wire) — Negotiators returned ..., officials
/// said.": the reported clause starts after the dateline, which holds the
/// day's number.
#[test]
fn a_dateline_with_a_days_number_is_not_reported() {
    let quotes = super::detect(
        "ANKARA, Dec 5 (World Wire) — Negotiators from both sides returned to the table on \
         Saturday as shelling along the front line eased for a second day, officials said.",
    );
    let clause = quotes
        .iter()
        .find(|q| q.kind == super::Kind::Indirect)
        .map(|q| q.text.clone())
        .unwrap_or_default();
    assert!(
        clause.starts_with("Negotiators from both sides"),
        "{quotes:?}"
    );
}

/// "An MP has hit out at ..., calling it ‘...’." then "Harrowby MP
/// Lysander X said ...": the MP the lede calls it so is the one the next
/// paragraph names after the same office.
#[test]
fn calling_it_in_the_lede_is_the_mp_named_next() {
    for verb in ["calling it", "describing it as", "branding it"] {
        let got = speakers(&format!(
            "An MP has hit out at a bus company's decision to scrap a rural route, {verb} ‘a \
             kick in the teeth for the people who built this county’.\n\n\
             Harrowby MP Lysander Achterberg-Coles said he had been inundated with complaints \
             since the company announced the change."
        ));
        assert_eq!(
            speaker_of(&got, "a kick in the teeth").as_deref(),
            Some("Lysander Achterberg-Coles"),
            "{verb}: {got:?}"
        );
    }
}

/// "In a two-page order, the three-judge panel said the government had
/// “...”": the panel, a body that speaks.
#[test]
fn a_panel_of_judges_speaks() {
    let got = speakers(
        "A federal appeals court on Friday blocked the flights.\n\n\
         In a two-page order, the three-judge panel said the government had “not shown that the \
         risk of irreparable harm to the petitioners is outweighed.”",
    );
    assert_eq!(
        speaker_of(&got, "not shown").as_deref(),
        Some("three-judge panel"),
        "{got:?}"
    );
}

/// "The governor's office dismissed the effort as “...”": the governor
/// named before. "The prime minister's reply thanked him for “...”": the
/// prime minister, who is not the local government minister named before
/// nor a politician named after.
#[test]
fn an_offices_holder_speaks_through_the_office_or_a_reply() {
    let got = speakers(
        "Organizers of a campaign to recall Gov. Leonora Achterberg-Diaz said Tuesday they had \
         400,000 signatures.\n\n\
         The governor's office dismissed the effort as “a partisan stunt funded by out-of-state \
         billionaires.”",
    );
    assert_eq!(
        speaker_of(&got, "a partisan stunt").as_deref(),
        Some("Leonora Achterberg-Diaz"),
        "{got:?}"
    );
    let got = speakers(
        "Local Government Minister Gaspard Nkemelu-Whyte resigned on Friday night.\n\n\
         “I have become a distraction from the work of this government,” he wrote.\n\n\
         The prime minister's reply thanked him for “his dedication and hard work over many \
         years.”\n\n\
         The Liberal Democrats' Cassandra Pemberton-Ilori said his departure was “the right \
         decision, two weeks too late.”",
    );
    assert_eq!(
        speaker_of(&got, "his dedication").as_deref(),
        Some("prime minister"),
        "{got:?}"
    );
}

/// "... after the foreign ministry summoned the ambassador over what it
/// called “...”": the body in the sentence that "it" stands for.
#[test]
fn what_it_called_is_the_body_before() {
    let got = speakers(
        "His remarks came a day after the foreign ministry summoned the ambassador over what \
         it called “repeated and deliberate incursions” into its airspace.",
    );
    assert_eq!(
        speaker_of(&got, "repeated and deliberate").as_deref(),
        Some("foreign ministry"),
        "{got:?}"
    );
}

/// "The health secretary's office dismissed the protest as “...”" with no
/// health secretary named: the office, not the board's spokesman or a
/// midwife named before, whose own jobs stand before their names.
#[test]
fn an_office_is_not_guessed_for_a_spokesman_or_a_midwife() {
    let got = speakers(
        "The protest was organised by a new group, Mothers For Kelsworth, whose founder, \
         midwife Rosamund Achebe-Lyle, addressed the crowd.\n\n\
         The regional health board's spokesman, Dr Tarquin Oduya, said the decision had been \
         taken on safety grounds. “We cannot staff it safely,” he said.\n\n\
         The health secretary's office dismissed the protest as “a campaign run by people who \
         will not have to deliver the babies.”",
    );
    assert_eq!(
        speaker_of(&got, "a campaign run").as_deref(),
        Some("health secretary"),
        "{got:?}"
    );
}

/// A paragraph that opens with a quote after an empty paragraph: no
/// sentence before it to read an office from, and no panic.
#[test]
fn a_quote_after_an_empty_paragraph_reads_no_sentence_before() {
    let got = speakers("\n\n“We cannot staff it safely, not this winter,” she said.");
    assert_eq!(got.len(), 1, "{got:?}");
}

/// "Police Chief X" (or "Fire Chief X"), then "The chief said": the chief
/// named before. A fire chief is not the mayor named after him.
#[test]
fn the_chief_is_the_chief_named_before() {
    let got = speakers(
        "Mayor Desmond Harkavy and the council traded sharp words on Wednesday over police \
         overtime.\n\n\
         Police Chief Anselm Okonkwo-Reyes, speaking to reporters after a graduation ceremony, \
         tried to stay out of the fight. “I'll take any officer the council gives me,” \
         Okonkwo-Reyes said.\n\n\
         The chief said recruiting had “picked up, but not fast enough.”",
    );
    assert_eq!(
        speaker_of(&got, "picked up").as_deref(),
        Some("Anselm Okonkwo-Reyes"),
        "{got:?}"
    );
    let got = speakers(
        "Fire Chief Oriel Vantassel said crews had worked 18-hour shifts all week.\n\n\
         Mayor Benedikt Arnholt said the city would ask the state for help. “We will not leave \
         our crews alone with this,” Arnholt said.\n\n\
         “If the wind turns, we lose the ridge,” the chief said.",
    );
    assert_eq!(
        speaker_of(&got, "If the wind").as_deref(),
        Some("Oriel Vantassel"),
        "{got:?}"
    );
}

/// "X released a statement during the meeting. “...,” it read.": the
/// statement is X's.
#[test]
fn it_read_after_someone_issued_a_statement_is_theirs() {
    let got = speakers(
        "Gov. Maximilian Oduya-Brandt faced a hostile crowd at a town hall meeting on Thursday \
         night.\n\n\
         The governor's Republican opponent, state Rep. Cormac Delacroix-Baines, released a \
         statement during the meeting. “The governor wants to balance his budget on the backs \
         of people who can least afford it,” it read. “I will repeal this tax on my first day.”",
    );
    for start in ["The governor wants", "I will repeal"] {
        assert_eq!(
            speaker_of(&got, start).as_deref(),
            Some("Cormac Delacroix-Baines"),
            "{got:?}"
        );
    }
}

/// A Q&A under way: an answer under a question that quotes and names
/// someone else is still the interviewee's.
#[test]
fn an_answer_under_a_question_naming_someone_is_the_interviewees() {
    let got = speakers(
        "Beatrix Holloway-Adeyemi was appointed trade envoy in February. She spoke to the \
         Ledger in her office on Tuesday.\n\n\
         You arrived in the middle of a tariff dispute. What was your first call?\n\n\
         “To the farmers. Before the ministers, before the embassy.”\n\n\
         Your predecessor, Ignatius Falconbridge, said last year that the talks were “going \
         nowhere fast.” Was he right?\n\n\
         “He was right about the speed. I think he was wrong about the direction.”",
    );
    for start in ["To the farmers", "He was right"] {
        assert_eq!(
            speaker_of(&got, start).as_deref(),
            Some("Beatrix Holloway-Adeyemi"),
            "{got:?}"
        );
    }
}

/// "The 71-year-old, who ..., said ... “...,” he added.": an age is no
/// office; "he" is the man named before, as the reported clause is.
#[test]
fn he_after_an_age_is_the_man_named_before() {
    let got = speakers(
        "Rupert Anstey-Villiers, who has held the seat for 26 years, announced his retirement \
         in January.\n\n\
         Anstey-Villiers has not endorsed either candidate. In a Facebook post on Sunday, he \
         wrote: “Whoever wins will need thick skin and a long memory.”\n\n\
         The 71-year-old, who entered parliament in 2000, said last month that he had no \
         regrets. “None that I'd tell a journalist,” he added.",
    );
    assert_eq!(
        speaker_of(&got, "None that").as_deref(),
        Some("Rupert Anstey-Villiers"),
        "{got:?}"
    );
}
