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
/// rules, not counted) that is no menu item, button, stamp, byline,
/// caption or prompt, or a line printed twice over it (the headline over
/// its standfirst).
pub(super) fn headline_above(
    units: &[String],
    marks: &[lines::PageLine],
    first: usize,
) -> Option<usize> {
    let mut reach_start = first;
    let mut counted = 0;
    while reach_start > 0 && counted < TITLE_REACH {
        reach_start -= 1;
        counted += usize::from(units[reach_start].chars().any(char::is_alphabetic));
    }
    let title_like = |i: usize| {
        let u = &units[i];
        (3..=MAX_TITLE_WORDS).contains(&word_count(u))
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
            // Not a masthead or an agency in capitals ("ITV, ASSOCIATED
            // PRESS"), which the body pass takes for one.
            && !(lines::is_all_caps(u) && word_count(u) <= 5)
            && !ends_in_photo_credit(u)
            // Not the caption under a picture's marker ("[Image: Coastal
            // Authority]", "Image source, Getty Images").
            && !(i > 0 && is_picture_marker(&units[i - 1]))
            && !ends_unfinished(u)
            // "More on Slate Book Review", "More from Politics": the
            // heading of a list of other stories.
            && !["More on ", "More from "].iter().any(|p| u.starts_with(p))
            && !holds_two_sentences(u)
            && marks[i].classify(u) == LineKind::Text
    };
    // The page's headline printed twice at its top, when it stands just
    // above the article too (a menu printed twice up there is no headline)
    // and reads as one (not a byline's name printed twice).
    let hint = repeated_headline(units)
        .filter(|h| (reach_start..first).any(|i| units[i] == *h && title_like(i)));
    let last = (reach_start..first)
        .rev()
        .find(|&i| hint.as_ref().is_none_or(|h| *h == units[i]) && title_like(i))?;
    // A headline printed twice just above the article, over a standfirst
    // that reads as one: five words or more, a comma at most (not a
    // byline's name, a breadcrumb or a picture's caption).
    let twice = (reach_start + 1..=last).rev().find(|&i| {
        let u = &units[i];
        units[i - 1] == *u && word_count(u) >= 5 && u.matches(',').count() <= 1 && title_like(i)
    });
    Some(twice.unwrap_or(last))
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

/// A picture's caption ending in its credit: "... invaded the country
/// [File: Reuters]", "... (AP Photo/Jane Doe)", "... isn't easy. Jane
/// Doe/Getty".
pub(super) fn ends_in_photo_credit(line: &str) -> bool {
    const CREDITS: &[&str] = &[
        "reuters", "ap", "afp", "getty", "epa", "file", "photo", "photos", "images", "image",
    ];
    let line = line.trim_end();
    let bracketed = [('[', ']'), ('(', ')')].iter().find_map(|&(open, close)| {
        line.strip_suffix(close)
            .and_then(|l| l.rfind(open).map(|k| &l[k + 1..]))
    });
    let tail = bracketed.unwrap_or_else(|| line.rsplit(' ').next().unwrap_or(""));
    let words: Vec<String> = tail
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    // (A bracket of a few words, or the last word with a slash.)
    (bracketed.is_some() && words.len() <= 6 || tail.contains('/'))
        && words.iter().any(|w| CREDITS.contains(&w.as_str()))
}

/// A line that stands for a picture in scraped text: "[Image: Coastal
/// Authority]", "Image source, Getty Images". (Not "Photo: Jane Doe": a
/// gallery prints that credit under its caption, above the headline.)
fn is_picture_marker(line: &str) -> bool {
    [
        "[Image",
        "[Photo",
        "[Picture",
        "Image source",
        "Image caption",
    ]
    .iter()
    .any(|p| line.starts_with(p))
        || is_bare_picture_credit(line)
}

/// A picture's credit alone on its line, with the caption under it:
/// "Getty Images", "AFP via Getty Images", "EPA-EFE/REX/Shutterstock",
/// "PA Media".
fn is_bare_picture_credit(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 5
        && match words[..] {
            [.., "PA", "Media"] => true,
            [.., last] => matches!(last, "Images" | "Shutterstock" | "Reuters" | "AFP" | "EPA"),
            [] => false,
        }
}

/// A line that stops on a word a headline cannot end on: "You are signed
/// in as", "Sign up for".
fn ends_unfinished(line: &str) -> bool {
    matches!(
        line.trim_end().rsplit(' ').next().unwrap_or(""),
        "as" | "of" | "the" | "a" | "an" | "and" | "or" | "to" | "for" | "with" | "by" | "in"
    )
}

/// Two sentences, as a standfirst has and a headline has not: "The
/// repression has only fuelled the crisis. It is up to them ...". (A
/// period after a small word of three letters or more, then a capital.)
fn holds_two_sentences(line: &str) -> bool {
    line.match_indices(". ").any(|(k, _)| {
        let word = line[..k].rsplit(' ').next().unwrap_or("");
        word.len() >= 3
            && word.chars().all(|c| c.is_lowercase())
            && line[k + 2..].starts_with(char::is_uppercase)
    })
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
/// A person's name alone on a line: two to four capitalised words and
/// nothing else ("Hendrik Vossberg").
pub(super) fn is_bare_name(line: &str) -> bool {
    (2..=4).contains(&line.split_whitespace().count())
        && line.split_whitespace().all(|w| {
            // ("Subramaniam-Rao", "O'Neil", "McKay": a capital after a
            // hyphen, an apostrophe or "Mc".)
            w.starts_with(char::is_uppercase)
                && w.chars().zip(w.chars().skip(1)).all(|(a, c)| {
                    c.is_lowercase()
                        || matches!(c, '-' | '\'' | '’')
                        || (c.is_uppercase() && matches!(a, '-' | '\'' | '’'))
                })
                && !w.ends_with(['-', '\'', '’'])
                || (w.starts_with("Mc") && w.len() > 3 && is_bare_name_word(&w[2..]))
        })
}

/// One capitalised word of lowercase letters ("Kay" in "McKay").
fn is_bare_name_word(w: &str) -> bool {
    w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase)
}

/// "Politics | Local Government", "News › World": the sections a page sits
/// in, above its headline: two or more parts of one to three capitalised
/// words between bars or angle quotes.
pub(super) fn is_section_path(line: &str) -> bool {
    let parts: Vec<&str> = line.split(['|', '›', '»']).map(str::trim).collect();
    parts.len() >= 2
        && parts.iter().all(|p| {
            let n = p.split_whitespace().count();
            (1..=3).contains(&n)
                && p.split_whitespace()
                    .all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '&'))
        })
}

