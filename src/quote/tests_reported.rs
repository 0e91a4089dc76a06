//! Reported speech around quotes: the sentence a partial quote ends, the
//! words that open a sentence before its speaker, and the subjects a
//! pronoun after them stands for.

use super::tests::speakers;
use super::tests_political::indirect;

#[test]
fn a_quote_ending_its_own_speakers_sentence_is_not_the_next_sentences() {
    let text = "Sen. Brock Hallorand said the bill “kicks the can down the road one more time.” \
                Sen. Luisa Marchetti added that she would push for a balanced-budget amendment in January.";
    let got = speakers(text);
    assert_eq!(got[0].1.as_deref(), Some("Brock Hallorand"));
    // The next sentence, past the closing mark, is reported speech of its own.
    let got = indirect(text);
    assert_eq!(
        got,
        vec![(
            "she would push for a balanced-budget amendment in January".to_string(),
            Some("Luisa Marchetti".to_string())
        )]
    );
}

#[test]
fn words_that_open_a_sentence_before_its_speaker() {
    // A question put to the speaker.
    let got = indirect(
        "Asked how the agency would pay for the raises, Farraday said fares would not go up this year.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Farraday"));
    // The group the speaker is one of.
    let got = indirect(
        "One of them, Kayla Rusk, 34, said she did not trust the governor on energy policy.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Kayla Rusk"));
    // A listener with a name of its own, and a day, before "that".
    let got = indirect(
        "Ms Kerrigan told the National Press Club on Wednesday that lifting the tax would hurt low-income households.",
    );
    assert_eq!(got[0].0, "lifting the tax would hurt low-income households");
}

#[test]
fn groups_described_by_a_word_before_them_or_a_place_after_them_speak() {
    let got = indirect("Legal experts said the case was likely to reach the appeals court.");
    assert_eq!(got[0].1.as_deref(), Some("Legal experts"));
    let got = indirect("Residents near the creek said the fine was far too small for the damage.");
    assert_eq!(got[0].1.as_deref(), Some("residents near the creek"));
    // The group at a body, not the body's name.
    let got = indirect(
        "Officials at the Department of Community Development confirmed that the grant was approved in March.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Officials at the Department of Community Development")
    );
}

#[test]
fn a_relative_clause_between_name_and_verb_is_not_the_speaker() {
    let got = speakers(
        "Rep. Luisa Marchetti of Rhode Island, who chairs the Progressive Caucus, said in a \
         statement that the deal “shortchanges the families who rely on nutrition assistance.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Luisa Marchetti"));
}

#[test]
fn a_laugh_before_a_speech_verb_does_not_introduce_the_quote() {
    let got = speakers(
        "Prime Minister Boris Hartley spoke for an hour.\n\n\
         Audience members laughed when he urged voters, “Look at what I said I would do and look at what I did.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Boris Hartley"));
}

#[test]
fn an_office_in_capitals_as_a_subject_is_the_he_that_follows() {
    let text = "Professor Douglas Achterberg said a broader base was inevitable. \
                “Whoever is in government in five years will have to deal with this,” he said.\n\n\
                The Prime Minister backed his treasurer. “Simone has my full support,” he told reporters.";
    let got = speakers(text);
    assert_eq!(got[0].1.as_deref(), Some("Douglas Achterberg"));
    assert_eq!(got[1].1.as_deref(), Some("Prime Minister"));
    // Named earlier with the office, the office is that person.
    let text = text.replace("The Prime Minister", "The President");
    let got = speakers(&format!("President Arlo Venn spoke first. {text}"));
    assert_eq!(got[1].1.as_deref(), Some("Arlo Venn"));
}

#[test]
fn a_speech_opening_the_paragraph_after_urging_is_the_urgers() {
    let got = speakers(
        "Sen. Harold Whitmire, the longest-serving member of the state Senate, delivered his \
         farewell address Monday, urging lawmakers to spend more time with one another.\n\n\
         “When I came to this chamber in 1994, we ate lunch together.\n\n\
         “So my last request of you is simple: find the middle.”\n\n\
         Whitmire, 78, received a standing ovation.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Harold Whitmire"));
}

