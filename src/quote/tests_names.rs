//! Speakers in harder shapes: names with particles and possessives,
//! honorifics after a descriptor, datelines, documents, couples, and the
//! people a sentence is about.

use super::tests::speakers;

/// "Tariq al-Mansouri ... al-Mansouri said": a surname led by a lowercase
/// Arabic article is a name word.
#[test]
fn a_surname_led_by_al_is_a_name() {
    let got = speakers(
        "Talks stall\n\n\
         Host foreign minister Tariq al-Mansouri told a news conference the talks had been \
         “frank and at times difficult” but would go on.\n\n\
         “We are closer than we were a month ago, but closer is not enough,” al-Mansouri \
         said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Tariq al-Mansouri"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Tariq al-Mansouri"), "{got:?}");
    assert!(super::names::is_name_word("el-Amin"));
    assert!(!super::names::is_name_word("al-fresco"));
}
/// "Imelda Okonkwo-Reid of the Rail Users' Alliance said": the person,
/// not the end of the body's name after its possessive mark; the body
/// alone is named whole.
#[test]
fn a_possessive_inside_a_bodys_name() {
    let got = speakers(
        "Rail strike\n\n\
         Passenger groups urged both sides back to the table. Imelda Okonkwo-Reid of the \
         Rail Users' Alliance said commuters had “run out of patience and, frankly, out of \
         holiday days.”\n\n\
         The Rail Users' Alliance said it would “take the operator to court if it has to.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Imelda Okonkwo-Reid"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Rail Users' Alliance"), "{got:?}");
}

/// "Lindqvist-Mbeki could be heard saying “...”": the one heard speaks,
/// not the speaker before.
#[test]
fn the_one_heard_saying_speaks() {
    let got = speakers(
        "Budget day\n\n\
         “Honesty would be admitting the waiting lists are longer,” opposition leader Hamish \
         Orr-Takahashi said.\n\n\
         The minister shook his head. Oskar Lindqvist-Mbeki could be heard saying “that is \
         simply not true” from the front bench.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Oskar Lindqvist-Mbeki"),
        "{got:?}"
    );
}

/// "said Conservative lawmaker Sir Geoffrey Ainsworth-Mensah": the name
/// after the honorific, not the party.
#[test]
fn an_honorific_after_a_descriptor() {
    let got = speakers(
        "Revolt\n\n\
         “This is not a rebellion. This is a warning,” said Conservative lawmaker Sir \
         Geoffrey Ainsworth-Mensah, who led the rebels.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Geoffrey Ainsworth-Mensah"),
        "{got:?}"
    );
}
/// "One rebel, speaking on condition of anonymity, said ... “...,” the
/// lawmaker said.": the aside on how they spoke hides no name, and "the
/// lawmaker" is the unnamed rebel, not the MP quoted before.
#[test]
fn the_lawmaker_after_an_unnamed_rebel() {
    let got = speakers(
        "Revolt\n\n\
         “The prime minister needed our votes to pass her own bill,” housing spokeswoman \
         Nkechi Harrington said.\n\n\
         One rebel, speaking on condition of anonymity, said the whips had made threats. \
         “It was crude and it didn't work,” the lawmaker said.\n\n\
         A senior official, speaking to reporters in Brussels, said the talks would \
         “go on for as long as it takes.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("One rebel"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("senior official"), "{got:?}");
}

/// "Agnieszka and Tomasz Wrobel-Hale": the wife's given name shares the
/// surname; "Mary Smith and John Doe" are two people.
#[test]
fn a_couple_shares_the_surname() {
    let got = speakers(
        "The ferry café\n\n\
         Every morning at five, the café is opened by Agnieszka and Tomasz Wrobel-Hale.\n\n\
         “We open before the first boat because the crew has to eat,” Agnieszka says.\n\n\
         The stall is run by Mary Smith and John Doe. “We sell the best pies on the quay,” \
         Mary said.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Agnieszka Wrobel-Hale"),
        "{got:?}"
    );
    assert_eq!(got[1].1.as_deref(), Some("Mary Smith"), "{got:?}");
}

/// "SACRAMENTO — Gov. X on Thursday signed a bill ..., calling it “...”":
/// the subject past the dateline and the day.
#[test]
fn the_subject_past_a_dateline_and_a_day() {
    let got = speakers(
        "Climate law\n\n\
         The law takes effect in January.\n\n\
         SACRAMENTO — Gov. Imogen Castellanos-Hart on Thursday signed a bill committing \
         the state to net-zero emissions by 2045, calling it “the most ambitious climate \
         law in the country.”\n\n\
         SACRAMENTO — Imogen Castellanos-Hart signed the bill, saying it was “a promise \
         kept to our grandchildren.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Imogen Castellanos-Hart"),
        "{got:?}"
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Imogen Castellanos-Hart"),
        "{got:?}"
    );
}

