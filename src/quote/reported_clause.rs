//! Where a reported clause starts and ends: past a dateline, after a
//! listener ("told jurors the ..."), before the main verb when the speech
//! is reported inside the subject's relative clause, and before what
//! follows it in its sentence (a contrast, "adding that ...", "according
//! to ...", an aside on it, a closing tag).

use super::clause_start::FINITE;
use super::tokens::Token;

/// "Sheriff X, who had said that his office would not enforce it,
/// responded ...": speech reported in a relative clause inside the
/// subject (the verb at `v` of `toks`) ends where the sentence's own verb
/// comes, after the comma that closes it.
pub(super) fn in_subject_relative<'t, 'a>(
    toks: &[Token<'a>],
    v: usize,
    clause: &'t [Token<'a>],
) -> &'t [Token<'a>] {
    let relative = toks[..v.min(10)]
        .windows(2)
        .any(|w| w[0].is(",") && w[1].is("who"));
    if !relative {
        return clause;
    }
    let verb_after_comma = clause.windows(2).rposition(|w| {
        w[0].is(",")
            && w[1].word
            && (w[1].text.ends_with("ed")
                || matches!(
                    w[1].text,
                    "is" | "was"
                        | "has"
                        | "had"
                        | "says"
                        | "said"
                        | "told"
                        | "wrote"
                        | "took"
                        | "won"
                        | "lost"
                        | "left"
                        | "went"
                        | "came"
                        | "spoke"
                ))
    });
    verb_after_comma.map_or(clause, |k| &clause[..k])
}

/// `clause` without the dateline that opens a story's first sentence
/// ("WASHINGTON (Reuters) - ", "DES MOINES, Iowa (AP) — "): a place in
/// capitals, maybe a state and an agency in brackets, then a dash.
pub(super) fn after_dateline<'t, 'a>(clause: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let place =
        |t: &Token<'_>| t.word && t.text.len() >= 2 && t.text.chars().all(|c| !c.is_lowercase());
    // "Johannesburg - A veteran MP ...": a place in small letters, when
    // the dash follows it at once and a capital opens the sentence after.
    let capital = |t: &Token<'_>| t.word && t.text.starts_with(char::is_uppercase);
    let in_small = clause.first().is_some_and(capital)
        && clause
            .get(1)
            .is_some_and(|t| matches!(t.text, "-" | "—" | "–"))
        && clause.get(2).is_some_and(capital);
    if !clause.first().is_some_and(place) && !in_small {
        return clause;
    }
    // "NEW DELHI: Union Minister X on Monday defended ...": a place in
    // capitals and a colon, then the sentence (not "NAME: “...”").
    if let Some(c) = clause.iter().take(4).position(|t| t.is(":"))
        && c > 0
        && clause[..c].iter().all(place)
        && clause.get(c + 1).is_some_and(capital)
    {
        return &clause[c + 1..];
    }
    let dash = clause
        .iter()
        .take(12)
        .position(|t| matches!(t.text, "-" | "—" | "–"));
    match dash {
        // ("ANKARA, Dec 5 (World Wire) —": a day's number too.)
        Some(d)
            if clause[..d].iter().all(|t| {
                !t.word || capital(t) || t.text.starts_with(|c: char| c.is_ascii_digit())
            }) =>
        {
            &clause[d + 1..]
        }
        _ => clause,
    }
}

/// "told the meeting the company had already cut ...", "told jurors the
/// instruction came ...": after "told", a listener of a few words (no
/// preposition, no object pronoun: not "told him the truth"), then a clause
/// opened by a determiner whose verb (an auxiliary or a past tense) follows
/// within four words. The clause's index in `after` (the words after
/// "told").
pub(super) fn told_listener_clause(after: &[Token<'_>]) -> Option<usize> {
    const CLAUSE_OPENERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "our"];
    const PAST: &[&str] = &[
        "came", "went", "knew", "thought", "took", "gave", "made", "saw", "began", "grew", "fell",
        "rose", "left", "kept", "felt", "found", "paid", "sold", "won", "lost", "ran", "broke",
    ];
    let is_verb = |t: &Token<'_>| {
        FINITE.contains(&t.text)
            || PAST.contains(&t.text)
            || (t.text.ends_with("ed") && t.text.starts_with(char::is_lowercase))
    };
    (1..5).find(|&k| {
        after
            .get(k)
            .is_some_and(|t| CLAUSE_OPENERS.contains(&t.text))
            && after[..k].iter().all(|t| {
                t.word
                    && !t.cue
                    && !matches!(
                        t.lower().as_ref(),
                        "him"
                            | "her"
                            | "them"
                            | "us"
                            | "me"
                            | "you"
                            | "it"
                            | "of"
                            | "in"
                            | "on"
                            | "at"
                            | "about"
                            | "to"
                            | "for"
                            | "with"
                            | "that"
                            | "what"
                            | "how"
                            | "why"
                            | "when"
                            | "where"
                            | "who"
                            | "and"
                            | "or"
                    )
            })
            && after[k + 1..]
                .iter()
                .take(4)
                .position(is_verb)
                .is_some_and(|j| {
                    j >= 1
                        && after[k + 1..k + 1 + j].iter().all(|t| {
                            t.word && !super::lexicon::FUNCTION_WORDS.contains(&t.lower().as_ref())
                        })
                })
    })
}

