//! Speakers named around a quote without a speech verb: a vox pop's name
//! and age before a colon, "In X's words,", "“...,” was her response."

use super::phrases::{Mention, backward_speaker, forward_speaker, person_like};
use super::tokens::Token;

/// "Shopkeeper Dimitri X, 58: “...”": a vox pop's name and age before a
/// colon.
pub fn named_and_aged(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let [.., comma, age, colon] = toks else {
        return None;
    };
    let aged = age.text.len() <= 3 && age.text.bytes().all(|b| b.is_ascii_digit());
    if !(colon.is(":") && comma.is(",") && aged) {
        return None;
    }
    match backward_speaker(&toks[..toks.len() - 3])? {
        m @ Mention::Name(_) => Some((m, "said".into())),
        _ => None,
    }
}

/// "In Callum X's words, “...”", "In the words of Callum X, “...”".
pub fn in_their_words(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let [.., comma] = toks else {
        return None;
    };
    if !comma.is(",") {
        return None;
    }
    let k = toks.iter().rposition(|t| t.is("In"))?;
    let phrase = &toks[k + 1..toks.len() - 1];
    let name = match phrase {
        [the, words, of, name @ ..] if the.is("the") && words.is("words") && of.is("of") => name,
        [name @ .., words] if words.is("words") => {
            let (last, rest) = name.split_last()?;
            // "Callum X's": the owner without its mark.
            let owner = super::phrases::owner_of(last.text)?;
            let mut m = super::phrases::join(rest);
            if !m.is_empty() {
                m.push(' ');
            }
            m.push_str(owner);
            return (name.len() <= 5
                && person_like(&m)
                && m.split(' ').all(super::phrases::is_speaker_name_word))
            .then(|| (Mention::Name(m), "said".into()));
        }
        _ => return None,
    };
    match forward_speaker(name)? {
        m @ Mention::Name(_) => Some((m, "said".into())),
        _ => None,
    }
}

/// "“...,” was her response.", "“...,” was the verdict of Sen. X.": the
/// quote is the answer of the person the phrase names.
pub(super) fn was_response(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    // (Word tokens by index: the tag is read from its first words only.)
    let mut words = toks.iter().enumerate().filter(|(_, t)| t.word);
    let (_, was) = words.next()?;
    let (_, owner) = words.next()?;
    let (_, noun) = words.next()?;
    if !was.is("was")
        || !matches!(
            noun.text,
            "response" | "reply" | "answer" | "verdict" | "retort" | "reaction" | "assessment"
        )
    {
        return None;
    }
    let cue = format!("was {} {}", owner.text, noun.text);
    let next = words.next();
    match owner.text {
        "his" | "her" if next.is_none() => Some((
            Mention::Pronoun(if owner.is("his") { "he" } else { "she" }.into()),
            cue,
        )),
        "the" => {
            let (at, _) = next.filter(|(_, t)| t.is("from") || t.is("of"))?;
            match forward_speaker(&toks[at + 1..])? {
                m @ (Mention::Name(_) | Mention::Phrase(_)) => Some((m, cue)),
                Mention::Pronoun(_) => None,
            }
        }
        _ => None,
    }
}

/// "..., with X calling her opponent “...” and Republican Kurt Haldane
/// accusing her of “...”": after the quote before, a second subject and
/// its verb in "-ing" lead into this one. `toks` are the words since the
/// quote before.
pub fn second_ing_subject(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let [and, rest @ ..] = toks else {
        return None;
    };
    if !matches!(and.text, "and" | "while") {
        return None;
    }
    let name = rest
        .iter()
        .take(5)
        .take_while(|t| t.word && super::phrases::is_speaker_name_word(t.text))
        .count();
    let verb = rest.get(name)?;
    let tail = &rest[name + 1..];
    if !((1..=5).contains(&name)
        && verb.text.ends_with("ing")
        && verb.text.starts_with(char::is_lowercase)
        && tail.len() <= 5
        && tail.iter().all(|t| t.word))
    {
        return None;
    }
    match backward_speaker(&rest[..name])? {
        m @ Mention::Name(_) => Some((m, verb.text.to_string())),
        _ => None,
    }
}

/// "..., calling it “...”": participles that give a thing a name, as said.
pub(super) const NAMING_PARTICIPLES: &[&str] = &[
    "calling",
    "describing",
    "branding",
    "dubbing",
    "labelling",
    "labeling",
];

/// "..., with Councilman X accusing Y of “...”", "..., with the speaker
/// accusing members of “...”": a subject and its verb in "-ing" after
/// "with" lead into the quote their clause ends in.
pub fn with_ing_subject(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let near = toks.len().saturating_sub(16);
    let w = toks[near..].iter().rposition(|t| t.is("with"))? + near;
    let rest = &toks[w + 1..];
    let name = rest.iter().take(6).position(|t| {
        NAMING_PARTICIPLES.contains(&t.text)
            || matches!(
                t.text,
                "accusing" | "charging" | "urging" | "warning" | "vowing"
            )
    })?;
    let (subject, tail) = (&rest[..name], &rest[name + 1..]);
    if name == 0 || tail.len() > 10 || !subject.iter().chain(tail).all(|t| t.word) {
        return None;
    }
    match backward_speaker(subject)? {
        m @ (Mention::Name(_) | Mention::Phrase(_)) => Some((m, rest[name].text.to_string())),
        Mention::Pronoun(_) => None,
    }
}
