//! Reading metadata out of text: dates, bylines, outlets, titles.

use crate::words::MONTHS;

pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    // Month names are ASCII, and no other letter lowercases to one of
    // theirs: the word is lowered into a small buffer, not a new string.
    if !(3..=9).contains(&w.len()) || !w.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 9];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    if lower == b"sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .position(|m| {
            m.as_bytes() == &lower[..] || (lower.len() == 3 && m.as_bytes().starts_with(lower))
        })
        .map(|i| i as u32 + 1)
}

/// [`month_number`] as first written, for the tests to compare.
#[cfg(test)]
pub(super) fn month_number_by_string(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept"))
        .map(|i| if w == "sept" { 9 } else { i as u32 + 1 })
}

fn year(word: &str) -> Option<u32> {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let y: u32 = w.parse().ok()?;
    (w.len() == 4 && (1900..=2100).contains(&y)).then_some(y)
}

fn day(word: &str) -> Option<u32> {
    // A number starts with a digit or '+', and the trims below leave the
    // first byte in place: other words stop here.
    if !word
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_digit() || *b == b'+')
    {
        return None;
    }
    let w = word.trim_end_matches([',', '.']);
    let w = ["st", "nd", "rd", "th"].iter().fold(w, |w, suffix| {
        let mut w = w;
        while let Some(rest) = w.strip_suffix(suffix) {
            w = rest;
        }
        w
    });
    let d: u32 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn iso(y: u32, m: u32, d: u32) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// Finds the first date in `text` and returns it as `YYYY-MM-DD`.
/// Understands `March 3, 2026`, `3 March 2026`, `Mar. 3 2026` and `2026-03-03`.
pub fn find_date(text: &str) -> Option<String> {
    // Every form has a year: four digits in a row.
    if !text
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit))
    {
        return None;
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '|' || c == '·')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        if let Some(found) = iso_date(w).or_else(|| figures_date(w)) {
            return Some(found);
        }
        let Some(m) = month_number(w) else {
            // "22 de outubro de 2010", "22 octobre 2010".
            if let Some((y, m, d)) = foreign_dates::date_at(&words, i, day, year) {
                return Some(iso(y, m, d));
            }
            continue;
        };
        // Month D, YYYY
        if let (Some(d), Some(y)) = (
            words.get(i + 1).and_then(|w| day(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            return Some(iso(y, m, d));
        }
        // D Month YYYY
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|j| day(words[j])),
            words.get(i + 1).and_then(|w| year(w)),
        ) {
            return Some(iso(y, m, d));
        }
    }
    None
}

/// The figures of a date written in them ("19.11.2019", "11/19/19"): the
/// first two numbers (one or two digits each), the year's digits (two or
/// four) and the separator, '/' or '.'.
fn date_figures(word: &str) -> Option<(u32, u32, &str, char)> {
    // Most words are turned away by their first byte.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let w = word.trim_end_matches(|c: char| !c.is_ascii_digit());
    let sep = if w.contains('/') { '/' } else { '.' };
    let mut parts = w.split(sep);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    let digits =
        |p: &str, lens: &[usize]| lens.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    (parts.next().is_none() && digits(a, &[1, 2]) && digits(b, &[1, 2]) && digits(y, &[2, 4]))
        .then(|| Some((a.parse().ok()?, b.parse().ok()?, y, sep)))
        .flatten()
}

/// A date in figures with a four-digit year: "19.11.2019" (day first),
/// "21/06/2014" or "11/19/2019" (whichever way round the numbers allow).
/// "05/06/2019" could be either and is no date.
fn figures_date(word: &str) -> Option<String> {
    let (a, b, y, sep) = date_figures(word)?;
    let y = year(y)?;
    let (d, m) = match (a, b) {
        _ if sep == '.' => (a, b),
        (13..=31, 1..=12) => (a, b),
        (1..=12, 13..=31) => (b, a),
        _ => return None,
    };
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| iso(y, m, d))
}

