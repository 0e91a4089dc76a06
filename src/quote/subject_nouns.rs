//! Unnamed people who open a sentence ("The whistleblower, a former
//! accounting manager, ...", "The Greens' deputy leader put it more
//! bluntly."), whom a "he" or "she" in the quote after it stands for.

use super::given::{Gender, speaker_noun_gender};
use super::tokens::Token;

/// "The Greens' deputy leader put it more bluntly.", "A Green councillor
/// was blunter.": a sentence that opens with a determiner or an owner, up
/// to three words and a singular noun for one person who may be of gender
/// `g`, then a verb in small letters. The phrase, without "the", "a" or
/// "an".
pub(super) fn unnamed_subject(toks: &[Token<'_>], g: Gender) -> Option<String> {
    let first = toks.first()?;
    let start = if matches!(first.text, "The" | "A" | "An" | "His" | "Her" | "Their")
        || (first.word && super::phrases::is_possessive(first.text))
    {
        1
    } else if toks.len() > 2 && first.word && super::phrases::plural_mark(toks, 1) {
        2
    } else {
        return None;
    };
    let n = (start..toks.len().min(start + 4)).find(|&n| {
        let t = &toks[n];
        !t.word || (t.text.starts_with(char::is_lowercase) && super::names::is_speaker_noun(t.text))
    })?;
    // ("deputy leader": the last of the nouns.)
    let n = n + toks[n + 1..]
        .iter()
        .take_while(|t| {
            t.word
                && t.text.starts_with(char::is_lowercase)
                && super::names::is_speaker_noun(t.text)
        })
        .count();
    let noun = &toks[n];
    let next = toks.get(n + 1)?;
    let lower = crate::words::lower(noun.text);
    let fits = noun.word
        && toks[start..n].iter().all(|t| t.word)
        && !noun.text.ends_with('s')
        && super::heads::person_like(noun.text)
        && !matches!(
            lower.as_ref(),
            "statement" | "report" | "panel" | "pair" | "duo" | "trio" | "family" | "district"
        )
        && !super::heads::COMPANY_NOUNS.contains(&lower.as_ref())
        && speaker_noun_gender(&lower).is_none_or(|h| h == g)
        && next.word
        && next.text.starts_with(char::is_lowercase)
        && !matches!(
            next.text,
            "of" | "for" | "at" | "from" | "in" | "with" | "to" | "and" | "or" | "who"
        );
    // ("the party's deputy leader", "their deputy leader": the determiner
    // stays, in small letters, before an owner or as one.)
    let owned = toks.get(1).is_some_and(|t| {
        super::phrases::is_possessive(t.text)
            || (toks.len() > 2 && super::phrases::plural_mark(toks, 2))
    });
    let phrase = match first.text {
        "A" | "An" => super::phrases::join(&toks[1..=n]),
        "The" if !owned => super::phrases::join(&toks[1..=n]),
        "The" | "His" | "Her" | "Their" => {
            format!("{} {}", first.lower(), super::phrases::join(&toks[1..=n]))
        }
        _ => super::phrases::join(&toks[..=n]),
    };
    fits.then_some(phrase)
}

/// "The whistleblower, a former accounting manager, has not been named.":
/// a sentence that opens with "The", up to two words in small letters and
/// a singular noun for a person who may be of gender `g`, then a comma or a
/// word in small letters.
pub(super) fn noun_subject(toks: &[Token<'_>], g: Gender) -> Option<super::phrases::Mention> {
    let [the, rest @ ..] = toks else {
        return None;
    };
    if !the.is("The") {
        return None;
    }
    let n = rest
        .iter()
        .take(3)
        .position(|t| t.word && (is_person_noun(t.text) || super::roles::is_role(t.text)))?;
    let noun = &rest[n];
    let next = rest.get(n + 1)?;
    (rest[..n]
        .iter()
        .all(|t| t.word && t.text.starts_with(char::is_lowercase))
        && noun.text.starts_with(char::is_lowercase)
        && !noun.text.ends_with('s')
        && speaker_noun_gender(noun.text).is_none_or(|h| h == g)
        && (next.is(",") || (next.word && next.text.starts_with(char::is_lowercase))))
    .then(|| super::phrases::Mention::Phrase(super::phrases::join(&toks[..n + 2])))
}

/// Nouns for a person, not an office, that a story may use for someone it
/// does not name ("the whistleblower", "the patient").
pub(super) fn is_person_noun(noun: &str) -> bool {
    matches!(
        noun,
        "whistleblower"
            | "informant"
            | "witness"
            | "victim"
            | "survivor"
            | "patient"
            | "student"
            | "resident"
            | "employee"
            | "worker"
            | "official"
            | "officer"
            | "inspector"
            | "complainant"
            | "accuser"
            | "plaintiff"
            | "soldier"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
    )
}
