//! From raw text to lines: sanitised, tags and entities gone, hard-wrapped
//! paragraphs joined, each line classified.

use super::lines::{LineKind, classify};
use super::residue;
use crate::sanitize::sanitize;
use std::borrow::Cow;

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
    let unix = newlines(raw);
    let safe = sanitize(&unix);
    let no_tags = residue::strip_tags_cow(&safe);
    let decoded = residue::decode_entities_cow(&no_tags);
    let text = residue::strip_tags_cow(&decoded);
    let lines = lines_of(&text);
    let mut units = Vec::new();
    let mut block: Vec<String> = Vec::new();
    for line in map_lines(&lines, |_, l| residue::normalize_line(l)) {
        if line.is_empty() {
            flush_block(&mut block, &mut units);
        } else {
            block.push(line);
        }
    }
    flush_block(&mut block, &mut units);
    units
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

/// Is a line 35 to 110 chars long, as a hard-wrapped line of prose is? A
/// char takes one to four bytes: they are counted only when the byte length
/// leaves the answer open.
fn prose_length(l: &str) -> bool {
    match l.len() {
        n if !(35..=4 * 110).contains(&n) => false,
        35..=110 if l.is_ascii() => true,
        _ => (35..=110).contains(&l.chars().count()),
    }
}

/// Is a line longer than 110 chars, as no hard-wrapped line of prose is?
fn too_long_to_be_wrapped(l: &str) -> bool {
    l.len() > 110 && (l.is_ascii() || l.chars().count() > 110)
}

/// A block of consecutive lines is one hard-wrapped paragraph when its lines
/// (all but the last) are of prose length and do not end sentences; otherwise
/// each line stands alone.
/// Appends a wrapped line to the text before it: after a space, or, where
/// a word was cut at the line's end ("Satur-" over "day"), without one. A
/// cut before a lowercase letter loses its hyphen unless what stands before
/// it forms compounds ("well-" over "known"); a hyphen before a capital or
/// a digit stays ("Okonkwo-" over "Reyes", "COVID-" over "19").
fn join_wrapped(text: &mut String, line: &str) {
    if text.is_empty() {
        text.push_str(line);
        return;
    }
    let cut = text.strip_suffix('-').and_then(|before| {
        let word_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic() || *c == '-')
            .last()
            .map(|(i, _)| i)?;
        let word = &before[word_start..];
        let next = line.chars().next()?;
        let last = word.chars().last()?;
        ((last.is_lowercase() && next.is_alphabetic())
            || (last.is_alphabetic() && next.is_ascii_digit()))
        .then(|| next.is_lowercase() && !word.contains('-') && !forms_compounds(word))
    });
    match cut {
        Some(true) => {
            text.pop();
        }
        Some(false) => {}
        None => text.push(' '),
    }
    text.push_str(line);
}

/// Words that stand before a hyphen in compounds more often than a
/// syllable does: "well-known", "self-made", "two-thirds".
fn forms_compounds(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "well"
            | "self"
            | "non"
            | "co"
            | "ex"
            | "anti"
            | "pro"
            | "pre"
            | "post"
            | "cross"
            | "half"
            | "full"
            | "high"
            | "low"
            | "long"
            | "short"
            | "far"
            | "all"
            | "so"
            | "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "first"
            | "second"
            | "third"
            | "year"
            | "day"
            | "month"
            | "week"
            | "mid"
            | "multi"
            | "semi"
            | "sub"
            | "super"
            | "inter"
            | "vice"
            | "step"
            | "great"
            | "left"
            | "right"
            | "centre"
            | "center"
            | "hard"
            | "free"
            | "old"
            | "new"
            | "ill"
            | "best"
            | "worst"
            | "record"
            | "state"
            | "city"
            | "court"
            | "government"
            | "family"
            | "middle"
            | "top"
            | "life"
            | "time"
            | "part"
    )
}

fn flush_block(block: &mut Vec<String>, units: &mut Vec<String>) {
    if block.len() < 2 {
        units.append(block);
        return;
    }
    let body = &block[..block.len() - 1];
    let wrapped = body
        .iter()
        .filter(|l| prose_length(l) && !l.ends_with(['.', '!', '?', '”', '"']))
        .count();
    // A line said twice is a repeated headline, not a wrapped one.
    let repeats = block.windows(2).any(|w| w[0] == w[1]);
    // Two lines are one only when both read as text: "Minister quits over
    // messages" over "By Political Staff", "Share this article" or "Home >
    // News" is a headline on a byline or a menu.
    // A last line longer than prose is wrapped at was not wrapped: the
    // line before it ends there ("Tributes pour in for former senator"
    // over the story's first paragraph, on one line). (Not a list item's
    // term over its text: "* Elektronische Fallakte (eFA)" goes with the
    // paragraph that explains it.)
    let unwrapped_last = block.last().is_some_and(|l| too_long_to_be_wrapped(l))
        && !block[block.len() - 2].starts_with(['*', '-', '•', '+']);
    // A tour's dates, one a line, are a list, not wrapped prose.
    let dated = || {
        block
            .iter()
            .filter(|l| super::density::dated::is_dated_item(l))
            .count()
            >= 3
    };
    if wrapped * 10 >= body.len() * 7
        && !repeats
        && !unwrapped_last
        && classify(&block[0]) == LineKind::Text
        // ("MP's fury as bus route axed" over "By Gwendolyn X For The
        // Evening Post" and "Published: 17:32 GMT, 3 December 2026": the
        // lines under the first are no byline or date, the first few at
        // least.)
        && (block.len() > 2 || classify(&block[1]) == LineKind::Text)
        && !block[1..]
            .iter()
            .take(3)
            .any(|l| matches!(classify(l), LineKind::Byline | LineKind::Timestamp))
        && !dated()
    {
        let mut joined = String::with_capacity(block.iter().map(|l| l.len() + 1).sum());
        for line in block.drain(..) {
            join_wrapped(&mut joined, &line);
        }
        units.push(joined);
        return;
    }
    // Otherwise each line stands alone, but for hard-wrapped prose among
    // other lines (a page copied with no blank line between paragraphs):
    // a line cut off in mid-sentence goes on in the next.
    units.reserve(block.len());
    let block_lines: &[String] = block;
    let width = wrap_width(block_lines);
    let mut lines = block.drain(..);
    let Some(mut open) = lines.next() else {
        return;
    };
    // Where the last line joined to `open` starts.
    let mut last = 0;
    for line in lines {
        if continues(&open[last..], &line) || wrapped_before_capital(&open[last..], &line, width) {
            last = open.len();
            join_wrapped(&mut open, &line);
        } else {
            units.push(std::mem::replace(&mut open, line));
            last = 0;
        }
    }
    units.push(open);
}

