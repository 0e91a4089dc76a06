//! Attribution shapes beyond "NAME said": a labelling verb ("X called the
//! measure “...”"), a tag with any verb after a quote ("“...,” Kessler shot
//! back."), and the person a sentence is about when no speech verb names
//! anyone ("Vanterpool, campaigning upstate, accused Okonjo of being “...”"),
//! and words that lead into a quote with a colon or a dash ("Ruiz: “...”").

use super::lexicon::{DETERMINERS, FUNCTION_WORDS};
use super::names::{is_pronoun, is_title};
use super::phrases::{
    Mention, backward_speaker, forward_speaker, is_possessive, is_speaker_name_word,
};
use super::tokens::Token;

/// "Pruitt called the measure “a blank check”", "She described it as
/// “...”": a labelling verb a few words before the quote; its subject, a
/// name or a pronoun, is the speaker. `toks` ends where the quote opens.
pub fn labelled_by(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    const LABELS: &[&str] = &[
        "called",
        "calls",
        "dubbed",
        "dubs",
        "branded",
        "brands",
        "labelled",
        "labeled",
        "labels",
        "described",
        "describes",
        "termed",
    ];
    let v = toks
        .iter()
        .rposition(|t| t.word && LABELS.contains(&t.lower().as_ref()))?;
    // "called the idea that farmers would abandon him “...”".
    if toks.len() - v > 12 || toks[v + 1..].iter().any(|t| !t.word) {
        return None;
    }
    // "House Republicans who have called it “...”": the subject of the
    // relative clause.
    let who = toks[v.saturating_sub(4)..v]
        .iter()
        .rposition(|t| t.is("who"))
        .map(|k| v.saturating_sub(4) + k)
        .filter(|&k| {
            toks[k + 1..v].iter().all(|t| {
                matches!(
                    t.text,
                    "have" | "has" | "had" | "long" | "also" | "previously" | "repeatedly"
                )
            })
        });
    match backward_speaker(&toks[..who.unwrap_or(v)])? {
        // Not "what we called “...”": the writer's own words.
        Mention::Pronoun(p) if !matches!(p.as_str(), "he" | "she" | "they") => None,
        m @ (Mention::Name(_) | Mention::Pronoun(_)) => Some((m, toks[v].lower().into_owned())),
        // "in what campaigners called “...”": people named by a noun.
        m @ Mention::Phrase(_) if toks[..v].iter().rev().take(4).any(|t| t.is("what")) => {
            Some((m, toks[v].lower().into_owned()))
        }
        // "One EU diplomat described the mood as “...”": a noun that speaks.
        Mention::Phrase(p)
            if p.rsplit(' ')
                .next()
                .is_some_and(|w| super::names::is_speaker_noun(w) && p.contains(' ')) =>
        {
            Some((Mention::Phrase(p), toks[v].lower().into_owned()))
        }
        Mention::Phrase(_) => None,
    }
}

/// "As Okafor put it, “...”", "As one aide put it: “...”": the speaker
/// between "As" and "put it".
pub fn as_put_it(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let [.., put, it, mark] = toks else {
        return None;
    };
    if !(put.is("put") && it.is("it") && (mark.is(",") || mark.is(":"))) {
        return None;
    }
    let who = &toks[..toks.len() - 3];
    let k = who
        .iter()
        .rposition(|t| t.text.eq_ignore_ascii_case("as"))?;
    if who.len() - k > 8 {
        return None;
    }
    // The whole phrase up to "put": "one board member", not "one board".
    match backward_speaker(&who[k + 1..]).or_else(|| forward_speaker(&who[k + 1..]))? {
        Mention::Pronoun(p) if !matches!(p.as_str(), "he" | "she" | "they") => None,
        m => Some((m, "put it".into())),
    }
}

/// "“That's not a yes,” Kessler shot back.": after a quote, a name or a
/// pronoun and one to three lower-case words end the sentence; the verb is
/// a speech verb whether or not the list knows it.
pub fn tag_after(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    if !toks
        .iter()
        .all(|t| t.word || t.is(".") || t.is(",") || t.is("!") || t.is("?"))
    {
        return None;
    }
    let lower = |t: &Token<'_>| t.text.starts_with(|c: char| c.is_lowercase());
    // The first lower-case word, after at least one other word.
    let v = toks.iter().position(|t| t.word && lower(t))?;
    let verb: Vec<&Token<'_>> = toks[v..].iter().filter(|t| t.word).collect();
    if !toks[..v].iter().any(|t| t.word) || verb.len() > 3 || !verb.iter().all(|t| lower(t)) {
        return None;
    }
    match backward_speaker(&toks[..v])? {
        m @ (Mention::Name(_) | Mention::Pronoun(_)) => Some((m, toks[v].lower().into_owned())),
        Mention::Phrase(_) => None,
    }
}

