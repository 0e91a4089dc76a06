//! Groups and bodies a "they" or an "it" stands for: "Analysts expect
//! ... They say", "as health unions threatened action over what they
//! called “...”", "after the foreign ministry summoned the ambassador over
//! what it called “...”".

use super::lexicon::DETERMINERS;
use super::names;
use super::tokens::Token;

/// The group a sentence opens with as its subject ("Analysts expect ...",
/// "Many residents disagree."), for a "they" in the sentence after it: a
/// plural speaker noun after at most three lowercase words, then a verb.
pub(super) fn group_subject(toks: &[Token<'_>]) -> Option<String> {
    let head = toks
        .iter()
        .take(4)
        .position(|t| t.word && is_group(&t.lower()))?;
    let words = &toks[..=head];
    if words.iter().any(|t| !t.word)
        // ("Several Republican lawmakers", "Many Labour MPs": a party's
        // word may stand with them, and the noun may be an acronym's.)
        || words[1..].iter().any(|t| {
            !t.text.starts_with(|c: char| c.is_lowercase())
                && !names::is_party_word(t.text)
                && !names::is_acronym(t.text.trim_end_matches('s'))
        })
        || words.iter().any(|t| names::is_pronoun(&t.lower()))
    {
        return None;
    }
    // Its verb: a lowercase word that does not go on with the noun phrase
    // ("Analysts at the bank", "Residents who live nearby").
    let next = toks.get(head + 1)?;
    // ("Residents of the Marlow Court tower block said": a place after
    // the noun, then a verb in the past or a speech verb.)
    if matches!(next.text, "of" | "at" | "in" | "from" | "near") {
        let v = (head + 2..toks.len().min(head + 10)).find(|&j| {
            let t = &toks[j];
            t.text.starts_with(|c: char| c.is_lowercase())
                && (t.cue || t.text.ends_with("ed"))
                && !DETERMINERS.contains(&toks[j - 1].lower().as_ref())
        })?;
        // ("Residents near the plant have complained": not "have".)
        let mut v = v;
        while v > head + 2 && super::phrases::is_aux(&toks[v - 1]) {
            v -= 1;
        }
        return toks[head + 2..v]
            .iter()
            .all(|t| t.word)
            .then(|| super::phrases::join(&toks[usize::from(toks[0].is("The"))..v]));
    }
    let verb = next.word
        && next.text.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            next.text,
            "and" | "or" | "on" | "for" | "with" | "who" | "that"
        );
    // ("The teachers voted": "teachers".)
    let words = &words[usize::from(words.len() > 1 && words[0].is("The"))..];
    verb.then(|| words.iter().map(|t| t.text).collect::<Vec<_>>().join(" "))
}

/// A plural noun for people who speak: "analysts", "residents", "police",
/// and a party's members ("Democrats", "Tories").
fn is_group(lower: &str) -> bool {
    matches!(
        lower,
        "people"
            | "police"
            | "staff"
            | "men"
            | "women"
            | "democrats"
            | "republicans"
            | "conservatives"
            | "tories"
            | "liberals"
            | "socialists"
    ) || (lower.ends_with('s') && names::is_speaker_noun(lower))
}

impl super::attrib::Attributor<'_> {
    /// "..., as health unions threatened action over what they called
    /// “...”": a group that is the subject of a verb earlier in the
    /// sentence of `pos` (the last one), with up to two words before its
    /// noun.
    pub(super) fn group_in_sentence(&self, pos: usize) -> Option<String> {
        let (p_start, _) = self.para_bounds(self.paragraph_of(pos));
        let s = self.sentence_start(pos, p_start);
        let toks = self.tokens(s, pos);
        let toks = &toks[toks.len().saturating_sub(40)..];
        (0..toks.len()).rev().find_map(|k| {
            let t = &toks[k];
            let next = toks.get(k + 1)?;
            let verb = next.word
                && next.text.starts_with(|c: char| c.is_lowercase())
                && !names::is_pronoun(next.text)
                && !super::lexicon::FUNCTION_WORDS.contains(&next.lower().as_ref())
                && !matches!(next.text, "and" | "or" | "who" | "that" | "said" | "say");
            if !(t.word && verb && is_group(&t.lower()) && !self.in_span(t.pos)) {
                return None;
            }
            Some(with_description(toks, k))
        })
    }

    /// "... after the foreign ministry summoned the ambassador over what it
    /// called “...”": the body in the same sentence, before `pos`, that
    /// "it" stands for.
    pub(super) fn body_in_sentence(&self, pos: usize) -> Option<String> {
        let (p_start, _) = self.para_bounds(self.paragraph_of(pos));
        let s = self.sentence_start(pos, p_start);
        // (`pos` may be the pronoun's own place: past it.)
        let toks = self.tokens(s, (pos + 3).min(self.text.len()));
        let toks = &toks[toks.len().saturating_sub(40)..];
        // ("what it called", "what it described as": only so.)
        let w = toks
            .windows(2)
            .rposition(|w| w[0].is("what") && w[1].is("it"))
            .filter(|&w| toks.len() - w <= 5)?;
        (1..w).rev().find_map(|k| {
            let (t, next) = (&toks[k], &toks[k + 1]);
            let body = t.word
                && matches!(
                    t.text,
                    "ministry"
                        | "government"
                        | "department"
                        | "company"
                        | "council"
                        | "agency"
                        | "commission"
                        | "committee"
                        | "court"
                        | "party"
                        | "union"
                        | "board"
                        | "authority"
                        | "embassy"
                        | "administration"
                        | "regime"
                        | "army"
                );
            if !(body && next.word && next.text.ends_with("ed") && !self.in_span(t.pos)) {
                return None;
            }
            Some(with_description(toks, k))
        })
    }

    /// The group opening the sentence before the one at `pos` (in the
    /// paragraph before, for a paragraph's first sentence), with where that
    /// sentence ends.
    pub(super) fn group_before(&self, pos: usize) -> Option<(usize, String)> {
        // (From anywhere in a paragraph's first sentence: "“...,” they
        // say." after "Analysts expect ...".)
        let (from, end) = self.sentence_before_where(pos, |_| true)?;
        group_subject(self.tokens(from, end)).map(|g| (end, g))
    }
}

/// The noun at `toks[k]` with up to two words in small letters that
/// describe it before it ("health unions", "foreign ministry").
fn with_description(toks: &[Token<'_>], k: usize) -> String {
    let d = toks[..k]
        .iter()
        .rev()
        .take(2)
        .take_while(|w| {
            w.word
                && w.text.starts_with(|c: char| c.is_lowercase())
                && !super::lexicon::FUNCTION_WORDS.contains(&w.lower().as_ref())
                && !super::lexicon::DETERMINERS.contains(&w.lower().as_ref())
        })
        .count();
    super::phrases::join(&toks[k - d..=k])
}

/// "“...,” it said.": a body speaking of itself, its "it" (the last of
/// `toks[..end]`) alone before the verb or after an opening phrase ("In a
/// statement, it said:", "In a statement it said:", "But it said"). (Not
/// "In reading the paper, it was noted that": "it" before a passive, whose
/// "was" `end` leaves out, stands for nobody.)
pub(super) fn body_itself(toks: &[Token<'_>], end: usize) -> bool {
    toks.get(end.wrapping_sub(1))
        .is_some_and(|last| last.is("it") || last.is("It"))
        && end == toks.len()
        && (end == 1
            || toks[end - 2].is(",")
            || (end <= 8
                && matches!(
                    toks[0].text,
                    "In" | "On" | "Later" | "Earlier" | "But" | "And"
                )
                && toks[..end].iter().all(|t| t.word)))
}
