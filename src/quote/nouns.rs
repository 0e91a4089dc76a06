//! Unnamed speakers before a speech verb: "the mayor", "a spokesman for
//! the city", "A spokesperson for the United Nations mediator", "Ferrante's
//! office".

use super::lexicon::{DETERMINERS, FUNCTION_WORDS};
use super::names::{self, is_title};
use super::phrases::{Mention, VERBS, is_possessive, is_speaker_name_word, join};
use super::tokens::Token;

/// Does a clause start at token `i`: the first token, after punctuation, or
/// after a conjunction?
pub(super) fn starts_clause(toks: &[Token<'_>], i: usize) -> bool {
    i == 0
        || !toks[i - 1].word
        || matches!(
            toks[i - 1].lower().as_ref(),
            // "in what campaigners called “...”".
            "and" | "but" | "as" | "while" | "so" | "what" | "which" | "whom"
        )
}

/// The noun phrase that ends at token `end` and speaks there ("a police
/// spokesman said"), when there is one.
pub(super) fn noun_phrase_before(toks: &[Token<'_>], end: usize) -> Option<Mention> {
    let starts_clause = |i: usize| starts_clause(toks, i);
    // A noun phrase: "the mayor", "a spokesman", "officials"; "One
    // longtime MP": a noun in capitals ends it.
    let head_in_capitals = toks[end - 1].word
        && toks[end - 1]
            .text
            .starts_with(|c: char| c.is_ascii_uppercase())
        && names::is_speaker_noun(toks[end - 1].text)
        && names::is_acronym(toks[end - 1].text.trim_end_matches('s'));
    let mut d = lower_run(toks, end - usize::from(head_in_capitals));
    if head_in_capitals
        && d == end - 1
        && d >= 1
        && DETERMINERS.contains(&toks[d - 1].lower().as_ref())
    {
        d -= 1;
    }
    // "Lawyers for a coalition of civil liberties groups": a plural noun
    // opening the clause, then what it is for or of.
    let mut long = false;
    if d >= 1
        && d < end
        && matches!(toks[d].lower().as_ref(), "for" | "of" | "at" | "from")
        && toks[d - 1].word
        && toks[d - 1].text.ends_with('s')
        && names::is_speaker_noun(toks[d - 1].text)
        && starts_clause(d - 1)
    {
        d -= 1;
        long = true;
    }
    // "A senior Democratic aide": a determiner, then up to three words of
    // any case before the noun.
    if let Some(k) = determiner_before(toks, d, end) {
        if starts_clause(k) {
            d = k;
        } else if k >= 2
            && matches!(toks[k - 1].lower().as_ref(), "for" | "of" | "at" | "to")
            && names::is_speaker_noun(toks[k - 2].text)
        {
            // "A spokesperson for the United Nations mediator": the
            // capitals stop the run of small words; the phrase goes on
            // before the preposition.
            let d2 = lower_run(toks, k - 1);
            if let Some(k2) = determiner_before(toks, d2, k - 1).filter(|&k2| starts_clause(k2))
                && end - k2 <= 8
            {
                d = k2;
            }
        }
    }
    // A capitalised word after a determiner: "the EU's delegation", "The
    // French foreign ministry", "one Weibo commenter".
    if d >= 2
        && end - d < 6
        && toks[d - 1].word
        && is_speaker_name_word(toks[d - 1].text.trim_end_matches(['\'', '’', 's']))
        && DETERMINERS.contains(&toks[d - 2].lower().as_ref())
    {
        d -= 2;
    }
    // A name's: "Ferrante's office said", "Mayor Thomas Ferrante’s office said".
    let mut owner = d.saturating_sub(1);
    while owner > 0
        && toks[owner - 1].word
        && (is_speaker_name_word(toks[owner - 1].text) || is_title(toks[owner - 1].text))
    {
        owner -= 1;
    }
    let possessive = d >= 1
        && d < end
        && end - d <= 3
        && names::is_speaker_noun(toks[end - 1].text)
        && toks[d - 1].word
        && is_speaker_name_word(toks[d - 1].text)
        && is_possessive(toks[d - 1].text)
        && starts_clause(owner);
    if possessive {
        d = owner;
    }
    // A capitalised first word: "The ...", "Farmers in the valley"; a word
    // that opens the sentence before a plural noun: "Legal experts",
    // "Pentagon officials".
    let plural_after_opening = d == 1
        && end >= 2
        && toks[0].word
        && toks[0].text.starts_with(char::is_uppercase)
        && toks[1].text.ends_with('s')
        && names::is_speaker_noun(toks[1].text);
    // "..., while environmental groups said": in small letters, when the
    // two words are all the clause holds before its verb.
    let bare_plural = d == 0
        && end == 2
        && !super::lexicon::FUNCTION_WORDS.contains(&toks[0].lower().as_ref())
        && !toks[0].text.ends_with("ed")
        && toks[1].text.ends_with('s')
        && names::is_speaker_noun(toks[1].text);
    // "Former royal PR aides said": up to four words that open the
    // sentence before a plural noun for people, no small word or verb among
    // them.
    // ("Despite parliamentary reports urging ...": not after a
    // preposition, nor for papers.)
    let opening_words = d >= 1
        && (2..=5).contains(&end)
        && toks[0].text.starts_with(char::is_uppercase)
        && !OPENING_PREPOSITIONS.contains(&toks[0].lower().as_ref())
        && !super::documents::is_document(toks[end - 1].text.trim_end_matches('s'))
        && toks[end - 1].text.ends_with('s')
        && toks[end - 1].text.starts_with(char::is_lowercase)
        && names::is_speaker_noun(toks[end - 1].text)
        && toks[..end].iter().all(|t| {
            t.word && !FUNCTION_WORDS.contains(&t.lower().as_ref()) && !VERBS.contains(&t.text)
        });
    if opening_words
        || (d == 1
            && (DETERMINERS.contains(&toks[0].lower().as_ref())
                || names::is_speaker_noun(toks[0].text)
                || plural_after_opening))
    {
        d = 0;
    }
    let phrase = &toks[d..end];
    // "the real estate mogul", "the 41-year-old": a role a named person has.
    let has_noun = phrase.iter().any(|t| names::is_speaker_noun(t.text))
        || (phrase.len() >= 2
            && phrase[0].lower() == "the"
            && super::roles::is_role(&phrase[phrase.len() - 1].lower()))
        // "The planner said", "a volunteer said": a noun for a person by
        // its ending, after a determiner.
        || (phrase.len() >= 2
            && DETERMINERS.contains(&phrase[0].lower().as_ref())
            && is_agent_noun(phrase[phrase.len() - 1].text));
    let opens_well = possessive
        || plural_after_opening
        || opening_words
        || bare_plural
        || phrase.first().is_some_and(|t| {
            DETERMINERS.contains(&t.lower().as_ref()) || names::is_speaker_noun(t.text)
        });
    // The noun heads the phrase: it ends it, or a preposition follows it ("a
    // spokesman for the city", "a person familiar with the matter"); "the
    // audit office released two critical [reports]" is a clause.
    // "A diplomat from a third member state": the first noun heads it when
    // a preposition follows it.
    let headed_at = |i: usize| {
        phrase.get(i + 1).is_none_or(|t| {
            matches!(
                t.lower().as_ref(),
                "for"
                        | "of"
                        | "at"
                        | "from"
                        | "with"
                        | "in"
                        // "Residents near the creek".
                        | "near"
                        | "outside"
                        | "across"
                        | "around"
                        | "to"
                        | "on"
                        | "and"
                        | "familiar"
                        | "close"
                        | "briefed"
                        | "involved"
                        | "speaking"
                        | "knowledgeable"
                        | "aware"
            )
        })
    };
    let headed = phrase
        .iter()
        .rposition(|t| names::is_speaker_noun(t.text))
        .is_none_or(headed_at)
        || phrase
            .iter()
            .position(|t| names::is_speaker_noun(t.text))
            .is_some_and(|i| i + 1 < phrase.len() && headed_at(i));
    // "The United Nations special envoy for the conflict": a body's name
    // before the noun and what it is for after it. ("A diplomat from one
    // of the five states": where the one speaking is from.)
    let of_something = phrase
        .iter()
        .position(|t| names::is_speaker_noun(t.text))
        .and_then(|i| phrase.get(i + 1))
        .is_some_and(|t| matches!(t.text, "for" | "of" | "to" | "at" | "from"));
    if !phrase.is_empty()
        && (phrase.len() <= 7 || ((long || of_something) && phrase.len() <= 9))
        && has_noun
        && headed
        && opens_well
        && starts_clause(d)
    {
        // "the “Pose” actor said": a quoted title between the determiner
        // and the noun; the phrase is "the actor".
        if let Some(det) = quoted_title_before(toks, d) {
            return Some(Mention::Phrase(format!("{det} {}", join(phrase))));
        }
        return Some(Mention::Phrase(join(phrase)));
    }
    super::long_nouns::long_tailed(toks, end)
}

/// Words that open a sentence with a phrase before its subject ("Despite
/// ...", "Amid ...").
#[rustfmt::skip]
const OPENING_PREPOSITIONS: &[&str] = &[
    "despite", "amid", "amidst", "after", "before", "following", "unlike", "like", "among",
    "against", "without", "within", "beyond", "besides", "regarding", "concerning", "including",
    "during", "under", "over", "about", "through", "toward", "towards", "via", "since", "until",
    "behind", "beside", "between", "across", "along", "around", "near", "outside", "inside",
];

/// The determiner before a quoted title that ends right before token `d`
/// ("the “Pose” actor"), when the determiner opens its clause.
fn quoted_title_before<'a>(toks: &[Token<'a>], d: usize) -> Option<&'a str> {
    if d < 3 || !matches!(toks[d - 1].text, "”" | "\"") {
        return None;
    }
    let o = (d.saturating_sub(6)..d - 2)
        .rev()
        .find(|&o| matches!(toks[o].text, "“" | "\""))?;
    let det = toks.get(o.checked_sub(1)?)?;
    (toks[o + 1..d - 1].iter().all(|t| t.word)
        && DETERMINERS.contains(&det.lower().as_ref())
        && starts_clause(toks, o - 1))
    .then_some(det.text)
}

