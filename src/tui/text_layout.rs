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

/// Paragraphs per piece of work when laid out on all cores.
const PARALLEL_RUN: usize = 256;

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
        // Paragraphs wrap independently: a long article's are wrapped in
        // runs of paragraphs on all cores.
        let wrap = |paras: std::ops::Range<usize>| {
            let mut out = Vec::new();
            for i in paras {
                // (A table's rows stand one under the other.)
                let rows = i > 0
                    && crate::clean::is_table_row(article.paragraph(i - 1))
                    && crate::clean::is_table_row(article.paragraph(i));
                if i > 0 && !rows {
                    out.push(Line::Blank);
                }
                let para_start = article.para_starts[i];
                wrap_each(article.paragraph(i), width, |bytes, start, chars| {
                    out.push(Line::Body {
                        para: i,
                        bytes,
                        start: para_start + start,
                        chars,
                    });
                });
            }
            out
        };
        let count = article.paragraphs().len();
        if article.text.len() >= crate::words::LONG_TEXT_BYTES {
            use rayon::prelude::*;
            let runs: Vec<std::ops::Range<usize>> = (0..count)
                .step_by(PARALLEL_RUN)
                .map(|s| s..(s + PARALLEL_RUN).min(count))
                .collect();
            let wrapped: Vec<Vec<Line>> = runs.into_par_iter().map(wrap).collect();
            lines.reserve(wrapped.iter().map(Vec::len).sum());
            for run in wrapped {
                lines.extend(run);
            }
        } else {
            lines.extend(wrap(0..count));
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
    wrap_each(text, width, |r, start, chars| out.push((r, start, chars)));
    out
}

/// [`wrap_ranges`], each line given to `emit` (byte range, char offset,
/// length in chars) as it is made.
fn wrap_each(text: &str, width: usize, emit: impl FnMut(std::ops::Range<usize>, usize, usize)) {
    let mut w = Wrapper {
        text,
        width,
        out: emit,
        line: None,
        line_end: (0, 0),
        line_width: 0,
    };
    // The word being read: start (byte, char) and width; spaces before it.
    let mut word: Option<(usize, usize)> = None;
    let mut word_width = 0;
    let mut spaces = 0;
    let mut chars = 0;
    // ASCII is read by byte (a printable byte is one column, a control
    // byte none); only other chars are decoded.
    let bytes = text.as_bytes();
    let mut byte = 0;
    while byte < bytes.len() {
        let b = bytes[byte];
        // A run of printable ASCII other than space (most of any English
        // text) is one column a byte: it is stepped over in one loop.
        if b.wrapping_sub(0x21) < 0x5e {
            word.get_or_insert((byte, chars));
            let run = bytes[byte..]
                .iter()
                .position(|c| c.wrapping_sub(0x21) >= 0x5e)
                .unwrap_or(bytes.len() - byte);
            word_width += run;
            chars += run;
            byte += run;
            continue;
        }
        let (len, width) = if b < 0x80 {
            (1, usize::from((0x20..0x7f).contains(&b)))
        } else {
            let ch = text[byte..].chars().next().unwrap_or(' ');
            (ch.len_utf8(), ch.width().unwrap_or(0))
        };
        if b == b' ' || b == b'\n' {
            if let Some(start) = word.take() {
                w.place(start, (byte, chars), word_width, spaces);
                word_width = 0;
                spaces = 0;
            }
            spaces += 1;
            if b == b'\n' {
                w.flush();
                spaces = 0;
            }
        } else {
            word.get_or_insert((byte, chars));
            word_width += width;
        }
        chars += 1;
        byte += len;
    }
    if let Some(start) = word {
        w.place(start, (text.len(), chars), word_width, spaces);
    }
    w.flush();
}

/// State of [`wrap_ranges`]: positions are (byte, char) pairs.
struct Wrapper<'a, F> {
    text: &'a str,
    width: usize,
    out: F,
    /// Start of the current line, if it has a word yet.
    line: Option<(usize, usize)>,
    /// End of the last word on the current line.
    line_end: (usize, usize),
    line_width: usize,
}

