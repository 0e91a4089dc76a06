//! Speakers a phrase names by its head word: "one" of a group a plural
//! noun named, and a body named before ("the bureau" after "the National
//! Audit Bureau"); and whether a name is a person's or a body's.

use super::attrib::Attributor;

impl Attributor<'_> {
    /// "Allies of the Chancellor insisted ... “...,” one said": one of the
    /// people a plural noun named last, in this paragraph or the one before.
    pub(super) fn one_of(&self, pos: usize) -> Option<String> {
        let para = self.paragraph_of(pos);
        let from = self.para_bounds(para.saturating_sub(1)).0;
        let toks = &self.all_tokens[..self.tokens_before(pos)];
        let first = toks.partition_point(|t| t.pos < from);
        let noun = (first..toks.len()).rev().find(|&k| {
            let t = &toks[k];
            t.word
                && t.text.len() > 3
                && t.text.ends_with('s')
                && super::names::is_speaker_noun(t.text)
                && (t.text.starts_with(char::is_lowercase) || k == 0 || !toks[k - 1].word)
        })?;
        let mut words = vec![crate::words::lower(toks[noun].text).into_owned()];
        // What they are of or for: "of the Chancellor", "for the union".
        if toks
            .get(noun + 1)
            .is_some_and(|t| matches!(t.text, "of" | "for" | "to"))
        {
            let tail = toks[noun + 1..]
                .iter()
                .take(5)
                .take_while(|t| {
                    t.word
                        && (t.text.starts_with(char::is_uppercase)
                            || matches!(t.text, "of" | "for" | "to" | "the"))
                })
                .count();
            if tail > 1 {
                words.extend(
                    toks[noun + 1..noun + 1 + tail]
                        .iter()
                        .map(|t| t.text.to_string()),
                );
            }
        }
        Some(format!("one of the {}", words.join(" ")))
    }
}

/// Nouns a business goes by, after its line of trade ("the shipping group
/// Northgate", "the carmaker Stellar").
#[rustfmt::skip]
pub(super) const COMPANY_NOUNS: &[&str] = &[
    "company", "firm", "group", "bank", "airline", "carrier", "retailer", "insurer", "lender",
    "carmaker", "maker", "giant", "chain", "operator", "conglomerate", "startup", "supermarket",
    "label", "publisher", "broadcaster", "charity", "organisation", "organization",
];

/// Words that end a business's name ("Northline Shipping", "Brightwell
/// Foods Ltd"): such a name is the company's wherever it stands.
pub(super) fn ends_company_name(w: &str) -> bool {
    matches!(
        w,
        "Ltd"
            | "Limited"
            | "Inc"
            | "LLC"
            | "plc"
            | "PLC"
            | "GmbH"
            | "Corp"
            | "Corporation"
            | "Holdings"
            | "Shipping"
            | "Foods"
            | "Logistics"
            | "Airlines"
            | "Airways"
            | "Motors"
            | "Pharmaceuticals"
            | "Industries"
            | "Technologies"
            | "Telecom"
            | "Mining"
            | "Brewery"
            | "Construction"
            | "Developments"
            | "Properties"
            | "Retail"
            | "Insurance"
            | "Energy"
            | "Group"
            | "Partners"
            | "Capital"
            | "Systems"
            | "Media"
            | "Resources"
            | "Petroleum"
            | "Chemicals"
            | "Steel"
            | "Utilities"
            | "Software"
            | "Communications"
            | "Homes"
    )
}

/// "the bureau", "the commission": the noun that heads a body's name,
/// capitalised as it stands in the name ("Bureau").
pub(super) fn body_head(phrase: &str) -> Option<String> {
    let (det, noun) = phrase.split_once(' ')?;
    if !matches!(det, "the" | "The")
        || noun.contains(' ')
        || !noun.is_ascii()
        || COMPANY_NOUNS.contains(&noun)
    {
        return None;
    }
    let mut head = noun.to_string();
    head[..1].make_ascii_uppercase();
    super::orgs::is_head(&head).then_some(head)
}

impl Attributor<'_> {
    /// The body last named, in this paragraph or the four before, whose
    /// name holds `head` ("National Audit Bureau" for "Bureau").
    pub(super) fn body_named_before(&self, head: &str, pos: usize) -> Option<String> {
        let from = self.para_bounds(self.paragraph_of(pos).saturating_sub(4)).0;
        let lo = self.book.full.partition_point(|(at, _)| *at < from);
        let hi = self.book.full.partition_point(|(at, _)| *at < pos);
        self.book.full[lo..hi]
            .iter()
            .rev()
            .find(|(_, n)| n.split(' ').any(|w| w == head))
            .map(|(_, n)| n.clone())
            .or_else(|| {
                // "The Ministry of Finance rejected the claims": a name with
                // a link word in it, which the book does not hold whole.
                let toks = self.tokens(from, pos);
                let k = toks.iter().rposition(|t| t.text == head)?;
                let start = k - toks[..k]
                    .iter()
                    .rev()
                    .take_while(|t| {
                        t.word && t.text.starts_with(char::is_uppercase) && !t.is("The")
                    })
                    .count();
                let len = super::orgs::org_after(&toks[start..])?;
                (start + len > k + 1).then(|| super::phrases::join(&toks[start..start + len]))
            })
    }
}

