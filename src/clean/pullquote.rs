//! Pull quotes: a line that is only a quotation, set apart in large type
//! between paragraphs ("“Nobody came into local government to close
//! libraries.”"), repeats words the article gives elsewhere with their
//! speaker. Kept, it reads twice and counts as a second quote.
//! A quotation set in a block of its own is also cut from its tag, which
//! goes on in small letters in the next paragraph; the two are joined.

/// The indices of the lines of `kept` that are pull quotes: a quotation
/// alone on its line whose words another, longer line holds.
pub(super) fn pull_quotes(kept: &[String]) -> Vec<usize> {
    // (A page of hundreds of lone quotations is no article with a few pull
    // quotes: it is left as it is, and the check stays linear.)
    const MAX_CANDIDATES: usize = 32;
    const NEAR: usize = 30;
    let candidates: Vec<usize> = kept
        .iter()
        .enumerate()
        .filter(|(_, line)| quotation_alone(line).is_some())
        .map(|(i, _)| i)
        .take(MAX_CANDIDATES + 1)
        .collect();
    if candidates.is_empty() || candidates.len() > MAX_CANDIDATES {
        return Vec::new();
    }
    candidates
        .into_iter()
        .filter(|&i| {
            let Some(raw) = quotation_alone(&kept[i]) else {
                return false;
            };
            let inner = normalize(raw);
            // Only lines holding the quotation's longest word past its
            // first (whose case a sentence's start may change) are read
            // closely.
            let Some(probe) = raw
                .split(|c: char| !c.is_alphanumeric())
                .skip(1)
                .max_by_key(|w| w.len())
                .filter(|w| w.len() >= 3)
            else {
                return false;
            };
            // A pull quote sits near the paragraph it repeats: the lines
            // around it are searched, not a long text's every line.
            let (from, to) = (i.saturating_sub(NEAR), (i + NEAR + 1).min(kept.len()));
            inner.split(' ').count() >= 4
                && kept[from..to].iter().enumerate().any(|(k, other)| {
                    from + k != i
                        && other.len() > raw.len()
                        && other.contains(probe)
                        && normalize(other).contains(&inner)
                })
        })
        .collect()
}

/// The words inside the quote marks when `line` is one quotation and
/// nothing else (a final full stop after the mark aside).
fn quotation_alone(line: &str) -> Option<&str> {
    let line = line.trim();
    let body = line.strip_suffix(['.', ',']).unwrap_or(line);
    let (open, close) = match body.chars().next()? {
        '“' => ('“', '”'),
        '"' => ('"', '"'),
        '‘' => ('‘', '’'),
        '«' => ('«', '»'),
        _ => return None,
    };
    let inner = body
        .strip_prefix(open)?
        .strip_suffix(close)?
        .trim_end_matches(' ');
    // One quotation: no mark of its kind inside (an apostrophe may be a
    // closing single mark's character, so single marks allow it).
    let marks_inside = if open == '‘' {
        inner.contains('‘')
    } else {
        inner.contains(open) || inner.contains(close)
    };
    (!marks_inside && (20..=400).contains(&inner.len())).then_some(inner)
}

/// Letters and digits in lowercase, every other run of characters one
/// space.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim().to_string()
}

/// Joins a paragraph that ends inside a quotation's sentence ("“We will
/// not sail a ship we are not sure of,”") with the next when that one
/// goes on in small letters ("its managing director, Torquil Baird, told
/// the Courier."): a page that sets the quotation apart in a block of its
/// own cuts the sentence there, and its tag names the speaker.
pub(super) fn join_split_tags(kept: &mut Vec<String>) {
    // Most articles have no such cut: they are left as they are. (One
    // pass, not a removal per join: a page of thousands of cut quotations
    // is not shifted thousands of times.)
    if !kept.windows(2).any(|w| goes_on(&w[0], &w[1])) {
        return;
    }
    let mut out: Vec<String> = Vec::with_capacity(kept.len());
    for next in kept.drain(..) {
        match out.last_mut() {
            Some(p) if goes_on(p, &next) => {
                let end = p.trim_end().len();
                p.truncate(end);
                p.push(' ');
                p.push_str(&next);
            }
            _ => out.push(next),
        }
    }
    *kept = out;
}

