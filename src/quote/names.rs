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

/// Is `word` (any case) a speaker noun ("spokesman", "officials"), or the
/// plural of one in "-s" ("managers")?
pub fn is_speaker_noun(word: &str) -> bool {
    SPEAKER_NOUN_SET.contains(word)
        || word
            .strip_suffix('s')
            .is_some_and(|one| one.len() >= 3 && SPEAKER_NOUN_SET.contains(one))
}

/// A speaker that is a common noun capitalised only because it opened a
/// sentence ("Police", "Residents near the creek"), written as the noun is
/// ("police"). Not a title ("Mayor"), nor a name that holds the noun
/// ("Police Scotland").
pub fn noun_case(speaker: &str) -> Option<String> {
    let (first, rest) = speaker.split_once(' ').unwrap_or((speaker, ""));
    let mut chars = first.chars();
    let sentence_case = chars.next().is_some_and(char::is_uppercase)
        && chars.clone().next().is_some()
        && chars.all(char::is_lowercase);
    (sentence_case
        && is_speaker_noun(first)
        && !is_title(first)
        && !rest.contains(|c: char| c.is_uppercase()))
    .then(|| {
        let mut out = lower(first).into_owned();
        if !rest.is_empty() {
            out.push(' ');
            out.push_str(rest);
        }
        out
    })
}

/// Is `word` (any case) an occupation or a speaker noun?
pub fn is_occupation(word: &str) -> bool {
    OCCUPATION_SET.contains(word) || SPEAKER_NOUN_SET.contains(word)
}

/// Is `word` a capitalised word that can be part of a name? A surname
/// led by a lowercase Arabic article counts ("al-Mansouri", "el-Amin").
pub fn is_name_word(word: &str) -> bool {
    if let Some(rest) = strip_article(word) {
        return is_name_word(rest);
    }
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
            && !NOT_NAME_SET.contains(w)
            && !is_contraction(w, '\''))
            || is_initials(w);
    }
    is_name_word_by_char(word)
}

/// "They'll", "We're", "Don't", "It's": a word and its contracted verb,
/// not a name ("O'Brien", "D'Arcy", "Kolb's" are).
fn is_contraction(w: &str, apostrophe: char) -> bool {
    // Most words hold no apostrophe: a byte test turns them away.
    let first_byte = if apostrophe == '\'' { b'\'' } else { 0xE2 };
    if !w.bytes().any(|b| b == first_byte) {
        return false;
    }
    let Some((base, tail)) = w.split_once(apostrophe) else {
        return false;
    };
    match tail {
        "ll" | "re" | "ve" | "m" | "d" | "t" => true,
        "s" => {
            NOT_NAME_SET.contains(base) || matches!(base, "That" | "There" | "What" | "Let" | "Who")
        }
        _ => false,
    }
}

/// The surname after a lowercase Arabic article ("al-Mansouri" ->
/// "Mansouri"), when a capital follows the hyphen, or after an Irish
/// prefixed letter ("hEachtairn" -> "Eachtairn").
fn strip_article(word: &str) -> Option<&str> {
    // Read as a slice pattern: most words fail on their first bytes.
    let cut = match word.as_bytes() {
        [b'a', b'l' | b'd', b'-', ..] | [b'e' | b'u', b'l', b'-', ..] => 3,
        [b'a', b's', b'h', b'-', ..] => 4,
        // An Irish surname's prefixed letter after "Ó" or "Ní": "Ó
        // hEachtairn", "Ní hAodha", "Mac an tSaoi".
        [b'h' | b't', c, ..] if c.is_ascii_uppercase() || *c >= 0x80 => 1,
        _ => return None,
    };
    let rest = &word[cut..];
    rest.starts_with(char::is_uppercase).then_some(rest)
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
    (first.is_uppercase()
        && w.chars().any(char::is_lowercase)
        && !NOT_NAME_SET.contains(w)
        && !is_contraction(w, '’')
        && !is_contraction(w, '\''))
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

/// Abbreviations that close a name ("Tomas Reyes Jr.", "Acme Inc."): their
/// dot ends a sentence only before a capital, and goes with the word before
/// a word in small letters ("Jr. of Georgia said").
pub(super) const NAME_CLOSERS: &[&str] = &["Jr", "Sr", "Inc", "Corp", "Ltd", "Co"];

/// Name particles that may stand inside a name ("Ursula von der Leyen").
/// A generation after a surname ("Jr", "III").
pub fn is_suffix(word: &str) -> bool {
    matches!(word, "Jr" | "Sr" | "II" | "III" | "IV")
}

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
            // Dutch: "Jan-Willem ter Horst".
            | "ter"
            | "dos"
            | "das"
            // Spanish: "María de los Ángeles Tovar".
            | "los"
            | "las"
            // Malay: "Aminah binti Yusof".
            | "binti"
            | "bint"
            // Irish: "Seán Ó Briain".
            | "Ó"
            // Portuguese, Spanish and Catalan: "Luiz Bittencourt e Souza",
            // "Ana Barandiarán y Sotelo", "Mireia Puigvert i Casals".
            | "e"
            | "y"
            | "i"
    )
}

