//! Names in news text: titles, pronouns, speaker mentions and canonical names
//! ("Oduya" and "Councillor Bram Oduya" are one speaker: "Bram Oduya").

use std::sync::LazyLock;

use crate::words::{FxHashSet as HashSet, WordSet};

static TITLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(TITLES));
static NOT_NAME_SET: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[NOT_NAMES, crate::words::MONTHS, crate::words::WEEKDAYS].concat())
});
pub static SPEAKER_NOUN_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SPEAKER_NOUNS));
static OCCUPATION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(OCCUPATIONS));

use super::given::{Gender, is_given_name};
use super::lexicon::{NOT_NAMES, OCCUPATIONS, PRONOUNS, SPEAKER_NOUNS, TITLES};
use crate::words::lower;

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Is `word` (any case) a speaker noun ("spokesman", "officials")?
pub fn is_speaker_noun(word: &str) -> bool {
    SPEAKER_NOUN_SET.contains(word)
}

/// Is `word` (any case) an occupation or a speaker noun?
pub fn is_occupation(word: &str) -> bool {
    OCCUPATION_SET.contains(word) || SPEAKER_NOUN_SET.contains(word)
}

pub fn is_title(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    // "Governor-elect Nadine Prescott", "President-elect".
    TITLE_SET.contains(w)
        || w.strip_suffix("-elect")
            .is_some_and(|t| TITLE_SET.contains(t))
}

/// Is `word` a title written short, whose dot belongs to it ("Sen.",
/// "Dr.")? A title written in full ends a sentence with its dot ("said the
/// governor.").
pub fn is_short_title(word: &str) -> bool {
    matches!(
        crate::words::lower(word).as_ref(),
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sen"
            | "rep"
            | "gov"
            | "gen"
            | "col"
            | "capt"
            | "lt"
            | "sgt"
            | "rev"
            | "st"
    )
}

/// Is `word` a capitalised word that can be part of a name?
pub fn is_name_word(word: &str) -> bool {
    if word.is_ascii() {
        // The same test on bytes: the trim, then an uppercase first letter
        // and a lowercase one anywhere.
        let keep = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'\'');
        let b = word.as_bytes();
        let Some(s) = b.iter().position(keep) else {
            return false;
        };
        let e = b.iter().rposition(keep).map_or(s, |e| e + 1);
        let w = &word[s..e];
        return (b[s].is_ascii_uppercase()
            && w.bytes().any(|c| c.is_ascii_lowercase())
            && !NOT_NAME_SET.contains(w))
            || is_initials(w);
    }
    is_name_word_by_char(word)
}

/// [`is_name_word`] for any text, char by char.
fn is_name_word_by_char(word: &str) -> bool {
    let w = word.trim_matches(|c: char| {
        !c.is_alphanumeric() && c != '.' && c != '-' && c != '\'' && c != '’'
    });
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    (first.is_uppercase() && w.chars().any(char::is_lowercase) && !NOT_NAME_SET.contains(w))
        || is_initials(w)
}

/// Initials standing for given names: "R.J.", "J.", not "U.S." or "D.C.".
pub(super) fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (2..=6).contains(&b.len())
        && b.chunks(2)
            .all(|p| p.len() == 2 && p[0].is_ascii_uppercase() && p[1] == b'.')
        && !matches!(
            w,
            "U.S." | "U.K." | "U.N." | "E.U." | "D.C." | "L.A." | "N.Y." | "A.M." | "P.M." | "T.V."
        )
}

/// An all-capitals abbreviation that names a speaker ("UK", "NATO", "DEA").
pub fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len())
        && w.bytes().all(|b| b.is_ascii_uppercase())
        && !matches!(w, "OK" | "TV" | "AM" | "PM" | "CEO")
}

/// Name particles that may stand inside a name ("Ursula von der Leyen").
pub fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "ibn"
            | "du"
            | "dos"
            | "das"
    )
}

pub fn is_pronoun(word: &str) -> bool {
    word.len() <= 4 && PRONOUNS.contains(&lower(word).as_ref())
}

