//! Businesses a quote's "the company" or "the firm" stands for: the one
//! named after its line of trade ("the shipping group Northgate"), the one
//! seen speaking of itself ("Northgate said it would ..."), or one named by
//! the word that ends its name ("the contract went to Northline
//! Shipping").

use super::attrib::Attributor;
use super::tokens::Token;

/// "the company", "the firm": a business named before.
pub(super) fn is_company(phrase: &str) -> bool {
    phrase.split_once(' ').is_some_and(|(det, noun)| {
        matches!(det, "the" | "The") && super::heads::COMPANY_NOUNS.contains(&noun)
    })
}

/// A speaker mention that stands for a business, never a person: "the
/// company". (Not "it", which may stand for a statement's author: "X
/// released a statement. “...,” it read.")
pub(super) fn names_a_body(mention: &str) -> bool {
    is_company(mention)
}

impl Attributor<'_> {
    /// The business last named after its noun ("the shipping group
    /// Northgate") in this paragraph or the three before.
    pub(super) fn company_named_before(&self, pos: usize) -> Option<String> {
        let para = self.paragraph_of(pos);
        let from = self.para_bounds(para.saturating_sub(3)).0;
        let toks = self.tokens(from, pos);
        // (The last 600 words: a paragraph of thousands of quotes is not
        // read back to its start for each.)
        let toks = &toks[toks.len().saturating_sub(600)..];
        let names_at = |k: usize| {
            toks.get(k..).map_or(0, |rest| {
                rest.iter()
                    .take(3)
                    .take_while(|t| {
                        t.word
                            && super::names::is_name_word(t.text)
                            && !super::names::is_title(t.text)
                    })
                    .count()
            })
        };
        (1..toks.len())
            .rev()
            .find_map(|k| {
                let noun = &toks[k - 1];
                // "Northgate said it would not contest the fine": a name that
                // speaks of itself as "it".
                // ("Northgate Energy welcomed the decision": a name that is no
                // person's, by its words, before any speech verb.)
                let of_itself = toks[k].is("it");
                // (A past not in "-ed" is looked for only after a capital or a
                // comma, where a business's name can end: most words are not
                // read for one.)
                let first_byte =
                    |t: &Token<'_>, f: fn(&u8) -> bool| t.text.as_bytes().first().is_some_and(f);
                let past = || {
                    noun.word
                        && (noun.text.ends_with("ed")
                            || (k >= 2
                                && (toks[k - 2].is(",")
                                    || first_byte(&toks[k - 2], u8::is_ascii_uppercase))
                                && is_irregular_past(noun.text)))
                        && first_byte(noun, u8::is_ascii_lowercase)
                };
                if (noun.cue || past()) && k >= 2 {
                    // "The refinery's owner, Halvorsen Energy, said": the
                    // name set off by commas after a business's noun.
                    let apposed = apposed_business(toks, k - 1);
                    let close = usize::from(apposed.is_some());
                    let n = toks[..k - 1 - close]
                        .iter()
                        .rev()
                        .take(3)
                        .take_while(|t| {
                            t.word
                                && super::names::is_name_word(t.text)
                                && !super::names::is_title(t.text)
                        })
                        .count();
                    let first = k - 1 - close - n;
                    // (Or opens its paragraph, after a heading with no stop.)
                    let opens = |first: usize| {
                        first > 0
                            && self.paragraph_of(toks[first].pos)
                                != self.paragraph_of(toks[first - 1].pos)
                    };
                    // ("The Democratic Governors Association released a
                    // statement": after a "The" that starts the clause.)
                    let the_opens = first > 0
                        && toks[first - 1].is("The")
                        && (opens(first - 1) || super::nouns::starts_clause(toks, first - 1));
                    // ("The Marlow Chamber of Commerce issued a
                    // statement": a body's name with a link word in it.)
                    if n > 0
                        && first > 0
                        && matches!(toks[first - 1].text, "of" | "for" | "the" | "and")
                        && let Some(name) = linked_body_before(toks, k - 1 - close)
                    {
                        return Some(name);
                    }
                    if n > 0
                        && (opens(first)
                            || the_opens
                            || super::nouns::starts_clause(toks, first)
                            || apposed == Some(first))
                    {
                        let name = super::phrases::join(&toks[first..k - 1 - close]);
                        // Not a person's name ("Smith said it would take years").
                        let person = self
                            .canon(&name)
                            .split(' ')
                            .next()
                            .is_some_and(super::given::is_given_name);
                        // (Or two words or more, the first no given name:
                        // "Kestrel Logistics welcomed the opening".)
                        if !person
                            && ((of_itself && noun.cue)
                                || n >= 2
                                || !super::phrases::person_like(&name))
                        {
                            return Some(name);
                        }
                    }
                }
                if !(noun.word && super::heads::COMPANY_NOUNS.contains(&noun.text)) {
                    return None;
                }
                // "the shipping group Northgate".
                let n = names_at(k);
                if n > 0 {
                    return Some(super::phrases::join(&toks[k..k + n]));
                }
                // "The group that owns most of her music, Big Machine,".
                let c = toks[k..].iter().take(14).position(|t| t.is(","))? + k;
                let n = names_at(c + 1);
                (n > 0 && toks.get(c + 1 + n).is_some_and(|t| t.is(",")))
                    .then(|| super::phrases::join(&toks[c + 1..c + 1 + n]))
            })
            .or_else(|| business_named_in(toks))
    }
}

