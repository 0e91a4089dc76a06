//! Offices, ministries, peers and places around a speaker's name: the
//! shapes a batch of parliamentary, court and wire stories showed.

use super::tests::speakers;
use super::tests_political::indirect;

/// An office opening the story, then generals named with their ranks,
/// then the office holder named bare: "the Defence Secretary" is the man
/// named bare, not the first general.
#[test]
fn an_opening_office_is_the_person_later_named_bare_not_one_with_a_rank() {
    let got = speakers(
        "Cuts row\n\n\
         The Defence Secretary has insisted the navy will be \"smaller but far sharper than before\" after \
         two retired admirals warned against the plan.\n\n\
         In a joint letter, Admiral Sir Talbot Greythorne and Vice Admiral Morwen Castellane \
         said the cuts were \"a risk to the fleet\".\n\n\
         Speaking on a morning programme, Ambrose Kettlewell said he respected the admirals.\n\n\
         \"I honour their long service to this country,\" the Defence Secretary said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ambrose Kettlewell"), "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Ambrose Kettlewell"), "{got:?}");
}

/// "The Taoiseach has rejected ..., saying ... “...”", then "Speaking in
/// the Dáil, X said": an office with no title before the name.
#[test]
fn a_head_of_government_named_by_office_in_the_opening_lines() {
    let got = speakers(
        "Housing row\n\n\
         The Taoiseach has rejected calls for an emergency declaration, saying it would \
         \"change nothing for renters at all\".\n\n\
         Speaking in the Dáil, Brendan Ó Faoláin said the Government was using every power \
         it had.\n\n\
         \"A declaration is a slogan, not a policy,\" the Taoiseach said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Brendan Ó Faoláin"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Brendan Ó Faoláin"), "{got:?}");
}

/// "Oliver X KC", "Ama Y MP": the letters after the name are not part of it.
#[test]
fn letters_after_a_name_are_left_out() {
    let got = speakers(
        "Trial\n\n\
         The defendant's barrister, Cordelia Fairbrass KC, told the jury her client had been \
         \"left to carry the blame alone\".\n\n\
         \"He is the junior man in this story,\" Ms Fairbrass said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Cordelia Fairbrass"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Cordelia Fairbrass"), "{got:?}");
}

/// "Dr X, of the University of Y, said": the person, not the place.
#[test]
fn where_a_speaker_is_from_between_commas_is_no_speaker() {
    let got = speakers(
        "Prices\n\n\
         But Dr Ignatius Pellow, of the University of Carrowmore, said: \"This helps only at \
         the margin for most buyers.\"",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ignatius Pellow"), "{got:?}");
    let got = indirect(
        "Prices\n\n\
         The economist Wilhelmina Dray, from Aldbury, said the measure would mostly push up \
         prices.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Wilhelmina Dray"), "{got:?}");
}

/// "But Professor X of the University of Y said": the person whole, after
/// the sentence's opening word and the title.
#[test]
fn a_titled_person_of_an_institution_is_the_person() {
    let got = indirect(
        "Prices\n\n\
         But Professor Gideon Marwood of the University of Carrowmore said the measure would \
         help at the margin.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Gideon Marwood"), "{got:?}");
    let got = indirect(
        "Prices\n\n\
         Dr Okonjo of the Institute for Fiscal Research said the plan did not add up.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Okonjo"), "{got:?}");
}

/// "Minister for Information X", "Minister for Water and Power Y": the
/// ministry's field is not the first word of the name.
#[test]
fn a_ministrys_field_is_not_part_of_the_name() {
    let got = speakers(
        "Resignation\n\n\
         Federal Minister for Information Idris Waheed-Lone resigned on Saturday.\n\n\
         \"I have done nothing wrong and the inquiry will say so,\" Waheed-Lone said.\n\n\
         Minister for Water and Power Samina Khattak-Rao said the dams would \"be full by \
         August at the latest\".",
    );
    assert_eq!(got[0].1.as_deref(), Some("Idris Waheed-Lone"), "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Samina Khattak-Rao"), "{got:?}");
}

