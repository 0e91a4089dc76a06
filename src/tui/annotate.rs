//! Annotation commands of the App: tagging, notes, delete and undo, the
//! annotations pane and the list of all annotations. Every change is saved
//! to the store at once.

use crate::anchor::Anchor;
use crate::annotation::Annotation;
use crate::article::Entry;
use crate::store::Op;

use super::action::Action;
use super::app::{App, Focus, Undo};
use super::overlays::{AllView, NoteEditor, Subject, TagPicker};

impl App {
    /// The store changed: recount, re-anchor, refresh the open list.
    pub(crate) fn store_changed(&mut self) {
        self.store_gen += 1;
        self.counts.clear();
        if let Some(store) = &self.store {
            for a in store.annotations() {
                *self
                    .counts
                    .entry((a.article.path.clone(), a.article.line))
                    .or_default() += 1;
            }
        }
        if self.all.is_some() {
            self.refilter_all();
        }
    }

    /// Called when the terminal is idle: picks up annotations another running
    /// presscut saved. Returns whether the screen needs redrawing.
    pub fn tick(&mut self) -> bool {
        let Some(store) = &mut self.store else {
            return false;
        };
        match store.refresh() {
            Ok(true) => {
                self.store_changed();
                self.sync_anchors();
                true
            }
            Ok(false) => false,
            Err(e) => {
                store.read_only = Some(e.to_string());
                self.set_status(e.to_string(), true);
                true
            }
        }
    }

    /// How many annotations an entry has.
    pub fn count_for(&self, entry: &Entry) -> usize {
        let src = entry.src();
        self.counts
            .get(&(src.path.display().to_string(), src.line))
            .copied()
            .unwrap_or(0)
    }

    /// Re-anchors the shown article's annotations when the article or the store changed.
    pub(crate) fn sync_anchors(&mut self) {
        if self.reader.anchors_gen == Some(self.store_gen) {
            return;
        }
        self.reader.anchors_gen = Some(self.store_gen);
        self.reader.anchors.clear();
        if self.store.is_none() {
            self.sync_quotes();
        }
        let (Some(store), Some(article)) = (
            &self.store,
            self.reader
                .entry
                .and_then(|i| self.entries.get(i))
                .and_then(Entry::article),
        ) else {
            return;
        };
        for (i, a) in store.annotations().iter().enumerate() {
            if a.article.matches(article) {
                self.reader.anchors.push((i, a.anchor(&self.reader.chars)));
            }
        }
        self.sync_quotes();
        // Placed ones in text order, orphans last.
        self.reader
            .anchors
            .sort_by_key(|(_, anchor)| anchor.range().map_or((1, 0), |(s, _)| (0, s)));
    }

    pub fn annotation(&self, index: usize) -> Option<&Annotation> {
        self.store.as_ref().and_then(|s| s.annotations().get(index))
    }

    /// The annotation under the cursor (the innermost one).
    pub fn annotation_at_cursor(&self) -> Option<usize> {
        let c = self.reader.cursor;
        self.reader
            .anchors
            .iter()
            .filter_map(|(i, a)| a.range().map(|(s, e)| (*i, s, e)))
            .filter(|(_, s, e)| *s <= c && c < *e)
            .min_by_key(|(_, s, e)| e - s)
            .map(|(i, _, _)| i)
    }

    /// The annotation a command applies to: the pane's selected row when the
    /// pane has focus, else the one under the cursor.
    fn current_annotation(&self) -> Option<usize> {
        if self.focus == Focus::Annotations {
            self.pane
                .and_then(|row| self.reader.anchors.get(row))
                .map(|(i, _)| *i)
        } else {
            self.annotation_at_cursor()
        }
    }

    /// What `t` or `n` works on: the selection, else the annotation under the
    /// cursor, else the quote under the cursor.
    fn subject(&self) -> Option<Subject> {
        if self.focus != Focus::Annotations
            && let Some((s, e)) = self.reader.selection()
        {
            return Some(Subject::New { start: s, end: e });
        }
        if let Some(i) = self.current_annotation() {
            return self.annotation(i).map(|a| Subject::Existing(a.id.clone()));
        }
        crate::quote::span_at(self.reader.quote_spans(), self.reader.cursor).map(|q| Subject::New {
            start: q.start,
            end: q.end,
        })
    }

