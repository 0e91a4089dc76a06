//! `config.toml`: library paths, reader width, theme colours, key overrides.
//!
//! A config that cannot be read never stops presscut: the problem is reported
//! (file, line, what is wrong) and the defaults are used.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Environment variable naming a config file to use instead of the default one.
pub const CONFIG_ENV: &str = "PRESSCUT_CONFIG";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Files and folders opened when no PATH is given.
    pub library: Vec<PathBuf>,
    pub reader: ReaderConfig,
    pub theme: ThemeConfig,
    /// Key overrides: action name -> keys (`quit = ["q", "ctrl-q"]`).
    pub keys: BTreeMap<String, Vec<String>>,
    /// Tag colours: tag -> colour (`housing = "magenta"`); others get one from a palette.
    pub tags: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReaderConfig {
    /// Widest line of text in the reader, in columns.
    pub max_width: u16,
}

/// Colours by role: names (`cyan`, `lightblue`), `#rrggbb`, or 0-255.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ThemeConfig {
    pub accent: String,
    pub title: String,
    pub meta: String,
    pub selection: String,
    pub search_match: String,
    pub error: String,
    pub border: String,
}

impl Default for ReaderConfig {
    fn default() -> Self {
        Self { max_width: 100 }
    }
}

impl Default for ThemeConfig {
    fn default() -> Self {
        Self {
            accent: "cyan".into(),
            title: "yellow".into(),
            meta: "gray".into(),
            selection: "blue".into(),
            search_match: "yellow".into(),
            error: "red".into(),
            border: "darkgray".into(),
        }
    }
}

/// Narrowest reader width accepted from the config.
pub const MIN_READER_WIDTH: u16 = 20;

/// Where the config file is looked for: `$PRESSCUT_CONFIG`, else the user's
/// config dir (`~/.config/presscut/config.toml` on Linux).
pub fn default_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(CONFIG_ENV) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "presscut").map(|d| d.config_dir().join("config.toml"))
}

/// Loads the config at `path`; a missing file gives the defaults. Problems are
/// returned as messages, each naming the file and, where known, the line.
pub fn load(path: Option<&Path>) -> (Config, Vec<String>) {
    let Some(path) = path else {
        return (Config::default(), Vec::new());
    };
    match std::fs::read_to_string(path) {
        Ok(text) => parse(&text, &path.display().to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Config::default(), Vec::new()),
        Err(e) => (
            Config::default(),
            vec![format!(
                "config {}: cannot read it ({e}); using defaults",
                path.display()
            )],
        ),
    }
}

/// Parses config text; `name` is used in messages.
pub fn parse(text: &str, name: &str) -> (Config, Vec<String>) {
    match toml::from_str::<Config>(text) {
        Ok(mut config) => {
            let mut problems = Vec::new();
            if config.reader.max_width < MIN_READER_WIDTH {
                problems.push(format!(
                    "config {name}: reader.max_width {} is too narrow; using {MIN_READER_WIDTH}",
                    config.reader.max_width
                ));
                config.reader.max_width = MIN_READER_WIDTH;
            }
            (config, problems)
        }
        Err(e) => {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            let place = line.map(|l| format!(" line {l}:")).unwrap_or_default();
            let msg = e.message().trim().replace('\n', " ");
            (
                Config::default(),
                vec![format!("config {name}:{place} {msg}; using defaults")],
            )
        }
    }
}