pub fn is_pronoun(word: &str) -> bool {
    word.len() <= 4 && PRONOUNS.contains(&lower(word).as_ref())
}

/// The name in a mention: titles and lowercase descriptors dropped
/// ("Mayor Ines Calloway" -> "Ines Calloway", "chief executive Anouk Pellegrini" -> "Anouk Pellegrini").
/// "Defence Secretary", "Prime Minister", "Taoiseach"... as a name: an
/// office in capitals (its field or rank, then a title that is a role).
pub(super) fn is_office_name(n: &str) -> bool {
    let words: Vec<&str> = n.split(' ').collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    words.len() <= 3
        && is_title(last)
        && super::roles::is_office_role(&lower(last))
        && rest.iter().all(|w| is_title(w) || titles::is_department(w))
}

/// Letters written after a name: a silk's rank, a seat, an honour.
fn is_postnominal(w: &str) -> bool {
    matches!(
        w,
        "KC" | "QC"
            | "SC"
            | "MP"
            | "MSP"
            | "MS"
            | "MEP"
            | "TD"
            | "MLA"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "PhD"
            | "Esq"
    )
}

/// Can `w`, before a given name, be a word that describes the person
/// ("Israeli", "Conservative", "Billionaire", "Singer-guitarists") or
/// opens a question ("Would Adam X ...?"), rather than the first given name
/// of two ("Luz María Carrasco")? A word that could be a given name is
/// letters only, not a function word, and does not end as nationalities
/// and the nouns for what people do end.
pub(super) fn may_describe(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "an", "ese", "sh", "i", "ch", "ss", "ek", "er", "or", "ist", "ant", "ent", "ive", "al",
        "ic", "ary", "ire", "ee", "ory", "ite", "ed", "s", "y",
    ];
    let lower = crate::words::lower(w);
    !w.chars().all(char::is_alphabetic)
        || is_party_member(w)
        || is_occupation(w)
        || is_title(w)
        || titles::is_department(w)
        || super::lexicon::FUNCTION_WORDS.contains(&lower.as_ref())
        || matches!(
            lower.as_ref(),
            "did" | "does" | "do" | "are" | "were" | "may" | "might" | "must" | "shall" | "so"
        )
        || ENDS.iter().any(|e| lower.ends_with(e))
}

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
    } else if let Some(t) = words.iter().rposition(|w| is_title(w))
        && t >= start
        && words.len() - t == 2
    {
        // "Finance Minister Sri Wahyuningsih": one name after the last
        // title is the name (as the scan reads it).
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
        && may_describe(words[start])
        && is_given_name(words[start + 1])
    {
        start += 1;
    }
    // "Oliver Quaintance KC", "Ama Owusu MP": the letters after a name.
    let mut end = words.len();
    while end - start > 2 && is_postnominal(words[end - 1].trim_end_matches([',', '.', ';', ':'])) {
        end -= 1;
    }
    words[start..end]
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
    /// Surnames two or more full names end with (a family: "Lucinda
    /// Achterberg" and "Robert Achterberg").
    shared: HashSet<String>,
    /// Surnames met only after an honorific or an office ("Mr. Caldwell",
    /// "President Harmon"), where they stand: people, though never named in
    /// full.
    pub titled: Vec<(usize, String)>,
    /// Given names standing alone ("Work on it is led by Lachlan."),
    /// where they stand: the person named in full with it, once indexed.
    pub given_alone: Vec<(usize, String)>,
}

