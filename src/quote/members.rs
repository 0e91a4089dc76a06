//! People named with a body: "Gideon Marsh of Carrow Economics",
//! "China's ambassador to Britain Liu Xiaming" (the body's words before
//! the person's name).

use super::given::is_given_name;
use super::names::is_title;
use super::phrases::{Mention, is_speaker_name_word, join};
use super::tokens::Token;

/// How many of a name run's first words name a body, not the person after
/// it: the words before a given name or an initial, leaving at least two
/// ("European Union Gordon Sondland", "Britain Liu Xiaming").
pub(super) fn body_words(run: &[Token<'_>]) -> usize {
    run.iter()
        .take_while(|t| !is_given_name(t.text) && !super::names::is_initials(t.text))
        .count()
        .min(run.len().saturating_sub(2))
}

/// A noun for someone sent to a country or a body: "ambassador to".
pub(super) fn is_envoy(word: &str) -> bool {
    matches!(
        crate::words::lower(word).as_ref(),
        "ambassador" | "envoy" | "representative" | "emissary" | "delegate" | "consul"
    )
}

/// Where the name starts in the run of name words `toks[b..end]` after
/// "ambassador to (the)": past the words of the country or body ("China's
/// ambassador to Britain Liu Xiaming").
pub(super) fn past_envoy_body(toks: &[Token<'_>], b: usize, end: usize) -> usize {
    let p = if b >= 1 && toks[b - 1].is("the") {
        b - 1
    } else {
        b
    };
    if end >= b + 3 && p >= 2 && toks[p - 1].is("to") && is_envoy(toks[p - 2].text) {
        b + body_words(&toks[b..end])
    } else {
        b
    }
}

/// "Gideon Marsh of Carrow Economics said", "Desmond Okafor of the
/// Institute for Public Affairs said" (the scan may stop at a link word
/// inside the institution's name): the person before the institution,
/// when `toks[d]`, the start of the small words before the name that ends
/// `toks`, is a link word.
pub(super) fn person_of_body(
    toks: &[Token<'_>],
    d: usize,
    starts_clause: impl Fn(usize) -> bool,
) -> Option<Mention> {
    if !matches!(toks[d].text, "of" | "at" | "from" | "for" | "and") {
        return None;
    }
    let mut p = d;
    for _ in 0..3 {
        let n = toks[..p]
            .iter()
            .rev()
            .take(4)
            .take_while(|t| t.word && is_speaker_name_word(t.text) && !is_title(t.text))
            .count();
        // "Sen. Wade Tillerson of Montana said": titles may open it.
        // (A short title's dot too: "Sen. Beauregard X of South
        // Carolina".)
        let mut t = p - n;
        while t > 0
            && (is_title(toks[t - 1].text)
                || (t >= 2 && toks[t - 1].is(".") && is_title(toks[t - 2].text)))
        {
            t -= 1;
        }
        // "Political scientist Henrike Osterloh of ...": a
        // description in small letters may open the sentence.
        let mut u = t;
        // ("Former chief of the defence staff Lord Ashby of
        // Wendover": up to six.)
        // ("Plaintiffs' lawyer Simone Achterberg of ...": past a plural's
        // possessive mark and its word.)
        while u > 0 && t - u < 6 {
            if toks[u - 1].word && toks[u - 1].text.starts_with(char::is_lowercase) {
                u -= 1;
            } else if u >= 2 && super::phrases::plural_mark(toks, u - 1) {
                u -= 2;
            } else {
                break;
            }
        }
        // "Republican Sen. Lachlan X of Oklahoma said": the party's word
        // before a title.
        if u == t && t < p - n && t > 0 && super::names::is_party_word(toks[t - 1].text) {
            u = t - 1;
        }
        // "Lord Ashby of Wendover said", "Dr Okafor of the
        // institute said": one name word after a title.
        if ((2..=3).contains(&n) || (n == 1 && t < p - n))
            && matches!(toks[p].text, "of" | "at" | "from")
            && (starts_clause(t)
                || (u < t && (starts_clause(u) || (u <= 1 && toks[..u].iter().all(|x| x.word)))))
        {
            return Some(Mention::Name(join(&toks[p - n..p])));
        }
        // "Henrike Osterloh of the University of Aldstadt said": the
        // institution's own name may hold "of".
        let Some(k) = (p.saturating_sub(6)..p).rev().find(|&k| {
            matches!(toks[k].text, "of" | "at" | "from")
                && (k + 1..p).all(|i| {
                    let t = &toks[i];
                    (t.word
                        && (t.text.starts_with(char::is_uppercase)
                            || matches!(t.text, "the" | "of" | "and" | "for")))
                        || super::phrases::owner_mark(toks, i)
                })
        }) else {
            break;
        };
        p = k;
    }
    None
}

/// "Karin Lutz of the state university said": where the link word stands
/// before a body named in small letters ("of the state university", "at
/// a think tank"), when the words after it end `toks`.
pub(super) fn small_body_link(toks: &[Token<'_>]) -> Option<usize> {
    let last = toks.last()?;
    if !(last.word && is_small_body(last.text)) {
        return None;
    }
    let det = (toks.len().saturating_sub(5)..toks.len() - 1)
        .rev()
        .find(|&i| matches!(toks[i].text, "the" | "a" | "an" | "its" | "their"))?;
    // (A place's name may qualify it: "at a London think tank".)
    // (And a plural's possessive mark: "the farmers' union".)
    let words = (det + 1..toks.len()).all(|i| toks[i].word || super::phrases::plural_mark(toks, i));
    (words && det >= 3 && matches!(toks[det - 1].text, "of" | "at" | "from")).then(|| det - 1)
}

/// A body's noun in small letters: "university", "ministry", "think tank".
fn is_small_body(w: &str) -> bool {
    matches!(
        w,
        "university"
            | "institute"
            | "ministry"
            | "department"
            | "party"
            | "union"
            | "council"
            | "bank"
            | "company"
            | "firm"
            | "group"
            | "agency"
            | "campaign"
            | "charity"
            | "commission"
            | "committee"
            | "school"
            | "hospital"
            | "college"
            | "foundation"
            | "association"
            | "federation"
            | "tank"
            | "organisation"
            | "organization"
            | "centre"
            | "center"
            | "board"
            | "coalition"
            | "alliance"
            | "network"
            | "chamber"
    )
}