/// An unnamed diplomat described at length, then "who spoke on condition
/// of anonymity": the diplomat, not the minister quoted before.
#[test]
fn a_long_description_with_an_anonymity_clause_is_the_speaker() {
    let got = speakers(
        "Border checks\n\n\
         \"That decision belongs to us,\" Interior Minister Henrike Aalders said.\n\n\
         A diplomat from a third member state, who spoke on condition of anonymity because \
         the talks were confidential, said the Commission was \"trying to show it has teeth \
         before the summer\".",
    );
    assert_ne!(got[1].1.as_deref(), Some("Henrike Aalders"), "{got:?}");
    assert!(
        got[1].1.as_deref().is_some_and(|s| s.contains("diplomat")),
        "{got:?}"
    );
}

/// "Johannesburg - A veteran MP has withdrawn ..., saying ...": a dateline
/// in small letters with a hyphen is no speaker.
#[test]
fn a_dateline_with_a_hyphen_is_no_speaker() {
    let got = speakers(
        "Resignation\n\n\
         Kimberley - A veteran MP has withdrawn from the party list, saying she can \"no \
         longer defend the indefensible\" after a corruption finding.",
    );
    assert_ne!(got[0].1.as_deref(), Some("Kimberley"), "{got:?}");
}

/// "responded at the end of the debate": no reported clause.
#[test]
fn responded_without_that_reports_nothing() {
    let got = indirect(
        "Council vote\n\n\
         Council leader Cllr Hortense Abara responded at the end of the long debate.",
    );
    assert!(got.is_empty(), "{got:?}");
}

/// "Co-leader X said only that ...": a title, not part of the name.
#[test]
fn co_leader_is_a_title() {
    let got = speakers(
        "Vote\n\n\
         Co-leader Ruairi Galbraith said only that the party would \"look at the motion \
         carefully\".",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ruairi Galbraith"), "{got:?}");
}

/// "Former chief of the defence staff Lord X of Y said": a peer named for
/// his seat, after a long description.
#[test]
fn a_peer_named_for_his_seat_after_a_long_description() {
    let got = indirect(
        "Cuts row\n\n\
         Former chief of the defence staff Lord Fenwick of Arnside said the plan was flawed.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Fenwick"), "{got:?}");
}

/// "A veteran MP has withdrawn ..., saying ...", then the next paragraph
/// opens with her name: the described person is the one named.
#[test]
fn an_opening_description_is_the_person_the_next_paragraph_opens_with() {
    let got = speakers(
        "Resignation\n\n\
         A veteran MP has withdrawn from the party list, saying she can \"no longer defend \
         the indefensible\" after a corruption finding.\n\n\
         Thandiwe Mokoena-Pillay, who has served in Parliament since 1999, announced her \
         decision in a letter on Friday.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Thandiwe Mokoena-Pillay"),
        "{got:?}"
    );
}

/// "The head of the fisheries authority has defended ..." then
/// "Authority chief executive X faced ...": the head of that body.
#[test]
fn the_head_of_a_body_is_its_chief_named_next() {
    let got = speakers(
        "Quota deal\n\n\
         The head of the national fisheries authority has defended a quota deal, telling a \
         hearing that it was \"the best available outcome in a bad year\".\n\n\
         Authority chief executive Georgina Pellworth faced two hours of questions on \
         Tuesday.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Georgina Pellworth"), "{got:?}");
}

/// In an interview, "She doesn't hesitate. “...”" under a question: the
/// pronoun is the interviewee, though the question names no one.
#[test]
fn a_pronoun_before_an_answer_under_a_question() {
    let got = speakers(
        "Interview\n\n\
         Philippa Danvers-Oyo has spent three years as trade envoy. \"It was a long job,\" \
         she says.\n\n\
         What was the hardest negotiation?\n\n\
         She doesn't hesitate. \"The dairy chapter. Every country has farmers, and every \
         farmer has an MP.\"",
    );
    assert_eq!(got[1].1.as_deref(), Some("Philippa Danvers-Oyo"), "{got:?}");
}

