//! Speakers across a library: an article that names a speaker by surname
//! alone ("Governor Oyenuga-Hale said") speaks of the person another
//! article names in full ("Gov. Perpetua Oyenuga-Hale"), when only one
//! person of the library bears that surname.

use super::Quote;
use crate::words::FxHashMap;

/// Gives each speaker named by surname alone the one full name of the
/// library's speakers that ends with it. (A surname two full names end
/// with stays as it is: "Smith" may be either. So does one that its own
/// article, `texts[i]` for `per_article[i]`, gives in full: the article
/// knew whom it meant, and kept the surname for a reason, a family's
/// other member say.)
pub fn merge_surnames(per_article: &mut [Vec<Quote>], texts: &[&str]) {
    // Surname -> the full name ending with it, or None when two do.
    let mut full: FxHashMap<&str, Option<super::Name>> = FxHashMap::default();
    for q in per_article.iter().flatten() {
        let Some(name) = &q.speaker else { continue };
        let Some((_, surname)) = name.rsplit_once(' ') else {
            continue;
        };
        if !is_person_name(name) {
            continue;
        }
        full.entry(surname)
            .and_modify(|f| {
                if f.as_ref().is_some_and(|f| f != name) {
                    *f = None;
                }
            })
            .or_insert_with(|| Some(name.clone()));
    }
    let merged: FxHashMap<super::Name, super::Name> = per_article
        .iter()
        .flatten()
        .filter_map(|q| {
            let s = q.speaker.as_ref()?;
            let f = full.get(s.as_ref())?.as_ref()?;
            Some((s.clone(), f.clone()))
        })
        .collect();
    if merged.is_empty() {
        return;
    }
    for (i, quotes) in per_article.iter_mut().enumerate() {
        if !quotes
            .iter()
            .any(|q| q.speaker.as_ref().is_some_and(|s| merged.contains_key(s)))
        {
            continue;
        }
        // (The article's text read once, however many surnames it quotes.)
        let in_full = named_in_full(texts.get(i).copied().unwrap_or(""));
        for q in quotes {
            let Some(s) = &q.speaker else { continue };
            if let Some(f) = merged.get(s)
                && !in_full.contains(s.as_ref())
            {
                q.speaker = Some(f.clone());
            }
        }
    }
}

/// The words of `text` set after a given name ("Adeyemi-Hart" of "Fenwick
/// Adeyemi-Hart"), not only after a title ("Mr. Adeyemi-Hart", "Governor
/// Adeyemi-Hart").
fn named_in_full(text: &str) -> crate::words::FxHashSet<&str> {
    let mut out = crate::words::FxHashSet::default();
    let mut prev = "";
    for word in text.split_whitespace() {
        let w = word.trim_end_matches([',', '.', ';', ':', '’', '\'', '"', '”', ')']);
        let w = w
            .strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .unwrap_or(w);
        if super::names::is_name_word(prev)
            && !super::names::is_title(prev)
            && !super::names::is_title(prev.trim_end_matches('.'))
            && !prev.ends_with([',', '.', ';', ':'])
        {
            out.insert(w);
        }
        prev = word;
    }
    out
}

/// A person's full name: capitalised words (particles aside), none a
/// body's ("Dorothea Feinstein-Ruiz", not "Harbour Workers Union" or "the
/// state's budget office").
fn is_person_name(name: &str) -> bool {
    name.split(' ').count() <= 5
        && name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || super::names::is_particle(w))
        && name
            .split(' ')
            .next_back()
            .is_some_and(super::names::is_name_word)
        && super::heads::person_like(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each text's speakers once their surnames are merged across all.
    fn merged(texts: &[&str]) -> Vec<Vec<Option<String>>> {
        let mut arts: Vec<Vec<Quote>> = texts.iter().map(|t| super::super::detect(t)).collect();
        merge_surnames(&mut arts, texts);
        arts.iter()
            .map(|qs| {
                qs.iter()
                    .map(|q| q.speaker.as_deref().map(str::to_string))
                    .collect()
            })
            .collect()
    }

    fn one(name: &str) -> Vec<Option<String>> {
        vec![Some(name.to_string())]
    }

    #[test]
    fn a_surname_alone_is_the_one_full_name_of_the_library_with_it() {
        let second = "Deficit warning\n\nGovernor Oyenuga-Hale dismissed the warning. “The budget office has been wrong three years running,” the governor said.";
        assert_eq!(merged(&[second]), [one("Oyenuga-Hale")]);
        assert_eq!(
            merged(&[
                "Transit bill signed\n\nGov. Perpetua Oyenuga-Hale signed the bill on Friday. “This bill will put more buses on more streets,” Oyenuga-Hale said.",
                second,
            ]),
            [one("Perpetua Oyenuga-Hale"), one("Perpetua Oyenuga-Hale")]
        );
    }

    #[test]
    fn a_surname_two_full_names_end_with_stays_alone() {
        let got = merged(&[
            "One\n\n“We will win this seat in May,” said Ada Lint.",
            "Two\n\n“We will hold this seat in May,” said Boris Lint.",
            "Three\n\n“Nobody will win this seat in May,” Lint said.",
        ]);
        assert_eq!(got, [one("Ada Lint"), one("Boris Lint"), one("Lint")]);
    }

    #[test]
    fn a_surname_its_own_article_gives_in_full_stays_alone() {
        // An article that names the father in full and (say, to tell him
        // from his daughter) keeps his quote's surname alone: the daughter
        // another article quotes is not him. The same article naming him
        // only "Mr." merges.
        let concert =
            "Concert\n\n“My father taught me everything I know,” said Celestine Adeyemi-Hart.";
        let run = |text: &str| {
            let mut arts = vec![super::super::detect(text), super::super::detect(concert)];
            assert_eq!(arts[0].len(), 1, "{:?}", arts[0]);
            arts[0][0].speaker = Some("Adeyemi-Hart".into());
            merge_surnames(&mut arts, &[text, concert]);
            arts[0][0].speaker.as_deref().map(str::to_string)
        };
        let quote =
            "“Music is a conversation with the dead,” Adeyemi-Hart told the Herald in 1998.";
        let full = format!("Teacher dies\n\nFenwick Adeyemi-Hart died on Tuesday.\n\n{quote}");
        let titled = format!("Teacher dies\n\nMr. Adeyemi-Hart died on Tuesday.\n\n{quote}");
        assert_eq!(run(&full).as_deref(), Some("Adeyemi-Hart"));
        assert_eq!(run(&titled).as_deref(), Some("Celestine Adeyemi-Hart"));
    }

    #[test]
    fn surnames_named_in_full_are_those_after_a_given_name() {
        let got = named_in_full(
            "Fenwick Adeyemi-Hart died. Mr. Okoro left, and Governor Lint's aide, \
             Dr Ruiz, and then Osei. Bram Oduya’s book sold.",
        );
        assert!(got.contains("Adeyemi-Hart"));
        assert!(got.contains("Oduya"));
        for s in ["Okoro", "Lint", "Ruiz", "Osei"] {
            assert!(!got.contains(s), "{s}: {got:?}");
        }
    }
}