fn toml_str(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

impl Config {
    /// The effective config as TOML with comments, for `--print-config`.
    /// `default_keys` lists every action with its keys and description.
    pub fn to_commented_toml(&self, default_keys: &[(String, Vec<String>, String)]) -> String {
        let mut out = String::new();
        out.push_str("# presscut configuration. Every setting is optional.\n\n");
        out.push_str("# Files and folders opened when presscut starts without PATH arguments.\n");
        out.push_str("# Empty: the bundled sample library.\n");
        let paths: Vec<String> = self
            .library
            .iter()
            .map(|p| toml_str(&p.display().to_string()))
            .collect();
        out.push_str(&format!("library = [{}]\n\n", paths.join(", ")));
        out.push_str("[reader]\n# Widest line of text in the reader, in columns.\n");
        out.push_str(&format!("max_width = {}\n\n", self.reader.max_width));
        out.push_str("[theme]\n# Colour names (cyan, lightblue), \"#rrggbb\" or 0-255. NO_COLOR turns colours off.\n");
        let t = &self.theme;
        for (k, v, what) in [
            ("accent", &t.accent, "focused pane border, key hints"),
            ("title", &t.title, "article titles"),
            ("meta", &t.meta, "outlet, byline, date"),
            ("selection", &t.selection, "selected row background"),
            ("search_match", &t.search_match, "search matches background"),
            ("error", &t.error, "files that failed to load"),
            ("border", &t.border, "unfocused borders"),
        ] {
            out.push_str(&format!("{k} = {}  # {what}\n", toml_str(v)));
        }
        out.push_str(
            "\n[tags]\n# Tag colours: tag = colour. Tags not listed get a colour from a palette.\n",
        );
        for (tag, colour) in &self.tags {
            out.push_str(&format!("{} = {}\n", toml_str(tag), toml_str(colour)));
        }
        out.push_str("\n[keys]\n# action = [keys]: replaces that action's keys. Keys: \"q\", \"G\", \"ctrl-d\",\n");
        out.push_str("# \"enter\", \"esc\", \"tab\", \"backtab\", \"space\", \"up\", \"down\", \"pgup\", \"pgdn\", \"home\", \"end\", \"f1\".\n");
        for (name, keys, description) in default_keys {
            let keys = self.keys.get(name).unwrap_or(keys);
            let list: Vec<String> = keys.iter().map(|k| toml_str(k)).collect();
            out.push_str(&format!(
                "{name} = [{}]  # {description}\n",
                list.join(", ")
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_config_parses() {
        let (c, problems) = parse(
            "library = [\"/news\"]\n[reader]\nmax_width = 80\n[theme]\naccent = \"#ff8800\"\n[keys]\nquit = [\"ctrl-q\"]\n",
            "test",
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c.library, vec![PathBuf::from("/news")]);
        assert_eq!(c.reader.max_width, 80);
        assert_eq!(c.theme.accent, "#ff8800");
        assert_eq!(c.theme.title, "yellow");
        assert_eq!(c.keys["quit"], vec!["ctrl-q"]);
    }

    #[test]
    fn bad_config_names_line_and_falls_back() {
        let (c, problems) = parse("[reader]\nmax_width = \"wide\"\n", "config.toml");
        assert_eq!(c, Config::default());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("line 2"), "{}", problems[0]);
        assert!(problems[0].contains("using defaults"));
    }

    #[test]
    fn unknown_setting_is_reported() {
        let (_, problems) = parse("[reader]\nmax_widht = 90\n", "c");
        assert!(
            problems[0].contains("line 2") && problems[0].contains("max_widht"),
            "{problems:?}"
        );
    }

    #[test]
    fn too_narrow_width_is_raised() {
        let (c, problems) = parse("[reader]\nmax_width = 3\n", "c");
        assert_eq!(c.reader.max_width, MIN_READER_WIDTH);
        assert_eq!(problems.len(), 1);
    }

    #[test]
    fn commented_output_parses_back() {
        let mut c = Config::default();
        c.library.push(PathBuf::from("/a \"b\""));
        c.keys.insert("quit".into(), vec!["x".into()]);
        let keys = vec![(
            "quit".to_string(),
            vec!["q".to_string()],
            "Quit".to_string(),
        )];
        let text = c.to_commented_toml(&keys);
        let (back, problems) = parse(&text, "printed");
        assert!(problems.is_empty(), "{problems:?}\n{text}");
        assert_eq!(back, c);
    }
}