/// The person a sentence is about, for a quote inside it that no speech
/// verb attributes: "Vanterpool, campaigning upstate, accused Okonjo of
/// being “...”", "At each stop she repeats a line: “...”". `toks` run from
/// the sentence start to the quote. The sentence opens (after a short
/// opening phrase ending in a comma: "At each stop,", "On Friday,") with a
/// name or "he"/"she", then, after an optional apposition between commas, a
/// lower-case word: the verb.
pub fn sentence_subject(toks: &[Token<'_>]) -> Option<Mention> {
    const OPENERS: &[&str] = &[
        "at",
        "on",
        "in",
        "after",
        "before",
        "later",
        "earlier",
        "during",
        "back",
        "still",
        "then",
        "afterward",
        "afterwards",
        "last",
        "this",
        "speaking",
        "since",
        "for",
        "by",
        "outside",
        "inside",
        "privately",
        "meanwhile",
        "elsewhere",
    ];
    // "SACRAMENTO — Gov. X signed ...": past the dateline.
    let toks = super::indirect::after_dateline(toks);
    let mut s = 0;
    if toks
        .first()
        .is_some_and(|t| t.word && OPENERS.contains(&t.lower().as_ref()))
    {
        if let Some(c) = toks.iter().take(10).position(|t| t.is(",")) {
            s = c + 1;
            // "In a post on X, formerly Twitter, Reyes fired back": an
            // aside in small letters goes with the opening phrase.
            if toks.get(s).is_some_and(|t| {
                t.word
                    && t.text.starts_with(char::is_lowercase)
                    && !matches!(t.lower().as_ref(), "he" | "she")
            }) && let Some(d) = toks[s..].iter().take(5).position(|t| t.is(","))
                && toks[s..s + d].iter().all(|t| t.word)
            {
                s += d + 1;
            }
        } else {
            // "At each stop she repeats": no comma before a pronoun.
            s = toks
                .iter()
                .take(6)
                .position(|t| t.word && matches!(t.lower().as_ref(), "he" | "she"))
                .filter(|&k| {
                    toks[1..k]
                        .iter()
                        .all(|t| t.word && !is_speaker_name_word(t.text))
                })?;
        }
    }
    let verb_ok = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.word
                && t.text.starts_with(|c: char| c.is_lowercase())
                && !FUNCTION_WORDS.contains(&t.lower().as_ref())
        })
    };
    let first = toks.get(s)?;
    // "A senior Democratic aide put it bluntly: “...”": an unnamed speaker,
    // when the sentence leads into the quote with a colon.
    if toks.last().is_some_and(|t| t.is(":"))
        && matches!(first.lower().as_ref(), "a" | "an" | "one")
        && let Some(n) = toks[s..]
            .iter()
            .take(6)
            .position(|t| t.word && super::names::is_speaker_noun(t.text) && !t.text.ends_with('s'))
        && toks[s + 1..s + n].iter().all(|t| t.word)
        && verb_ok(s + n + 1)
    {
        return match backward_speaker(&toks[s..=s + n])? {
            m @ Mention::Phrase(_) => Some(m),
            _ => None,
        };
    }
    if first.word && matches!(first.lower().as_ref(), "he" | "she") {
        return verb_ok(s + 1).then(|| Mention::Pronoun(first.lower().into_owned()));
    }
    // "Her chief of staff, Devon Marsh, read a statement: “...”", "Labour's
    // shadow chancellor, Owen Pryce, accused her of “...”": the name in the
    // apposition to a described subject.
    if first.word
        && (super::lexicon::DETERMINERS.contains(&first.lower().as_ref())
            || (is_possessive(first.text) && is_speaker_name_word(first.text)))
        && let Some(c) = toks[s..].iter().take(7).position(|t| t.is(","))
        && c >= 2
        // "Her Republican opponent,": a capitalised word may describe the
        // noun, which is in small letters.
        && toks[s + 1..s + c].iter().all(|t| t.word)
        && toks[s + c - 1].text.starts_with(|ch: char| ch.is_lowercase())
    {
        // "Her challenger, state Sen. Brandon Tully,": a title before the name.
        let a = s + c + 1;
        let a = a + toks[a..]
            .iter()
            .take(3)
            .take_while(|t| {
                t.word
                    && (is_title(t.text) || t.text.starts_with(|ch: char| ch.is_lowercase()))
                    && !FUNCTION_WORDS.contains(&t.lower().as_ref())
            })
            .count();
        let n = toks[a..]
            .iter()
            .take(5)
            .take_while(|t| t.word && is_speaker_name_word(t.text))
            .count();
        return ((1..=4).contains(&n)
            && toks.get(a + n).is_some_and(|t| t.is(","))
            && verb_ok(a + n + 1)
            && !toks[a + n + 1..].iter().any(|t| t.cue))
        .then(|| Mention::Name(super::phrases::join(&toks[a..a + n])));
    }
    // "Outside the court, protesters held banners reading “...”": people
    // named by a plural noun.
    if first.word
        && first.text.starts_with(char::is_lowercase)
        && first.text.ends_with('s')
        && super::names::is_speaker_noun(first.text)
        && verb_ok(s + 1)
        && !toks[s + 1..].iter().any(|t| t.cue)
    {
        return Some(Mention::Phrase(first.text.to_string()));
    }
    // "Opposition parties in the region, which voted against the motion,
    // accused the president of “...”": a group named by a plural noun after
    // a capitalised word.
    if first.word
        && first.text.starts_with(char::is_uppercase)
        && let Some(noun) = toks.get(s + 1)
        && noun.word
        && noun.text.starts_with(char::is_lowercase)
        && noun.text.ends_with('s')
        && super::names::is_speaker_noun(noun.text)
    {
        let mut v = s + 2;
        if toks
            .get(v)
            .is_some_and(|t| matches!(t.text, "in" | "of" | "from" | "at"))
        {
            v += toks[v..].iter().take(5).position(|t| !t.word)?;
        }
        if toks.get(v).is_some_and(|t| t.is(","))
            && toks
                .get(v + 1)
                .is_some_and(|t| matches!(t.text, "which" | "who"))
        {
            v += 2 + toks[v + 1..].iter().take(15).position(|t| t.is(","))?;
        }
        if verb_ok(v) && !toks[v..].iter().any(|t| t.cue) {
            return Some(Mention::Phrase(super::phrases::join(&toks[s..=s + 1])));
        }
    }
    // "The mayor of Holbrook has vowed ..., calling them '...'": an office
    // as the subject, which the name that bears it may answer.
    if (first.is("The") || (s > 0 && first.is("the")))
        && let Some(n) = (s + 1..(s + 4).min(toks.len()))
            .take_while(|&k| toks[k].word && toks[k].text.starts_with(char::is_lowercase))
            .find(|&k| super::roles::is_role(toks[k].text))
    {
        let of_place = toks.get(n + 1).is_some_and(|t| t.is("of"))
            && toks
                .get(n + 2)
                .is_some_and(|t| is_speaker_name_word(t.text));
        let mut verb = if of_place { n + 3 } else { n + 1 };
        // "has vowed".
        if toks
            .get(verb)
            .is_some_and(|t| super::phrases::VERBS.contains(&t.text))
        {
            verb += 1;
        }
        return (verb_ok(verb) && !toks[verb..].iter().any(|t| t.cue))
            .then(|| Mention::Phrase(super::phrases::join(&toks[s..=n])));
    }
    let mut i = s;
    while toks
        .get(i)
        .is_some_and(|t| t.word && (is_speaker_name_word(t.text) || is_title(t.text)))
    {
        i += 1;
    }
    // "Opposition leader Naledi Byrne accused": a description in small
    // letters between a capitalised word and the full name.
    if i == s + 1
        && let d = toks[i..]
            .iter()
            .take(2)
            .take_while(|t| {
                t.word
                    && t.text.starts_with(char::is_lowercase)
                    && (is_title(t.text) || super::names::is_occupation(t.text))
            })
            .count()
        && d > 0
        && let n = toks[i + d..]
            .iter()
            .take(4)
            .take_while(|t| t.word && is_speaker_name_word(t.text))
            .count()
        && n >= 2
    {
        i += d + n;
    }
    // "Saltonstall's campaign called the ad “...”": a named person's
    // campaign, office or spokesman speaks for them.
    if i > s
        && is_possessive(toks[i - 1].text)
        && toks.get(i).is_some_and(|t| {
            t.word
                && t.text.starts_with(char::is_lowercase)
                && (super::names::is_speaker_noun(t.text) || t.text == "camp")
        })
        && verb_ok(i + 1)
        && !toks[i + 1..].iter().any(|t| t.cue)
    {
        return Some(Mention::Phrase(super::phrases::join(&toks[s..=i])));
    }
    // A name, not "Trump's comments" or "Monday".
    if i == s
        || toks[s..i].iter().all(|t| is_title(t.text))
        || is_possessive(toks[i - 1].text)
        || is_pronoun(toks[i - 1].text)
    {
        return None;
    }
    let (subject_end, verb) = if toks.get(i).is_some_and(|t| t.is(",")) {
        // "Vanterpool, campaigning in the Lehigh Valley the same day, accused".
        let close = toks[i + 1..].iter().take(18).position(|t| t.is(","))?;
        (i + close + 2, i + close + 2)
    } else {
        // "Gov. X on Thursday signed", "X last week called": when.
        (i, i + time_phrase(&toks[i..]))
    };
    // "... a recording in which Marsh could be heard telling a colleague
    // that Pulaski “...”": a speech verb of its own, someone else speaks.
    if !verb_ok(verb) || toks[verb..].iter().any(|t| t.cue) {
        return None;
    }
    match backward_speaker(&toks[s..subject_end])? {
        m @ Mention::Name(_) => Some(m),
        _ => None,
    }
}

