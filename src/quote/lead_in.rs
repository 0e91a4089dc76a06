//! Words that lead into a quote with a colon or a dash: "Ruiz: “...”",
//! "The chair was blunt about it: “...”", "A Treasury source hit back:
//! “...”", "Dame Helen Corder was scathing — “...”".

use super::lexicon::FUNCTION_WORDS;
use super::names::is_title;
use super::phrases::{Mention, backward_speaker};
use super::tokens::Token;

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

/// A phrase that ends in a noun for one who speaks: "party strategist",
/// "Treasury source" (not "diplomat from one of the", cut short).
fn speaks(m: &Mention) -> bool {
    matches!(m, Mention::Phrase(p)
        if p.rsplit(' ').next().is_some_and(|w| super::names::is_speaker_noun(&crate::words::lower(w))))
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
        // "A joint statement from the two unions read:": the document,
        // which "read" leads in with.
        if let [body @ .., read, _] = toks
            && matches!(read.text, "read" | "reads")
            && body
                .iter()
                .take(4)
                .any(|t| super::documents::is_document(&t.lower()))
            && let Some(m) = backward_speaker(body)
        {
            return Some((m, read.text.into()));
        }
        if mark == ":"
            && let Some(m) = named_then_described(&toks[..toks.len() - 1])
        {
            return Some((m, mark.into()));
        }
        if let Some(m) = backward_speaker(&toks[..toks.len() - 1]) {
            return Some((m, mark.into()));
        }
        // "Maribel X's message to the crowd was clear:": whose words
        // (before a link verb's subject: "The organisers' reply to the
        // mayor was short:" is not the reply's).
        if let Some(m) = super::untagged::owner_of_words(toks) {
            return Some((m, "said".into()));
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
        // (Not a phrase, unless it names one who speaks: "The mood was
        // grim:" is not the mood's, "A party strategist was blunter:" is
        // the strategist's.)
        // ("A grandmother who had waited two hours summed up the mood:":
        // past a link in a relative clause, to the next.)
        if let Some(m) = toks
            .iter()
            .take(16)
            .enumerate()
            .filter(|(_, t)| t.word && LINKS.contains(&t.lower().as_ref()))
            .find_map(|(k, _)| {
                backward_speaker(&toks[..k])
                    .filter(|m| !matches!(m, Mention::Phrase(_)) || speaks(m))
            })
        {
            return Some((m, mark.into()));
        }
        // "Rep. Angela Torres shot back:": a name, then one to three
        // lower-case words up to the colon. ("A Treasury source hit back:":
        // a phrase whose noun names one who speaks, then the words.)
        let body = &toks[..toks.len() - 1];
        let verb_at = body.len().saturating_sub(3).max(1);
        if let Some(k) = (verb_at..body.len()).find(|&k| {
            body[k..]
                .iter()
                .all(|t| t.word && t.text.starts_with(|c: char| c.is_lowercase()))
                && !super::names::is_speaker_noun(body[k].text)
        }) && let Some(m) = backward_speaker(&body[..k])
            && (matches!(m, Mention::Name(_)) || speaks(&m))
            && body[..k].iter().all(|t| t.word || t.is("."))
        {
            return Some((m, mark.into()));
        }
        // "Former Attorney General X, in a post on X:": a name, then after
        // its comma where the words were said.
        if let Some(c) = body.iter().rposition(|t| t.is(","))
            && body.len() - c <= 10
            && body
                .get(c + 1)
                .is_some_and(|t| matches!(t.text, "in" | "on" | "via" | "at"))
            && body[c + 1..].iter().all(|t| t.word || t.is("."))
            && let Some(m @ Mention::Name(_)) = backward_speaker(&body[..c])
        {
            return Some((m, mark.into()));
        }
    }
    None
}

/// "Rep. Thaddeus X, the bill's sponsor:", "Ina X, a Democrat from
/// Harlan:": a name, then after its comma who the person is, with no
/// verb, up to the colon. The name speaks, not the description's noun or
/// a place named in it.
fn named_then_described(body: &[Token<'_>]) -> Option<Mention> {
    let c = body.iter().position(|t| t.is(","))?;
    let (head, tail) = (&body[..c], &body[c + 1..]);
    let opens = tail.first().is_some_and(|t| {
        matches!(t.text, "the" | "a" | "an" | "who" | "one")
            || super::phrases::owner_of(t.text).is_some()
    });
    // (A relative clause has its verb: "who has served since 2014".)
    let relative = tail.first().is_some_and(|t| t.is("who"));
    let verbless = tail.len() <= 12
        && tail.iter().all(|t| {
            !t.cue
                && !t.is(":")
                && (relative || !super::clause_start::FINITE.contains(&t.lower().as_ref()))
        });
    // (Not "For Democrats, the message was clear:", a phrase.)
    let named = (1..=6).contains(&head.len())
        && !FUNCTION_WORDS.contains(&head[0].lower().as_ref())
        && head
            .iter()
            .all(|t| t.word && t.text.starts_with(char::is_uppercase) || t.is("."));
    if !(opens && verbless && named) {
        return None;
    }
    match backward_speaker(head)? {
        m @ Mention::Name(_) => Some(m),
        _ => None,
    }
}
