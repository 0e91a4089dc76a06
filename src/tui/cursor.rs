//! The reader's cursor and selections: motions by line, word, sentence and
//! paragraph, text objects, and keeping the cursor on screen.

use unicode_width::UnicodeWidthChar;

use super::reader::{ReaderState, Visual};
use super::text_layout::Line;
use crate::text_nav;

/// Lines kept between the cursor and the edge of the view when scrolling to it.
const MARGIN: usize = 2;

impl ReaderState {
    /// The layout line holding the cursor.
    pub fn cursor_line(&self) -> Option<usize> {
        self.layout.as_ref().map(|l| l.line_of_offset(self.cursor))
    }

    /// (start offset, char count) of body line `i`.
    fn body_line(&self, i: usize) -> Option<(usize, usize)> {
        match self.layout.as_ref()?.lines.get(i)? {
            Line::Body { start, chars, .. } => Some((*start, *chars)),
            _ => None,
        }
    }

    /// Display column of `offset` on the line starting at `start`.
    fn column(&self, start: usize, offset: usize) -> usize {
        self.chars[start..offset.min(self.chars.len())]
            .iter()
            .map(|c| c.width().unwrap_or(0))
            .sum()
    }

    /// The char offset at display column `col` of body line `i` (clamped to the line).
    pub fn offset_at(&self, i: usize, col: usize) -> Option<usize> {
        let (start, n) = self.body_line(i)?;
        let mut used = 0;
        for k in 0..n {
            let w = self.chars[start + k].width().unwrap_or(0);
            if used + w > col {
                return Some(start + k);
            }
            used += w;
        }
        Some(start + n.saturating_sub(1))
    }

    /// Puts the cursor at `offset` (kept inside the text, off paragraph breaks)
    /// and scrolls so it is visible.
    pub fn set_cursor(&mut self, offset: usize, height: usize) {
        if self.chars.is_empty() {
            self.cursor = 0;
            return;
        }
        let mut o = offset.min(self.chars.len() - 1);
        while o + 1 < self.chars.len() && self.chars[o] == '\n' {
            o += 1;
        }
        self.cursor = o;
        self.follow_cursor(height);
    }

    /// Scrolls the least needed for the cursor's line to be on screen.
    pub fn follow_cursor(&mut self, height: usize) {
        let Some(line) = self.cursor_line() else {
            return;
        };
        let margin = MARGIN.min(height.saturating_sub(1) / 2);
        if line < self.scroll + margin {
            self.scroll_to(line.saturating_sub(margin), height);
        } else if line + margin >= self.scroll + height {
            self.scroll_to(line + margin + 1 - height, height);
        }
    }

    /// After the view scrolled: brings the cursor back inside it.
    pub fn cursor_into_view(&mut self, height: usize) {
        let Some(line) = self.cursor_line() else {
            return;
        };
        let Some(layout) = &self.layout else { return };
        let last = (self.scroll + height).min(layout.lines.len());
        let target = if line < self.scroll {
            (self.scroll..last).find(|&i| self.body_line(i).is_some())
        } else if line >= last {
            (self.scroll..last)
                .rev()
                .find(|&i| self.body_line(i).is_some())
        } else {
            None
        };
        if let Some(i) = target
            && let Some((start, _)) = self.body_line(i)
        {
            self.cursor = start;
        }
    }

    /// Moves the cursor `delta` body lines down (or up), keeping its column.
    pub fn move_lines(&mut self, delta: isize, height: usize) {
        let Some(line) = self.cursor_line() else {
            return;
        };
        let Some(layout) = &self.layout else { return };
        let (start, _) = self.body_line(line).unwrap_or((self.cursor, 0));
        let col = self
            .goal_col
            .unwrap_or_else(|| self.column(start, self.cursor));
        let mut i = line;
        let mut left = delta.unsigned_abs();
        while left > 0 {
            let next = if delta > 0 {
                (i + 1..layout.lines.len()).find(|&k| self.body_line(k).is_some())
            } else {
                (layout.body_start..i)
                    .rev()
                    .find(|&k| self.body_line(k).is_some())
            };
            match next {
                Some(k) => i = k,
                None => break,
            }
            left -= 1;
        }
        if let Some(o) = self.offset_at(i, col) {
            self.set_cursor(o, height);
        }
        self.goal_col = Some(col);
    }

    /// Applies a horizontal motion (word, sentence, paragraph) to the cursor.
    pub fn motion(&mut self, f: fn(&[char], usize) -> usize, height: usize) {
        if self.chars.is_empty() {
            return;
        }
        let to = f(&self.chars, self.cursor);
        self.goal_col = None;
        self.set_cursor(to, height);
    }

    /// Starts (or ends) a selection at the cursor.
    pub fn toggle_visual(&mut self, sentences: bool) {
        self.visual = match self.visual {
            Some(v) if v.sentences == sentences => None,
            Some(v) => Some(Visual { sentences, ..v }),
            None => Some(Visual {
                anchor: self.cursor,
                sentences,
            }),
        };
    }

    /// The selected char range, end exclusive.
    pub fn selection(&self) -> Option<(usize, usize)> {
        let v = self.visual?;
        let (a, b) = (v.anchor.min(self.cursor), v.anchor.max(self.cursor));
        if self.chars.is_empty() {
            return None;
        }
        if v.sentences {
            let start = text_nav::sentence_at(&self.chars, a).0;
            let end = text_nav::sentence_at(&self.chars, b).1;
            Some((start, end.max(start + 1)))
        } else {
            Some((a, (b + 1).min(self.chars.len())))
        }
    }

    /// Selects `start..end` (a text object), cursor on its last char.
    pub fn select_range(&mut self, start: usize, end: usize, height: usize) {
        if end <= start {
            return;
        }
        self.visual = Some(Visual {
            anchor: start,
            sentences: false,
        });
        self.set_cursor(end - 1, height);
    }
}