/// The name in a mention: titles and lowercase descriptors dropped
/// ("Mayor Ines Calloway" -> "Ines Calloway", "chief executive Anouk Pellegrini" -> "Anouk Pellegrini").
pub fn bare_name(mention: &str) -> String {
    let words: Vec<&str> = mention.split_whitespace().collect();
    let mut start = words
        .iter()
        .position(|w| (is_name_word(w) || is_acronym(w)) && !is_title(w))
        .unwrap_or(words.len());
    // "White House Press Secretary Stephanie Grisham": the words after the
    // last title, when two or more follow it.
    if let Some(t) = words.iter().rposition(|w| is_title(w) || is_occupation(w))
        && t >= start
        && words.len() - t > 2
    {
        start = t + 1;
    }
    // "Baker Tomasz Wrobel": an occupation at the start of a sentence.
    while words.len() - start > 2
        && (is_occupation(words[start])
            || is_title(words[start])
            || words[start].starts_with(char::is_lowercase))
    {
        start += 1;
    }
    // "Israeli Benjamin Netanyahu": a word before a given name.
    // Not initials: "K. Priya Raman".
    if words.len() - start >= 3
        && !is_given_name(words[start])
        && !is_initials(words[start])
        && is_given_name(words[start + 1])
    {
        start += 1;
    }
    words[start..]
        .iter()
        .map(|w| {
            if is_initials(w) {
                w
            } else {
                w.trim_end_matches([',', '.', ';', ':'])
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Letters, digits and the marks that stay inside a name word ("O'Neil",
/// "Jean-Luc", "St.").
fn is_word_char(c: char) -> bool {
    // ASCII: a table lookup.
    const WORD: [bool; 128] = {
        let mut t = [false; 128];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            t[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'.');
            b += 1;
        }
        t
    };
    match WORD.get(c as usize) {
        Some(&w) => w,
        None => crate::words::is_alnum(c) || c == '’',
    }
}

/// Where the scan, with no run of name words open, next meets a word that
/// starts with a capital: words that start lower case are stepped over
/// whole, other chars one by one (a digit does not start a word, so "3D"
/// has the word "D").
fn next_capitalised(text: &[char], mut i: usize) -> Option<usize> {
    while let Some(&c) = text.get(i) {
        if c.is_ascii_uppercase()
            || (!c.is_ascii() && crate::words::is_alpha(c) && c.is_uppercase())
        {
            return Some(i);
        }
        i += 1;
        if crate::words::is_alpha(c) {
            while text.get(i).is_some_and(|&c| is_word_char(c)) {
                i += 1;
            }
        }
    }
    None
}

/// Full names (two or more name words) in the order they appear, for
/// mapping later short mentions to them.
#[derive(Debug, Default)]
pub struct NameBook {
    /// (char offset, full name), in text order.
    pub full: Vec<(usize, String)>,
    /// Every full name.
    exact: HashSet<String>,
    /// Mentions already made canonical, and their canonical forms.
    /// (Behind a lock, so that a long article's quotes can be attributed on
    /// all cores.)
    memo: std::sync::Mutex<crate::words::FxHashMap<String, String>>,
    /// Last word -> the first full name ending with it.
    by_surname: crate::words::FxHashMap<String, String>,
    /// First word -> the first full name of a person starting with it.
    by_first: crate::words::FxHashMap<String, String>,
    /// Surname -> the gender its honorifics give ("Mr. Caldwell", "Ms.
    /// Petrakis"); `None` when they disagree ("Mr. and Mrs. Lee").
    honorific: crate::words::FxHashMap<String, Option<Gender>>,
    /// Surnames met only after an honorific or an office ("Mr. Caldwell",
    /// "President Harmon"), where they stand: people, though never named in
    /// full.
    pub titled: Vec<(usize, String)>,
}

/// Words that name a government department ("Secretary of Homeland
/// Security", "Minister of Foreign Affairs").
fn is_department(word: &str) -> bool {
    matches!(
        word,
        "State"
            | "Defense"
            | "Defence"
            | "Homeland"
            | "Security"
            | "Health"
            | "Human"
            | "Services"
            | "Treasury"
            | "Labor"
            | "Labour"
            | "Commerce"
            | "Energy"
            | "Education"
            | "Agriculture"
            | "Justice"
            | "Interior"
            | "Transportation"
            | "Transport"
            | "Housing"
            | "Veterans"
            | "Affairs"
            | "Finance"
            | "Foreign"
            | "Home"
            | "War"
            | "Trade"
            | "Economy"
            | "Environment"
    )
}

/// Titles of offices held by one person, named before a surname
/// ("President Harmon"): unlike "General", never the start of a company's
/// name.
fn is_office(word: &str) -> bool {
    matches!(
        word,
        "President"
            | "Sen"
            | "Senator"
            | "Rep"
            | "Gov"
            | "Governor"
            | "Mayor"
            | "Speaker"
            | "Chancellor"
            | "Secretary"
            | "Judge"
            | "Commissioner"
    )
}

/// The gender an honorific gives ("Mr.", "Mrs", "Ms.").
fn gender_of_honorific(word: &str) -> Option<Gender> {
    match word {
        "Mr" | "Mister" | "MR" => Some(Gender::Male),
        "Ms" | "Mrs" | "Miss" | "MS" | "MRS" => Some(Gender::Female),
        _ => None,
    }
}

impl NameBook {
    /// Scans `text` for runs of 2-4 name words (after optional titles).
    pub fn scan(text: &[char]) -> NameBook {
        let mut book = Self::scan_lines(text, 0, text.len());
        book.index();
        book
    }

    /// [`NameBook::scan`], with the text cut in two at a newline near its
    /// middle and the halves read on two cores. A newline ends every name,
    /// so the names are the same.
    pub fn scan_par(text: &[char]) -> NameBook {
        let mid = text.len() / 2;
        let Some(cut) = text[mid..]
            .iter()
            .position(|&c| c == '\n')
            .map(|k| mid + k + 1)
        else {
            return Self::scan(text);
        };
        let (mut book, tail) = rayon::join(
            || Self::scan_lines(text, 0, cut),
            || Self::scan_lines(text, cut, text.len()),
        );
        book.full.extend(tail.full);
        book.titled.extend(tail.titled);
        for (surname, g) in tail.honorific {
            book.honorific
                .entry(surname)
                .and_modify(|was| {
                    if *was != g {
                        *was = None;
                    }
                })
                .or_insert(g);
        }
        book.index();
        book
    }

    /// The names in `text[from..to]`, where `from` starts a line (or the
    /// text) and `to` ends one; not yet indexed.
    fn scan_lines(text: &[char], from: usize, to: usize) -> NameBook {
        let mut book = NameBook::default();
        // The words of the current run: char range (trailing dots dropped)
        // and whether the word is a title.
        let mut run: Vec<(usize, usize, bool)> = Vec::new();
        let mut word = String::new();
        let mut i = from;
        while i < to {
            if run.is_empty() {
                // Nothing to end: step to the next word that starts with a capital.
                match next_capitalised(&text[..to], i) {
                    Some(at) => i = at,
                    None => break,
                }
            }
            let c = text[i];
            if !crate::words::is_alpha(c) {
                if c != ' ' && !run.is_empty() {
                    book.flush(text, &mut run);
                }
                i += 1;
                continue;
            }
            // A word: capitalised if it opens a run, any word inside one.
            let start = i;
            i += 1;
            while i < text.len() && is_word_char(text[i]) {
                i += 1;
            }
            let mut end = i;
            while end > start && text[end - 1] == '.' {
                end -= 1;
            }
            // "R.J. Whitlock": initials, dots kept, end no sentence.
            if end < i && text[start..i].len() <= 6 {
                word.clear();
                word.extend(&text[start..i]);
                if is_initials(&word) {
                    run.push((start, i, false));
                    continue;
                }
            }
            word.clear();
            word.extend(&text[start..end]);
            // "Nora E. Vance": a middle initial inside a run.
            let initial = !run.is_empty()
                && end - start == 1
                && text[start].is_uppercase()
                && text.get(end) == Some(&'.');
            if is_name_word(&word) || initial || (is_particle(&word) && !run.is_empty()) {
                // (Whether it is a title matters only for a word kept.)
                let title = is_title(&word);
                let ends_sentence = text[i - 1] == '.' && !title && end - start > 1;
                // The initial keeps its dot: "Nora E. Vance".
                run.push((start, end + usize::from(initial), title));
                if ends_sentence {
                    book.flush(text, &mut run);
                }
            } else {
                book.flush(text, &mut run);
            }
            // Punctuation other than a space ends a name.
            if i < text.len() && text[i] != ' ' {
                book.flush(text, &mut run);
            }
        }
        book.flush(text, &mut run);
        book
    }

    /// Indexes the full names found by surname and by given name.
    fn index(&mut self) {
        let book = self;
        for (_, full) in &book.full {
            // The first time a name is seen is the one that counts.
            if book.exact.contains(full) {
                continue;
            }
            book.exact.insert(full.clone());
            let mut words = full.rsplit(' ');
            let (Some(mut last), first) = (words.next(), full.split(' ').next()) else {
                continue;
            };
            // "Jim McAllister Jr" is "McAllister".
            if matches!(last, "Jr" | "Sr")
                && let Some(w) = words.next()
            {
                last = w;
            }
            book.by_surname
                .entry(last.to_string())
                .or_insert_with(|| full.clone());
            // "Xi Jinping" is "Xi" as well; "Maria Lopez" is "Maria".
            if let Some(first) = first
                && full.split(' ').count() <= 3
                && super::phrases::person_like(full)
            {
                book.by_first
                    .entry(first.to_string())
                    .or_insert_with(|| full.clone());
            }
        }
    }

    /// Ends a run of name words: 2-4 of them (titles and a leading
    /// occupation left out) are a full name.
    fn flush(&mut self, text: &[char], run: &mut Vec<(usize, usize, bool)>) {
        // One word is no full name, and no title with a surname.
        if run.len() < 2 {
            run.clear();
            return;
        }
        let word = |w: &(usize, usize, bool)| -> String { text[w.0..w.1].iter().collect() };
        // A possessive ends the name, without its "'s" ("Warren Buffett's").
        if let Some(p) = run
            .iter()
            .position(|&(s, e, _)| e - s > 2 && text[e - 1] == 's' && is_apostrophe(text[e - 2]))
        {
            run.truncate(p + 1);
            run[p].1 -= 2;
        }
        // The name follows the last title or occupation when two or more
        // words do ("White House Press Secretary Stephanie Grisham",
        // "Festival Director Imelda Rourke"); other titles are left
        // out, then a leading occupation ("Baker Tomasz Wrobel") and a word
        // before a given name ("Israeli Benjamin Netanyahu", "Secretary of
        // Defense Mark Esper").
        if run.len() > 2
            && let Some(t) = run.iter().rposition(|w| w.2 || is_occupation(&word(w)))
            && run.len() - t > 2
        {
            run.drain(..=t);
        }
        // "Mr. Caldwell", "Ms. Ana Petrakis": an honorific tells "he" from
        // "she", and makes a lone surname a person.
        if let Some(h) = run.iter().position(|w| w.2)
            && let Some(g) =
                gender_of_honorific(&text[run[h].0..run[h].1].iter().collect::<String>())
            && let Some(&(ns, ne, false)) = run.last()
            && run.len() > h + 1
        {
            let surname: String = text[ns..ne].iter().collect();
            self.honorific
                .entry(surname.clone())
                .and_modify(|was| {
                    if *was != Some(g) {
                        *was = None;
                    }
                })
                .or_insert(Some(g));
            if run.len() == h + 2 {
                self.titled.push((run[h].0, surname));
            }
        } else if let [office, (ns, ne, false)] = run[..]
            && office.2
            && is_office(&word(&office))
        {
            // "President Harmon", "Sen. Okoro": a surname after an office,
            // which "the president" may later stand for.
            self.titled.push((ns, text[ns..ne].iter().collect()));
        }
        run.retain(|w| !w.2);
        // "Secretary of State Eleanor Vasquez-Reid", "Minister of Foreign
        // Affairs Ana Lind": the department is not part of the name.
        let after = |s: &str| {
            run.first().is_some_and(|w| {
                w.0 >= s.len() && text[w.0 - s.len()..w.0].iter().copied().eq(s.chars())
            })
        };
        if after("of ") {
            let keep = run
                .iter()
                .position(|w| !is_department(&word(w)))
                .unwrap_or(run.len());
            if run.len() - keep >= 2 {
                run.drain(..keep);
            }
        } else if after("of the ") {
            // "Leader of the Opposition P. Lakshmi Narayana": the body's
            // words before a given name or an initial.
            let keep = run
                .iter()
                .position(|w| {
                    let w = word(w);
                    is_given_name(&w) || w.len() == 1 || is_initials(&w)
                })
                .unwrap_or(run.len())
                .min(run.len().saturating_sub(2));
            run.drain(..keep);
        }
        let mut first = 0;
        while run.len() - first > 2 && is_occupation(&word(&run[first])) {
            first += 1;
        }
        if run.len() - first >= 3
            && !is_given_name(&word(&run[first]))
            && !is_initials(&word(&run[first]))
            && is_given_name(&word(&run[first + 1]))
        {
            first += 1;
        }
        let names = &run[first..];
        if (2..=4).contains(&names.len()) {
            let mut full = String::new();
            for (k, &(s, e, _)) in names.iter().enumerate() {
                if k > 0 {
                    full.push(' ');
                }
                full.extend(&text[s..e]);
            }
            self.full.push((names[0].0, full));
        }
        run.clear();
    }

    /// The gender honorifics give the person `name` (a full name or a
    /// surname) stands for.
    pub fn honorific_gender(&self, name: &str) -> Option<Gender> {
        // Most articles have no "Mr." or "Ms.": no lookup then.
        if self.honorific.is_empty() {
            return None;
        }
        let last = name.rsplit(' ').find(|w| !matches!(*w, "Jr" | "Sr"))?;
        self.honorific.get(last).copied().flatten()
    }

    /// The full name a one-word mention is the surname of, or a full name
    /// as written: a cheap [`canonical`](Self::canonical) for plain words.
    pub fn known(&self, words: &str) -> Option<&str> {
        if words.contains(' ') {
            self.exact.get(words).map(String::as_str)
        } else {
            self.by_surname.get(words).map(String::as_str)
        }
    }

    /// The canonical form of a mention: the earliest full name ending with
    /// (or equal to) its bare name; the bare name itself otherwise.
    pub fn canonical(&self, mention: &str) -> String {
        // An article names its speakers again and again: each mention is
        // worked out once.
        if let Some(c) = self.memo.lock().ok().and_then(|m| m.get(mention).cloned()) {
            return c;
        }
        let c = self.canonical_uncached(mention);
        if let Ok(mut memo) = self.memo.lock() {
            memo.insert(mention.to_string(), c.clone());
        }
        c
    }

    fn canonical_uncached(&self, mention: &str) -> String {
        // "Speaker Lydia Tran's (office)": the person.
        let mention = mention
            .strip_suffix("'s")
            .or_else(|| mention.strip_suffix("’s"))
            .unwrap_or(mention);
        if super::orgs::is_org_name(mention) {
            return mention.trim().to_string();
        }
        let bare = bare_name(mention);
        if bare.is_empty() {
            return mention.trim().to_string();
        }
        let n_words = bare.split_whitespace().count();
        let last = bare.split_whitespace().last().unwrap_or(&bare);
        if self.exact.contains(&bare) {
            return bare;
        }
        match self.by_surname.get(last) {
            Some(full) if n_words <= full.split_whitespace().count() => full.clone(),
            // "Republican Dale Harmon" is "Dale Harmon": a word the name
            // book left out before the name.
            Some(full)
                if bare.ends_with(full.as_str())
                    && bare[..bare.len() - full.len()].ends_with(' ') =>
            {
                full.clone()
            }
            None if n_words == 1 => self.by_first.get(last).cloned().unwrap_or(bare),
            _ => bare,
        }
    }
}

#[cfg(test)]
mod tests;
