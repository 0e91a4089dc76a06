//! Dates written in other languages than English: "sexta-feira, 22 de
//! outubro de 2010 às 20:13", "22 octobre 2010", "22. Oktober 2010",
//! "martes 5 de marzo de 2019".

/// Month names in Portuguese, Spanish, French, Italian and German, each
/// with its number.
#[rustfmt::skip]
const MONTHS: &[(&str, u32)] = &[
    // Portuguese.
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("abril", 4), ("maio", 5), ("junho", 6),
    ("julho", 7), ("agosto", 8), ("setembro", 9), ("outubro", 10), ("novembro", 11),
    ("dezembro", 12),
    // Spanish.
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("mayo", 5), ("junio", 6), ("julio", 7),
    ("septiembre", 9), ("setiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    // French.
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11),
    ("décembre", 12),
    // Italian.
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6),
    ("luglio", 7), ("settembre", 9), ("ottobre", 10), ("dicembre", 12),
    // German (the others are written as in English, or nearly: "Juni").
    ("januar", 1), ("februar", 2), ("märz", 3), ("juni", 6), ("juli", 7), ("oktober", 10),
    ("dezember", 12),
];

/// Weekdays in Portuguese, Spanish, French and Italian.
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
    "domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunedì", "martedì", "mercoledì",
    "giovedì", "venerdì", "sabato", "domenica",
];

/// The small words a date is written with ("de", "às").
const SMALL_WORDS: &[&str] = &[
    "de", "del", "às", "las", "le", "à", "um", "uhr", "alle", "ore", "h",
];

/// The number of the month `lower` names in another language.
pub fn month(lower: &str) -> Option<u32> {
    let w = lower.trim_end_matches(['.', ',']);
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

/// A month or a weekday in another language, as a line of a date opens
/// with it ("sábado, 14 de março", "lundi 3 mars").
pub fn opens_date(word: &str) -> bool {
    // (Asked of a word in small letters: it is not lowered again.)
    let w = word.trim_end_matches(',');
    (3..=14).contains(&w.len()) && (month(w).is_some() || WEEKDAYS.contains(&w))
}

/// A word of a date in another language: a month, a weekday or a small
/// word dates are written with (lowercase).
pub fn is_date_word(lower: &str) -> bool {
    if lower.len() > 16 {
        return false;
    }
    let w = lower.trim_matches(|c: char| matches!(c, ',' | '.' | '(' | ')'));
    month(w).is_some() || WEEKDAYS.contains(&w) || SMALL_WORDS.contains(&w)
}

/// The date in `words` around the foreign month at `i`: "22 de outubro de
/// 2010", "22 octobre 2010", "22. Oktober 2010", as (year, month, day).
/// (The day is looked for first: most words have no number before them.)
pub fn date_at(
    words: &[&str],
    i: usize,
    day: impl Fn(&str) -> Option<u32>,
    year: impl Fn(&str) -> Option<u32>,
) -> Option<(u32, u32, u32)> {
    let linked = |w: &str| matches!(w, "de" | "del");
    // The day before, with a "de" between or none.
    let d_at = match i.checked_sub(1).map(|j| words[j]) {
        Some(w) if linked(w) => i.checked_sub(2)?,
        _ => i.checked_sub(1)?,
    };
    let d = day(words[d_at])?;
    let y_at = match words.get(i + 1) {
        Some(w) if linked(w) => i + 2,
        _ => i + 1,
    };
    let y = year(words.get(y_at)?)?;
    let m = month(&crate::words::lower(words[i]))?;
    Some((y, m, d))
}
