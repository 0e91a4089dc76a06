//! The reader pane's state: which article, its layout at the current width,
//! the scroll position and the search.

use crate::article::Article;

use super::text_layout::TextLayout;

/// Most matches a search keeps (a one-letter search in a huge article).
const MAX_MATCHES: usize = 100_000;

#[derive(Debug, Default, Clone)]
pub struct Search {
    pub query: String,
    /// Char ranges of the matches in the cleaned text.
    pub matches: Vec<(usize, usize)>,
    pub current: Option<usize>,
}

/// A selection being made: from `anchor` to the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visual {
    pub anchor: usize,
    /// Whole sentences (`V`) rather than chars (`v`).
    pub sentences: bool,
}

#[derive(Debug, Default, Clone)]
pub struct ReaderState {
    /// The entry shown and the layout made for it (cached per entry and width).
    pub entry: Option<usize>,
    pub layout: Option<TextLayout>,
    /// First line shown.
    pub scroll: usize,
    pub search: Search,
    /// The cleaned text of the shown article, as chars (offsets index it).
    pub chars: Vec<char>,
    /// Direct quotes found in it (mark pairs, for selecting): found when
    /// first asked for, not on opening.
    quote_spans: std::cell::OnceCell<Vec<crate::quote::QuoteSpan>>,
    /// The article's detected quotes with the reader's corrections applied.
    pub detected: Vec<crate::quote::Quote>,
    /// The cursor: a char offset.
    pub cursor: usize,
    /// Column kept across `j`/`k`.
    pub goal_col: Option<usize>,
    pub visual: Option<Visual>,
    /// The shown article's annotations: (index in the store, where it is now).
    pub anchors: Vec<(usize, crate::anchor::Anchor)>,
    /// The store generation `anchors` were computed for.
    pub anchors_gen: Option<u64>,
}

impl ReaderState {
    /// Shows entry `entry` (an article or not) from the top.
    pub fn show(&mut self, entry: Option<usize>) {
        if self.entry != entry {
            *self = ReaderState {
                entry,
                ..ReaderState::default()
            };
        }
    }

    /// Makes sure the layout matches `article` at `width`.
    pub fn ensure_layout(&mut self, article: Option<&Article>, width: usize) {
        let Some(article) = article else {
            self.layout = None;
            return;
        };
        if self.chars.is_empty() && !article.text.is_empty() {
            self.chars = crate::words::to_chars_any(&article.text);
        }
        if self.layout.as_ref().is_some_and(|l| l.width == width) {
            return;
        }
        // Keep the same text at the top of the screen across a re-wrap.
        let anchor = self.top_offset();
        let layout = TextLayout::new(article, width);
        self.scroll = anchor.map_or(0, |o| layout.line_of_offset(o));
        self.layout = Some(layout);
    }

    /// The quote marks' pairs in the shown article's text (for selecting a
    /// quote), found on first use.
    pub fn quote_spans(&self) -> &[crate::quote::QuoteSpan] {
        if self.chars.is_empty() {
            return &[];
        }
        self.quote_spans
            .get_or_init(|| crate::quote::find_spans(&self.chars))
    }

    /// The char offset of the first body line on screen, if any.
    fn top_offset(&self) -> Option<usize> {
        let layout = self.layout.as_ref()?;
        if self.scroll < layout.body_start {
            return None;
        }
        layout.lines[self.scroll..].iter().find_map(|l| match l {
            super::text_layout::Line::Body { start, .. } => Some(*start),
            _ => None,
        })
    }

    pub fn line_count(&self) -> usize {
        self.layout.as_ref().map_or(0, |l| l.lines.len())
    }

    pub fn max_scroll(&self, height: usize) -> usize {
        self.line_count().saturating_sub(height)
    }

    pub fn scroll_by(&mut self, delta: isize, height: usize) {
        self.scroll = self
            .scroll
            .saturating_add_signed(delta)
            .min(self.max_scroll(height));
    }

    pub fn scroll_to(&mut self, line: usize, height: usize) {
        self.scroll = line.min(self.max_scroll(height));
    }

    /// Position through the article, 0-100.
    pub fn percent(&self, height: usize) -> u16 {
        let max = self.max_scroll(height);
        (self.scroll.min(max) * 100)
            .checked_div(max)
            .map_or(100, |p| p as u16)
    }

    /// Searches `article` for `query` (case-insensitive) and moves to the first
    /// match at or below the top of the screen.
    pub fn search(&mut self, article: &Article, query: &str, height: usize) {
        self.search.query = query.to_string();
        self.search.matches = find_all(&article.text, query);
        self.search.current = None;
        if self.search.matches.is_empty() {
            return;
        }
        let top = self.top_offset().unwrap_or(0);
        let first = self
            .search
            .matches
            .iter()
            .position(|(s, _)| *s >= top)
            .unwrap_or(0);
        self.jump_to_match(first, height);
    }

    /// Moves to the next (`forward`) or previous match, wrapping around.
    pub fn step_match(&mut self, forward: bool, height: usize) -> bool {
        let n = self.search.matches.len();
        if n == 0 {
            return false;
        }
        let next = match (self.search.current, forward) {
            (None, _) => 0,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.jump_to_match(next, height);
        true
    }

    fn jump_to_match(&mut self, idx: usize, height: usize) {
        self.search.current = Some(idx);
        let Some(layout) = &self.layout else { return };
        let line = layout.line_of_offset(self.search.matches[idx].0);
        if line < self.scroll || line >= self.scroll + height {
            self.scroll_to(line.saturating_sub(height / 3), height);
        }
    }

    pub fn clear_search(&mut self) {
        self.search = Search::default();
    }
}

fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Case-insensitive occurrences of `query` in `text`, as char ranges.
pub fn find_all(text: &str, query: &str) -> Vec<(usize, usize)> {
    let q: Vec<char> = query.chars().map(fold).collect();
    if q.is_empty() {
        return Vec::new();
    }
    let hay: Vec<char> = text.chars().map(fold).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + q.len() <= hay.len() && out.len() < MAX_MATCHES {
        if hay[i] == q[0] && hay[i..i + q.len()] == q[..] {
            out.push((i, i + q.len()));
            i += q.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitive_char_ranges() {
        assert_eq!(find_all("Ferry, ferry, FÉRRY", "férry"), vec![(14, 19)]);
        assert_eq!(find_all("Ferry, ferry", "FERRY"), vec![(0, 5), (7, 12)]);
        assert_eq!(find_all("“Ä” ä", "ä"), vec![(1, 2), (4, 5)]);
        assert!(find_all("abc", "").is_empty());
    }
}
