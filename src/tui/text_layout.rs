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
        for (i, para) in article.paragraphs.iter().enumerate() {
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
    let mut out = Vec::new();
    // Current line: start byte/char, end byte/char (exclusive, after last word), width.
    let mut line_start: Option<(usize, usize)> = None;
    let mut line_end = (0usize, 0usize);
    let mut line_width = 0usize;
    // Current word.
    let mut word: Option<(usize, usize)> = None;
    let mut word_width = 0usize;
    let mut spaces = 0usize;
    let mut char_idx = 0usize;

    let flush_line = |out: &mut Vec<_>, start: Option<(usize, usize)>, end: (usize, usize)| {
        if let Some((sb, sc)) = start {
            out.push((sb..end.0, sc, end.1 - sc));
        }
    };

    let place_word = |out: &mut Vec<(std::ops::Range<usize>, usize, usize)>,
                      line_start: &mut Option<(usize, usize)>,
                      line_end: &mut (usize, usize),
                      line_width: &mut usize,
                      w_start: (usize, usize),
                      w_end: (usize, usize),
                      w_width: usize,
                      spaces: usize| {
        let gap = if line_start.is_some() { spaces } else { 0 };
        if line_start.is_some() && *line_width + gap + w_width > width {
            flush_line(out, *line_start, *line_end);
            *line_start = None;
            *line_width = 0;
        }
        if line_start.is_none() && w_width > width {
            // Cut the long word into pieces of at most `width` columns.
            let mut piece_start = w_start;
            let mut piece_width = 0;
            let (mut b, mut c) = w_start;
            for ch in text[w_start.0..w_end.0].chars() {
                let cw = ch.width().unwrap_or(0);
                if piece_width + cw > width && piece_width > 0 {
                    out.push((piece_start.0..b, piece_start.1, c - piece_start.1));
                    piece_start = (b, c);
                    piece_width = 0;
                }
                piece_width += cw;
                b += ch.len_utf8();
                c += 1;
            }
            *line_start = Some(piece_start);
            *line_end = w_end;
            *line_width = piece_width;
            return;
        }
        if line_start.is_none() {
            *line_start = Some(w_start);
            *line_width = w_width;
        } else {
            *line_width += gap + w_width;
        }
        *line_end = w_end;
    };

    for (byte, ch) in text.char_indices() {
        if ch == ' ' || ch == '\n' {
            if let Some(ws) = word.take() {
                place_word(
                    &mut out,
                    &mut line_start,
                    &mut line_end,
                    &mut line_width,
                    ws,
                    (byte, char_idx),
                    word_width,
                    spaces,
                );
                word_width = 0;
                spaces = 0;
            }
            spaces += 1;
            if ch == '\n' {
                flush_line(&mut out, line_start.take(), line_end);
                line_width = 0;
                spaces = 0;
            }
        } else {
            if word.is_none() {
                word = Some((byte, char_idx));
            }
            word_width += ch.width().unwrap_or(0);
        }
        char_idx += 1;
    }
    if let Some(ws) = word.take() {
        place_word(
            &mut out,
            &mut line_start,
            &mut line_end,
            &mut line_width,
            ws,
            (text.len(), char_idx),
            word_width,
            spaces,
        );
    }
    flush_line(&mut out, line_start, line_end);
    out
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
