//! Keys to actions, per mode. The defaults live in one table; the config can
//! replace any action's keys by name; the help overlay is generated from here.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where a key is pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Mode {
    /// In the list and the reader alike.
    Global,
    List,
    Reader,
    /// The reader while a search is highlighted.
    Search,
    /// The annotations pane.
    Annotations,
    /// The list of all annotations.
    AllAnnotations,
    /// Choosing tags.
    Tags,
    /// Writing a note.
    Note,
    /// The export dialog.
    Export,
    /// The speakers of the library.
    Speakers,
    /// Choosing where a boilerplate rule applies.
    Rule,
    Help,
    /// Typing a search or filter.
    Prompt,
}

impl Mode {
    pub fn title(self) -> &'static str {
        match self {
            Mode::Global => "Everywhere",
            Mode::List => "Article list",
            Mode::Reader => "Reader",
            Mode::Search => "Reader, while a search is highlighted",
            Mode::Annotations => "Annotations pane",
            Mode::AllAnnotations => "All annotations (type to filter)",
            Mode::Tags => "Tag picker (type to filter or create)",
            Mode::Note => "Note editor",
            Mode::Export => "Export dialog (type to edit the path)",
            Mode::Speakers => "Speakers (type to filter)",
            Mode::Rule => "Marking a line as boilerplate",
            Mode::Help => "Help",
            Mode::Prompt => "Search / filter prompt",
        }
    }
}

/// A key with its modifiers, normalised (Shift is part of the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn from_event(ev: &KeyEvent) -> Key {
        let mut mods =
            ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match ev.code {
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c)
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, mods }
    }

    /// The name used in the config and the help: `q`, `G`, `ctrl-d`, `pgdn`.
    pub fn name(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "enter".into(),
            KeyCode::Esc => "esc".into(),
            KeyCode::Tab => "tab".into(),
            KeyCode::BackTab => "backtab".into(),
            KeyCode::Backspace => "backspace".into(),
            KeyCode::Up => "up".into(),
            KeyCode::Down => "down".into(),
            KeyCode::Left => "left".into(),
            KeyCode::Right => "right".into(),
            KeyCode::PageUp => "pgup".into(),
            KeyCode::PageDown => "pgdn".into(),
            KeyCode::Home => "home".into(),
            KeyCode::End => "end".into(),
            KeyCode::Delete => "delete".into(),
            KeyCode::F(n) => format!("f{n}"),
            _ => "?".into(),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str("shift-");
        }
        out + &base
    }
}

/// Parses a key name from the config: `q`, `G`, `ctrl-d`, `alt-x`, `enter`, `f1`.
pub fn parse_key(s: &str) -> Result<Key, String> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = s;
    loop {
        let lower = rest.to_ascii_lowercase();
        let (m, len) = if lower.starts_with("ctrl-") {
            (KeyModifiers::CONTROL, 5)
        } else if lower.starts_with("alt-") {
            (KeyModifiers::ALT, 4)
        } else if lower.starts_with("shift-") && rest.len() > 6 {
            (KeyModifiers::SHIFT, 6)
        } else {
            break;
        };
        mods |= m;
        rest = &rest[len..];
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) => {
            mods.remove(KeyModifiers::SHIFT);
            KeyCode::Char(c)
        }
        _ => match rest.to_ascii_lowercase().as_str() {
            "space" => KeyCode::Char(' '),
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "delete" | "del" => KeyCode::Delete,
            f if f.starts_with('f')
                && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
            {
                KeyCode::F(f[1..].parse().unwrap_or(1))
            }
            _ => return Err(format!("unknown key {s:?}")),
        },
    };
    Ok(Key { code, mods })
}