/// "... vowed to bring the bill to the floor, setting up a clash with House
/// Republicans who have called it “...”": they label it, not the subject.
#[test]
fn a_label_in_a_relative_clause() {
    let got = speakers(
        "Immigration bill\n\n\
         Senate Majority Leader Cornelia Westergaard-Oduya on Thursday vowed to bring an \
         immigration bill to the floor, setting up a clash with House Republicans who have \
         called it “amnesty by another name.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("House Republicans"), "{got:?}");
}

/// "In a letter to the defence secretary, Gen. X wrote that ... “...,” the
/// letter said.": the writer named after the document.
#[test]
fn the_letter_said_after_its_writer() {
    let got = speakers(
        "Army budget\n\n\
         In a letter to the defence secretary seen by this newspaper, Gen. Sir Aldous \
         Penhaligon wrote that the service was stretched.\n\n\
         “We are asking soldiers to train on vehicles older than they are,” the letter said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Aldous Penhaligon"), "{got:?}");
}
/// "X was quoted as saying ... that the governor “...”": as "X was heard
/// saying"; and "For Achebe-Nygaard, the wait is the problem. “...,” she
/// said.": the person the sentence is about.
#[test]
fn quoted_as_saying_and_for_whom() {
    let got = speakers(
        "Row over rates\n\n\
         Economist Laszlo Varga-Thompson said the public spat was unhelpful.\n\n\
         Gustav Rydberg-Nkosi was quoted as saying in a private meeting last week that the \
         governor “should think about her legacy and her reputation.”\n\n\
         “We get the noise and none of the business,” said Rosalind Achebe-Nygaard, who runs \
         a hardware store.\n\n\
         “Not currently programmed,” state Rep. Josefina Calderón-Whitby said. “That's \
         bureaucrat for no.”\n\n\
         For Achebe-Nygaard, the wait is the problem. “Two years is a long time when you're \
         paying rent,” she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Gustav Rydberg-Nkosi"), "{got:?}");
    assert_eq!(
        got[3].1.as_deref(),
        Some("Rosalind Achebe-Nygaard"),
        "{got:?}"
    );
}
/// "Officials in Brussels said", "Business owners on Mill Road, where
/// ..., said": the people, not the place.
#[test]
fn people_named_by_a_noun_and_a_place() {
    let got = speakers(
        "Bus lane\n\n\
         Officials in Brussels said the plan was “dead on arrival in its current form.”\n\n\
         Business owners on Mill Road, where the bus lane is planned, said the scheme would \
         “kill the street within a year.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Officials in Brussels"),
        "{got:?}"
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Business owners on Mill Road"),
        "{got:?}"
    );
}

/// "... told us the commission was “...” Asked about that, Osei-Lindgren
/// smiled.", then a paragraph that is a quote: hers, not the speaker of
/// the quote before.
#[test]
fn a_quote_paragraph_after_a_sentence_about_someone() {
    let got = speakers(
        "Interview\n\n\
         Hildegard Osei-Lindgren took over as chair of the commission in January.\n\n\
         Opposition spokesman Rupert Vance-Achebe told us the commission was “doing the \
         right things five years too late.” Asked about that, Osei-Lindgren smiled.\n\n\
         “I was not here five years ago. I am here now.”\n\n\
         “The commission has a plan and a budget,” Vance-Achebe said later.\n\n\
         “What it lacks is the will to use either.”",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Hildegard Osei-Lindgren"),
        "{got:?}"
    );
    assert_eq!(got[3].1.as_deref(), Some("Rupert Vance-Achebe"), "{got:?}");
}

/// "Quinlan said he would pay for it by “...,” while Solheim said she would
/// use “...”": the clause after the first quote has its own speaker; and
/// "Moderator Clarice Oduya-Wentworth" is her name without the job.
#[test]
fn a_clause_after_the_quote_with_its_own_speaker() {
    let got = speakers(
        "Debate\n\n\
         Both promised to raise teacher pay, though Barrett Quinlan-Ojo said he would pay \
         for it by “cutting the bureaucracy in the education department,” while Ingrid \
         Solheim-Mbatha said she would use “the surplus that is sitting in the rainy-day \
         fund.”\n\n\
         Moderator Clarice Oduya-Wentworth had to cut in. “Candidates, please, let's let each \
         other finish,” she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Barrett Quinlan-Ojo"), "{got:?}");
    assert_eq!(
        got[1].1.as_deref(),
        Some("Ingrid Solheim-Mbatha"),
        "{got:?}"
    );
    assert_eq!(
        got[2].1.as_deref(),
        Some("Clarice Oduya-Wentworth"),
        "{got:?}"
    );
}

