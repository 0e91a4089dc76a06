//! The speaker named after an inverted speech verb: "said Mayor Ines
//! Calloway", "said a spokeswoman for the district, Lorna Baptiste".

use super::holders::office_holder;
use super::lexicon::{DETERMINERS, FUNCTION_WORDS};
use super::names::{self, is_particle, is_pronoun, is_title};
use super::phrases::{Mention, is_lone_one, is_speaker_name_word, join};
use super::tokens::Token;

/// Verbs no speaker's noun phrase holds.
pub const VERBS: &[&str] = &[
    "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "can", "be", "been",
];

/// The speaker phrase that starts `toks` (the words after an inverted verb: "said Mayor Ines Calloway").
pub fn forward_speaker(toks: &[Token<'_>]) -> Option<Mention> {
    let first = toks.first()?;
    if first.word && is_pronoun(first.text) {
        return Some(Mention::Pronoun(first.lower().into_owned()));
    }
    if is_lone_one(toks, 0) {
        return Some(Mention::Phrase("one".into()));
    }
    // "said on Monday the region's governor, X": past a phrase of time,
    // or a bare weekday before a determiner ("said Monday the region's
    // governor", where "Monday" is no name).
    let bare_day = super::subject_words::is_weekday(first.text)
        && toks
            .get(1)
            .is_some_and(|t| DETERMINERS.contains(&t.lower().as_ref()));
    let n = if bare_day {
        1
    } else {
        super::subject_words::time_phrase(toks)
    };
    // (One phrase only: a text of thousands of "on Monday" is not
    // recursed through.)
    if n > 0
        && toks
            .get(n)
            .is_some_and(|t| t.word && !super::subject_words::is_weekday(t.text))
        && super::subject_words::time_phrase(&toks[n..]) == 0
        && let Some(m @ (Mention::Name(_) | Mention::Phrase(_))) = forward_speaker(&toks[n..])
    {
        return Some(m);
    }
    // "said a statement from the company": the document and who put it
    // out, to the clause's end.
    if matches!(first.text, "a" | "an" | "the")
        && let Some(n) = toks[1..]
            .iter()
            .take(3)
            .position(|t| super::documents::is_published(&t.lower()))
        && toks
            .get(n + 2)
            .is_some_and(|t| matches!(t.text, "from" | "by"))
    {
        // ("a 2018 survey by Ottoline Grace X of the University of Y": the
        // name; not "on Friday" or "last week" after the body.)
        let names = toks[n + 3..]
            .iter()
            .take(4)
            .take_while(|t| t.word && is_speaker_name_word(t.text))
            .count();
        let end = if names > 0 {
            n + 3 + names
        } else {
            let limit = toks.len().min(n + 11);
            (n + 3..limit)
                .find(|&i| {
                    !(toks[i].word || super::phrases::plural_mark(toks, i))
                        || matches!(
                            toks[i].text,
                            "on" | "in" | "at" | "after" | "before" | "late"
                        )
                        || super::subject_words::time_phrase(&toks[i..]) > 0
                })
                .unwrap_or(limit)
        };
        if end > n + 3 {
            return Some(Mention::Phrase(join(&toks[..end])));
        }
    }
    // "said the 29-year-old.": the person given that age, found later.
    if first.is("the")
        && let Some(age) = toks.get(1)
        && super::ages::age_of(age.text).is_some()
        && toks.get(2).is_none_or(|t| !t.word)
    {
        return Some(Mention::Phrase(join(&toks[..2])));
    }
    if first.is("one") && toks.get(1).is_some_and(|t| t.is("of")) {
        // "said one of the organisers, Tamsin Bellweather": the name after
        // the group's noun.
        if let Some(c) = toks.iter().take(7).position(|t| t.is(",")) {
            let n = toks[c + 1..]
                .iter()
                .take(4)
                .take_while(|t| t.word && is_speaker_name_word(t.text))
                .count();
            if n > 0 {
                return Some(Mention::Name(join(&toks[c + 1..c + 1 + n])));
            }
        }
        // "said one of the people, who has been briefed": one of a group.
        if toks
            .get(2)
            .is_some_and(|t| DETERMINERS.contains(&t.lower().as_ref()))
            && let Some(n) = super::phrases::through_described_noun(&toks[3..], 3)
        {
            return Some(Mention::Phrase(join(&toks[..3 + n])));
        }
    }
    // "said a report from Kotak Institutional Equities", "said a new
    // statement by the Harbour Workers Union": whose document it is.
    if first.word
        && DETERMINERS.contains(&first.lower().as_ref())
        && let Some(k) = (1..=3).find(|&k| {
            toks.get(k)
                .is_some_and(|t| t.word && super::documents::is_published(&t.lower()))
                && toks[1..k]
                    .iter()
                    .all(|t| t.word && t.text.starts_with(char::is_lowercase))
        })
        && toks
            .get(k + 1)
            .is_some_and(|t| matches!(t.text, "from" | "by"))
        && let Some(m @ Mention::Name(_)) = forward_speaker(&toks[k + 2..])
    {
        return Some(m);
    }
    // "said the Department of Health and Human Services"; "said Department
    // of Health Secretary Jane Doe" is Jane Doe.
    let s = usize::from(first.word && DETERMINERS.contains(&first.lower().as_ref()));
    if let Some((a, b)) = super::orgs::person_after_org(&toks[s..]) {
        return Some(Mention::Name(join(&toks[s + a..s + b])));
    }
    let org = super::orgs::org_after(&toks[s..]).map(|e| s + e);
    if let Some(name) = super::orgs::name_after_descriptor(toks)
        // "Office of Management and Budget spokeswoman Danielle Fitch": a
        // name after the institution's; not one inside it ("the Chinese
        // Center for Disease Control").
        && org.is_none_or(|e| name[0].pos > toks[e - 1].pos)
    {
        return Some(Mention::Name(join(name)));
    }
    if let Some(e) = org {
        return Some(Mention::Name(join(&toks[s..e])));
    }
    if let Some(name) = office_holder(&toks[s..]) {
        return Some(Mention::Name(join(name)));
    }
    let mut i = 0;
    while i < toks.len()
        && i < 4
        && toks[i].word
        && !is_speaker_name_word(toks[i].text)
        && !is_title(toks[i].text)
        && !FUNCTION_WORDS.contains(&toks[i].lower().as_ref())
    {
        i += 1;
    }
    let name_start = i;
    while i < toks.len()
        && ((toks[i].word
            && (is_speaker_name_word(toks[i].text)
                || is_title(toks[i].text)
                || (is_particle(toks[i].text) && i > name_start)))
            || (i > name_start && super::orgs::plural_owner_inside(toks, i)))
    {
        i += 1;
    }
    // "said Harwell's chief counsel, Naomi Feldstein": the name in the
    // apposition to a person's described aide; without one, the aide.
    if i > name_start
        && super::phrases::is_possessive(toks[name_start].text)
        && let Some(e) = aide_of_owner(toks, name_start + 1)
    {
        if toks.get(e).is_some_and(|t| t.is(","))
            && let Some(n) = full_name_len(&toks[e + 1..])
            && toks.get(e + 1 + n).is_none_or(|t| !t.word)
        {
            return Some(Mention::Name(join(&toks[e + 1..e + 1 + n])));
        }
        return Some(Mention::Phrase(join(&toks[..e])));
    }
    // "said one European diplomat": a people's or a place's word before
    // a speaker noun, no name after it.
    // (Not "said the chief counsel, Naomi Feldstein": a title in small
    // letters, and a name in apposition.)
    if (1..=2).contains(&(i - name_start))
        && toks[name_start..i]
            .iter()
            .all(|t| t.text.starts_with(char::is_uppercase))
        && toks.get(i).is_some_and(|t| {
            t.word && t.text.starts_with(char::is_lowercase) && names::is_speaker_noun(t.text)
        })
        && toks
            .get(i + 1)
            .is_none_or(|t| !(t.word && is_speaker_name_word(t.text)))
    {
        let e = super::orgs::whose(toks, i + 1);
        return Some(Mention::Phrase(join(&toks[..e])));
    }
    if i > name_start && toks[name_start..i].iter().any(|t| !is_title(t.text)) {
        return Some(Mention::Name(join(&toks[..i])));
    }
    // "said his neighbour, Yvonne Pelletier": a short descriptor, a comma, a name.
    if i == name_start && i > 0 && i < 5 && toks.get(i).is_some_and(|t| t.is(",")) {
        let starts_like_descriptor = DETERMINERS.contains(&toks[0].lower().as_ref())
            || names::is_speaker_noun(toks[i - 1].text);
        let mut j = i + 1;
        while j < toks.len()
            && toks[j].word
            && (is_speaker_name_word(toks[j].text)
                || is_title(toks[j].text)
                || (is_particle(toks[j].text) && j > i + 1))
        {
            j += 1;
        }
        if starts_like_descriptor && j > i + 1 {
            return Some(Mention::Name(join(&toks[i + 1..j])));
        }
    }
    // "said the shadow health secretary, Bronwen Aldous": the name in the
    // apposition to a described speaker.
    if s == 1 {
        let k = 1 + toks[1..]
            .iter()
            .take(4)
            .take_while(|t| {
                t.word
                    && t.text.starts_with(char::is_lowercase)
                    && !FUNCTION_WORDS.contains(&t.lower().as_ref())
            })
            .count();
        // ("said her deputy, Casimir X": an office in small letters too.)
        if k > 1
            && toks.get(k).is_some_and(|t| t.is(","))
            && (names::is_speaker_noun(toks[k - 1].text) || is_title(toks[k - 1].text))
            && let Some(n) = full_name_len(&toks[k + 1..])
            && toks.get(k + 1 + n).is_none_or(|t| !t.word)
        {
            return Some(Mention::Name(join(&toks[k + 1..k + 1 + n])));
        }
    }
    // "said a spokesman for the company", "said the mayor"; not "Asked
    // whether she would campaign".
    let mut j = 0;
    while j < toks.len()
        && j < 4
        && toks[j].word
        && !FUNCTION_WORDS.contains(&toks[j].lower().as_ref())
    {
        if names::is_speaker_noun(toks[j].text) {
            // "an agency spokesman": the noun that ends a compound; "the
            // teachers' union": past a plural's possessive mark.
            loop {
                let owner = toks[j].text.ends_with('s')
                    && toks.get(j + 1).is_some_and(|m| {
                        matches!(m.text, "’" | "'")
                            && m.pos == toks[j].pos + toks[j].text.chars().count()
                    });
                let next = j + 1 + usize::from(owner);
                if !toks
                    .get(next)
                    .is_some_and(|t| t.word && names::is_speaker_noun(t.text))
                {
                    break;
                }
                j = next;
            }
            if let Some(name) = named_after_described(toks, j + 1) {
                return Some(name);
            }
            if let Some(e) = members_of_collective(toks, j) {
                return Some(Mention::Phrase(join(&toks[..e])));
            }
            // "said a spokesman for the Food and Drug Administration".
            let e = super::orgs::whose(toks, j + 1);
            return Some(Mention::Phrase(join(&toks[..e])));
        }
        j += 1;
    }
    None
}

/// "said a group of teachers outside the school": where the phrase of a
/// collective (`toks[j]`) and who it is made of ends, past "of" and the
/// plural noun (with up to two words before it: "a coalition of striking
/// nurses").
fn members_of_collective(toks: &[Token<'_>], j: usize) -> Option<usize> {
    if !matches!(
        toks[j].text,
        "group" | "coalition" | "delegation" | "handful" | "band" | "crowd" | "panel" | "pair"
    ) || !toks.get(j + 1).is_some_and(|t| t.is("of"))
    {
        return None;
    }
    let words = toks.get(j + 2..)?;
    let n = words.iter().take(3).position(|t| {
        t.word
            && t.text.starts_with(char::is_lowercase)
            && (t.text.ends_with('s') || names::is_speaker_noun(t.text))
    })?;
    words[..=n]
        .iter()
        .all(|t| t.word && !FUNCTION_WORDS.contains(&t.lower().as_ref()))
        .then_some(j + 3 + n)
}

/// "said a spokeswoman for the district, Lorna Baptiste": the name set
/// after a described speaker's "for"/"of"/"at" phrase (`toks[at..]`), when
/// it ends the clause.
fn named_after_described(toks: &[Token<'_>], at: usize) -> Option<Mention> {
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.text, "for" | "of" | "at" | "with"))
    {
        return None;
    }
    let c = at + toks[at..].iter().take(8).position(|t| t.is(","))?;
    // ("the president of the farmers' confederation, X": a plural's
    // possessive mark.)
    if !(at..c)
        .all(|i| (toks[i].word && !toks[i].cue) || (i > at && super::phrases::plural_mark(toks, i)))
    {
        return None;
    }
    let n = full_name_len(&toks[c + 1..])?;
    toks.get(c + 1 + n)
        .is_none_or(|t| !t.word)
        .then(|| Mention::Name(join(&toks[c + 1..c + 1 + n])))
}

/// How many tokens the full name opening `toks` takes, if it is one: two
/// to four name words ("Lorna Baptiste", "Omar Reyes").
pub fn full_name_len(toks: &[Token<'_>]) -> Option<usize> {
    let n = toks
        .iter()
        .take(5)
        .take_while(|t| t.word && is_speaker_name_word(t.text))
        .count();
    (2..=4).contains(&n).then_some(n)
}

/// Where the words describing someone's aide after an owner's possessive
/// end (`toks[at..]`: "chief counsel", "chief of staff", "spokesman"):
/// up to four words in small letters, one of them a speaker's noun or a
/// title.
fn aide_of_owner(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let mut e = at;
    while e < toks.len() && e < at + 4 {
        let t = &toks[e];
        let small = t.word && t.text.starts_with(char::is_lowercase);
        // ("chief of staff": "of" between two such words.)
        let of = t.is("of")
            && e > at
            && toks
                .get(e + 1)
                .is_some_and(|n| n.word && n.text.starts_with(char::is_lowercase));
        if !(small && (of || !FUNCTION_WORDS.contains(&t.lower().as_ref()))) {
            break;
        }
        e += 1;
    }
    (e > at
        && toks[at..e]
            .iter()
            .any(|t| names::is_speaker_noun(t.text) || is_title(t.text)))
    .then_some(e)
}
