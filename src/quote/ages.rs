//! "the 29-year-old said": the person the article gave that age ("Jo Ruiz,
//! 29,", "Jo Ruiz (29)", "29-year-old Jo Ruiz", "a 29-year-old nurse, Jo
//! Ruiz,"), not the person named last.

use super::attrib::Attributor;
use super::phrases::Mention;

/// How far back a person's age is looked for, in chars.
const REACH: usize = 8000;

/// The age in "the 29-year-old" or "The 29-year-old mother of two".
pub(super) fn age_in_phrase(p: &str) -> Option<&str> {
    let mut words = p.split_whitespace();
    if !words.next()?.eq_ignore_ascii_case("the") {
        return None;
    }
    age_of(words.next()?)
}

/// "The 44-year-old mother of three": an age and a noun that says the
/// gender, which describe someone named before rather than bring in
/// someone new.
pub(super) fn describes_named(p: &str) -> bool {
    age_in_phrase(p).is_some()
        && super::given::speaker_noun_gender(&crate::words::lower(super::heads::phrase_head(p)))
            .is_some()
}

/// The age a word gives: "29" for "29-year-old".
pub(super) fn age_of(word: &str) -> Option<&str> {
    let age = word.strip_suffix("-year-old")?;
    (!age.is_empty() && age.len() <= 3 && age.bytes().all(|b| b.is_ascii_digit())).then_some(age)
}

impl Attributor<'_> {
    /// "the 29-year-old said": the person given that age, if the text
    /// gives it to someone named before `pos`.
    pub(super) fn aged(&self, m: &Mention, pos: usize) -> Option<String> {
        let (Mention::Name(n) | Mention::Phrase(n)) = m else {
            return None;
        };
        let age = age_in_phrase(n)?;
        self.aged_person(age, pos).or_else(|| {
            // "The 44-year-old mother of three said": with no one given
            // the age, the woman (or man) named last, as a noun that says
            // the gender tells.
            describes_named(n).then_some(())?;
            let head = crate::words::lower(super::heads::phrase_head(n));
            self.last_person(pos, super::given::speaker_noun_gender(&head))
        })
    }

    /// The person named in full before `pos`, nearest first, whose age the
    /// text gives as `age`.
    fn aged_person(&self, age: &str, pos: usize) -> Option<String> {
        let to = self.book.full.partition_point(|(at, _)| *at < pos);
        self.book.full[..to]
            .iter()
            .rev()
            .take_while(|(at, _)| at + REACH >= pos)
            // (At most 40 names back: a page of a thousand names is not
            // read through for each.)
            .take(40)
            .find(|(at, name)| self.aged_at(*at, name, age))
            .map(|(_, name)| self.canon(name))
    }

    /// Whether the name at `at` is given the age `age` beside it.
    fn aged_at(&self, at: usize, name: &str, age: &str) -> bool {
        let end = at + name.chars().count();
        let after: String = self.text.iter().skip(end).take(age.len() + 8).collect();
        let after_ok = [", aged ", ", ", " ("].iter().any(|lead| {
            after
                .strip_prefix(lead)
                .and_then(|t| t.strip_prefix(age))
                .is_some_and(|rest| rest.starts_with([',', ')', ' ', '.', ';']))
        });
        if after_ok {
            return true;
        }
        // "29-year-old Jo Ruiz", "a 29-year-old nurse, Jo Ruiz": the age
        // and at most a few words in small letters before the name.
        let before: String = self.text[at.saturating_sub(48)..at].iter().collect();
        let needle = format!("{age}-year-old ");
        before.rfind(&needle).is_some_and(|k| {
            let clear = !before[..k].ends_with(|c: char| c.is_ascii_digit());
            let between = &before[k + needle.len()..];
            clear
                && between.split_whitespace().count() <= 3
                && between
                    .split_whitespace()
                    .all(|w| w.chars().all(|c| c.is_lowercase() || c == ','))
        })
    }
}
