//! The sentences that hold a speech verb: only they can name a speaker,
//! so the rest of a text is never read word by word for one.

use super::bounds::is_long;
use super::facts::Facts;
use super::tokens::Token;

impl Facts<'_> {
    /// The sentences that hold a speech verb, each once, in text order, as
    /// (paragraph, start, end): only they can name a speaker, so the rest of
    /// the text is never looked at word by word. And where the speech verbs
    /// ending in "-ing" are (see `ing_cues`), found on the same pass.
    pub(super) fn find_cue_sentences(&self) -> (Vec<(usize, usize, usize)>, Vec<usize>) {
        // The sentence of each speech verb (on all cores for a long
        // article), then each sentence once: a verb inside the sentence
        // kept last adds none.
        let sentence_of = |t: &Token<'_>| {
            let para = self.paragraph_of(t.pos);
            let (p_start, p_end) = self.para_bounds(para);
            let mut s = self.sentence_start(t.pos, p_start);
            // Not the closing mark of a quote that ended the sentence before
            // ("... one more time.” Marchetti added that ..."): a sentence
            // with a quote mark holds no indirect speech.
            while s < p_end
                && (self.text[s].is_whitespace()
                    || (matches!(self.text[s], '”' | '"')
                        && self.text.get(s + 1).is_none_or(|c| c.is_whitespace())))
            {
                s += 1;
            }
            (t.pos, (para, s, self.sentence_end(s, p_end)))
        };
        let reports = |i: usize, _: &Token<'_>| reports_speech(&self.all_tokens, i);
        // (token index, (verb offset, its sentence)) of each speech verb.
        type Found = Vec<(usize, (usize, (usize, usize, usize)))>;
        let all: Found = if is_long(self._src) {
            use rayon::prelude::*;
            self.all_tokens
                .par_iter()
                .enumerate()
                .filter(|&(i, t)| reports(i, t))
                .map(|(i, t)| (i, sentence_of(t)))
                .collect()
        } else {
            self.all_tokens
                .iter()
                .enumerate()
                .filter(|&(i, t)| reports(i, t))
                .map(|(i, t)| (i, sentence_of(t)))
                .collect()
        };
        let ing = all
            .iter()
            .map(|&(i, _)| i)
            .filter(|&i| self.all_tokens[i].cue && self.all_tokens[i].text.ends_with("ing"))
            .collect();
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        for (_, (pos, sentence)) in all {
            if out.last().is_some_and(|&(_, _, e)| pos < e) {
                continue;
            }
            out.push(sentence);
        }
        (out, ing)
    }
}

/// Does the word at `toks[i]` report speech: a speech verb, or the
/// "according" of "According to X, the city will run out of money" (see
/// `according_reported`)?
#[inline]
pub(super) fn reports_speech(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    t.cue || (t.text.len() == 9 && according_to(toks, i))
}

/// Is `toks[i]`, a word of nine letters, the "according" of "according
/// to"?
#[cold]
#[inline(never)]
fn according_to(toks: &[Token<'_>], i: usize) -> bool {
    toks[i].text.eq_ignore_ascii_case("according") && toks.get(i + 1).is_some_and(|n| n.is("to"))
}
