//! Institutions named with "of", "for" and "and" inside their names ("the
//! Centers for Disease Control and Prevention", "the Department of Health
//! and Human Services", "the Food and Drug Administration"): a speaker the
//! capitalised-word rules would cut at the first lower-case word; and the
//! names that stand after an institution's ("Office of Management and
//! Budget spokeswoman Danielle Fitch").

use super::attrib::Attributor;
use super::given::is_given_name;
use super::lexicon::{DETERMINERS, FUNCTION_WORDS};
use super::names::{is_particle, is_title};
use super::phrases::{Mention, is_speaker_name_word, join};
use super::tokens::Token;

/// Nouns that head an institution's name. (A `match`, which looks at a
/// word's length first: the name scan asks it of every run of capitals.)
pub(super) fn is_head(w: &str) -> bool {
    matches!(
        w,
        "Academy"
            | "Administration"
            | "Agency"
            | "Alliance"
            | "Army"
            | "Association"
            | "Authority"
            | "Bank"
            | "Board"
            | "Bureau"
            | "Caucus"
            | "Center"
            | "Centers"
            | "Centre"
            | "Centres"
            | "Chamber"
            | "Coalition"
            | "College"
            | "Commission"
            | "Committee"
            | "Company"
            | "Conference"
            | "Corporation"
            | "Council"
            | "Court"
            | "Department"
            | "Federation"
            | "Forum"
            | "Foundation"
            | "Fund"
            | "Institute"
            | "Institutes"
            | "League"
            | "Ministry"
            | "Museum"
            | "Network"
            | "Office"
            | "Organization"
            | "Organisation"
            | "Party"
            | "Service"
            | "Services"
            | "Society"
            | "Trust"
            | "Union"
            | "University"
    )
}

/// A word inside a name: capitalised (or an acronym), and no determiner
/// ("The" opening a sentence).
fn is_cap(t: &Token<'_>) -> bool {
    t.word
        && is_speaker_name_word(t.text)
        && !DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(t.text))
}

/// Links inside an institution's name.
fn is_link(t: &Token<'_>) -> bool {
    matches!(t.text, "of" | "for" | "and" | "&" | "on")
}

/// Is `run` an institution's name with a link word inside it? It starts
/// and ends with a capitalised word, holds a head noun, and no title or
/// given name follows its last link ("Department of Health Secretary Jane
/// Doe" is a person).
fn is_org(run: &[Token<'_>]) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let Some(l) = run.iter().rposition(is_link) else {
        return false;
    };
    // "Ana Ruiz of the Ohio Voter Alliance": a person, then where she works.
    // "But Professor Gideon Mallory of the University of Leeds": past a
    // sentence's opening word and the person's titles.
    let f = run.iter().position(is_link).unwrap_or(l);
    let lead = run[..f]
        .iter()
        .take_while(|t| is_title(t.text) || !super::names::is_name_word(t.text))
        .count();
    // ("Dr Okafor of the Institute for Fiscal Studies": a title makes one
    // word a surname.)
    let titled = run[..lead].iter().any(|t| is_title(t.text));
    let person_first = ((2..=3).contains(&(f - lead)) || (titled && f - lead == 1))
        && run[f].is("of")
        && !run[lead..f]
            .iter()
            .any(|t| is_head(t.text) || is_title(t.text));
    is_cap(first)
        && is_cap(last)
        && !person_first
        && run.iter().any(|t| is_head(t.text))
        && !run[l + 1..]
            .iter()
            .any(|t| is_title(t.text) || is_given_name(t.text))
}