/// The default bindings: (mode, keys, action). Order is the order of the help.
const DEFAULTS: &[(Mode, &[&str], Action)] = &[
    (Mode::Global, &["q", "ctrl-c"], Action::Quit),
    (Mode::Global, &["?", "f1"], Action::Help),
    (Mode::Global, &["esc"], Action::Close),
    (Mode::Global, &["tab", "backtab"], Action::FocusNext),
    (Mode::Global, &["h", "left"], Action::FocusList),
    (Mode::Global, &["l", "right"], Action::FocusReader),
    (Mode::List, &["j", "down"], Action::Down),
    (Mode::List, &["k", "up"], Action::Up),
    (Mode::List, &["enter"], Action::Open),
    (Mode::List, &["ctrl-d", "pgdn", "space"], Action::PageDown),
    (Mode::List, &["ctrl-u", "pgup"], Action::PageUp),
    (Mode::List, &["g", "home"], Action::Top),
    (Mode::List, &["G", "end"], Action::Bottom),
    (Mode::List, &["/"], Action::Filter),
    (Mode::Reader, &["j", "down"], Action::Down),
    (Mode::Reader, &["k", "up"], Action::Up),
    (Mode::Reader, &["ctrl-d"], Action::HalfPageDown),
    (Mode::Reader, &["ctrl-u"], Action::HalfPageUp),
    (Mode::Reader, &["pgdn", "space"], Action::PageDown),
    (Mode::Reader, &["pgup"], Action::PageUp),
    (Mode::Reader, &["g", "home"], Action::Top),
    (Mode::Reader, &["G", "end"], Action::Bottom),
    (Mode::Reader, &["/"], Action::Search),
    (Mode::Reader, &["w"], Action::WordNext),
    (Mode::Reader, &["b"], Action::WordPrev),
    (Mode::Reader, &["e"], Action::WordEnd),
    (Mode::Reader, &[")"], Action::SentenceNext),
    (Mode::Reader, &["("], Action::SentencePrev),
    (Mode::Reader, &["}"], Action::ParagraphNext),
    (Mode::Reader, &["{"], Action::ParagraphPrev),
    (Mode::Reader, &["v"], Action::Visual),
    (Mode::Reader, &["V"], Action::VisualSentences),
    (Mode::Reader, &["\""], Action::SelectQuote),
    (Mode::Reader, &["s"], Action::SelectSentence),
    (Mode::Reader, &["p"], Action::SelectParagraph),
    (Mode::Reader, &["t"], Action::Tag),
    (Mode::Reader, &["n"], Action::Note),
    (Mode::Reader, &["enter"], Action::Open),
    (Mode::Reader, &["]"], Action::NextQuote),
    (Mode::Reader, &["["], Action::PrevQuote),
    (Mode::Reader, &["S"], Action::CorrectSpeaker),
    (Mode::Reader, &["X"], Action::DismissQuote),
    (Mode::Reader, &["m"], Action::ToggleSpeakers),
    (Mode::Reader, &["x"], Action::MarkBoilerplate),
    (Mode::Reader, &["d"], Action::Delete),
    (Mode::Reader, &["u"], Action::Undo),
    (Mode::Search, &["n"], Action::NextMatch),
    (Mode::Search, &["N"], Action::PrevMatch),
    (Mode::Global, &["a"], Action::ToggleAnnotations),
    (Mode::Global, &["A"], Action::AllAnnotations),
    (Mode::Global, &["E"], Action::Export),
    (Mode::Global, &["Q"], Action::Speakers),
    (Mode::Rule, &["a"], Action::RuleArticle),
    (Mode::Rule, &["o"], Action::RuleSource),
    (Mode::Rule, &["esc"], Action::Close),
    (Mode::Speakers, &["down", "ctrl-n"], Action::Down),
    (Mode::Speakers, &["up", "ctrl-p"], Action::Up),
    (Mode::Speakers, &["enter"], Action::Open),
    (Mode::Speakers, &["esc"], Action::Close),
    (Mode::Export, &["down", "tab"], Action::Down),
    (Mode::Export, &["up", "backtab"], Action::Up),
    (Mode::Export, &["right"], Action::NextOption),
    (Mode::Export, &["left"], Action::PrevOption),
    (Mode::Export, &["enter"], Action::Submit),
    (Mode::Export, &["esc"], Action::Close),
    (Mode::Annotations, &["j", "down"], Action::Down),
    (Mode::Annotations, &["k", "up"], Action::Up),
    (Mode::Annotations, &["enter"], Action::Open),
    (Mode::Annotations, &["t"], Action::Tag),
    (Mode::Annotations, &["n"], Action::Note),
    (Mode::Annotations, &["d"], Action::Delete),
    (Mode::Annotations, &["u"], Action::Undo),
    (Mode::AllAnnotations, &["down", "ctrl-n"], Action::Down),
    (Mode::AllAnnotations, &["up", "ctrl-p"], Action::Up),
    (Mode::AllAnnotations, &["enter"], Action::Open),
    (Mode::AllAnnotations, &["esc"], Action::Close),
    (Mode::Tags, &["enter"], Action::Submit),
    (Mode::Tags, &["tab"], Action::Complete),
    (Mode::Tags, &["down"], Action::Down),
    (Mode::Tags, &["up"], Action::Up),
    (Mode::Tags, &["esc"], Action::Close),
    (Mode::Note, &["ctrl-s"], Action::Submit),
    (Mode::Note, &["esc"], Action::Close),
    (Mode::Help, &["j", "down"], Action::Down),
    (Mode::Help, &["k", "up"], Action::Up),
    (Mode::Help, &["ctrl-d", "pgdn", "space"], Action::PageDown),
    (Mode::Help, &["ctrl-u", "pgup"], Action::PageUp),
    (Mode::Help, &["g", "home"], Action::Top),
    (Mode::Help, &["G", "end"], Action::Bottom),
    (Mode::Help, &["esc", "?", "q", "f1"], Action::Close),
    (Mode::Prompt, &["enter"], Action::Submit),
    (Mode::Prompt, &["esc"], Action::Close),
    (Mode::Prompt, &["ctrl-u"], Action::ClearInput),
];

