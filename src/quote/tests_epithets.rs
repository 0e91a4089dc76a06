//! Speakers named by an epithet ("the Ohio Republican", "the Texan"), by
//! an office after their surname, or after an opening phrase: the shapes
//! a batch of political stories showed.

use super::tests::speakers;
use super::tests_political::indirect;

/// "Sen. X, R-Texas," then "the Texan told reporters": the person named
/// before with that state, not a speaker called "Texan".
#[test]
fn a_states_people_name_its_senator() {
    let got = speakers(
        "Senators split\n\n\
         Sen. Horace Bellweather, R-Kan., and Sen. Quentin Ashby-Roe, R-Texas, sat on the \
         committee together.\n\n\
         “I cannot back this provision as it is written,” Bellweather said.\n\n\
         “The provision stays exactly where it is,” the Texan told reporters.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Quentin Ashby-Roe"), "{got:?}");
}

/// "The Kansas Republican later said ... “...,” he said.": the pronoun
/// goes back to the person the epithet stands for.
#[test]
fn a_party_and_state_name_the_senator_a_pronoun_goes_back_to() {
    let got = speakers(
        "Senators split\n\n\
         Sen. Horace Bellweather, R-Kan., and Sen. Quentin Ashby-Roe, R-Texas, sat on the \
         committee together.\n\n\
         The Kansas Republican later said he had called the White House. “They listened \
         politely and promised nothing,” he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Horace Bellweather"), "{got:?}");
}

/// "said Sen. Alma X, D-N.M. The Democrat added that ... “...,” she
/// said.": the only Democrat named.
#[test]
fn the_democrat_is_the_democrat_named() {
    let got = speakers(
        "Senators split\n\n\
         “When the senior member says a bill is broken, it probably is,” said Sen. Ottilie \
         Marchetti-Vance, D-N.M. The Democrat added that her party would offer an \
         amendment.\n\n\
         “We have the votes if two more of them join us,” she said.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Ottilie Marchetti-Vance"),
        "{got:?}"
    );
}

/// "Asked about Y's amendment, X laughed. “...,” the senator said.": the
/// senator just mentioned, not the last one named in full.
#[test]
fn the_senator_is_the_one_just_mentioned() {
    let got = speakers(
        "Senators split\n\n\
         Sen. Quentin Ashby-Roe had the floor first. Sen. Ottilie Marchetti-Vance spoke \
         after him. “We have the votes to fix this bill,” Marchetti-Vance said.\n\n\
         Asked about Marchetti-Vance's amendment, Ashby-Roe laughed. “She can count, and so \
         can I,” the senator said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Quentin Ashby-Roe"), "{got:?}");
}

/// "Inside the chamber, X defended the bill. “...,” he told deputies.":
/// the subject after an opening phrase of place.
#[test]
fn the_subject_after_an_opening_phrase_of_place() {
    let got = speakers(
        "Pension reform passes\n\n\
         Beside her, her colleague Anselme held up a sign.\n\n\
         Inside the chamber, Minister Thibault Garnier-Roux defended the bill. “This reform \
         is necessary and it is fair,” he told deputies.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Thibault Garnier-Roux"),
        "{got:?}"
    );
}

/// "A police spokesman, Cmdt. X, said officers had “...”": a rank's
/// abbreviation opens the name.
#[test]
fn a_ranks_abbreviation_opens_the_name() {
    let got = speakers(
        "Arrests\n\n\
         “They cannot make us accept it,” said Delphine Arnaud-Sabo, a nurse.\n\n\
         A police spokesman, Cmdt. Ferdinand Lacombe, said officers had “responded \
         proportionately to acts of violence.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("Ferdinand Lacombe"), "{got:?}");
}

/// "Peregrine X said ... “...,” he said.": a man's name with a women's
/// ending.
#[test]
fn a_mans_name_with_a_womens_ending() {
    let got = speakers(
        "Aide suspended\n\n\
         In the messages, Lachlan Dunmore-Price calls MPs sheep.\n\n\
         Tory MP Peregrine Ashcombe said colleagues were livid. “People are asking who else \
         in that building thinks this way,” he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Peregrine Ashcombe"), "{got:?}");
}

