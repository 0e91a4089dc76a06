//! Kinds of words around a speaker: party tags ("R-Idaho"), participles of
//! how one spoke ("speaking on condition of anonymity"), adverbs of time
//! that open a sentence ("Later the minister said"), the words that open a
//! clause of time or a phrase of place after a verb ("shot back when ...")
//! and the nouns for what someone said ("those words").

use super::tokens::Token;

/// A party and a state or county: "R-Idaho", "D-N.Y", "I-Vt".
pub(super) fn is_party_state(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 4 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// A participle that opens an aside on how a speaker spoke ("speaking on
/// condition of anonymity", "writing on social media").
pub(super) fn is_manner_of_speaking(w: &str) -> bool {
    matches!(
        w,
        "speaking"
            | "writing"
            | "talking"
            | "addressing"
            | "responding"
            | "replying"
            | "reacting"
            | "appearing"
            | "testifying"
            | "posting"
            | "commenting"
    )
}

/// `toks` past an adverb of time that opens the sentence with no comma
/// after it ("Later the minister said", "Then a spokesman said"): no part
/// of the subject.
pub(super) fn past_opening_adverb<'t, 'a>(toks: &'t [Token<'a>]) -> &'t [Token<'a>] {
    match toks {
        [adverb, det, rest @ ..]
            if !rest.is_empty()
                && matches!(
                    adverb.text,
                    "Later" | "Then" | "Afterwards" | "Afterward" | "Earlier" | "Meanwhile"
                )
                && matches!(
                    det.text,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its"
                ) =>
        {
            &toks[1..]
        }
        _ => toks,
    }
}

/// Words that open a clause of time or a phrase of place after a verb and
/// its particle ("X shot back when ...", "said those words as he ...").
pub(super) fn opens_time_or_place(w: &str) -> bool {
    matches!(
        w,
        "when" | "as" | "after" | "before" | "while" | "during" | "at" | "in" | "on" | "to"
    )
}

/// The nouns for someone's words ("Those words, from X", "The remarks of
/// X", "said those comments as ...").
pub(super) fn is_words_noun(w: &str) -> bool {
    matches!(w, "words" | "remarks" | "comments" | "remark" | "comment")
}

/// Nouns for what others make of a claim, in an aside after it: "...,
/// a figure the union disputes", "..., a charge she denies".
pub(super) fn is_verdict_noun(w: &str) -> bool {
    matches!(
        w,
        "figure"
            | "claim"
            | "charge"
            | "assertion"
            | "allegation"
            | "accusation"
            | "estimate"
            | "characterization"
            | "characterisation"
            | "number"
    )
}
