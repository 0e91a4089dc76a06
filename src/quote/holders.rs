//! The holder of an office named with it: "Leader of the Opposition
//! Siddalingaiah Gowda", "Chair of the Federal Reserve Lena Moritz", "Mayor
//! of London Sadiq Okafor" speak as the name, without the office.

use super::names::is_title;
use super::phrases::{Mention, is_speaker_name_word, join};
use super::tokens::Token;

/// The mention `m` that ends `toks` (the words before a speech verb),
/// without an office "of" a body before the name.
pub(super) fn without_office(toks: &[Token<'_>], m: Mention) -> Mention {
    let (Mention::Name(n) | Mention::Phrase(n)) = &m else {
        return m;
    };
    if !n.starts_with(char::is_uppercase) {
        return m;
    }
    let words = n.split(' ').count();
    let has_of = n.as_bytes().windows(4).any(|w| w == b" of ");
    // (Most mentions have no "of" in or near them: nothing to look for.)
    if !has_of
        && !toks[toks.len().saturating_sub(words + 6)..]
            .iter()
            .any(|t| t.is("of"))
    {
        return m;
    }
    let Some(at) = (0..toks.len().saturating_sub(words - 1))
        .rev()
        .take(40)
        .find(|&i| toks[i..i + words].iter().map(|t| t.text).eq(n.split(' ')))
    else {
        return m;
    };
    // ("Mayor of London Sadiq Okafor": the office before the mention.)
    let from = if !has_of && at >= 2 && toks[at - 1].is("of") {
        at - 2
    } else if has_of {
        at
    } else {
        return m;
    };
    let holder = office_holder(&toks[from..at + words]).filter(|h| h.len() >= 2);
    holder.map_or(m, |h| Mention::Name(join(h)))
}

/// "Leader of the Opposition P. Lakshmi Narayana", "Chair of the Federal
/// Reserve Lena Moritz": an office "of" a body, then its holder, who is the
/// name left once the body's words before a given name or an initial go.
pub(super) fn office_holder<'a, 'b>(toks: &'b [Token<'a>]) -> Option<&'b [Token<'a>]> {
    // "Deputy Leader of": up to three words of the office.
    let is_office = |t: &Token<'_>| {
        t.word
            && t.text.starts_with(char::is_uppercase)
            && (is_title(t.text) || super::names::is_speaker_noun(t.text))
    };
    // "U.S. Ambassador to the United Nations Nikki Haley": a country's
    // word may come first.
    let lead =
        usize::from(toks.len() > 2 && toks[0].word && !is_office(&toks[0]) && is_office(&toks[1]));
    let toks = &toks[lead..];
    let office = toks.iter().take(3).take_while(|t| is_office(t)).count();
    // An office "of" a body, or an envoy "to" one.
    let link = toks.get(office).map(|t| t.text);
    if office == 0
        || !(link == Some("of")
            || (link == Some("to") && super::members::is_envoy(toks[office - 1].text)))
    {
        return None;
    }
    let rest = &toks[office + 1..];
    let rest = match rest.first() {
        Some(t) if t.is("the") => &rest[1..],
        _ => rest,
    };
    let run = rest
        .iter()
        .take_while(|t| t.word && is_speaker_name_word(t.text))
        .count();
    let body = super::members::body_words(&rest[..run]);
    if body > 0 {
        return Some(&rest[body..run]);
    }
    // "Mayor of London Sadiq Okafor": a place, then the name, which starts
    // at a given name, else is the last two words.
    (run >= 3).then(|| {
        let g = (1..run - 1)
            .find(|&k| super::given::is_given_name(rest[k].text))
            .unwrap_or(run - 2);
        &rest[g..run]
    })
}

