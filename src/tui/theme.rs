//! Colours from the config, or none at all under `NO_COLOR`.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use std::collections::{BTreeMap, HashMap};

use crate::config::ThemeConfig;

/// Colours given to tags the config does not name, by a hash of the tag.
const TAG_PALETTE: &[Color] = &[
    Color::LightMagenta,
    Color::LightGreen,
    Color::LightBlue,
    Color::LightRed,
    Color::LightCyan,
    Color::LightYellow,
    Color::Magenta,
    Color::Green,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    accent: Color,
    title: Color,
    meta: Color,
    selection: Color,
    search_match: Color,
    error: Color,
    border: Color,
    tags: HashMap<String, Color>,
}

impl Theme {
    /// Builds the theme; colours that do not parse are reported and replaced
    /// by the default. `no_color` (from `NO_COLOR`) turns every colour off.
    pub fn new(
        cfg: &ThemeConfig,
        tags: &BTreeMap<String, String>,
        no_color: bool,
    ) -> (Theme, Vec<String>) {
        let defaults = ThemeConfig::default();
        let mut problems = Vec::new();
        let mut pick = |name: &str, value: &str, fallback: &str| {
            Color::from_str(value).unwrap_or_else(|_| {
                problems.push(format!(
                    "config [theme] {name}: {value:?} is not a colour; using {fallback}"
                ));
                Color::from_str(fallback).unwrap_or(Color::Reset)
            })
        };
        let theme = Theme {
            color: !no_color,
            accent: pick("accent", &cfg.accent, &defaults.accent),
            title: pick("title", &cfg.title, &defaults.title),
            meta: pick("meta", &cfg.meta, &defaults.meta),
            selection: pick("selection", &cfg.selection, &defaults.selection),
            search_match: pick("search_match", &cfg.search_match, &defaults.search_match),
            error: pick("error", &cfg.error, &defaults.error),
            border: pick("border", &cfg.border, &defaults.border),
            tags: HashMap::new(),
        };
        let mut theme = theme;
        for (tag, value) in tags {
            match Color::from_str(value) {
                Ok(c) => {
                    theme.tags.insert(tag.clone(), c);
                }
                Err(_) => problems.push(format!("config [tags] {tag}: {value:?} is not a colour")),
            }
        }
        (theme, problems)
    }

    fn fg(&self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn border(&self, focused: bool) -> Style {
        match (focused, self.color) {
            (true, true) => Style::new().fg(self.accent),
            (true, false) => Style::new().add_modifier(Modifier::BOLD),
            (false, _) => self.fg(self.border),
        }
    }

    pub fn title(&self) -> Style {
        self.fg(self.title).add_modifier(Modifier::BOLD)
    }

    pub fn meta(&self) -> Style {
        if self.color {
            self.fg(self.meta)
        } else {
            Style::new().add_modifier(Modifier::DIM)
        }
    }

    pub fn error(&self) -> Style {
        if self.color {
            self.fg(self.error)
        } else {
            Style::new().add_modifier(Modifier::ITALIC)
        }
    }

    pub fn accent(&self) -> Style {
        self.fg(self.accent).add_modifier(Modifier::BOLD)
    }

    pub fn selected(&self, focused: bool) -> Style {
        match (self.color, focused) {
            (true, true) => Style::new()
                .bg(self.selection)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            (true, false) => Style::new().bg(Color::DarkGray).fg(Color::White),
            (false, _) => Style::new().add_modifier(Modifier::REVERSED),
        }
    }

    pub fn search_match(&self, current: bool) -> Style {
        match (self.color, current) {
            (true, false) => Style::new().bg(self.search_match).fg(Color::Black),
            (true, true) => Style::new()
                .bg(self.accent)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            (false, false) => Style::new().add_modifier(Modifier::UNDERLINED),
            (false, true) => Style::new().add_modifier(Modifier::REVERSED),
        }
    }
}

impl Theme {
    /// The colour of a tag: from the config, else from the palette.
    pub fn tag_color(&self, tag: &str) -> Color {
        self.tags.get(tag).copied().unwrap_or_else(|| {
            let h = tag
                .bytes()
                .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(u32::from(b)));
            TAG_PALETTE[h as usize % TAG_PALETTE.len()]
        })
    }

    /// An annotated passage, in its first tag's colour.
    pub fn annotation(&self, tag: Option<&str>) -> Style {
        match (self.color, tag) {
            (true, Some(t)) => Style::new().bg(self.tag_color(t)).fg(Color::Black),
            (true, None) => Style::new()
                .add_modifier(Modifier::UNDERLINED)
                .fg(self.accent),
            (false, _) => Style::new().add_modifier(Modifier::UNDERLINED),
        }
    }

    /// A tag's name, drawn in its colour.
    pub fn tag(&self, tag: &str) -> Style {
        if self.color {
            Style::new().fg(self.tag_color(tag))
        } else {
            Style::new().add_modifier(Modifier::BOLD)
        }
    }

    /// A detected quote; a dismissed one is struck through.
    pub fn quote(&self, dismissed: bool) -> Style {
        match (dismissed, self.color) {
            (true, _) => Style::new().add_modifier(Modifier::CROSSED_OUT | Modifier::DIM),
            (false, true) => Style::new().fg(self.title).add_modifier(Modifier::ITALIC),
            (false, false) => Style::new().add_modifier(Modifier::ITALIC),
        }
    }

    /// The reader's cursor cell.
    pub fn cursor(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Selected text in the reader.
    pub fn selection(&self) -> Style {
        if self.color {
            Style::new().bg(self.selection).fg(Color::White)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(&ThemeConfig::default(), &BTreeMap::new(), false).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_colour_is_reported_and_replaced() {
        let cfg = ThemeConfig {
            accent: "blurple".into(),
            title: "#ff8800".into(),
            ..ThemeConfig::default()
        };
        let mut tags = BTreeMap::new();
        tags.insert("housing".to_string(), "magenta".to_string());
        tags.insert("bad".to_string(), "nocolour".to_string());
        let (t, problems) = Theme::new(&cfg, &tags, false);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(t.tag_color("housing"), Color::Magenta);
        assert_eq!(t.tag_color("other"), t.tag_color("other"));
        assert_eq!(t.accent, Color::Cyan);
        assert_eq!(t.title, Color::Rgb(0xff, 0x88, 0x00));
    }

    #[test]
    fn no_color_has_no_colours() {
        let (t, _) = Theme::new(&ThemeConfig::default(), &BTreeMap::new(), true);
        for s in [
            t.border(true),
            t.title(),
            t.meta(),
            t.selected(true),
            t.search_match(true),
            t.error(),
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
    }
}
