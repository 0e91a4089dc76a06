//! Attribution shapes beyond "NAME said": a labelling verb ("X called the
//! measure “...”"), a tag with any verb after a quote ("“...,” Kessler shot
//! back."), and the person a sentence is about when no speech verb names
//! anyone ("Vanterpool, campaigning upstate, accused Okonjo of being “...”").
//! (Words that lead into a quote with a colon or a dash are in
//! `lead_in`.)

use super::attrib::is_close_or_open;
use super::lexicon::DETERMINERS;
use super::phrases::{Mention, backward_speaker, forward_speaker};
pub use super::sentence_subject::sentence_subject;
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
    // "He was described by the party's chairman as “...”": the agent.
    if toks.get(v + 1).is_some_and(|t| t.is("by")) {
        let m = super::subject_words::passive_agent(toks)?;
        return Some((m, toks[v].lower().into_owned()));
    }
    // "called the idea that farmers would abandon him “...”"; "called it
    // not a car crash, but “...”": a comma before "but" too.
    let comma_before_but =
        |i: usize| toks[i].is(",") && toks.get(i + 1).is_some_and(|n| n.is("but"));
    if toks.len() - v > 12 || (v + 1..toks.len()).any(|i| !toks[i].word && !comma_before_but(i)) {
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
    // ("... by the governor, who called it “...”": the phrase before the
    // comma.)
    let mut end = who.map_or(v, |k| {
        if k > 0 && toks[k - 1].is(",") {
            k - 1
        } else {
            k
        }
    });
    // "The post, which has since been deleted, described ... as “...”":
    // the document before the aside, whose author speaks.
    if who.is_none()
        && end > 3
        && toks[end - 1].is(",")
        && let Some(c) = toks[end.saturating_sub(16)..end - 1]
            .iter()
            .rposition(|t| t.is(","))
            .map(|k| end.saturating_sub(16) + k)
        && toks.get(c + 1).is_some_and(|t| t.is("which"))
    {
        end = c;
    }
    let document = super::phrases::join(&toks[..end]);
    if super::documents::document_noun(&document).is_some() {
        return Some((Mention::Phrase(document), toks[v].lower().into_owned()));
    }
    // "... summoned the ambassador over what it called “...”": the body
    // "it" stands for, found when it is resolved.
    if v >= 2 && toks[v - 1].is("it") && toks[v - 2].is("what") {
        return Some((Mention::Pronoun("it".into()), toks[v].lower().into_owned()));
    }
    // ("posts that a colleague called “...”": the noun phrase the clause
    // opens with, as after ", who".)
    let found =
        backward_speaker(&toks[..end]).or_else(|| super::phrases::noun_phrase_ending(&toks[..end]));
    // ("a move their leader called “...”": the clause's own subject, from
    // its possessive.)
    let found = found.map(|m| match m {
        Mention::Phrase(p) => {
            let words: Vec<&str> = p.split(' ').collect();
            let own = (1..words.len().saturating_sub(1))
                .rfind(|&i| matches!(words[i], "his" | "her" | "their" | "its" | "our"));
            Mention::Phrase(own.map_or(p.clone(), |i| words[i..].join(" ")))
        }
        m => m,
    });
    match found? {
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
    who_put_it(&who[k + 1..])
}

/// Who the words between "as" and "put it" name: the whole phrase ("one
/// board member", not "one board"), or a personal pronoun.
fn who_put_it(words: &[Token<'_>]) -> Option<(Mention, String)> {
    match backward_speaker(words).or_else(|| forward_speaker(words))? {
        Mention::Pronoun(p) if !matches!(p.as_str(), "he" | "she" | "they") => None,
        m => Some((m, "put it".into())),
    }
}

/// "“People here know the name,” as Rosalind Etherington, the current
/// holder, put it.": after a quote, "as" and who put it so.
pub fn put_it_after(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let (first, rest) = toks.split_first()?;
    if !first.is("as") {
        return None;
    }
    // (Within 12 words: "as" and a name with its apposition.)
    let put = rest
        .iter()
        .take(12)
        .position(|t| t.is("put"))
        .filter(|&p| p > 0 && rest.get(p + 1).is_some_and(|t| t.is("it")))?;
    who_put_it(&rest[..put])
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
    // "“...,” it read.": a document, which the sentence before names.
    if let [it, read, ..] = &toks[usize::from(toks.first().is_some_and(|t| t.is(",")))..]
        && it.is("it")
        && matches!(read.text, "read" | "reads")
        && toks.iter().filter(|t| t.word).count() == 2
    {
        return Some((Mention::Pronoun("it".into()), read.text.to_string()));
    }
    if let Some(m) = super::verbless::was_response(toks) {
        return Some(m);
    }
    let lower = |t: &Token<'_>| t.text.starts_with(|c: char| c.is_lowercase());
    // The first lower-case word, after at least one other word.
    let v = toks.iter().position(|t| t.word && lower(t))?;
    // "“...,” he begins.": "he" or "she" and a verb of any kind (a verb
    // of speech is found before this), the sentence ending there.
    if toks[..v].iter().all(|t| !t.word) && matches!(toks[v].text, "he" | "she") {
        let verb: Vec<&Token<'_>> = toks[v + 1..].iter().filter(|t| t.word).collect();
        let ends = toks[v + 1..]
            .iter()
            .filter(|t| !t.word)
            .all(|t| t.is(".") || t.is("!"));
        // ("she shot back", "he cut in": a verb and its particle.)
        let particle = |t: &Token<'_>| matches!(t.text, "back" | "in" | "up" | "out" | "on");
        let one_verb = verb.len() == 1 || (verb.len() == 2 && particle(verb[1]));
        return (one_verb && lower(verb[0]) && ends).then(|| {
            (
                Mention::Pronoun(toks[v].text.to_string()),
                verb[0].lower().into_owned(),
            )
        });
    }
    // "“...,” X shot back when a heckler interrupted her.", "X fired back
    // during the debate": the verb's words end where a clause of time or
    // a phrase of place opens.
    let end = toks[v + 1..]
        .iter()
        .take(3)
        .position(|t| super::word_kinds::opens_time_or_place(t.text))
        .map_or(toks.len(), |k| v + 1 + k);
    let verb: Vec<&Token<'_>> = toks[v..end].iter().filter(|t| t.word).collect();
    if !toks[..v].iter().any(|t| t.word) || verb.len() > 3 || !verb.iter().all(|t| lower(t)) {
        return None;
    }
    match backward_speaker(super::phrases::before_verb(toks, v))? {
        m @ (Mention::Name(_) | Mention::Pronoun(_)) => Some((m, toks[v].lower().into_owned())),
        Mention::Phrase(_) => None,
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

/// The sentence just after a quote that names who said it by pointing back
/// at it: "That was the answer from the work and pensions secretary, X",
/// "Those were the words of X", "That is how X put it", "With those words,
/// X tried ...", "So said X". `toks` is that sentence.
pub fn back_reference(toks: &[Token<'_>]) -> Option<Mention> {
    let t0 = toks.first()?;
    let t1 = toks.get(1)?;
    let name_at = |k: usize| {
        let rest = toks.get(k..)?;
        // "the work and pensions secretary, X", "the Cabinet Secretary,
        // Dame Judith X": the name after the comma.
        let apposition = || {
            let comma = rest.iter().take(8).position(|t| t.is(","))?;
            if rest[..comma].iter().any(|t| !t.word) {
                return None;
            }
            match forward_speaker(&rest[comma + 1..])? {
                m @ Mention::Name(_) => Some(m),
                _ => None,
            }
        };
        if rest.first().is_some_and(|t| t.is("the"))
            && let Some(m) = apposition()
        {
            return Some(m);
        }
        match forward_speaker(rest) {
            Some(m @ Mention::Name(_)) => Some(m),
            _ => apposition(),
        }
    };
    match (t0.text, t1.text) {
        // "“...,” — that was how one voter, X, put it."
        ("That" | "This" | "Those" | "Such" | "that" | "this", "was" | "is" | "were") => {
            // "That is how X put it".
            if toks.get(2).is_some_and(|t| t.is("how")) {
                return name_at(3);
            }
            match toks
                .iter()
                .take(8)
                .position(|t| matches!(t.text, "from" | "of" | "by"))
            {
                Some(k) => name_at(k + 1),
                // "That was opposition leader Maria X, asked about ...": the
                // person named right after, by a full name (not "That was
                // X's view", "That was Britain in 1990").
                // (The name's own words, to a comma: "That was Benedikt
                // X, the council's longest-serving member".)
                None if !toks[2..]
                    .iter()
                    .take(6)
                    .take_while(|t| !t.is(","))
                    .any(|t| super::phrases::is_possessive(t.text)) =>
                {
                    name_at(2).filter(|m| matches!(m, Mention::Name(n) if n.contains(' ')))
                }
                None => None,
            }
        }
        // "With those words, X ...", "With that, X ...".
        ("With", "those" | "these" | "that" | "this") => {
            let comma = toks.iter().take(6).position(|t| t.is(","))?;
            // ("With those four words, delivered to a packed hall on
            // Saturday, state Sen. X ended ...": past the phrase that says
            // where they were said.)
            let lower = |k: usize| {
                toks.get(k)
                    .is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase))
            };
            let comma = match toks[comma + 1..].iter().take(16).position(|t| t.is(",")) {
                Some(c) if lower(comma + 1) => comma + 1 + c,
                _ => comma,
            };
            name_at(comma + 1)
        }
        // "Those words, from Senate candidate X, opened a rally ...".
        ("Those" | "These" | "That" | "This", noun)
            if super::word_kinds::is_words_noun(noun)
                && toks.get(2).is_some_and(|t| t.is(","))
                && toks.get(3).is_some_and(|t| matches!(t.text, "from" | "by")) =>
        {
            name_at(4)
        }
        // "The words of X, a 23-year-old student, were repeated ...".
        ("The", noun)
            if super::word_kinds::is_words_noun(noun)
                && toks.get(2).is_some_and(|t| t.is("of")) =>
        {
            name_at(3).filter(|m| matches!(m, Mention::Name(n) if n.contains(' ')))
        }
        // "“...,” came the reply from opposition leader X."
        ("came" | "comes", "the")
            if toks.get(2).is_some_and(|t| is_speech_noun(t.text))
                && toks.get(3).is_some_and(|t| t.is("from")) =>
        {
            name_at(4)
        }
        ("So", "said") => name_at(2),
        // "“...” was how X described it": the words after the quote.
        ("was" | "is", "how") => name_at(2),
        // "That warning came from Dr. X, a surgeon ...".
        ("That" | "This" | "The", noun)
            if (is_speech_noun(noun)
                || matches!(noun, "comment" | "remark" | "appeal" | "words"))
                && toks
                    .get(2)
                    .is_some_and(|t| matches!(t.text, "came" | "comes")) =>
        {
            let k = toks.iter().take(6).position(|t| t.is("from"))?;
            name_at(k + 1)
        }
        _ => None,
    }
}

/// Nouns for what someone said, which a colon then quotes ("Her answer:
/// “...”").
fn is_speech_noun(w: &str) -> bool {
    matches!(
        w,
        "answer"
            | "reply"
            | "response"
            | "reasoning"
            | "message"
            | "verdict"
            | "advice"
            | "explanation"
            | "argument"
            | "warning"
            | "conclusion"
            | "assessment"
            | "retort"
            | "plea"
            | "promise"
            | "prediction"
            | "excuse"
            | "defence"
            | "defense"
            | "pitch"
            | "rebuttal"
            | "riposte"
    )
}

/// A sentence that names what someone said and quotes it after a colon,
/// with no speech verb: "His reasoning was simple: “...”", "Her answer:
/// “...”", "Ellery's verdict was harsh: “...”", "The message from the
/// budget office was blunt: “...”", "The treasury's response came late
/// on Tuesday, in a two-line statement: “...”". `toks` run from the
/// sentence's start to the quote.
pub fn speech_noun_colon(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let [body @ .., colon] = toks else {
        return None;
    };
    // ("... a bad deal.” Her message to the unions: “...”": a sentence
    // starts after its full stop, before the mark that closes the quote.)
    let body = match body {
        [mark, rest @ ..] if !mark.word && is_close_or_open(mark.text) => rest,
        _ => body,
    };
    if !colon.is(":") || body.len() > 16 || body.iter().any(|t| t.cue || is_close_or_open(t.text)) {
        return None;
    }
    // "But his answer", "And the message".
    let body = match body {
        [c, rest @ ..] if matches!(c.text, "But" | "And" | "Yet") => rest,
        _ => body,
    };
    let said = || "said".to_string();
    let noun_at = |k: usize| body.get(k).is_some_and(|t| is_speech_noun(&t.lower()));
    match body {
        // "Ellery's verdict".
        [owner, ..]
            if let Some(o) = super::phrases::owner_of(owner.text)
                && super::names::is_name_word(o)
                && noun_at(1) =>
        {
            Some((Mention::Name(o.to_string()), said()))
        }
        // "The treasury's response".
        [the, owner, ..]
            if the.is("The")
                && let Some(o) = super::phrases::owner_of(owner.text)
                && o.starts_with(char::is_lowercase)
                && noun_at(2) =>
        {
            Some((Mention::Phrase(format!("the {o}")), said()))
        }
        // "His reasoning", "Her blunt answer".
        [owner, ..] if matches!(owner.text, "His" | "Her") => {
            let noun = (1..3).find(|&k| noun_at(k))?;
            body[1..noun]
                .iter()
                .all(|t| t.word && t.text.starts_with(char::is_lowercase))
                .then(|| {
                    let p = if owner.is("His") { "he" } else { "she" };
                    (Mention::Pronoun(p.into()), said())
                })
        }
        // "The message from the budget office was blunt".
        [the, _, from, rest @ ..]
            if the.is("The") && noun_at(1) && matches!(from.text, "from" | "of") =>
        {
            // ("The message from Gov. X to lawmakers on Monday was blunt":
            // the speaker ends where whom it was for or when begins.)
            let n = rest
                .iter()
                .position(|t| {
                    !t.word
                        || matches!(
                            t.text,
                            "was"
                                | "is"
                                | "came"
                                | "had"
                                | "has"
                                | "to"
                                | "on"
                                | "at"
                                | "in"
                                | "this"
                                | "last"
                                | "after"
                        )
                })
                .unwrap_or(rest.len());
            if n == 0 || n > 6 {
                return None;
            }
            let who = &rest[..n];
            match backward_speaker(who) {
                Some(m @ Mention::Name(_)) => Some((m, said())),
                _ => matches!(who[0].text, "the" | "a" | "an")
                    .then(|| (Mention::Phrase(super::phrases::join(who)), said())),
            }
        }
        _ => None,
    }
}

/// "..., a move the Opposition called “...”", "in what critics called
/// “...”": the quote is what the clause's own subject, right before the
/// verb, called something, whoever the sentence is about.
pub(super) fn called_by(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    let [.., verb] = toks else {
        return None;
    };
    if !matches!(verb.text, "called" | "dubbed" | "termed" | "branded") {
        return None;
    }
    let mut v = toks.len() - 1;
    // ("a figure Rep. X, R-Eastvale, called": past the party's tag.)
    if v >= 4
        && toks[v - 1].is(",")
        && toks[v - 3].is(",")
        && super::phrases::is_party_state(toks[v - 2].text)
    {
        v -= 3;
    }
    // (The last six words only: a long window is not read back for a
    // comma.)
    let from = v.saturating_sub(6);
    let c = from
        + toks[from..v]
            .iter()
            .rposition(|t| t.is(",") || matches!(t.text, "what" | "which" | "that"))?;
    // Past the thing so called ("a move", "a promise that").
    let mut j = c + 1;
    if v > j + 2
        && matches!(toks[j].text, "a" | "an" | "the")
        && toks[j + 1].word
        && toks[j + 1].text.starts_with(char::is_lowercase)
        && !super::names::is_speaker_noun(toks[j + 1].text)
    {
        j += 2;
        if toks[j].is("that") {
            j += 1;
        }
    }
    // ("in what he called": the sentence's own subject, read as before.)
    match backward_speaker(&toks[j..v])? {
        m @ (Mention::Name(_) | Mention::Phrase(_)) => Some((m, verb.text.to_string())),
        Mention::Pronoun(_) => None,
    }
}