/// "The Chancellor told the Commons" after "the shadow chancellor Harriet
/// X", "the governor" after "Lieutenant Governor Y": a word that makes the
/// office another one, unless the phrase (its words `own`, lowercase) has
/// it too. ("the foreign minister" is not "the defence minister, Y": a
/// portfolio the phrase does not name, where it names one.)
pub(super) fn other_office(own: &[String], w: &str) -> bool {
    let rank = matches!(
        w,
        "shadow" | "deputy" | "vice" | "lieutenant" | "assistant" | "junior" | "under"
    );
    (rank || (is_portfolio(w) && own.iter().any(|o| is_portfolio(o))))
        && !own
            .iter()
            .any(|o| o == w || o.strip_prefix(w).is_some_and(|r| r.starts_with('-')))
}

/// What a minister or secretary is in charge of, in small letters, as it
/// stands before the noun ("the foreign minister", "the health
/// secretary").
fn is_portfolio(w: &str) -> bool {
    matches!(
        w,
        "foreign"
            | "defence"
            | "defense"
            | "finance"
            | "health"
            | "justice"
            | "interior"
            | "education"
            | "culture"
            | "trade"
            | "transport"
            | "transportation"
            | "energy"
            | "environment"
            | "agriculture"
            | "housing"
            | "home"
            | "labour"
            | "labor"
            | "economy"
            | "treasury"
            | "immigration"
            | "industry"
            | "tourism"
            | "sports"
            | "science"
            | "welfare"
            | "commerce"
            | "employment"
            | "fisheries"
            | "infrastructure"
            | "communications"
    )
}

/// The 40 chars before `at`, lowercase, without the spaces at their end:
/// where a name's title stands ("the shadow housing secretary").
pub(super) fn text_before(text: &[char], at: usize) -> String {
    // (Sized once and lowered char by char as it is copied: one allocation
    // and one pass, where a curly quote among the chars made the whole
    // string take the slow road to lowercase.)
    let chars = &text[at.saturating_sub(40)..at];
    let mut before = String::with_capacity(chars.len() + 8);
    for &c in chars {
        match c {
            // (A paragraph's break is a space between words: "published.
            // \n\nprime minister" ends in "prime minister".)
            '\n' => before.push(' '),
            c if c.is_ascii() => before.push(c.to_ascii_lowercase()),
            c => before.extend(c.to_lowercase()),
        }
    }
    before.truncate(before.trim_end().len());
    before
}

/// `before` (lowercased) without the courtesy titles that end it ("general
/// sir" -> "general", "health minister dr" -> "health minister").
pub(super) fn past_courtesy(before: &str) -> &str {
    const COURTESY: [&str; 6] = ["sir", "dame", "dr", "prof", "hon", "rt"];
    // (Most end in none: one test of the last letters first.)
    let ends_in = |s: &str| {
        let s = s.strip_suffix('.').unwrap_or(s);
        COURTESY.iter().any(|c| s.ends_with(c))
    };
    let mut rest = before;
    while ends_in(rest)
        && let Some((head, last)) = rest.rsplit_once(' ')
        && COURTESY.contains(&last.trim_end_matches('.'))
    {
        rest = head.trim_end();
    }
    rest
}

