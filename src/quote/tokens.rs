//! Words and punctuation of a stretch of text, with their char offsets.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    /// Char offset in the article text.
    pub pos: usize,
    pub word: bool,
}

impl Token {
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }
}

/// Tokens of `text[from..to]`. Words keep inner `.`, `'`, `’`, `-`
/// ("Dr.", "O’Neil", "U.S."); other marks are one-char tokens; spaces vanish.
pub fn tokenize(text: &[char], from: usize, to: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let mut i = from;
    let to = to.min(text.len());
    while i < to {
        let c = text[i];
        if c.is_alphanumeric() {
            let start = i;
            while i < to
                && (text[i].is_alphanumeric()
                    || (matches!(text[i], '\'' | '’' | '-' | '.')
                        && i + 1 < to
                        && text[i + 1].is_alphanumeric()))
            {
                i += 1;
            }
            // A trailing dot belongs to abbreviations and initials ("Dr.", "J.").
            let mut word: String = text[start..i].iter().collect();
            if i < to
                && text[i] == '.'
                && (super::names::is_title(&word)
                    || word.chars().count() == 1
                    || word.contains('.'))
            {
                word.push('.');
                i += 1;
            }
            out.push(Token {
                text: word,
                pos: start,
                word: true,
            });
        } else {
            if !c.is_whitespace() {
                out.push(Token {
                    text: c.to_string(),
                    pos: i,
                    word: false,
                });
            }
            i += 1;
        }
    }
    out
}