/// Could `name` be a person's? Not when it holds a word of a body or a
/// place ("Harbour Trust", "Hyde Park"), unless that word is a surname
/// after a given name ("Susan Park", "Oliver North", "Elizabeth Banks") or
/// before a Korean one ("Park Ji-hoon").
pub fn person_like(name: &str) -> bool {
    static SET: std::sync::LazyLock<crate::words::WordSet> =
        std::sync::LazyLock::new(|| crate::words::WordSet::new(super::lexicon::ORG_WORDS));
    !name.split_whitespace().any(|w| SET.contains(w)) || surname_of_place(name, &SET)
}

/// [`person_like`] for a name that holds a word of a body or a place: is
/// each such word a surname beside a given name?
#[cold]
#[inline(never)]
fn surname_of_place(name: &str, set: &crate::words::WordSet) -> bool {
    let mut prev: Option<&str> = None;
    let mut words = name.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if set.contains(w) {
            let surname = matches!(
                crate::words::lower(w).as_ref(),
                "park" | "hall" | "north" | "west" | "church" | "banks" | "post" | "ledger"
            );
            let last = words.peek().is_none();
            let given_before = || last && prev.is_some_and(super::given::is_given_name);
            // ("Ji-hoon": two syllables joined, the second in small letters.)
            let korean_after = || {
                let mut rest = words.clone();
                prev.is_none()
                    && rest.next().is_some_and(|g| {
                        g.split_once('-')
                            .is_some_and(|(a, b)| a.len() >= 2 && b.starts_with(char::is_lowercase))
                    })
                    && rest.next().is_none()
            };
            if !(surname && (given_before() || korean_after())) {
                return false;
            }
        }
        prev = Some(w);
    }
    true
}

/// "the senator" -> "senator", "One Republican senator" as it is,
/// "Another resident" -> "another resident" (as "another" resolves).
pub(super) fn strip_article(phrase: &str) -> String {
    let mut words = phrase
        .split_whitespace()
        .skip_while(|w| matches!(crate::words::lower(w).as_ref(), "a" | "an" | "the"));
    let first = words
        .next()
        .map(|w| if w == "Another" { "another" } else { w });
    first.into_iter().chain(words).collect::<Vec<_>>().join(" ")
}

/// A phrase without the determiner opening it ("One Republican senator",
/// "the Republican senator": "Republican senator").
pub(super) fn after_determiner(phrase: &str) -> &str {
    match phrase.split_once(' ') {
        Some((d, rest))
            if matches!(
                crate::words::lower(d).as_ref(),
                "a" | "an" | "the" | "one" | "another"
            ) =>
        {
            rest
        }
        _ => phrase,
    }
}

/// The noun a phrase is about, before what qualifies it: "governor" in
/// "the governor of Ohio", "spokesman" in "a spokesman for the governor",
/// "people" in "two people familiar with the talks", and "office" in "the
/// secretary of state's office", whose "of" joins the words of an office
/// before its possessive mark.
pub(super) fn phrase_head(phrase: &str) -> &str {
    let mut words = phrase.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if w.eq_ignore_ascii_case("of")
            && let Some(owner) = words.peek()
            && super::phrases::is_possessive(owner)
            && let Some(end) = phrase.find(owner).map(|i| i + owner.len())
            && !phrase[end..].trim().is_empty()
        {
            return phrase_head(&phrase[end..]);
        }
    }
    phrase
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                crate::words::lower(w).as_ref(),
                "for" | "of" | "at" | "from" | "with" | "in" | "to" | "on" | "close" | "familiar"
            )
        })
        .last()
        .unwrap_or("")
}

/// "New Zealand's prime minister", "Britain's foreign secretary": an office
/// (one to three words in small letters) owned by a name in capitals (one
/// to three words), which names one person as "the prime minister" does.
pub(super) fn owned_by_place(phrase: &str) -> bool {
    let Some((owner, office)) = phrase
        .split_once("'s ")
        .or_else(|| phrase.split_once("’s "))
    else {
        return false;
    };
    let owner: Vec<&str> = owner.split_whitespace().collect();
    let office: Vec<&str> = office.split_whitespace().collect();
    (1..=3).contains(&owner.len())
        && owner.iter().all(|w| w.starts_with(char::is_uppercase))
        && (1..=3).contains(&office.len())
        && office
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
}
