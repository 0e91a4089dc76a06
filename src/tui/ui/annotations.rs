//! The annotations pane (this article) and the list of all annotations.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::truncate;
use crate::anchor::Anchor;
use crate::annotation::Annotation;
use crate::sanitize::one_line;
use crate::tui::app::{App, Focus};

/// Two rows for one annotation: the passage (and speaker), then tags and note.
fn rows<'a>(
    app: &App,
    a: &Annotation,
    anchor: Option<Anchor>,
    width: usize,
    selected: bool,
) -> [Line<'a>; 2] {
    let theme = &app.theme;
    let base = if selected {
        theme.selected(true)
    } else {
        Style::new()
    };
    let first = a.excerpt();
    let status = match anchor {
        Some(Anchor::Orphan) => "orphaned · ",
        Some(Anchor::Fuzzy { .. }) => "approximate · ",
        _ => "",
    };
    let mut second: Vec<Span> = vec![Span::styled(
        format!("  {status}"),
        theme.error().patch(base),
    )];
    if let Some(s) = &a.speaker {
        second.push(Span::styled(
            format!("— {} ", one_line(s)),
            theme.meta().patch(base),
        ));
    }
    for t in &a.tags {
        second.push(Span::styled(
            format!("#{} ", one_line(t)),
            theme.tag(t).patch(base),
        ));
    }
    let note = a.note.lines().next().unwrap_or("");
    if !note.is_empty() {
        let used: usize = second.iter().map(|s| s.content.chars().count()).sum();
        second.push(Span::styled(
            truncate(&format!("· {}", one_line(note)), width.saturating_sub(used)),
            theme.meta().patch(base),
        ));
    }
    [
        Line::from(Span::styled(truncate(&first, width), base)),
        Line::from(second),
    ]
}

