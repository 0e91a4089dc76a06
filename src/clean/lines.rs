//! Classifying one line of scraped text: menu and widget lines, headings of
//! "related" lists, embedded posts, bylines, timestamps.

use super::residue::split_run_together;
use super::vocab::{RELATED_HEADINGS, SEE_ALSO_PREFIXES, UI_WORDS, WIDGET_PHRASES};

/// What a line is, as far as a single line can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Navigation, share buttons, widgets, credits: drop.
    Boilerplate(&'static str),
    /// The heading of a list of other headlines: drop it and the list.
    RelatedHeading,
    /// The start of the readers' comments: the article has ended.
    CommentsHeading,
    /// `By Jane Doe`.
    Byline,
    /// A line that is only a date or a `Published ...`/`Updated ...` stamp.
    Timestamp,
    /// `© 2026 Outlet` and similar.
    Copyright,
    /// Anything else: probably text.
    Text,
}

/// Does the line hold a widget phrase? One automaton pass over the line
/// instead of one search per phrase.
fn has_widget_phrase(lower: &str) -> bool {
    static AC: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(WIDGET_PHRASES).ok());
    match &*AC {
        Some(ac) => ac.is_match(lower),
        None => WIDGET_PHRASES.iter().any(|p| lower.contains(p)),
    }
}

/// A short line made only of interface words and numbers ("Share this
/// articleComments", "Listen Live | 12"); stops at the first other word.
fn is_ui_words_only(line: &str) -> bool {
    static SET: std::sync::LazyLock<crate::words::WordSet> =
        std::sync::LazyLock::new(|| crate::words::WordSet::new(UI_WORDS));
    let split = split_run_together(line);
    let mut n = 0;
    for w in split
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '•' | '·' | '»' | '›'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
    {
        n += 1;
        let ui = w.bytes().all(|b| b.is_ascii_digit()) || SET.contains(w);
        if n > 12 || !ui {
            return false;
        }
    }
    n > 0
}

/// Does the line end like a sentence (period, question mark, closing quote)?
pub fn ends_like_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ':' | ';' | ')'))
}

/// Words in a line; in scripts written without spaces (Chinese, Japanese)
/// every two characters count as a word.
pub fn word_count(line: &str) -> usize {
    if line.is_ascii() {
        return line.split_ascii_whitespace().count();
    }
    line.split_whitespace()
        .map(|w| {
            // CJK letters are three-byte sequences led by 0xE3 and up.
            if !w.bytes().any(|b| b >= 0xE3) {
                return 1;
            }
            let cjk = w.chars().filter(|c| is_cjk(*c)).count();
            if cjk == 0 { 1 } else { cjk.div_ceil(2) }
        })
        .sum()
}

pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// Written in capitals: some uppercase letters and no lowercase ones (so not
/// a script without case).
pub fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Classifies one normalised, non-empty line.
pub fn classify(line: &str) -> LineKind {
    let n_words = word_count(line);
    if n_words == 0 {
        return LineKind::Boilerplate("empty");
    }
    if n_words > 60 {
        // Only two rules can fire on a long line; skip the lowercase copy.
        if line.contains("(@") && is_embedded_post(line, &line.to_lowercase()) {
            return LineKind::Boilerplate("embedded post");
        }
        return if is_separator_menu(line) {
            LineKind::Boilerplate("menu")
        } else {
            LineKind::Text
        };
    }
    let lower = line.to_lowercase();
    if let Some(rule) = super::widgets::furniture(line, &lower, n_words) {
        return LineKind::Boilerplate(rule);
    }
    if n_words > 25 {
        if line.contains("(@") && is_embedded_post(line, &lower) {
            return LineKind::Boilerplate("embedded post");
        }
        if is_copyright_notice(&lower) {
            return LineKind::Boilerplate("copyright");
        }
        return if is_separator_menu(line) {
            LineKind::Boilerplate("menu")
        } else {
            LineKind::Text
        };
    }
    if n_words <= 8 && is_related_heading(&lower) {
        return LineKind::RelatedHeading;
    }
    if is_comments_heading(&lower, n_words) {
        return LineKind::CommentsHeading;
    }
    if SEE_ALSO_PREFIXES.iter().any(|p| lower.starts_with(p)) && n_words <= 25 {
        return LineKind::Boilerplate("see-also link");
    }
    if n_words <= 12 && (lower.starts_with('©') || lower.starts_with("copyright ")) {
        return LineKind::Copyright;
    }
    if n_words <= 30 && (lower.contains('©') || lower.contains("all rights reserved")) {
        return LineKind::Boilerplate("copyright");
    }
    if is_caption_credit(&lower) {
        return LineKind::Boilerplate("photo credit");
    }
    if n_words <= 40 && is_photo_caption(&lower) {
        return LineKind::Boilerplate("photo caption");
    }
    if (5..=20).contains(&n_words) && is_all_caps(line) && !ends_like_sentence(line) {
        return LineKind::Boilerplate("shouted promo");
    }
    if n_words <= 60 && has_bracket_tag(line) {
        return LineKind::Boilerplate("teaser links");
    }
    if is_copyright_notice(&lower) {
        return LineKind::Boilerplate("copyright");
    }
    if is_byline(line) || is_writer_line(line) {
        return LineKind::Byline;
    }
    if super::stamps::is_timestamp(&lower, n_words) {
        return LineKind::Timestamp;
    }
    if is_embedded_post(line, &lower) {
        return LineKind::Boilerplate("embedded post");
    }
    if is_ui_words_only(line) {
        return LineKind::Boilerplate("menu or share buttons");
    }
    let short = n_words <= 5 || (n_words <= 14 && !ends_like_sentence(line));
    if short && has_widget_phrase(&lower) {
        return LineKind::Boilerplate("widget or prompt");
    }
    if n_words <= 12 && is_media_credit(&lower) {
        return LineKind::Boilerplate("photo credit");
    }
    if is_separator_menu(line) {
        return LineKind::Boilerplate("menu");
    }
    LineKind::Text
}

fn is_related_heading(lower: &str) -> bool {
    let t = lower.trim_end_matches(|c: char| c == ':' || c == '.' || c.is_whitespace());
    RELATED_HEADINGS.iter().any(|h| {
        t == *h
            || (t.starts_with(h)
                && matches!(
                    *h,
                    "more from" | "more in" | "related" | "most read" | "latest news"
                )
                && t.len() < h.len() + 30)
    })
}

/// "34 responses to “Headline”", "Leave a reply", "12 comments".
fn is_comments_heading(lower: &str, n_words: usize) -> bool {
    let t = lower.trim_end_matches(|c: char| c == ':' || c.is_whitespace());
    const EXACT: &[&str] = &[
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
    ];
    if n_words <= 4 && EXACT.contains(&t) {
        return true;
    }
    let mut words = t.split_whitespace();
    let counted = words
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
    let noun = words.next().unwrap_or("");
    let rest: Vec<&str> = words.collect();
    counted
        && matches!(
            noun,
            "response" | "responses" | "comment" | "comments" | "reply" | "replies" | "reactions"
        )
        && (rest.is_empty() || rest[0] == "to" || rest[0] == "on")
        && n_words <= 20
}

fn is_byline(line: &str) -> bool {
    let Some(rest) = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("by "))
        .or_else(|| line.strip_prefix("BY "))
    else {
        return false;
    };
    let n = word_count(rest);
    let first_upper = rest
        .split_whitespace()
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    // "By Ada Varga , Bram Oduya on Monday, November 18th, 2019 at 11:08 a.m."
    if (3..=25).contains(&n) && first_upper && rest.contains(" on ") {
        let lower = rest.to_lowercase();
        let (_, when) = lower.split_once(" on ").unwrap_or_default();
        if super::meta::find_date(when).is_some()
            || super::stamps::is_timestamp(when, word_count(when))
        {
            return true;
        }
    }
    (1..=10).contains(&n)
        && !ends_like_sentence(rest.trim_end_matches('.'))
        && rest
            .split_whitespace()
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
}

/// "This document is subject to copyright. Apart from any fair dealing ..."
fn is_copyright_notice(lower: &str) -> bool {
    lower.contains("subject to copyright") || lower.contains("may be reproduced without")
}