/// (The memo is copied as it stands.)
impl Clone for NameBook {
    fn clone(&self) -> Self {
        let memo = self
            .memo
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        NameBook {
            full: self.full.clone(),
            exact: self.exact.clone(),
            memo: std::sync::Mutex::new(memo),
            by_surname: self.by_surname.clone(),
            by_first: self.by_first.clone(),
            honorific: self.honorific.clone(),
            shared: self.shared.clone(),
            titled: self.titled.clone(),
            given_alone: self.given_alone.clone(),
        }
    }
}

impl NameBook {
    /// The gender honorifics give the person `name` (a full name or a
    /// surname) stands for.
    /// Do two or more full names end with `surname`?
    pub fn is_shared_surname(&self, surname: &str) -> bool {
        self.shared.contains(surname)
    }

    pub fn honorific_gender(&self, name: &str) -> Option<Gender> {
        // Most articles have no "Mr." or "Ms.": no lookup then.
        if self.honorific.is_empty() {
            return None;
        }
        let last = name.rsplit(' ').find(|w| !is_suffix(w))?;
        self.honorific.get(last).copied().flatten()
    }

    /// The full name a one-word mention is the surname of, or a full name
    /// as written: a cheap [`canonical`](Self::canonical) for plain words.
    /// The full name a given name standing alone stands for: the first
    /// person named in full with it.
    pub fn by_given(&self, given: &str) -> Option<&str> {
        self.by_first.get(given).map(String::as_str)
    }

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
        let mut c = self.canonical_uncached(mention);
        // "Ms Ellery-Banks" when "Marcus Ellery-Banks" is her husband.
        if let Some((h, rest)) = mention.trim().split_once(' ')
            && !rest.contains(' ')
            && gender_of_honorific(h).is_some()
            && c.ends_with(rest)
        {
            c = with_honorific(h, rest, &c);
        }
        if let Ok(mut memo) = self.memo.lock() {
            memo.insert(mention.to_string(), c.clone());
        }
        c
    }

    fn canonical_uncached(&self, mention: &str) -> String {
        // "Speaker Lydia Tran's (office)": the person.
        let mention = super::phrases::owner_of(mention).unwrap_or(mention);
        if super::orgs::is_org_name(mention) {
            return mention.trim().to_string();
        }
        if let Some(full) = self.handle_owner(mention.trim()) {
            return full;
        }
        // "The Harbour City Property Owners Association": an institution
        // keeps all its words ("Harbour" is no occupation here), and its
        // head noun is no surname: "Harbour Owners Association" is another
        // body. A shorter form of a longer name is that name ("City
        // Council" after "Harbour City Council").
        let words: Vec<&str> = mention.split_whitespace().collect();
        if let [first, .., last] = words[..]
            && super::orgs::is_head(last)
            && words
                .iter()
                .all(|w| is_name_word(w) || is_acronym(w) || *w == first)
        {
            let name = mention
                .trim()
                .strip_prefix(first)
                .filter(|_| first.eq_ignore_ascii_case("the"))
                .map_or(mention.trim(), str::trim_start);
            let longer = |full: &&String| {
                full.len() > name.len()
                    && full.ends_with(name)
                    && full[..full.len() - name.len()].ends_with(' ')
            };
            return self
                .full
                .iter()
                .map(|(_, full)| full)
                .find(longer)
                .map_or_else(|| name.to_string(), String::clone);
        }
        let bare = bare_name(mention);
        if bare.is_empty() {
            // "King" after "Angela King": a surname that is also a title.
            return self
                .by_surname
                .get(mention.trim())
                .filter(|_| !mention.trim().contains(' '))
                .cloned()
                .unwrap_or_else(|| mention.trim().to_string());
        }
        let n_words = bare.split_whitespace().count();
        let last = bare.split_whitespace().last().unwrap_or(&bare);
        let surname_of = self.by_surname.get(last);
        if let Some(full) = surname_of.filter(|full| patronymic_of(full, &bare)) {
            return full.clone();
        }
        if self.exact.contains(&bare) {
            // "Ortega Ruiz" after "Andrés Manuel Ortega Ruiz": the longer
            // name it ends.
            // ("De la Garza" after "Efraín de la Garza": a particle that
            // opens a sentence has a capital.)
            // ("Thomas Keller" after "Thomas Keller Jr": the name with its
            // generation.)
            return match surname_of {
                // ("M. Benali" after "Karim Benali": the French "Monsieur",
                // not an initial the given name lacks.)
                Some(full)
                    if bare.strip_prefix("M. ") == Some(last)
                        && !full.starts_with('M')
                        && ends_with_words(full, last) =>
                {
                    full.clone()
                }
                Some(full)
                    if ends_with_words(full, &bare)
                        || full
                            .rsplit_once(' ')
                            .is_some_and(|(head, last)| is_suffix(last) && head == bare) =>
                {
                    full.clone()
                }
                _ => bare,
            };
        }
        match surname_of {
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

/// "Siti Rahmah binti Ismail" is who "Siti Rahmah" names: a Malay or
/// Arab name's own part before "bin", "binti" or "ibn" (son or daughter
/// of) is how the article calls its bearer again.
fn patronymic_of(full: &str, bare: &str) -> bool {
    full.strip_prefix(bare)
        .and_then(|rest| rest.strip_prefix(' '))
        .and_then(|rest| rest.split(' ').next())
        .is_some_and(|w| PATRONYMIC.contains(&w))
}

/// "son of" and "daughter of" inside Malay and Arab names.
pub(super) const PATRONYMIC: &[&str] = &["bin", "binti", "bte", "ibn"];

/// The family name in a person's full name, as a short label would give
/// it: the last word, or two Spanish surnames after a given name
/// ("Ortega Salinas" in "Andrés Felipe Ortega Salinas").
pub fn family_name(full: &str) -> &str {
    let words: Vec<&str> = full.split(' ').collect();
    if let [.., given, first_surname, last] = words[..]
        && super::given::is_given_name(given)
        && !super::given::is_given_name(first_surname)
        && is_name_word(first_surname)
        && !is_suffix(last)
    {
        let n = first_surname.len() + 1 + last.len();
        return &full[full.len() - n..];
    }
    words.last().copied().unwrap_or(full)
}

/// Does `full` end with the whole words of `tail`, the first letter's case
/// aside ("Efraín de la Garza" ends with "De la Garza")?
fn ends_with_words(full: &str, tail: &str) -> bool {
    let Some(cut) = full.len().checked_sub(tail.len()).filter(|&c| c > 0) else {
        return false;
    };
    let (Some(head), Some(end)) = (full.get(..cut), full.get(cut..)) else {
        return false;
    };
    let mut a = end.chars();
    let mut b = tail.chars();
    head.ends_with(' ')
        && a.next()
            .zip(b.next())
            .is_some_and(|(x, y)| x == y || x.to_lowercase().eq(y.to_lowercase()))
        && a.as_str() == b.as_str()
}

mod handles;
pub(crate) mod scan;
mod titles;
pub(super) use titles::{ends_party_name, is_honorific, is_party_member, is_party_word};
pub(crate) use titles::{gender_of_honorific, with_honorific};
pub use titles::{is_short_title, is_surname_title, is_title};
#[cfg(test)]
mod tests;