/// The start of the run of small (lower-case) words that ends at `end`: at
/// most seven, and no verb.
fn lower_run(toks: &[Token<'_>], end: usize) -> usize {
    // "the nurses’ union": the mark of a plural's possessive, right after it.
    let plural_owner = |i: usize| {
        matches!(toks[i].text, "’" | "'")
            && i > 0
            && i + 1 < end
            && toks[i - 1].word
            && toks[i - 1].text.ends_with('s')
            && toks[i - 1].pos + toks[i - 1].text.chars().count() == toks[i].pos
    };
    let mut d = end;
    while d > 0
        && end - d < 7
        && (toks[d - 1].word || plural_owner(d - 1))
        && toks[d - 1]
            .text
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '’' | '\''))
        // "the crowd was heavy with women": a verb ends the noun phrase.
        && !VERBS.contains(&toks[d - 1].text)
        // "in which the clerk said": a relative word opens a clause.
        && !matches!(toks[d - 1].text, "what" | "which" | "whom")
    {
        d -= 1;
    }
    d
}

/// A determiner up to three words of any case before the run of small
/// words starting at `d` (and ending at `end`): "A senior Democratic aide",
/// "A Department of Health spokesperson" ("of" inside a body's name), or up
/// to seven when they are a body's name in capitals.
fn determiner_before(toks: &[Token<'_>], d: usize, end: usize) -> Option<usize> {
    if d >= end || d == 0 {
        return None;
    }
    let capitalised = |i: usize| {
        toks.get(i)
            .is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase))
    };
    // "A Department of Health and Social Care spokesperson": a body's
    // name may run longer, its small words between capitals.
    (d.saturating_sub(8)..d).rev().find(|&k| {
        (d - k <= 4 || capitalised(k + 1))
            && DETERMINERS.contains(&toks[k].lower().as_ref())
            && toks[k + 1..d].iter().enumerate().all(|(j, t)| {
                let i = k + 1 + j;
                t.word
                    && (!FUNCTION_WORDS.contains(&t.lower().as_ref())
                        // "A No 10 spokesperson": Downing Street.
                        || (t.is("No")
                            && toks
                                .get(i + 1)
                                .is_some_and(|n| n.text.bytes().all(|b| b.is_ascii_digit())))
                        || (matches!(t.text, "of" | "and" | "for" | "&")
                            && i > k + 1
                            && capitalised(i - 1)
                            && capitalised(i + 1)))
            })
    })
}

