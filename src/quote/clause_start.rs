//! Does the text after a speech verb open a reported clause ("said the
//! plan was dead"), or is it the verb's object ("denied the charges")?

use super::phrases::VERBS;
use super::tokens::Token;

/// Verbs that make a clause of the words they stand in.
#[rustfmt::skip]
pub(super) const FINITE: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "must", "can", "had", "has", "have",
    "is", "are", "was", "were", "did", "does", "do",
];

/// Can `clause`, right after the speech verb `cue` with no "that", be what
/// was said? Not a verb ("Residents who testified were opposed") or a
/// preposition ("wrote to his agent"), and after
/// a verb that takes an object ("conceded the race", "announced a plan",
/// "denied the charges") only a pronoun opens one ("conceded he was wrong").
pub(super) fn opens_clause(cue: &Token<'_>, clause: &[Token<'_>]) -> bool {
    let Some(first) = clause.first() else {
        return false;
    };
    let w = first.lower();
    // "wrote to his agent every week": a preposition opens no clause; but
    // "said about 30,000 people took part": "about" before a number.
    let about_a_number = w.as_ref() == "about"
        && clause.get(1).is_some_and(|n| {
            n.text.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    n.lower().as_ref(),
                    "half" | "two" | "three" | "four" | "five" | "six" | "ten" | "twenty"
                )
        });
    // "shouted as the Prime Minister returned": a clause of time or cause
    // says when or why, not what ("said before the vote the bill would
    // pass" still reports, with a time phrase first).
    // "said goodbye to his staff", "said yes to the plan": a word said, no
    // clause ("no" opens one: "said no warning had been ignored").
    if matches!(
        w.as_ref(),
        "goodbye" | "hello" | "farewell" | "thanks" | "sorry" | "grace" | "yes"
    ) {
        return false;
    }
    if VERBS.contains(&w.as_ref())
        || (matches!(
            w.as_ref(),
            "to" | "about" | "of" | "for" | "with" | "from" | "into" | "by"
        ) && !about_a_number)
        || matches!(
            w.as_ref(),
            "as" | "while" | "whenever" | "until" | "because"
        )
    {
        return false;
    }
    // "warned their managers about cracks": a listener, then what the
    // warning was about, no clause ("warned people to stay away" reports
    // what they were told to do).
    // "urged calm before the vote": what was urged, no clause ("urged both
    // sides to return" and "urged that ..." report speech).
    if matches!(cue.lower().as_ref(), "urged" | "urges")
        && !clause
            .iter()
            .take(10)
            .any(|t| matches!(t.text, "to" | "that"))
    {
        return false;
    }
    if matches!(
        cue.lower().as_ref(),
        "warned" | "warns" | "cautioned" | "cautions"
    ) && clause
        .iter()
        .take(4)
        .take_while(|t| t.word)
        .any(|t| matches!(t.text, "about" | "of" | "against"))
    {
        return false;
    }
    #[rustfmt::skip]
    const TAKE_OBJECTS: &[&str] = &[
        "announced", "announces", "confirmed", "confirms", "denied", "denies", "admitted",
        "admits", "revealed", "reveals", "acknowledged", "acknowledges", "conceded", "concedes",
        "declared", "declares", "recalled", "recalls", "predicted", "predicts", "tweeted",
        "tweets", "noted", "notes", "stressed", "stresses", "observed", "countered", "added",
        "adds", "wrote", "writes", "claimed", "claims", "claiming", "emphasised", "emphasized",
        // "argued the case for an inquiry".
        "argued", "argues",
        // "explained the rules to the new members".
        "explained", "explains",
    ];
    !TAKE_OBJECTS.contains(&cue.lower().as_ref())
        || super::names::is_pronoun(first.text)
        || matches!(w.as_ref(), "there" | "it" | "you" | "this" | "these")
        || clause
            .iter()
            .take(7)
            .skip(1)
            // "wrote The Long Harbour, Ford created": not past a comma;
            // "acknowledged the problem in a written response included in
            // the report": nor past a preposition, after which an "-ed"
            // word describes the noun; "claimed victory as the House
            // concluded ...": nor past a word that opens a clause of time
            // or cause, whose verb is that clause's.
            .take_while(|t| {
                !t.is(",")
                    && !matches!(
                        t.text,
                        "in" | "on"
                            | "at"
                            | "with"
                            | "by"
                            | "of"
                            | "from"
                            | "for"
                            | "over"
                            | "as"
                            | "after"
                            | "before"
                            | "when"
                            | "while"
                            | "because"
                            | "since"
                            | "during"
                    )
            })
            // "announced the U.S. will provide ...": a verb of its own soon
            // after; not one after "and" ("conceded defeat and pledged to
            // support ...": a second verb of the speaker's).
            .scan(first, |prev, t| Some((std::mem::replace(prev, t), t)))
            .any(|(prev, t)| {
                // ("announced a new integrated alarm system": after "a",
                // an "-ed" word right after another word of the noun
                // phrase describes the noun; "announced a deal had been
                // reached" and "recalled a man who never stopped working"
                // have verbs of their own.)
                let ed = t.text.ends_with("ed")
                    && (!matches!(w.as_ref(), "a" | "an")
                        || prev.text.ends_with("ly")
                        || matches!(
                            prev.text,
                            "who"
                                | "that"
                                | "which"
                                | "never"
                                | "had"
                                | "has"
                                | "have"
                                | "was"
                                | "were"
                                | "been"
                                | "not"
                                | "just"
                                | "also"
                                | "always"
                        ));
                t.word
                    && (FINITE.contains(&t.lower().as_ref()) || ed)
                    && !matches!(prev.text, "and" | "but" | "or" | "then")
            })
}

