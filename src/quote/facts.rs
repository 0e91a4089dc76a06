//! What the attributor knows of an article once it has read it: its text,
//! tokens, paragraphs, sentences and names. None of it changes while the
//! quotes are attributed, so a long article's reported speech is looked for
//! on one core while another settles its direct quotes' speakers in text
//! order.

use super::attrib::Kin;
use super::bounds::TokenIndex;
use super::names::NameBook;
use super::phrases::Mention;
use super::spans::QuoteSpan;
use super::tokens::Token;

#[derive(Clone)]
pub struct Facts<'a> {
    /// The same text as a string; tokens borrow from it.
    pub(super) _src: &'a str,
    pub(super) text: &'a [char],
    pub(super) book: NameBook,
    pub(super) para_starts: Vec<usize>,
    /// Offsets just after every sentence-ending mark, in order.
    pub(super) sentence_ends: Vec<usize>,
    /// Every token of the text, once.
    pub(super) all_tokens: Vec<Token<'a>>,
    /// Where the tokens at each offset are in `all_tokens`.
    pub(super) token_index: TokenIndex,
    /// End (exclusive, before the newline) of each paragraph.
    pub(super) para_ends: Vec<usize>,
    /// (offset, canonical name) of people named, sorted, for pronouns.
    pub(super) people: Vec<(usize, String)>,
    /// The sentences holding a speech verb: (paragraph, start, end).
    pub(super) cue_sentences: Vec<(usize, usize, usize)>,
    /// (offset, phrase) of unnamed speakers ("One Republican senator
    /// said"), for a later "the senator said".
    pub(super) unnamed: Vec<(usize, String)>,
    /// Given names of relatives ("Kolb's husband, Richard,") -> the name
    /// with the family's surname ("Richard Kolb").
    pub(super) family: crate::words::FxHashMap<String, String>,
    /// (offset, relative's noun, full name) of each relative so named
    /// ("Her son, Graham," -> "son", "Graham Ellery"), for a later "her son".
    pub(super) kin: Kin,
    /// The quote spans, found once.
    pub(super) spans: Vec<QuoteSpan>,
    /// Indices in `all_tokens` of the speech verbs ending in "-ing"
    /// ("ruling", "saying"), in order.
    pub(super) ing_cues: Vec<usize>,
}

impl<'a> Facts<'a> {
    pub(super) fn paragraph_of(&self, pos: usize) -> usize {
        self.para_starts
            .partition_point(|&s| s <= pos)
            .saturating_sub(1)
    }

    /// The tokens of `text[from..to]` (windows start and end between tokens).
    pub(super) fn tokens(&self, from: usize, to: usize) -> &[Token<'a>] {
        self.token_index.within(&self.all_tokens, from, to)
    }

    /// How many tokens start before char `pos`.
    pub(super) fn tokens_before(&self, pos: usize) -> usize {
        self.token_index.before(&self.all_tokens, pos)
    }

    pub(super) fn para_bounds(&self, idx: usize) -> (usize, usize) {
        match (self.para_starts.get(idx), self.para_ends.get(idx)) {
            (Some(&s), Some(&e)) => (s, e),
            _ => (self.text.len(), self.text.len()),
        }
    }

    /// Start of the sentence holding `pos`, not before `floor`.
    pub(super) fn sentence_start(&self, pos: usize, floor: usize) -> usize {
        // The last sentence end at or before `pos`, found in the precomputed list.
        let k = self.sentence_ends.partition_point(|&e| e <= pos);
        k.checked_sub(1)
            .map(|i| self.sentence_ends[i])
            .filter(|&e| e > floor)
            .unwrap_or(floor)
    }

    /// End of the sentence holding `pos` (exclusive), not after `ceil`.
    pub(super) fn sentence_end(&self, pos: usize, ceil: usize) -> usize {
        let k = self.sentence_ends.partition_point(|&e| e <= pos);
        self.sentence_ends.get(k).map_or(ceil, |&e| e.min(ceil))
    }

    /// The words a mention holds.
    pub(super) fn mention_str(m: &Mention) -> &str {
        match m {
            Mention::Name(s) | Mention::Pronoun(s) | Mention::Phrase(s) => s,
        }
    }
}
