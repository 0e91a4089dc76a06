//! People seen acting or described ("Imogen Vale, a student", "One of
//! the holdouts, Rep. Dana X,"): names a pronoun may stand for whatever
//! their given name says.

use super::attrib::Attributor;
use super::lexicon::DETERMINERS;
use super::phrases::person_like;

impl Attributor<'_> {
    /// Names followed by a description of a person ("Imogen Vale, a
    /// student", "Maria Lund, 42,", "Kai Brand, who ..."): people, whatever
    /// their given name.
    pub(super) fn described(&mut self) {
        let mut found = Vec::new();
        for (at, full) in &self.book.full {
            if self.agent_before(full, *at + 1) || !person_like(full) {
                continue;
            }
            let end = at + full.chars().count();
            let Some(after) = self.text.get(end..(end + 8).min(self.text.len())) else {
                continue;
            };
            if self.text[*at..end].iter().copied().ne(full.chars()) {
                continue;
            }
            let described = match after {
                [',', ' ', d, ..] if d.is_ascii_digit() => true,
                [',', ' ', rest @ ..] => {
                    let word: String = rest.iter().take_while(|c| c.is_alphabetic()).collect();
                    matches!(word.as_str(), "a" | "an" | "the" | "who" | "whose")
                        || self.described_before(*at)
                }
                // ("One of the holdouts, Rep. Dana X of Kansas,".)
                _ => self.described_before(*at),
            } || self.passive_agent(*at);
            if described {
                found.push((*at, full.clone()));
            }
        }
        for (at, full) in found {
            self.add_agent(&full, at);
        }
    }

    /// Marks `name` as seen doing something at `at` (the earliest such
    /// offset is kept).
    pub(super) fn add_agent(&mut self, name: &str, at: usize) {
        match self.agents.get_mut(name) {
            Some(first) => *first = (*first).min(at),
            None => {
                self.agents.insert(name.to_string(), at);
            }
        }
    }

    /// Was `name` seen doing something before `pos`?
    pub(super) fn agent_before(&self, name: &str, pos: usize) -> bool {
        self.agents.get(name).is_some_and(|&at| at < pos)
    }

    /// Is the name at `at` the agent of a passive ("The delegation was led
    /// by Deputy Secretary of State Evander Ruiz", "chaired by Sen. X")? It
    /// acts, whatever its given name says.
    fn passive_agent(&self, at: usize) -> bool {
        let toks = &self.all_tokens;
        let k = toks.partition_point(|t| t.pos < at);
        // Back over an office's words in capitals, "of" and dots.
        let office = toks[..k]
            .iter()
            .rev()
            .take(5)
            .take_while(|t| {
                t.is(".") || t.is("of") || (t.word && t.text.starts_with(char::is_uppercase))
            })
            .count();
        let k = k - office;
        // (An office holds a title: "Sen.", "Secretary".)
        (office == 0
            || toks[k..k + office]
                .iter()
                .any(|t| t.word && super::names::is_title(t.text)))
            && k >= 2
            && toks[k - 1].is("by")
            && toks[k - 2].word
            && (toks[k - 2].text.ends_with("ed") || toks[k - 2].text.ends_with("en"))
            && toks[k - 2].text.starts_with(char::is_lowercase)
    }

    /// Does a description opening the sentence stand before the name at
    /// `at`, as an apposition ("Her chief of staff, Devon Marsh,", "The
    /// company's lawyer, Ruth Abara,")? Not one deeper in a sentence ("he
    /// tried to work with the president's lawyer, Rudolf Gianelli,"): that
    /// name is only mentioned.
    fn described_before(&self, at: usize) -> bool {
        let toks = &self.all_tokens;
        let mut k = toks.partition_point(|t| t.pos < at);
        // "One of the holdouts, Rep. Dana X,": past the titles, and a word
        // in small letters before them ("state Rep.", "former Gov.").
        let untitled = k;
        while k >= 2
            && (super::names::is_title(toks[k - 1].text)
                || (toks[k - 1].is(".") && super::names::is_title(toks[k - 2].text)))
        {
            k -= 1;
        }
        if k < untitled
            && k >= 2
            && toks[k - 1].word
            && toks[k - 1].text.starts_with(|c: char| c.is_lowercase())
            && toks[k - 2].is(",")
        {
            k -= 1;
        }
        // "His old rival, the former first minister Gwilym Tudor,": past a
        // description after the apposition's comma.
        let w = toks[..k]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| t.word && t.text.starts_with(|c: char| c.is_lowercase()))
            .count();
        if w >= 2 && toks[k - w].is("the") && k > w && toks[k - w - 1].is(",") {
            k -= w;
        }
        if k < 3 || !toks[k - 1].is(",") {
            return false;
        }
        let words = toks[..k - 1]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| t.word && t.text.starts_with(|c: char| c.is_lowercase()))
            .count();
        let Some(d) = (k - 1).checked_sub(words + 1).filter(|_| words >= 1) else {
            return false;
        };
        DETERMINERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(toks[d].text))
            && (d == 0 || !toks[d - 1].word)
    }
}