/// A section's label of two capitalised words joined by an ampersand ("Crime
/// & Courts", "Arts & Culture", "Food & Drink"): over a headline, no
/// headline itself.
pub(super) fn is_section_label(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(words.as_slice(), [a, "&", b]
        if [a, b].iter().all(|w| w.starts_with(|c: char| c.is_uppercase())))
}

/// Does a line in capitals name a publication ("THE HARBOR GAZETTE",
/// "DAILY NEWS")?
pub(super) fn names_a_publication(line: &str) -> bool {
    line.split(|c: char| !c.is_alphanumeric()).any(|w| {
        vocab::PUBLICATION_WORDS
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// "The Morning Courant", "The New York Times": "The", then two to four
/// capitalised words, the last a newspaper's noun; or, without "The", two
/// to four such words ending in a noun only a paper's name ends in
/// ("Harbor Gazette"). A headline of that shape ("The Comeback Star") is
/// rare; a site's name over its menu is not.
pub(super) fn is_title_case_masthead(line: &str) -> bool {
    // A paper's noun no section or menu ends in: without "The" too ("Harbor
    // Gazette", "Denver Post").
    #[rustfmt::skip]
    const PAPERS: &[&str] = &[
        "Times", "Post", "Gazette", "Herald", "Tribune", "Journal", "Chronicle", "Courier",
        "Courant", "Ledger", "Telegraph", "Observer", "Bulletin", "Dispatch", "Examiner",
        "Inquirer", "Enquirer", "Sentinel", "Advertiser", "Argus", "Messenger", "Register",
    ];
    // Only after "The": "Local News" and "World Press" are menu items.
    #[rustfmt::skip]
    const AFTER_THE: &[&str] = &[
        "News", "Mirror", "Express", "Guardian", "Independent", "Standard", "Record", "Globe",
        "Star", "Mail", "Press",
    ];
    let words: Vec<&str> = line.split_whitespace().collect();
    let paper = |w: &&str| PAPERS.contains(w);
    let shaped = match words.first() {
        Some(&"The") => {
            (3..=5).contains(&words.len())
                && words
                    .last()
                    .is_some_and(|w| paper(w) || AFTER_THE.contains(w))
        }
        _ => (2..=4).contains(&words.len()) && words.last().is_some_and(paper),
    };
    shaped
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
        })
}

/// An all-capitals label of a few words: a kicker over a teaser, or a
/// section label.
pub(super) fn is_kicker(s: &str) -> bool {
    // Capitals first: a line of text has a small letter near its start, and
    // counting its words would read all of it.
    lines::is_all_caps(s)
        && !s.ends_with(['.', '!', '?', '"', '”'])
        && (1..=5).contains(&word_count(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line `headline_above` picks above the last of `lines` (the
    /// article's first).
    fn pick(lines: &[&str]) -> Option<String> {
        let units: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let marks: Vec<lines::PageLine> = units.iter().map(|u| lines::page_line(u)).collect();
        headline_above(&units, &marks, units.len() - 1).map(|i| units[i].clone())
    }

    const ARTICLE: &str = "The council voted on Tuesday to keep the night ferry running through the winter, after riders filled the hall to ask for it.";

    /// A headline printed twice over a standfirst that reads as one; a
    /// caption ending in its credit; a standfirst of two sentences: the
    /// headline above them.
    #[test]
    fn not_a_standfirst_or_a_caption_under_the_headline() {
        let headline = "Night ferry will keep running this winter, council says";
        for under in [
            "Riders packed the hall on Tuesday to ask the council for one more winter of sailings",
            "The night ferry leaves the harbour at Kessel on a winter evening [File: Harbour Agency]",
            "The ferry has run for forty years. Riders say they need it. Jane Doe/Getty",
            "The vote was close. It leaves the harbour board to find the money for one more winter",
        ] {
            let twice = under.starts_with("Riders");
            let mut lines = vec!["* Home", "* News", headline];
            if twice {
                lines.push(headline);
            }
            lines.extend([
                under,
                "* by Jane Doe",
                "* Nov 18, 2019 at 9:24 pm ET",
                ARTICLE,
            ]);
            assert_eq!(pick(&lines).as_deref(), Some(headline), "{under}");
        }
    }

    /// The caption under a picture's marker is no headline; a gallery's
    /// credit under its caption, over the headline, leaves it one.
    #[test]
    fn not_the_caption_under_a_pictures_marker() {
        let headline = "Ferry operator fined over safety failings";
        let lines = [
            headline,
            "12 February 2026",
            "[Image: Coastal Authority]",
            "The Kessel Star was taken out of service after the incident",
            ARTICLE,
        ];
        assert_eq!(pick(&lines).as_deref(), Some(headline));
        let lines = [
            "The Kessel Star leaves the harbour on a winter evening at Kessel",
            "Photo: Jane Doe, Coastal Authority",
            headline,
            "1 / 23",
            ARTICLE,
        ];
        assert_eq!(pick(&lines).as_deref(), Some(headline));
    }

    /// A name, a breadcrumb or a caption printed twice is no headline.
    #[test]
    fn a_byline_breadcrumb_or_caption_printed_twice_is_not_the_headline() {
        let headline = "Night ferry will keep running this winter";
        let lines = [
            headline,
            "By",
            "Jane Q. Doe",
            "Jane Q. Doe",
            "2. Harbour & Coast",
            "2. Harbour & Coast",
            ARTICLE,
        ];
        assert_eq!(pick(&lines).as_deref(), Some(headline));
    }
}
