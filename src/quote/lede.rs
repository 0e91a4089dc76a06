//! The person the opening lines describe: "The defence secretary told
//! MPs ..." then "Appearing before the committee, Jonathan X said": the
//! first person then shown speaking, named bare.

use super::attrib::Attributor;

impl Attributor<'_> {
    /// The first person named after `pos` (and within a few lines) who is
    /// shown speaking or described as a person.
    pub(super) fn next_speaker(
        &self,
        pos: usize,
        fits: &dyn Fn(usize, &str) -> bool,
    ) -> Option<String> {
        let from = to_here(&self.book.full, pos);
        self.book.full[from..]
            .iter()
            .take_while(|(at, _)| *at < pos + 600)
            .find(|(_, n)| self.agents.contains_key(n.as_str()) && super::phrases::person_like(n))
            .filter(|(at, n)| fits(*at, n))
            .map(|(_, n)| n.clone())
    }
}

impl Attributor<'_> {
    /// The first person named after `pos` (and within a few lines) who is
    /// shown speaking and named bare, as someone the reader already knows:
    /// "Speaking on the radio, Lucian Faversham said", not "General Sir
    /// Rodney Aldcroft" or "chief executive Rosalind Tarrant", who come
    /// with an office of their own.
    pub(super) fn next_speaker_bare(
        &self,
        pos: usize,
        titled_at: &dyn Fn(usize) -> bool,
        fits: &dyn Fn(usize, &str) -> bool,
    ) -> Option<String> {
        // (People, not only full names: "Mr Thornbury told Parliament".)
        let from = to_here(&self.people, pos);
        // A word that describes who follows: a title, an occupation, a
        // role, a possessive ("Labour's Seraphina Mbatha").
        // (An honorific describes no one: "Mr", "Ms", "Dr".)
        let describes = |t: &super::tokens::Token<'_>| {
            t.word
                && !super::names::is_honorific(t.text)
                && (super::names::is_title(t.text)
                    || super::names::is_occupation(&t.text.to_lowercase())
                    || super::roles::is_role(&t.text.to_lowercase())
                    || super::phrases::is_possessive(t.text))
        };
        self.people[from..]
            .iter()
            .take_while(|(at, _)| *at < pos + 1500)
            .filter(|(_, n)| self.agents.contains_key(n.as_str()) && super::phrases::person_like(n))
            .find(|(at, n)| {
                let k = self.tokens_before(*at);
                let before = |d: usize| k.checked_sub(d).map(|k| &self.all_tokens[k]);
                // A full name, or a surname after an honorific.
                // (The mention may start at the honorific.)
                let is_honorific =
                    |t: &super::tokens::Token<'_>| super::names::is_honorific(t.text);
                let honorific = before(1).is_some_and(is_honorific)
                    || self.all_tokens.get(k).is_some_and(is_honorific);
                let full = self.book.full[to_here(&self.book.full, *at)..]
                    .first()
                    .is_some_and(|(f, _)| f == at);
                if !(full || honorific) {
                    return false;
                }
                // "Labour's energy spokeswoman, Harriet Quaye-Lindgren,":
                // an apposition to a description.
                // (Not "Appearing before the defence committee, Jonathan
                // X said": the phrase opens with a determiner or an owner.)
                let apposition = before(1).is_some_and(|t| t.is(","))
                    && before(2).is_some_and(&describes)
                    && (3..12)
                        .map_while(before)
                        .take_while(|t| t.word)
                        .last()
                        .is_some_and(|t| {
                            super::phrases::is_possessive(t.text)
                                || super::lexicon::DETERMINERS.contains(&t.lower().as_ref())
                        });
                (titled_at(*at) || !(before(1).is_some_and(&describes) || apposition))
                    && fits(*at, n)
            })
            .map(|(_, n)| n.clone())
    }
}

impl Attributor<'_> {
    /// Is the name `n` at `at` described beside it as something other
    /// than `head` ("Abigail Thornquist, a law professor," or "The leader
    /// of the opposition, Rasmus X," for "the president")?
    pub(super) fn described_as_other(&self, at: usize, n: &str, head: &str) -> bool {
        let end = at + n.chars().count();
        let toks = self.tokens(end, (end + 80).min(self.text.len()));
        let same = |t: &super::tokens::Token<'_>| super::roles::same_job(&t.lower(), head);
        if toks.first().is_some_and(|t| t.is(","))
            && let Some(det) = toks.get(1)
        {
            let words = || toks[2..].iter().take_while(|t| t.word).take(6);
            if matches!(det.text, "a" | "an") {
                return words().next().is_some() && !words().any(&same);
            }
            // ("Rasmus X, the opposition leader,": an office of its own.)
            if det.is("the") {
                return words().any(|t| describes_office(t.text)) && !words().any(&same);
            }
        }
        // ("The leader of the opposition, Rasmus X,": before the name.)
        let k = self.tokens_before(at);
        let Some((comma, rest)) = self.all_tokens[k.saturating_sub(10)..k].split_last() else {
            return false;
        };
        let phrase = || rest.iter().rev().take_while(|t| t.word);
        comma.is(",")
            && phrase().last().is_some_and(|t| {
                super::phrases::is_possessive(t.text)
                    || super::lexicon::DETERMINERS.contains(&t.lower().as_ref())
            })
            && phrase().any(|t| describes_office(t.text))
            && !phrase().any(same)
    }

    /// "Another cabinet minister, speaking privately, described the mood as
    /// “grim”. “...,” the minister said.": the person a sentence of the
    /// quote's paragraph opened by describing ("Another", "One", "A" and
    /// the noun `head`), before `pos`.
    pub(super) fn described_in_paragraph(&self, pos: usize, head: &str) -> Option<String> {
        let (p_start, _) = self.para_bounds(self.paragraph_of(pos));
        let toks = self.tokens(p_start, pos);
        let toks = &toks[toks.len().saturating_sub(80)..];
        (0..toks.len()).rev().find_map(|k| {
            let opens = matches!(toks[k].text, "Another" | "One" | "A" | "An")
                && (k == 0 || matches!(toks[k - 1].text, "." | "”" | "\""));
            let n = (k + 1..toks.len().min(k + 5))
                .take_while(|&n| toks[n].word && toks[n].text.starts_with(char::is_lowercase))
                .find(|&n| toks[n].text == head)?;
            opens.then(|| {
                let phrase = super::phrases::join(&toks[k..=n]);
                match phrase.split_once(' ') {
                    Some(("Another", rest)) => format!("another {rest}"),
                    Some(("A" | "An", rest)) => rest.to_string(),
                    _ => phrase,
                }
            })
        })
    }
}

/// The index of the first entry of `names` (sorted by offset) at or after
/// `pos`.
pub(super) fn to_here(names: &[(usize, String)], pos: usize) -> usize {
    names.partition_point(|(at, _)| *at < pos)
}

/// A noun for what a person does or holds: a title ("Senator"), an
/// occupation ("leader") or a role ("candidate").
fn describes_office(word: &str) -> bool {
    let lower = crate::words::lower(word);
    super::names::is_title(word)
        || super::names::is_occupation(&lower)
        || super::roles::is_role(&lower)
}