    fn writable(&mut self) -> bool {
        match &self.store {
            None => {
                self.set_status("Annotations are off: no data directory", true);
                false
            }
            Some(s) if s.read_only.is_some() => {
                let why = s.read_only.clone().unwrap_or_default();
                self.set_status(why, true);
                false
            }
            Some(_) => true,
        }
    }

    fn save(&mut self, ops: &[Op], done: &str) -> bool {
        let Some(store) = &mut self.store else {
            return false;
        };
        match store.apply(ops) {
            Ok(()) => {
                self.store_changed();
                self.set_status(done.to_string(), false);
                true
            }
            Err(e) => {
                self.set_status(e.to_string(), true);
                false
            }
        }
    }

    fn find_by_id(&self, id: &str) -> Option<Annotation> {
        self.store
            .as_ref()?
            .annotations()
            .iter()
            .find(|a| a.id == id)
            .cloned()
    }

    /// A new annotation on `start..end` of the shown article.
    fn new_annotation(&self, start: usize, end: usize) -> Option<Annotation> {
        let article = self.shown_article()?;
        let mut a = Annotation::new(article, &self.reader.chars, start, end);
        a.speaker = self.speaker_for(start, end);
        // Text inside quote marks: mark it as a quote (the speaker comes with quote detection).
        if crate::quote::span_at(self.reader.quote_spans(), start)
            .is_some_and(|q| q.start == start && q.end == end)
        {
            a.extra
                .insert("kind".into(), serde_json::Value::String("quote".into()));
        }
        Some(a)
    }