#[test]
fn a_speech_verb_that_is_denied_reports_nothing() {
    // After a closing mark, a new sentence is read for reported speech: one
    // that says nothing was answered holds none.
    let got = indirect(
        "The theatre's manager, Ruth Ibbotson, was in the audience. “He remembered all of them \
         tonight,” she said. “I counted.” Although she had written to him twice about a return, \
         he had never answered until this spring.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_bodys_envoy_for_something_is_one_long_described_speaker() {
    let got = speakers(
        "GENEVA — The United Nations special envoy for the conflict said Thursday that \
         negotiators were “closer than at any point in the past year” to a ceasefire.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("United Nations special envoy for the conflict")
    );
}

#[test]
fn one_of_a_group_after_the_verb_is_the_speaker() {
    let got = speakers(
        "“The aim is to keep more of the value chain at home,” said one of the people, \
         who has been briefed on the plan.",
    );
    assert_eq!(got[0].1.as_deref(), Some("one of the people"));
}

#[test]
fn a_verb_hung_on_the_clause_before_it_has_that_clauses_subject() {
    let got = indirect(
        "Treasurer Simone Kerrigan has ruled out raising the GST, saying the government would \
         instead rein in spending on consultants.",
    );
    assert_eq!(
        got,
        vec![(
            "the government would instead rein in spending on consultants".to_string(),
            Some("Simone Kerrigan".to_string())
        )]
    );
    let got = indirect(
        "A spokesperson for the European Commission declined to comment on the details but said \
         negotiations would resume in January.",
    );
    assert_eq!(got[0].0, "negotiations would resume in January");
    // A participle that tells someone something needs "that" or a listener
    // before the clause, as "told" does: not "me I would love it".
    let got = indirect(
        "Helen placed the paperback in my hands, her eyes aglow, telling me I would love it.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_company_is_a_name_that_spoke_of_itself_as_it() {
    let text = "Regulators fined Northgate Midstream $4.2 million on Thursday.\n\n\
                Northgate said it would not contest the fine. “We accept responsibility and we \
                have already replaced the pipe,” the company said in a statement.";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("Northgate"));
    // A person who says "it" is no company.
    let text = text.replace("Northgate said it", "Janet Smith said it");
    assert_eq!(speakers(&text)[0].1.as_deref(), Some("company"));
}

#[test]
fn a_name_in_commas_after_a_description_is_the_speaker_of_reported_speech() {
    let got = indirect(
        "Her Republican co-sponsor, Sen. Hollis Brandt of Kansas, said the measure had support \
         from members in both parties.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Hollis Brandt"));
    let got = indirect(
        "The county's current clerk, Dwayne Pettiford, said new controls had been put in place.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Dwayne Pettiford"));
}

#[test]
fn a_quantifier_opening_the_sentence_is_no_name() {
    let got = indirect(
        "Several smaller districts in the north declined to sign, saying their members would \
         bear a disproportionate share of cuts.",
    );
    assert!(
        got.iter().all(|(_, s)| s.as_deref() != Some("Several")),
        "{got:?}"
    );
}

#[test]
fn a_role_noun_between_name_words_opens_the_subject() {
    // The participle hangs on "Opposition leader Carl Berg", not on
    // "Opposition".
    let got = indirect(
        "Opposition leader Carl Berg hit out at the government on Monday, claiming that the previous budget had diverted funds meant for schools.",
    );
    assert_eq!(
        got,
        vec![(
            "the previous budget had diverted funds meant for schools".to_string(),
            Some("Carl Berg".to_string())
        )]
    );
    let got = indirect(
        "Council member Ana Ruiz voted against the plan, alleging that the contract had been awarded without a tender.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_live_blogs_time_stamp_opens_no_subject() {
    let got = speakers(
        "9:58 p.m. — Incumbent commissioner Lyle Fairbrother has not yet appeared at his watch party.\n\n\
         10:32 p.m. — Fairbrother took the stage to cheers. \"It is too early to call, but I like where we are,\" he told supporters.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Lyle Fairbrother"));
}

#[test]
fn a_four_word_clause_is_reported_speech_and_three_are_not() {
    let got = indirect("City Attorney Raymond Steilacoom said the city would appeal.");
    assert_eq!(
        got,
        vec![(
            "the city would appeal".to_string(),
            Some("Raymond Steilacoom".to_string())
        )]
    );
    assert!(indirect("Raymond Steilacoom said it was fine.").is_empty());
}