/// A noun for a person by its ending ("planner", "organizer", "activist",
/// "historian", "volunteer", "trustee", "resident"): in small letters, not
/// one of the things with those endings.
pub(super) fn is_agent_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &["er", "or", "ist", "ian", "ant", "ent", "ee"];
    const THINGS: &[&str] = &[
        "letter",
        "paper",
        "water",
        "order",
        "number",
        "matter",
        "center",
        "border",
        "power",
        "tower",
        "quarter",
        "chapter",
        "corner",
        "shelter",
        "weather",
        "winter",
        "summer",
        "answer",
        "computer",
        "poster",
        "banner",
        "trailer",
        "sticker",
        "folder",
        "barrier",
        "silver",
        "timber",
        "counter",
        "river",
        "cancer",
        "filter",
        "server",
        "printer",
        "register",
        "disaster",
        "theater",
        "theatre",
        "character",
        "monster",
        "meter",
        "other",
        "another",
        "together",
        "whether",
        "however",
        "rather",
        "either",
        "neither",
        "further",
        "never",
        "ever",
        "after",
        "under",
        "over",
        "later",
        "earlier",
        "former",
        "latter",
        "floor",
        "door",
        "error",
        "mirror",
        "motor",
        "factor",
        "sector",
        "color",
        "colour",
        "labor",
        "labour",
        "humor",
        "favor",
        "vapor",
        "tumor",
        "rumor",
        "corridor",
        "interior",
        "exterior",
        "behavior",
        "behaviour",
        "minor",
        "major",
        "senior",
        "junior",
        "moment",
        "comment",
        "event",
        "document",
        "statement",
        "agreement",
        "environment",
        "payment",
        "element",
        "development",
        "settlement",
        "amendment",
        "argument",
        "investment",
        "treatment",
        "equipment",
        "content",
        "percent",
        "incident",
        "accident",
        "component",
        "segment",
        "fragment",
        "instrument",
        "experiment",
        "apartment",
        "assessment",
        "judgment",
        "judgement",
        "achievement",
        "announcement",
        "advertisement",
        "government",
        "department",
        "parliament",
        "movement",
        "management",
        "employment",
        "unemployment",
        "requirement",
        "commitment",
        "improvement",
        "tournament",
        "current",
        "recent",
        "different",
        "important",
        "significant",
        "relevant",
        "urgent",
        "silent",
        "absent",
        "present",
        "frequent",
        "talent",
        "patent",
        "extent",
        "intent",
        "consent",
        "rent",
        "cent",
        "tent",
        "scent",
        "plant",
        "grant",
        "giant",
        "restaurant",
        "elephant",
        "instant",
        "distant",
        "pleasant",
        "constant",
        "vacant",
        "brilliant",
        "plan",
        "christian",
        "median",
        "guardian",
        "asian",
        "degree",
        "committee",
        "coffee",
        "fee",
        "tree",
        "free",
        "three",
        "agree",
        "guarantee",
        "jubilee",
        "decree",
        "knee",
        "spree",
        "thee",
        "see",
        "flee",
        "glee",
        "referee",
        "wrist",
        "list",
        "mist",
        "twist",
        "fist",
        "gist",
    ];
    w.len() >= 5
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !THINGS.contains(&w)
}

