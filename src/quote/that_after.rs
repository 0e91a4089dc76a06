//! Where what was said starts after a speech verb and "that": past a
//! listener ("told reporters that"), a time or place ("said after the
//! game that") or a document ("said in a video posted online that").

use super::phrases::VERBS;
use super::reported_clause::told_listener_clause;
use super::tokens::Token;

/// Words that open a time or place between a speech verb and "that" (and
/// the day names).
const LEAD_INS: &[&str] = &[
    "on",
    "in",
    "at",
    "after",
    "before",
    "during",
    "over",
    "to",
    "last",
    "this",
    "earlier",
    "yesterday",
    "today",
];

/// Where what was said starts when the speech verb at `v` is followed by
/// "that" past a listener or a place and time: "told reporters that ...",
/// "tells the BBC that ..." (never "told him to leave"); "said after the
/// game that ...", "announced over the weekend that ..." (not "said he was
/// sure that ...").
pub(super) fn that_after(toks: &[Token<'_>], v: usize) -> Option<usize> {
    let told = matches!(
        toks[v].lower().as_ref(),
        "told" | "tells" | "telling" | "assured" | "assures"
    );
    // "said in a video posted on her website that": a document
    // and the phrase that describes it (looked for only when "that" is
    // that far).
    let document = || {
        toks[v + 1..]
            .iter()
            .take(4)
            .any(|t| super::documents::is_document(&t.lower()))
    };
    // "told the National Press Club on Wednesday that"; "was told by the
    // committee's chair, Ines Marwood, that".
    toks[v + 1..]
        .iter()
        .take(10)
        .position(|t| t.is("that"))
        .filter(|&k| {
            let between = &toks[v + 1..v + 1 + k];
            // ("said Sunday on Channel 4's 'Week in Review' that": names
            // and the small words of a time or place, however many.)
            let named = between.iter().all(|t| {
                !t.word
                    || t.text
                        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || LEAD_INS.contains(&t.lower().as_ref())
                    || matches!(
                        t.lower().as_ref(),
                        "a" | "an" | "the" | "with" | "interview" | "appearance"
                    )
            });
            k > 0
                && (k < 6 || told || named || document())
                // ("on Sept. 30": a month's dot.)
                // ("told ABC's “This Week” that": a programme's
                // name in quote marks.)
                && between.iter().enumerate().all(|(j, t)| {
                    (t.word
                        && (!t.cue
                            || (j > 0
                                && super::documents::participle_after_document(
                                    between, j,
                                ))))
                        || (t.is(".") && j > 0 && is_month(&between[j - 1].lower()))
                        || ((told || named)
                            && (super::sentence::is_quote_mark(t.text) || t.is("'")))
                        // ("told the regulator, Augustina Pell, that": a
                        // listener and the name beside it.)
                        || (told && t.is(",") && j > 0)
                })
                && (told || {
                    let w = between[0].lower();
                    LEAD_INS.contains(&w.as_ref())
                        || crate::words::WEEKDAYS.contains(&w.as_ref())
                        // "said Sept. 30 that ...".
                        || is_month(&w)
                })
                // Not "told reporters he had secured changes that
                // ...": a clause of its own comes before "that".
                && !between.iter().any(|t| {
                    super::names::is_pronoun(t.text) || VERBS.contains(&t.lower().as_ref())
                })
        })
        .map(|k| v + 2 + k)
        .or_else(|| {
            // "told reporters he would vote against it": a listener,
            // then a clause with a pronoun for its subject (not
            // "told him he was fired": no pronoun listener).
            let k = toks[v + 1..]
                .iter()
                .take(5)
                .position(|t| matches!(t.text, "he" | "she" | "they" | "it" | "we" | "I"))?;
            let between = &toks[v + 1..v + 1 + k];
            (told
                && k > 0
                && between.iter().all(|t| {
                    t.word
                        && !t.cue
                        && !matches!(t.text, "him" | "her" | "them" | "us" | "me" | "you")
                }))
            .then_some(v + 1 + k)
        })
        .or_else(|| {
            told.then(|| told_listener_clause(&toks[v + 1..]))
                .flatten()
                .map(|k| v + 1 + k)
        })
}

/// A month's name or its abbreviation, in lowercase ("september", "sept").
fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}
