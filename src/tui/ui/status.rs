//! The status line: the prompt, or a message, or key hints; the position on the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::truncate;
use crate::sanitize::one_line;
use crate::tui::action::Action;
use crate::tui::app::{App, PromptKind};
use crate::tui::keymap::Mode;

pub fn draw(frame: &mut Frame, app: &App, area: Rect) {
    let theme = &app.theme;
    let height = app.areas().map_or(1, |a| usize::from(a.reader_text.height));
    let mut right = String::new();
    if let Some((done, all)) = app.loading {
        right.push_str(&format!(
            "loading {done}/{all} files, {} rows  ",
            app.entries.len()
        ));
    }
    if let Some(prompt) = &app.prompt
        && prompt.kind == PromptKind::Search
    {
        let n = app.reader.search.matches.len();
        right.push_str(&format!("{n} match{}  ", if n == 1 { "" } else { "es" }));
    } else if let Some(c) = app.reader.search.current {
        right.push_str(&format!(
            "match {}/{}  ",
            c + 1,
            app.reader.search.matches.len()
        ));
    }
    if app.reader.layout.is_some() {
        right.push_str(&format!("{:>3}%", app.reader.percent(height)));
    }
    let width = usize::from(area.width);
    let right_w = right.width();
    let left_w = width.saturating_sub(right_w + 1);
    let left: Line = if let Some(prompt) = &app.prompt {
        let label = match prompt.kind {
            PromptKind::Search => "/",
            PromptKind::Filter => "filter: ",
            PromptKind::Speaker => "speaker (Enter saves, empty: detected): ",
        };
        Line::from(vec![
            Span::styled(label, theme.accent()),
            Span::raw(truncate(
                &format!("{}▏", one_line(&prompt.input)),
                left_w.saturating_sub(label.width()),
            )),
        ])
    } else if let Some(status) = &app.status {
        let style = if status.error {
            theme.error()
        } else {
            ratatui::style::Style::new()
        };
        Line::from(Span::styled(
            truncate(&one_line(&status.text), left_w),
            style,
        ))
    } else {
        hints(app, left_w)
    };
    let pad = width.saturating_sub(left.width() + right_w);
    let mut spans = left.spans;
    spans.push(Span::raw(" ".repeat(pad)));
    spans.push(Span::styled(right, theme.meta()));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Key hints for the focused pane, from the keymap.
fn hints(app: &App, width: usize) -> Line<'static> {
    let mode = match app.mode() {
        Mode::List | Mode::Prompt => Mode::List,
        m => m,
    };
    let actions: &[(Action, &str)] = match mode {
        // Pop-ups show their own keys.
        Mode::Tags
        | Mode::Note
        | Mode::AllAnnotations
        | Mode::Help
        | Mode::Export
        | Mode::Speakers => &[],
        Mode::Reader | Mode::Search if app.reader.visual.is_some() => &[
            (Action::WordNext, "extend"),
            (Action::Tag, "tag"),
            (Action::Note, "note"),
            (Action::Close, "cancel"),
        ],
        Mode::Reader | Mode::Search => &[
            (Action::Down, "move"),
            (Action::Visual, "select"),
            (Action::NextQuote, "quote"),
            (Action::SelectQuote, "select it"),
            (Action::Tag, "tag"),
            (Action::Note, "note"),
            (Action::Search, "search"),
            (Action::ToggleAnnotations, "notes"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
        Mode::Annotations => &[
            (Action::Down, "move"),
            (Action::Open, "go"),
            (Action::Tag, "tag"),
            (Action::Note, "note"),
            (Action::Delete, "delete"),
            (Action::ToggleAnnotations, "hide"),
        ],
        _ => &[
            (Action::Down, "move"),
            (Action::Open, "read"),
            (Action::Filter, "filter"),
            (Action::Help, "help"),
            (Action::Quit, "quit"),
        ],
    };
    let mut spans = Vec::new();
    let mut used = 0;
    for (action, label) in actions {
        let Some(key) = app.keymap.keys_for(mode, *action).into_iter().next() else {
            continue;
        };
        let key = if *action == Action::Down {
            let up = app
                .keymap
                .keys_for(mode, Action::Up)
                .into_iter()
                .next()
                .unwrap_or_default();
            format!("{key}/{up}")
        } else {
            key
        };
        let w = key.width() + label.width() + 3;
        if used + w > width {
            break;
        }
        spans.push(Span::styled(key, app.theme.accent()));
        spans.push(Span::raw(format!(" {label}  ")));
        used += w;
    }
    Line::from(spans)
}
