//! The reader's lines: an article wrapped to a width. Each body line knows the
//! char range of the cleaned text it shows, so a screen cell maps back to a
//! char offset (search highlights now, selections and annotations later).

use unicode_width::UnicodeWidthChar;

use crate::article::Article;
use crate::sanitize::one_line;

/// What a line shows, for styling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Title(String),
    Meta(String),
    Warning(String),
    Rule,
    Blank,
    /// A slice of paragraph `para`: bytes `bytes` of it, starting at char
    /// offset `start` of the article's cleaned text.
    Body {
        para: usize,
        bytes: std::ops::Range<usize>,
        start: usize,
        chars: usize,
    },
}

/// An article laid out at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLayout {
    pub width: usize,
    pub lines: Vec<Line>,
    /// Index of the first body line.
    pub body_start: usize,
    /// (char offset, line index) of every body line, in order.
    body_index: Vec<(usize, usize)>,
}

impl TextLayout {
    /// Lays `article` out in `width` columns.
    pub fn new(article: &Article, width: usize) -> Self {
        let width = width.max(1);
        let mut lines = Vec::new();
        for part in wrap_plain(&article.meta.title, width) {
            lines.push(Line::Title(part));
        }
        let meta: Vec<&str> = [
            article.meta.source.as_deref(),
            article.meta.byline.as_deref().filter(|b| !b.is_empty()),
            article.meta.date.as_deref(),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !meta.is_empty() {
            let joined = meta.join(" · ");
            for part in wrap_plain(&joined, width) {
                lines.push(Line::Meta(part));
            }
        }
        for w in &article.warnings {
            for part in wrap_plain(&format!("⚠ {w}"), width) {
                lines.push(Line::Warning(part));
            }
        }
        lines.push(Line::Rule);
        lines.push(Line::Blank);
        let body_start = lines.len();
        for (i, para) in article.paragraphs().enumerate() {
            if i > 0 {
                lines.push(Line::Blank);
            }
            let para_start = article.para_starts[i];
            for (bytes, start, chars) in wrap_ranges(para, width) {
                lines.push(Line::Body {
                    para: i,
                    bytes,
                    start: para_start + start,
                    chars,
                });
            }
        }
        let body_index = lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| match l {
                Line::Body { start, .. } => Some((*start, i)),
                _ => None,
            })
            .collect();
        TextLayout {
            width,
            lines,
            body_start,
            body_index,
        }
    }

    /// The index of the line showing char offset `offset` of the cleaned text.
    pub fn line_of_offset(&self, offset: usize) -> usize {
        let after = self
            .body_index
            .partition_point(|(start, _)| *start <= offset);
        self.body_index
            .get(after.saturating_sub(1))
            .map_or(self.body_start, |(_, line)| *line)
    }
}

fn wrap_plain(text: &str, width: usize) -> Vec<String> {
    let text = one_line(text);
    wrap_ranges(&text, width)
        .into_iter()
        .map(|(r, _, _)| text[r].to_string())
        .collect()
}

/// Greedy word wrap by display width. Returns, per line, its byte range in
/// `text`, its char offset and its length in chars. Spaces at a break are
/// left out of both lines; a word wider than the line is cut.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<(std::ops::Range<usize>, usize, usize)> {
    let mut w = Wrapper {
        text,
        width,
        out: Vec::new(),
        line: None,
        line_end: (0, 0),
        line_width: 0,
    };
    // The word being read: start (byte, char) and width; spaces before it.
    let mut word: Option<(usize, usize)> = None;
    let mut word_width = 0;
    let mut spaces = 0;
    let mut chars = 0;
    for (byte, ch) in text.char_indices() {
        if ch == ' ' || ch == '\n' {
            if let Some(start) = word.take() {
                w.place(start, (byte, chars), word_width, spaces);
                word_width = 0;
                spaces = 0;
            }
            spaces += 1;
            if ch == '\n' {
                w.flush();
                spaces = 0;
            }
        } else {
            word.get_or_insert((byte, chars));
            word_width += ch.width().unwrap_or(0);
        }
        chars += 1;
    }
    if let Some(start) = word {
        w.place(start, (text.len(), chars), word_width, spaces);
    }
    w.flush();
    w.out
}

