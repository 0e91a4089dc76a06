//! The article list: display order, filter, selection, scroll offset.
//!
//! Entries arrive from the loader in any order (files finish at different
//! times); each carries its place in the walk, and the list keeps that order
//! while the selection stays on the same article.

use crate::article::Entry;

#[derive(Debug, Default, Clone)]
pub struct ListState {
    /// Lowercased title + outlet + path per entry, for filtering.
    keys: Vec<String>,
    /// Sort key per entry: (file's place in the walk, place in the file).
    order: Vec<(usize, usize)>,
    /// Every entry index in display order.
    sorted: Vec<usize>,
    /// Entry indices shown (sorted, filtered).
    pub visible: Vec<usize>,
    /// Position in `visible`.
    pub selected: usize,
    /// First visible position shown.
    pub offset: usize,
    pub filter: String,
    /// The user chose an article: keep it selected while others arrive.
    /// Until then the first article stays selected.
    pinned: bool,
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
    /// Adds the entries of the file at place `order` in the walk; `first` is
    /// the entry index the first of them gets.
    pub fn insert(&mut self, (order, offset): (usize, usize), first: usize, new: &[Entry]) {
        let query = self.filter.to_lowercase();
        for (k, entry) in new.iter().enumerate() {
            let idx = first + k;
            let sort_key = (order, offset + k);
            self.keys.push(key_of(entry));
            self.order.push(sort_key);
            let pos = self.sorted.partition_point(|&i| self.order[i] < sort_key);
            self.sorted.insert(pos, idx);
            if query.is_empty() || self.keys[idx].contains(&query) {
                let vpos = self.visible.partition_point(|&i| self.order[i] < sort_key);
                let had_selection = !self.visible.is_empty();
                self.visible.insert(vpos, idx);
                if self.pinned && had_selection && vpos <= self.selected {
                    self.selected += 1;
                }
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
        self.visible = self
            .sorted
            .iter()
            .copied()
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
        self.pinned = true;
        let last = self.visible.len() - 1;
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn select(&mut self, pos: usize) {
        if !self.visible.is_empty() {
            self.pinned = true;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SourceRef;

    fn failed(name: &str) -> Entry {
        Entry::Failed {
            src: SourceRef::file(name),
            reason: "x".into(),
        }
    }

    #[test]
    fn out_of_order_arrivals_are_sorted_and_selection_stays() {
        let mut l = ListState::default();
        l.insert((2, 0), 0, &[failed("c")]);
        l.select(0);
        l.insert((0, 0), 1, &[failed("a"), failed("a2")]);
        assert_eq!(l.visible, vec![1, 2, 0]);
        assert_eq!(l.selected_entry(), Some(0), "still on c");
        l.insert((1, 0), 3, &[failed("b")]);
        assert_eq!(l.visible, vec![1, 2, 3, 0]);
        assert_eq!(l.selected_entry(), Some(0));
        l.set_filter("a");
        assert_eq!(l.visible, vec![1, 2]);
        l.set_filter("");
        assert_eq!(l.visible, vec![1, 2, 3, 0]);
    }

    #[test]
    fn batches_of_one_file_keep_their_order() {
        let mut l = ListState::default();
        l.insert((1, 0), 0, &[failed("next file")]);
        l.insert((0, 2), 1, &[failed("r2"), failed("r3")]);
        l.insert((0, 0), 3, &[failed("r0"), failed("r1")]);
        l.insert((0, usize::MAX / 2), 5, &[]);
        assert_eq!(l.visible, vec![3, 4, 1, 2, 0]);
    }

    #[test]
    fn until_the_user_moves_the_first_article_stays_selected() {
        let mut l = ListState::default();
        l.insert((2, 0), 0, &[failed("c")]);
        l.insert((0, 0), 1, &[failed("a")]);
        assert_eq!(l.selected_entry(), Some(1), "the top of the list");
    }
}