/// The pane under the reader: the shown article's annotations, orphans last.
pub fn draw_pane(frame: &mut Frame, app: &App, area: Rect) {
    let focused = app.focus == Focus::Annotations;
    let n = app.reader.anchors.len();
    let orphans = app
        .reader
        .anchors
        .iter()
        .filter(|(_, a)| *a == Anchor::Orphan)
        .count();
    let mut title = format!(" Annotations {n} ");
    if orphans > 0 {
        title = format!(" Annotations {n} · {orphans} orphaned ");
    }
    let block = Block::bordered()
        .title(title)
        .border_style(app.theme.border(focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let per_page = usize::from(inner.height / 2).max(1);
    let selected = app.pane.unwrap_or(0);
    let offset = selected.saturating_sub(per_page - 1);
    let mut lines: Vec<Line> = Vec::new();
    for (row, (i, anchor)) in app
        .reader
        .anchors
        .iter()
        .enumerate()
        .skip(offset)
        .take(per_page)
    {
        if let Some(a) = app.annotation(*i) {
            lines.extend(rows(
                app,
                a,
                Some(*anchor),
                width,
                focused && row == selected,
            ));
        }
    }
    if lines.is_empty() {
        let msg = if app.store.is_some() {
            "No annotations yet: select a passage (v, V, \", s, p), then t to tag or n to note."
        } else {
            "Annotations are off: no data directory."
        };
        lines.push(Line::from(Span::styled(msg, app.theme.meta())));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// A pop-up over nearly the whole screen, cleared and framed; returns its inside.
fn full_popup(frame: &mut Frame, app: &App, title: &str, bottom: &str) -> Rect {
    let area = frame.area();
    let popup = Rect::new(
        area.x + 2,
        area.y + 1,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    super::framed(frame, app, popup, title, bottom)
}

/// Every annotation of the library, filtered as you type.
pub fn draw_all(frame: &mut Frame, app: &App) {
    let Some(view) = &app.all else { return };
    let total = app.store.as_ref().map_or(0, |s| s.annotations().len());
    let title = format!(
        " All annotations {}/{total} · Enter go · Esc close ",
        view.rows.len()
    );
    let inner = full_popup(frame, app, &title, "");
    let width = usize::from(inner.width);
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                "filter (text, tag, speaker, note, title): ",
                app.theme.accent(),
            ),
            Span::raw(format!("{}▏", one_line(&view.filter))),
        ]),
        Line::from(""),
    ];
    let per_page = usize::from(inner.height.saturating_sub(2) / 3).max(1);
    let offset = view.selected.saturating_sub(per_page - 1);
    for (row, &i) in view.rows.iter().enumerate().skip(offset).take(per_page) {
        let Some(a) = app.annotation(i) else { continue };
        let selected = row == view.selected;
        let [first, second] = rows(app, a, None, width, selected);
        lines.push(first);
        lines.push(second);
        let mut cite = format!("  {}", one_line(&a.article.title));
        if let Some(s) = &a.article.source {
            cite.push_str(&format!(" · {}", one_line(s)));
        }
        if let Some(d) = &a.article.date {
            cite.push_str(&format!(" · {d}"));
        }
        lines.push(Line::from(Span::styled(
            truncate(&cite, width),
            app.theme.meta(),
        )));
    }
    if view.rows.is_empty() {
        lines.push(Line::from(Span::styled(
            "No annotations match.",
            app.theme.meta(),
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Every speaker of the library, or one speaker's quotes.
pub fn draw_speakers(frame: &mut Frame, app: &App) {
    let Some(view) = &app.speakers else { return };
    let theme = &app.theme;
    let (title, bottom) = match &view.open {
        Some((name, items, _)) => (
            format!(" {} · {} quote(s) ", one_line(name), items.len()),
            " Enter go · Esc back ",
        ),
        None => (
            format!(" Speakers {} ", view.shown.len()),
            " type to filter · Enter their quotes · Esc close ",
        ),
    };
    let inner = full_popup(frame, app, &title, bottom);
    let width = usize::from(inner.width);
    let height = usize::from(inner.height);
    let mut lines: Vec<Line> = Vec::new();
    match &view.open {
        None => {
            lines.push(Line::from(vec![
                Span::styled("filter: ", theme.accent()),
                Span::raw(format!("{}▏", one_line(&view.filter))),
            ]));
            lines.push(Line::from(""));
            let room = height.saturating_sub(2).max(1);
            let offset = view.selected.saturating_sub(room - 1);
            // Long names ("Department of Health and Social Care
            // spokesperson") get what the counts leave of a wide screen.
            let name_width = width.saturating_sub(32).clamp(32, 56);
            for (row, &i) in view.shown.iter().enumerate().skip(offset).take(room) {
                let (name, quotes, articles) = &view.rows[i];
                let style = if row == view.selected {
                    theme.selected(true)
                } else {
                    Style::new()
                };
                let text = format!(
                    "{:<name_width$} {quotes:>4} quote(s) in {articles} article(s)",
                    truncate(&one_line(name), name_width)
                );
                lines.push(Line::from(Span::styled(truncate(&text, width), style)));
            }
        }
        Some((_, items, selected)) => {
            let room = (height / 2).max(1);
            let offset = selected.saturating_sub(room - 1);
            for (row, &k) in items.iter().enumerate().skip(offset).take(room) {
                let Some((_, entry, _, _, text)) = view.all_quotes.get(k) else {
                    continue;
                };
                let style = if row == *selected {
                    theme.selected(true)
                } else {
                    Style::new()
                };
                lines.push(Line::from(Span::styled(
                    truncate(&format!("“{}”", one_line(text)), width),
                    style,
                )));
                let cite = app.entries.get(*entry).and_then(|e| e.article()).map(|a| {
                    let mut c = format!("  {}", one_line(&a.meta.title));
                    if let Some(d) = &a.meta.date {
                        c.push_str(&format!(" · {d}"));
                    }
                    c
                });
                lines.push(Line::from(Span::styled(
                    truncate(&cite.unwrap_or_default(), width),
                    theme.meta(),
                )));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
