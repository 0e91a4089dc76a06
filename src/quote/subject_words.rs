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

/// "For Rep. X, the answer was simple: “...”", "To Ng, the choice is
/// obvious:": the person a sentence leading into a quote is about, named
/// in its opening "For" or "To" phrase, when what follows the comma is a
/// short description ("the answer was simple") and the colon.
pub(super) fn for_name_colon(toks: &[Token<'_>]) -> Option<super::phrases::Mention> {
    use super::names::{is_name_word, is_title};
    let (first, colon) = (toks.first()?, toks.last()?);
    if !(matches!(first.text, "For" | "To") && colon.is(":")) {
        return None;
    }
    let c = toks.iter().take(7).position(|t| t.is(","))?;
    let name = &toks[1..c];
    let titles = name
        .iter()
        .take_while(|t| t.word && is_title(t.text))
        .count();
    let run = &name[titles..];
    if run.is_empty()
        || run.len() > 3
        || !run.iter().all(|t| t.word && is_name_word(t.text))
        // ("For Democrats, the message was clear:": a party's people.)
        || (titles == 0 && run.len() == 1 && is_group_plural(run[0].text))
    {
        return None;
    }
    let rest = &toks[c + 1..toks.len() - 1];
    if rest.len() > 8 {
        return None;
    }
    let copula = rest
        .iter()
        .position(|t| matches!(t.text, "was" | "is" | "were" | "seemed" | "remained"))?;
    (matches!(
        rest.first()?.text,
        "the" | "it" | "his" | "her" | "their" | "that" | "this"
    ) && copula <= 4
        && rest.iter().all(|t| t.word && !t.cue))
    .then(|| super::phrases::Mention::Name(super::phrases::join(name)))
}

/// "Democrats", "Republicans", "Conservatives": a party's or a people's
/// members, named like a person but many.
fn is_group_plural(w: &str) -> bool {
    matches!(
        w,
        "Democrats"
            | "Republicans"
            | "Conservatives"
            | "Liberals"
            | "Tories"
            | "Greens"
            | "Progressives"
            | "Socialists"
            | "Nationalists"
            | "Independents"
            | "Americans"
            | "Britons"
            | "Canadians"
            | "Australians"
            | "Europeans"
    )
}

/// Verbs of calling someone something: "accused", "branded", "described".
const CALLING: &[&str] = &[
    "accused",
    "called",
    "labelled",
    "labeled",
    "branded",
    "described",
    "dubbed",
    "denounced",
    "mocked",
    "derided",
    "criticised",
    "criticized",
    "attacked",
    "slammed",
    "blasted",
    "termed",
    "hailed",
    "praised",
    "condemned",
    "characterized",
    "characterised",
];

/// "The plan was described by Treasurer Octavia X as “...”", "a bill
/// branded by critics as “...”": the agent of a passive verb of calling,
/// whose words the quote that ends `toks` (right after "as") are.
pub(super) fn passive_agent(toks: &[Token<'_>]) -> Option<super::phrases::Mention> {
    let (last, before) = toks.split_last()?;
    if !last.is("as") {
        return None;
    }
    let by = (before.len().saturating_sub(8)..before.len())
        .rev()
        .find(|&i| i > 0 && before[i].is("by") && CALLING.contains(&before[i - 1].text))?;
    agent_mention(&before[by + 1..])
}

/// Who an agent's words after "by" name ("Treasurer Octavia X", "its
/// critics", "40 economists", "Ainsworth's own party chairman"): a name
/// (titles allowed), or a short phrase that opens in small letters, a
/// figure or a possessive.
pub(super) fn agent_mention(agent: &[Token<'_>]) -> Option<super::phrases::Mention> {
    let named = |t: &Token<'_>| {
        t.word && (super::phrases::is_speaker_name_word(t.text) || super::names::is_title(t.text))
    };
    if !agent.is_empty()
        && agent.iter().all(named)
        && agent.iter().any(|t| !super::names::is_title(t.text))
    {
        return Some(super::phrases::Mention::Name(super::phrases::join(agent)));
    }
    (!agent.is_empty()
        && agent.len() <= 6
        && (!agent[0].text.starts_with(char::is_uppercase)
            || super::phrases::is_possessive(agent[0].text))
        && agent.iter().all(|t| t.word || matches!(t.text, "'" | "’")))
    .then(|| super::phrases::Mention::Phrase(super::phrases::join(agent)))
}

/// "..., after a debate in which members of his own party accused him of
/// running the council “...”", "after critics called him “...”": the words
/// before a quote (from its sentence's start) say that someone other than
/// the sentence's subject called the subject ("him", "her") what is quoted:
/// who did (a short phrase in small letters), or None for someone else
/// unnamed.
pub(super) fn called_by_another(toks: &[Token<'_>]) -> Option<Option<super::phrases::Mention>> {
    let j = (toks.len().saturating_sub(12).max(2)..toks.len())
        .rev()
        .find(|&j| matches!(toks[j].text, "him" | "her") && CALLING.contains(&toks[j - 1].text))?;
    // Who did the calling: the word before the verb, past an auxiliary or
    // an adverb ("have repeatedly called him").
    let end = toks[..j - 1].iter().rposition(|t| {
        !matches!(
            t.text,
            "have"
                | "has"
                | "had"
                | "repeatedly"
                | "openly"
                | "publicly"
                | "once"
                | "also"
                | "even"
        )
    })?;
    let last = &toks[end];
    if !(last.word
        && last.text.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            last.text,
            "he" | "she" | "they" | "who" | "and" | "but" | "then"
        ))
    {
        return None;
    }
    // The phrase from the clause's start ("in which", "after", a comma):
    // "members of his own party", "critics".
    // (At most a dozen words back.)
    let floor = end.saturating_sub(12);
    let start = floor
        + toks[floor..end]
            .iter()
            .rposition(|t| {
                !t.word
                    || matches!(
                        t.text,
                        "which" | "whom" | "after" | "as" | "when" | "while" | "that" | "where"
                    )
            })
            .map_or(0, |k| k + 1);
    let phrase = &toks[start..=end];
    // ("Critics" opening the sentence is its subject.)
    if start == 0 {
        return None;
    }
    // The phrase when it is short and in small letters; else someone
    // unnamed.
    Some(
        (phrase.len() <= 6
            && phrase
                .iter()
                .all(|t| t.word && t.text.starts_with(|c: char| c.is_lowercase())))
        .then(|| super::phrases::Mention::Phrase(super::phrases::join(phrase))),
    )
}
