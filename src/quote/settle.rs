//! Reported clauses found while the direct quotes are attributed, and
//! their speakers settled after them: a "he" in "he said the plan was
//! dead" means the man the quotes before it have made the last one named.

use super::attrib::Attributor;
use super::bounds::is_long;
use super::facts::Facts;
use super::phrases::Mention;
use super::tokens::Token;
use super::{Names, Quote};

/// A reported clause whose speaker is not settled yet.
pub(super) struct Pending {
    pub(super) quote: Quote,
    /// Who the sentence says spoke.
    pub(super) mention: Mention,
    /// Where the sentence starts.
    pub(super) sentence: usize,
    /// The person the clause opens with, for a "he" or "she" that stands
    /// for no one named before.
    pub(super) clause_subject: Option<String>,
}

impl Attributor<'_> {
    /// The reported clauses, each with its speaker and its names shared
    /// where `names` knows them; and whether one of them was new.
    pub(super) fn settle(&self, pending: Vec<Pending>, names: &Names) -> Vec<(Quote, bool)> {
        let settle = |p: Pending| {
            let mut q = p.quote;
            q.speaker = self
                .resolve(&p.mention, p.sentence)
                .or(p.clause_subject)
                .map(super::Name::from);
            let new = names.share_known(&mut q);
            (q, new)
        };
        if is_long(self._src) {
            use rayon::prelude::*;
            pending.into_par_iter().map(settle).collect()
        } else {
            pending.into_iter().map(settle).collect()
        }
    }
}

impl Facts<'_> {
    /// "Finance Minister X was serious, he told her.", with no man named
    /// before: the "he" is the person the clause opens with.
    pub(super) fn pronoun_is_clause_subject(
        &self,
        m: &Mention,
        clause: &[Token<'_>],
    ) -> Option<String> {
        if !matches!(m, Mention::Pronoun(p) if matches!(p.as_str(), "he" | "she")) {
            return None;
        }
        let titles = clause
            .iter()
            .take_while(|t| t.word && super::names::is_title(t.text))
            .count();
        let run = clause[titles..]
            .iter()
            .take(4)
            .take_while(|t| t.word && super::names::is_name_word(t.text))
            .count();
        // ("Finance Minister X Y": the name the book knows in the run.)
        let known = (titles..titles + run.saturating_sub(1)).find_map(|k| {
            self.book
                .known(&super::phrases::join(&clause[k..titles + run]))
        })?;
        super::phrases::person_like(known).then(|| known.to_string())
    }

    /// The text from token `first` to token `last` (chars `start..end`):
    /// copied from the source string the tokens borrow from, else gathered
    /// char by char.
    pub(super) fn text_of_tokens(
        &self,
        first: &Token<'_>,
        last: &Token<'_>,
        start: usize,
        end: usize,
    ) -> String {
        let base = self._src.as_ptr() as usize;
        let from = (first.text.as_ptr() as usize).wrapping_sub(base);
        let to = (last.text.as_ptr() as usize).wrapping_sub(base) + last.text.len();
        match self._src.get(from..to) {
            Some(s) if from <= to => s.to_string(),
            _ => self.text[start..end].iter().collect(),
        }
    }
}
