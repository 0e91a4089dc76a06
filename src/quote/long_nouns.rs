//! Unnamed speakers described at length: "A senior negotiator from one of
//! the large coal-producing nations said".

use super::lexicon::{DETERMINERS, FUNCTION_WORDS};
use super::names;
use super::nouns::starts_clause;
use super::phrases::{Mention, VERBS, is_possessive, join};
use super::tokens::Token;

/// "A senior negotiator from one of the large coal-producing nations": an
/// unnamed speaker's noun after its determiner, then a longer account of
/// where the speaker is from or what for, in small words with no verb.
pub(super) fn long_tailed(toks: &[Token<'_>], end: usize) -> Option<Mention> {
    let k = (end.saturating_sub(14)..end.saturating_sub(5))
        .find(|&k| DETERMINERS.contains(&toks[k].lower().as_ref()) && starts_clause(toks, k))?;
    let noun = (k + 1..(k + 4).min(end - 3)).find(|&i| {
        toks[i].text.starts_with(char::is_lowercase)
            && names::is_speaker_noun(toks[i].text)
            && matches!(
                toks[i + 1].text,
                "from" | "of" | "for" | "at" | "in" | "with"
            )
    })?;
    let plain = |t: &Token<'_>| {
        t.word
            && !VERBS.contains(&t.text)
            && !matches!(
                t.text,
                "who" | "which" | "that" | "whose" | "whom" | "what" | "when" | "where"
            )
    };
    let adjectives = toks[k + 1..noun]
        .iter()
        .all(|t| plain(t) && !FUNCTION_WORDS.contains(&t.lower().as_ref()));
    let tail = &toks[noun + 2..end];
    (adjectives
        && tail.iter().all(|t| plain(t) && !is_possessive(t.text))
        && tail
            .last()
            .is_some_and(|t| t.text.starts_with(char::is_lowercase)))
    .then(|| Mention::Phrase(join(&toks[k..end])))
}
