//! Where a text's paragraphs and sentences end, the tokens of a stretch of
//! it, and when it is long enough to be worked on all cores.

use super::names;
use super::tokens::Token;

/// Paragraph starts, paragraph ends, offsets just after sentence ends.
pub(super) type Bounds = (Vec<usize>, Vec<usize>, Vec<usize>);

/// Where the tokens of each stretch of [`TokenIndex::STEP`] chars begin, so
/// that the token at an offset is found among a few, not by a binary search
/// through all of a long article's (whose every step is a cache miss).
#[derive(Clone, Default)]
pub(super) struct TokenIndex {
    /// `firsts[b]`: how many tokens start before char `b * STEP`.
    firsts: Vec<u32>,
}

impl TokenIndex {
    const STEP: usize = 32;

    /// The index of `tokens` (in text order) of a text of `len` chars.
    pub(super) fn new(tokens: &[Token<'_>], len: usize) -> Self {
        // (None for more tokens than a u32 counts: then every look-up is a
        // binary search.)
        if u32::try_from(tokens.len()).is_err() {
            return TokenIndex::default();
        }
        let blocks = len / Self::STEP + 2;
        let mut firsts = Vec::with_capacity(blocks);
        let mut k = 0;
        for b in 0..blocks {
            let start = b * Self::STEP;
            while tokens.get(k).is_some_and(|t| t.pos < start) {
                k += 1;
            }
            firsts.push(k as u32);
        }
        TokenIndex { firsts }
    }

    /// How many of `tokens` (those the index was made of) start before
    /// char `pos`: `tokens.partition_point(|t| t.pos < pos)`.
    pub(super) fn before(&self, tokens: &[Token<'_>], pos: usize) -> usize {
        let b = pos / Self::STEP;
        let bound = |i: usize| self.firsts.get(i).map(|&k| (k as usize).min(tokens.len()));
        match (bound(b), bound(b + 1)) {
            (Some(lo), hi) => {
                let hi = hi.unwrap_or(tokens.len()).max(lo);
                lo + tokens[lo..hi].partition_point(|t| t.pos < pos)
            }
            (None, _) => tokens.partition_point(|t| t.pos < pos),
        }
    }

    /// The tokens of `tokens` in `text[from..to]`.
    pub(super) fn within<'t, 'a>(
        &self,
        tokens: &'t [Token<'a>],
        from: usize,
        to: usize,
    ) -> &'t [Token<'a>] {
        let lo = self.before(tokens, from);
        let hi = self.before(tokens, to);
        &tokens[lo..hi.max(lo)]
    }
}

/// Text above this size is worked on all cores (as in the cleaner): a long
/// article's quotes are found sooner, and a short one does not pay for
/// handing out the work.
const PARALLEL_BYTES: usize = 128 * 1024;

pub(super) fn is_long(src: &str) -> bool {
    #[cfg(test)]
    if ONE_THREAD.with(std::cell::Cell::get) {
        return false;
    }
    src.len() >= PARALLEL_BYTES
}

/// `f` of each item that gives one, in order: on all cores when `long`
/// (see [`is_long`]), else on this thread.
pub(super) fn filter_map_all<T, R>(
    long: bool,
    items: &[T],
    f: impl Fn(&T) -> Option<R> + Sync + Send,
) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    use rayon::prelude::*;
    if long {
        items.par_iter().filter_map(f).collect()
    } else {
        items.iter().filter_map(f).collect()
    }
}

