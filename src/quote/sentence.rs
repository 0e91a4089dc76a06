//! The speaker a sentence names around its speech verb: "Oduya said",
//! "according to X", "..., insisting", "with a top official saying".

use super::lexicon::DETERMINERS;
use super::names::{self, is_title};
use super::phrases::{Mention, VERBS, backward_speaker, forward_speaker, is_speaker_name_word};
use super::tokens::Token;

/// The speaker in a window of words before a quote, or in a sentence.
pub fn speaker_in(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    // "according to NAME", unless a speech verb with its speaker comes
    // first ("he said, according to the paper").
    let according = toks
        .windows(2)
        .position(|w| {
            w[0].text.eq_ignore_ascii_case("according") && w[1].text.eq_ignore_ascii_case("to")
        })
        .and_then(|k| forward_speaker(super::shapes::source_of(&toks[k + 2..])).map(|m| (k, m)));
    for (v, t) in toks.iter().enumerate() {
        if let Some((k, m)) = &according
            && *k <= v
        {
            return Some((m.clone(), "according to".into()));
        }
        // "who asked not to be named": no speech.
        if !t.cue || (t.is("asked") && toks.get(v + 1).is_some_and(|n| n.is("not"))) {
            continue;
        }
        // "Audience members laughed when he urged voters, “...”": a laugh
        // tags a quote; a speech verb after it introduces this one.
        if matches!(t.text, "laughed" | "sighed") && toks[v + 1..].iter().any(|x| x.cue) {
            continue;
        }
        if let Some(m) = backward_speaker(&toks[..v]) {
            return Some((m, t.lower().into_owned()));
        }
        // "..., with a top official saying the move was “...”".
        if t.text.ends_with("ing")
            && let Some(w) = toks[..v].iter().rposition(|x| x.is("with"))
            && v - w <= 6
            && let Some(m) = backward_speaker(&toks[w + 1..v])
        {
            return Some((m, t.lower().into_owned()));
        }
        // Inverted: "said NAME" (only right at the start of the window); not
        // a participle: in "“...”, saying he trusted the courts" "he" is
        // what was said.
        if toks[..v].iter().all(|x| !x.word)
            && !t.text.ends_with("ing")
            && let Some(m) = forward_speaker(&toks[v + 1..])
        {
            return Some((m, t.lower().into_owned()));
        }
        // "Judge Samuel Ortiz dissented, writing that ...": after a comma, a
        // participle's speaker is the name that opens the sentence.
        if v > 1
            && toks[v - 1].is(",")
            && t.text.ends_with("ing")
            && let Some(m) = opening_subject(toks, v)
        {
            return Some((m, t.lower().into_owned()));
        }
    }
    if let Some((_, m)) = according {
        return Some((m, "according to".into()));
    }
    super::shapes::led_in_by_mark(toks)
}

/// The speaker that opens a sentence whose verb at `v` hangs on its first
/// clause ("Judge Samuel Ortiz dissented, writing ...", "The immigration
/// minister has defended the rules, insisting ...", "She declined to
/// comment but said ..."): a name, a noun phrase, or a pronoun.
pub(super) fn opening_subject(toks: &[Token<'_>], v: usize) -> Option<Mention> {
    // The name words that open it; none after a determiner ("Several
    // smaller districts ... declined to sign, saying ...").
    let name_run = |from: usize| {
        toks.get(from..).map_or(0, |rest| {
            rest.iter()
                .take_while(|x| x.word && (is_speaker_name_word(x.text) || is_title(x.text)))
                .count()
        })
    };
    let mut k = if toks
        .first()
        .is_some_and(|t| DETERMINERS.contains(&t.lower().as_ref()))
    {
        0
    } else {
        name_run(0)
    };
    // "Opposition leader Carl Berg hit out ..., saying ...": a role noun
    // between name words goes on to the name after it.
    while k > 0
        && k < v
        && toks[k].word
        && names::is_speaker_noun(toks[k].text)
        && name_run(k + 1) > 0
    {
        k += 1 + name_run(k + 1);
    }
    if k > 0 {
        backward_speaker(&toks[..k])
    } else if let Some(h) = subject_phrase_end(&toks[..v]) {
        super::nouns::noun_phrase_before(toks, h)
    } else {
        forward_speaker(&toks[..1]).filter(|m| matches!(m, Mention::Pronoun(_)))
    }
}

/// Where the subject ends in a sentence that opens with a determiner and a
/// noun ("The immigration minister has defended"): at its first verb
/// (an auxiliary, or a past tense in "-ed"), within eight words.
fn subject_phrase_end(toks: &[Token<'_>]) -> Option<usize> {
    let first = toks.first()?;
    if !DETERMINERS.contains(&first.lower().as_ref()) {
        return None;
    }
    let h = toks.iter().take(8).position(|t| {
        t.word
            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
            && (VERBS.contains(&t.text) || t.text.ends_with("ed"))
    })?;
    if h >= 2 && names::is_speaker_noun(toks[h - 1].text) {
        return Some(h);
    }
    // "The mayor of Holbrook has vowed": the noun before "of".
    (1..h.saturating_sub(1))
        .find(|&n| {
            names::is_speaker_noun(toks[n].text)
                && matches!(toks[n + 1].lower().as_ref(), "of" | "for" | "in")
        })
        .map(|n| n + 1)
}

/// How many tokens a live blog's time stamp and dash take at the start of
/// a paragraph ("10:32 p.m. — Fairbrother took the stage"), or a dash
/// alone: the subject comes after them. 0 when there is no dash.
pub(super) fn after_stamp(toks: &[Token<'_>]) -> usize {
    let dash = |t: &Token<'_>| matches!(t.text, "—" | "–" | "-");
    let stamp = |t: &Token<'_>| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                t.text,
                ":" | "."
                    | "a.m."
                    | "p.m."
                    | "am"
                    | "pm"
                    | "AM"
                    | "PM"
                    | "GMT"
                    | "BST"
                    | "ET"
                    | "PT"
            )
    };
    // Most sentences open with a word: nothing to skip.
    if !toks
        .first()
        .is_some_and(|t| dash(t) || t.text.starts_with(|c: char| c.is_ascii_digit()))
    {
        return 0;
    }
    let n = toks.iter().take(6).take_while(|t| stamp(t)).count();
    if toks.get(n).is_some_and(dash) {
        n + 1
    } else {
        0
    }
}