fn iso_date(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let head = w.get(..10)?;
    let b = head.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let y = year(&head[..4])?;
        let m: u32 = head[5..7].parse().ok()?;
        let d: u32 = head[8..10].parse().ok()?;
        if (1..=12).contains(&m) && (1..=31).contains(&d) {
            return Some(iso(y, m, d));
        }
    }
    None
}

/// Is `word` part of a date or time stamp ("March", "3,", "2026", "9:14", "a.m.", "GMT")?
pub fn is_date_word(word: &str) -> bool {
    let w = word.trim_matches(|c: char| matches!(c, ',' | '.' | '(' | ')' | '|' | '·'));
    if w.is_empty() {
        return true;
    }
    let lower = crate::words::lower(w);
    let lower: &str = lower.as_ref();
    month_number(lower).is_some()
        || day(w).is_some()
        || year(w).is_some()
        || iso_date(w).is_some()
        || w.chars()
            .all(|c| c.is_ascii_digit() || c == ':' || c == '/')
        || matches!(
            lower,
            "am" | "pm"
                | "a.m"
                | "p.m"
                | "gmt"
                | "utc"
                | "bst"
                | "est"
                | "edt"
                | "pst"
                | "pdt"
                | "cet"
                | "on"
                | "at"
                | "updated"
                | "published"
                | "posted"
                | "-"
                | "—"
                | "mon"
                | "tue"
                | "wed"
                | "thu"
                | "fri"
                | "sat"
                | "sun"
        )
        || crate::words::WEEKDAYS.contains(&lower)
}

/// A date field that holds no date: a year out of range at its start
/// ("0001-01-01T00:00:00Z", a page's empty default).
pub fn is_placeholder_date(d: &str) -> bool {
    d.get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse::<u32>().ok())
        .is_some_and(|y| !(1900..=2100).contains(&y))
}

/// `text` up to a date that follows a name in it: a month name before a
/// number ("September 15, 2014") or an ISO date ("2019-11-18T20:51:19Z"),
/// with a weekday before it and the "on", "|", "-", "·" or comma before
/// that.
fn without_date(text: &str) -> &str {
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let dated = words.iter().enumerate().position(|(i, (_, w))| {
        let next_is_day = words
            .get(i + 1)
            .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit()));
        (month_number(w).is_some() && next_is_day)
            || iso_date(w).is_some()
            || date_figures(w).is_some()
    });
    // "on Monday, November 18th, 2019": the weekday goes with the date.
    let weekday = |w: &str| {
        let w = w.trim_end_matches(',').to_ascii_lowercase();
        crate::words::WEEKDAYS.contains(&w.as_str())
    };
    let dated = dated.map(|mut i| {
        while i > 0 && weekday(words[i - 1].1) {
            i -= 1;
        }
        i
    });
    match dated {
        Some(i) if i > 0 => text[..words[i].0]
            .trim_end()
            .trim_end_matches([',', '|', '-', '·', '—'])
            .trim_end()
            .trim_end_matches(" on"),
        _ => text,
    }
}

/// `THE HARBOR GAZETTE` -> `The Harbor Gazette`; an agency's initials
/// ("AP", "AFP": [`AGENCY_ACRONYMS`](super::vocab::AGENCY_ACRONYMS)) stay.
pub fn title_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            if super::vocab::AGENCY_ACRONYMS.contains(&core) {
                return w.to_string();
            }
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// The host of a URL without `www.`: `https://www.example.org/a` -> `example.org`.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r)?;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (host.contains('.')).then(|| host.to_lowercase())
}

/// Shortens a sentence to a title: at most `max_words` words, with `…` if cut.
pub fn shorten_to_title(text: &str, max_words: usize) -> String {
    // The first sentence ends at a mark before a space or the end, but not
    // after a short word or an initialism ("Gov.", "Dr.", "U.S.").
    let end = text
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && text[i + 1..].chars().next().is_none_or(char::is_whitespace)
        })
        .find(|&(i, c)| {
            let word = text[..i].rsplit(char::is_whitespace).next().unwrap_or("");
            c != '.' || (word.chars().count() > 3 && !word.contains('.'))
        })
        .map_or(text.len(), |(i, _)| i + 1);
    let first_sentence = text[..end].trim();
    let words: Vec<&str> = first_sentence.split_whitespace().collect();
    if words.len() <= max_words {
        first_sentence.trim_end_matches('.').to_string()
    } else {
        format!("{}…", words[..max_words].join(" "))
    }
}