/// "China furious at Macron [INSIGHT]": headlines tagged for a teaser list.
fn has_bracket_tag(line: &str) -> bool {
    line.match_indices('[').any(|(i, _)| {
        let rest = &line[i + 1..];
        rest.find(']').is_some_and(|j| {
            let tag = &rest[..j];
            (3..=12).contains(&tag.len()) && tag.chars().all(|c| c.is_ascii_uppercase() || c == ' ')
        })
    })
}

/// "... outside a Home Depot in Hialeah, Fla. (AP Photo/Lynne Sladky)".
fn is_photo_caption(lower: &str) -> bool {
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
    let n = word_count(line);
    let last = line.split_whitespace().last().unwrap_or("").to_lowercase();
    (3..=9).contains(&n)
        && line.contains(',')
        && matches!(
            last.trim_end_matches('.'),
            "writer" | "reporter" | "correspondent" | "editor" | "columnist" | "contributor"
        )
}

/// A caption ending in its credit: "... sought treatmentCredit: EPA".
fn is_caption_credit(lower: &str) -> bool {
    if !lower.contains(':') {
        return false;
    }
    [
        "credit:",
        "photo:",
        "photograph:",
        "picture:",
        "image:",
        "illustration:",
    ]
    .iter()
    .any(|k| {
        lower
            .rfind(k)
            .is_some_and(|i| i > 0 && word_count(&lower[i + k.len()..]) <= 8)
    })
}

fn is_embedded_post(line: &str, lower: &str) -> bool {
    // "— Jane Doe (@janedoe) March 3, 2026" as a tweet embed leaves it.
    let handle_and_date = line.contains("(@") && super::meta::find_date(lower).is_some();
    handle_and_date || lower.starts_with("pic.twitter.com") || lower.starts_with("[embed")
}