/// "Managers have warned that winter will be worse, two people familiar
/// with the talks said.": the clause a speech verb reports ends before
/// the comma of a tag that closes the sentence (its own speaker and verb,
/// then a few words at most), which says who told of it.
pub(super) fn before_closing_tag<'t, 'a>(clause: &'t [Token<'a>]) -> &'t [Token<'a>] {
    // (Most clauses hold no speech verb of their own: nothing to look at.)
    let Some(v) = clause.iter().rposition(|t| t.cue) else {
        return clause;
    };
    let Some(k) = clause[..v].iter().rposition(|t| !t.word) else {
        return clause;
    };
    let tag = &clause[k + 1..v];
    let after = &clause[v + 1..];
    if k >= 4
        && clause[k].is(",")
        && (1..=8).contains(&tag.len())
        && after.iter().filter(|t| t.word).count() <= 4
        && after
            .iter()
            .all(|t| t.word || matches!(t.text, "." | "!" | "?"))
        && super::phrases::backward_speaker(tag).is_some()
    {
        &clause[..k]
    } else {
        clause
    }
}

/// A reported clause without a contrast that reports someone else's words
/// ("the charge would drive shoppers away, while environmental groups said
/// ..."): up to the comma before "while" or "whereas" when a speech verb
/// follows.
pub(super) fn before_contrast<'t, 'a>(clause: &'t [Token<'a>]) -> &'t [Token<'a>] {
    let clause = match contrast(clause) {
        Some(k) if clause[k..].iter().any(|t| t.cue) => &clause[..k],
        _ => clause,
    };
    // "... was “never acceptable,” adding that ...": a second report, by
    // a speech verb's participle after a comma, is no part of the first
    // (a closing mark after the comma stays with the quoted words).
    let clause = match (3..clause.len()).find_map(|v| {
        let t = &clause[v];
        (t.cue && t.text.ends_with("ing"))
            .then(|| comma_before(clause, v))
            .flatten()
            .filter(|&k| k >= 2)
            .map(|k| (k, v))
    }) {
        Some((k, v)) if k + 2 == v => &clause[..v],
        Some((k, _)) => &clause[..k],
        None => clause,
    };
    // "..., according to two people in the room.": who told of it, after
    // the clause.
    let clause = match clause
        .windows(3)
        .position(|w| w[0].is(",") && w[1].is("according") && w[2].is("to"))
    {
        Some(k) => &clause[..k],
        None => clause,
    };
    // "..., a figure the union disputes": what others make of the clause.
    // "..., two people familiar with the talks said": who told of it.
    match clause.iter().enumerate().skip(4).find(|&(k, t)| {
        t.is(",")
            && clause
                .get(k + 1)
                .is_some_and(|a| matches!(a.text, "a" | "an"))
            && clause
                .get(k + 2)
                .is_some_and(|n| super::word_kinds::is_verdict_noun(n.text))
    }) {
        Some((k, _)) => &clause[..k],
        None => before_closing_tag(clause),
    }
}

/// Where ", while" or ", whereas" stands in `toks` (at its comma).
pub(super) fn contrast(toks: &[Token<'_>]) -> Option<usize> {
    toks.windows(2)
        .position(|w| w[0].is(",") && matches!(w[1].text, "while" | "whereas"))
}

/// Where the comma just before token `v` of `toks` stands, when there is
/// one: right before it, or inside a closing mark ("“...,” adding").
pub(super) fn comma_before(toks: &[Token<'_>], v: usize) -> Option<usize> {
    let before = toks.get(v.checked_sub(1)?)?;
    if before.is(",") {
        return Some(v - 1);
    }
    (v >= 2
        && !before.word
        && before.text.chars().all(super::attrib::is_close)
        && toks[v - 2].is(","))
    .then(|| v - 2)
}