/// "Critics say the deals you struck were thin." is the interviewer's
/// prompt: the answer under it is the interviewee's, not the critics'.
#[test]
fn an_answer_to_a_prompt_put_to_you_is_the_interviewees() {
    let got = speakers(
        "Interview\n\n\
         Philippa Danvers-Oyo has spent three years as trade envoy. We spoke to her in her \
         office.\n\n\
         Critics say the deals you struck were thin.\n\n\
         \"Some of them were thin. I won't pretend otherwise. But a thin deal beats no deal.\"",
    );
    assert_eq!(got[0].1.as_deref(), Some("Philippa Danvers-Oyo"), "{got:?}");
}

/// "The Prime Minister has dismissed ... as “...”", then "Mr Thornbury
/// told Parliament": the office in capitals is the man named next with an
/// honorific, not a minister of another portfolio named later.
#[test]
fn an_office_in_capitals_is_the_person_named_next_with_an_honorific() {
    let got = speakers(
        "Nuclear row\n\n\
         The Prime Minister has dismissed the Opposition's costings as \"a fantasy dressed up \
         as a plan\", as the parties traded blows.\n\n\
         Mr Pemberthy told Parliament the Opposition had \"left out the most expensive part \
         of the plant\".\n\n\
         Energy Minister Callum Ashgrove said modelling showed renewables were cheaper.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Pemberthy"), "{got:?}");
}

/// "The head of the mission, former Ruritanian foreign minister Kgosi X,
/// urged ...": the name at the end of a longer description between commas.
#[test]
fn a_name_after_a_longer_description_between_commas() {
    let got = indirect(
        "Election\n\n\
         The head of the mission, former Ruritanian foreign minister Tau Molefe-Kgari, said \
         voting had been largely peaceful and orderly.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Tau Molefe-Kgari"), "{got:?}");
}

/// "A senior official on Wednesday defended ..., telling lawmakers that
/// ...": the day between the subject and its verb.
#[test]
fn a_day_between_a_described_subject_and_its_verb() {
    let got = indirect(
        "Drones\n\n\
         A senior defence official on Wednesday defended a drone programme that has gone \
         over budget, telling lawmakers that its problems were largely behind them.",
    );
    assert!(
        got.first()
            .and_then(|q| q.1.as_deref())
            .is_some_and(|s| s.contains("official")),
        "{got:?}"
    );
}

/// "Former chief of the defence staff Lord X of Y was more measured.
/// “...,” the crossbench peer said.": the peer is the lord.
#[test]
fn the_peer_is_the_lord_described_before() {
    let got = speakers(
        "Cuts row\n\n\
         \"The government should listen rather than lecture,\" said Yolanda Pryce-Amadi.\n\n\
         Former chief of the defence staff Lord Fenwick of Arnside was more measured. \
         \"There are sensible arguments on both sides,\" the crossbench peer said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Fenwick"), "{got:?}");
}

/// "Her account is backed by a second former official, who did not want to
/// be named. “...,” he said.": with no man named in the article, "he" is
/// the official the paragraph describes.
#[test]
fn a_pronoun_is_the_unnamed_person_described_in_its_paragraph() {
    let got = speakers(
        "Whistleblower\n\n\
         \"I raised it three times and nothing happened,\" said Delia Hartwright-Ames.\n\n\
         Her account is backed by a second former official, who did not want to be named. \
         \"Everyone in that office knew about it,\" he said.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("second former official"),
        "{got:?}"
    );
}

/// "Chief Minister X announced ...", then "the CM said" and "he said":
/// the abbreviation stands for the office, as "the PM" does.
#[test]
fn the_cm_and_the_pm_are_their_offices() {
    let got = speakers(
        "Loan waiver\n\n\
         Chief Minister Vikramaditya Rao-Deshpande on Tuesday announced a waiver of farm \
         loans.\n\n\
         Addressing a rally, the CM said the government \"stands with every farmer who has \
         suffered\".\n\n\
         \"This is not a gift. This is their right,\" he said.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Vikramaditya Rao-Deshpande"),
        "{got:?}"
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Vikramaditya Rao-Deshpande"),
        "{got:?}"
    );
}

