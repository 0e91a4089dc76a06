//! Found from political stories written for the 50th stop: a long
//! description around a speaker's name, and a document's words that are
//! not the last speaker's.

use super::tests::{speaker_of, speakers};

/// "Transit rider X, 67, who spoke during public comment, told the
/// council, “...”": the age between the name and the relative clause
/// hid the name.
#[test]
fn an_age_before_a_relative_clause_keeps_the_name() {
    let got = speakers(
        "The council voted 7-6 on Tuesday to reject the transit levy.\n\n\
         Transit rider Bartholomew Sze, 67, who spoke during public comment, told the \
         council, “I have waited for the 14 bus in the snow for thirty years.”\n\n\
         Retired teacher Wilhelmina Oduya, 71, who has lived on Fenwick Avenue since 1980, \
         said: “Nobody on this council takes the bus.”",
    );
    assert_eq!(
        speaker_of(&got, "I have waited").as_deref(),
        Some("Bartholomew Sze"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "Nobody on this").as_deref(),
        Some("Wilhelmina Oduya"),
        "{got:?}"
    );
}

/// "The memo warns that the site “...”": the memo the story says another
/// member leaked is not the words of the supervisor quoted just before.
#[test]
fn a_document_tied_to_another_is_not_the_last_speakers() {
    let got = speakers(
        "The board voted on Wednesday to censure Supervisor Lavinia Marchbanks-Odum for \
         leaking a confidential legal memo to a reporter.\n\n\
         Supervisor Rafferty Okonkwo said he agreed with her about the flood risk. “There is \
         a right way to raise alarms,” he said.\n\n\
         The memo, dated June 3, warns that the site “lies within the 100-year floodplain and \
         may require substantial mitigation.”",
    );
    assert_eq!(
        speaker_of(&got, "There is a right").as_deref(),
        Some("Rafferty Okonkwo"),
        "{got:?}"
    );
    assert_eq!(speaker_of(&got, "lies within").as_deref(), None, "{got:?}");
}

/// "Opposition leader Luiz Antônio Bittencourt e Souza said": a name with
/// two surnames joined by "e" is one name, and "Bittencourt" later is the
/// same man.
#[test]
fn two_surnames_joined_by_e_are_one_name() {
    let got = speakers(
        "Opposition leader Luiz Antônio Bittencourt e Souza said the reform “punishes the \
         teacher and the nurse to spare the banker.”\n\n\
         “They say there is no money for pensions,” Bittencourt said in a speech before the \
         vote.\n\n\
         “The country could not wait another year,” said Speaker Inés Barandiarán y Sotelo.",
    );
    assert_eq!(
        speaker_of(&got, "punishes").as_deref(),
        Some("Luiz Antônio Bittencourt e Souza"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "They say").as_deref(),
        Some("Luiz Antônio Bittencourt e Souza"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "The country").as_deref(),
        Some("Inés Barandiarán y Sotelo"),
        "{got:?}"
    );
}
