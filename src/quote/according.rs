//! Indirect speech whose source is named with "according to": "According
//! to the mayor, Hortensia Blackwood, the city will run out of money by
//! March." and "The minister will resign, according to two people
//! familiar with her plans."

use super::facts::Facts;
use super::phrases::Mention;
use super::settle::Pending;
use super::tokens::Token;

/// Nouns for things, not people, that a sentence can be "according to"
/// ("according to Treasury figures", "according to the plan"): what they
/// say is no one's reported speech.
const THINGS: &[&str] = &[
    "figures",
    "data",
    "report",
    "reports",
    "records",
    "documents",
    "estimates",
    "estimate",
    "poll",
    "polls",
    "survey",
    "study",
    "statistics",
    "analysis",
    "census",
    "research",
    "filing",
    "filings",
    "papers",
    "plan",
    "plans",
    "schedule",
    "law",
    "rules",
    "guidelines",
    "tradition",
    "index",
    "forecast",
    "forecasts",
    "tally",
    "count",
    "results",
    "map",
    "maps",
    "database",
    "budget",
    "model",
    "projections",
    "calculations",
    "transcript",
    "indictment",
    "complaint",
    "lawsuit",
    "affidavit",
    "audit",
    "document",
    "findings",
    "accounts",
    "footage",
    "minutes",
    "notes",
    "release",
    "releases",
    "website",
    "page",
];

/// Past forms without "-ed" that make a clause of the words around them.
const IRREGULAR: &[&str] = &[
    "rose", "fell", "went", "came", "took", "made", "gave", "left", "met", "spent", "knew", "saw",
    "got", "paid", "sent", "lost", "won", "began", "broke", "ran", "held", "kept", "brought",
    "bought", "sold", "told", "thought", "found", "became", "grew", "drew", "hid", "chose",
];

/// The source after "according to" at `toks[k]` (`k` is "according"), up
/// to `end`: who, when it is a person, a group or an office, and not a
/// thing that holds figures.
fn source(toks: &[Token<'_>], k: usize, end: usize) -> Option<Mention> {
    let words = toks.get(k + 2..end)?;
    if words.is_empty() || words.len() > 14 {
        return None;
    }
    // (The head noun, before what describes it: "two people familiar with
    // her plans" are people; "the researchers' calculations" are not.)
    let words = super::shapes::source_of(words);
    let head = words
        .iter()
        .position(|t| {
            matches!(
                t.text,
                "," | "with" | "of" | "from" | "in" | "at" | "on" | "who" | "familiar" | "close"
            )
        })
        .unwrap_or(words.len());
    if words[..head].iter().any(|t| {
        let w = t.lower();
        THINGS.contains(&w.as_ref()) || super::documents::is_document(&w)
    }) {
        return None;
    }
    // ("According to him": the object pronoun stands for "he".)
    if let [only] = words {
        let p = match only.text {
            "him" => Some("he"),
            "her" => Some("she"),
            "them" => Some("they"),
            _ => None,
        };
        if let Some(p) = p {
            return Some(Mention::Pronoun(p.into()));
        }
    }
    match super::forward::forward_speaker(words)? {
        m @ (Mention::Name(_) | Mention::Phrase(_)) => Some(m),
        Mention::Pronoun(_) => None,
    }
}

impl Facts<'_> {
    /// "According to X, CLAUSE." or "CLAUSE, according to X.": the clause
    /// is X's reported speech. `toks` is a sentence with no quote in it.
    pub(super) fn according_reported(
        &self,
        toks: &[Token<'_>],
        s: usize,
        para: usize,
    ) -> Option<Pending> {
        let k = toks
            .windows(2)
            .position(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].is("to"))?;
        let cue = &toks[k];
        if k == 0 {
            let c = toks.iter().take(16).position(|t| t.is(","))?;
            // The source ends at its comma, or at the comma after a name
            // set beside it ("the mayor, Hortensia Blackwood,"), or of a
            // clause about it ("Imelda Brannagh, who chairs the council,").
            let mut end = c;
            let who = toks
                .get(c + 1)
                .is_some_and(|t| matches!(t.text, "who" | "whose"));
            let reach = if who { 16 } else { 6 };
            if let Some(c2) = toks[c + 1..].iter().take(reach).position(|t| t.is(","))
                && c2 > 0
                && (who
                    || toks[c + 1..c + 1 + c2]
                        .iter()
                        .all(|t| t.word && t.text.starts_with(char::is_uppercase)))
            {
                end = c + 1 + c2;
            }
            let m = source(toks, k, if who { c } else { end })?;
            let clause = &toks[end + 1..];
            // ("According to him, the minister said ...": the speech verb
            // of the clause reports it, not the source.)
            if clause.iter().any(|t| t.cue) {
                return None;
            }
            return self.according_clause(clause, cue, &m, s, para);
        }
        // "CLAUSE, according to X.": the source closes the sentence.
        if k < 5 || !toks[k - 1].is(",") || toks[k + 2..].iter().any(|t| t.is(",")) {
            return None;
        }
        let end = toks
            .iter()
            .rposition(|t| t.word)
            .map_or(toks.len(), |w| w + 1);
        let m = source(toks, k, end)?;
        let clause = &toks[..k - 1];
        if clause.iter().any(|t| t.cue) {
            return None;
        }
        self.according_clause(clause, cue, &m, s, para)
    }

    fn according_clause(
        &self,
        clause: &[Token<'_>],
        cue: &Token<'_>,
        m: &Mention,
        s: usize,
        para: usize,
    ) -> Option<Pending> {
        // A clause has a verb: "the city will run out", not "most of them
        // older".
        let finite = clause.iter().skip(1).any(|t| {
            t.word
                && (super::clause_start::FINITE.contains(&t.lower().as_ref())
                    || t.text.ends_with("ed")
                    || IRREGULAR.contains(&t.text))
        });
        if clause.iter().filter(|t| t.word).count() < 4 || !finite {
            return None;
        }
        let mut p = self.indirect_quote(clause, cue, m, s, para, 0.4)?;
        p.quote.cue = Some("according to".into());
        Some(p)
    }
}
