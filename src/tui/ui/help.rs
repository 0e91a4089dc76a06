//! The help overlay, generated from the keymap.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::truncate;
use crate::tui::app::App;

pub fn draw(frame: &mut Frame, app: &App, scroll: usize) {
    let (lines, popup) = layout(app, frame.area());
    let inner_h = usize::from(popup.height.saturating_sub(2));
    let scroll = scroll.min(lines.len().saturating_sub(inner_h));
    let more = lines.len() > inner_h;
    let title = if more {
        " Help · j/k scroll · Esc close "
    } else {
        " Help · Esc close "
    };
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll as u16, 0)).block(
            Block::bordered()
                .title(title)
                .border_style(app.theme.border(true)),
        ),
        popup,
    );
}

/// The help's lines and the box they are drawn in, on a screen of `area`
/// (the scrolling in `tui::help` reads its extent from here too).
pub(in crate::tui) fn layout(app: &App, area: Rect) -> (Vec<Line<'static>>, Rect) {
    let theme = &app.theme;
    let mut lines: Vec<Line> = Vec::new();
    let help = app.keymap.help();
    let key_w = help
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(k, _)| k.chars().count()))
        .max()
        .unwrap_or(8)
        .min(24);
    let desc_max = help
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(_, d)| d.chars().count()))
        .max()
        .unwrap_or(40);
    // Two spaces, the keys, two spaces, the description, inside the border:
    // as wide as the longest description, if the terminal allows.
    let wanted = u16::try_from(key_w + desc_max + 6).unwrap_or(u16::MAX);
    let width = area.width.saturating_sub(4).min(wanted);
    for (mode, rows) in &help {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(mode.title(), theme.title())));
        for (keys, desc) in rows {
            let keys = truncate(keys, key_w);
            let desc_w = usize::from(width).saturating_sub(key_w + 6);
            lines.push(Line::from(vec![
                Span::styled(format!("  {keys:<key_w$}  "), theme.accent()),
                Span::raw(truncate(desc, desc_w)),
            ]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "Keys can be changed in config.toml [keys]: presscut --print-config",
        theme.meta(),
    )));
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = Rect::new(
        area.x + (area.width.saturating_sub(width)) / 2,
        area.y + (area.height.saturating_sub(height)) / 2,
        width,
        height,
    );
    (lines, popup)
}
