//! Found from stories written for the 55th stop (obituary, Irish
//! politics, peace talks).

use super::tests::{speaker_of, speakers};

/// "The cause was heart failure, said his daughter, Celestine X." then
/// "“...,” she said.": the daughter is a woman even when "Mr. X" (her
/// late father) gives the family's surname a man's honorific.
#[test]
fn a_relatives_noun_says_the_gender_of_a_full_name_in_a_family() {
    let got = speakers(
        "Music teacher dies at 83\n\n\
         Fenwick Adeyemi-Hart, who taught violin to children in Eastvale, died Nov. 24. He was 83.\n\n\
         The cause was heart failure, said his daughter, Celestine Adeyemi-Hart.\n\n\
         “He never once raised his voice in a lesson,” she said.\n\n\
         Mr. Adeyemi-Hart was born in 1943 and began playing at the age of six.",
    );
    assert_eq!(
        speaker_of(&got, "He never once").as_deref(),
        Some("Celestine Adeyemi-Hart"),
        "{got:?}"
    );
}

/// "His wife of 56 years, Honoria, said ..." then "“...,” she said.".
#[test]
fn a_wife_of_so_many_years_is_a_woman() {
    let got = speakers(
        "Music teacher dies at 83\n\n\
         Fenwick Adeyemi-Hart died Nov. 24 at his home. He was 83.\n\n\
         Mr. Adeyemi-Hart began playing at the age of six.\n\n\
         His wife of 56 years, Honoria, said he practiced every morning until his final weeks.\n\n\
         “Scales first, always scales,” she said. “Then Bach, and then the newspaper.”",
    );
    assert_eq!(
        speaker_of(&got, "Scales first").as_deref(),
        Some("Honoria Adeyemi-Hart"),
        "{got:?}"
    );
}

/// "Labour TD Pádraig Ó hEachtairn said ...": an Irish surname's
/// prefixed small letter ("hEachtairn") is part of the name.
#[test]
fn an_irish_surname_with_a_prefixed_letter_is_a_name() {
    let got = speakers(
        "Coalition row\n\n\
         Labour TD Pádraig Ó hEachtairn said his party would table a motion of no confidence.\n\n\
         “We are not bluffing about this motion,” Deputy Ó hEachtairn said.",
    );
    assert_eq!(
        speaker_of(&got, "We are not bluffing").as_deref(),
        Some("Pádraig Ó hEachtairn"),
        "{got:?}"
    );
}

/// "The 61-year-old said ...", then "“...,” the veteran diplomat said.":
/// a diplomat is a role a named person has.
#[test]
fn the_diplomat_is_the_person_last_named() {
    let got = speakers(
        "Peace talks stall\n\n\
         “We have presented one list and only one list,” said Mariam Haddad-Ekstrom.\n\n\
         Anatoly Verkhovensky-Lund, a former deputy foreign minister, has led his side's delegation since June.\n\n\
         “We are closer than we were in the summer,” the veteran diplomat said.",
    );
    assert_eq!(
        speaker_of(&got, "We are closer").as_deref(),
        Some("Anatoly Verkhovensky-Lund"),
        "{got:?}"
    );
}

/// "..., the Maritime Pilots’ Association said on Friday.": a plural's
/// possessive mark inside a body's name does not end the name.
#[test]
fn a_plurals_mark_inside_a_bodys_name_is_part_of_it() {
    let q = super::detect(
        "Strike vote\n\n\
         Of the 61 pilots balloted, 57 voted for action, the Maritime Pilots’ Association said on Friday.",
    );
    let who: Vec<_> = q.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(who, [Some("Maritime Pilots’ Association")], "{q:?}");
}

/// "« Nous ne lâcherons rien »": the spaces French type sets inside the
/// marks are not part of the quote's words or span.
#[test]
fn spaces_inside_guillemets_are_not_the_quotes() {
    let text =
        "Tractor protest\n\n« We cannot produce food at a loss », said Baptiste Leclerc-Moreau.";
    let q = super::detect(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "We cannot produce food at a loss");
    let chars: Vec<char> = text.chars().collect();
    let span: String = chars[q[0].start..q[0].end].iter().collect();
    assert_eq!(span, q[0].text);
    assert_eq!(q[0].speaker.as_deref(), Some("Baptiste Leclerc-Moreau"));
}