mod byline;
mod copyright;
pub mod foreign_dates;
pub use byline::{
    BYLINE_PREFIXES, byline_name, byline_outlet, clean_byline, described_byline, is_writer_job,
    may_open_byline, name_over_job, name_then_job,
};
pub use copyright::copyright_owner;

#[cfg(test)]
mod tests {
    #[test]
    fn every_byline_prefix_passes_the_first_letter_look() {
        for p in super::BYLINE_PREFIXES {
            assert!(super::may_open_byline(p), "{p}");
        }
    }

    /// `day` as first written, for the tests to compare.
    fn day_by_str_trims(word: &str) -> Option<u32> {
        let w = word
            .trim_end_matches([',', '.'])
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        let d: u32 = w.parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }

    proptest::proptest! {
        #[test]
        fn days_are_read_as_the_str_trims_read_them(
            w in "(\\+|1|3|0|31|32|st|nd|rd|th|s|t|,|\\.|x){0,6}"
        ) {
            proptest::prop_assert_eq!(super::day(&w), day_by_str_trims(&w), "{:?}", w);
        }

        #[test]
        fn month_numbers_are_found_as_the_string_version_finds_them(
            w in "(jan|Feb|MAR|apr|may|JUNE|july|aug|Sept|sep|october|Nov|decem|december|K|é|x|\\.){0,4}"
        ) {
            proptest::prop_assert_eq!(
                super::month_number(&w),
                super::month_number_by_string(&w),
                "{:?}",
                w
            );
        }
    }

    use super::*;

    #[test]
    fn a_title_from_the_first_sentence_passes_abbreviations() {
        assert_eq!(
            shorten_to_title("Gov. Ada Ruiz signs the bill. More follows.", 12),
            "Gov. Ada Ruiz signs the bill"
        );
        assert_eq!(
            shorten_to_title(
                "The U.S. ferry line opened on Monday morning in the harbour at dawn.",
                5
            ),
            "The U.S. ferry line opened…"
        );
    }

    #[test]
    fn dates_in_common_forms() {
        assert_eq!(
            find_date("Published March 3, 2026 at 9:14"),
            Some("2026-03-03".into())
        );
        assert_eq!(find_date("Updated 14 Feb 2025"), Some("2025-02-14".into()));
        assert_eq!(find_date("Sept. 9 2024"), Some("2024-09-09".into()));
        assert_eq!(
            find_date("on 2026-11-02T10:00:00Z"),
            Some("2026-11-02".into())
        );
        assert_eq!(find_date("may the best team win 2026"), None);
        assert_eq!(find_date("no date here"), None);
        assert_eq!(find_date("21/06/2014 Ada Varga"), Some("2014-06-21".into()));
        assert_eq!(
            find_date("Posted 11/19/2019 at noon"),
            Some("2019-11-19".into())
        );
        assert_eq!(find_date("19.11.2019, 08:57"), Some("2019-11-19".into()));
        // Either way round, or not a date at all.
        assert_eq!(find_date("05/06/2019"), None);
        assert_eq!(find_date("3/4/2019/5"), None);
        assert_eq!(find_date("32/13/2019"), None);
    }

    #[test]
    fn owners_and_hosts() {
        assert_eq!(
            url_host("https://www.northwind-ledger.example/news/1"),
            Some("northwind-ledger.example".into())
        );
        assert_eq!(url_host("not a url"), None);
    }

    #[test]
    fn titles_from_sentences() {
        assert_eq!(
            shorten_to_title("The bridge reopened. Then it closed.", 12),
            "The bridge reopened"
        );
        assert_eq!(
            shorten_to_title("one two three four five six seven", 4),
            "one two three four…"
        );
    }
}