/// What an action does in a mode, for the help (more precise than the name).
fn describe(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        (Mode::List, Action::Down) => "Next article",
        (Mode::List, Action::Up) => "Previous article",
        (Mode::List, Action::PageDown) => "Down a page of articles",
        (Mode::List, Action::PageUp) => "Up a page of articles",
        (Mode::List, Action::Top) => "First article",
        (Mode::List, Action::Bottom) => "Last article",
        (Mode::Reader, Action::Down) => "Cursor down a line (the view follows)",
        (Mode::Reader, Action::Up) => "Cursor up a line",
        (Mode::Reader, Action::Top) => "Top of the article",
        (Mode::Reader, Action::Bottom) => "End of the article",
        (Mode::Help, Action::Down) => "Scroll the help down",
        (Mode::Help, Action::Up) => "Scroll the help up",
        (Mode::Help, Action::PageDown) => "Scroll the help down a page",
        (Mode::Help, Action::PageUp) => "Scroll the help up a page",
        (Mode::Help, Action::Top) => "Top of the help",
        (Mode::Help, Action::Bottom) => "End of the help",
        (Mode::Help, Action::Close) => "Close the help",
        (Mode::Prompt, Action::Close) => "Cancel: clear the search or filter",
        (Mode::Reader, Action::Open) => "Open the annotation under the cursor (its note)",
        (Mode::Annotations, Action::Open) | (Mode::AllAnnotations, Action::Open) => {
            "Go to the annotated passage"
        }
        (Mode::Annotations | Mode::AllAnnotations, Action::Down) => "Next annotation",
        (Mode::Annotations | Mode::AllAnnotations, Action::Up) => "Previous annotation",
        (Mode::AllAnnotations, Action::Close) => "Close the list",
        (Mode::Tags, Action::Submit) => "Add the tag; on an empty line, save",
        (Mode::Tags, Action::Down) => "Next suggestion",
        (Mode::Tags, Action::Up) => "Previous suggestion",
        (Mode::Tags, Action::Close) | (Mode::Note, Action::Close) => "Cancel",
        (Mode::Note, Action::Submit) => "Save the note",
        (Mode::Rule, Action::Close) => "Cancel",
        (Mode::Speakers, Action::Down) => "Next row",
        (Mode::Speakers, Action::Up) => "Previous row",
        (Mode::Speakers, Action::Open) => "A speaker's quotes; on a quote, go to it",
        (Mode::Speakers, Action::Close) => "Back, then close",
        (Mode::Export, Action::Down) => "Next field",
        (Mode::Export, Action::Up) => "Previous field",
        (Mode::Export, Action::Submit) => "Write the file",
        (Mode::Export, Action::Close) => "Cancel",
        (Mode::Global, Action::Close) => "Clear the search highlights or the list filter",
        _ => action.description(),
    }
}

