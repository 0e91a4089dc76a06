//! Times and dates on a line of their own: "Published 9:14 AM, March 3,
//! 2026", "32M ago", "November 20, 2019 / 1:07 AM / CBS News".

static STAMP_PREFIXES: super::vocab::Phrases = super::vocab::Phrases::new(&[
    "published",
    "updated",
    "last updated",
    "posted",
    "first published",
    "modified",
    "date:",
]);

/// "32M ago", "1h ago", "3 hours ago", "12H ago 34 photos": a relative
/// time on its own (teaser lists put one under every headline).
pub fn is_relative_stamp(lower: &str) -> bool {
    const UNITS: &[&str] = &[
        "s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h",
        "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo",
        "month", "months", "y", "yr", "yrs", "year", "years",
    ];
    // (A byte scan: the line is short, and a `str` searcher costs more to
    // set up.)
    if !lower.as_bytes().windows(3).any(|w| w == b"ago") {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    let Some(ago) = words.iter().position(|w| *w == "ago") else {
        return false;
    };
    if words.len() > 6 || !(1..=2).contains(&ago) {
        return false;
    }
    let amount = |w: &str| w.bytes().all(|b| b.is_ascii_digit()) || matches!(w, "a" | "an" | "one");
    let quantity = if ago == 1 {
        // "32m"
        let w = words[0];
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        digits > 0 && UNITS.contains(&&w[digits..])
    } else {
        amount(words[0]) && UNITS.contains(&words[1])
    };
    // What may follow: "34 photos", "· 2 comments".
    quantity
        && words[ago + 1..].iter().all(|w| {
            w.bytes().all(|b| b.is_ascii_digit() || b == b'|') || w.len() <= 10 && !w.contains('.')
        })
        && words.len() - ago <= 3
}

/// "Nov 16", "Nov 18 52 photos": a day without a year under a teaser.
pub fn is_short_date(lower: &str) -> bool {
    // The day is a number.
    if !lower.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // The month comes first: most lines stop before their words are collected.
    if lower
        .split_whitespace()
        .next()
        .is_none_or(|w| super::meta::month_number(w).is_none())
    {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().collect();
    let counted = |w: &[&str]| match w {
        [] => true,
        [n, what] => {
            n.bytes().all(|b| b.is_ascii_digit())
                && matches!(*what, "photos" | "videos" | "comments")
        }
        _ => false,
    };
    words.len() >= 2
        && words.len() <= 4
        && super::meta::month_number(words[0]).is_some()
        && words[1].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
        && counted(&words[2..])
}

/// A time that teaser lists put under each headline: relative ("32M ago")
/// or a bare day ("Nov 16").
pub fn is_list_stamp(lower: &str) -> bool {
    is_relative_stamp(lower) || is_short_date(lower)
}

/// Does the text hold a digit or "ago"? One pass over its bytes, eight at
/// a time: a block is settled by word operations unless it holds a 'g'.
fn has_digit_or_ago(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ago_at =
        |i: usize| b[i] == b'g' && i > 0 && b[i - 1] == b'a' && b.get(i + 1) == Some(&b'o');
    let mut blocks = b.chunks_exact(8);
    for (k, block) in (&mut blocks).enumerate() {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(block);
        let x = u64::from_le_bytes(eight);
        // On the low seven bits, so that no sum carries into the next
        // byte; a byte beyond ASCII is neither a digit nor a 'g'.
        let x7 = x & !HIGH;
        let digit = (x7 + 0x50 * ONES) & !(x7 + 0x46 * ONES) & !x & HIGH;
        if digit != 0 {
            return true;
        }
        let t = x7 ^ (u64::from(b'g') * ONES);
        let g = !((t + 0x7F * ONES) | t) & !x & HIGH;
        if g != 0 && (8 * k..8 * k + 8).any(ago_at) {
            return true;
        }
    }
    let done = b.len() - blocks.remainder().len();
    (done..b.len()).any(|i| b[i].is_ascii_digit() || ago_at(i))
}

pub fn is_timestamp(lower: &str, n_words: usize) -> bool {
    // Every form below has a digit, but for relative times spelled out ("an
    // hour ago"): most lines are turned away by one pass over their bytes.
    if n_words > 16 {
        // "Published Dec. 5, 2026 at 11:42 p.m. ET | Updated Dec. 6, 2026
        // at 1:15 a.m. ET": stamps side by side, each a stamp.
        return n_words <= 40
            && memchr::memmem::find(lower.as_bytes(), b" | ").is_some()
            && lower.split(" | ").all(|p| {
                let n = super::lines::word_count(p);
                n <= 16 && is_timestamp(p.trim(), n)
            });
    }
    if !has_digit_or_ago(lower.as_bytes()) {
        return false;
    }
    // Whether the line holds a date, worked out once for the two tests
    // below that ask.
    let date = std::cell::OnceCell::new();
    let dated = |text: &str| {
        if text.len() == lower.len() {
            *date.get_or_init(|| super::meta::find_date(lower).is_some())
        } else {
            super::meta::find_date(text).is_some()
        }
    };
    if dateline(lower, n_words, || dated(lower)) {
        return true;
    }

    let lower = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if n_words <= 6 && is_list_stamp(lower) {
        return true;
    }
    let prefixed = STAMP_PREFIXES.starts(lower);
    // "Updated at 1:23 p.m.", "Published 1 day ago"
    if n_words <= 6 && prefixed && (has_clock_time(lower) || lower.ends_with(" ago")) {
        return true;
    }
    // The rest need a date: "Published March 3, 2026", or a line that is
    // only a date and time.
    if !dated(lower) {
        return false;
    }
    prefixed
        || (n_words <= 8
            && !has_said(lower, false)
            && lower.split_whitespace().all(|w| {
                super::meta::is_date_word(w) || super::meta::foreign_dates::is_date_word(w)
            }))
}

/// A dateline on its own: "November 20, 2019 / 1:07 AM / CBS News",
/// "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM", "19.11.2019, 08:57":
/// mostly dates, times and separators.
/// The stretches of kept lines (from, to) that lists of other stories
/// fill, from `marks`, how many lines were kept when each relative time
/// was met: three or more times one to three lines apart.
pub(super) fn teaser_list_cuts(marks: &[usize]) -> Vec<(usize, usize)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut r = 0;
    while r < marks.len() {
        let mut end = r;
        while end + 1 < marks.len() && (1..=3).contains(&(marks[end + 1] - marks[end])) {
            end += 1;
        }
        if end - r >= 2 {
            let item = marks[r + 1] - marks[r];
            cuts.push((marks[r].saturating_sub(item).max(1), marks[end]));
        }
        r = end + 1;
    }
    cuts
}

#[cfg(test)]
fn is_dateline(lower: &str, n_words: usize) -> bool {
    dateline(lower, n_words, || super::meta::find_date(lower).is_some())
}

/// Is the line a dateline on its own ("November 20, 2019 / 1:07 AM / CBS
/// News")? `has_date` tells whether `lower` holds a date.
fn dateline(lower: &str, n_words: usize, has_date: impl FnOnce() -> bool) -> bool {
    if n_words > 12 || !lower.bytes().any(|b| b.is_ascii_digit()) || has_said(lower, true) {
        return false;
    }
    let dated = has_date() || has_time(lower);
    if !dated {
        return false;
    }
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ';' | '|' | '/' | '·'))
        .filter(|w| !w.is_empty())
        .collect();
    let datey = words
        .iter()
        .filter(|w| {
            super::meta::is_date_word(w)
                || matches!(
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                    "updated"
                        | "posted"
                        | "published"
                        | "at"
                        | "on"
                        | "et"
                        | "gmt"
                        | "utc"
                        | "est"
                        | "edt"
                        | "bst"
                        | "cet"
                )
                || w.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b':'))
        })
        .count();
    datey * 3 >= words.len() * 2
}