/// Does `next` go on with the sentence that `prev` leaves unfinished? A
/// quotation set in a block of its own ends in its comma and closing mark;
/// a page that sets an advert or a link into a paragraph cuts it anywhere
/// ("... a long retirement. This" over "policy tells those people ...").
pub(super) fn goes_on(prev: &str, next: &str) -> bool {
    starts_in_small_letters(next)
        && (cut_mid_sentence(prev)
            || ["”", "\"", "’"].iter().any(|close| {
                prev.trim_end()
                    .strip_suffix(close)
                    .is_some_and(|b| b.ends_with(','))
            }))
}

/// A paragraph of prose (eight words or more) whose last word is followed
/// by no stop, colon or closing mark: its sentence goes on elsewhere.
fn cut_mid_sentence(p: &str) -> bool {
    p.trim_end()
        .chars()
        .last()
        .is_some_and(|c| c.is_alphabetic() || c == ',')
        && super::word_count(p) >= 8
}

/// Does `line` open with a word in small letters ("policy tells ...")?
fn starts_in_small_letters(line: &str) -> bool {
    let word = line.split(' ').next().unwrap_or_default();
    word.starts_with(|c: char| c.is_lowercase())
        && word
            .chars()
            .all(|c| c.is_lowercase() || matches!(c, ',' | '\'' | '’'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_quotation_repeated_from_the_text_is_a_pull_quote() {
        let kept = lines(&[
            "“Nobody came into local government to close libraries,” he said. “But our grant \
             has been cut.”",
            "“Nobody came into local government to close libraries.”",
            "The vote was close.",
        ]);
        assert_eq!(pull_quotes(&kept), vec![1]);
    }

    #[test]
    fn a_pull_quote_may_come_before_the_words_it_repeats() {
        let kept = lines(&[
            "\"The buck stops with the minister\"",
            "She accepted that \"the buck stops with the minister\", her letter said.",
        ]);
        assert_eq!(pull_quotes(&kept), vec![0]);
    }

    #[test]
    fn a_quotation_said_once_stays() {
        // A paragraph of a quote running over several paragraphs.
        let kept = lines(&[
            "“We have tried everything,” she said.",
            "“Nothing has worked, and the families are still waiting for an answer.”",
        ]);
        assert!(pull_quotes(&kept).is_empty());
        // Two quotations in one line, or words after the mark.
        let kept = lines(&[
            "“We will win,” he said, “and soon.”",
            "“We will win,” he said, “and soon.” The crowd cheered.",
        ]);
        assert!(pull_quotes(&kept).is_empty());
    }

    #[test]
    fn the_longer_of_two_quotations_stays() {
        let kept = lines(&[
            "“Every day is a year for us, and we are begging them to finish this.”",
            "“Every day is a year for us.”",
        ]);
        assert_eq!(pull_quotes(&kept), vec![1]);
    }

    #[test]
    fn a_quotation_cut_before_its_tag_is_joined_to_it() {
        let mut kept = lines(&[
            "“Safety comes first. We will not sail a ship we are not sure of,”",
            "its managing director, Torquil Baird, told the Courier.",
            "“We are sorry,” he said.",
            "Islanders were not convinced.",
            "“Nobody asked us,\"",
            "said Morag Lindsay.",
        ]);
        join_split_tags(&mut kept);
        assert_eq!(
            kept,
            lines(&[
                "“Safety comes first. We will not sail a ship we are not sure of,” its \
                 managing director, Torquil Baird, told the Courier.",
                "“We are sorry,” he said.",
                "Islanders were not convinced.",
                "“Nobody asked us,\" said Morag Lindsay.",
            ])
        );
        // A quotation that ends its sentence, or a next paragraph in
        // capitals, stays apart.
        let mut kept = lines(&["“We are sorry.”", "he said.", "“Fine,”", "Torquil said."]);
        join_split_tags(&mut kept);
        assert_eq!(kept.len(), 4);
    }
}