/// A Q&A whose answers are quote paragraphs under the interviewer's
/// questions: the interviewee's, not the next paragraph's speaker; a lead-in
/// ending in a colon is no question.
#[test]
fn answers_under_questions_are_the_interviewees() {
    let got = speakers(
        "Q&A: the new election chief\n\n\
         Hildegard Osei-Lindgren took over as chair of the commission in January. She spoke \
         to us about the coming election.\n\n\
         You take over with trust in elections at a low. Why?\n\n\
         “Because people have been told, loudly and often, that the system is rigged.”\n\n\
         What does that mean in practice?\n\n\
         “Every count will be livestreamed, and you can watch us.”\n\n\
         Opposition spokesman Rupert Vance-Achebe told us the commission was “doing the right \
         things five years too late.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Hildegard Osei-Lindgren"),
        "{got:?}"
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Hildegard Osei-Lindgren"),
        "{got:?}"
    );
    assert_eq!(got[2].1.as_deref(), Some("Rupert Vance-Achebe"), "{got:?}");
    // A name before a possessive ("Remember New Jersey's ...") is no
    // interviewee.
    let got = speakers(
        "A slogan\n\n\
         Remember New Jersey's epic quest to find a state slogan? Another state has one.\n\n\
         Just what is this priceless slogan, and who chose it for the state?\n\n\
         “Meth. We are on it, every day and everywhere.”",
    );
    assert_eq!(got[0].1, None, "{got:?}");
}

/// "The National Audit Bureau found ... “...,” the bureau's report said":
/// the body named in full before; "According to two people present, the
/// chancellor told ministers that ... “...”": the chancellor.
#[test]
fn the_body_named_before_and_a_source_after_according_to() {
    let got = speakers(
        "Broadband\n\n\
         The National Audit Bureau found that only 31 percent of homes had a connection. \
         “The programme has been let down by poor planning,” the bureau said.\n\n\
         “It was let down by poor planning from the very start,” the bureau's report said.\n\n\
         According to two people present at the meeting, Chancellor Rosamund Achterberg-Lowe \
         told ministers that the Treasury “cannot write a blank cheque to the energy \
         companies.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("National Audit Bureau"),
        "{got:?}"
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("National Audit Bureau"),
        "{got:?}"
    );
    assert_eq!(
        got[2].1.as_deref(),
        Some("Rosamund Achterberg-Lowe"),
        "{got:?}"
    );
}

/// "A spokesperson for the Carrow Institute declined to comment but said
/// ...": a body's name ending in a speaker noun ("Institute") does not end
/// the subject there.
#[test]
fn a_body_whose_name_ends_in_a_speaker_noun() {
    let got = super::tests_political::indirect(
        "A spokesperson for the Carrow Institute declined to comment on the details but said \
         negotiations would resume in January.",
    );
    assert_eq!(got[0].0, "negotiations would resume in January", "{got:?}");
}

/// "A former head of the country's foreign intelligence service has warned
/// ... that the country is “...”", then "Speaking at a conference, Sir X,
/// who led the service until 2022, said": the head is named next.
#[test]
fn a_former_head_named_in_the_next_paragraph() {
    let got = speakers(
        "Spy chief\n\n\
         A former head of the country's foreign intelligence service has warned that the \
         country is “less prepared than it was five years ago.”\n\n\
         Speaking at a security conference on Thursday, Sir Malcolm Achterberg-Reeve, who led \
         the service until 2022, said disinformation had become “cheaper, faster and harder \
         to trace.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Malcolm Achterberg-Reeve"),
        "{got:?}"
    );
}

/// "In a post on social media, the president congratulated her. “...,” he
/// wrote.": the office just named, not the senator quoted before; and
/// "“...,” one fisherman shouted" is the fisherman.
#[test]
fn the_office_just_before_he_and_one_fisherman() {
    let got = speakers(
        "Confirmed\n\n\
         “I asked her four times and got a speech instead of a yes,” Sen. Caldwell \
         Ashby-Nkemelu said.\n\n\
         In a post on social media, the president congratulated her. “Margaret will restore \
         integrity to a department that badly needs it,” he wrote.\n\n\
         “We have moved this project eleven miles,” project director Solveig Amundsen-Bell \
         said.\n\n\
         “Eleven miles is nothing to a lobster,” one fisherman shouted from the back.",
    );
    assert_eq!(got[1].1.as_deref(), Some("president"), "{got:?}");
    assert_eq!(got[3].1.as_deref(), Some("one fisherman"), "{got:?}");
}