/// "Speaking at a conference in Leeds, X said: “...”": the phrase before
/// the name says where, and is no reported speech.
#[test]
fn a_participles_phrase_before_a_colon_reports_nothing() {
    let got = indirect(
        "Speaking at a conference of hospital managers in Leeds, Ashok Venkatesan-Hale \
         said:\n\n\
         “I know there are people in this room who think I am being optimistic.”",
    );
    assert!(got.is_empty(), "{got:?}");
    // A gerund that is the clause's subject still is.
    let got = indirect("Selling a bill to voters is the hard part, Venkatesan-Hale said.");
    assert_eq!(
        got[0].0, "Selling a bill to voters is the hard part",
        "{got:?}"
    );
}

/// "Sen. X, I-Vt., ... The Vermont senator has urged ... “...,” he said.":
/// a state and an office name the senator from that state.
#[test]
fn a_state_and_an_office_name_the_senator() {
    let got = speakers(
        "Campaign trail\n\n\
         Sen. Ambrose Quillfeather, I-Vt., will campaign for the nominee on Saturday. \
         Sen. Lydia Marchbank-Ode, D-Ohio, will join him.\n\n\
         The Vermont senator has urged his supporters to unite. “The stakes are simply too \
         high to sit this one out,” the senator said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ambrose Quillfeather"), "{got:?}");
}

/// "the real estate developer told a crowd": a role the person just
/// quoted has.
#[test]
fn the_developer_is_the_person_just_quoted() {
    let got = speakers(
        "Rally\n\n\
         Republican nominee Chester Wainwright-Bolt told a rally that his rival would “sell \
         out every factory worker in this state.”\n\n\
         “She was for it before she was against it,” the real estate developer told the crowd.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Chester Wainwright-Bolt"),
        "{got:?}"
    );
}

/// "In a lengthy statement issued late Monday, he said ... “...,” the
/// statement said.": a statement with words before its noun has an author.
#[test]
fn a_statement_with_an_adjective_has_an_author() {
    let got = speakers(
        "Statement\n\n\
         Party leaders rebuked Chester Wainwright-Bolt on Monday.\n\n\
         In a lengthy statement issued late Monday, he said his remarks had been \
         misconstrued.\n\n\
         “I do not feel that heritage makes anyone incapable of being impartial,” the \
         statement said.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Chester Wainwright-Bolt"),
        "{got:?}"
    );
}

/// "“They'll say anything,” the senator said.": quoted words too short to
/// be a quote are no reported speech, and "They'll" is no name.
#[test]
fn a_short_quote_opening_a_sentence_reports_nothing() {
    let text = "Senate race\n\n\
         Sen. Everett Dunwoody-Hale said the ads were the dirtiest he had seen.\n\n\
         \"They'll say anything,\" the senator said. \"I'd rather they said it to my face.\"";
    let got = indirect(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "the ads were the dirtiest he had seen");
    let got = speakers(text);
    assert_eq!(
        got[0].1.as_deref(),
        Some("Everett Dunwoody-Hale"),
        "{got:?}"
    );
    assert!(!super::names::is_name_word("They'll"));
    assert!(!super::names::is_name_word("Don't"));
    assert!(super::names::is_name_word("O'Brien"));
    assert!(super::names::is_name_word("Kolb's"));
}

/// "According to X, construction could begin in the spring. “...,” he
/// said.": the person whose account the sentence gives is the last named.
#[test]
fn according_to_names_the_person_a_pronoun_goes_back_to() {
    let got = speakers(
        "Pipeline approved\n\n\
         Premier Graham Oduya-Whitlock defended the decision.\n\n\
         “This project means thousands of jobs in our towns,” said Felix Ngata-Rowe, \
         president of the chamber.\n\n\
         According to Oduya-Whitlock, construction could begin next spring. “We are ready \
         when the courts are,” he said.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Graham Oduya-Whitlock"),
        "{got:?}"
    );
}

/// "Mr X, in a brief statement, said he accepted the decision. “...,” the
/// statement said.": the statement is the one whose verb has X.
#[test]
fn a_statement_in_an_aside_has_the_verbs_speaker() {
    let got = speakers(
        "Reshuffle\n\n\
         The Prime Minister moved Home Affairs Minister Brett Kimberley-Shaw to the \
         backbench.\n\n\
         Mr Kimberley-Shaw, in a brief statement, said he accepted the decision. “It has \
         been the honour of my life to serve,” the statement said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Brett Kimberley-Shaw"), "{got:?}");
}