/// `f` of every item, in order, as [`filter_map_all`] works.
pub(super) fn map_all<T, R>(long: bool, items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R>
where
    T: Sync,
    R: Send,
{
    use rayon::prelude::*;
    if long {
        items.par_iter().map(f).collect()
    } else {
        items.iter().map(f).collect()
    }
}

#[cfg(test)]
thread_local! {
    /// Set by a test: work on one thread, whatever the length.
    pub(super) static ONE_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Paragraph starts and ends, and the offsets just after sentence ends, in
/// one pass over the text that steps over runs of chars that are none of
/// `\n . ! ?` eight at a time.
pub(super) fn bounds(text: &[char]) -> Bounds {
    let mut para_starts = vec![0];
    let mut para_ends = Vec::new();
    let mut sentence_ends = Vec::new();
    let mut i = 0;
    while i < text.len() {
        while let Some(chunk) = text.get(i..i + 8)
            && !chunk
                .iter()
                .fold(false, |any, &c| any | matches!(c, '\n' | '.' | '!' | '?'))
        {
            i += 8;
        }
        let Some(&c) = text.get(i) else {
            break;
        };
        match c {
            '\n' => {
                // The first newline after a paragraph's start ends it; the
                // first char after a run of newlines starts the next one.
                if para_ends.len() < para_starts.len() {
                    para_ends.push(i);
                }
                while text.get(i + 1) == Some(&'\n') {
                    i += 1;
                }
                if i + 1 < text.len() {
                    para_starts.push(i + 1);
                }
            }
            '.' | '!' | '?' if ends_sentence(text, i) => sentence_ends.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    if para_ends.len() < para_starts.len() {
        para_ends.push(text.len());
    }
    (para_starts, para_ends, sentence_ends)
}

/// Is the `.`/`!`/`?` at `i` the end of a sentence?
pub fn ends_sentence(text: &[char], i: usize) -> bool {
    if !matches!(text[i], '.' | '!' | '?') {
        return false;
    }
    let next = text.get(i + 1).copied();
    if next.is_some_and(|c| !c.is_whitespace() && !matches!(c, '”' | '"' | '’' | ')')) {
        return false;
    }
    if text[i] == '.' {
        let mut k = i;
        while k > 0 && (crate::words::is_alnum(text[k - 1]) || text[k - 1] == '.') {
            k -= 1;
        }
        let word = &text[k..i];
        // "U.S.", "Ph.D.": a dot after a letter inside the word makes it
        // an abbreviation; not a number's ("cost £3.1bn. The ...").
        if word.len() == 1 || word.windows(2).any(|w| w[1] == '.' && w[0].is_alphabetic()) {
            return false;
        }
        // "Sen. Ada Ruiz (D-Calif.) said": a party and state in brackets.
        if next == Some(')')
            && k >= 2
            && text[k - 1] == '-'
            && matches!(text[k - 2], 'R' | 'D' | 'I')
            && (k == 2 || !crate::words::is_alnum(text[k - 3]))
        {
            return false;
        }
        // "Tomas Reyes Jr. said", "Acme Inc. reported": a name's suffix
        // ends a sentence only before a capital.
        if super::names::NAME_CLOSERS
            .iter()
            .any(|n| n.chars().eq(word.iter().copied()))
            && text[i + 1..]
                .iter()
                .find(|c| !c.is_whitespace())
                .is_some_and(|c| c.is_lowercase())
        {
            return false;
        }
        // "no later than Dec. 15", "on Sept. 3": a month before a day.
        if matches!(
            word,
            ['J', 'a', 'n']
                | ['F', 'e', 'b']
                | ['A', 'u', 'g']
                | ['S', 'e', 'p', 't']
                | ['S', 'e', 'p']
                | ['O', 'c', 't']
                | ['N', 'o', 'v']
                | ['D', 'e', 'c']
        ) && next == Some(' ')
            && text.get(i + 2).is_some_and(char::is_ascii_digit)
        {
            return false;
        }
        // Titles are short words: only those are spelt out to look them up.
        if crate::words::short_word_is(word, names::is_short_title) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The char-by-char version of [`bounds`], kept as the reference.
    fn reference(text: &[char]) -> Bounds {
        let mut para_starts = vec![0];
        let mut para_ends = Vec::new();
        let mut sentence_ends = Vec::new();
        let mut prev = '\0';
        for (i, &c) in text.iter().enumerate() {
            match c {
                '\n' if para_ends.len() < para_starts.len() => para_ends.push(i),
                '.' | '!' | '?' if ends_sentence(text, i) => sentence_ends.push(i + 1),
                _ => {}
            }
            if prev == '\n' && c != '\n' {
                para_starts.push(i);
            }
            prev = c;
        }
        if para_ends.len() < para_starts.len() {
            para_ends.push(text.len());
        }
        (para_starts, para_ends, sentence_ends)
    }

    proptest::proptest! {
        #[test]
        fn bounds_match_the_char_by_char_pass(
            s in "([a-z]{1,9}|Dr\\.|U\\.S\\.| |\n|\n\n|\\.|!|\\?|”|é){0,60}"
        ) {
            let text: Vec<char> = s.chars().collect();
            proptest::prop_assert_eq!(bounds(&text), reference(&text));
        }

        /// The index finds what a binary search through all the tokens
        /// finds, for every offset in the text and past its end.
        #[test]
        fn token_index_matches_the_binary_search(
            s in "([A-Za-z]{1,40}|[ ,.;“”]{1,3}|
    |é|—){0,120}"
        ) {
            let text: Vec<char> = s.chars().collect();
            let tokens = crate::quote::tokens::tokenize(&s);
            let index = TokenIndex::new(&tokens, text.len());
            for pos in 0..text.len() + 70 {
                proptest::prop_assert_eq!(
                    index.before(&tokens, pos),
                    tokens.partition_point(|t| t.pos < pos)
                );
                let to = pos + 17;
                let lo = tokens.partition_point(|t| t.pos < pos);
                let hi = tokens.partition_point(|t| t.pos < to).max(lo);
                proptest::prop_assert_eq!(index.within(&tokens, pos, to), &tokens[lo..hi]);
            }
        }
    }

    #[test]
    fn token_index_past_what_it_was_made_for_falls_back_to_a_search() {
        let s = "Ada said it was late. Ben agreed.";
        let tokens = crate::quote::tokens::tokenize(s);
        // (Made for a shorter text than the tokens cover.)
        let index = TokenIndex::new(&tokens, 3);
        for pos in 0..s.len() + 5 {
            assert_eq!(
                index.before(&tokens, pos),
                tokens.partition_point(|t| t.pos < pos),
                "at {pos}"
            );
        }
        let empty = TokenIndex::default();
        assert_eq!(
            empty.before(&tokens, 9),
            tokens.partition_point(|t| t.pos < 9)
        );
    }
}