/// Does `before` end with the title `t` as a word? `Some(true)` with that
/// office, `Some(false)` with another one of the same noun ("lieutenant
/// governor" for "governor", unless `own` has "lieutenant"), `None` without
/// it.
pub(super) fn title_ends(before: &str, t: &str, own: &[String]) -> Option<bool> {
    let rest = before.strip_suffix(t)?;
    if rest.ends_with(char::is_alphanumeric) {
        return None;
    }
    // ("the shadow housing secretary" for "the Housing Secretary": past
    // the phrase's own words.)
    let last = rest
        .rsplit(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .find(|w| !own.iter().any(|o| o == w));
    Some(!last.is_some_and(|w| other_office(own, w)))
}

/// "Conservative backbencher Sir Edmund X": is the noun set just before a
/// name (`before`, lowercased, past an honorific) one for people who hold
/// no office, when `head` names one? Such a person is not "the minister" a
/// guess looks for.
pub(super) fn named_as_other(before: &str, head: &str) -> bool {
    let mut words = before.rsplit(' ').filter(|w| !w.is_empty());
    let mut w = words.next();
    while w.is_some_and(|x| is_honorific(x.trim_end_matches('.'))) {
        w = words.next();
    }
    let office = is_office(head);
    // People no office holder is called by.
    let no_office = w.is_some_and(|x| {
        matches!(
            x,
            "backbencher"
                | "parent"
                | "resident"
                | "voter"
                | "activist"
                | "campaigner"
                | "protester"
                | "student"
                | "teacher"
                | "nurse"
                | "farmer"
                | "volunteer"
                | "critic"
                | "analyst"
                | "economist"
                | "professor"
                | "researcher"
                | "historian"
                | "constituent"
                | "shopkeeper"
                | "landlord"
                | "tenant"
        )
    });
    // ("The board's spokesman, Dr X," speaks for another; "founder,
    // midwife X" is what she is: a noun of another job before the name.)
    let other_job = w.map(|x| x.trim_end_matches(',')).is_some_and(|x| {
        x != head
            && (matches!(
                x,
                "spokesman" | "spokeswoman" | "spokesperson" | "aide" | "adviser" | "advisor"
            ) || (super::names::is_occupation(x) && !super::names::is_title(x)))
    });
    office && (no_office || other_job)
}

/// Does `head` name an office that one person holds ("minister", "mayor")?
fn is_office(head: &str) -> bool {
    matches!(
        head,
        "minister"
            | "senator"
            | "governor"
            | "mayor"
            | "president"
            | "premier"
            | "chancellor"
            | "secretary"
            | "judge"
            | "sheriff"
            | "speaker"
            | "prosecutor"
            | "commissioner"
            | "superintendent"
            | "councillor"
            | "councilor"
            | "congressman"
            | "congresswoman"
    )
}

/// "Mayor X" for "the governor": is the name (after `before`, lowercased)
/// given the title of another office, when `head` names one? Unless the
/// two name one post ("Foreign Secretary X" for "the minister").
pub(super) fn titled_for_other_office(before: &str, head: &str) -> bool {
    is_office(head)
        && titled_otherwise(before, &super::roles::title_forms(head))
        && !before
            .rsplit(char::is_whitespace)
            .find(|w| !w.is_empty() && !is_honorific(w.trim_end_matches('.')))
            .is_some_and(|x| kindred_titles(head, x.trim_end_matches(['.', ','])))
}

/// Titles one post is known by in turn: "the minister" after "Foreign
/// Secretary X", "the speaker" after "Rep. X", "the councillor" after
/// "Cllr X".
fn kindred_titles(head: &str, title: &str) -> bool {
    matches!(
        (head, title),
        ("minister" | "secretary", "secretary" | "minister")
            | (
                "councillor" | "councilor",
                "cllr"
                    | "councilman"
                    | "councilwoman"
                    | "councilmember"
                    | "alderman"
                    | "alderwoman"
            )
            | (
                "speaker",
                "rep" | "representative" | "congressman" | "congresswoman" | "mp"
            )
            | (
                "congressman" | "congresswoman",
                "representative" | "delegate"
            )
            | ("commissioner", "chief")
    )
}

/// A lowercased honorific before a name, which holds no office ("sir",
/// "mrs", "dr").
fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "sir" | "dame" | "lord" | "lady" | "mr" | "mrs" | "ms" | "miss" | "dr" | "prof"
    )
}

/// "Judge X" for "the president": is the name (after `before`) given an
/// office's title, none of the office's own `titles`?
pub(super) fn titled_otherwise(before: &str, titles: &[&str]) -> bool {
    let word = before
        .rsplit(char::is_whitespace)
        .find(|w| !w.is_empty() && !is_honorific(w.trim_end_matches('.')));
    word.is_some_and(|w| super::names::is_title(w) && !titles.contains(&w.to_lowercase().as_str()))
}

