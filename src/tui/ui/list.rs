//! The article list: two rows per article (title; quote and note counts,
//! outlet · date · words).

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::truncate;
use crate::article::Entry;
use crate::sanitize::one_line;
use crate::tui::app::{App, Focus};
use crate::tui::areas::Areas;

pub fn draw(frame: &mut Frame, app: &App, areas: &Areas) {
    let focused = app.focus == Focus::List;
    let theme = &app.theme;
    let total = app.entries.len();
    let shown = app.list.visible.len();
    let mut title = if app.list.filter.is_empty() {
        format!(" Articles {total} ")
    } else {
        format!(
            " Articles {shown}/{total} · filter “{}” ",
            one_line(&app.list.filter)
        )
    };
    if let Some((done, all)) = app.loading {
        // Files done, and rows so far (a large JSONL file is one file).
        title = format!(" Loading {done}/{all} files · {total} rows… ");
    }
    let block = Block::bordered()
        .title(truncate(
            &title,
            usize::from(areas.list.width.saturating_sub(2)),
        ))
        .border_style(theme.border(focused));
    frame.render_widget(block, areas.list);

    let inner = areas.list_inner;
    let width = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    for (pos, &idx) in app
        .list
        .visible
        .iter()
        .enumerate()
        .skip(app.list.offset)
        .take(areas.list_rows())
    {
        let Some(entry) = app.entries.get(idx) else {
            continue;
        };
        let selected = pos == app.list.selected;
        let (first, second, second_style) = rows(entry, width, app);
        let base = if selected {
            theme.selected(focused)
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(
            pad(&first, width),
            base.patch(if selected {
                Style::new()
            } else {
                first_style(entry, app)
            }),
        )));
        lines.push(Line::from(Span::styled(
            pad(&second, width),
            base.patch(second_style),
        )));
    }
    if app.list.visible.is_empty() && app.loading.is_none() {
        let msg = if app.list.filter.is_empty() {
            "No articles."
        } else {
            "Nothing matches the filter. Esc clears it."
        };
        lines.push(Line::from(Span::styled(msg, theme.meta())));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn first_style(entry: &Entry, app: &App) -> Style {
    match entry {
        Entry::Article(_) => Style::new(),
        Entry::Failed { .. } => app.theme.error(),
    }
}

fn rows(entry: &Entry, width: usize, app: &App) -> (String, String, Style) {
    match entry {
        Entry::Article(a) => {
            let mark = if a.warnings.is_empty() { "" } else { "⚠ " };
            let title = truncate(&format!("{mark}{}", a.meta.title), width);
            let mut parts: Vec<String> = Vec::new();
            let notes = app.count_for(entry);
            let quotes = a.quotes.iter().filter(|q| !q.dismissed).count();
            let source = a.meta.source.clone().unwrap_or_else(|| "—".into());
            // Counts first, so a narrow pane cuts the words, not them.
            let mut counts = String::new();
            if quotes > 0 {
                counts.push_str(&format!("❝{quotes} "));
            }
            if notes > 0 {
                counts.push_str(&format!("✎{notes} "));
            }
            parts.push(format!("{counts}{source}"));
            if let Some(d) = &a.meta.date {
                parts.push(d.clone());
            }
            parts.push(format!("{} words", a.word_count));

            (
                title,
                truncate(&format!("  {}", parts.join(" · ")), width),
                app.theme.meta(),
            )
        }
        Entry::Failed { src, reason } => {
            let name = src
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| src.display());
            let name = match src.line {
                Some(l) => format!("{name}:{l}"),
                None => name,
            };
            (
                truncate(&format!("✗ {}", one_line(&name)), width),
                truncate(&format!("  {}", one_line(reason)), width),
                app.theme.error(),
            )
        }
    }
}

fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let w = s.width();
    if w >= width {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(width - w))
    }
}
