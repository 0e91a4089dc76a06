//! People named inside a relative clause about a body: "a new group,
//! Farmers Standing Together, whose founder, dairy farmer Gethin X,
//! addressed the crowd". A later "he" may stand for them.

use super::attrib::Attributor;
use super::lexicon::FUNCTION_WORDS;
use super::names::{is_name_word, is_speaker_noun, is_title};
use super::phrases::{join, person_like};

impl Attributor<'_> {
    /// Each person named so, with where the name starts.
    pub(super) fn whose_subjects(&self) -> Vec<(usize, String)> {
        let toks = &self.all_tokens;
        let small = |t: &super::tokens::Token<'_>| {
            t.word
                && t.text.starts_with(char::is_lowercase)
                && !FUNCTION_WORDS.contains(&t.lower().as_ref())
        };
        // (The word is found in the text, not token by token: it is rare.
        // Tokens borrow from the text, so a token's byte offset is where
        // its words start.)
        let base = self._src.as_ptr() as usize;
        let at_byte = |t: &super::tokens::Token<'_>| t.text.as_ptr() as usize - base;
        let mut out = Vec::new();
        for byte in memchr::memmem::find_iter(self._src.as_bytes(), b"whose") {
            let k = toks.partition_point(|t| at_byte(t) < byte);
            if !toks.get(k).is_some_and(|t| t.is("whose")) {
                continue;
            }
            // "whose founder,", "whose chief executive,": a person's noun.
            let Some(c) = toks[k + 1..].iter().take(4).position(|t| t.is(",")) else {
                continue;
            };
            let noun = &toks[k + 1..k + 1 + c];
            if noun.is_empty()
                || !noun.iter().all(small)
                || !noun.last().is_some_and(|t| is_speaker_noun(t.text))
            {
                continue;
            }
            // "dairy farmer": a description before the name.
            let a = k + 2 + c;
            let a = a + toks[a..].iter().take(4).take_while(|t| small(t)).count();
            let n = toks[a..]
                .iter()
                .take(5)
                .take_while(|t| t.word && is_name_word(t.text) && !is_title(t.text))
                .count();
            // The name, its closing comma and the clause's verb.
            if !(2..=4).contains(&n)
                || !toks.get(a + n).is_some_and(|t| t.is(","))
                || !toks.get(a + n + 1).is_some_and(small)
            {
                continue;
            }
            let c = self.canon(&join(&toks[a..a + n]));
            if c.contains(' ') && person_like(&c) {
                out.push((toks[a].pos, c));
            }
        }
        out
    }
}