/// "Mayor X" for "the lawyer": is the name (after `before`, lowercased)
/// given an office's title, when `head` is a job that holds none?
pub(super) fn titled_for_other_job(before: &str, head: &str) -> bool {
    // (Past the honorifics: "Dr. X" is no office.)
    let word = before
        .rsplit(char::is_whitespace)
        .map(|w| w.trim_end_matches(['.', ',']))
        .find(|w| !w.is_empty() && !is_honorific(w));
    super::roles::is_private_job(head)
        && word.is_some_and(|x| {
            super::names::is_title(x) && !super::roles::same_job(x, head) && x != "professor"
        })
}

/// "Under questioning from prosecutor Clarissa X, the witness said": a name
/// at `at` that ends the phrase the sentence (from `s`) opens with, so that
/// what follows its comma is the sentence's subject, not a description of
/// the name.
pub(super) fn ends_opening_phrase(text: &[char], s: usize, at: usize) -> bool {
    opens_with_phrase(text, s, at) && !text[s..at].contains(&',')
}

/// Where the words after the phrase a sentence (from `s`) opens with
/// begin, up to `to` ("Under questioning from X, the witness, Y,": "the
/// witness"); `s` when it opens with none, `to` at most.
pub(super) fn past_opening_phrase(text: &[char], s: usize, to: usize) -> usize {
    let s = s.min(to);
    if !opens_with_phrase(text, s, to) {
        return s;
    }
    text[s..to].iter().position(|&c| c == ',').map_or(s, |c| {
        (s + c + 1..to)
            .find(|&k| !text[k].is_whitespace())
            .unwrap_or(to)
    })
}

/// Does the sentence from `s` (up to `to`) open with a phrase of place,
/// time or manner ("Under questioning from ...", "After meeting ...")?
fn opens_with_phrase(text: &[char], s: usize, to: usize) -> bool {
    const OPENERS: &[&str] = &[
        "under",
        "after",
        "before",
        "following",
        "according",
        "with",
        "from",
        "during",
        "despite",
        "unlike",
        "like",
        "asked",
        "questioned",
        "pressed",
        "responding",
        "replying",
        "speaking",
        "alongside",
        "beside",
        "behind",
    ];
    // (A phrase ends within a couple of hundred chars: a sentence of
    // thousands of quotes is not read from its start for each name.)
    let Some(head) = text.get(s..to).filter(|h| h.len() <= 200) else {
        return false;
    };
    let first: String = head
        .iter()
        .skip_while(|c| !c.is_alphabetic())
        .take_while(|c| c.is_alphabetic())
        .flat_map(|c| c.to_lowercase())
        .collect();
    OPENERS.contains(&first.as_str())
}

#[cfg(test)]
mod tests {
    use super::text_before;

    /// The words before a name come lowercased, a paragraph's break read as
    /// a space, whatever letters and marks they hold.
    #[test]
    fn the_words_before_a_name_are_lowercased_across_a_break() {
        let text: Vec<char> = "had “RÉSUMÉS” ready.\n\nPrime Minister Ana"
            .chars()
            .collect();
        let at = text.len() - 3;
        assert_eq!(
            text_before(&text, at),
            "had “résumés” ready.  prime minister"
        );
        // A string lowered whole gives the same, for any of these chars.
        let text: Vec<char> = "ÀÉÎ Ørsted’s ČEZ İ Ⅻ “Quote” said\nDr.".chars().collect();
        for at in 0..=text.len() {
            let whole: String = text[at.saturating_sub(40)..at]
                .iter()
                .map(|&c| if c == '\n' { ' ' } else { c })
                .collect::<String>()
                .to_lowercase();
            assert_eq!(text_before(&text, at), whole.trim_end(), "{at}");
        }
    }
}
