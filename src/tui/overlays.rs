//! State of the pop-ups: the tag picker, the note editor and the list of all
//! annotations.

use ratatui_textarea::TextArea;

/// What a tag picker or note editor is working on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A passage not annotated yet: chars `start..end` of the shown article.
    New { start: usize, end: usize },
    /// An existing annotation, by id.
    Existing(String),
}

#[derive(Debug, Clone)]
pub struct TagPicker {
    pub subject: Subject,
    /// What is being typed.
    pub input: String,
    /// Tags chosen so far.
    pub chosen: Vec<String>,
    /// All known tags with their counts, most recently used first.
    pub known: Vec<(String, usize)>,
    /// Highlighted suggestion.
    pub highlight: usize,
}

impl TagPicker {
    /// Known tags matching the input, not yet chosen.
    pub fn suggestions(&self) -> Vec<&(String, usize)> {
        let q = self.input.to_lowercase();
        self.known
            .iter()
            .filter(|(t, _)| !self.chosen.contains(t) && t.to_lowercase().contains(&q))
            .collect()
    }

    /// Enter: adds the highlighted suggestion, or the typed text as a new tag.
    /// Returns false when there was nothing to add (time to save).
    pub fn add(&mut self) -> bool {
        let input = self.input.trim().to_string();
        if input.is_empty() {
            return false;
        }
        let exact = self
            .known
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(&input))
            .map(|(k, _)| k.clone());
        let suggested = self
            .suggestions()
            .get(self.highlight)
            .map(|(t, _)| t.clone());
        let tag = exact.or(suggested).unwrap_or(input);
        if !self.chosen.contains(&tag) {
            self.chosen.push(tag);
        }
        self.input.clear();
        self.highlight = 0;
        true
    }

    /// Tab: the input becomes the highlighted suggestion.
    pub fn complete(&mut self) {
        if let Some((t, _)) = self.suggestions().get(self.highlight) {
            self.input = t.clone();
        }
    }

    pub fn move_highlight(&mut self, delta: isize) {
        let n = self.suggestions().len();
        if n > 0 {
            self.highlight = self.highlight.saturating_add_signed(delta).min(n - 1);
        }
    }
}

pub struct NoteEditor {
    pub subject: Subject,
    pub textarea: TextArea<'static>,
}

impl NoteEditor {
    pub fn new(subject: Subject, note: &str) -> NoteEditor {
        let lines: Vec<String> = if note.is_empty() {
            vec![String::new()]
        } else {
            note.lines().map(str::to_string).collect()
        };
        let mut textarea = TextArea::new(lines);
        textarea.move_cursor(ratatui_textarea::CursorMove::Bottom);
        textarea.move_cursor(ratatui_textarea::CursorMove::End);
        NoteEditor { subject, textarea }
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n").trim_end().to_string()
    }
}

/// The list of every annotation in the library.
#[derive(Debug, Clone, Default)]
pub struct AllView {
    pub filter: String,
    /// Indices into the store's annotations matching the filter.
    pub rows: Vec<usize>,
    pub selected: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picker(known: &[&str]) -> TagPicker {
        TagPicker {
            subject: Subject::New { start: 0, end: 1 },
            input: String::new(),
            chosen: Vec::new(),
            known: known.iter().map(|t| (t.to_string(), 1)).collect(),
            highlight: 0,
        }
    }

    #[test]
    fn typing_filters_enter_adds_and_new_tags_are_created() {
        let mut p = picker(&["housing", "health", "ferry"]);
        p.input = "h".into();
        assert_eq!(p.suggestions().len(), 2);
        p.move_highlight(1);
        assert!(p.add());
        assert_eq!(p.chosen, vec!["health"]);
        p.input = "budget".into();
        assert!(p.add());
        assert_eq!(p.chosen, vec!["health", "budget"]);
        p.input = "fe".into();
        p.complete();
        assert_eq!(p.input, "ferry");
        assert!(p.add());
        assert!(!p.add(), "empty input: nothing to add");
        assert_eq!(p.chosen, vec!["health", "budget", "ferry"]);
    }
}
