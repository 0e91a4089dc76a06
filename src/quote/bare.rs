//! Quotes with no marks: a paragraph set as a block quote under one that
//! ends "He told MPs:" or "The ministry said in a statement:", as live
//! blogs and saved pages give them (the page drew the quote as a block,
//! not with marks).

use super::spans::QuoteSpan;

/// Speech verbs that, among the last words before a paragraph's closing
/// colon, introduce the paragraph after it.
const INTRODUCING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "wrote",
    "writes",
    "added",
    "adds",
    "stated",
    "declared",
    "warned",
    "tweeted",
    "posted",
    "replied",
    "responded",
    "explained",
    "argued",
    "insisted",
];

/// Adds to `spans` (in text order) each paragraph quoted with no marks:
/// `ends` are where the paragraphs that end in a colon end.
pub(super) fn add_bare(text: &[char], ends: &[usize], spans: &mut Vec<QuoteSpan>) {
    let mut found = Vec::new();
    for &nl in ends {
        let Some(colon) = text[..nl].iter().rposition(|c| *c != ' ') else {
            continue;
        };
        let start = nl + text[nl..].iter().take_while(|c| **c == '\n').count();
        let end = text[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(text.len(), |e| start + e);
        if start < end && quotable(&text[start..end]) && introduces(text, colon) {
            found.push(QuoteSpan {
                start,
                end,
                bare: true,
            });
        }
    }
    if !found.is_empty() {
        spans.extend(found);
        spans.sort_by_key(|q| q.start);
    }
}

/// Do the last six words before the colon at `colon` (in its paragraph)
/// hold a speech verb ("He told MPs", "the ministry said in a statement")?
fn introduces(text: &[char], colon: usize) -> bool {
    let from = text[..colon]
        .iter()
        .rposition(|&c| c == '\n')
        .map_or(0, |p| p + 1)
        .max(colon.saturating_sub(80));
    let head: String = text[from..colon].iter().collect();
    head.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(6)
        .any(|w| INTRODUCING.contains(&w))
}

/// A paragraph that reads as what was said: no quote marks of its own (a
/// quote in marks is found as such), four words or more and no more than
/// 2,000 chars, full sentences, and no item of a list.
fn quotable(p: &[char]) -> bool {
    // (The cheap looks first: most paragraphs after a colon open with a
    // quote mark.)
    p.first().is_some_and(|c| c.is_uppercase())
        && p.last().is_some_and(|c| matches!(c, '.' | '!' | '?' | '…'))
        && p.len() <= 2_000
        && !p
            .iter()
            .any(|c| matches!(c, '“' | '”' | '"' | '«' | '»' | '„'))
        && p.split(|c| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .count()
            >= super::spans::MIN_WORDS
}

#[cfg(test)]
mod tests {
    use super::super::find_spans;

    fn bare(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        find_spans(&chars)
            .into_iter()
            .filter(|s| s.bare)
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn a_paragraph_under_a_speech_verb_and_a_colon_is_quoted() {
        assert_eq!(
            bare(
                "The shadow chancellor has responded. He told MPs:\n\n\
                 This is a budget that asks working people to pay more and get less.\n\n\
                 Fuel duty will be frozen."
            ),
            vec!["This is a budget that asks working people to pay more and get less."]
        );
    }

    #[test]
    fn no_bare_quote_without_a_speech_verb_or_with_marks() {
        for text in [
            // No speech verb before the colon.
            "The key points of the budget:\n\nFuel duty is frozen for another year again.",
            // The quote has its marks.
            "He told MPs:\n\n“This is a budget that asks working people to pay more.”",
            // A list's item, no sentence.
            "She said the plan had three parts:\n\n- a freeze on fuel duty for a year",
            // Too short.
            "He said:\n\nNo comment.",
        ] {
            assert!(bare(text).is_empty(), "{text}");
        }
    }
}
