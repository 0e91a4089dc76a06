//! The application state and `update`: every change goes through an [`Action`].
//! Annotation commands live in `annotate.rs`, as more of `impl App`.

use std::collections::HashMap;

use crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::annotation::Annotation;
use crate::article::{Article, Entry};
use crate::config::Config;
use crate::library::LoadMsg;
use crate::store::Store;
use crate::text_nav;

use super::action::Action;
use super::areas::{Areas, areas};
use super::keymap::{Key, Keymap, Mode};
use super::list::ListState;
use super::overlays::{AllView, ExportDialog, NoteEditor, SpeakersView, TagPicker};
use super::reader::ReaderState;
use super::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Reader,
    /// The annotations pane under the reader.
    Annotations,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Search,
    Filter,
    /// The speaker of the quote under the cursor.
    Speaker,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub input: String,
}

/// Something `u` can take back.
#[derive(Debug, Clone)]
pub enum Undo {
    /// A deleted annotation.
    Annotation(Box<Annotation>),
    /// A boilerplate rule that was added.
    Rule(crate::clean::user_rules::UserRule),
}

/// A message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub entries: Vec<Entry>,
    pub list: ListState,
    pub reader: ReaderState,
    pub focus: Focus,
    pub prompt: Option<Prompt>,
    /// The help overlay's scroll, when it is open.
    pub help: Option<usize>,
    pub status: Option<Status>,
    /// Files loaded so far and in all, while loading.
    pub loading: Option<(usize, usize)>,
    pub size: (u16, u16),
    pub keymap: Keymap,
    pub theme: Theme,
    pub max_width: u16,
    pub quit: bool,
    /// The annotations file, when there is one.
    pub store: Option<Store>,
    /// Bumped whenever the store's contents change.
    pub store_gen: u64,
    /// Annotation count per (path, jsonl line).
    pub counts: HashMap<(String, Option<usize>), usize>,
    pub picker: Option<TagPicker>,
    pub note: Option<NoteEditor>,
    pub all: Option<AllView>,
    pub export: Option<ExportDialog>,
    pub speakers: Option<SpeakersView>,
    /// Speaker names beside quotes in the reader.
    pub show_speakers: bool,
    /// The annotations pane is shown, and its selected row.
    pub pane: Option<usize>,
    /// What `u` can undo, last first.
    pub undo: Vec<Undo>,
    /// The reader's own boilerplate rules.
    pub rules: Option<crate::clean::user_rules::UserRules>,
    /// The line waiting for "this article or this outlet?", when marking boilerplate.
    pub marking: Option<String>,
    /// Messages from loading, shown when it ends.
    notices: Vec<String>,
}

impl App {
    /// A new app for `config`. `problems` (config errors and the like) are
    /// shown in the status line.
    pub fn new(config: &Config, no_color: bool, mut problems: Vec<String>) -> App {
        let (keymap, key_problems) = Keymap::with_overrides(&config.keys);
        let (theme, theme_problems) = Theme::new(&config.theme, &config.tags, no_color);
        problems.extend(key_problems);
        problems.extend(theme_problems);
        let status = (!problems.is_empty()).then(|| Status {
            text: problems.join(" · "),
            error: true,
        });
        App {
            entries: Vec::new(),
            list: ListState::default(),
            reader: ReaderState::default(),
            focus: Focus::List,
            prompt: None,
            help: None,
            status,
            loading: None,
            size: (80, 24),
            keymap,
            theme,
            max_width: config.reader.max_width,
            quit: false,
            store: None,
            store_gen: 0,
            counts: HashMap::new(),
            picker: None,
            note: None,
            all: None,
            export: None,
            speakers: None,
            show_speakers: true,
            pane: None,
            undo: Vec::new(),
            rules: None,
            marking: None,
            notices: Vec::new(),
        }
    }

    /// Adds entries (already loaded) at once.
    pub fn with_entries(mut self, entries: Vec<Entry>) -> App {
        self.add_entries(entries);
        self
    }

    /// Uses `store` for annotations; a read-only store says why in the status line.
    pub fn with_store(mut self, store: Store) -> App {
        if let Some(why) = &store.read_only {
            self.set_status(why.clone(), true);
        }
        self.store = Some(store);
        self.store_changed();
        self
    }

    pub fn areas(&self) -> Option<Areas> {
        areas(
            self.size.0,
            self.size.1,
            self.max_width,
            self.pane.is_some(),
            self.show_speakers,
        )
    }

    pub(crate) fn text_height(&self) -> usize {
        self.areas()
            .map_or(1, |a| usize::from(a.reader_text.height.max(1)))
    }