/// "6:55", "08:57", "4:20am".
/// Does a line that could be a headline read as a stamp instead: it holds
/// a date ("Mon 18 Nov 2019 18.54 GMT"), a clock time ("21:17 18.11.2019
/// Get short URL") or opens as stamps do and has a number ("Posted on
/// Maret 30, 2015 by Admin")? A headline seldom holds any of these, and
/// neither does a sentence hold so few words of its own.
pub fn is_stamp_like(line: &str) -> bool {
    // A stamp is dates, names and separators: a sentence ("On March 3,
    // 2026 the council voted to ...") has lowercase words of its own.
    let prose_words = line
        .split_whitespace()
        .filter(|w| {
            w.starts_with(|c: char| c.is_lowercase())
                && !super::meta::is_date_word(w)
                && !super::meta::foreign_dates::is_date_word(w)
        })
        .count();
    if prose_words > 3 {
        return false;
    }
    let lower = crate::words::to_lower(line);
    has_time(&lower)
        || line.split_whitespace().any(is_numeric_date)
        || (STAMP_PREFIXES.starts(&lower) && lower.bytes().any(|b| b.is_ascii_digit()))
        || super::meta::find_date(&lower).is_some()
}

/// "27/09/2018", "11/19/19", "19.11.2019": day, month and year in figures.
fn is_numeric_date(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let parts: Vec<&str> = w.split(['/', '.']).collect();
    matches!(parts.as_slice(), [a, b, y]
        if (1..=2).contains(&a.len())
            && (1..=2).contains(&b.len())
            && matches!(y.len(), 2 | 4)
            && parts.iter().all(|p| p.bytes().all(|c| c.is_ascii_digit())))
}

