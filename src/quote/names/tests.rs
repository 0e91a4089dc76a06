//! Tests of name words, bare names and the name book.
use super::*;

#[test]
fn bare_names_drop_titles_and_descriptors() {
    assert_eq!(bare_name("Mayor Ines Calloway"), "Ines Calloway");
    assert_eq!(
        bare_name("chief executive Anouk Pellegrini"),
        "Anouk Pellegrini"
    );
    assert_eq!(bare_name("Dr. Yusuf Amari"), "Yusuf Amari");
    assert_eq!(bare_name("Baker Tomasz Wrobel"), "Tomasz Wrobel");
    assert_eq!(bare_name("Grace Baker"), "Grace Baker");
    assert_eq!(
        bare_name("County councillor Desmond Achebe"),
        "Desmond Achebe"
    );
}

#[test]
fn titles_are_short() {
    // `ends_sentence` looks up only words of up to 16 chars.
    assert!(TITLES.iter().all(|t| t.chars().count() <= 16));
}

#[test]
fn short_mentions_map_to_full_names() {
    let t: Vec<char> = "Councillor Bram Oduya voted against. Later, Oduya said no. Dr. Yusuf Amari agreed. The Harbour Trust met on Monday.".chars().collect();
    let book = NameBook::scan(&t);
    assert_eq!(book.canonical("Oduya"), "Bram Oduya");
    assert_eq!(book.canonical("Mr. Oduya"), "Bram Oduya");
    assert_eq!(book.canonical("Amari"), "Yusuf Amari");
    assert_eq!(book.canonical("Walsh"), "Walsh");
}

#[test]
fn family_name_first_and_generational_suffixes() {
    let t: Vec<char> = "President Xi Jinping spoke. Leader Jim McAllister Jr. was there. The Harbour Trust met. Xi left.".chars().collect();
    let book = NameBook::scan(&t);
    assert_eq!(book.canonical("Xi"), "Xi Jinping");
    assert_eq!(book.canonical("McAllister"), "Jim McAllister Jr");
    // Not organisations: "Harbour" is no one.
    assert_eq!(book.canonical("Harbour"), "Harbour");
}

#[test]
fn a_longer_mention_ending_in_a_full_name_is_that_name() {
    let t: Vec<char> = "Sheldon Richardson played. Then Browns DL Sheldon Richardson spoke."
        .chars()
        .collect();
    let book = NameBook::scan(&t);
    assert_eq!(
        book.canonical("Browns DL Sheldon Richardson"),
        "Sheldon Richardson"
    );
    assert_eq!(book.canonical("Richardson"), "Sheldon Richardson");
}

#[test]
fn initials_are_name_words_but_country_abbreviations_are_not() {
    assert!(is_name_word("R.J."));
    assert!(is_name_word("J."));
    assert!(!is_name_word("U.S."));
    assert!(!is_name_word("D.C."));
    assert_eq!(bare_name("Rep. R.J. Whitlock"), "R.J. Whitlock");
}

proptest::proptest! {
    #[test]
    fn name_words_are_told_alike_by_byte_and_by_char(w in "[A-Za-z.'\\- ,“0-9]{0,9}") {
        proptest::prop_assert_eq!(is_name_word(&w), is_name_word_by_char(&w), "{:?}", w);
    }
}