    pub fn selected_article(&self) -> Option<&Article> {
        self.list
            .selected_entry()
            .and_then(|i| self.entries.get(i))
            .and_then(Entry::article)
    }

    /// The entry shown in the reader.
    pub fn shown_entry(&self) -> Option<&Entry> {
        self.reader.entry.and_then(|i| self.entries.get(i))
    }

    pub fn shown_article(&self) -> Option<&Article> {
        self.shown_entry().and_then(Entry::article)
    }

    /// The keymap mode for the next key.
    pub fn mode(&self) -> Mode {
        if self.prompt.is_some() {
            Mode::Prompt
        } else if self.note.is_some() {
            Mode::Note
        } else if self.picker.is_some() {
            Mode::Tags
        } else if self.export.is_some() {
            Mode::Export
        } else if self.marking.is_some() {
            Mode::Rule
        } else if self.help.is_some() {
            Mode::Help
        } else if self.all.is_some() {
            Mode::AllAnnotations
        } else if self.speakers.is_some() {
            Mode::Speakers
        } else {
            match self.focus {
                Focus::Reader if !self.reader.search.matches.is_empty() => Mode::Search,
                Focus::Reader => Mode::Reader,
                Focus::Annotations => Mode::Annotations,
                Focus::List => Mode::List,
            }
        }
    }