/// Keys to actions, per mode.
#[derive(Debug, Clone)]
pub struct Keymap {
    /// (mode, keys, action), in help order.
    bindings: Vec<(Mode, Vec<Key>, Action)>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|(mode, keys, action)| {
                let keys = keys.iter().filter_map(|k| parse_key(k).ok()).collect();
                (*mode, keys, *action)
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The defaults with the config's overrides applied: an override replaces
    /// the action's keys in every mode where the action is bound. Problems
    /// (unknown action or key) are returned and that override is skipped.
    pub fn with_overrides(overrides: &BTreeMap<String, Vec<String>>) -> (Keymap, Vec<String>) {
        let mut map = Keymap::default();
        let mut problems = Vec::new();
        for (name, keys) in overrides {
            let Some(action) = Action::from_name(name) else {
                problems.push(format!(
                    "config [keys]: no action named {name:?} (see --print-config)"
                ));
                continue;
            };
            let parsed: Result<Vec<Key>, String> = keys.iter().map(|k| parse_key(k)).collect();
            match parsed {
                Ok(parsed) => {
                    for (_, bound, a) in &mut map.bindings {
                        if *a == action {
                            bound.clone_from(&parsed);
                        }
                    }
                }
                Err(e) => problems.push(format!("config [keys] {name}: {e}")),
            }
        }
        (map, problems)
    }

    /// The action for a key in a mode; list and reader fall back to global keys.
    pub fn lookup(&self, mode: Mode, key: Key) -> Option<Action> {
        let find = |m: Mode| {
            self.bindings
                .iter()
                .find(|(bm, keys, _)| *bm == m && keys.contains(&key))
                .map(|(_, _, a)| *a)
        };
        let fallbacks: &[Mode] = match mode {
            Mode::List | Mode::Reader | Mode::Annotations => &[Mode::Global],
            Mode::Search => &[Mode::Reader, Mode::Global],
            _ => &[],
        };
        find(mode).or_else(|| fallbacks.iter().find_map(|m| find(*m)))
    }

    /// The names of the keys bound to `action` in `mode` (or globally).
    pub fn keys_for(&self, mode: Mode, action: Action) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|(m, _, a)| *a == action && (*m == mode || *m == Mode::Global))
            .flat_map(|(_, keys, _)| keys.iter().map(Key::name))
            .collect()
    }

    /// The help: one section per mode, one row per action (keys, description).
    pub fn help(&self) -> Vec<(Mode, Vec<(String, &'static str)>)> {
        let mut sections: Vec<(Mode, Vec<(String, &'static str)>)> = Vec::new();
        for (mode, keys, action) in &self.bindings {
            let row = (
                keys.iter().map(Key::name).collect::<Vec<_>>().join(", "),
                describe(*mode, *action),
            );
            match sections.iter_mut().find(|(m, _)| m == mode) {
                Some((_, rows)) => rows.push(row),
                None => sections.push((*mode, vec![row])),
            }
        }
        sections
    }

    /// The help as Markdown tables, one per mode (README.md holds a copy; a test keeps it true).
    pub fn help_markdown(&self) -> String {
        let mut out = String::new();
        for (mode, rows) in self.help() {
            out.push_str(&format!(
                "\n**{}**\n\n| keys | action |\n|---|---|\n",
                mode.title()
            ));
            for (keys, desc) in rows {
                let keys: Vec<String> = keys.split(", ").map(|k| format!("`{k}`")).collect();
                out.push_str(&format!("| {} | {desc} |\n", keys.join(" ")));
            }
        }
        out
    }

    /// Every named action with its default keys and description, for `--print-config`.
    pub fn defaults_by_name() -> Vec<(String, Vec<String>, String)> {
        let mut out: Vec<(String, Vec<String>, String)> = Vec::new();
        for (_, keys, action) in DEFAULTS {
            let Some(name) = action.name() else { continue };
            match out.iter_mut().find(|(n, _, _)| n == name) {
                Some((_, all, _)) => {
                    for k in *keys {
                        if !all.iter().any(|x| x == k) {
                            all.push((*k).to_string());
                        }
                    }
                }
                None => out.push((
                    name.to_string(),
                    keys.iter().map(|k| (*k).to_string()).collect(),
                    action.description().to_string(),
                )),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> Key {
        parse_key(s).expect("key parses")
    }

    #[test]
    fn parses_key_names() {
        assert_eq!(
            key("q"),
            Key {
                code: KeyCode::Char('q'),
                mods: KeyModifiers::NONE
            }
        );
        assert_eq!(
            key("G"),
            Key {
                code: KeyCode::Char('G'),
                mods: KeyModifiers::NONE
            }
        );
        assert_eq!(
            key("ctrl-d"),
            Key {
                code: KeyCode::Char('d'),
                mods: KeyModifiers::CONTROL
            }
        );
        assert_eq!(key("PgDn").code, KeyCode::PageDown);
        assert_eq!(key("f5").code, KeyCode::F(5));
        assert!(parse_key("hyper-x").is_err());
        for k in [
            "q", "G", "ctrl-d", "pgdn", "space", "enter", "alt-x", "f1", "backtab",
        ] {
            assert_eq!(key(k).name(), k);
        }
    }

    #[test]
    fn shift_is_folded_into_chars() {
        let ev = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(Key::from_event(&ev), key("G"));
    }

    #[test]
    fn modes_fall_back_to_global() {
        let map = Keymap::default();
        assert_eq!(map.lookup(Mode::Reader, key("q")), Some(Action::Quit));
        assert_eq!(map.lookup(Mode::Reader, key("/")), Some(Action::Search));
        assert_eq!(map.lookup(Mode::List, key("/")), Some(Action::Filter));
        assert_eq!(map.lookup(Mode::Prompt, key("q")), None);
        assert_eq!(
            map.lookup(Mode::Prompt, key("ctrl-u")),
            Some(Action::ClearInput)
        );
        assert_eq!(map.lookup(Mode::Help, key("q")), Some(Action::Close));
    }

    #[test]
    fn overrides_replace_keys_and_report_problems() {
        let mut o = BTreeMap::new();
        o.insert("quit".to_string(), vec!["x".to_string()]);
        o.insert("warp".to_string(), vec!["w".to_string()]);
        o.insert("top".to_string(), vec!["hyper-t".to_string()]);
        let (map, problems) = Keymap::with_overrides(&o);
        assert_eq!(map.lookup(Mode::List, key("x")), Some(Action::Quit));
        assert_eq!(map.lookup(Mode::List, key("q")), None);
        assert_eq!(map.lookup(Mode::List, key("g")), Some(Action::Top));
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn help_lists_every_binding() {
        let map = Keymap::default();
        let help = map.help();
        let rows: usize = help.iter().map(|(_, r)| r.len()).sum();
        assert_eq!(rows, DEFAULTS.len());
        assert!(help.iter().any(|(m, rows)| {
            *m == Mode::Reader
                && rows
                    .iter()
                    .any(|(k, d)| k == "/" && d.starts_with("Search"))
        }));
    }
}
