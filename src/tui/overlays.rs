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

/// Which annotations an export takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The article in the reader.
    Article,
    /// The articles the list's filter shows.
    Filtered,
    Everything,
}

impl Scope {
    pub const ALL: [Scope; 3] = [Scope::Article, Scope::Filtered, Scope::Everything];

    pub fn label(self) -> &'static str {
        match self {
            Scope::Article => "this article",
            Scope::Filtered => "articles in the list (current filter)",
            Scope::Everything => "everything",
        }
    }
}

/// The export dialog: format, scope, path.
#[derive(Debug, Clone)]
pub struct ExportDialog {
    pub format: crate::export::Format,
    pub scope: Scope,
    pub path: String,
    /// 0 format, 1 scope, 2 path.
    pub row: usize,
}

impl ExportDialog {
    /// A dialog with the path in the user's documents dir (else the current dir).
    pub fn new(dir: std::path::PathBuf, date: &str) -> ExportDialog {
        let path = dir.join(format!("presscut-annotations-{date}.md"));
        ExportDialog {
            format: crate::export::Format::Md,
            scope: Scope::Everything,
            path: path.display().to_string(),
            row: 0,
        }
    }

    /// Changes the option of the current row by `delta` (format or scope).
    pub fn cycle(&mut self, delta: isize) {
        let step = |i: usize, n: usize| (i as isize + delta).rem_euclid(n as isize) as usize;
        match self.row {
            0 => {
                let all = crate::export::Format::ALL;
                let i = all.iter().position(|f| *f == self.format).unwrap_or(0);
                let old = self.format.extension();
                self.format = all[step(i, all.len())];
                let new = self.format.extension();
                if let Some(stem) = self.path.strip_suffix(&format!(".{old}")) {
                    self.path = format!("{stem}.{new}");
                }
            }
            1 => {
                let i = Scope::ALL
                    .iter()
                    .position(|s| *s == self.scope)
                    .unwrap_or(0);
                self.scope = Scope::ALL[step(i, Scope::ALL.len())];
            }
            _ => {}
        }
    }
}

/// Every speaker of the library; choosing one lists their quotes.
#[derive(Debug, Clone, Default)]
pub struct SpeakersView {
    pub filter: String,
    /// (speaker, quotes, articles), most quoted first.
    pub rows: Vec<(String, usize, usize)>,
    /// Rows matching the filter (indices into `rows`).
    pub shown: Vec<usize>,
    pub selected: usize,
    /// Every quote: (speaker, entry index, start, end, text).
    pub all_quotes: Vec<(String, usize, usize, usize, String)>,
    /// The chosen speaker's quotes (indices into `all_quotes`) and the selected one.
    pub open: Option<(String, Vec<usize>, usize)>,
}

impl SpeakersView {
    pub fn refilter(&mut self) {
        let q = self.filter.to_lowercase();
        self.shown = (0..self.rows.len())
            .filter(|&i| q.is_empty() || self.rows[i].0.to_lowercase().contains(&q))
            .collect();
        self.selected = self.selected.min(self.shown.len().saturating_sub(1));
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
    fn export_dialog_cycles_and_keeps_the_extension_right() {
        let mut d = ExportDialog::new(std::path::PathBuf::from("/docs"), "2026-03-03");
        assert_eq!(d.path, "/docs/presscut-annotations-2026-03-03.md");
        d.cycle(1);
        assert_eq!(d.format, crate::export::Format::Json);
        assert!(d.path.ends_with(".json"));
        d.cycle(-2);
        assert_eq!(d.format, crate::export::Format::Csv);
        assert!(d.path.ends_with(".csv"));
        d.row = 1;
        d.cycle(1);
        assert_eq!(d.scope, Scope::Article);
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
