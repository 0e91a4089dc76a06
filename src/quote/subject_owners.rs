//! Subjects that are owned or described: "Kolb's party", "The minister"
//! with a name bearing the office near, "Her husband, Ernesto,".

use super::attrib::Attributor;
use super::lexicon::DETERMINERS;
use super::names::{is_name_word, is_speaker_noun, is_title};
use super::phrases::{join, person_like};

impl Attributor<'_> {
    /// "Lindqvist-Oyo's party has a registration edge. But she is not
    /// confident.": the person who owns the subject, when the article has
    /// named them in full and the thing owned is not someone who may act
    /// for them ("Kolb's lawyer", "her spokesman").
    pub(super) fn possessor_subject(&self, k: usize) -> Option<(usize, String)> {
        let (owner, noun) = match self.all_tokens.get(k..(k + 3).min(self.all_tokens.len()))? {
            [t, owner, noun, ..] if is_title(t.text) => (owner, noun),
            [owner, noun, ..] => (owner, noun),
            _ => return None,
        };
        let name = super::phrases::owner_of(owner.text)?;
        let person = self.book.known(name)?;
        // (A body may be owned: "X's party" is X's.)
        let acts_for = ((is_speaker_noun(noun.text) || super::names::is_occupation(noun.text))
            && person_like(noun.text))
            || super::owners::speaks_for("his", noun.text).is_some();
        (noun.word
            && noun.text.starts_with(char::is_lowercase)
            && !acts_for
            && person.contains(' ')
            && person_like(person))
        .then(|| (owner.pos, person.to_string()))
    }

    /// "The minister rejected claims ...": an office as the subject, when a
    /// name bearing it ("Minister Callum Wetherby") is near.
    pub(super) fn office_subject(&self, k: usize) -> Option<(usize, String)> {
        let toks = self.all_tokens.get(k..(k + 5).min(self.all_tokens.len()))?;
        if !toks.first()?.is("The") {
            return None;
        }
        let lower = |t: &&super::tokens::Token<'_>| {
            t.word && t.text.starts_with(|c: char| c.is_ascii_lowercase())
        };
        let n = toks[1..].iter().take_while(lower).count();
        if n == 0 {
            return self.capitalised_office(toks);
        }
        let h = (1..=n)
            .rev()
            .find(|&h| super::roles::is_role(toks[h].text))
            .filter(|&h| h < n)?;
        let c = self.resolve_phrase(&join(&toks[..=h]), toks[0].pos, false)?;
        self.book
            .full
            .iter()
            .any(|(_, f)| *f == c)
            .then_some((toks[0].pos, c))
    }

    /// "The Prime Minister backed his treasurer.": an office in capitals
    /// (one or two words, then a verb) as the subject: the name that bears
    /// it, else the office itself, which a "he" or "she" that follows is.
    pub(super) fn capitalised_office(
        &self,
        toks: &[super::tokens::Token<'_>],
    ) -> Option<(usize, String)> {
        let caps = toks[1..]
            .iter()
            .take(2)
            .take_while(|t| t.word && t.text.starts_with(|c: char| c.is_ascii_uppercase()))
            .count();
        let h = (1..=caps)
            .rev()
            .find(|&h| super::roles::is_role(&crate::words::lower(toks[h].text)))?;
        let verb = toks.get(h + 1)?;
        if h != caps
            || !verb.word
            || !verb.text.starts_with(|c: char| c.is_ascii_lowercase())
            || matches!(verb.text, "of" | "and" | "for" | "at")
        {
            return None;
        }
        let office = join(&toks[1..=h]);
        // (In its capitals: "the Prime Minister" is not "the trade
        // minister" named before.)
        let c = self
            .resolve_phrase(&format!("the {office}"), toks[0].pos, false)
            .filter(|c| self.book.full.iter().any(|(_, f)| f == c))
            .unwrap_or(office);
        Some((toks[0].pos, c))
    }

    /// "Her husband, Ernesto,", "The driver, Ama Owusu,": a determiner (or a
    /// possessive name), a speaker noun, and one to three name words between
    /// commas, opening a sentence at token `k`.
    pub(super) fn named_in_apposition(&self, k: usize) -> Option<(usize, String)> {
        let toks = self
            .all_tokens
            .get(k..(k + 16).min(self.all_tokens.len()))?;
        // "Mr Trevethan's deputy,": past an honorific before a possessive.
        let toks = match toks {
            [h, owner, ..] if is_title(h.text) && super::phrases::is_possessive(owner.text) => {
                &toks[1..]
            }
            _ => toks,
        };
        let det = toks.first()?;
        // "Her husband,", "Her Republican opponent,", "Her opponent in the
        // primary,": the noun, up to two words after the determiner, and
        // only a phrase with "in", "of", "for" or "at" after it.
        // ("The president of the National Farmers' Union,": a plural's
        // possessive mark inside, and up to nine words.)
        let c = toks.iter().take(10).position(|t| t.is(","))?;
        if c < 2 || (1..c).any(|i| !toks[i].word && !super::phrases::plural_mark(toks, i)) {
            return None;
        }
        // ("The Greens' parliamentary leader,": one more after a plural's
        // mark.)
        let marks = (1..c).filter(|&i| !toks[i].word).count();
        let noun = (1..c.min(4 + marks)).rev().find(|&n| {
            (is_speaker_noun(toks[n].text)
                || is_title(toks[n].text)
                || super::names::is_party_member(toks[n].text))
                && (n + 1 == c || matches!(toks[n + 1].text, "in" | "of" | "for" | "at"))
        })?;
        let rest = &toks[c + 1..];
        // "Kolb's husband, Richard,": a possessive name is a determiner too.
        if !(DETERMINERS.contains(&det.lower().as_ref())
            || (super::phrases::is_possessive(det.text) && is_name_word(det.text)))
            || (noun + 1 < c && !is_speaker_noun(toks[noun].text))
        {
            return None;
        }
        // "Her challenger, state Sen. Brandon Tully,", "former Lt. Gov.
        // Bertram Castellano-Ruiz,", "The audit's author, chartered
        // accountant Horatio X,": past an office or a description.
        let t = rest
            .iter()
            .take(5)
            .take_while(|t| {
                let small = t.text.starts_with(char::is_lowercase)
                    && !super::lexicon::FUNCTION_WORDS.contains(&t.text)
                    && !DETERMINERS.contains(&t.text);
                (t.word && (is_title(t.text) || small)) || t.is(".")
            })
            .count();
        let rest = &rest[t..];
        let n = rest
            .iter()
            .take(7)
            .position(|t| !(t.word && is_name_word(t.text)))?;
        if !(1..=6).contains(&n) || !rest[n].is(",") {
            return None;
        }
        // "Senate Majority Leader Bartholomew Greaves,": an office in
        // capitals may lead the name, which drops it.
        let c = self.canon(&join(&rest[..n]));
        if c.split(' ').count() > 3 {
            return None;
        }
        person_like(&c).then_some((rest[0].pos, c))
    }

    /// "Her friend Tomas, 27, held a sign", "His neighbour Ada Kell went
    /// first": a name right after a determiner's noun for a person, with
    /// no comma between, as the subject at token `k`. (One word is a name
    /// only when it is a given name or the article has named its owner in
    /// full: not "The council Thursday voted".)
    pub(super) fn name_after_noun(&self, k: usize) -> Option<(usize, String)> {
        let toks = self
            .all_tokens
            .get(k..(k + 10).min(self.all_tokens.len()))?;
        if !DETERMINERS.contains(&toks.first()?.lower().as_ref()) {
            return None;
        }
        let n = (1..toks.len().min(4)).find(|&n| {
            toks[n].word
                && toks.get(n + 1).is_some_and(|t| {
                    t.word && t.text.starts_with(char::is_uppercase) && is_name_word(t.text)
                })
                && is_speaker_noun(toks[n].text)
        })?;
        if !toks[1..n]
            .iter()
            .all(|t| t.word && t.text.starts_with(char::is_lowercase))
        {
            return None;
        }
        let rest = &toks[n + 1..];
        let run = rest
            .iter()
            .take(4)
            .take_while(|t| t.word && is_name_word(t.text) && !is_title(t.text))
            .count();
        let after = rest.get(run)?;
        if run == 0
            || run > 3
            || !(after.is(",") || (after.word && after.text.starts_with(char::is_lowercase)))
        {
            return None;
        }
        let name = join(&rest[..run]);
        let c = self.canon(&name);
        if !c.contains(' ') && !super::given::is_given_name(&name) {
            return None;
        }
        person_like(&c).then_some((rest[0].pos, c))
    }
}
