//! Bylines: the writer's name, the job and the outlet a byline line
//! gives ("By Jane Doe, Staff Reporter", "Jane Doe · CBC News · Posted
//! ...", "By political reporter Jane Doe").

use super::{title_case, without_date};

/// How bylines open: "By Jane Doe", "Written by Jane Doe".
pub const BYLINE_PREFIXES: &[&str] = &[
    "By ",
    "by ",
    "BY ",
    "Written by ",
    "written by ",
    "WRITTEN BY ",
    "Posted by ",
    "posted by ",
    // A column's or an analysis's kind before its writer.
    "Analysis by ",
    "Opinion by ",
    "Commentary by ",
    "Story by ",
    "Words by ",
];

/// Does `line` start with a letter one of [`BYLINE_PREFIXES`] starts with?
/// (Most lines do not: a one-byte look before the prefixes are tried.)
pub fn may_open_byline(line: &str) -> bool {
    matches!(
        line.as_bytes().first(),
        Some(b'B' | b'b' | b'W' | b'w' | b'P' | b'p' | b'A' | b'O' | b'C' | b'S')
    )
}

/// A writer's job as a byline gives it: "writer", "Correspondent".
pub fn is_writer_job(word: &str) -> bool {
    // (No other letter lowercases to one of these ASCII words' letters.)
    [
        "writer",
        "reporter",
        "correspondent",
        "editor",
        "columnist",
        "contributor",
        "journalist",
        "producer",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// The words after "By" in a byline that says what the writer does, in
/// small letters, before the name ("political reporter Lachlan X", "chief
/// Europe correspondent Ines Y"): the role and the name.
pub fn described_byline(rest: &str) -> Option<(&str, &str)> {
    let mut words = rest.split_whitespace();
    if !words.next()?.starts_with(char::is_lowercase) {
        return None;
    }
    let (at, role) = rest.match_indices(' ').take(4).find_map(|(at, _)| {
        let word = rest[..at].rsplit(' ').next()?;
        (word.starts_with(char::is_lowercase) && is_writer_job(word)).then_some((at, &rest[..at]))
    })?;
    let name = rest[at..].trim();
    let n = name.split_whitespace().count();
    ((1..=4).contains(&n)
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) || w == "and"))
    .then_some((role, name))
}

/// "Marcus X Local government correspondent", "Eleanor Y Political
/// editor": a name of two or three words, then the job in small letters
/// after its first word, with no comma between. The name and the job.
pub fn name_then_job(line: &str) -> Option<(&str, &str)> {
    // (Asked of every short line without a comma: most fail at their last
    // word, looked at first.)
    // (Each writer's job ends in "r" or "t".)
    if line.len() > 80
        || !matches!(line.as_bytes().last(), Some(b'r' | b't' | b'R' | b'T'))
        || !line.starts_with(|c: char| c.is_uppercase())
        || !line.rsplit(' ').next().is_some_and(is_writer_job)
    {
        return None;
    }
    let name_like = |w: &str| {
        w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
    };
    // The words, with where each starts; the first in small letters.
    let mut n = 0;
    let mut lower = None;
    let mut job_at = 0;
    let mut prev_at = 0;
    let mut at = 0;
    for w in line.split(' ') {
        let start = at;
        at += w.len() + 1;
        if w.is_empty() {
            continue;
        }
        if !name_like(w) {
            return None;
        }
        let small = w.starts_with(char::is_lowercase);
        // ("X Thanked the editor": a sentence's small words are no job's.)
        if small
            && matches!(
                w,
                "the" | "a" | "an" | "to" | "his" | "her" | "their" | "its" | "was" | "is"
            )
        {
            return None;
        }
        match lower {
            None if small => {
                lower = Some(n);
                job_at = prev_at;
            }
            // (Only small words after the first.)
            Some(_) if !small => return None,
            _ => {}
        }
        prev_at = start;
        n += 1;
    }
    let lower = lower?;
    ((3..=4).contains(&lower) && n <= lower + 3)
        .then(|| (line[..job_at].trim_end(), &line[job_at..]))
}

/// `By Jane Doe, Staff Reporter` -> `Jane Doe, Staff Reporter`;
/// `By political reporter Jane Doe` -> `Jane Doe, political reporter`; a writer's
/// line ("Jane Doe, Staff Writer") stays whole. A date after the name ("by
/// Jane Doe September 15, 2014", "By Jane Doe on March 3, 2026") goes.
pub fn byline_name(line: &str) -> String {
    let rest = BYLINE_PREFIXES
        .iter()
        .find_map(|p| line.strip_prefix(p))
        .unwrap_or(line);
    if let Some((role, name)) = described_byline(rest) {
        return format!("{name}, {role}");
    }
    if let Some((name, job)) = name_then_job(rest) {
        return format!("{name}, {job}");
    }
    // An email (with what follows it) or a " | " (" · ", " • ")
    // affiliation ends the name ("By Ada Varga ada@example.com(555) 010",
    // "By Ada Varga | Fox News", "Ada Varga · CBC News").
    let rest = [" | ", " · ", " • "]
        .iter()
        .filter_map(|sep| rest.find(sep))
        .min()
        .map_or(rest, |at| &rest[..at]);
    // "By Ada Varga For The Evening Post", "By Ada Varga for MailOnline":
    // the outlet she wrote for is no part of her name.
    let rest = byline_outlet_at(rest).map_or(rest, |(at, _)| &rest[..at]);
    let rest = match rest
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .find(|(_, w)| w.contains('@') && w.contains('.'))
    {
        Some((at, _)) if at > 0 => &rest[..at],
        _ => rest,
    };
    let name = without_date(rest)
        .trim()
        .trim_end_matches([',', ';', '|', '-', '—', '–', ' '])
        .trim_end_matches('.');
    // "By Henrike X in Berlin": where the writer filed from is no part of
    // the name.
    let name = name
        .rfind(" in ")
        .filter(|&at| {
            let place: Vec<&str> = name[at + 4..].split_whitespace().collect();
            at > 0
                && (1..=3).contains(&place.len())
                && place.iter().all(|w| w.starts_with(char::is_uppercase))
        })
        .map_or(name, |at| name[..at].trim_end_matches(','));
    // "TOBIAS WRENN and MARISOL QUIROGA Associated Press": the agency
    // after writers' names in capitals is no part of them.
    let shouted = |n: &str| {
        n.split_whitespace()
            .filter(|w| *w != "and")
            .all(|w| !w.chars().any(char::is_lowercase))
    };
    let name = [" The Associated Press", " Associated Press", " Reuters"]
        .iter()
        .find_map(|a| name.strip_suffix(a))
        .filter(|n| n.chars().any(char::is_uppercase) && shouted(n))
        .unwrap_or(name);
    // A name in capitals is title-cased; one word in capitals is an
    // acronym ("PTI", "AFP") and stays.
    if name.chars().any(char::is_alphabetic)
        && shouted(name)
        && name.split_whitespace().nth(1).is_some()
    {
        // ("RENATA X AND DMITRI Y": two writers, "and" between them.)
        title_case(name).replace(" And ", " and ")
    } else {
        name.to_string()
    }
}