/// "one senior aide to the Speaker told me": the aide, whose phrase goes
/// on past the office in capitals (`toks[b..end]`, after "the").
pub(super) fn aide_to_office(toks: &[Token<'_>], b: usize, end: usize) -> Option<Mention> {
    let office = b < end
        && b >= 4
        && toks[b - 1].text.eq_ignore_ascii_case("the")
        && matches!(toks[b - 2].text, "to" | "for" | "of" | "with")
        && names::is_speaker_noun(toks[b - 3].text)
        && toks[b..end]
            .iter()
            .all(|t| super::names::is_title(t.text) && t.text.starts_with(char::is_uppercase));
    if !office {
        return None;
    }
    let Some(Mention::Phrase(p)) = noun_phrase_before(toks, b - 2) else {
        return None;
    };
    Some(Mention::Phrase(format!(
        "{p} {}",
        super::phrases::join(&toks[b - 2..end])
    )))
}

/// "The UN envoy leading prisoner-exchange talks in Geneva said": a
/// speaker's noun phrase opening the clause, then a few words of what
/// they do and where (`toks[b..]`, the place, after "in"): the speaker,
/// not the place.
pub(super) fn noun_before_place(toks: &[Token<'_>], b: usize) -> Option<Mention> {
    if b < 3 || !matches!(toks[b - 1].text, "in" | "at" | "near" | "outside") {
        return None;
    }
    let n = (b.saturating_sub(8)..b - 2).rev().find(|&n| {
        let t = &toks[n];
        t.word && t.text.starts_with(char::is_lowercase) && names::is_speaker_noun(t.text)
    })?;
    // Words only between the noun and the place, the first a verb's "-ing".
    if !toks[n + 1..b].iter().all(|t| t.word) || !toks[n + 1].text.ends_with("ing") {
        return None;
    }
    match noun_phrase_before(toks, n + 1)? {
        m @ Mention::Phrase(_) => Some(m),
        Mention::Name(_) | Mention::Pronoun(_) => None,
    }
}

/// Is `phrase`, the subject of the speech verb `verb`, a reporter who asks
/// ("One reporter asked", "a journalist pressed her")?
pub(super) fn asks_for_the_press(phrase: &str, verb: &str) -> bool {
    matches!(verb, "asked" | "asks" | "pressed" | "questioned")
        && matches!(
            crate::words::lower(super::heads::phrase_head(phrase)).as_ref(),
            "reporter" | "reporters" | "journalist" | "journalists" | "interviewer" | "questioner"
        )
}