/// The institution's name with a link word in it ("Marlow Chamber of
/// Commerce") that ends before token `end` and opens its clause (after
/// "The", or at a clause's start).
fn linked_body_before(toks: &[Token<'_>], end: usize) -> Option<String> {
    let start = (end.saturating_sub(10)..end).find(|&s| {
        let opens = s == 0
            || super::nouns::starts_clause(toks, s)
            || (toks[s - 1].is("The") && (s == 1 || super::nouns::starts_clause(toks, s - 1)));
        opens
            && toks[s].word
            && toks[s].text.starts_with(char::is_uppercase)
            && !toks[s].is("The")
            && super::orgs::org_after(&toks[s..end]) == Some(end - s)
    })?;
    Some(super::phrases::join(&toks[start..end]))
}

/// A verb's past not in "-ed" that a body does ("The union held a
/// meeting", "The firm won the contract").
fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "held"
            | "made"
            | "gave"
            | "took"
            | "won"
            | "lost"
            | "sent"
            | "put"
            | "set"
            | "cut"
            | "kept"
            | "led"
            | "brought"
            | "bought"
            | "sold"
            | "paid"
            | "spent"
            | "found"
            | "began"
            | "became"
            | "sought"
            | "fought"
            | "drew"
            | "chose"
            | "struck"
            | "threw"
            | "built"
            | "met"
            | "went"
            | "ran"
            | "rose"
            | "fell"
            | "hit"
            | "left"
            | "got"
            | "saw"
            | "came"
    )
}

/// "The refinery's owner, Halvorsen Energy, said", with `verb` the verb's
/// index: where the name between the two commas starts, when the noun
/// before the first names a business (its trade or its part in the
/// story).
fn apposed_business(toks: &[Token<'_>], verb: usize) -> Option<usize> {
    if verb < 4 || !toks[verb - 1].is(",") {
        return None;
    }
    let open = (verb.saturating_sub(6)..verb - 1)
        .rev()
        .find(|&i| !toks[i].word)?;
    let noun = toks.get(open.checked_sub(1)?)?;
    (toks[open].is(",")
        && open + 1 < verb - 1
        && noun.word
        && (super::heads::COMPANY_NOUNS.contains(&noun.text)
            || matches!(
                noun.text,
                "owner"
                    | "parent"
                    | "employer"
                    | "developer"
                    | "contractor"
                    | "supplier"
                    | "manufacturer"
                    | "landlord"
                    | "builder"
                    | "producer"
                    | "distributor"
                    | "wholesaler"
                    | "importer"
                    | "exporter"
                    | "haulier"
                    | "shipper"
            )))
    .then_some(open + 1)
}

/// "The council gave the contract to Northline Shipping": the last
/// business in `toks` named by the word that ends its name, wherever it
/// stands.
fn business_named_in(toks: &[Token<'_>]) -> Option<String> {
    let name_word = |t: &Token<'_>| {
        t.word && super::names::is_name_word(t.text) && !super::names::is_title(t.text)
    };
    // (By the last word first: a capital, then the word itself.)
    let last = toks.iter().rposition(|t| {
        t.text
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
            && super::heads::ends_company_name(t.text)
    })?;
    let first = (last.saturating_sub(2)..last)
        .find(|&k| toks[k..last].iter().all(name_word))
        .filter(|&k| k == 0 || !name_word(&toks[k - 1]))?;
    Some(super::phrases::join(&toks[first..=last]))
}
