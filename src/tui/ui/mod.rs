//! Drawing: pure functions of the [`App`]; nothing here changes state.

mod annotations;
pub(super) mod help;
mod list;
mod popups;
mod reader;
mod status;

use ratatui::Frame;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use super::app::App;
use super::areas::{MIN_HEIGHT, MIN_WIDTH};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &App) {
    let Some(areas) = app.areas() else {
        let msg = format!(
            "Terminal too small: {}x{}, presscut needs {MIN_WIDTH}x{MIN_HEIGHT}",
            app.size.0, app.size.1
        );
        let para = Paragraph::new(Line::from(msg)).wrap(ratatui::widgets::Wrap { trim: true });
        frame.render_widget(para, frame.area());
        return;
    };
    list::draw(frame, app, &areas);
    reader::draw(frame, app, &areas);
    if let Some(pane) = areas.pane {
        annotations::draw_pane(frame, app, pane);
    }
    status::draw(frame, app, areas.status);
    annotations::draw_all(frame, app);
    annotations::draw_speakers(frame, app);
    popups::draw_picker(frame, app);
    popups::draw_note(frame, app);
    popups::draw_export(frame, app);
    if let Some(scroll) = app.help {
        help::draw(frame, app, scroll);
    }
}

/// Clears `area` and draws a focused frame with a title (and a bottom title,
/// for keys); returns the inside.
pub fn framed(
    frame: &mut Frame,
    app: &App,
    area: ratatui::layout::Rect,
    title: &str,
    bottom: &str,
) -> ratatui::layout::Rect {
    let block = ratatui::widgets::Block::bordered()
        .title(truncate(title, usize::from(area.width.saturating_sub(2))))
        .title_bottom(bottom.to_string())
        .border_style(app.theme.border(true));
    let inner = block.inner(area);
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(block, area);
    inner
}

/// Cuts `s` to at most `width` columns, ending in `…` when cut.
pub fn truncate(s: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if s.width() <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}
