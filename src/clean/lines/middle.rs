//! The middle rules of [`classify`](super::classify): headings, see-also
//! links, copyright lines, captions, promos, teaser links, bylines and
//! timestamps, the tests the page pass asks of every short line.

use super::super::vocab::{Phrases, RELATED_HEADINGS, SEE_ALSO_PREFIXES};
use super::{LineKind, SEE_ALSO_LINK, TEASER_LINKS, ends_like_sentence, is_all_caps, word_count};

static SEE_ALSO: Phrases = Phrases::new(SEE_ALSO_PREFIXES);
static RELATED: Phrases = Phrases::new(RELATED_HEADINGS);

/// The rules between the widget-furniture test and the last, cheap tests:
/// headings, see-also links, copyright lines, captions, promos, teaser
/// links, bylines and timestamps. `None` when none of them decides.
pub(super) fn middle_rules(line: &str, lower: &str, n_words: usize) -> Option<LineKind> {
    if n_words <= 8 && is_related_heading(lower) {
        return Some(LineKind::RelatedHeading);
    }
    if is_comments_heading(lower, n_words) {
        return Some(LineKind::CommentsHeading);
    }
    if n_words <= 25 && SEE_ALSO.starts(lower) {
        return Some(LineKind::Boilerplate(SEE_ALSO_LINK));
    }
    if n_words <= 12 && opens_copyright(lower) {
        return Some(LineKind::Copyright);
    }
    if n_words <= 30
        && (crate::words::has_char(lower, '©') || ALL_RIGHTS.find(lower.as_bytes()).is_some())
    {
        return Some(LineKind::Boilerplate("copyright"));
    }
    if is_caption_credit(lower) {
        return Some(LineKind::Boilerplate("photo credit"));
    }
    if n_words <= 40 && is_photo_caption(lower) {
        return Some(LineKind::Boilerplate("photo caption"));
    }
    // (Not "BY RENATA X AND DMITRI Y": a byline in capitals.)
    if (5..=20).contains(&n_words)
        && is_all_caps(line)
        && !ends_like_sentence(line)
        && !(line.starts_with("BY ") && is_byline(line))
    {
        return Some(LineKind::Boilerplate("shouted promo"));
    }
    if n_words <= 60 && has_bracket_tag(line) {
        return Some(LineKind::Boilerplate(TEASER_LINKS));
    }
    if is_copyright_notice(lower) {
        return Some(LineKind::Boilerplate("copyright"));
    }
    if is_byline(line) || is_writer_line(line) || is_piped_byline(line) {
        return Some(LineKind::Byline);
    }
    if n_words <= 4 && is_role_line(line) {
        return Some(LineKind::Boilerplate("byline role"));
    }
    if n_words <= 2 && is_email_line(line) {
        return Some(LineKind::Boilerplate("byline email"));
    }
    if super::super::stamps::is_timestamp(lower, n_words) {
        return Some(LineKind::Timestamp);
    }
    None
}

/// Does the line open as a link to another story set into the text ("READ
/// MORE: ...", "Related: ...")?
pub(in crate::clean) fn opens_see_also(line: &str) -> bool {
    let head: String = line.chars().take(24).collect();
    SEE_ALSO.starts(&crate::words::lower(&head))
}

/// Could [`middle_rules`] make this line a story link or metadata (the
/// kinds the page pass marks)? These are those rules alone: when none
/// holds, what the others make of the line can wait until it is kept.
pub(super) fn may_mark(line: &str, lower: &str, n_words: usize) -> bool {
    (n_words <= 8 && is_related_heading(lower))
        || is_comments_heading(lower, n_words)
        || (n_words <= 25 && SEE_ALSO.starts(lower))
        || (n_words <= 12 && opens_copyright(lower))
        || (n_words <= 60 && has_bracket_tag(line))
        || is_byline(line)
        || is_writer_line(line)
        || super::super::stamps::is_timestamp(lower, n_words)
        || ((4..=16).contains(&n_words) && is_piped_byline(line))
}