/// "the Centers for Disease Control and Prevention said": the institution;
/// "a spokesman for the Food and Drug Administration said": the spokesman.
pub fn org_speaker_before(
    toks: &[Token<'_>],
    starts_clause: impl Fn(usize) -> bool,
) -> Option<Mention> {
    // Most names hold no link word: nothing to do.
    let b = linked_run_start(toks);
    if !toks[b..].iter().any(is_link) {
        return None;
    }
    if let Some(p) = person_before(toks) {
        return Some(Mention::Name(join(&toks[p..])));
    }
    let s = org_before(toks)?;
    let mut k = s;
    // "The state Chamber of Commerce said": a word of scope between.
    if k >= 2
        && matches!(
            toks[k - 1].text,
            "state" | "city" | "county" | "local" | "national" | "regional" | "federal"
        )
        && DETERMINERS.contains(&toks[k - 2].lower().as_ref())
    {
        k -= 1;
    }
    if k > 0 && DETERMINERS.contains(&toks[k - 1].lower().as_ref()) {
        k -= 1;
    }
    if k >= 2
        && matches!(
            toks[k - 1].lower().as_ref(),
            "for" | "of" | "at" | "with" | "to"
        )
        && super::names::is_speaker_noun(toks[k - 2].text)
    {
        let d = (k.saturating_sub(6)..k - 1)
            .rev()
            .find(|&d| DETERMINERS.contains(&toks[d].lower().as_ref()) && starts_clause(d))?;
        return Some(Mention::Phrase(join(&toks[d..])));
    }
    // "A March 2024 study by the Centre for Harbour Economics concluded":
    // the body that put the study out.
    if k >= 2
        && matches!(toks[k - 1].text, "by" | "from")
        && (k.saturating_sub(5)..k - 1).any(|d| {
            super::documents::is_published(&toks[d].lower())
                && d > 0
                && (0..d)
                    .rev()
                    .take(4)
                    .any(|a| DETERMINERS.contains(&toks[a].lower().as_ref()) && starts_clause(a))
        })
    {
        return Some(Mention::Name(join(&toks[s..])));
    }
    starts_clause(k).then(|| Mention::Name(join(&toks[s..])))
}

/// "a spokeswoman for Harlow County", "a spokesman for the Food and Drug
/// Administration": the end of the phrase whose noun ends at `at`, with the
/// institution the noun speaks for.
pub fn whose(toks: &[Token<'_>], at: usize) -> usize {
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.text, "for" | "of" | "at" | "with"))
    {
        return at;
    }
    let s = (at + 1 + usize::from(toks.get(at + 1).is_some_and(|d| d.is("the")))).min(toks.len());
    org_after(&toks[s..])
        .or_else(|| {
            // ("for Farmers Against Ruin": a campaign's capitalised small
            // word between name words.)
            let rest = &toks[s..];
            let n = (0..rest.len().min(6))
                .take_while(|&i| {
                    let t = &rest[i];
                    t.word
                        && (is_speaker_name_word(t.text)
                            || (is_campaign_link(t.text)
                                && i > 0
                                && rest
                                    .get(i + 1)
                                    .is_some_and(|n| is_speaker_name_word(n.text))))
                })
                .count();
            (1..=5).contains(&n).then_some(n)
        })
        .map_or(at, |n| s + n)
}