/// State of [`wrap_ranges`]: positions are (byte, char) pairs.
struct Wrapper<'a> {
    text: &'a str,
    width: usize,
    out: Vec<(std::ops::Range<usize>, usize, usize)>,
    /// Start of the current line, if it has a word yet.
    line: Option<(usize, usize)>,
    /// End of the last word on the current line.
    line_end: (usize, usize),
    line_width: usize,
}

impl Wrapper<'_> {
    fn flush(&mut self) {
        if let Some((sb, sc)) = self.line.take() {
            self.out
                .push((sb..self.line_end.0, sc, self.line_end.1 - sc));
        }
        self.line_width = 0;
    }

    /// Puts the word `start..end` (of `width` columns, after `spaces` spaces) on the line.
    fn place(&mut self, start: (usize, usize), end: (usize, usize), width: usize, spaces: usize) {
        if self.line.is_some() && self.line_width + spaces + width > self.width {
            self.flush();
        }
        if self.line.is_some() {
            self.line_width += spaces + width;
        } else if width > self.width {
            self.cut_long_word(start, end);
            return;
        } else {
            self.line = Some(start);
            self.line_width = width;
        }
        self.line_end = end;
    }

    /// A word wider than a line: full lines of it, the rest starts a line.
    fn cut_long_word(&mut self, start: (usize, usize), end: (usize, usize)) {
        let mut piece = start;
        let mut piece_width = 0;
        let (mut b, mut c) = start;
        for ch in self.text[start.0..end.0].chars() {
            let cw = ch.width().unwrap_or(0);
            if piece_width + cw > self.width && piece_width > 0 {
                self.out.push((piece.0..b, piece.1, c - piece.1));
                piece = (b, c);
                piece_width = 0;
            }
            piece_width += cw;
            b += ch.len_utf8();
            c += 1;
        }
        self.line = Some(piece);
        self.line_end = end;
        self.line_width = piece_width;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, Meta, SourceRef};
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap_ranges(text, width)
            .into_iter()
            .map(|(r, _, _)| &text[r])
            .collect()
    }

    #[test]
    fn wraps_at_words() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            vec!["the quick", "brown fox", "jumps"]
        );
        assert_eq!(lines("abcdefghijkl xy", 5), vec!["abcde", "fghij", "kl xy"]);
        assert_eq!(lines("", 5), Vec::<&str>::new());
        assert_eq!(
            lines("“Wide” 世界世界 ok", 6),
            vec!["“Wide”", "世界世", "界 ok"]
        );
    }

    #[test]
    fn body_lines_know_their_offsets() {
        let a = Article::new(
            SourceRef::file("x.txt"),
            Format::Text,
            Meta {
                title: "T".into(),
                ..Meta::default()
            },
            vec!["one two three".into(), "four five".into()],
            vec![],
        );
        let l = TextLayout::new(&a, 9);
        let body: Vec<(usize, usize)> = l
            .lines
            .iter()
            .filter_map(|x| match x {
                Line::Body { start, chars, .. } => Some((*start, *chars)),
                _ => None,
            })
            .collect();
        assert_eq!(body, vec![(0, 7), (8, 5), (15, 9)]);
        let text: Vec<char> = a.text.chars().collect();
        assert_eq!(text[15..24].iter().collect::<String>(), "four five");
        assert_eq!(l.line_of_offset(16), l.lines.len() - 1);
        assert_eq!(l.line_of_offset(9), l.body_start + 1);
        assert_eq!(l.line_of_offset(0), l.body_start);
    }

    proptest! {
        #[test]
        fn wrapped_lines_fit_and_cover_every_word(text in "[a-zé世 ]{0,200}", width in 1usize..30) {
            let got = wrap_ranges(&text, width);
            for (r, start, chars) in &got {
                let s = &text[r.clone()];
                prop_assert!(s.width() <= width.max(2), "{s:?} wider than {width}");
                prop_assert_eq!(text[..r.start].chars().count(), *start);
                prop_assert_eq!(s.chars().count(), *chars);
            }
            let joined: Vec<&str> = got.iter().flat_map(|(r, _, _)| text[r.clone()].split(' ')).filter(|w| !w.is_empty()).collect();
            let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            prop_assert_eq!(joined.concat(), words.concat());
        }
    }
}