    pub(crate) fn start_tagging(&mut self) {
        if !self.writable() {
            return;
        }
        let Some(subject) = self.subject() else {
            self.set_status("Select a passage first: v or V and a motion, \" (quote), s (sentence), p (paragraph)", false);
            return;
        };
        let chosen = match &subject {
            Subject::Existing(id) => self.find_by_id(id).map(|a| a.tags).unwrap_or_default(),
            Subject::New { .. } => Vec::new(),
        };
        let mut known: Vec<(String, usize, String)> = Vec::new();
        for a in self.store.iter().flat_map(|s| s.annotations()) {
            for t in &a.tags {
                match known.iter_mut().find(|(k, _, _)| k == t) {
                    Some((_, n, last)) => {
                        *n += 1;
                        if a.updated > *last {
                            last.clone_from(&a.updated);
                        }
                    }
                    None => known.push((t.clone(), 1, a.updated.clone())),
                }
            }
        }
        // Last used first, then the most used.
        known.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)).then(a.0.cmp(&b.0)));
        self.picker = Some(TagPicker {
            subject,
            input: String::new(),
            chosen,
            known: known.into_iter().map(|(t, n, _)| (t, n)).collect(),
            highlight: 0,
        });
    }

    pub(crate) fn update_picker(&mut self, action: Action) {
        let Some(p) = &mut self.picker else { return };
        match action {
            Action::Input(c) => {
                p.input.push(c);
                p.highlight = 0;
            }
            Action::DeleteChar if p.input.pop().is_none() => {
                p.chosen.pop();
            }
            Action::Down => p.move_highlight(1),
            Action::Up => p.move_highlight(-1),
            Action::Complete => p.complete(),
            Action::Close => self.picker = None,
            Action::Submit if !p.add() => self.finish_tagging(),
            _ => {}
        }
    }

    fn finish_tagging(&mut self) {
        let Some(p) = self.picker.take() else { return };
        let mut ann = match &p.subject {
            Subject::Existing(id) => match self.find_by_id(id) {
                Some(a) => a,
                None => return,
            },
            Subject::New { .. } if p.chosen.is_empty() => return,
            Subject::New { start, end } => match self.new_annotation(*start, *end) {
                Some(a) => a,
                None => return,
            },
        };
        if ann.tags != p.chosen {
            ann.tags = p.chosen.clone();
            ann.updated = crate::annotation::now();
        }
        let msg = format!(
            "Saved: {}",
            if ann.tags.is_empty() {
                "no tags".into()
            } else {
                ann.tags.join(", ")
            }
        );
        if self.save(&[Op::Put(Box::new(ann))], &msg) {
            self.reader.visual = None;
        }
    }

    pub(crate) fn start_note(&mut self) {
        if !self.writable() {
            return;
        }
        let Some(subject) = self.subject() else {
            self.set_status("Select a passage first: v or V and a motion, \" (quote), s (sentence), p (paragraph)", false);
            return;
        };
        let note = match &subject {
            Subject::Existing(id) => self.find_by_id(id).map(|a| a.note).unwrap_or_default(),
            Subject::New { .. } => String::new(),
        };
        self.note = Some(NoteEditor::new(subject, &note));
    }

    pub(crate) fn update_note(&mut self, action: Action) {
        let Some(editor) = &mut self.note else { return };
        match action {
            Action::TextKey(k) => {
                editor.textarea.input(k);
            }
            Action::Close => {
                self.note = None;
                self.set_status("Note not saved", false);
            }
            Action::Submit => {
                let Some(editor) = self.note.take() else {
                    return;
                };
                let text = editor.text();
                let mut ann = match &editor.subject {
                    Subject::Existing(id) => match self.find_by_id(id) {
                        Some(a) => a,
                        None => return,
                    },
                    Subject::New { start, end } => match self.new_annotation(*start, *end) {
                        Some(a) => a,
                        None => return,
                    },
                };
                ann.set_note(&text);
                if self.save(&[Op::Put(Box::new(ann))], "Note saved") {
                    self.reader.visual = None;
                }
            }
            _ => {}
        }
    }

    /// Enter in the reader: the note of the annotation under the cursor.
    pub(crate) fn open_annotation(&mut self) {
        if self.annotation_at_cursor().is_some() {
            self.start_note();
        } else {
            self.set_status("No annotation under the cursor", false);
        }
    }

    pub(crate) fn delete_annotation(&mut self) {
        if !self.writable() {
            return;
        }
        let Some(ann) = self
            .current_annotation()
            .and_then(|i| self.annotation(i).cloned())
        else {
            self.set_status("No annotation here to delete", false);
            return;
        };
        let id = ann.id.clone();
        self.undo.push(Undo::Annotation(Box::new(ann)));
        if !self.save(&[Op::Delete(id)], "Annotation deleted: u undoes") {
            self.undo.pop();
        }
        if let Some(row) = &mut self.pane {
            *row = (*row).min(self.reader.anchors.len().saturating_sub(1));
        }
    }

    /// `u`: takes back the last deleted annotation or added boilerplate rule.
    pub(crate) fn undo_last(&mut self) {
        match self.undo.pop() {
            None => self.set_status("Nothing to undo", false),
            Some(Undo::Rule(rule)) => self.remove_rule(&rule),
            Some(Undo::Annotation(ann)) => {
                if !self.writable() {
                    self.undo.push(Undo::Annotation(ann));
                    return;
                }
                if !self.save(&[Op::Put(ann.clone())], "Annotation restored") {
                    self.undo.push(Undo::Annotation(ann));
                }
            }
        }
    }

    pub(crate) fn toggle_pane(&mut self) {
        if self.pane.take().is_some() {
            if self.focus == Focus::Annotations {
                self.focus = Focus::Reader;
            }
        } else {
            self.pane = Some(0);
            self.focus = Focus::Annotations;
        }
        // The reader got shorter or taller: keep the cursor in view.
        let h = self.text_height();
        self.reader.follow_cursor(h);
    }

    pub(crate) fn update_pane(&mut self, action: Action) {
        let n = self.reader.anchors.len();
        match action {
            Action::Down => self.pane = self.pane.map(|r| (r + 1).min(n.saturating_sub(1))),
            Action::Up => self.pane = self.pane.map(|r| r.saturating_sub(1)),
            Action::Open => {
                let row = self.pane.unwrap_or(0);
                match self.reader.anchors.get(row).map(|(_, a)| *a) {
                    Some(Anchor::Orphan) => self.set_status(
                        "This annotation is orphaned: its text is no longer in the article",
                        true,
                    ),
                    Some(a) => {
                        if let Some((s, _)) = a.range() {
                            let h = self.text_height();
                            self.reader.set_cursor(s, h);
                            self.focus = Focus::Reader;
                        }
                    }
                    None => {}
                }
            }
            Action::Close => self.focus = Focus::Reader,
            other => self.update_main_from_pane(other),
        }
    }

    fn update_main_from_pane(&mut self, action: Action) {
        match action {
            Action::Tag => self.start_tagging(),
            Action::Note => self.start_note(),
            Action::Delete => self.delete_annotation(),
            Action::Undo => self.undo_last(),
            Action::ToggleAnnotations => self.toggle_pane(),
            Action::AllAnnotations => self.open_all(),
            Action::Export => self.open_export(),
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(0),
            Action::FocusNext | Action::FocusList => self.focus = Focus::List,
            Action::FocusReader => self.focus = Focus::Reader,
            _ => {}
        }
    }

    pub(crate) fn open_all(&mut self) {
        if self.store.is_none() {
            self.set_status("Annotations are off: no data directory", true);
            return;
        }
        self.all = Some(AllView::default());
        self.refilter_all();
    }

    fn refilter_all(&mut self) {
        let Some(view) = &mut self.all else { return };
        let q = view.filter.to_lowercase();
        view.rows = self
            .store
            .iter()
            .flat_map(|s| s.annotations().iter().enumerate())
            .filter(|(_, a)| {
                q.is_empty()
                    || a.target.exact.to_lowercase().contains(&q)
                    || a.note.to_lowercase().contains(&q)
                    || a.tags.iter().any(|t| t.to_lowercase().contains(&q))
                    || a.speaker
                        .as_deref()
                        .is_some_and(|s| s.to_lowercase().contains(&q))
                    || a.article.title.to_lowercase().contains(&q)
            })
            .map(|(i, _)| i)
            .collect();
        view.selected = view.selected.min(view.rows.len().saturating_sub(1));
    }

    pub(crate) fn update_all(&mut self, action: Action) {
        let Some(view) = &mut self.all else { return };
        match action {
            Action::Input(c) => {
                view.filter.push(c);
                self.refilter_all();
            }
            Action::DeleteChar => {
                view.filter.pop();
                self.refilter_all();
            }
            Action::Down => {
                view.selected = (view.selected + 1).min(view.rows.len().saturating_sub(1))
            }
            Action::Up => view.selected = view.selected.saturating_sub(1),
            Action::Close => self.all = None,
            Action::Open => {
                let target = view.rows.get(view.selected).copied();
                self.all = None;
                if let Some(i) = target {
                    self.jump_to(i);
                }
            }
            _ => {}
        }
    }

    /// Shows the article of annotation `index` with the cursor on its passage.
    pub fn jump_to(&mut self, index: usize) {
        let Some(ann) = self.annotation(index).cloned() else {
            return;
        };
        let found = self
            .entries
            .iter()
            .position(|e| e.article().is_some_and(|a| ann.article.matches(a)));
        let Some(entry) = found else {
            self.set_status(
                format!(
                    "The article of this annotation is not in the library: {}",
                    ann.article.path
                ),
                true,
            );
            return;
        };
        self.go_to(entry, 0);
        let anchor = self
            .reader
            .anchors
            .iter()
            .find(|(i, _)| *i == index)
            .map(|(_, a)| *a);
        match anchor.and_then(|a| a.range()) {
            Some((s, _)) => {
                let h = self.text_height();
                self.reader.set_cursor(s, h);
            }
            None => self.set_status(
                "This annotation is orphaned: its text is no longer in the article",
                true,
            ),
        }
    }
}