/// "a cautious response from the U.S. Chamber of Commerce, which said":
/// the institution (or other name) ending `toks`, wherever it stands.
pub fn named_before(toks: &[Token<'_>]) -> Option<String> {
    let e = toks.len();
    let s = org_before(toks).or_else(|| {
        let n = toks
            .iter()
            .rev()
            .take_while(|t| t.word && is_speaker_name_word(t.text))
            .count();
        (1..=5).contains(&n).then(|| e - n)
    })?;
    Some(join(&toks[s..]))
}

/// Is `name` (a mention) an institution's name with a link word inside?
/// Such names are kept whole: the person-name rules would cut them.
pub fn is_org_name(name: &str) -> bool {
    // One pass over the words: most names have no link word.
    let mut words = name.split(' ');
    words.next();
    let mut link = None;
    if !words.any(|w| {
        link = Some(w);
        matches!(w, "of" | "for" | "and" | "&" | "on") || is_campaign_link(w)
    }) {
        return false;
    }
    // "Farmers Against Ruin", "Citizens For Safe Water": a campaign's
    // name, whose small word has a capital.
    if matches!(link, Some("Against" | "For")) {
        return name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    }
    let toks = super::tokens::tokenize(name);
    is_org(&toks)
}

/// The start of the institution's name that ends `toks`, if one does.
pub fn org_before(toks: &[Token<'_>]) -> Option<usize> {
    let b = linked_run_start(toks);
    (b < toks.len() && is_org(&toks[b..])).then_some(b)
}

/// "Department of Health and Human Services Secretary Alex Azar": the
/// person ending `toks` after an institution's name and a title (start).
pub fn person_before(toks: &[Token<'_>]) -> Option<usize> {
    let b = linked_run_start(toks);
    let (a, e) = person_after_org(&toks[b..])?;
    (b + e == toks.len()).then_some(b + a)
}

/// The start of the run of capitalised words and links inside them that
/// ends `toks` (its length when it ends in no capitalised word).
fn linked_run_start(toks: &[Token<'_>]) -> usize {
    let end = toks.len();
    if !toks.last().is_some_and(is_cap) {
        return end;
    }
    let mut b = end - 1;
    loop {
        // "the Rail Users' Alliance": past a plural's possessive mark.
        while b > 0
            && (is_cap(&toks[b - 1])
                || (b >= 2 && super::phrases::owner_mark(toks, b - 1) && is_cap(&toks[b - 2])))
        {
            b -= 1;
        }
        // A link ("of the" too) between two capitalised words goes on.
        let mut c = b;
        if c >= 2 && toks[c - 1].is("the") && matches!(toks[c - 2].text, "of" | "for" | "on") {
            c -= 1;
        }
        if c >= 2 && is_link(&toks[c - 1]) && is_cap(&toks[c - 2]) {
            b = c - 2;
        } else {
            break;
        }
    }
    b
}

/// The end of the institution's name that starts `toks`, if one does.
pub fn org_after(toks: &[Token<'_>]) -> Option<usize> {
    let e = linked_run(toks);
    (e > 0 && is_org(&toks[..e])).then_some(e)
}

/// "Department of Health Secretary Jane Doe": the person after the title
/// that follows an institution's name starting `toks` (start, end).
pub fn person_after_org(toks: &[Token<'_>]) -> Option<(usize, usize)> {
    let e = linked_run(toks);
    let l = toks[..e].iter().rposition(is_link)?;
    let t = l + toks[l..e].iter().rposition(|t| is_title(t.text))?;
    (t + 1 < e && toks[..l].iter().any(|t| is_head(t.text))).then_some((t + 1, e))
}

/// The end of the run of capitalised words and links inside them that
/// starts `toks` (0 when it starts with no capitalised word).
fn linked_run(toks: &[Token<'_>]) -> usize {
    if !toks.first().is_some_and(is_cap) {
        return 0;
    }
    let mut e = 1;
    loop {
        while e < toks.len() && is_cap(&toks[e]) {
            e += 1;
        }
        let mut c = e;
        if c < toks.len() && plural_owner_inside(toks, c) {
            c += 1;
        } else if c < toks.len() && is_link(&toks[c]) {
            c += 1;
            if matches!(toks[c - 1].text, "of" | "for" | "on")
                && toks.get(c).is_some_and(|t| t.is("the"))
            {
                c += 1;
            }
        }
        if c > e && toks.get(c).is_some_and(is_cap) {
            e = c + 1;
        } else {
            break;
        }
    }
    e
}

/// "deputy press secretary Nina Patel", "White House press secretary Nina
/// Patel", "Office of Management and Budget spokeswoman Danielle Fitch":
/// words (an organisation, a job) and then, right after a lower-case word,
/// a name of two or more words; the name.
pub fn name_after_descriptor<'t, 'a>(toks: &'t [Token<'a>]) -> Option<&'t [Token<'a>]> {
    let name_word = |t: &Token<'_>| t.word && is_speaker_name_word(t.text) && !is_title(t.text);
    for p in 1..toks.len().min(10) {
        let before = &toks[p - 1];
        // "of", "and" inside an organisation's name.
        let inside_name = p >= 2
            && matches!(before.text, "of" | "and" | "for")
            && name_word(&toks[p - 2])
            && name_word(&toks[p]);
        // ("supporters' club secretary Iwan Bevan": a plural's possessive
        // mark.)
        if super::phrases::plural_mark(toks, p - 1) {
            continue;
        }
        if !before.word || (FUNCTION_WORDS.contains(&before.lower().as_ref()) && !inside_name) {
            return None;
        }
        if inside_name {
            continue;
        }
        // "Conservative lawmaker Sir Geoffrey Ainsworth": an honorific
        // after the descriptor stays out of the name.
        let p = match toks.get(p..p + 2) {
            Some([t, n]) if t.word && is_title(t.text) && name_word(n) => p + 1,
            _ => p,
        };
        if before.text.starts_with(|c: char| c.is_lowercase()) && name_word(&toks[p]) {
            let mut e = p + 1;
            while e < toks.len()
                && ((toks[e].word && (name_word(&toks[e]) || is_particle(toks[e].text)))
                    || plural_owner_inside(toks, e))
            {
                e += 1;
            }
            return (e - p >= 2).then(|| &toks[p..e]);
        }
    }
    None
}

impl Attributor<'_> {
    /// "The employers' association said in a statement that the demands
    /// were “...”. “...,” it said.": the body that is the subject of the
    /// sentence before, in the quote's paragraph (or the last of the
    /// paragraph before, when the quote opens its own).
    pub(super) fn body_just_before(&self, pos: usize) -> Option<String> {
        let (s1, s0) = self.sentence_before(pos)?;
        let toks = self.tokens(s1, s0);
        let subject = match toks.iter().position(|t| t.cue) {
            Some(v) => super::phrases::backward_speaker(super::phrases::before_verb(toks, v)),
            // "Calloway Foods cut its forecast on Thursday. “...,” it
            // said.": the subject of a sentence with no speech verb.
            None => super::sentence::opening_subject(toks, toks.len()),
        };
        match subject? {
            Mention::Phrase(p) if !super::phrases::person_like(&p) => {
                Some(self.resolve_phrase(&p, s1, false).unwrap_or_else(|| {
                    let bare = p.strip_prefix("the ").or_else(|| p.strip_prefix("The "));
                    bare.unwrap_or(&p).to_string()
                }))
            }
            Mention::Name(n) if !super::phrases::person_like(&n) => Some(n),
            _ => None,
        }
    }
}

/// A small word with a capital inside a campaign's name ("Farmers Against
/// Ruin", "Citizens For Safe Water").
pub fn is_campaign_link(w: &str) -> bool {
    matches!(w, "Against" | "For")
}

/// "the Maritime Pilots' Association": the mark at `i` makes the plural
/// before it an owner inside a name that goes on.
pub(super) fn plural_owner_inside(toks: &[Token<'_>], i: usize) -> bool {
    super::phrases::plural_mark(toks, i)
        && toks
            .get(i + 1)
            .is_some_and(|t| t.word && is_speaker_name_word(t.text))
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn before(s: &str) -> Option<String> {
        let toks = tokenize(s);
        org_before(&toks).map(|b| super::super::phrases::join(&toks[b..]))
    }

    fn after(s: &str) -> Option<String> {
        let toks = tokenize(s);
        org_after(&toks).map(|e| super::super::phrases::join(&toks[..e]))
    }

    #[test]
    fn names_with_links_inside_are_read_whole() {
        for (s, want) in [
            (
                "the outbreak is slowing, the Chinese Center for Disease Control and Prevention",
                "Chinese Center for Disease Control and Prevention",
            ),
            (
                "staff, the Department of Health and Human Services",
                "Department of Health and Human Services",
            ),
            (
                "a spokesman for the Food and Drug Administration",
                "Food and Drug Administration",
            ),
            (
                "The Department of the Treasury",
                "Department of the Treasury",
            ),
        ] {
            assert_eq!(before(s).as_deref(), Some(want), "{s}");
        }
        for (s, want) in [
            ("the Department of Health.", "Department of Health"),
            (
                "Centers for Disease Control and Prevention in a statement",
                "Centers for Disease Control and Prevention",
            ),
            (
                "Committee on the Judiciary on Tuesday",
                "Committee on the Judiciary",
            ),
        ] {
            let s = s.strip_prefix("the ").unwrap_or(s);
            assert_eq!(after(s).as_deref(), Some(want), "{s}");
        }
    }

    #[test]
    fn whole_names_are_told_apart() {
        assert!(is_org_name("Department of Health and Human Services"));
        assert!(is_org_name("Food and Drug Administration"));
        assert!(!is_org_name("Department of Health Secretary Jane Doe"));
        assert!(!is_org_name("Ilse Garrow and Tobias Whitlock"));
        assert!(!is_org_name("Harbour Trust"));
    }

    #[test]
    fn people_and_plain_names_are_not_institutions() {
        for s in [
            "Ilse Garrow and Tobias Whitlock",
            "Secretary of State Eleanor Vasquez-Reid",
            "Department of Health Secretary Jane Doe",
            // A surname no list knows: the title tells.
            "Department of Labor Secretary Okafor",
            "Mayor of Kettle Point",
            "Harbour Trust",
            "Biden and the Department",
        ] {
            assert_eq!(before(s), None, "{s}");
            assert_eq!(after(s), None, "{s}");
        }
    }
}
