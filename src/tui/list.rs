//! The article list: filter, selection, scroll offset.

use crate::article::Entry;

#[derive(Debug, Default, Clone)]
pub struct ListState {
    /// Lowercased title + outlet + path per entry, for filtering.
    keys: Vec<String>,
    /// Entry indices shown, in order.
    pub visible: Vec<usize>,
    /// Position in `visible`.
    pub selected: usize,
    /// First visible position shown.
    pub offset: usize,
    pub filter: String,
}

fn key_of(e: &Entry) -> String {
    match e {
        Entry::Article(a) => format!(
            "{} {} {}",
            a.meta.title,
            a.meta.source.as_deref().unwrap_or(""),
            a.src.path.display()
        ),
        Entry::Failed { src, reason } => format!("{} {reason}", src.path.display()),
    }
    .to_lowercase()
}

impl ListState {
    /// Adds keys for newly loaded entries and refreshes what is visible.
    pub fn extend(&mut self, new: &[Entry]) {
        let before = self.keys.len();
        self.keys.extend(new.iter().map(key_of));
        let query = self.filter.to_lowercase();
        for i in before..self.keys.len() {
            if query.is_empty() || self.keys[i].contains(&query) {
                self.visible.push(i);
            }
        }
    }

    /// The entry index under the selection.
    pub fn selected_entry(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    /// Applies a new filter, keeping the selected entry selected when it stays visible.
    pub fn set_filter(&mut self, filter: &str) {
        let keep = self.selected_entry();
        self.filter = filter.to_string();
        let query = filter.to_lowercase();
        self.visible = (0..self.keys.len())
            .filter(|&i| query.is_empty() || self.keys[i].contains(&query))
            .collect();
        self.selected = keep
            .and_then(|e| self.visible.iter().position(|&v| v == e))
            .unwrap_or(0);
        self.offset = 0;
    }

    /// Moves the selection by `delta` rows, clamped.
    pub fn move_by(&mut self, delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let last = self.visible.len() - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn select(&mut self, pos: usize) {
        if !self.visible.is_empty() {
            self.selected = pos.min(self.visible.len() - 1);
        }
    }

    /// Scrolls so the selection is within `rows` rows from `offset`.
    pub fn follow(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        let max_offset = self.visible.len().saturating_sub(rows);
        self.offset = self.offset.min(max_offset);
    }
}
