//! Hard-wrapped prose: which lines of a block are one paragraph, and how
//! a wrapped line joins the one before it.

use crate::clean::lines::{LineKind, classify};

/// Is a line 35 to 110 chars long, as a hard-wrapped line of prose is? A
/// char takes one to four bytes: they are counted only when the byte length
/// leaves the answer open.
pub(super) fn prose_length(l: &str) -> bool {
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

/// Appends a wrapped line to the text before it: after a space, or, where
/// a word was cut at the line's end ("Satur-" over "day"), without one. A
/// cut before a lowercase letter loses its hyphen unless what stands before
/// it forms compounds ("well-" over "known"); a hyphen before a capital or
/// a digit stays ("Okonkwo-" over "Reyes", "COVID-" over "19").
pub(super) fn join_wrapped(text: &mut String, line: &str) {
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

/// A block of consecutive lines is one hard-wrapped paragraph when its lines
/// (all but the last) are of prose length and do not end sentences; otherwise
/// each line stands alone.
pub(super) fn flush_block(block: &mut Vec<String>, units: &mut Vec<String>) {
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
            .filter(|l| crate::clean::density::dated::is_dated_item(l))
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
            // (After the join: a hyphen it drops shifts where the line
            // starts, and a char after it may be wider than one byte.)
            join_wrapped(&mut open, &line);
            last = open.len() - line.len();
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
    // "Image caption," over the caption: one line of furniture.
    if matches!(
        line.trim_end_matches([',', ':', ' ']),
        "Image caption" | "Image source" | "Media caption" | "Caption"
    ) {
        return true;
    }
    // The cheap tests first: most lines end a sentence or are short.
    if line.ends_with(['.', '!', '?', ':', ';', '|']) || !prose_length(line) {
        return false;
    }
    // ("sábado, 14 de março de 2026" under a headline is its date.)
    let cut_off = (next.starts_with(|c: char| c.is_lowercase())
        && !super::super::meta::foreign_dates::opens_date(next.split(' ').next().unwrap_or("")))
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
        // A link to another story set into a paragraph ("READ MORE: ...")
        // is not what the paragraph's next line goes on from.
        && !crate::clean::lines::opens_see_also(line)
}