/// `lower.contains(" said")`, or " says" too when `says`: a byte scan (the
/// line is short, and a `str` searcher costs more to set up than it takes
/// to read).
fn has_said(lower: &str, says: bool) -> bool {
    lower
        .as_bytes()
        .windows(5)
        .any(|w| w[0] == b' ' && w[1] == b's' && (w[2..] == *b"aid" || (says && w[2..] == *b"ays")))
}

fn has_time(lower: &str) -> bool {
    lower.as_bytes().windows(3).enumerate().any(|(i, w)| {
        w[0].is_ascii_digit()
            && w[1] == b':'
            && w[2].is_ascii_digit()
            && lower.as_bytes().get(i + 3).is_some_and(u8::is_ascii_digit)
    })
}

fn has_clock_time(lower: &str) -> bool {
    lower.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit() && c != ':' && c != '.');
        // ("Updated 5.41pm", "17.41 GMT": a dot in British times.)
        w.split_once([':', '.']).is_some_and(|(h, m)| {
            !h.is_empty()
                && h.len() <= 2
                && m.len() == 2
                && h.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        })
    })
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn digit_or_ago_as_the_two_searches_tell(s in "[agoé1 9/:]{0,40}") {
            let before = s.bytes().any(|b| b.is_ascii_digit()) || s.contains("ago");
            proptest::prop_assert_eq!(super::has_digit_or_ago(s.as_bytes()), before);
        }

        #[test]
        fn said_as_the_searches_tell(s in "[ sayidé]{0,14}") {
            proptest::prop_assert_eq!(super::has_said(&s, false), s.contains(" said"));
            proptest::prop_assert_eq!(
                super::has_said(&s, true),
                s.contains(" said") || s.contains(" says")
            );
        }
    }

    use super::*;

    #[test]
    fn list_stamps() {
        for s in ["nov 16", "nov 18 52 photos", "32m ago", "march 3"] {
            assert!(is_list_stamp(s), "{s}");
        }
        for s in ["nov 16 the vote", "may be", "june 40", "in 2 hours"] {
            assert!(!is_list_stamp(s), "{s}");
        }
    }

    #[test]
    fn datelines() {
        for stamp in [
            "November 20, 2019 / 1:07 AM / CBS News",
            "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
            "19.11.2019, 08:57",
            "November 19, 2019 | 4:20am | Updated November 19, 2019 | 9:32pm",
        ] {
            assert!(
                is_dateline(&stamp.to_lowercase(), stamp.split_whitespace().count()),
                "{stamp}"
            );
        }
        assert!(!is_dateline(
            "the vote was on march 3, 2026 at the hall near the north pier.",
            12
        ));
    }

    /// A British time has a dot: "Updated 5.41pm", "Published 17.41 GMT";
    /// "Updated 2.5m times" is no time.
    #[test]
    fn a_time_with_a_dot_makes_a_stamp() {
        for stamp in ["updated 5.41pm", "published 17.41 gmt", "updated 5:41 pm"] {
            assert!(
                is_timestamp(stamp, stamp.split_whitespace().count()),
                "{stamp}"
            );
        }
        assert!(!is_timestamp("updated 2.5m times", 3));
    }

    /// Two stamps side by side, past the length of one ("Published Dec. 5,
    /// 2026 at 11:42 p.m. ET | Updated Dec. 6, 2026 at 1:15 a.m. ET"), make
    /// a stamp; a sentence beside a stamp does not.
    #[test]
    fn stamps_side_by_side() {
        let stamps =
            "published dec. 5, 2026 at 11:42 p.m. et | updated dec. 6, 2026 at 1:15 a.m. et";
        assert!(is_timestamp(
            stamps,
            super::super::lines::word_count(stamps)
        ));
        let mixed = "published dec. 5, 2026 at 11:42 p.m. et | the senate voted late on friday to \
                     keep the government open until march";
        assert!(!is_timestamp(mixed, super::super::lines::word_count(mixed)));
    }
}
