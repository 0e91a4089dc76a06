//! Mouse input of the App: the wheel scrolls the pane under the pointer, a
//! click selects an article or places the cursor, a drag selects text.

use super::app::{App, Focus};
use super::areas::contains;

/// Lines moved by one mouse wheel step.
const WHEEL_LINES: isize = 3;

impl App {
    pub(crate) fn wheel(&mut self, column: u16, row: u16, down: bool) {
        let Some(a) = self.areas() else { return };
        let delta = if down { WHEEL_LINES } else { -WHEEL_LINES };
        if contains(a.list, column, row) {
            self.list.move_by(delta);
        } else if contains(a.reader, column, row) {
            let h = self.text_height();
            self.reader.scroll_by(delta, h);
            self.reader.cursor_into_view(h);
        }
    }

    /// The char offset under a screen cell of the reader text, if any.
    fn offset_at_cell(&self, column: u16, row: u16) -> Option<usize> {
        let a = self.areas()?;
        if !contains(a.reader_text, column, row) {
            return None;
        }
        let line = self.reader.scroll + usize::from(row - a.reader_text.y);
        self.reader
            .offset_at(line, usize::from(column - a.reader_text.x))
    }

    pub(crate) fn click(&mut self, column: u16, row: u16) {
        let Some(a) = self.areas() else { return };
        if contains(a.list_inner, column, row) {
            self.focus = Focus::List;
            let pos = self.list.offset
                + usize::from((row - a.list_inner.y) / super::areas::ROWS_PER_ITEM);
            if pos < self.list.visible.len() {
                self.list.select(pos);
            }
        } else if contains(a.reader, column, row) {
            self.focus = Focus::Reader;
            if let Some(o) = self.offset_at_cell(column, row) {
                let h = self.text_height();
                self.reader.visual = None;
                self.reader.goal_col = None;
                self.reader.set_cursor(o, h);
            }
        }
    }

    /// Mouse drag in the reader: selects from where the button went down.
    pub(crate) fn drag(&mut self, column: u16, row: u16) {
        let Some(o) = self.offset_at_cell(column, row) else {
            return;
        };
        let h = self.text_height();
        if self.reader.visual.is_none() {
            self.reader.toggle_visual(false);
        }
        self.reader.set_cursor(o, h);
        self.focus = Focus::Reader;
    }
}