fn is_media_credit(lower: &str) -> bool {
    [
        "photo:",
        "image:",
        "photograph:",
        "credit:",
        "photo by ",
        "photo illustration",
        "(photo",
        "image source",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || lower.ends_with("/getty images")
        || lower.ends_with("/ap")
        || lower.ends_with("/reuters")
}

/// `News | World | Politics | Sport`: short items between separators.
fn is_separator_menu(line: &str) -> bool {
    let parts: Vec<&str> = line
        .split(['|', '•', '·', '»', '›'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 3 && parts.iter().all(|p| word_count(p) <= 3)
}

/// A closing line that asks the reader to share, comment or subscribe and
/// quotes nobody: "Bay Notes is reader-funded. Share this post · Leave a comment".
pub fn is_footer_prompt(line: &str) -> bool {
    let lower = line.to_lowercase();
    let asks = [
        "share this",
        "leave a comment",
        "subscribe",
        "newsletter",
        "follow us",
        "sign up",
    ]
    .iter()
    .filter(|p| lower.contains(*p))
    .count();
    asks >= 1 && !line.contains(['“', '"']) && (asks >= 2 || !ends_like_sentence(line))
}

/// Does a line look like a headline in a list of other stories?
pub fn is_headline_like(line: &str) -> bool {
    let n = word_count(line);
    (1..=20).contains(&n) && !line.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> LineKind {
        classify(s)
    }

    #[test]
    fn share_buttons_run_together() {
        assert!(matches!(
            kind("Share this articleComments"),
            LineKind::Boilerplate(_)
        ));
        assert!(matches!(
            kind("FacebookTwitterEmail"),
            LineKind::Boilerplate(_)
        ));
        assert!(matches!(kind("12 Comments"), LineKind::CommentsHeading));
        assert!(matches!(
            kind("34 responses to “Lynn: We needed to win”"),
            LineKind::CommentsHeading
        ));
        assert!(matches!(kind("Comments"), LineKind::CommentsHeading));
    }

    #[test]
    fn widgets_and_menus() {
        assert!(matches!(kind("Listen Live"), LineKind::Boilerplate(_)));
        assert!(matches!(kind("ADVERTISEMENT"), LineKind::Boilerplate(_)));
        assert!(matches!(
            kind("Home | News | Region | Sport"),
            LineKind::Boilerplate(_)
        ));
        assert!(matches!(
            kind("Sign up for our morning newsletter"),
            LineKind::Boilerplate(_)
        ));
        assert!(matches!(
            kind("Photo: Lena Park / Getty Images"),
            LineKind::Boilerplate(_)
        ));
        assert!(matches!(
            kind("Read more: Ferry fares rise again"),
            LineKind::Boilerplate(_)
        ));
    }

    #[test]
    fn related_headings() {
        assert_eq!(kind("You might also like"), LineKind::RelatedHeading);
        assert_eq!(kind("YOU MAY ALSO LIKE:"), LineKind::RelatedHeading);
        assert_eq!(
            kind("More from The Harbor Gazette"),
            LineKind::RelatedHeading
        );
    }

    #[test]
    fn bylines_stamps_copyright() {
        assert_eq!(kind("By Marta Quinlan"), LineKind::Byline);
        assert_eq!(kind("By Marta Quinlan and Odile Brun"), LineKind::Byline);
        assert_eq!(
            kind("By Marta Quinlan , Odile Brun on Monday, November 18th, 2019 at 11:08 a.m."),
            LineKind::Byline
        );
        assert_ne!(
            kind(
                "By the end of the year the board had spent on the harbour more than it ever had."
            ),
            LineKind::Byline
        );
        assert_eq!(
            kind("Published 9:14 AM, March 3, 2026"),
            LineKind::Timestamp
        );
        assert_eq!(kind("March 3, 2026"), LineKind::Timestamp);
        assert_eq!(kind("© 2026 The Harbor Gazette"), LineKind::Copyright);
    }

    #[test]
    fn captions_promos_teasers_writers() {
        assert!(matches!(
            kind("A worker loads trims into his truck in Hialeah, Fla. (AP Photo/Lynne Sladky)"),
            LineKind::Boilerplate("photo caption")
        ));
        assert!(matches!(
            kind("The clinic in Beijing where patients sought treatmentCredit: EPA"),
            LineKind::Boilerplate("photo credit")
        ));
        assert!(matches!(
            kind("GET FOX BUSINESS ON THE GO BY CLICKING HERE"),
            LineKind::Boilerplate(_)
        ));
        assert!(matches!(
            kind("China furious at Macron [INSIGHT]| Nets make final decision"),
            LineKind::Boilerplate("teaser links")
        ));
        assert_eq!(
            kind("Robert Burns, AP National Security Writer"),
            LineKind::Byline
        );
        assert_eq!(
            kind("| UPDATED: 11:05, Tue, Nov 19, 2019"),
            LineKind::Timestamp
        );
        assert_eq!(kind("Published 1 day ago"), LineKind::Timestamp);
        for stamp in [
            "32M ago",
            "1h ago",
            "3 hours ago",
            "12H ago 34 photos",
            "an hour ago",
        ] {
            assert_eq!(kind(stamp), LineKind::Timestamp, "{stamp}");
        }
        for text in [
            "Two years ago the ferry stopped.",
            "He left 3 hours ago and never came back to the harbour",
            "Ago",
        ] {
            assert_ne!(kind(text), LineKind::Timestamp, "{text}");
        }
        assert_eq!(
            kind("34 responses to “Lynn: We needed to win”"),
            LineKind::CommentsHeading
        );
        // Text in a script without case is not "all capitals".
        assert_eq!(kind("そんな用途を考慮してか"), LineKind::Text);
    }

    #[test]
    fn embedded_posts() {
        assert!(matches!(
            kind("— Tilly Ames (@tillyames) March 2, 2026"),
            LineKind::Boilerplate("embedded post")
        ));
    }

    #[test]
    fn text_stays_text() {
        for s in [
            "“We will not close the ferry terminal,” said Mayor Ines Calloway.",
            "Subscribers to the service said it would help them plan their week.",
            "By the end of the meeting, nobody had changed their mind.",
            "Share prices fell sharply on Tuesday after the announcement.",
            "Home care workers say they are stretched thin.",
        ] {
            assert_eq!(kind(s), LineKind::Text, "{s}");
        }
    }
}