/// "The union's president, Keisha Monroe, called the offer “an insult” and
/// said the union would stay out “...”", "X declined to comment but said
/// ... “...”": a speech verb joined by "and" or "but" has the `sentence`'s
/// subject for speaker. `before` are the words between the
/// previous quote (or the sentence start) and this one.
pub fn joined_verb(sentence: &[Token<'_>], before: &[Token<'_>]) -> Option<(Mention, String)> {
    let k = before
        .windows(2)
        .position(|w| (w[0].is("and") || w[0].is("but")) && w[1].cue)?;
    let n = sentence.partition_point(|t| t.pos < before[k].pos);
    // "An Ostrava spokesman declined to comment on its orders but said":
    // a described subject, as reported speech finds it.
    let m = sentence_subject(&sentence[..n])
        .or_else(|| super::sentence::opening_subject(sentence, n))?;
    Some((m, before[k + 1].lower().into_owned()))
}

/// "according to a statement from Speaker Lydia Tran's office": who
/// issued the document, not the document.
pub fn source_of<'t, 'a>(toks: &'t [Token<'a>]) -> &'t [Token<'a>] {
    const DOCUMENTS: &[&str] = &[
        "statement",
        "release",
        "letter",
        "post",
        "filing",
        "memo",
        "email",
        "transcript",
    ];
    match toks {
        [det, doc, by, rest @ ..]
            if DETERMINERS.contains(&det.lower().as_ref())
                && DOCUMENTS.contains(&doc.text)
                && matches!(by.text, "from" | "by" | "of") =>
        {
            match rest {
                [the, after @ ..] if the.is("the") => after,
                _ => rest,
            }
        }
        _ => toks,
    }
}

