//! From raw text to lines: sanitised, tags and entities gone, hard-wrapped
//! paragraphs joined, each line classified.

pub(super) mod table;
mod wrap;

use super::lines::{LineKind, classify};
use super::residue;
use crate::sanitize::sanitize;
use std::borrow::Cow;
use wrap::flush_block;

/// Text above this size is classified on all cores: a long article opens
/// sooner, and a short one does not pay for handing out the work.
const PARALLEL_BYTES: usize = 128 * 1024;

/// The kind of every line, in order.
pub(super) fn classify_all(units: &[String]) -> Vec<LineKind> {
    map_lines(units, |_, u| classify(u))
}

#[cfg(test)]
thread_local! {
    /// Set by a test: work on one thread, whatever the length.
    pub(super) static ONE_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Do `lines` hold enough text to be worked on all cores?
pub(super) fn is_long<S: AsRef<str>>(lines: &[S]) -> bool {
    #[cfg(test)]
    if ONE_THREAD.with(std::cell::Cell::get) {
        return false;
    }
    lines.iter().map(|l| l.as_ref().len()).sum::<usize>() >= PARALLEL_BYTES
}

/// `f(i, line)` of every line, in order: on all cores when the lines hold
/// more than [`PARALLEL_BYTES`], else on this thread.
pub(super) fn map_lines<S, T>(lines: &[S], f: impl Fn(usize, &S) -> T + Sync) -> Vec<T>
where
    S: AsRef<str> + Sync,
    T: Send,
{
    use rayon::prelude::*;
    if !is_long(lines) {
        return lines.iter().enumerate().map(|(i, l)| f(i, l)).collect();
    }
    lines
        .par_iter()
        .enumerate()
        .with_min_len(64)
        .map(|(i, l)| f(i, l))
        .collect()
}

/// Turns raw text into normalised lines (or joined hard-wrapped blocks).
pub(super) fn to_units(raw: &str) -> Vec<String> {
    to_units_and_rows(raw).0
}

/// [`to_units`], and which units are a table's rows (see [`table`]): each
/// row is a unit of its own.
pub(super) fn to_units_and_rows(raw: &str) -> (Vec<String>, Vec<bool>) {
    let unix = newlines(raw);
    let safe = sanitize(&unix);
    let no_tags = residue::strip_tags_cow(&safe);
    let decoded = residue::decode_entities_cow(&no_tags);
    let text = residue::strip_tags_cow(&decoded);
    let lines = lines_of(&text);
    let mut normal = map_lines(&lines, |_, l| {
        let (normal, spaced) = residue::normalize_line_spaced(l);
        (spaced.then_some(*l), normal)
    });
    let rows = table::rows(&normal);
    // A table's rows keep their columns, lined up.
    for (start, end) in table::runs(&rows) {
        let raws: Vec<&str> = normal[start..end]
            .iter()
            .map(|(raw, _)| raw.unwrap_or_default())
            .collect();
        for (k, row) in table::aligned(&raws).into_iter().enumerate() {
            normal[start + k].1 = row;
        }
    }
    let mut units = Vec::new();
    let mut is_row = Vec::new();
    let mut block: Vec<String> = Vec::new();
    for ((_, line), row) in normal.into_iter().zip(rows) {
        if line.is_empty() || is_rule_line(&line) {
            flush_block(&mut block, &mut units);
        } else if row {
            flush_block(&mut block, &mut units);
            is_row.resize(units.len(), false);
            units.push(line);
            is_row.push(true);
        } else {
            block.push(line);
        }
    }
    flush_block(&mut block, &mut units);
    is_row.resize(units.len(), false);
    (units, is_row)
}

/// A table's row of figures is text, though it be in capitals ("LW LOWRY
/// TOOLS INC. 113.40 -1.62") or hold what reads as a clock time: the
/// rules for a shouted promo and a timestamp do not drop it.
pub(super) fn rows_are_text(units: &[String], rows: &[bool], kinds: &mut [LineKind]) {
    for ((unit, row), kind) in units.iter().zip(rows).zip(kinds) {
        if *row
            && matches!(
                kind,
                LineKind::Boilerplate("shouted promo") | LineKind::Timestamp
            )
            && unit.bytes().any(|b| b.is_ascii_digit())
        {
            *kind = LineKind::Text;
        }
    }
}

/// A line drawn with one mark ("=====" under a plain-text heading, "-----",
/// "* * *"): a break between parts, never text to join to its neighbours.
fn is_rule_line(line: &str) -> bool {
    let b = line.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    matches!(first, b'=' | b'-' | b'_' | b'*' | b'~' | b'#')
        && b.iter().all(|&c| c == first || c == b' ')
        && b.iter().filter(|&&c| c == first).count() >= 3
}

/// `text` with its line ends as newlines: a return without a newline after
/// it (classic Mac OS text) ends a line too, where it would be dropped as a
/// control char.
fn newlines(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    if !memchr::memchr_iter(b'\r', b).any(|i| b.get(i + 1) != Some(&b'\n')) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// `text.lines()`, with the newlines found by `memchr` (several times
/// faster on long text).
fn lines_of(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push(
            text[start..end]
                .strip_suffix('\r')
                .unwrap_or(&text[start..end]),
        );
        start = end + 1;
    }
    if start < text.len() {
        // As `lines` does, a last line without a newline keeps its '\r'.
        out.push(&text[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    /// A wrapped word's hyphen dropped before a letter wider than a byte
    /// ("mar-" over "écoles"): the next line is read from where the joined
    /// one starts, not from inside its first char (which panicked).
    #[test]
    fn a_hyphen_dropped_before_a_wide_letter_keeps_the_next_line_readable() {
        let units = super::to_units(
            "Share this\n\
             The council met on Friday to agree a plan for the harbour and its mar-\n\
             écoles and shops that line the quay were also part of the plan they made\n\
             for the town and the people who live there and work in the old port area",
        );
        assert!(
            units
                .iter()
                .any(|u| u.contains("its marécoles and shops") && u.ends_with("the old port area")),
            "{units:?}"
        );
    }

    /// "Headline\nHeadline": two lines of prose length, but one said
    /// twice; not a hard-wrapped paragraph.
    #[test]
    fn a_line_said_twice_is_not_wrapped_prose() {
        let headline = "City council approves rent freeze in narrow vote";
        let units = super::to_units(&format!("{headline}\n{headline}\n\nThe council voted."));
        assert_eq!(units[..2], [headline, headline]);
        // Hard-wrapped prose is still one paragraph.
        let wrapped = super::to_units(
            "The council voted six to five on Monday night to freeze rents on\n\
             older apartment buildings for one year, a measure landlords said\n\
             they would challenge in court.",
        );
        assert_eq!(wrapped.len(), 1, "{wrapped:?}");
    }

    /// A page copied with no blank line between its parts: the lines of
    /// a hard-wrapped paragraph cut off in mid-sentence are joined; a
    /// caption, a menu, a list's item and a stray word after it are not.
    #[test]
    fn wrapped_prose_among_other_lines_is_joined() {
        let units = super::to_units(
            "HOME | NEWS | SPORT\n\
             Image: The ferry at Port Derrin. Photo: Staff\n\
             The operator of the Derrin ferry has been fined after\n\
             inspectors found lifejackets locked in a storeroom and a\n\
             fire door wedged open on a crossing last winter.\n\
             Its managing director, speaking outside the court,\n\
             Owain Pritchard-Lowe, said the firm deeply regretted it.\n\
             * Additional quizzes, surprises and bonuses for every game\n\
             dp3_1_en\n\
             Share: Facebook Twitter Email",
        );
        assert_eq!(
            units,
            [
                "HOME | NEWS | SPORT",
                "Image: The ferry at Port Derrin. Photo: Staff",
                "The operator of the Derrin ferry has been fined after inspectors found \
                 lifejackets locked in a storeroom and a fire door wedged open on a crossing \
                 last winter.",
                "Its managing director, speaking outside the court, Owain Pritchard-Lowe, said \
                 the firm deeply regretted it.",
                "* Additional quizzes, surprises and bonuses for every game",
                "dp3_1_en",
                "Share: Facebook Twitter Email",
            ]
        );
    }

    /// A page with no blank lines, its prose hard-wrapped: a name cut after
    /// its title ("said Rep." over "Eulalia X") or between its words
    /// ("Sen. Ottoline" over "Pemberton-Vance,") is joined; a headline over
    /// the story is not.
    #[test]
    fn a_name_cut_by_the_wrap_is_joined() {
        let units = super::to_units(
            "Menu\n\
             Council approves rent freeze for older buildings after marathon hearing\n\
             Democrats argued the program would drain money from public schools. \"You\n\
             cannot fund two school systems with the money for one,\" said Rep.\n\
             Eulalia Fontaine-Oduya, D-Brookfield. \"Something has to give, and it will\n\
             be the rural schools that give first.\"\n\
             \"I've got superintendents calling me every day,\" said Sen. Ottoline\n\
             Pemberton-Vance, R-Cedar Falls, who has not said how she will vote. \"They\n\
             want to know who is going to pay for the buses.\"\n\
             Share this",
        );
        assert_eq!(units.len(), 5, "{units:#?}");
        assert!(units[1].starts_with("Council approves"), "{units:#?}");
        assert!(units[2].contains("said Rep. Eulalia Fontaine-Oduya, D-Brookfield."));
        assert!(units[3].contains("said Sen. Ottoline Pemberton-Vance, R-Cedar Falls"));
    }

    /// A plain-text heading's underline ("=====") and a drawn rule ("* * *")
    /// break the text; the heading is not joined to them.
    #[test]
    fn a_drawn_rule_breaks_the_text() {
        let units = super::to_units(
            "Council budget passes after six-hour meeting\n\
             ============================================\n\n\
             The city council approved a budget early Wednesday after a long\n\
             meeting that ended with a vote and a walkout by three members.\n\
             * * *\n\
             The mayor is expected to sign it on Friday.",
        );
        assert_eq!(
            units,
            [
                "Council budget passes after six-hour meeting",
                "The city council approved a budget early Wednesday after a long meeting \
                 that ended with a vote and a walkout by three members.",
                "The mayor is expected to sign it on Friday.",
            ]
        );
    }

    /// A headline on the line right above a paragraph written on one line:
    /// the paragraph is longer than any hard-wrapped line, so the headline
    /// was not wrapped into it. A list item's term over its text stays
    /// with it.
    #[test]
    fn a_line_over_an_unwrapped_paragraph_stands_alone() {
        let para = "Former Senator Cornelius Abernathy-Ruiz, who served four terms and wrote \
                    the landmark farm bill, has died at 88, his family said on Sunday.";
        let units = super::to_units(&format!(
            "Tributes pour in for former senator who shaped farm policy\n{para}"
        ));
        assert_eq!(
            units,
            [
                "Tributes pour in for former senator who shaped farm policy",
                para
            ]
        );
        let term = "* Electronic case file (ECF) held by the hospital";
        let units = super::to_units(&format!("{term}\n{para}"));
        assert_eq!(units, [format!("{term} {para}")]);
    }

    #[test]
    fn a_word_cut_at_a_line_end_is_whole_again() {
        for (a, b, want) in [
            (
                "promised on Satu-",
                "rday to bring",
                "promised on Saturday to bring",
            ),
            ("a well-", "known figure", "a well-known figure"),
            ("Ada Okonkwo-", "Reyes said", "Ada Okonkwo-Reyes said"),
            ("the COVID-", "19 rules", "the COVID-19 rules"),
            ("an up-to-", "date list", "an up-to-date list"),
            ("fares -", "and more", "fares - and more"),
            ("he said--", "and left", "he said-- and left"),
            ("in 2019-", "20 it fell", "in 2019- 20 it fell"),
        ] {
            let mut joined = a.to_string();
            super::wrap::join_wrapped(&mut joined, b);
            assert_eq!(joined, want);
        }
    }

    proptest::proptest! {
        #[test]
        fn joining_wrapped_lines_keeps_every_char_but_a_cut_words_hyphen(
            a in "[a-zA-Z ,.-]{1,12}",
            b in "[a-zA-Z0-9 ,.-]{1,12}",
        ) {
            let mut joined = a.clone();
            super::wrap::join_wrapped(&mut joined, &b);
            let spaced = format!("{a} {b}");
            let glued = format!("{a}{b}");
            let unhyphenated = format!("{}{b}", &a[..a.len() - 1]);
            proptest::prop_assert!(
                joined == spaced || joined == glued || (a.ends_with('-') && joined == unhyphenated),
                "{a:?} + {b:?} = {joined:?}"
            );
            if !a.ends_with('-') {
                proptest::prop_assert_eq!(joined, spaced);
            }
        }

        #[test]
        fn every_kind_of_line_end_ends_a_line(s in "[ab\r\n]{0,12}") {
            // The lines, split by hand at "\r\n", "\r" and "\n".
            let mut want = vec![String::new()];
            let mut chars = s.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\r' | '\n' => {
                        if c == '\r' && chars.peek() == Some(&'\n') {
                            chars.next();
                        }
                        want.push(String::new());
                    }
                    c => want.last_mut().expect("one line").push(c),
                }
            }
            if want.last().is_some_and(String::is_empty) {
                want.pop();
            }
            let unix = super::newlines(&s);
            proptest::prop_assert_eq!(super::lines_of(&unix), want);
        }

        #[test]
        fn lines_of_agrees_with_lines(s in "[ab\r\n]{0,12}") {
            proptest::prop_assert_eq!(super::lines_of(&s), s.lines().collect::<Vec<_>>());
        }

        #[test]
        fn prose_length_counts_chars(s in "[a é日\u{1F600}]{0,130}") {
            proptest::prop_assert_eq!(
                super::wrap::prose_length(&s),
                (35..=110).contains(&s.chars().count())
            );
        }
    }
}
