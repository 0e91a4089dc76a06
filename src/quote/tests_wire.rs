//! Groups in a body, described and titled speakers, and a quote led into
//! by an "-ing" verb after ", with": the shapes a batch of shutdown,
//! council, hearing and confidence-vote stories showed.

use super::tests::speakers;
use super::tests_political::indirect;

/// "Lawmakers in the Senate said", "Democrats in the House said",
/// "Republican leaders in the Legislature said": the group, not the body
/// it sits in.
#[test]
fn a_group_in_a_body_speaks_not_the_body() {
    let got = indirect(
        "Lawmakers in the Senate said the bill was a stunt and would fail.\n\n\
         Democrats in the House said the bill was a stunt and would fail.\n\n\
         Republican leaders in the Legislature said they would put the rule to voters.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Lawmakers in the Senate"),
            Some("Democrats in the House"),
            Some("Republican leaders in the Legislature"),
        ],
        "{got:?}"
    );
}

/// A name before the group's noun is no qualifier: "Officials at the
/// ministry" stays a group, and "Senator Ada Fellows of Utah" a person.
#[test]
fn a_name_ending_in_a_group_noun_stays_a_person() {
    let got = indirect(
        "Officials at the ministry said the plan was sound and would pass.\n\n\
         Senator Ada Fellows of Utah said the plan was sound and would pass.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("officials at the ministry"),
        "{got:?}"
    );
    assert_eq!(got[1].1.as_deref(), Some("Ada Fellows"), "{got:?}");
}

/// "..., with Castellanos-Whitby accusing the mayor of “...”": the
/// person named after ", with" leads into the quote.
#[test]
fn a_quote_after_with_a_name_and_an_ing_verb_is_that_persons() {
    let got = speakers(
        "Mayor's race\n\n\
         Jerome Castellanos-Whitby conceded the race early on Wednesday.\n\n\
         The race had turned personal in its final weeks, with Castellanos-Whitby accusing the \
         mayor of \"running the city like a private club\" at every stop.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Jerome Castellanos-Whitby"),
        "{got:?}"
    );
}

/// "Transit Authority CEO X" then "the CEO said" and "the chief
/// executive said": the one who bears the title, not the last speaker.
#[test]
fn the_ceo_and_the_chief_executive_are_the_titled_ceo() {
    let got = speakers(
        "Hearing\n\n\
         Transit Authority CEO Benedikt Osei-Marsh opened his testimony with an apology.\n\n\
         Assemblywoman Theodora Vukovic, who chairs the committee, was not satisfied.\n\n\
         \"An apology is not a plan at all,\" Vukovic said.\n\n\
         \"I can't promise that at all,\" the CEO said.\n\n\
         \"I can't promise that either way,\" the chief executive said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Theodora Vukovic"),
            Some("Benedikt Osei-Marsh"),
            Some("Benedikt Osei-Marsh"),
        ],
        "{got:?}"
    );
}

/// "Prime Minister X survived a vote." then "Speaking after the vote, the
/// 58-year-old former economist said ...": the person named before, not
/// the first name after the description (a party's alliance). The text
/// opens with the lede, as a cleaned article does (its headline apart).
#[test]
fn a_description_after_a_named_person_is_that_person_not_the_next_name() {
    let got = speakers(
        "Prime Minister Katarzyna Wolniak-Hale survived a confidence vote in parliament on \
         Wednesday by just four votes.\n\n\
         Speaking after the vote, the 58-year-old former economist said her government would \
         \"get on with the work people elected us to do\".\n\n\
         The coalition partner, the Farmers Alliance, said in a statement that it remained \
         committed.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Katarzyna Wolniak-Hale"),
        "{got:?}"
    );
}

/// "NEW DELHI: Union Minister X on Monday defended ..., saying ...
/// “...”": a dateline with a colon is no speaker.
#[test]
fn a_dateline_with_a_colon_is_no_speaker() {
    let got = speakers(
        "NEW DELHI: Union Petroleum Minister Raghavendra Iyer-Kulkarni on Monday defended the \
         decision to raise fuel prices, saying global crude costs had left the government \
         \"with no other option at all\".",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Raghavendra Iyer-Kulkarni"),
        "{got:?}"
    );
}

/// "A former health minister has told an inquiry she was “...”", then
/// "Dame Philippa X, who held the post ..., said": the woman the next
/// paragraph names, without her damehood.
#[test]
fn a_described_lede_person_is_the_dame_named_next() {
    let got = speakers(
        "A former health minister has told a public inquiry she was \"kept in the dark about \
         the warnings\" over a maternity unit.\n\n\
         Dame Philippa Okonedo-Hartley, who held the post between 2018 and 2021, said officials \
         never passed on two letters.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Philippa Okonedo-Hartley"),
        "{got:?}"
    );
}

/// "His campaign dismissed the tour as “...”" and "“...,” her office
/// said": what speaks for the person the pronoun stands for; and in "X
/// accepted the resignation, his office said" the person the sentence
/// named, not the one named before.
#[test]
fn his_campaign_and_her_office_speak_for_the_person_named() {
    let got = speakers(
        "Dale Henriksen, a grower, came out of curiosity.\n\n\
         Sen. Bradley Courtwright was campaigning in the city on the same day. His campaign \
         dismissed the farm tour as \"a photo op with a tractor.\"\n\n\
         Gov. Ada Ruiz was away. \"It is a good start for the state,\" her office said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Bradley Courtwright's campaign"),
            Some("Ada Ruiz's office"),
        ],
        "{got:?}"
    );
    let got = indirect(
        "Minister Haroon Qureshi-Baig resigned on Sunday over the contracts.\n\n\
         Prime Minister Shahzeb Malik-Durrani accepted the resignation, his office said.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Shahzeb Malik-Durrani's office"),
        "{got:?}"
    );
}

/// "The Health Secretary, Orla X, on Tuesday set out a plan ...,
/// promising “...”": the name in the apposition to an office in capitals,
/// past the day.
#[test]
fn the_name_beside_an_office_in_capitals_is_the_sentences_subject() {
    let got = speakers(
        "The Health Secretary, Orla Fitzgibbon-Mensah, on Tuesday set out a plan to cut waiting \
         lists, promising \"the biggest shake-up of outpatient care in a generation\".\n\n\
         The Chancellor, Ivo Brandt-Lucas, set out his budget, calling it \"a plan for growth \
         and nothing else\".",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("Orla Fitzgibbon-Mensah"), Some("Ivo Brandt-Lucas")],
        "{got:?}"
    );
}

/// "The Education Minister, Rosalind X, made the following statement to
/// the Assembly." then a statement of several paragraphs with no tag: the
/// minister's, not the opposition spokesman's quoted after it.
#[test]
fn a_statement_announced_as_following_is_its_announcers() {
    let got = speakers(
        "The Education Minister, Rosalind Achterberg-Nwosu, made the following statement to \
         the Assembly on Wednesday.\n\n\
         \"Madam Speaker, last week forty thousand students received grades lower than they \
         deserved.\n\n\
         \"Corrected grades will be issued by Friday.\"\n\n\
         Opposition spokesman Gareth Lindqvist-Owusu said the apology was overdue. \"She waited \
         eight days to tell the students,\" he said.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Rosalind Achterberg-Nwosu"),
        "{got:?}"
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Gareth Lindqvist-Owusu"),
        "{got:?}"
    );
}