/// Is a line of a byte length hard-wrapped prose may have (chars are
/// mostly one byte in the scripts this joining is for)?
fn wrap_length(l: &str) -> bool {
    (35..=130).contains(&l.len())
}

/// The width (in bytes) a block's prose was hard-wrapped at: its longest
/// line of prose length, when at least three lines come within ten of it
/// without ending a sentence (else none). Read from lengths and last
/// chars only: a block of thousands of lines costs little.
fn wrap_width(block: &[String]) -> Option<usize> {
    let width = block
        .iter()
        .map(String::len)
        .filter(|&n| (35..=130).contains(&n))
        .max()?;
    let near = block
        .iter()
        .filter(|l| {
            wrap_length(l) && l.len() + 10 >= width && !l.ends_with(['.', '!', '?', '"', '”'])
        })
        .count();
    (near >= 3).then_some(width)
}

/// Was `line` cut where the next line's first word would not fit, before a
/// capital: "“...,” said Sen. Ottoline" over "Pemberton-Vance, R-Cedar
/// Falls, ...", or "said Rep." over "Eulalia X"? A short title never ends a
/// paragraph; another word does when the next would have fit after it.
fn wrapped_before_capital(line: &str, next: &str, width: Option<usize>) -> bool {
    // The cheap tests first: most lines end a sentence, or the next opens
    // in small letters.
    let Some(width) = width else {
        return false;
    };
    if !next.starts_with(char::is_uppercase)
        || !line.ends_with(|c: char| c.is_alphabetic() || c == '.')
        || !wrap_length(line)
    {
        return false;
    }
    let last = line.rsplit(' ').next().unwrap_or_default();
    if let Some(title) = last.strip_suffix('.') {
        return matches!(
            title,
            "Rep"
                | "Sen"
                | "Gov"
                | "Dr"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Prof"
                | "Rev"
                | "Gen"
                | "Lt"
                | "Col"
                | "Capt"
                | "Sgt"
                | "Hon"
                | "Supt"
                | "Insp"
                | "Cllr"
                | "Det"
        );
    }
    let mut next_words = next.split(' ');
    let first = next_words.next().unwrap_or_default();
    if !last.starts_with(char::is_uppercase) || line.len() + 1 + first.len() <= width {
        return false;
    }
    // A name cut in two: the line ends on a word in capitals, and the next
    // opens with one that goes on ("Pemberton-Vance," or "Eulalia
    // Fontaine-Oduya"), not with a sentence ("The council voted").
    let name_goes_on = first.ends_with(',')
        || next_words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    // Prose, mostly in small letters (not a headline in capitals).
    let words = line.split(' ').count();
    let small = line
        .split(' ')
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    name_goes_on && words >= 6 && small * 2 >= words
}

/// Is `next` the rest of the sentence `line` (a line of prose length) was
/// cut off in: the line ends without a sentence's end, and the next starts
/// in small letters, or the line ends on a comma or a word that cannot end
/// a sentence ("the", "of")?
fn continues(line: &str, next: &str) -> bool {
    // The cheap tests first: most lines end a sentence or are short.
    if line.ends_with(['.', '!', '?', ':', ';', '|']) || !prose_length(line) {
        return false;
    }
    let cut_off = next.starts_with(|c: char| c.is_lowercase())
        || (line.ends_with(',') && next.starts_with(char::is_alphabetic))
        || matches!(
            line.rsplit(' ').next().unwrap_or(""),
            "the" | "a" | "an" | "of" | "and" | "to" | "in" | "on" | "for" | "with" | "that" | "by"
        );
    cut_off
        // A list's item, not prose: "* Additional quizzes".
        && !line.starts_with(['*', '-', '•', '+'])
        // Something else after it ("dp3_1_en"), not the end of a sentence
        // ("bay.").
        && (next.contains(' ') || next.ends_with(['.', '!', '?', '"', '”']))
}

#[cfg(test)]
mod tests {
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
            super::join_wrapped(&mut joined, b);
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
            super::join_wrapped(&mut joined, &b);
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
                super::prose_length(&s),
                (35..=110).contains(&s.chars().count())
            );
        }
    }
}