/// "X was quoted by a Sunday newspaper as saying ...", "The agency quoted
/// a spokesman as saying ...": the one quoted.
#[test]
fn quoted_as_saying_names_the_one_quoted() {
    let got = speakers(
        "Cabinet split\n\n\
         The Home Secretary, Priyanka Desai-Orme, said a cap was on the table.\n\n\
         Ms Lindgren-Marsh was quoted by a Sunday newspaper as saying the department \
         “lives in a different century”.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Lindgren-Marsh"), "{got:?}");
    let got = speakers(
        "Missile test\n\n\
         The alliance's secretary general, Maarten Oyelowo-Brandt, said members would \
         meet.\n\n\
         The state news agency quoted a foreign ministry spokesman as saying the test was \
         “a routine exercise of sovereign rights.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("foreign ministry spokesman"),
        "{got:?}"
    );
}

/// "An hour later, the Business Secretary, Helena X, told Sky News the
/// opposite.": an office and the name beside it are no reported clause.
#[test]
fn an_office_beside_a_name_is_no_reported_clause() {
    let got = indirect(
        "An hour later, the Business Secretary, Helena Marchmont-Oakes, told Sky News the \
         opposite.",
    );
    assert!(got.is_empty(), "{got:?}");
}

/// "The president, speaking at a factory hours later, renewed his
/// criticism. “...,” he said.": the office past an aside is the subject.
#[test]
fn an_office_past_an_aside_is_the_subject() {
    let got = speakers(
        "Rates held\n\n\
         In a statement, Governor Tobias Quayle-Ndiaye said he had favored a cut.\n\n\
         The president, speaking at a factory in Michigan hours later, renewed his criticism \
         of the central bank. “They should have cut rates months ago,” he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("president"), "{got:?}");
}

/// "“Will you resign?” a reporter shouted as the Prime Minister returned":
/// a clause of time is not what was said.
#[test]
fn a_clause_of_time_is_not_what_was_said() {
    let got = indirect(
        "“Will you resign?” a reporter shouted as the Prime Minister returned to Number 10.",
    );
    assert!(got.is_empty(), "{got:?}");
}

/// "no later than Dec. 15": a month's abbreviation before a day ends no
/// sentence.
#[test]
fn a_months_abbreviation_ends_no_sentence() {
    let got = indirect("Montoya-Burke said results would be certified no later than Dec. 15.");
    assert_eq!(
        got[0].0, "results would be certified no later than Dec. 15",
        "{got:?}"
    );
}

/// "announced on Sept. 30 that ...": a date with a month's abbreviation
/// before "that" is no part of the clause.
#[test]
fn a_date_before_that_is_no_part_of_the_clause() {
    let got = indirect("The agency announced on Nov. 18 that it was adding five companies.");
    assert_eq!(got[0].0, "it was adding five companies", "{got:?}");
}

/// "DOHA — The chief mediator said ... but warned that “...”": the
/// subject past the dateline, not the dateline's city.
#[test]
fn a_second_verbs_subject_is_past_the_dateline() {
    let got = speakers(
        "Talks\n\n\
         DOHA — The chief mediator said on Sunday that talks were “closer than ever to a \
         conclusion,” but warned that “the last mile is always the hardest.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("chief mediator"), "{got:?}");
}

/// "Leader of the Opposition Smt. Kavita X said", "Alhaji Musa X said":
/// the name after an office with small words in it and after a title.
#[test]
fn the_name_after_an_office_and_a_title() {
    let got = speakers(
        "Security bill\n\n\
         Leader of the Opposition Smt. Kavita Raghavan-Menon said the bill “hands the police \
         a blank cheque.”\n\n\
         “We will not sign our own death warrant,” said Alhaji Musa Danjuma-Okoro.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Kavita Raghavan-Menon"),
        "{got:?}"
    );
    assert_eq!(got[1].1.as_deref(), Some("Musa Danjuma-Okoro"), "{got:?}");
}

/// "A senior member of the ruling party, Dr. X, accused the opposition of
/// “...”": a long description before the name in the apposition.
#[test]
fn the_name_after_a_long_description() {
    let got = speakers(
        "Security bill\n\n\
         “Tomorrow it will be journalists,” said Kavita Raghavan-Menon, the opposition leader.\n\n\
         A senior member of the ruling party, Dr. Anil Deshmukh-Rao, accused the opposition \
         of “playing politics with national security.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("Anil Deshmukh-Rao"), "{got:?}");
}

/// "State governors on Tuesday rejected the formula, accusing the
/// government of trying to “...”": a group with a day before its verb.
#[test]
fn a_group_with_a_day_before_its_verb() {
    let got = speakers(
        "Revenue\n\n\
         State governors on Tuesday rejected a proposed formula, accusing the federal \
         government of trying to “starve the states into submission.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("State governors"), "{got:?}");
}

/// "The trade minister, Lucinda X, resigned. ... The Prime Minister
/// thanked her. “...,” he said.": the Prime Minister is not the trade
/// minister named before.
#[test]
fn the_prime_minister_is_not_the_trade_minister() {
    let got = speakers(
        "The trade minister, Lucinda Farrow-Blakeney, resigned on Thursday after documents \
         showed her department approved the licences.\n\n\
         “I have always believed that ministers must take responsibility,” she wrote.\n\n\
         The Prime Minister thanked her for her service. “Lucinda has been a dedicated \
         minister and I know she will serve with distinction,” he said in reply.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Prime Minister"), "{got:?}");
}

/// "Campaigner Delyth X, who organised the petition, said": the name
/// without the occupation before it.
#[test]
fn an_occupation_before_a_name_is_no_part_of_it() {
    let got = speakers(
        "Libraries\n\n\
         Campaigner Delyth Morgan-Rhys, who organised the petition, said the vote was “a \
         betrayal of every child in this town”.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Delyth Morgan-Rhys"), "{got:?}");
}

/// "Qatar's chief mediator said ... but warned that “...”": the second
/// quote's speaker is the whole noun phrase, as the first's is.
#[test]
fn a_possessives_noun_phrase_runs_to_its_noun() {
    let got = speakers(
        "Talks\n\n\
         DOHA — Qatar's chief mediator said on Sunday that talks were “closer than ever to a \
         conclusion,” but warned that “the last mile is always the hardest.”",
    );
    assert_eq!(got[0].1, got[1].1, "{got:?}");
    assert_eq!(
        got[1].1.as_deref(),
        Some("Qatar's chief mediator"),
        "{got:?}"
    );
}

/// "The defence secretary told MPs ..." opening the article, "Appearing
/// before the committee, Jonathan X said" after it; then "Asked whether he
/// would resign, the defence secretary laughed. “...,” he told reporters.":
/// the office is the person the opening lines showed speaking.
#[test]
fn an_office_from_the_opening_lines_is_the_person_named_after_them() {
    let got = speakers(
        "The defence secretary told MPs on Tuesday that delays to the carrier were \
         “regrettable but not unusual” for a project of its size.\n\n\
         Appearing before the defence committee, Jonathan Ravensworth-Hale said the ship \
         would enter service “within the envelope we set out two years ago.”\n\n\
         His predecessor, Sir Rupert Vane-Tempest, defended the programme. “I signed off on \
         this carrier and would again,” he said.\n\n\
         Asked later whether he would resign if the ship slipped further, the defence \
         secretary laughed. “Nobody is resigning over a paint job,” he told reporters.",
    );
    assert_eq!(
        got[3].1.as_deref(),
        Some("Jonathan Ravensworth-Hale"),
        "{got:?}"
    );
}

/// "A spokesperson for the prime minister declined to comment on “...”":
/// the unnamed speaker whose verb comes before the quote, not the speaker
/// of the paragraph before.
#[test]
fn a_spokespersons_verb_before_the_quote() {
    let got = speakers(
        "Budget\n\n\
         “Three years ago this government promised no new taxes,” said Colm Devereux-Pratt.\n\n\
         A spokesperson for the prime minister declined to comment on “speculation about the \
         budget” but said the treasurer had his confidence.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("spokesperson for the prime minister"),
        "{got:?}"
    );
}