impl<F: FnMut(std::ops::Range<usize>, usize, usize)> Wrapper<'_, F> {
    fn flush(&mut self) {
        if let Some((sb, sc)) = self.line.take() {
            (self.out)(sb..self.line_end.0, sc, self.line_end.1 - sc);
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
                (self.out)(piece.0..b, piece.1, c - piece.1);
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

    /// An article titled "T" of these paragraphs.
    fn titled(paragraphs: Vec<String>) -> Article {
        Article::new(
            SourceRef::file("x.txt"),
            Format::Text,
            Meta {
                title: "T".into(),
                ..Meta::default()
            },
            paragraphs,
            vec![],
        )
    }

    #[test]
    fn body_lines_know_their_offsets() {
        let a = titled(vec!["one two three".into(), "four five".into()]);
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

    /// A table's rows (paragraphs whose cells are lined up) stand one
    /// under the other, with no blank line between them; other paragraphs
    /// keep theirs.
    #[test]
    fn a_table_s_rows_have_no_blank_lines_between() {
        let a = titled(vec![
            "Standings after round 9:".into(),
            "Pos.  Driver".into(),
            "1     Ost".into(),
            "2     Renwick".into(),
            "The next round is in April.".into(),
        ]);
        let l = TextLayout::new(&a, 40);
        let shapes: Vec<String> = l.lines[l.body_start..]
            .iter()
            .map(|x| match x {
                Line::Body { para, .. } => format!("p{para}"),
                Line::Blank => "-".into(),
                _ => "?".into(),
            })
            .collect();
        assert_eq!(shapes, ["p0", "-", "p1", "p2", "p3", "-", "p4"]);
    }

    /// A long article is laid out in runs of paragraphs on all cores: its
    /// lines are those of its paragraphs wrapped one by one, a blank line
    /// between each two, across the runs' seams too.
    #[test]
    fn a_long_article_lays_out_as_its_paragraphs_one_by_one() {
        let paras: Vec<String> = (0..700)
            .map(|i| {
                let words = ["alpha", "beta", "“quoted”", "世界", "gamma-delta"];
                (0..(i % 37) + 1)
                    .map(|k| words[(i + k) % words.len()])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let a = Article::new(
            SourceRef::file("long.txt"),
            Format::Text,
            Meta::default(),
            paras.clone(),
            vec![],
        );
        assert!(
            a.text.len() >= crate::words::LONG_TEXT_BYTES,
            "{} bytes",
            a.text.len()
        );
        let l = TextLayout::new(&a, 23);
        let mut want = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            if i > 0 {
                want.push(Line::Blank);
            }
            for (bytes, start, chars) in reference_wrap(p, 23) {
                want.push(Line::Body {
                    para: i,
                    bytes,
                    start: a.para_starts[i] + start,
                    chars,
                });
            }
        }
        assert_eq!(l.lines[l.body_start..], want[..]);
        assert_eq!(
            l.line_of_offset(a.para_starts[400]),
            l.lines
                .iter()
                .position(|x| matches!(x, Line::Body { para: 400, .. }))
                .unwrap()
        );
    }

    /// The char-by-char word wrap [`wrap_ranges`] replaced, kept as the
    /// reference: (byte range, char offset, chars) per line.
    fn reference_wrap(text: &str, width: usize) -> Vec<(std::ops::Range<usize>, usize, usize)> {
        let mut lines = Vec::new();
        let mut line: Option<(usize, usize)> = None;
        let mut line_end = (0, 0);
        let mut line_width = 0;
        type Lines = Vec<(std::ops::Range<usize>, usize, usize)>;
        fn flush(
            lines: &mut Lines,
            line: &mut Option<(usize, usize)>,
            end: (usize, usize),
            lw: &mut usize,
        ) {
            if let Some((sb, sc)) = line.take() {
                lines.push((sb..end.0, sc, end.1 - sc));
            }
            *lw = 0;
        }
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        let mut spaces = 0;
        while i <= chars.len() {
            let at = |k: usize| chars.get(k).map_or((text.len(), k), |(b, _)| (*b, k));
            if i < chars.len() && (chars[i].1 == ' ' || chars[i].1 == '\n') {
                spaces += 1;
                if chars[i].1 == '\n' {
                    flush(&mut lines, &mut line, line_end, &mut line_width);
                    spaces = 0;
                }
                i += 1;
                continue;
            }
            if i == chars.len() {
                break;
            }
            let start = i;
            let mut w = 0;
            while i < chars.len() && chars[i].1 != ' ' && chars[i].1 != '\n' {
                w += chars[i].1.width().unwrap_or(0);
                i += 1;
            }
            if line.is_some() && line_width + spaces + w > width {
                flush(&mut lines, &mut line, line_end, &mut line_width);
            }
            if line.is_some() {
                line_width += spaces + w;
            } else if w > width {
                // Cut into full lines; the rest starts a line.
                let mut piece = at(start);
                let mut pw = 0;
                for (k, (_, ch)) in chars.iter().enumerate().take(i).skip(start) {
                    let cw = ch.width().unwrap_or(0);
                    if pw + cw > width && pw > 0 {
                        let here = at(k);
                        lines.push((piece.0..here.0, piece.1, here.1 - piece.1));
                        piece = here;
                        pw = 0;
                    }
                    pw += cw;
                }
                line = Some(piece);
                line_width = pw;
            } else {
                line = Some(at(start));
                line_width = w;
            }
            line_end = at(i);
            spaces = 0;
        }
        flush(&mut lines, &mut line, line_end, &mut line_width);
        lines
    }

    proptest! {
        /// The byte-wise wrap agrees with the char-by-char one on any
        /// text: ASCII, control bytes, accents, wide and zero-width chars.
        #[test]
        fn wraps_as_the_reference(text in "[a-z \n\t\u{1}\u{7f}é世\u{301}“”]{0,120}", width in 1usize..20) {
            prop_assert_eq!(wrap_ranges(&text, width), reference_wrap(&text, width));
        }

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