/// "© 2026 ...", "Copyright ...", or a text browser's "(c) 2026 ...".
fn opens_copyright(lower: &str) -> bool {
    lower.starts_with('©')
        || lower.starts_with("copyright ")
        || lower
            .strip_prefix("(c) ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

fn is_related_heading(lower: &str) -> bool {
    let t = lower.trim_end_matches(|c: char| c == ':' || c == '.' || c.is_whitespace());
    // Every test below asks that `t` start with a heading.
    static EXACT: std::sync::LazyLock<crate::words::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| RELATED_HEADINGS.iter().copied().collect());
    RELATED.may_start(t)
        && (EXACT.contains(t)
            || [
                "more from",
                "more in",
                "related",
                "most read",
                "latest news",
            ]
            .iter()
            .any(|h| t.starts_with(h) && t.len() < h.len() + 30))
}

/// "34 responses to “Headline”", "Leave a reply", "12 comments".
fn is_comments_heading(lower: &str, n_words: usize) -> bool {
    let t = lower.trim_end_matches(|c: char| c == ':' || c.is_whitespace());
    static EXACT: Phrases = Phrases::new(&[
        "leave a reply",
        "leave a comment",
        "post a comment",
        "add a comment",
        "join the discussion",
        "join the conversation",
        "reader comments",
        "comments are closed",
        "show comments",
        "view comments",
        "comments",
        "responses",
        "discussion",
    ]);
    if n_words <= 4 && EXACT.holds(t) {
        return true;
    }
    // "No comments yet", "Be the first to comment": an empty section (not
    // a sentence about comments).
    static EMPTY: Phrases = Phrases::new(&["no comments yet", "be the first to comment"]);
    if n_words <= 8 && !t.ends_with('.') && EMPTY.starts(t) {
        return true;
    }
    // The section's rules or state: "Comments are subject to our community
    // guidelines, which can be viewed here."
    static POLICY: Phrases = Phrases::new(&[
        "comments are subject to",
        "comments are moderated",
        "comments have been closed",
        "comments have been disabled",
        "commenting is closed",
        "commenting has been disabled",
    ]);
    if n_words <= 20 && POLICY.starts(t) {
        return true;
    }
    // A count's first char is a digit: most lines stop here.
    if !t
        .trim_start()
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    let mut words = t.split_whitespace();
    let counted = words
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    if !counted {
        return false;
    }
    let noun = words.next().unwrap_or("");
    let next = words.next();
    matches!(
        noun,
        "response" | "responses" | "comment" | "comments" | "reply" | "replies" | "reactions"
    ) && (next.is_none() || next == Some("to") || next == Some("on"))
        && n_words <= 20
}

fn is_byline(line: &str) -> bool {
    if !super::super::meta::may_open_byline(line) {
        return false;
    }
    let Some(rest) = super::super::meta::BYLINE_PREFIXES
        .iter()
        .find_map(|p| line.strip_prefix(p))
    else {
        return false;
    };
    let n = word_count(rest);
    // ("By staff reporters | World Wire", "By our correspondent": a
    // newsroom's unsigned byline in small letters.)
    let unsigned = || {
        let lower = rest.to_lowercase();
        [
            "staff ",
            "our ",
            "a staff ",
            "a correspondent",
            "a reporter",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
            && ["reporter", "writer", "correspondent", "staff", "agencies"]
                .iter()
                .any(|w| {
                    lower
                        .split(|c: char| !c.is_alphabetic())
                        .take(4)
                        .any(|x| x.starts_with(w))
                })
    };
    let first_upper = rest
        .split_whitespace()
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
        || (n <= 8 && unsigned())
        || (n <= 9 && super::super::meta::described_byline(rest).is_some());
    // "By Ada Varga , Bram Oduya on Monday, November 18th, 2019 at 11:08 a.m."
    if (3..=25).contains(&n) && first_upper && rest.contains(" on ") {
        let lower = rest.to_lowercase();
        let (_, when) = lower.split_once(" on ").unwrap_or_default();
        if super::super::meta::find_date(when).is_some()
            || super::super::stamps::is_timestamp(when, word_count(when))
        {
            return true;
        }
    }
    // "By Toby Renshaw, Political Editor | Thursday, December 3, 2026 |
    // Updated 9:41 AM": the name, then when, between bars or dots.
    if n > 10 && n <= 25 && first_upper {
        return is_long_piped_byline(rest);
    }
    (1..=10).contains(&n) && !ends_like_sentence(rest.trim_end_matches('.')) && first_upper
}

/// The words after "By" in a long byline: a name of up to eight words,
/// then a date or a time between bars or dots. (Kept out of line: few
/// lines get here.)
#[inline(never)]
fn is_long_piped_byline(rest: &str) -> bool {
    let Some(at) = [" | ", " · ", " • "]
        .iter()
        .filter_map(|s| rest.find(s))
        .min()
        .filter(|&at| word_count(&rest[..at]) <= 8)
    else {
        return false;
    };
    let parts: Vec<&str> = rest[at..]
        .split(['|', '·', '•'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() <= 3
        && parts.iter().any(|p| {
            let lower = p.to_lowercase();
            super::super::meta::find_date(&lower).is_some()
                || super::super::stamps::is_timestamp(&lower, word_count(p))
        })
}

/// "This document is subject to copyright. Apart from any fair dealing ..."
pub(super) fn is_copyright_notice(lower: &str) -> bool {
    let b = lower.as_bytes();
    SUBJECT_TO_COPYRIGHT.find(b).is_some() || MAY_BE_REPRODUCED.find(b).is_some()
}

// Searchers built once: `str::contains` sets one up at every call, which on
// a short line costs more than the search.
static ALL_RIGHTS: Finder = Finder::new("all rights reserved");
static SUBJECT_TO_COPYRIGHT: Finder = Finder::new("subject to copyright");
static MAY_BE_REPRODUCED: Finder = Finder::new("may be reproduced without");

/// A phrase's searcher, built at its first use.
struct Finder(
    &'static str,
    std::sync::OnceLock<memchr::memmem::Finder<'static>>,
);

impl Finder {
    const fn new(needle: &'static str) -> Self {
        Self(needle, std::sync::OnceLock::new())
    }

    fn find(&self, haystack: &[u8]) -> Option<usize> {
        self.1
            .get_or_init(|| memchr::memmem::Finder::new(self.0))
            .find(haystack)
    }
}

/// "China furious at Macron [INSIGHT]": headlines tagged for a teaser list.
fn has_bracket_tag(line: &str) -> bool {
    memchr::memchr_iter(b'[', line.as_bytes()).any(|i| {
        let rest = &line[i + 1..];
        rest.find(']').is_some_and(|j| {
            let tag = &rest[..j];
            (3..=12).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
        })
    })
}

/// "... outside a Home Depot in Hialeah, Fla. (AP Photo/Lynne Sladky)";
/// "Photo: Drivers queue at the tunnel entrance on Monday.", "Caption:
/// ...": a label for a picture opening the line.
fn is_photo_caption(lower: &str) -> bool {
    if [
        "photo:",
        "caption:",
        "pictured:",
        "photograph:",
        "picture:",
        "image:",
    ]
    .iter()
    .any(|label| lower.starts_with(label))
    {
        return true;
    }
    let t = lower.trim_end();
    if !t.ends_with(')') {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inside = &t[open..];
    [
        "photo", "getty", "reuters", "afp", "image", "picture", "credit", "/ap", "ap/", "pool",
    ]
    .iter()
    .any(|k| inside.contains(k))
        && word_count(inside) <= 8
}

/// "Robert Burns, AP National Security Writer".
fn is_writer_line(line: &str) -> bool {
    if !line.contains(',') {
        return super::super::meta::name_then_job(line).is_some();
    }
    let last = line
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .trim_end_matches('.');
    super::super::meta::is_writer_job(last) && (3..=9).contains(&word_count(line))
}

/// "Jane Doe | Chennai | Updated: 02 Dec 2026, 09:15 IST", "Jane Doe · CBC
/// News · Posted: Dec 02, 2026": the writer's name, then who, where and
/// when, between bars or dots. (Kept out of line: the page pass asks it of
/// many lines and finds few.)
#[inline(never)]
fn is_piped_byline(line: &str) -> bool {
    let bytes = line.as_bytes();
    // (A name opens it: most lines are turned away before the search.
    // "Émilie": a capital beyond ASCII too.)
    if !(bytes.first().is_some_and(u8::is_ascii_uppercase)
        || (bytes.first().is_some_and(|b| *b >= 0xC0) && line.starts_with(char::is_uppercase)))
    {
        return false;
    }
    let is_sep = |c: char| matches!(c, '|' | '·' | '•');
    // ('|', or the last byte of '·' or '•', checked for the bytes before it.)
    let Some(bar) = memchr::memchr3_iter(b'|', 0xB7, 0xA2, bytes).find_map(|i| match bytes[i] {
        b'|' => Some(i),
        0xB7 if i >= 1 && bytes[i - 1] == 0xC2 => Some(i - 1),
        0xA2 if i >= 2 && bytes[i - 2..i] == [0xE2, 0x80] => Some(i - 2),
        _ => None,
    }) else {
        return false;
    };
    // (A date or a time has a digit; a menu's many bars are no byline.)
    if !bytes[bar..].iter().any(u8::is_ascii_digit)
        || line.matches(is_sep).count() > 3
        || !super::super::headline::is_bare_name(line[..bar].trim())
    {
        return false;
    }
    let parts: Vec<&str> = line[bar..].split(is_sep).skip(1).map(str::trim).collect();
    parts.len() <= 3
        && parts.iter().any(|p| {
            let lower = p.to_lowercase();
            super::super::meta::find_date(&lower).is_some()
                || super::super::stamps::is_timestamp(&lower, word_count(p))
        })
}

/// A writer's address on its own line under the byline:
/// "jdoe@example.com", "Email: jdoe@example.com".
fn is_email_line(line: &str) -> bool {
    let line = line.trim();
    let address = ["Email:", "E-mail:", "email:", "Contact:"]
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .map_or(line, str::trim_start);
    address.split_once('@').is_some_and(|(user, host)| {
        !user.is_empty()
            && host.contains('.')
            && !address.contains(char::is_whitespace)
            && !host.ends_with('.')
    })
}

/// The writer's job on its own line under a byline: "Political Editor",
/// "Statehouse reporter", "Berlin correspondent", "Staff Writer".
fn is_role_line(line: &str) -> bool {
    line.split_whitespace()
        .next_back()
        .is_some_and(super::super::meta::is_writer_job)
        && line
            .bytes()
            .all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-' | b'&'))
        && line.starts_with(|c: char| c.is_ascii_uppercase())
}

/// A caption too long for the short lines' rules that ends in its credit
/// ("... into a far broader movement.’ Photograph: AFP via Getty"): only
/// its last 160 bytes are read.
pub(super) fn ends_in_credit(line: &str) -> bool {
    let mut from = line.len().saturating_sub(160);
    while !line.is_char_boundary(from) {
        from += 1;
    }
    let tail = &line[from..];
    memchr::memchr(b':', tail.as_bytes()).is_some() && is_caption_credit(&crate::words::lower(tail))
}

/// A caption ending in its credit: "... sought treatmentCredit: EPA".
fn is_caption_credit(lower: &str) -> bool {
    let b = lower.as_bytes();
    if memchr::memchr(b':', b).is_none() {
        return false;
    }
    // Each label's last place (as `rfind` gives it) ends at the last ':'
    // that follows the label's word: the colons are read from the end.
    [
        "credit",
        "photo",
        "photograph",
        "picture",
        "image",
        "illustration",
    ]
    .iter()
    .any(|k| {
        memchr::memrchr_iter(b':', b)
            .find(|&colon| b[..colon].ends_with(k.as_bytes()))
            .is_some_and(|colon| colon > k.len() && word_count(&lower[colon + 1..]) <= 8)
    })
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The colon scan finds each label's last place, as `rfind` does.
        #[test]
        fn caption_credit_as_rfind_tells(
            v in proptest::collection::vec(
                proptest::sample::select(vec![
                    "credit", "photo", "photograph", "image", ":", " ", "a", "é", "x:", "credit:",
                ]),
                0..30,
            )
        ) {
            let lower = v.concat();
            let slow = lower.contains(':')
                && ["credit:", "photo:", "photograph:", "picture:", "image:", "illustration:"]
                    .iter()
                    .any(|k| {
                        lower.rfind(k).is_some_and(|i| {
                            i > 0 && super::word_count(&lower[i + k.len()..]) <= 8
                        })
                    });
            proptest::prop_assert_eq!(super::is_caption_credit(&lower), slow);
        }
    }
}
