//! The speaker a sentence names around its speech verb: "Oduya said",
//! "according to X", "..., insisting", "with a top official saying".

use super::lexicon::DETERMINERS;
use super::names::{self, is_title};
use super::phrases::{Mention, VERBS, backward_speaker, forward_speaker, is_speaker_name_word};
use super::tokens::Token;

/// The speaker in the words before a quote: that of the clause nearest
/// it, when it has a speech verb of its own ("X said February was likely,
/// while Sophie Nakamura said the bank would “...”").
pub fn speaker_before(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    if let Some(found) = super::shapes::called_by(toks) {
        return Some(found);
    }
    if let Some(b) = later_clause(toks)
        && let Some(found @ (Mention::Name(_) | Mention::Phrase(_), _)) = speaker_in(&toks[b..])
    {
        return Some(found);
    }
    speaker_in(toks)
}

/// The speaker in a window of words before a quote, or in a sentence.
pub fn speaker_in(toks: &[Token<'_>]) -> Option<(Mention, String)> {
    // "When I asked Councillor X why he had changed his mind, he laughed.
    // “...”": the reporter's question is a clause of time; whoever its
    // main clause shows speaking or reacting answers.
    if toks
        .first()
        .is_some_and(|t| matches!(t.text, "When" | "As" | "After"))
        && toks.get(1).is_some_and(|t| t.is("I"))
        && toks.get(2).is_some_and(|t| t.cue)
        && let Some(c) = toks.iter().take(30).position(|t| t.is(","))
        && let Some(found @ (Mention::Name(_) | Mention::Pronoun(_), _)) =
            speaker_in(&toks[c + 1..])
        && !matches!(&found.0, Mention::Pronoun(p) if p == "i")
    {
        return Some(found);
    }
    // "according to NAME", unless a speech verb with its speaker comes
    // first ("he said, according to the paper").
    let according = toks
        .windows(2)
        .position(|w| {
            w[0].text.eq_ignore_ascii_case("according") && w[1].text.eq_ignore_ascii_case("to")
        })
        .and_then(|k| {
            // ("According to him, the roads were funded “...”": the
            // object pronoun stands for "he".)
            let object = toks.get(k + 2).and_then(|t| match t.text {
                "him" => Some("he"),
                "her" if toks.get(k + 3).is_none_or(|n| !n.word) => Some("she"),
                "them" => Some("they"),
                _ => None,
            });
            object
                .map(|p| Mention::Pronoun(p.into()))
                .or_else(|| forward_speaker(super::shapes::source_of(&toks[k + 2..])))
                .map(|m| (k, m))
        });
    // "According to two people present, the chancellor told ministers that
    // ... “...”": a clause of its own after the source names who spoke.
    if let Some((0, _)) = according
        && let Some(c) = toks.iter().take(14).position(|t| t.is(","))
        && let Some(v) = toks[c + 1..].iter().position(|t| t.cue).map(|v| c + 1 + v)
        && let Some(m @ (Mention::Name(_) | Mention::Pronoun(_))) =
            backward_speaker(&toks[c + 1..v])
    {
        return Some((m, toks[v].lower().into_owned()));
    }
    // "The minister, according to two people who were in the room, told
    // colleagues: “...”": the source is an aside; the subject speaks.
    if let Some((k, _)) = according
        && k >= 2
        && toks[k - 1].is(",")
        && let Some(c) = toks[k..]
            .iter()
            .take(14)
            .position(|t| t.is(","))
            .map(|c| k + c)
        && toks.get(c + 1).is_some_and(|t| t.cue)
        && let Some(m) = backward_speaker(&toks[..k - 1])
    {
        return Some((m, toks[c + 1].lower().into_owned()));
    }
    // "According to the filing, the deputy recorded a call in which the
    // clerk said: “...”": the speech verb right before the quote names
    // its speaker.
    if let Some((k, _)) = according
        && let [.., verb, mark] = toks
        && verb.cue
        && matches!(mark.text, ":" | ",")
        && let v = toks.len() - 2
        && v > k + 2
        && let Some(m) = backward_speaker(super::phrases::before_verb(toks, v))
    {
        return Some((m, verb.lower().into_owned()));
    }
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
        // "X, who wrote the bill, said ...": the relative clause's verb is
        // no tag when a later one is.
        // (The next 40 words: a sentence of thousands of clauses is not
        // read to its end for each.)
        if v > 0 && toks[v - 1].is("who") && toks[v + 1..].iter().take(40).any(|x| x.cue) {
            continue;
        }
        // "Audience members laughed when he urged voters, “...”": a laugh
        // tags a quote; a speech verb after it introduces this one.
        if matches!(t.text, "laughed" | "sighed") && toks[v + 1..].iter().any(|x| x.cue) {
            continue;
        }
        // "The Chancellor was warned by her own MPs that ...": a passive
        // speech verb's agent spoke, not its subject.
        if v > 0
            && matches!(toks[v - 1].text, "was" | "were" | "been" | "being")
            && toks.get(v + 1).is_some_and(|n| n.is("by"))
        {
            match forward_speaker(&toks[v + 2..]) {
                Some(m) => return Some((m, t.lower().into_owned())),
                None => continue,
            }
        }
        if let Some(m) = backward_speaker(super::phrases::before_verb(toks, v)) {
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
        // Inverted: "said NAME" (only right at the start of the window, or
        // after words in quote marks too short to count: "“We will not,”
        // said Sen. X, “wait ...”"); not a participle: in "“...”, saying he
        // trusted the courts" "he" is what was said.
        if toks[..v].iter().rposition(|x| x.word).is_none_or(|w| {
            toks[w + 1..v]
                .iter()
                .any(|x| !x.word && x.text.chars().any(super::attrib::is_close))
        }) && !t.text.ends_with("ing")
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
    super::lead_in::led_in_by_mark(toks)
}

/// Where the last clause of `toks` with a speech verb of its own starts,
/// when an earlier clause has one too: after "while", "whereas", ";" or a
/// comma's "but" or "and".
fn later_clause(toks: &[Token<'_>]) -> Option<usize> {
    let first = toks.iter().position(|t| t.cue)?;
    let b = (first + 1..toks.len()).rev().find(|&i| {
        matches!(toks[i].text, "while" | "whereas" | ";")
            || (matches!(toks[i].text, "but" | "and") && toks[i - 1].is(","))
    })? + 1;
    toks[b..].iter().any(|t| t.cue).then_some(b)
}

/// The speaker that opens a sentence whose verb at `v` hangs on its first
/// clause ("Judge Samuel Ortiz dissented, writing ...", "The immigration
/// minister has defended the rules, insisting ...", "She declined to
/// comment but said ..."): a name, a noun phrase, or a pronoun.
pub(super) fn opening_subject(toks: &[Token<'_>], v: usize) -> Option<Mention> {
    // "DOHA — The chief mediator said ...": past the dateline.
    let rest = super::reported_clause::after_dateline(toks);
    let d = toks.len() - rest.len();
    if d > 0 && d < v {
        return opening_subject(rest, v - d);
    }
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
    // "Richer countries welcomed the deal but said ...": a capitalised
    // word before a plural speaker's noun in small letters describes it.
    if k > 0
        && k < v
        && toks[k].word
        && toks[k].text.starts_with(char::is_lowercase)
        && toks[k].text.ends_with('s')
        // ("nations" and "countries" are no speaker nouns in general: the
        // "United Nations" is one name.)
        && (names::is_speaker_noun(toks[k].text) || matches!(toks[k].text, "nations" | "countries"))
    {
        return Some(Mention::Phrase(super::phrases::join(&toks[..=k])));
    }
    // "Qatar's chief mediator said ..., but warned": a possessive's noun
    // phrase runs on to its noun in small letters.
    if k > 0
        && toks[..k]
            .iter()
            .any(|t| super::phrases::is_possessive(t.text))
    {
        // ("France's immigration minister resigned, saying": words that
        // describe the noun before it.)
        k += super::phrases::through_described_noun(&toks[k..v], 4).unwrap_or(0);
    }
    // "The committee's top Republican, Sen. X of South Carolina, took a
    // softer line but said": the name in the apposition to a described
    // subject.
    if k == 0
        && let Some(c1) = toks.iter().take(9).position(|t| t.is(","))
        && let Some(c2) = toks[c1 + 1..]
            .iter()
            .take(12)
            .position(|t| t.is(","))
            .map(|c| c1 + 1 + c)
        && c2 < v
        && toks
            .get(c2 + 1)
            .is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase))
        && let Some(m @ Mention::Name(_)) = backward_speaker(&toks[..=c2])
    {
        return Some(m);
    }
    if k > 0 {
        backward_speaker(&toks[..k])
    } else if let Some(h) = subject_phrase_end(&toks[..v]) {
        super::nouns::noun_phrase_before(toks, h)
    } else {
        // (No words at all: no one.)
        forward_speaker(toks.get(..1)?).filter(|m| matches!(m, Mention::Pronoun(_)))
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
    let mut h = toks.iter().take(10).position(|t| {
        t.word
            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
            && (VERBS.contains(&t.text) || t.text.ends_with("ed"))
    })?;
    // "The chairperson of the commission on Wednesday defended": the
    // subject ends before its day.
    let day = |t: &Token<'_>| crate::words::WEEKDAYS.contains(&t.lower().as_ref());
    if h >= 3 && toks[h - 2].is("on") && day(&toks[h - 1]) {
        h -= 2;
    } else if h >= 2 && matches!(toks[h - 1].text, "yesterday" | "today") {
        h -= 1;
    } else if h > 8 {
        return None;
    }
    // Not a body's name ending there ("for the Carrow Institute declined").
    if h >= 2
        && names::is_speaker_noun(toks[h - 1].text)
        && !(toks[h - 1].text.starts_with(char::is_uppercase)
            && names::is_name_word(toks[h - 2].text))
    {
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
                    // ("p.m." may come as "p." and "m.".)
                    | "a."
                    | "p."
                    | "m."
                    | "a"
                    | "p"
                    | "m"
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
    // ("3:15 p.m.:" also ends in its colon.)
    let n = toks.iter().take(8).take_while(|t| stamp(t)).count();
    if toks.get(n).is_some_and(dash) {
        n + 1
    } else if n >= 3
        && toks[n - 1].is(":")
        && toks
            .get(n)
            .is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase))
    {
        n
    } else {
        0
    }
}

/// The speaker of "NAME said (that) CLAUSE" with the verb at `v`, in the
/// words before it.
pub(super) fn forward_subject(toks: &[Token<'_>], v: usize) -> Option<Mention> {
    // "BRUSSELS, Dec 5 (Reuters) - Henrike X said ...": past the dateline
    // (its comma opens no adverb's phrase).
    let rest = super::reported_clause::after_dateline(toks);
    let d = toks.len() - rest.len();
    if d > 0 && d < v {
        return forward_subject(rest, v - d);
    }
    // "The White House defended the plan as farm-state senators warned
    // that ...", "The vote came after officials said that ...": a clause
    // of time or cause, with no comma before it, opens with its speaker.
    let subordinate = (v.saturating_sub(9)..v).rev().find(|&k| {
        k > 2
            && matches!(
                toks[k].text,
                "as" | "while" | "when" | "after" | "because" | "since" | "whereas"
            )
            && toks[k - 1].word
            && !toks[k - 1].is("such")
            && toks[k + 1..v].iter().all(|t| t.word)
    });
    // (Not "it": "Shares fell after it warned that ..." has no speaker
    // to name.)
    if let Some(k) = subordinate
        && let Some(m) = subject_from(&toks[k + 1..], v - k - 1)
        && !matches!(&m, Mention::Pronoun(p) if p == "it")
    {
        return Some(m);
    }
    subject_from(toks, v).or_else(|| {
        // "But the party's housing spokesperson, Gwenllian Thorne, said":
        // a conjunction opening the sentence, when the words after it
        // are the subject.
        (v > 1 && matches!(toks[0].text, "But" | "And" | "Yet"))
            .then(|| subject_from(&toks[1..], v - 1))
            .flatten()
    })
}

fn subject_from(toks: &[Token<'_>], v: usize) -> Option<Mention> {
    // The speaker must open the sentence ("X, who ..., said" is fine; "CLAUSE,
    // the district said" is the reversed pattern).
    // "The council has stayed neutral, and its leader, Frank Dombrowski,
    // said ...": a clause joined by "and" or "but" opens with its speaker.
    let mut st = (1..v)
        .rev()
        .find(|&k| {
            toks[k - 1].is(",")
                && matches!(
                    toks[k].text,
                    "and" | "but" | "though" | "although" | "while"
                )
        })
        .map_or(0, |k| k + 1);
    // "Organisers put the crowd at 80,000; police said ...": a clause after
    // a semicolon opens with its speaker.
    if let Some(k) = (st.max(1)..v).rev().find(|&k| toks[k - 1].is(";")) {
        st = k;
    }
    // "Inside, Jeremy Otieno, 29, said ...": an opening adverb;
    // "Outside the courthouse, Oduya said ...": a short opening phrase.
    if st == 0
        && toks.get(1).is_some_and(|t| t.is(","))
        && !super::names::is_name_word(toks[0].text)
    {
        st = 2;
    } else if st == 0
        // (Lowercase after a conjunction: "But in a radio interview, she
        // said".)
        && OPENING_PREPOSITIONS
            .iter()
            .any(|p| p.eq_ignore_ascii_case(toks[0].text))
        // ("In a letter to the Prime Minister, Ms X said": up to nine words.)
        && let Some(c) = toks.iter().take(16).position(|t| t.is(","))
        && c + 1 < v
        // ("In a statement posted on the council’s website on Friday
        // evening, he said": up to fifteen words, with a participle after
        // a document.)
        // ("In an interview on “Face the Nation” on Sunday, X said": a
        // programme's name in quote marks.)
        && (1..c).all(|i| {
            (toks[i].word
                && (!toks[i].cue
                    || super::documents::participle_after_document(toks, i)
                    // ("When asked about the delay, X said"; "While
                    // critics said the plan was rushed, X said": a clause
                    // of its own.)
                    || (i == 1 && toks[0].is("When") && toks[i].is("asked"))
                    || SUBORDINATORS.contains(&toks[0].text)))
                || is_quote_mark(toks[i].text)
        })
    {
        st = c + 1;
    }
    // "Speaking in the Senedd on Tuesday, Mr Prothero said ...": the
    // opening participle's phrase ends at its comma.
    if st == 0
        && toks[0].text.ends_with("ing")
        && toks[0].text.starts_with(char::is_uppercase)
        && let Some(c) = toks[..v].iter().take(12).position(|t| t.is(","))
        // Not a gerund that is itself the subject of what was said
        // ("Targeting audiences is key ..., Graham said").
        && !toks[1..c]
            .iter()
            .any(|t| super::clause_start::FINITE.contains(&t.lower().as_ref()) || VERBS.contains(&t.text))
    {
        st = c + 1;
    }
    // "Asked how the agency would pay, Farraday said ...": the question
    // is not the speaker; the words after its last comma are.
    if st == 0
        && toks
            .first()
            .is_some_and(|t| matches!(t.text, "Asked" | "Pressed" | "Questioned"))
        && let Some(c) = toks[..v].iter().rposition(|t| t.is(","))
    {
        st = c + 1;
    }
    // "Speaking on CBS's “Face the Nation,” Dunstable said": the comma
    // that ends the opening phrase stands inside the programme's name's
    // closing mark.
    if st > 0 && st < v && matches!(toks[st].text, "”" | "’" | "\"") {
        st += 1;
    }
    // (A verb that opens the sentence, "said, Anna Berg said ...", has no
    // words before it.)
    let toks_v = toks.get(st..v)?;
    // "One of them, Kayla Rusk, 34, said": the group the speaker is one
    // of, then the name.
    let one_of = toks_v.len() > 3 && toks_v[0].is("One") && toks_v[1].is("of");
    if let Some(c0) = toks_v.iter().position(|t| t.is(","))
        && !(one_of && c0 <= 5)
        && backward_speaker(&toks_v[..c0]).is_none()
    {
        // "Her Republican co-sponsor, Sen. Hollis Brandt of Kansas, said",
        // "The county's current clerk, Dwayne Pettiford, said": a
        // description opened by a determiner or an owner, then the name in
        // commas.
        let first = toks_v.first()?;
        let described = super::lexicon::DETERMINERS.contains(&first.lower().as_ref())
            || (c0 > 1 && super::phrases::is_possessive(first.text));
        return match forward_speaker(&toks_v[c0 + 1..])? {
            named @ Mention::Name(_) if described && toks_v.last().is_some_and(|t| t.is(",")) => {
                Some(named)
            }
            _ => None,
        };
    }
    let mut m = backward_speaker(toks_v)?;
    // "One analyst, Perpetua Olawale of Harbour Street Securities,
    // said": the name in the apposition, not the description.
    // ("Lawyers for the defendant, X, said": not a group's.)
    if let Mention::Phrase(p) = &m
        && !p.split(' ').next().is_some_and(|w| {
            w.ends_with('s') && super::names::is_speaker_noun(&crate::words::lower(w))
        })
        && let Some(c0) = toks_v.iter().position(|t| t.is(","))
        && let Some(named @ Mention::Name(_)) = forward_speaker(&toks_v[c0 + 1..])
    {
        m = named;
    }
    // After "and", the speaker opens the clause or stands in an
    // apposition: not "Prevention" in "and the Center for Disease
    // Control and Prevention said".
    // ("In a statement, the Ministry of Defence said": the name after its
    // article opens the clause.)
    let opening = match toks_v {
        [the, next, ..] if the.is("the") || the.is("The") => [Some(the.text), Some(next.text)],
        _ => [toks_v.first().map(|t| t.text), None],
    };
    if st > 0
        && !toks_v.iter().any(|t| t.is(","))
        && !opening.contains(&super::facts::Facts::mention_str(&m).split(' ').next())
    {
        return None;
    }
    Some(m)
}

/// Prepositions that open a sentence's short scene-setting phrase ("Outside
/// the courthouse, ...", "On Friday, ...").
/// Words that open a phrase or a clause before a sentence's subject ("When
/// the meeting resumed, X said ...").
const OPENING_PREPOSITIONS: &[&str] = &[
    "After",
    "Amid",
    "Among",
    "As",
    "At",
    "Before",
    "Despite",
    "During",
    "Earlier",
    "Following",
    "In",
    "Inside",
    "Later",
    "On",
    "Once",
    "Outside",
    "Since",
    "Throughout",
    "Under",
    "Until",
    "Upon",
    "When",
    "While",
    "Although",
    "Though",
    "Whereas",
];

/// Of those, the ones that open a clause, whose own speech verb ("While
/// critics said ..., X said ...") is not the sentence's.
pub(super) const SUBORDINATORS: &[&str] = &["Although", "Though", "Whereas", "While"];

/// A quote mark, opening or closing, curly or straight.
pub(super) fn is_quote_mark(t: &str) -> bool {
    matches!(t, "“" | "”" | "\"" | "‘" | "’")
}