/// The first word after the speech verb at `v` that may open its clause:
/// past a time ("said on Tuesday", "said Thursday night"), where or how it
/// was said ("said in a letter to her office that", "said privately
/// that", "wrote separately to say") and a listener before "that"
/// ("warned ministers that").
pub(super) fn past_when_and_where(toks: &[Token<'_>], v: usize) -> usize {
    let mut c = v + 1;
    // "pointed out that ...", "shot back that ...": the verb's particle.
    if toks.get(c).is_some_and(|t| {
        (t.is("out") && toks[v].is("pointed"))
            || (t.is("back") && matches!(toks[v].text, "shot" | "fired" | "hit"))
    }) {
        c += 1;
    }
    // "said on Tuesday that ...", "said in a statement that ...", "said only that ..."
    const TIME: &[&str] = &[
        "night",
        "week",
        "morning",
        "evening",
        "afternoon",
        "statement",
        "interview",
        "a",
        "an",
        "the",
        "last",
        "this",
        "meeting",
    ];
    // "said Thursday it would ...", "said Tuesday night that ...".
    if toks.get(c).is_some_and(|t| {
        let w = t.lower();
        crate::words::WEEKDAYS.contains(&w.as_ref())
            || matches!(w.as_ref(), "yesterday" | "today" | "tonight")
    }) {
        c += 1;
        if toks
            .get(c)
            .is_some_and(|t| matches!(t.text, "night" | "morning" | "evening" | "afternoon"))
        {
            c += 1;
        }
    }
    if c < toks.len()
        && matches!(
            toks[c].lower().as_ref(),
            "on" | "in" | "at" | "last" | "this" | "only" | "also"
        )
    {
        c += 1;
        while c < toks.len() && c < v + 6 && {
            let w = toks[c].lower();
            TIME.contains(&w.as_ref()) || crate::words::WEEKDAYS.contains(&w.as_ref())
        } {
            c += 1;
        }
    }
    // "said in a letter to her office that ...", "said outside court
    // that ...": past the document and who it went to, or a place, up
    // to "that".
    if toks.get(c).is_some_and(|t| {
        matches!(
            t.text,
            "letter"
                | "email"
                | "post"
                | "memo"
                | "note"
                | "message"
                | "filing"
                | "speech"
                | "outside"
                | "after"
                | "during"
                | "from"
        )
    }) && let Some(k) = toks[c + 1..]
        .iter()
        .take(8)
        .position(|t| t.is("that") || !t.word)
        .filter(|&k| toks[c + 1 + k].is("that"))
    {
        c += 1 + k;
    }
    // "said privately that ...", "wrote separately to say ...".
    if toks.get(c).is_some_and(|t| t.text.ends_with("ly"))
        && toks.get(c + 1).is_some_and(|t| t.is("that") || t.is("to"))
    {
        c += 1;
    }
    if toks.get(c).is_some_and(|t| t.is("to")) && toks.get(c + 1).is_some_and(|t| t.is("say")) {
        c += 2;
    }
    // "warned ministers that ...", "assured the committee that ...": a
    // listener, then "that".
    if matches!(
        toks[v].text,
        "warned" | "warns" | "assured" | "reminded" | "informed" | "advised" | "urged"
    ) && let Some(k) = toks[c..]
        .iter()
        .take(5)
        .position(|t| t.is("that") || !t.word)
        .filter(|&k| k > 0 && toks[c + k].is("that"))
    {
        c += k;
    }
    c
}

/// Words that open a phrase or clause before a sentence's subject ("When
/// it was her turn, X ...", "At a hustings on Thursday, X ...").
pub(super) fn opens_with_phrase(word: &str) -> bool {
    opens_clause_of_time(word)
        || matches!(
            word,
            "At" | "On"
                | "In"
                | "During"
                | "Later"
                | "Earlier"
                | "Inside"
                | "Outside"
                | "Beside"
                | "Behind"
                | "Across"
                | "Around"
                | "Throughout"
                | "Within"
                | "Amid"
                | "Despite"
                | "As"
                | "With"
                | "Without"
                | "Following"
                | "By"
                | "From"
                | "Back"
                | "Meanwhile"
                | "Elsewhere"
                | "Separately"
                | "Afterwards"
                | "Then"
                | "Still"
                | "However"
                | "Instead"
                | "Yesterday"
                | "Today"
        )
}

/// Conjunctions that open a clause of time, cause or condition ("When",
/// "Because", "If").
fn opens_clause_of_time(word: &str) -> bool {
    matches!(
        word,
        "When"
            | "While"
            | "Once"
            | "Although"
            | "Though"
            | "Because"
            | "Until"
            | "After"
            | "Before"
            | "Since"
            | "If"
    )
}

/// "Later that same day", "In a statement on Tuesday", "For much of the
/// year": a phrase of time or place before a comma and "X said", which is
/// no clause of what was said. It opens with such a word and holds no
/// comma, and no verb that a clause would ("will", "is", "voted") unless
/// its first word makes it a clause of time or cause.
pub(super) fn is_opening_phrase_only(clause: &[Token<'_>]) -> bool {
    let Some(first) = clause.first() else {
        return false;
    };
    // ("After the votes were counted": a clause of time, verb or not.)
    let subordinate = opens_clause_of_time(first.text);
    (opens_with_phrase(first.text) || matches!(first.text, "For" | "Late" | "Over" | "Last"))
        && !clause.iter().any(|t| {
            t.is(",")
                || (!subordinate
                    && t.word
                    && (FINITE.contains(&crate::words::lower(t.text).as_ref())
                        || t.text.ends_with("ed")))
        })
}

/// Verbs that take an object ("posted a loss", "reiterated its support",
/// "responded at the end of the debate", "testified before the
/// committee"): only "that" makes what follows them reported speech.
pub(super) fn reports_only_after_that(verb: &str) -> bool {
    matches!(
        verb,
        "posted"
            | "written"
            | "answered"
            | "answers"
            | "texted"
            | "boasted"
            | "boasts"
            | "lamented"
            | "laments"
            | "recounted"
            | "recounts"
            | "mused"
            | "muses"
            | "elaborated"
            | "commented"
            | "comments"
            | "reiterated"
            | "reiterates"
            | "asking"
            | "wonders"
            | "responded"
            | "responds"
            | "testified"
            | "testifies"
    )
}