/// "HALVORSEN: “...”", "SEN. PRUITT: “...”": a transcript's or fact
/// check's label in capitals, as a name ("Halvorsen"); short all-capital
/// words stay as written ("NATO"). "UPDATE:", "WATCH:" are labels that
/// name no one (`Some(None)`); `None` when `body` is no label in capitals.
pub(super) fn caps_label(body: &[Token<'_>]) -> Option<Option<Mention>> {
    #[rustfmt::skip]
    const NOT_SPEAKERS: &[&str] = &[
        "UPDATE", "UPDATED", "WATCH", "BREAKING", "READ", "VIDEO", "PHOTOS", "LISTEN", "EXCLUSIVE",
        "OPINION", "ANALYSIS", "NOTE", "CORRECTION", "FACTS", "LIVE", "MORE", "RELATED", "ALSO",
    ];
    if body.is_empty()
        || body.len() > 3
        || !body.iter().all(|t| {
            t.word
                && t.text.chars().count() >= 2
                && t.text
                    .chars()
                    .all(|c| c.is_uppercase() || c == '.' || c == '\'' || c == '-')
        })
    {
        return None;
    }
    if body
        .iter()
        .any(|t| NOT_SPEAKERS.contains(&t.text) || FUNCTION_WORDS.contains(&t.lower().as_ref()))
    {
        return Some(None);
    }
    let words: Vec<String> = body
        .iter()
        .filter(|t| !is_title(t.text))
        .map(|t| {
            if t.text.chars().count() < 5 {
                return t.text.to_string();
            }
            let lower = t.lower();
            let mut cs = lower.chars();
            cs.next()
                .map(|c| c.to_uppercase().chain(cs).collect())
                .unwrap_or_default()
        })
        .collect();
    Some((!words.is_empty()).then(|| Mention::Name(words.join(" "))))
}

/// "Ruiz: “...”"; "The chair was blunt about it: “...”" (the subject
/// speaks); a dash as well: "Dame Helen Corder was scathing — “...”". The
/// speaker of words that end in a colon or a dash before a quote.
pub fn led_in_by_mark(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    if let Some(mark) = toks.last().filter(|t| t.is(":") || t.is("—") || t.is("–")) {
        let mark = mark.text;
        if mark == ":"
            && let Some(label) = caps_label(&toks[..toks.len() - 1])
        {
            return label.map(|m| (m, mark.into()));
        }
        if let Some(m) = backward_speaker(&toks[..toks.len() - 1]) {
            return Some((m, mark.into()));
        }
        const LINKS: &[&str] = &[
            "was",
            "is",
            "were",
            "are",
            "put",
            "had",
            "has",
            "gave",
            "made",
            "summed",
            "kept",
            "sounded",
            "got",
            "struck",
            "seemed",
            "went",
            "took",
            "offered",
            "spelled",
            "spelt",
            // "Sen. Carla Nguyen issued a statement after the ruling:".
            "issued",
            "released",
            "posted",
            "published",
            "sent",
            "delivered",
        ];
        let subject_end = toks
            .iter()
            .take(16)
            .position(|t| t.word && LINKS.contains(&t.lower().as_ref()));
        if let Some(k) = subject_end
            && let Some(m) = backward_speaker(&toks[..k])
            && !matches!(m, Mention::Phrase(_))
        {
            return Some((m, mark.into()));
        }
        // "Rep. Angela Torres shot back:": a name, then one to three
        // lower-case words up to the colon.
        let body = &toks[..toks.len() - 1];
        let verb_at = body.len().saturating_sub(3).max(1);
        if let Some(k) = (verb_at..body.len()).find(|&k| {
            body[k..]
                .iter()
                .all(|t| t.word && t.text.starts_with(|c: char| c.is_lowercase()))
        }) && let Some(m) = backward_speaker(&body[..k])
            && matches!(m, Mention::Name(_))
            && body[..k].iter().all(|t| t.word || t.is("."))
        {
            return Some((m, mark.into()));
        }
    }
    None
}

/// The sentence just after a quote that names who said it by pointing back
/// at it: "That was the answer from the work and pensions secretary, X",
/// "Those were the words of X", "That is how X put it", "With those words,
/// X tried ...", "So said X". `toks` is that sentence.
pub fn back_reference(toks: &[Token<'_>]) -> Option<Mention> {
    let t0 = toks.first()?;
    let t1 = toks.get(1)?;
    let name_at = |k: usize| match forward_speaker(toks.get(k..)?) {
        Some(m @ Mention::Name(_)) => Some(m),
        // "the work and pensions secretary, X": the name after the comma.
        _ => {
            let rest = &toks[k..];
            let comma = rest.iter().take(8).position(|t| t.is(","))?;
            if rest[..comma].iter().any(|t| !t.word) {
                return None;
            }
            match forward_speaker(&rest[comma + 1..])? {
                m @ Mention::Name(_) => Some(m),
                _ => None,
            }
        }
    };
    match (t0.text, t1.text) {
        // "“...,” — that was how one voter, X, put it."
        ("That" | "This" | "Those" | "Such" | "that" | "this", "was" | "is" | "were") => {
            // "That is how X put it".
            if toks.get(2).is_some_and(|t| t.is("how")) {
                return name_at(3);
            }
            let k = toks
                .iter()
                .take(8)
                .position(|t| matches!(t.text, "from" | "of" | "by"))?;
            name_at(k + 1)
        }
        // "With those words, X ...", "With that, X ...".
        ("With", "those" | "these" | "that" | "this") => {
            let comma = toks.iter().take(5).position(|t| t.is(","))?;
            name_at(comma + 1)
        }
        ("So", "said") => name_at(2),
        _ => None,
    }
}

/// The length of a phrase of time that opens `toks` ("on Thursday", "on
/// Monday night", "last week", "earlier this month"), or 0.
fn time_phrase(toks: &[Token<'_>]) -> usize {
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
