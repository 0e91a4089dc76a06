//! The tag picker and the note editor.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{framed, truncate};
use crate::sanitize::one_line;
use crate::tui::app::App;

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width.saturating_sub(2));
    let h = height.min(area.height.saturating_sub(2));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

pub fn draw_picker(frame: &mut Frame, app: &App) {
    let Some(p) = &app.picker else { return };
    let theme = &app.theme;
    let popup = centered(frame.area(), 60, 16);
    let inner = framed(
        frame,
        app,
        popup,
        " Tags · Esc cancel ",
        " Enter add · Enter on empty line: save · Tab complete ",
    );
    let width = usize::from(inner.width);
    let mut chosen: Vec<Span> = vec![Span::styled("tags: ", theme.meta())];
    for t in &p.chosen {
        chosen.push(Span::styled(format!("#{} ", one_line(t)), theme.tag(t)));
    }
    if p.chosen.is_empty() {
        chosen.push(Span::styled("(none yet)", theme.meta()));
    }
    let mut lines = vec![
        Line::from(chosen),
        Line::from(vec![
            Span::styled("> ", theme.accent()),
            Span::raw(format!("{}▏", one_line(&p.input))),
        ]),
        Line::from(""),
    ];
    let suggestions = p.suggestions();
    let room = usize::from(inner.height.saturating_sub(3));
    let offset = p.highlight.saturating_sub(room.saturating_sub(1));
    for (k, (tag, n)) in suggestions.iter().enumerate().skip(offset).take(room) {
        let style = if k == p.highlight {
            theme.selected(true)
        } else {
            theme.tag(tag)
        };
        lines.push(Line::from(Span::styled(
            truncate(&format!("  #{} ({n})", one_line(tag)), width),
            style,
        )));
    }
    if suggestions.is_empty() && !p.input.trim().is_empty() {
        lines.push(Line::from(Span::styled(
            format!("  Enter creates #{}", one_line(p.input.trim())),
            theme.meta(),
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

pub fn draw_note(frame: &mut Frame, app: &App) {
    let Some(editor) = &app.note else { return };
    let popup = centered(frame.area(), 72, 14);
    let inner = framed(frame, app, popup, " Note · Ctrl-S save · Esc cancel ", "");
    frame.render_widget(&editor.textarea, inner);
}

pub fn draw_export(frame: &mut Frame, app: &App) {
    let Some(d) = &app.export else { return };
    let theme = &app.theme;
    let popup = centered(frame.area(), 76, 11);
    let inner = framed(
        frame,
        app,
        popup,
        " Export annotations · Esc cancel ",
        " ↑↓ field · ←→ change · type the path · Enter write ",
    );
    let width = usize::from(inner.width);
    let n = app.export_selection(d.scope).len();
    let formats: Vec<Span> = crate::export::Format::ALL
        .iter()
        .flat_map(|f| {
            let label = match f {
                crate::export::Format::Md => "Markdown",
                crate::export::Format::Json => "W3C JSON",
                crate::export::Format::Csv => "CSV",
            };
            let style = if *f == d.format {
                theme.selected(d.row == 0)
            } else {
                theme.meta()
            };
            [Span::styled(format!(" {label} "), style), Span::raw(" ")]
        })
        .collect();
    let marker = |row: usize| if d.row == row { "▶ " } else { "  " };
    let mut format_line = vec![Span::styled(
        format!("{}Format  ", marker(0)),
        theme.accent(),
    )];
    format_line.extend(formats);
    let lines = vec![
        Line::from(format_line),
        Line::from(""),
        Line::from(vec![
            Span::styled(format!("{}Scope   ", marker(1)), theme.accent()),
            Span::styled(format!(" {} ", d.scope.label()), theme.selected(d.row == 1)),
            Span::styled(format!("  {n} annotation(s)"), theme.meta()),
        ]),
        Line::from(""),
        Line::from(vec![
            Span::styled(format!("{}Path    ", marker(2)), theme.accent()),
            Span::raw(truncate(
                &format!("{}▏", one_line(&d.path)),
                width.saturating_sub(10),
            )),
        ]),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
}