#[test]
fn alleged_is_a_speech_verb_only_before_what_was_alleged() {
    let got = indirect(
        "Chief Minister Rakesh Venkataraman spoke on Sunday. He further alleged that the previous government had diverted the funds.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Rakesh Venkataraman"));
    let got = speakers("“The contract was rigged from the very start,” Deshmane alleged.");
    assert_eq!(got[0].1.as_deref(), Some("Deshmane"));
    // An adjective: no speech, so no reported clause after it.
    assert!(
        indirect(
            "Marlow asked how he could be so sure of that night, when he met a victim of Dorsey’s alleged trafficking ring."
        )
        .is_empty()
    );
    assert!(
        indirect("The firm was fined in March for alleged breaches of the rules on client money.")
            .is_empty()
    );
}

#[test]
fn reported_speech_may_hold_quoted_words_too_short_to_be_a_quote() {
    let text = "Labour's deputy leader, Rhiannon Castellane, said the government was “running scared” of its own backbenchers.";
    assert_eq!(
        indirect(text),
        vec![(
            "the government was “running scared” of its own backbenchers".to_string(),
            Some("Rhiannon Castellane".to_string())
        )]
    );
    // The mark that closes quoted words at the end goes with them.
    let got = indirect("Mirela Frayne added that the letter Tobin wrote was “kind and warm.”");
    assert_eq!(got[0].0, "the letter Tobin wrote was “kind and warm.”");
    // A quote of four words or more is a direct quote, and the words
    // around it are not reported speech.
    let text = "Castellane said the contracts had been “properly scrutinised at every stage” by officials.";
    assert!(indirect(text).is_empty());
    assert_eq!(speakers(text)[0].1.as_deref(), Some("Castellane"));
}

#[test]
fn an_indefinite_speaker_is_someone_new() {
    let got = indirect(
        "Foreign ministry spokesperson Mao Jiewen said she was “not aware of the specific situation” at all.\n\n\
         A European Commission spokesperson said the bloc was “following developments closely” and was in contact with officials.",
    );
    assert_eq!(
        got.last().and_then(|q| q.1.as_deref()),
        Some("European Commission spokesperson")
    );
}

#[test]
fn another_of_a_kind_is_one_more_person() {
    let text = "One resident said the lorries would block Station Road every morning.\n\n\
                Another resident said his children already could not cross the road safely.\n\n\
                “We will fight this to the end,” another resident said.";
    let got = indirect(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("One resident"));
    assert_eq!(got[1].1.as_deref(), Some("another resident"));
    assert_eq!(speakers(text)[0].1.as_deref(), Some("another resident"));
}

#[test]
fn a_described_subject_speaks_through_a_joined_verb() {
    let text = "An Ostrava spokesman declined to comment on its chip orders but said the company “remains committed to its suppliers.”";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("Ostrava spokesman"));
}

#[test]
fn told_a_listener_then_a_clause_opened_by_a_determiner() {
    let got = indirect(
        "Castlegate's planning director, Sunita Rawal, told the meeting the company had already cut the height of the building.",
    );
    assert_eq!(
        got,
        vec![(
            "the company had already cut the height of the building".to_string(),
            Some("Sunita Rawal".to_string())
        )]
    );
    // A past tense for the clause's verb.
    let got = indirect(
        "Danielle Ostrowski, who worked for him for six years, told jurors the instruction came during a meeting in his office.",
    );
    assert_eq!(
        got[0].0,
        "the instruction came during a meeting in his office"
    );
    // What she told them, and no clause after it.
    assert!(
        indirect("Rawal told the meeting the plans in full before the vote on Monday.").is_empty()
    );
    assert!(
        indirect("Rawal told the meeting the whole story of the old mill at length.").is_empty()
    );
}

#[test]
fn a_named_persons_campaign_speaks_for_them() {
    let text = "Taggart's ad ran for a week.\n\n\
                Saltonstall's campaign called the ad “a lie, plain and simple.”";
    assert_eq!(
        speakers(text)[0].1.as_deref(),
        Some("Saltonstall's campaign")
    );
}

#[test]
fn a_relative_named_in_commas_has_the_relatives_gender() {
    let text = "Ingrid Haldorsen kept the light for thirty-one years.\n\n\
                Her late husband, Per, joined her on the island in 1979. He had been a fisherman.\n\n\
                “He said to me, ‘This place will drive me mad,’” she recalls.";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("Ingrid Haldorsen"));
}

