//! The sentence after an untagged quote that says its speaker was
//! speaking: "Ludovica Ferri, the leader of the regional council, was
//! speaking after a third night of riots.", "Attorney General X spoke
//! outside the courthouse on Friday.", "X made the remarks at a rally."

use super::forward::forward_speaker;
use super::phrases::Mention;
use super::tokens::Token;

/// Nouns for what was said that "made the ..." points back at.
fn is_remarks(w: &str) -> bool {
    matches!(
        w,
        "remarks" | "comments" | "comment" | "remark" | "pledge" | "promise" | "plea" | "appeal"
    )
}

/// Where the verb that says the subject spoke stands in `toks`: "spoke",
/// "was speaking", "was talking", "was addressing", "was responding",
/// "made the remarks".
fn spoke_at(toks: &[Token<'_>]) -> Option<usize> {
    toks.iter().take(24).enumerate().find_map(|(k, t)| {
        let next = toks.get(k + 1).map(|n| n.text);
        let said = match t.text {
            "spoke" => true,
            "was" | "were" => matches!(
                next,
                Some("speaking" | "talking" | "addressing" | "responding")
            ),
            "made" => next == Some("the") && toks.get(k + 2).is_some_and(|n| is_remarks(n.text)),
            _ => false,
        };
        said.then_some(k)
    })
}

/// The person the sentence after a quote shows speaking: a full name
/// that opens it, right before the verb or before an aside in commas
/// that ends right before it.
pub fn spoke_after(toks: &[Token<'_>]) -> Option<Mention> {
    let first = toks.first()?;
    if !(first.word && first.text.starts_with(char::is_uppercase)) {
        return None;
    }
    let v = spoke_at(toks)?;
    let before = &toks[..v];
    // ("X, the leader of the council, was speaking": one aside, in commas
    // that end right before the verb.)
    let commas = before.iter().filter(|t| t.is(",")).count();
    if !(commas == 0 || (commas == 2 && before.last().is_some_and(|t| t.is(",")))) {
        return None;
    }
    let subject = match before.iter().position(|t| t.is(",")) {
        Some(c) => &before[..c],
        None => before,
    };
    if subject.len() > 6 || !subject.iter().all(|t| t.word) {
        return None;
    }
    // A full name, with any title before it ("Attorney General Mirela
    // Dumitrescu").
    match forward_speaker(subject)? {
        Mention::Name(n) if n.contains(' ') => Some(Mention::Name(n)),
        _ => None,
    }
}