/// Where " For The Evening Post" ("for MailOnline") starts in a byline,
/// and the outlet it names: "for" (or "For") after two words or more,
/// then a capital.
fn byline_outlet_at(byline: &str) -> Option<(usize, &str)> {
    [" For ", " for "]
        .iter()
        .filter_map(|sep| byline.find(sep).map(|at| (at, at + sep.len())))
        .min()
        .filter(|&(at, _)| byline[..at].split_whitespace().count() >= 2)
        .filter(|&(_, outlet)| byline[outlet..].starts_with(char::is_uppercase))
        .map(|(at, outlet)| (at, byline[outlet..].trim()))
}

/// The outlet a byline says its author wrote for ("By Ada Varga For The
/// Evening Post": "The Evening Post").
pub fn byline_outlet(line: &str) -> Option<String> {
    byline_outlet_at(line)
        .map(|(_, outlet)| outlet.trim_end_matches(['.', ',', ';', ' ']).to_string())
        .or_else(|| piped_outlet(line))
}

/// "Jane Doe · CBC News · Posted: ...", "Jane Doe | The Northern Record |
/// Updated ...": the part after the name that is a publication's name (a
/// few capitalised words, one of them a publication's word), not a place
/// ("Jane Doe | Chennai | ...") or a date.
fn piped_outlet(line: &str) -> Option<String> {
    line.split(['|', '·', '•'])
        .skip(1)
        .map(str::trim)
        .find(|part| {
            let words: Vec<&str> = part.split_whitespace().collect();
            // ("Jane Doe | Education Reporter": her job, not "The ...
            // Reporter".)
            let job =
                words.first() != Some(&"The") && words.last().is_some_and(|w| is_writer_job(w));
            (1..=5).contains(&words.len())
                && !job
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase) || matches!(*w, "of" | "the" | "and")
                })
                && words.iter().any(|w| {
                    let lower = w.to_lowercase();
                    lower != "the"
                        && crate::clean::vocab::PUBLICATION_WORDS.contains(&lower.as_str())
                })
        })
        .map(str::to_string)
}

/// A byline set as a name over its author's job, as some papers print
/// them ("Imogen Farrow-Tate" over "Political correspondent"), in a page's
/// first 60 lines: the name.
pub fn name_over_job(units: &[String]) -> Option<String> {
    // (Only a short line can be either: a long one's words are not all
    // split and gathered, as a page of one huge line's would be.)
    let is_job = |l: &str| {
        l.len() <= 60 && {
            let words: Vec<&str> = l.split_whitespace().take(4).collect();
            words.len() <= 3
                && words
                    .first()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                && words.last().is_some_and(|w| is_writer_job(w))
        }
    };
    let is_name = |l: &str| {
        l.len() <= 80 && {
            let words: Vec<&str> = l.split_whitespace().take(5).collect();
            (2..=4).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                })
        }
    };
    let lines = &units[..units.len().min(60)];
    lines
        .windows(2)
        .find(|w| is_name(&w[0]) && is_job(&w[1]))
        .map(|w| byline_name(&w[0]))
}

/// A page's byline field made fit to show: [`byline_name`], without
/// trailing punctuation; `None` for no name at all ("By") or a comment
/// form's label that a page's markup passed off as the author ("Name *",
/// "Nama (wajib)").
pub fn clean_byline(raw: &str) -> Option<String> {
    let name = byline_name(raw);
    let name = name.trim_end_matches([',', ';', '|', '-', '—', ' ']).trim();
    let label = name.ends_with('*')
        || (name.ends_with(')') && name.split_whitespace().count() <= 2)
        || BYLINE_PREFIXES.iter().any(|p| p.trim() == name);
    (!name.is_empty() && !label && name.chars().any(char::is_alphabetic)).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    /// A wire's byline: the writers' names in capitals, "and" between
    /// them, then the agency's name, which goes.
    #[test]
    fn writers_in_capitals_before_their_agency() {
        for (line, name) in [
            (
                "By TOBIAS WRENN and MARISOL QUIROGA Associated Press",
                "Tobias Wrenn and Marisol Quiroga",
            ),
            ("By RENATA OSTROWSKI Reuters", "Renata Ostrowski"),
        ] {
            assert_eq!(super::byline_name(line), name, "{line}");
        }
    }
}
