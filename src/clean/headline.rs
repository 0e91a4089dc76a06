//! A scraped page's headline: the line above the article that reads as
//! one, and the lines that only look like one (buttons, labels, credits,
//! stamps).

use super::lines::{self, LineKind, classify, word_count};
use super::{MAX_TITLE_WORDS, density, stamps, vocab};

/// How many lines above a scraped page's article its headline may stand.
const TITLE_REACH: usize = 12;

/// The page's headline above its first kept line `first`: the page's
/// repeated headline, else the last title-like line at most
/// [`TITLE_REACH`] lines up (lines without a letter, bare bullets and
/// rules, not counted) that is no menu item, button, stamp or byline.
pub(super) fn headline_above(
    units: &[String],
    marks: &[lines::PageLine],
    first: usize,
) -> Option<usize> {
    let hint = repeated_headline(units);
    let mut reach_start = first;
    let mut counted = 0;
    while reach_start > 0 && counted < TITLE_REACH {
        reach_start -= 1;
        counted += usize::from(units[reach_start].chars().any(char::is_alphabetic));
    }
    (reach_start..first).rev().find(|&i| {
        let u = &units[i];
        hint.as_ref().is_none_or(|h| h == u)
            && (3..=MAX_TITLE_WORDS).contains(&word_count(u))
            && !ends_with_period(u)
            // Not a menu item: "* Sport", or a text browser's "o Sport".
            && !density::is_list_item(u)
            && !u.starts_with("o ")
            && !is_button(u)
            && !is_credit_or_label(u)
            && !stamps::is_stamp_like(u)
            // Not a line of details with a web address ("Tested by: ...
            // More info: www.example.com").
            && !has_web_address(u)
            // Not the name or outlet under a bare "By" (a byline set
            // out over several lines).
            && !(i.saturating_sub(3)..i).any(|j| is_bare_by(&units[j]))
            && marks[i].classify(u) == LineKind::Text
    })
}

/// A line that credits an agency ("The Associated Press") or files the
/// story ("Filed to: Weird medicine", "Tags: ..."), or that holds an icon
/// font's ligature ("chevron_left Browse All Posts").
fn is_credit_or_label(line: &str) -> bool {
    let lower = crate::words::lower(line);
    let lower = lower.trim_end_matches('.');
    let name = lower.strip_prefix("the ").unwrap_or(lower);
    vocab::AGENCY_NAMES.contains(&name)
        || vocab::FILING_LABELS.iter().any(|l| lower.starts_with(l))
        || line.split_whitespace().any(lines::is_icon_name)
}

/// Does the line hold a web address ("www.", "http://", "https://")?
fn has_web_address(line: &str) -> bool {
    ["www.", "http://", "https://"]
        .iter()
        .any(|p| line.contains(p))
}

/// "By" alone on its line, over the author's name.
fn is_bare_by(line: &str) -> bool {
    matches!(line.trim_end_matches(':'), "By" | "by" | "BY")
}

/// A button or a step of a breadcrumb trail, not a headline: "Back to
/// Gallery", "Watch CBSN Live", "3. Science & Astronomy".
pub(super) fn is_button(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=2).contains(&digits) && line[digits..].starts_with(". ");
    (word_count(line) <= 3 && lines::has_ui_word(line)) || (numbered && word_count(line) <= 5)
}

/// A sentence's end, also inside a closing quote or bracket ("... the
/// slogan “Meth, we're on it.”"): headlines do not end so.
pub(super) fn ends_with_period(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['”', '"', '’', '\'', ')'])
        .ends_with('.')
}

/// Scraped pages often print the headline twice near the top (page title and
/// article heading): such a line is the title.
pub(super) fn repeated_headline(units: &[String]) -> Option<String> {
    let head = &units[..units.len().min(30)];
    head.iter().enumerate().find_map(|(i, u)| {
        let repeated = head[i + 1..].iter().take(3).any(|v| v == u);
        (repeated
            && (3..=MAX_TITLE_WORDS).contains(&word_count(u))
            && classify(u) == LineKind::Text)
            .then(|| u.clone())
    })
}