/// "BJP state spokesperson X defended the move. He said ...": a party's
/// initials open the description of the sentence's subject.
#[test]
fn a_partys_initials_open_a_subjects_description() {
    let got = speakers(
        "Loan waiver\n\n\
         \"For four years they did nothing for farmers,\" Mr. Kamal Verghese told reporters.\n\n\
         PDF state spokesperson Rajneesh Agarkar defended the move. He said the waiver had \
         \"always put farmers first\" in every budget.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Rajneesh Agarkar"), "{got:?}");
}

/// "wrote separately to say the decision ...": the clause after "to say".
#[test]
fn wrote_separately_to_say() {
    let got = indirect(
        "Ruling\n\n\
         Justice Leopold Castellano, who joined the majority, wrote separately to say the \
         decision did not disturb earlier cases.",
    );
    assert_eq!(
        got[0].0, "the decision did not disturb earlier cases",
        "{got:?}"
    );
}

/// "The committee's top Republican, Sen. X of South Carolina, took a softer
/// line but said the airline “...”": the name in the apposition.
#[test]
fn a_named_apposition_before_took_a_line_but_said() {
    let got = speakers(
        "Hearing\n\n\
         \"You knew. Your own engineers told you,\" said Sen. Margarethe Lindqvist-Oduya.\n\n\
         The committee's top Republican, Sen. Beauregard Tillworth of South Carolina, took a \
         softer line but said the airline \"should not expect this committee to forget.\"",
    );
    assert_eq!(got[1].1.as_deref(), Some("Beauregard Tillworth"), "{got:?}");
}

/// "Another cabinet minister, speaking privately, described the mood as
/// “grim”. “...,” the minister said.": the minister just described, not the
/// chancellor named later.
#[test]
fn the_minister_is_the_one_the_paragraph_described() {
    let got = speakers(
        "Spending review\n\n\
         Another cabinet minister, speaking privately, described the mood around the table \
         as grim. \"Everyone thinks their department is the special case,\" the minister \
         said.\n\n\
         The chancellor, Perpetua Hollingsworth-Nwosu, told a committee the review would be \
         tough.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("another cabinet minister"),
        "{got:?}"
    );
}

/// "Hoshino Ayaka", a family name written first, then "Hoshino
/// congratulated her rival. “...,” she told reporters.": the family name
/// alone is the subject, and "she" her.
#[test]
fn a_family_name_written_first_is_a_subject_alone() {
    let got = speakers(
        "Runoff\n\n\
         Takamori Kenji beat Economic Security Minister Hoshino Ayaka in a runoff.\n\n\
         \"I will rebuild trust in politics, starting today,\" Takamori said.\n\n\
         Hoshino congratulated her rival. \"The party has spoken, and I will support him \
         fully,\" she told reporters.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Hoshino Ayaka"), "{got:?}");
}

/// "X conceded defeat but said the close result showed ...": the clause of
/// the second verb, not "defeat but said ...".
#[test]
fn conceded_defeat_but_said() {
    let got = indirect(
        "Recall\n\n\
         Campaign chair Desmond Obi-Whitfield conceded defeat but said the close result \
         showed deep frustration with City Hall.",
    );
    assert_eq!(
        got.first().map(|q| q.0.as_str()),
        Some("the close result showed deep frustration with City Hall"),
        "{got:?}"
    );
}

/// Names that are the subjects of sentences inside a quote, then an office
/// no one before bears: "the former president" is the next person shown
/// speaking. (A build of this stop looked that person up with an index
/// into another list, which could run past its end and panic.)
#[test]
fn an_office_after_names_only_inside_a_quote_is_the_next_speaker() {
    let got = speakers(
        "Rally row\n\n\
         The crowd was loud.\n\n\
         \"Ada Lint spoke first. Bo Tern spoke next. Cy Vane spoke last. Di Wren spoke after \
         that,\" the crowd chanted.\n\n\
         The former president returned to the trail, telling a rally that \"we will win this \
         time around, whatever they say\".\n\n\
         \"We will win,\" Arthur Penhallow told the crowd.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Arthur Penhallow"), "{got:?}");
}