    /// Turns a terminal event into an action.
    pub fn action_for(&self, event: &Event) -> Option<Action> {
        match event {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                let key = Key::from_event(k);
                let mode = self.mode();
                if let Some(a) = self.keymap.lookup(mode, key) {
                    return Some(a);
                }
                use crossterm::event::{KeyCode, KeyModifiers};
                match mode {
                    Mode::Note => Some(Action::TextKey(*k)),
                    Mode::Prompt
                    | Mode::Tags
                    | Mode::AllAnnotations
                    | Mode::Export
                    | Mode::Speakers => match k.code {
                        KeyCode::Char(c) if !k.modifiers.contains(KeyModifiers::CONTROL) => {
                            Some(Action::Input(c))
                        }
                        KeyCode::Backspace => Some(Action::DeleteChar),
                        _ => None,
                    },
                    _ => None,
                }
            }
            Event::Mouse(m) => match m.kind {
                MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Action::ScrollAt {
                    column: m.column,
                    row: m.row,
                    down: m.kind == MouseEventKind::ScrollDown,
                }),
                MouseEventKind::Down(MouseButton::Left) => Some(Action::ClickAt {
                    column: m.column,
                    row: m.row,
                }),
                MouseEventKind::Drag(MouseButton::Left) => Some(Action::DragTo {
                    column: m.column,
                    row: m.row,
                }),
                _ => None,
            },
            Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
            _ => None,
        }
    }

    /// Takes one message from the loader.
    pub fn on_load(&mut self, msg: LoadMsg) {
        match msg {
            LoadMsg::Found { files, notices } => {
                self.loading = Some((0, files));
                self.notices.extend(notices);
            }
            LoadMsg::Loaded { order, entries } => {
                if let Some((done, _)) = &mut self.loading {
                    *done += 1;
                }
                // After a streamed file's batches: sorts after them.
                self.insert_entries(order, usize::MAX / 2, entries);
            }
            LoadMsg::Batch {
                order,
                offset,
                entries,
            } => self.insert_entries(order, offset, entries),
            LoadMsg::Done => {
                self.loading = None;
                let failed = self
                    .entries
                    .iter()
                    .filter(|e| e.article().is_none())
                    .count();
                let read = self.entries.len() - failed;
                let mut text = format!("{read} article{}", if read == 1 { "" } else { "s" });
                if failed > 0 {
                    text.push_str(&format!(", {failed} could not be read (marked ✗)"));
                }
                if self.entries.is_empty() {
                    // Say why, when files were passed over.
                    text = if self.notices.is_empty() {
                        "No articles found. Give files or folders: presscut PATH...".into()
                    } else {
                        "No articles found".into()
                    };
                }
                for n in self.notices.drain(..) {
                    text.push_str(" · ");
                    text.push_str(&n);
                }
                match &mut self.status {
                    Some(s) if s.error => {
                        s.text.push_str(" · ");
                        s.text.push_str(&text);
                    }
                    _ => self.set_status(text, failed > 0),
                }
            }
        }
    }

    /// Adds entries after the ones already there (tests, benchmarks).
    fn add_entries(&mut self, entries: Vec<Entry>) {
        let order = self.entries.len();
        self.insert_entries(order, 0, entries);
    }

    /// Adds the entries of file `order`, the first being its `offset`-th.
    fn insert_entries(&mut self, order: usize, offset: usize, mut entries: Vec<Entry>) {
        self.apply_rules_to(&mut entries);
        self.list
            .insert((order, offset), self.entries.len(), &entries);
        self.entries.extend(entries);
        self.sync_reader();
    }

    pub fn set_status(&mut self, text: impl Into<String>, error: bool) {
        self.status = Some(Status {
            text: text.into(),
            error,
        });
    }

    /// Shows the selected entry in the reader and lays it out for the current size.
    pub(crate) fn sync_reader(&mut self) {
        self.reader.show(self.list.selected_entry());
        let width = self.areas().map_or(1, |a| usize::from(a.reader_text.width));
        let article = self
            .reader
            .entry
            .and_then(|i| self.entries.get(i))
            .and_then(Entry::article);
        self.reader.ensure_layout(article, width);
        self.sync_anchors();
        if let Some(a) = self.areas() {
            self.list.follow(a.list_rows());
        }
        let h = self.text_height();
        self.reader.scroll_by(0, h);
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if !matches!(
            action,
            Action::Resize(..) | Action::Input(_) | Action::DeleteChar | Action::TextKey(_)
        ) && (self.status.as_ref().is_some_and(|s| !s.error) || matches!(action, Action::Close))
        {
            // A status message lasts until the next key.
            self.status = None;
        }
        if let Action::Resize(w, h) = action {
            self.size = (w, h);
        } else {
            match self.mode() {
                Mode::Prompt => self.update_prompt(action),
                Mode::Note => self.update_note(action),
                Mode::Tags => self.update_picker(action),
                Mode::AllAnnotations => self.update_all(action),
                Mode::Export => self.update_export(action),
                Mode::Rule => self.update_marking(action),
                Mode::Speakers => self.update_speakers(action),
                Mode::Help => self.update_help(action),
                Mode::Annotations => self.update_pane(action),
                _ => self.update_main(action),
            }
        }
        self.sync_reader();
    }

    fn update_prompt(&mut self, action: Action) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        match action {
            Action::Input(c) => prompt.input.push(c),
            Action::DeleteChar => {
                prompt.input.pop();
            }
            // ("ctrl-u", as in a shell: a speaker's detected name, given
            // to edit, is replaced in one key.)
            Action::ClearInput => prompt.input.clear(),
            Action::Submit => {
                let p = self.prompt.take();
                if let Some(Prompt {
                    kind: PromptKind::Speaker,
                    input,
                }) = &p
                {
                    let input = input.clone();
                    self.save_speaker(&input);
                    return;
                }
                if let Some(Prompt {
                    kind: PromptKind::Search,
                    input,
                }) = p
                {
                    let n = self.reader.search.matches.len();
                    if !input.is_empty() {
                        self.set_status(
                            format!("{n} match(es) for “{input}”; n/N to move"),
                            n == 0,
                        );
                    }
                }
                return;
            }
            Action::Close => {
                let p = self.prompt.take();
                match p.map(|p| p.kind) {
                    Some(PromptKind::Filter) => self.list.set_filter(""),
                    Some(PromptKind::Search) => self.reader.clear_search(),
                    Some(PromptKind::Speaker) | None => {}
                }
                return;
            }
            _ => return,
        }
        // The input changed: filter or search as you type.
        let (kind, input) = (prompt.kind, prompt.input.clone());
        match kind {
            PromptKind::Filter => self.list.set_filter(&input),
            PromptKind::Search => self.run_search(&input),
            PromptKind::Speaker => {}
        }
    }

    fn run_search(&mut self, query: &str) {
        let h = self.text_height();
        let width = self.areas().map_or(1, |a| usize::from(a.reader_text.width));
        let Some(i) = self.reader.entry else { return };
        let Some(article) = self.entries.get(i).and_then(Entry::article) else {
            return;
        };
        self.reader.ensure_layout(Some(article), width);
        self.reader.search(article, query, h);
        if let Some(c) = self.reader.search.current {
            self.reader.cursor = self.reader.search.matches[c].0;
        }
    }

    fn update_main(&mut self, action: Action) {
        let h = self.text_height();
        let page = self.areas().map_or(1, |a| a.list_rows()) as isize;
        let in_list = self.focus == Focus::List;
        let has_article = self.shown_article().is_some();
        let r = &mut self.reader;
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(0),
            Action::Close => {
                if r.visual.is_some() {
                    r.visual = None;
                } else if !r.search.query.is_empty() {
                    r.clear_search();
                } else if !self.list.filter.is_empty() {
                    self.list.set_filter("");
                }
            }
            Action::FocusNext => {
                self.focus = match (self.focus, self.pane.is_some()) {
                    (Focus::List, _) => Focus::Reader,
                    (Focus::Reader, true) => Focus::Annotations,
                    _ => Focus::List,
                };
            }
            Action::FocusList => self.focus = Focus::List,
            Action::FocusReader => self.focus = Focus::Reader,
            Action::Open if in_list => self.focus = Focus::Reader,
            Action::Down if in_list => self.list.move_by(1),
            Action::Up if in_list => self.list.move_by(-1),
            Action::PageDown if in_list => self.list.move_by(page),
            Action::PageUp if in_list => self.list.move_by(-page),
            Action::HalfPageDown if in_list => self.list.move_by(page / 2),
            Action::HalfPageUp if in_list => self.list.move_by(-page / 2),
            Action::Top if in_list => self.list.select(0),
            Action::Bottom if in_list => self.list.select(usize::MAX),
            Action::Down => r.move_lines(1, h),
            Action::Up => r.move_lines(-1, h),
            Action::PageDown | Action::PageUp | Action::HalfPageDown | Action::HalfPageUp => {
                let step = match action {
                    Action::PageDown | Action::PageUp => h.saturating_sub(2).max(1),
                    _ => (h / 2).max(1),
                } as isize;
                let down = matches!(action, Action::PageDown | Action::HalfPageDown);
                r.scroll_by(if down { step } else { -step }, h);
                r.cursor_into_view(h);
            }
            Action::Top => {
                r.set_cursor(0, h);
                r.scroll_to(0, h);
            }
            Action::Bottom => {
                r.set_cursor(usize::MAX, h);
                r.scroll_to(usize::MAX, h);
            }
            Action::WordNext => r.motion(text_nav::next_word, h),
            Action::WordPrev => r.motion(text_nav::prev_word, h),
            Action::WordEnd => r.motion(text_nav::word_end, h),
            Action::SentenceNext => r.motion(text_nav::next_sentence, h),
            Action::SentencePrev => r.motion(text_nav::prev_sentence, h),
            Action::ParagraphNext => r.motion(text_nav::next_paragraph, h),
            Action::ParagraphPrev => r.motion(text_nav::prev_paragraph, h),
            Action::Visual => r.toggle_visual(false),
            Action::VisualSentences => r.toggle_visual(true),
            Action::SelectQuote => match super::quotes::quote_span_at(r, r.cursor) {
                Some((s, e)) => r.select_range(s, e, h),
                None => self.set_status("No quote under the cursor: ] and [ jump to quotes", false),
            },
            Action::SelectSentence if !r.chars.is_empty() => {
                let (s, e) = text_nav::sentence_at(&r.chars, r.cursor);
                r.select_range(s, e, h);
            }
            Action::SelectParagraph if !r.chars.is_empty() => {
                let (s, e) = text_nav::paragraph_at(&r.chars, r.cursor);
                r.select_range(s, e, h);
            }
            Action::Search if has_article => {
                self.focus = Focus::Reader;
                self.reader.clear_search();
                self.prompt = Some(Prompt {
                    kind: PromptKind::Search,
                    input: String::new(),
                });
            }
            Action::Filter => {
                self.focus = Focus::List;
                let input = self.list.filter.clone();
                self.prompt = Some(Prompt {
                    kind: PromptKind::Filter,
                    input,
                });
            }
            Action::NextMatch | Action::PrevMatch => {
                if r.step_match(action == Action::NextMatch, h) {
                    if let Some(c) = r.search.current {
                        r.cursor = r.search.matches[c].0;
                    }
                } else {
                    self.set_status("No search: press / to search the article", false);
                }
            }
            Action::ScrollAt { column, row, down } => self.wheel(column, row, down),
            Action::ClickAt { column, row } => self.click(column, row),
            Action::DragTo { column, row } => self.drag(column, row),
            Action::Open => self.open_annotation(),
            Action::Tag => self.start_tagging(),
            Action::Note => self.start_note(),
            Action::Delete => self.delete_annotation(),
            Action::Undo => self.undo_last(),
            Action::MarkBoilerplate => self.start_marking(),
            Action::ToggleAnnotations => self.toggle_pane(),
            Action::AllAnnotations => self.open_all(),
            Action::Export => self.open_export(),
            Action::NextQuote => self.jump_quote(true),
            Action::PrevQuote => self.jump_quote(false),
            Action::CorrectSpeaker => self.start_speaker_prompt(),
            Action::DismissQuote => self.toggle_dismissed(),
            Action::ToggleSpeakers => self.show_speakers = !self.show_speakers,
            Action::Speakers => self.open_speakers(),
            _ => {}
        }
    }
}
