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

/// "X's pledge to “...”", "the governor's promise to “...”", "directives
/// from President X to “...”", "a request by X to “...”": what a noun for
/// a thing said or asked (a pledge, a vow, a call, an order) quotes after
/// "to" is its owner's words.
pub fn pledged_to(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let [rest @ .., last, to] = toks else {
        return None;
    };
    if !to.is("to") {
        return None;
    }
    // "directives from President X to": the name after "from" or "by".
    if last.word && last.text.starts_with(char::is_uppercase) {
        let near = rest.len().saturating_sub(6);
        let p = near
            + rest[near..]
                .iter()
                .rposition(|t| t.is("from") || t.is("by"))?;
        let noun = rest.get(p.checked_sub(1)?)?;
        if !is_pledge_noun(noun.text) {
            return None;
        }
        let name = &toks[p + 1..toks.len() - 1];
        return match forward_speaker(name)? {
            m @ Mention::Name(_) if name.iter().all(|t| t.word) => Some((m, noun.text.into())),
            _ => None,
        };
    }
    if !is_pledge_noun(last.text) {
        return None;
    }
    // "X's pledge", "X's repeated vow": the owner, one word at most before
    // the noun.
    let k = match rest {
        [.., owner] if super::phrases::is_possessive(owner.text) => rest.len() - 1,
        [.., owner, adj]
            if super::phrases::is_possessive(owner.text)
                && adj.word
                && adj.text.starts_with(char::is_lowercase) =>
        {
            rest.len() - 2
        }
        _ => return None,
    };
    let owner = super::phrases::owner_of(rest[k].text)?;
    let cue = last.text.to_string();
    // "the governor's pledge": the office.
    if owner.starts_with(char::is_lowercase) {
        let the = rest.get(k.checked_sub(1)?)?;
        return (the.text.eq_ignore_ascii_case("the") && super::roles::is_role(owner))
            .then(|| (Mention::Phrase(format!("the {owner}")), cue));
    }
    // "Opposition leader Ines X's promise": the name words before it, past
    // a title.
    let mut from = k;
    while from > 0
        && k - from < 4
        && rest[from - 1].word
        && super::names::is_name_word(rest[from - 1].text)
        && !super::names::is_title(rest[from - 1].text)
    {
        from -= 1;
    }
    let mut name = super::phrases::join(&rest[from..k]);
    if !name.is_empty() {
        name.push(' ');
    }
    name.push_str(owner);
    (person_like(&name) && name.split(' ').all(super::phrases::is_speaker_name_word))
        .then_some((Mention::Name(name), cue))
}

/// Nouns for a thing said or asked that "to" and a quote may follow.
fn is_pledge_noun(w: &str) -> bool {
    matches!(
        w,
        "pledge"
            | "pledges"
            | "promise"
            | "promises"
            | "vow"
            | "vows"
            | "call"
            | "calls"
            | "demand"
            | "demands"
            | "request"
            | "requests"
            | "order"
            | "orders"
            | "directive"
            | "directives"
            | "instruction"
            | "instructions"
            | "threat"
            | "threats"
            | "appeal"
            | "appeals"
            | "plea"
            | "pleas"
            | "command"
            | "commands"
            | "invitation"
            | "warning"
            | "warnings"
    )
}