#[test]
fn an_opening_participle_or_conjunction_is_not_the_subject() {
    let got = indirect(
        "Speaking in the Senedd on Tuesday, Mr Prothero said the government was 'well on course' to meet its target.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Prothero"));
    let got = indirect(
        "But the Welsh Conservatives' housing spokesperson, Gwenllian Thorne, said official statistics showed fewer than 11,000 starts.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Gwenllian Thorne"));
    // A gerund that is what was said: not an opening phrase.
    let got = indirect(
        "Targeting audiences is key in making dollars go further, Graham said, offering the example of a recent campaign.",
    );
    assert!(got.iter().all(|q| !q.0.starts_with("offering")), "{got:?}");
}

#[test]
fn a_person_of_an_institution_whose_name_holds_of() {
    let got = indirect(
        "Political scientist Henrike Osterloh of the University of Aldstadt said a minority government was now the most likely outcome.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Henrike Osterloh"));
}

#[test]
fn a_bodys_long_name_before_its_spokesperson() {
    let text = "“We have made 1,200 beds available this winter,” a Department of Health and Social Care spokesperson said.";
    assert_eq!(
        speakers(text)[0].1.as_deref(),
        Some("Department of Health and Social Care spokesperson")
    );
}

#[test]
fn reported_speech_keeps_the_currency_sign_that_opens_it() {
    let got =
        indirect("A spokesperson said £1.2bn had been made available to reduce waiting times.");
    assert_eq!(
        got[0].0,
        "£1.2bn had been made available to reduce waiting times"
    );
}

#[test]
fn her_son_is_the_son_named_before() {
    let text = "Margaret Ellery was taken to hospital with a broken hip. Her son, Graham, said she was left without pain relief.\n\n\
                The trust apologised on Friday.\n\n\
                Her son said she wanted the trust to make sure “no one else’s mum goes through this.”";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("Graham Ellery"));
}

#[test]
fn an_aside_in_brackets_before_a_relative_clause() {
    let text = "Sen. Bartholomew Rudd (R-Wyo.) chairs the committee.\n\n\
                Sen. Alicia Montaño (D-N.M.), who voted against the bill, said it would “gut the environmental reviews that protect tribal lands.”";
    assert_eq!(speakers(text)[0].1.as_deref(), Some("Alicia Montaño"));
}

#[test]
fn told_a_listener_then_a_pronouns_clause_holding_that() {
    let got = indirect(
        "Sen. Gordon Pfeiffer of Montana told reporters he had secured changes that protected landowners.",
    );
    assert_eq!(got[0].0, "he had secured changes that protected landowners");
}

#[test]
fn a_plural_of_a_speaker_noun_speaks() {
    // (In small letters, as "Analysts" opening a sentence is "analysts":
    // "hospital" is a body's noun too.)
    let got = indirect("Hospital managers said they were disappointed by the vote on Monday.");
    assert_eq!(got[0].1.as_deref(), Some("hospital managers"));
}

#[test]
fn they_after_a_sentence_opened_by_a_group_is_that_group() {
    let got = indirect(
        "The ferry company serves North America and Europe.\n\n\
         Analysts expect the number of routes to grow. They say the new ships will make the crossing popular.",
    );
    assert_eq!(got[0].1.as_deref(), Some("analysts"));
    let got = indirect(
        "“We have no choice,” said Ines Calloway. Many residents disagree. They said the fares were already too high.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Many residents"));
    // A name after the group's sentence is the nearer one.
    let got = indirect(
        "Residents disagree. The Harbour Trust and Ines Calloway met on Monday. They said the fares would stay.",
    );
    assert_ne!(got[0].1.as_deref(), Some("Residents"));
}

#[test]
fn a_clause_before_a_verb_with_an_object_pronoun_is_not_reported() {
    let got = indirect(
        "And if you have not yet noticed what might be wrong, a lot of people on Twitter pointed it out.",
    );
    assert!(got.is_empty(), "{got:?}");
    let got = indirect(
        "The passages are essential for reading the book, as the novelist Jo Walton explained them to me.",
    );
    assert!(got.is_empty(), "{got:?}");
    // "told" takes its listener as object.
    let got = indirect("The fares will rise in May, the mayor told them.");
    assert_eq!(got[0].1.as_deref(), Some("mayor"));
}

