//! Small readings of a subject's words: a copula that describes it ("was
//! careful"), a noun phrase that ends with its place ("leader in Quebec"),
//! a phrase of time between it and its verb ("on Wednesday", "last
//! week").

use super::lexicon::FUNCTION_WORDS;
use super::tokens::Token;

/// Is `toks[k..]` a copula and the word it describes its subject by ("was
/// careful", "is more direct", "sounded tired")?
pub(super) fn describes(toks: &[Token<'_>], k: usize) -> bool {
    let Some(cop) = toks.get(k) else {
        return false;
    };
    if !matches!(
        cop.text,
        "was" | "is" | "were" | "are" | "seemed" | "sounded" | "remained" | "looked"
    ) {
        return false;
    }
    let mut a = k + 1;
    if toks.get(a).is_some_and(|t| {
        matches!(
            t.text,
            "more" | "less" | "very" | "far" | "quite" | "equally" | "even" | "also" | "visibly"
        )
    }) {
        a += 1;
    }
    // One word, then the sentence's end: "was careful." (not "was in
    // Paris", "was the first to").
    toks.get(a).is_some_and(|t| {
        t.word
            && t.text.starts_with(char::is_lowercase)
            && !FUNCTION_WORDS.contains(&t.lower().as_ref())
            && !t.text.ends_with("ing")
    }) && toks
        .get(a + 1)
        .is_none_or(|t| matches!(t.text, "." | ":" | ";" | "," | "!"))
}

/// Does a noun phrase in small letters end with the place it is of ("leader
/// in Quebec", "mayor of Port Ellis")?
pub(super) fn of_place(np: &[Token<'_>]) -> bool {
    np.iter()
        .position(|t| matches!(t.text, "in" | "of" | "for" | "from" | "at"))
        .is_some_and(|k| {
            k > 0
                && np[..k]
                    .iter()
                    .all(|t| t.text.starts_with(char::is_lowercase))
                && (1..=3).contains(&(np.len() - k - 1))
                && np[k + 1..]
                    .iter()
                    .all(|t| t.text.starts_with(char::is_uppercase))
        })
}

/// Can `w` end a phrase of time ("Wednesday", "week", "night",
/// "yesterday")? A cheap test before [`time_phrase`].
pub(super) fn may_end_time_phrase(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "week",
        "month",
        "year",
        "weekend",
        "morning",
        "afternoon",
        "evening",
        "night",
        "yesterday",
        "today",
        "tonight",
        "earlier",
        "later",
    ];
    (3..=9).contains(&w.len())
        && (ENDS.iter().any(|e| w.eq_ignore_ascii_case(e))
            || (w.starts_with(char::is_uppercase)
                && (is_weekday(w)
                    || crate::words::MONTHS
                        .iter()
                        .any(|m| w.eq_ignore_ascii_case(m)))))
}

/// The length of a phrase of time that opens `toks` ("on Thursday", "on
/// Monday night", "last week", "earlier this month"), or 0.
pub(super) fn time_phrase(toks: &[Token<'_>]) -> usize {
    let lower = |k: usize| toks.get(k).map(|t| crate::words::lower(t.text));
    let is = |k: usize, words: &[&str]| lower(k).is_some_and(|w| words.contains(&w.as_ref()));
    let when = |k: usize| {
        lower(k).is_some_and(|w| {
            crate::words::WEEKDAYS.contains(&w.as_ref())
                || crate::words::MONTHS.contains(&w.as_ref())
        })
    };
    const PARTS: &[&str] = &["morning", "afternoon", "evening", "night"];
    const SPANS: &[&str] = &["week", "month", "year", "weekend"];
    let n = if (is(0, &["on"]) && when(1))
        || (is(0, &["last", "this", "next"]) && (is(1, SPANS) || when(1)))
    {
        2
    } else if is(0, &["earlier", "later"]) && is(1, &["this", "last"]) && is(2, SPANS) {
        3
    } else if is(0, &["yesterday", "today", "tonight", "earlier", "later"]) {
        1
    } else {
        return 0;
    };
    // "on Monday night".
    n + usize::from(is(n, PARTS))
}

pub(super) fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}
