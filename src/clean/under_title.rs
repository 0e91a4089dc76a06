//! The lines under a scraped page's headline, before the story: the
//! writer's name and outlet over the stamp ("Odile Marchetti Harbor
//! Gazette" over "Published 2:16 AM EST Nov 20, 2019"), a picture's caption
//! over its credit ("Kestrel Bay quarterback Tomas Reyes" over
//! "Marta Quinlan, Associated Press").

use super::lines::{LineKind, ends_like_sentence, word_count};

/// What the line after each line is, as far as the lines under the
/// headline need to know.
pub(super) struct Ahead {
    stamp: Vec<bool>,
    credit: Vec<bool>,
}

impl Ahead {
    /// What follows each of `units` (nothing for extracted text, which
    /// has no page header to read).
    pub(super) fn new(units: &[String], kinds: &[LineKind], scraped: bool) -> Self {
        let n = if scraped { kinds.len() } else { 0 };
        let next = |f: &dyn Fn(usize) -> bool| -> Vec<bool> {
            (0..n).map(|i| i + 1 < n && f(i + 1)).collect()
        };
        Self {
            stamp: next(&|i| kinds[i] == LineKind::Timestamp),
            credit: next(&|i| {
                kinds[i] == LineKind::Boilerplate("photo credit")
                    || (matches!(kinds[i], LineKind::Boilerplate(_)) && is_agency_credit(&units[i]))
            }),
        }
    }
}

/// "Stockpix, Getty Images/Harbor RF": a short credit naming a
/// picture agency after a comma (which other rules may have named).
fn is_agency_credit(line: &str) -> bool {
    word_count(line) <= 8 && line.contains(',') && {
        let lower = crate::words::lower(line);
        ["getty images", "associated press", "reuters", "afp"]
            .iter()
            .any(|a| lower.contains(a))
    }
}

/// Words a wire's or a staff's credit ends in, in place of a name.
fn is_staff_credit(line: &str) -> bool {
    let lower = crate::words::lower(line);
    [
        "wire services",
        "wire service",
        "staff",
        "staff reports",
        "wire reports",
    ]
    .iter()
    .any(|s| lower.ends_with(s))
}

/// "Odile Marchetti Harbor Gazette", "Gazette News wire services": two to
/// seven capitalised words (a wire's credit in small letters at the end),
/// no sentence.
fn is_name_and_outlet(line: &str) -> bool {
    let n = word_count(line);
    (2..=7).contains(&n)
        && !ends_like_sentence(line)
        && !line.contains([':', '|', ','])
        && (line
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
            || is_staff_credit(line))
}

/// The writer's name and the outlet in a line of both: the first two
/// words (three with a middle initial) are the name.
fn split_name_outlet(line: &str) -> (Option<String>, Option<String>) {
    if is_staff_credit(line) {
        return (None, None);
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    // "Columnist Evander X": the job before the name, given after it.
    if let [job, name @ ..] = &words[..]
        && super::meta::is_writer_job(job)
        && (2..=3).contains(&name.len())
    {
        let job = crate::words::lower(job);
        return (Some(format!("{}, {job}", name.join(" "))), None);
    }
    // "Westport Daily Ledger", "The Westport Ledger": the outlet alone, a
    // masthead's words where a name's second word would stand.
    if words.first() == Some(&"The")
        || words.get(1).is_some_and(|w| {
            matches!(
                crate::words::lower(w).as_ref(),
                "daily"
                    | "weekly"
                    | "evening"
                    | "morning"
                    | "sunday"
                    | "news"
                    | "times"
                    | "gazette"
                    | "herald"
                    | "tribune"
                    | "journal"
                    | "chronicle"
                    | "courier"
                    | "ledger"
                    | "telegraph"
                    | "observer"
                    | "examiner"
                    | "inquirer"
                    | "sentinel"
                    | "bulletin"
                    | "dispatch"
            )
        })
    {
        return (None, Some(words.join(" ")));
    }
    let k = if words.len() > 3 && words[1].len() == 2 && words[1].ends_with('.') {
        3
    } else {
        2
    };
    let name = words[..k.min(words.len())].join(" ");
    let outlet = (words.len() > k).then(|| words[k..].join(" "));
    (Some(name), outlet)
}

impl super::Body {
    /// Line `i` of the page, a text line under the headline before the
    /// story starts: the rule that drops it, if it is the writer's name
    /// and outlet over the stamp or a picture's caption over its credit.
    pub(super) fn under_title(
        &mut self,
        ahead: &Ahead,
        i: usize,
        line: &str,
    ) -> Option<&'static str> {
        if ahead.stamp.get(i) == Some(&true) && is_name_and_outlet(line) {
            let (name, outlet) = split_name_outlet(line);
            if self.meta.byline.is_none() {
                self.meta.byline = name;
            }
            if self.meta.source.is_none() {
                self.meta.source = outlet;
            }
            return Some("byline");
        }
        (ahead.credit.get(i) == Some(&true) && word_count(line) <= 16 && !ends_like_sentence(line))
            .then_some("picture caption")
    }

    /// A writer's name alone on the line under the headline and its date
    /// ("Jonah Whitcombe-Adair"), over the article's first paragraph: the
    /// byline, when none was found. (Its first word a common given name:
    /// "Breaking News" or "Key Points" over the text is no writer.)
    pub(super) fn bare_byline(&mut self) {
        let [first, second, ..] = self.kept.as_slice() else {
            return;
        };
        if self.meta.byline.is_none()
            && !self.meta.title.is_empty()
            && super::headline::is_bare_name(first)
            && first
                .split_whitespace()
                .next()
                .is_some_and(crate::quote::is_given_name)
            && word_count(second) >= 12
        {
            let name = self.kept.remove(0);
            self.meta.byline = Some(name);
            *self.rules.entry("byline").or_default() += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_and_outlet_is_split_at_the_name() {
        assert!(is_name_and_outlet("Odile Marchetti Harbor Gazette"));
        assert!(is_name_and_outlet("Gazette News wire services"));
        assert!(!is_name_and_outlet("The mayor said no."));
        assert!(!is_name_and_outlet("Kestrel Bay — Tomas Reyes threw"));
        assert_eq!(
            split_name_outlet("Odile P. Marchetti Harbor Gazette"),
            (
                Some("Odile P. Marchetti".into()),
                Some("Harbor Gazette".into())
            )
        );
        assert_eq!(
            split_name_outlet("Gazette News wire services"),
            (None, None)
        );
        // The writer's job before the name.
        assert_eq!(
            split_name_outlet("Columnist Evander Pickstock-Nwosu"),
            (Some("Evander Pickstock-Nwosu, columnist".into()), None)
        );
    }
}
