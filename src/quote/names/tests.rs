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

/// "Once Harmon released the transcript": a conjunction that opens the
/// sentence is no given name.
#[test]
fn a_conjunction_opening_a_sentence_is_no_given_name() {
    for word in ["Once", "Whenever", "Unless", "Whether", "Amid", "Upon"] {
        let t: Vec<char> = format!(
            "Senator Ilse Harmon spoke first. {word} Harmon released the transcript, the \
             room went quiet."
        )
        .chars()
        .collect();
        let book = NameBook::scan(&t);
        let names: Vec<&str> = book.full.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["Ilse Harmon"], "{word}");
    }
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
        // (Past a lowercase article or an Irish prefixed letter, both
        // read the rest.)
        let rest = strip_article(&w).unwrap_or(&w);
        proptest::prop_assert_eq!(is_name_word(&w), is_name_word_by_char(rest), "{:?}", w);
    }
}

/// The first name scan (a String per word), kept as the reference for the
/// faster one: the full names it finds, with their offsets.
fn reference_names(text: &[char]) -> Vec<(usize, String)> {
    let mut full = Vec::new();
    let mut run: Vec<(usize, String, bool)> = Vec::new();
    let flush = |run: &mut Vec<(usize, String, bool)>, full: &mut Vec<(usize, String)>| {
        if let Some(p) = run
            .iter()
            .position(|(_, w, _)| w.chars().count() > 2 && (w.ends_with("'s") || w.ends_with("’s")))
        {
            if run.len() - p >= 3 {
                run.drain(..=p);
            } else {
                run.truncate(p + 1);
                let w = &mut run[p].1;
                w.pop();
                w.pop();
            }
        }
        if let Some(t) = run.iter().rposition(|(_, w, t)| *t || is_occupation(w))
            && run.len() - t > 2
        {
            run.drain(..=t);
        } else if run.len() > 2
            && let Some(t) = run.iter().rposition(|(_, _, t)| *t)
            && run.len() - t == 2
        {
            run.drain(..t);
        }
        let mut names: Vec<&(usize, String, bool)> = run.iter().filter(|(_, _, t)| !t).collect();
        // "Leader of the Opposition P. Lakshmi Narayana": after "of the",
        // the body's words before a given name or an initial.
        if let Some((s, _, _)) = names.first()
            && text[..*s].iter().collect::<String>().ends_with("of the ")
        {
            let keep = names
                .iter()
                .position(|(_, w, _)| {
                    is_given_name(w) || w.chars().count() == 1 || (is_initials(w) && !is_suffix(w))
                })
                .unwrap_or(names.len())
                .min(names.len().saturating_sub(2));
            names.drain(..keep);
        }
        while names.len() > 2 && is_occupation(&names[0].1) {
            names.remove(0);
        }
        if names.len() >= 3
            && !is_given_name(&names[0].1)
            && may_describe(&names[0].1)
            && is_given_name(&names[1].1)
        {
            names.remove(0);
        }
        let core = names.iter().filter(|(_, w, _)| !is_particle(w)).count();
        if (2..=4).contains(&core) && names.len() <= 6 {
            let joined = names
                .iter()
                .map(|(_, w, _)| w.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            full.push((names[0].0, joined));
        }
        run.clear();
    };
    let mut i = 0;
    while i < text.len() {
        if text[i].is_alphabetic() {
            let start = i;
            while i < text.len()
                && (text[i].is_alphanumeric() || matches!(text[i], '-' | '\'' | '’' | '.'))
            {
                i += 1;
            }
            if !text[start].is_uppercase() && run.is_empty() {
                continue;
            }
            let mut word: String = text[start..i].iter().collect();
            word.truncate(word.trim_end_matches('.').len());
            // ("Angela King": a title that is a surname, after a given name.)
            let title = is_title(&word)
                && !(is_surname_title(&word)
                    && run.last().is_some_and(|(_, w, t)| !t && is_given_name(w)));
            let ends_sentence =
                text[start..i].last() == Some(&'.') && !title && word.chars().count() > 1;
            if is_name_word(&word) || ((is_particle(&word) || is_suffix(&word)) && !run.is_empty())
            {
                run.push((start, word, title));
                if ends_sentence {
                    flush(&mut run, &mut full);
                }
            } else {
                flush(&mut run, &mut full);
            }
            if i < text.len() && text[i] != ' ' {
                flush(&mut run, &mut full);
            }
        } else {
            if let Some(e) = scan::nickname_end(text, i)
                && run.last().is_some_and(|(_, _, t)| !t)
            {
                i = e;
                continue;
            }
            if text[i] != ' ' {
                flush(&mut run, &mut full);
            }
            i += 1;
        }
    }
    flush(&mut run, &mut full);
    full
}

proptest::proptest! {
    #[test]
    fn name_scan_matches_the_reference(
        s in "(Mayor |Dr\\. |Ines |“Baker” |III |Calloway|O'Neil |Jean-Luc |von |der |Baker |said |the |3D |3|ÉLodie |Łukasz |U\\.S\\. |[a-z]{1,6} |[A-Z][a-z]{1,6}|[.,;“”’ \n]){0,40}"
    ) {
        let text: Vec<char> = s.chars().collect();
        proptest::prop_assert_eq!(NameBook::scan(&text).full, reference_names(&text));
    }
}
