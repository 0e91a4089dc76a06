//! The person a sentence is about when no speech verb names anyone:
//! "Vanterpool, campaigning upstate, accused Okonjo of being “...”".

use super::lexicon::FUNCTION_WORDS;
use super::names::{is_pronoun, is_title};
use super::phrases::{Mention, backward_speaker, is_possessive, is_speaker_name_word};
use super::subject_words::{describes, is_weekday, of_place, time_phrase};
use super::tokens::Token;

/// The person a sentence is about, for a quote inside it that no speech
/// verb attributes: "Vanterpool, campaigning upstate, accused Okonjo of
/// being “...”", "At each stop she repeats a line: “...”". `toks` run from
/// the sentence start to the quote. The sentence opens (after a short
/// opening phrase ending in a comma: "At each stop,", "On Friday,") with a
/// name or "he"/"she", then, after an optional apposition between commas, a
/// lower-case word: the verb.
pub fn sentence_subject(toks: &[Token<'_>]) -> Option<Mention> {
    subject_with(toks, false)
}

/// As [`sentence_subject`], for a whole sentence that leads into a quote
/// with no tag of its own: a sentence that describes its subject ("X was
/// careful.", "She sounded tired.") leads in too.
pub fn lead_in_subject(toks: &[Token<'_>]) -> Option<Mention> {
    subject_with(toks, false).or_else(|| subject_with(toks, true))
}

fn subject_with(toks: &[Token<'_>], copula: bool) -> Option<Mention> {
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
        "asked",
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
    let toks = super::reported_clause::after_dateline(toks);
    if let Some(m) =
        with_clause_subject(toks).or_else(|| super::subject_words::for_name_colon(toks))
    {
        return Some(m);
    }
    let mut s = 0;
    // ("Closing the debate, the prime minister, X, accused ...": a
    // participle's phrase, its object or preposition next; not "Manning
    // said, ..." or "Beijing has ...".)
    let participle = toks.first().is_some_and(|t| {
        t.word
            && t.text.len() > 5
            && t.text.ends_with("ing")
            && t.text.starts_with(char::is_uppercase)
    }) && toks.get(1).is_some_and(|t| {
        matches!(
            t.text,
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "from"
                | "before"
                | "after"
                | "about"
                | "up"
                | "out"
                | "off"
                | "back"
                | "by"
                | "into"
                | "against"
        )
    });
    if participle
        || toks
            .first()
            .is_some_and(|t| t.word && OPENERS.contains(&t.lower().as_ref()))
    {
        // ("Asked later whether he would resign if the ship slipped, the
        // defence secretary laughed": a question may run longer.)
        let reach = if toks[0].lower() == "asked" { 20 } else { 10 };
        if let Some(c) = toks.iter().take(reach).position(|t| t.is(",")) {
            s = c + 1;
            // "In a post on X, formerly Twitter, Reyes fired back": an
            // aside in small letters goes with the opening phrase.
            if toks.get(s).is_some_and(|t| {
                t.word
                    && t.text.starts_with(char::is_lowercase)
                    && !matches!(t.lower().as_ref(), "he" | "she")
            }) && let Some(d) = toks[s..].iter().take(5).position(|t| t.is(","))
                && toks[s..s + d].iter().all(|t| t.word)
                // ("Speaking in the debate, the prime minister, Constance
                // X, accused": not an aside, a described subject and its
                // name.)
                && !(super::lexicon::DETERMINERS.contains(&toks[s].lower().as_ref())
                    && apposed_name(&toks[s + d + 1..]))
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
        if copula {
            return describes(toks, k);
        }
        // ("..., Sir Ambrose X, had accused": past the auxiliary.)
        let k = k + usize::from(
            toks.get(k)
                .is_some_and(|t| matches!(t.text, "had" | "has" | "have")),
        );
        toks.get(k).is_some_and(|t| {
            t.word
                && t.text.starts_with(|c: char| c.is_lowercase())
                && !FUNCTION_WORDS.contains(&t.lower().as_ref())
        })
    };
    let first = toks.get(s)?;
    // "One of them, speaking on condition of anonymity, put it bluntly:
    // “...”": one of a group named before.
    if first.is("One")
        && toks.get(s + 1).is_some_and(|t| t.is("of"))
        && toks
            .get(s + 2)
            .is_some_and(|t| matches!(t.text, "them" | "those" | "us"))
    {
        let mut v = s + 3;
        if toks.get(v).is_some_and(|t| t.is(","))
            && let Some(c) = toks[v + 1..].iter().take(12).position(|t| t.is(","))
        {
            v += c + 2;
        }
        return ((verb_ok(v) || describes(toks, v)) && !toks[v..].iter().any(|t| t.cue))
            .then(|| Mention::Phrase("one".into()));
    }
    // "A senior Democratic aide put it bluntly: “...”": an unnamed speaker,
    // when the sentence leads into the quote with a colon.
    if toks.last().is_some_and(|t| t.is(":"))
        && matches!(first.lower().as_ref(), "a" | "an" | "one")
        && let Some(n) = toks[s..]
            .iter()
            .take(6)
            .position(|t| t.word && super::names::is_speaker_noun(t.text) && !t.text.ends_with('s'))
        // ("A party source": the noun's own noun.)
        && let n = n + toks[s + n + 1..]
            .iter()
            .take_while(|t| t.word && super::names::is_speaker_noun(t.text) && !t.text.ends_with('s'))
            .count()
        && toks[s + 1..s + n].iter().all(|t| t.word)
        // ("A party source was blunter: “...”".)
        && (verb_ok(s + n + 1) || describes(toks, s + n + 1))
    {
        return match backward_speaker(&toks[s..=s + n])? {
            m @ Mention::Phrase(_) => Some(m),
            _ => None,
        };
    }
    // "A spokesperson for the prime minister declined to comment on
    // “...”": an unnamed speaker who speaks for someone, and a verb of
    // theirs before the quote.
    if matches!(first.lower().as_ref(), "a" | "an" | "one")
        && let Some(n) = toks[s..].iter().take(5).position(|t| {
            t.word
                && matches!(
                    t.lower().as_ref(),
                    "spokesperson" | "spokesman" | "spokeswoman" | "official" | "aide" | "source"
                )
        })
        && toks[s + 1..s + n].iter().all(|t| t.word)
    {
        let mut v = s + n + 1;
        if toks
            .get(v)
            .is_some_and(|t| matches!(t.text, "for" | "of" | "at" | "to" | "from" | "with"))
        {
            v += 1 + toks[v + 1..]
                .iter()
                .take(6)
                .take_while(|t| {
                    t.word && !super::phrases::VERBS.contains(&t.text) && !t.text.ends_with("ed")
                })
                .count();
        }
        if verb_ok(v) && !toks[v..].iter().any(|t| t.cue) {
            return Some(Mention::Phrase(super::phrases::join(&toks[s..v])));
        }
    }
    // "His campaign dismissed the tour as “...”".
    if let Some(second) = toks.get(s + 1)
        && super::owners::speaks_for(first.text, second.text).is_some()
        && verb_ok(s + 2)
    {
        return Some(Mention::Phrase(format!("{} {}", first.text, second.text)));
    }
    // "The governor's office dismissed the effort as “...”", "The prime
    // minister's reply thanked him for “...”": the office's holder.
    if first.is("The")
        && let Some(p) = (s + 1..(s + 4).min(toks.len())).find(|&k| is_possessive(toks[k].text))
        && toks[s + 1..=p]
            .iter()
            .all(|t| t.word && t.text.starts_with(char::is_lowercase))
        && let Some(owner) = toks[p]
            .text
            .strip_suffix("'s")
            .or(toks[p].text.strip_suffix("’s"))
        && super::roles::is_role(owner)
        && toks.get(p + 1).is_some_and(|n| {
            matches!(
                n.text,
                "office"
                    | "campaign"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
                    | "reply"
                    | "response"
            ) || super::documents::is_document(n.text)
        })
        && verb_ok(p + 2)
        && !toks[p + 2..].iter().any(|t| t.cue)
    {
        let words: Vec<&str> = toks[s + 1..p].iter().map(|t| t.text).collect();
        let office = if words.is_empty() {
            owner.to_string()
        } else {
            format!("{} {owner}", words.join(" "))
        };
        return Some(Mention::Phrase(format!("the {office}")));
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
        // ("A senior member of the ruling party, Dr. X, accused": up to
        // nine words.)
        && let Some(c) = toks[s..].iter().take(10).position(|t| t.is(","))
        && c >= 2
        // "Her Republican opponent,": a capitalised word may describe the
        // noun, which is in small letters.
        && (s + 1..s + c).all(|i| toks[i].word || super::phrases::plural_mark(toks, i))
        // "The legislature's top Republican,": or a party's member; "The
        // Health Secretary,": or an office in capitals.
        && (toks[s + c - 1].text.starts_with(|ch: char| ch.is_lowercase())
            || super::names::is_party_member(toks[s + c - 1].text)
            || is_title(toks[s + c - 1].text)
            || of_place(&toks[s + 1..s + c]))
    {
        // "Her challenger, state Sen. Brandon Tully,": a title before the
        // name; "His old rival, the former first minister Gwilym Tudor,": a
        // description.
        let a = s + c + 1;
        let a = a + usize::from(toks.get(a).is_some_and(|t| t.is("the")));
        let a = a + toks[a..]
            .iter()
            .take(4)
            .take_while(|t| {
                t.word
                    && (is_title(t.text) || t.text.starts_with(|ch: char| ch.is_lowercase()))
                    && !FUNCTION_WORDS.contains(&t.lower().as_ref())
            })
            .count();
        // "Senate Majority Leader Bartholomew Greaves": an office in
        // capitals may lead the name (the speaker's name drops it).
        let n = toks[a..]
            .iter()
            .take(7)
            .take_while(|t| t.word && is_speaker_name_word(t.text))
            .count();
        // ("..., Orla X, on Tuesday set out": past the day.)
        let on_day = usize::from(
            toks.get(a + n + 1).is_some_and(|t| t.is("on"))
                && toks.get(a + n + 2).is_some_and(|t| is_weekday(t.text)),
        ) * 2;
        if (1..=6).contains(&n)
            && toks.get(a + n).is_some_and(|t| t.is(","))
            && verb_ok(a + n + 1 + on_day)
            && !toks[a + n + 1..].iter().any(|t| t.cue)
        {
            return Some(Mention::Name(super::phrases::join(&toks[a..a + n])));
        }
        // Else no name in the apposition: "The president, speaking at a
        // factory, renewed ..." (below).
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
        // "State governors on Tuesday rejected": a day between.
        if toks.get(v).is_some_and(|t| t.is("on"))
            && toks
                .get(v + 1)
                .is_some_and(|t| crate::words::WEEKDAYS.contains(&t.lower().as_ref()))
        {
            v += 2;
        } else if toks
            .get(v)
            .is_some_and(|t| matches!(t.text, "yesterday" | "today" | "tonight"))
        {
            v += 1;
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
    // ("France's immigration minister resigned ..., saying": a country's
    // office.)
    if (first.is("The")
        || (s > 0 && first.is("the"))
        || (is_possessive(first.text) && is_speaker_name_word(first.text)))
        // ("The Prime Minister has dismissed": an office in capitals too.)
        && let Some(n) = (s + 1..(s + 4).min(toks.len()))
            .take_while(|&k| {
                toks[k].word
                    && (toks[k].text.starts_with(char::is_lowercase) || is_title(toks[k].text))
            })
            .find(|&k| super::roles::is_role(&crate::words::lower(toks[k].text)))
    {
        let of_place = toks.get(n + 1).is_some_and(|t| t.is("of"))
            && toks
                .get(n + 2)
                .is_some_and(|t| is_speaker_name_word(t.text));
        let mut verb = if of_place { n + 3 } else { n + 1 };
        // "The president, speaking at a factory hours later, renewed":
        // past an aside in small letters between commas.
        if toks.get(verb).is_some_and(|t| t.is(","))
            && toks
                .get(verb + 1)
                .is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase))
            && let Some(c) = toks[verb + 1..].iter().take(15).position(|t| t.is(","))
            && toks[verb + 1..verb + 1 + c].iter().all(|t| t.word)
        {
            verb += c + 2;
        }
        // "has vowed".
        if toks
            .get(verb)
            .is_some_and(|t| super::phrases::VERBS.contains(&t.text))
        {
            verb += 1;
        }
        // ("laughed" tags a quote, but as the verb it says what the
        // subject did.)
        return (verb_ok(verb)
            && !toks[verb..]
                .iter()
                .any(|t| t.cue && !matches!(t.text, "laughed" | "smiled" | "sighed")))
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
    // ("Opposition foreign affairs spokesman Idris X accused": up to four
    // such words, the last of them the office; "City Council member
    // Lorraine X accused": after up to three capitalised words.)
    if (s + 1..=s + 3).contains(&i)
        && let d = toks[i..]
            .iter()
            .take(4)
            .take_while(|t| {
                t.word
                    && t.text.starts_with(char::is_lowercase)
                    && !FUNCTION_WORDS.contains(&t.lower().as_ref())
            })
            .count()
        && let Some(d) = (1..=d).rev().find(|&d| {
            let t = toks[i + d - 1].text;
            is_title(t) || super::names::is_occupation(t) || super::names::is_speaker_noun(t)
        })
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
        // ("Gov. Harriet X's office": without the title.)
        let named = s + toks[s..i]
            .iter()
            .take_while(|t| is_title(t.text) || t.is("."))
            .count();
        return Some(Mention::Phrase(super::phrases::join(&toks[named..=i])));
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
        // "Gov. X on Thursday signed", "X last week called": when;
        // "X has dismissed": past the auxiliary.
        // ("X (D-Ward 4) accused": past a party's tag after the name.)
        let tag = toks
            .get(i)
            .filter(|t| t.is("("))
            .and_then(|_| toks[i..].iter().take(8).position(|t| t.is(")")))
            .map_or(0, |c| c + 1);
        let v = i + tag + time_phrase(&toks[i + tag..]);
        let aux = toks
            .get(v)
            .is_some_and(|t| matches!(t.text, "has" | "had" | "have" | "will" | "would" | "could"))
            && toks
                .get(v + 1)
                .is_some_and(|t| t.text.ends_with("ed") || t.text.ends_with("en"));
        (i, v + usize::from(aux))
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

/// Do `toks` open with a name set off by a comma ("Constance X, ...")?
fn apposed_name(toks: &[Token<'_>]) -> bool {
    let n = toks
        .iter()
        .take(5)
        .take_while(|t| t.word && is_speaker_name_word(t.text))
        .count();
    n >= 1 && toks.get(n).is_some_and(|t| t.is(","))
}

/// "The race turned personal, with Castellanos accusing the mayor of
/// “...”": the person named after ", with", whose verb in "-ing" leads
/// into the quote a few words on.
fn with_clause_subject(toks: &[Token<'_>]) -> Option<Mention> {
    let w = toks
        .iter()
        .rposition(|t| t.is("with"))
        .filter(|&w| w > 0 && toks[w - 1].is(",") && toks.len() - w <= 20)?;
    let name = toks[w + 1..]
        .iter()
        .take_while(|t| t.word && is_speaker_name_word(t.text))
        .count();
    let v = w + 1 + name;
    let verb = toks.get(v)?;
    let rest = &toks[v + 1..];
    if !(1..=4).contains(&name)
        || is_title(toks[w + 1].text)
        || !verb.text.starts_with(char::is_lowercase)
        || !verb.text.ends_with("ing")
        || rest.len() > 12
        || !rest.iter().all(|t| t.word)
    {
        return None;
    }
    match backward_speaker(&toks[w + 1..v])? {
        m @ Mention::Name(_) => Some(m),
        _ => None,
    }
}
