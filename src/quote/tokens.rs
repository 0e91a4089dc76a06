//! Words and punctuation of a text, with their char offsets; each token
//! borrows its text from the source string.

use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Char offset in the article text.
    pub pos: usize,
    pub word: bool,
}

impl Token<'_> {
    pub fn lower(&self) -> Cow<'_, str> {
        crate::words::lower(self.text)
    }

    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }
}

/// Tokens of `src`. Words keep inner `.`, `'`, `’`, `-` ("U.S.", "O’Neil");
/// a final dot stays with titles and initials ("Dr.", "J."); other marks are
/// one-char tokens; spaces vanish.
pub fn tokenize(src: &str) -> Vec<Token<'_>> {
    let chars: Vec<(usize, char)> = src.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(src.len(), |(b, _)| *b);
    let mut out = Vec::with_capacity(chars.len() / 5);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len()
                && (chars[i].1.is_alphanumeric()
                    || (matches!(chars[i].1, '\'' | '’' | '-' | '.')
                        && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric())))
            {
                i += 1;
            }
            let word = &src[byte_at(start)..byte_at(i)];
            if chars.get(i).is_some_and(|(_, c)| *c == '.')
                && (super::names::is_title(word) || word.chars().count() == 1 || word.contains('.'))
            {
                i += 1;
            }
            out.push(Token {
                text: &src[byte_at(start)..byte_at(i)],
                pos: start,
                word: true,
            });
        } else {
            if !c.is_whitespace() {
                out.push(Token {
                    text: &src[byte_at(i)..byte_at(i + 1)],
                    pos: i,
                    word: false,
                });
            }
            i += 1;
        }
    }
    out
}