#[test]
fn a_greeting_that_opens_a_quote_is_not_part_of_a_name() {
    let got = indirect(
        "“Hey Twitter, the whole point is awareness,” Governor Ada Noem wrote.\n\n\
         People on Twitter said the slogan was a mistake.",
    );
    assert_ne!(got[0].1.as_deref(), Some("Hey Twitter"), "{got:?}");
}

#[test]
fn a_name_inside_a_quote_is_no_later_pronouns_person() {
    let got = speakers(
        "The novelist Tobias Wren lived alone above the bakery.\n\n\
         “I used to call them both my Daniel K. Hightowers, as they wore their hair that way,” Mara Eskel recalled.\n\n\
         Although Wren had planned the book for years, he struggled to finish it. \
         “It is not as if someone can charge into the room every few pages,” he wrote.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Tobias Wren"), "{got:?}");
}

#[test]
fn a_body_a_speaker_works_at_is_no_he_after_them() {
    let got = indirect(
        "Northgate Marine will offer the port its new tug. \
         “It has a lot of power for its size,” said Tomas Reyes, vice president of sales at Northgate Marine. \
         He declined later to state when the tug would be ready for service, saying it would depend on the contract.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Tomas Reyes"), "{got:?}");
}

#[test]
fn a_question_left_open_is_not_what_the_sentence_reports() {
    let got = indirect(
        "Tomas Reyes runs the yard. He declined to say when the tug would be ready, \
         saying it would depend on the contract.",
    );
    assert_eq!(
        got,
        vec![(
            "it would depend on the contract".to_string(),
            Some("Tomas Reyes".to_string())
        )]
    );
}

#[test]
fn whoever_issues_a_statement_speaks_its_words() {
    let got = speakers(
        "The campaign has been marked by misleading adverts.\n\n\
         The Electoral Board, which regulates campaign finances, issued a statement warning that \
         “voters are entitled to honesty from campaigners before an election.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Electoral Board"), "{got:?}");
}

#[test]
fn assured_is_a_speech_verb_with_a_listener_before_that() {
    let got = speakers(
        "Tomas Reyes was asked about the night again.\n\n\
         “Oh, really? Yes,” he assures himself. “I did not sweat at the time, as my doctors will tell you.”",
    );
    assert_eq!(
        got.last().and_then(|q| q.1.as_deref()),
        Some("Tomas Reyes"),
        "{got:?}"
    );
    let got = indirect(
        "Two cases were confirmed. The Harbour Health Board assured the public on its website \
         that the risks of transmission were extremely low.",
    );
    assert_eq!(got[0].0, "the risks of transmission were extremely low");
}

#[test]
fn reported_clauses_read_past_a_company_suffix_and_a_first_verb() {
    let got = indirect(
        "The state launched the campaign on Monday. The report says the ad agency Broadhead Co. \
         came up with the campaign and was paid nearly $449,000.",
    );
    assert_eq!(
        got[0].0,
        "the ad agency Broadhead Co. came up with the campaign and was paid nearly $449,000"
    );
    let got = indirect(
        "A friend called the police. Harbour Police Department responded and confirmed that \
         there appeared to be blood on the front seat.",
    );
    assert_eq!(got[0].0, "there appeared to be blood on the front seat");
}

#[test]
fn objects_and_things_described_are_not_reported_speech() {
    // "claimed" with an object.
    for text in [
        "The family claimed Wren’s body, cleaned out his flat, and, shortly after, left town.",
        "The Harbour Front claimed responsibility for sinking the barge, which it said had been spying.",
        // A thing described before the verb.
        "Morrison did refer to his earlier testimony, in which others had raised concerns about leaks, \
         a prospect Vindman denied earlier in the day.",
        // What was warned of follows the verb.
        "The two neighbouring states also sharply criticised the policy shift, with Foreign Minister \
         Ayman Safadi warning of dangerous consequences.",
    ] {
        let got = indirect(text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // A clause after "claimed" still reports.
    let got = indirect("The minister claimed the election was stolen from her party.");
    assert_eq!(got[0].0, "the election was stolen from her party");
}
