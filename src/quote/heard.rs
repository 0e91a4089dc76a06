//! Speakers heard on a recording or in a video: "Lindqvist could be heard
//! saying", "a voice identified as Marchbanks' can be heard saying".

use super::names::is_title;
use super::phrases::{Mention, is_aux, is_possessive, is_speaker_name_word, join, plural_mark};
use super::tokens::Token;

/// "Lindqvist could be heard saying", "X was overheard telling": where the
/// speaker's words end before the passive of hearing or seeing and its
/// auxiliaries (`end` when there is none).
pub(super) fn before_heard(toks: &[Token<'_>], mut end: usize) -> usize {
    if end >= 3
        && matches!(
            toks[end - 1].text,
            "heard" | "overheard" | "seen" | "filmed" | "quoted"
        )
        && matches!(
            toks[end - 2].text,
            "be" | "been" | "was" | "were" | "is" | "are"
        )
    {
        end -= 2;
        while end > 0 && (is_aux(&toks[end - 1]) || matches!(toks[end - 1].text, "can" | "been")) {
            end -= 1;
        }
    }
    end
}

/// "A voice identified as Marchbanks'", "a man identified as Ivo Brandt",
/// ending at `end`: the one named, whose voice it is.
pub(super) fn identified_as(toks: &[Token<'_>], end: usize) -> Option<Mention> {
    // (The word is looked for first: most speakers have none.)
    if end < 3
        || !toks[end.saturating_sub(7)..end - 2]
            .iter()
            .any(|t| t.is("identified"))
    {
        return None;
    }
    let mut e = end;
    if plural_mark(toks, e - 1) {
        e -= 1;
    }
    // (The last word may be a possessive: "identified as Marchbanks's".)
    let n = toks[..e]
        .iter()
        .rev()
        .take(4)
        .enumerate()
        .take_while(|(i, t)| {
            t.word
                && is_speaker_name_word(t.text)
                && !is_title(t.text)
                && (*i == 0 || !is_possessive(t.text))
        })
        .count();
    if n == 0 || e - n < 2 || !toks[e - n - 1].is("as") || !toks[e - n - 2].is("identified") {
        return None;
    }
    let name = join(&toks[e - n..e]);
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .map_or_else(|| name.clone(), str::to_string);
    Some(Mention::Name(name))
}
