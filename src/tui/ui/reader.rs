//! The reader: the shown article's header and wrapped paragraphs, with search
//! matches highlighted. Only the visible lines are styled.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line as TextLine, Span};
use ratatui::widgets::{Block, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use super::truncate;
use crate::article::{Article, Entry};
use crate::sanitize::one_line;
use crate::tui::app::{App, Focus};
use crate::tui::areas::Areas;
use crate::tui::text_layout::Line;

pub fn draw(frame: &mut Frame, app: &App, areas: &Areas) {
    let focused = app.focus == Focus::Reader;
    let entry = app.shown_entry();
    let title = match entry {
        Some(e) => format!(" {} ", short_source(e.src())),
        None => " Reader ".into(),
    };
    let title = truncate(
        &one_line(&title),
        usize::from(areas.reader.width.saturating_sub(4)),
    );
    let block = Block::bordered()
        .title(title)
        .border_style(app.theme.border(focused));
    frame.render_widget(block, areas.reader);
    let area = areas.reader_text;
    let lines = match entry {
        Some(Entry::Article(a)) => article_lines(app, a, usize::from(area.height)),
        Some(Entry::Failed { src, reason }) => vec![
            TextLine::from(Span::styled(
                "This file could not be read",
                app.theme.error(),
            )),
            TextLine::from(""),
            TextLine::from(one_line(&src.display())),
            TextLine::from(Span::styled(one_line(reason), app.theme.error())),
        ],
        None if app.loading.is_some() => {
            vec![TextLine::from(Span::styled("Loading…", app.theme.meta()))]
        }
        None => vec![TextLine::from(Span::styled(
            "No article selected.",
            app.theme.meta(),
        ))],
    };
    frame.render_widget(Paragraph::new(lines), area);
    let total = app.reader.line_count();
    let height = usize::from(area.height);
    if total > height {
        let mut state =
            ScrollbarState::new(total.saturating_sub(height)).position(app.reader.scroll);
        let sb = Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .style(app.theme.border(focused));
        let track = areas.reader.inner(ratatui::layout::Margin {
            vertical: 1,
            horizontal: 0,
        });
        frame.render_stateful_widget(sb, track, &mut state);
    }
}

/// The file name (and JSONL line) of an entry, for the pane title.
fn short_source(src: &crate::article::SourceRef) -> String {
    let name = src.path.file_name().map_or_else(
        || src.path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    match src.line {
        Some(l) => format!("{name}:{l}"),
        None => name,
    }
}

fn article_lines<'a>(app: &'a App, article: &'a Article, height: usize) -> Vec<TextLine<'a>> {
    let Some(layout) = &app.reader.layout else {
        return Vec::new();
    };
    let theme = &app.theme;
    let search = &app.reader.search;
    // Matches that may touch the visible lines: found by binary search.
    let first_visible = layout.lines[app.reader.scroll.min(layout.lines.len())..]
        .iter()
        .find_map(|l| match l {
            Line::Body { start, .. } => Some(*start),
            _ => None,
        })
        .unwrap_or(usize::MAX);
    let m0 = search.matches.partition_point(|(_, e)| *e <= first_visible);
    layout
        .lines
        .iter()
        .skip(app.reader.scroll)
        .take(height)
        .map(|line| match line {
            Line::Title(t) => TextLine::from(Span::styled(t.as_str(), theme.title())),
            Line::Meta(t) => TextLine::from(Span::styled(t.as_str(), theme.meta())),
            Line::Warning(t) => TextLine::from(Span::styled(t.as_str(), theme.error())),
            Line::Rule => {
                TextLine::from(Span::styled("─".repeat(layout.width.min(40)), theme.meta()))
            }
            Line::Blank => TextLine::from(""),
            Line::Body {
                para,
                bytes,
                start,
                chars,
            } => {
                let text = &article.paragraphs[*para][bytes.clone()];
                highlight(
                    text,
                    *start,
                    *chars,
                    &search.matches[m0..],
                    search.current.map(|c| c.wrapping_sub(m0)),
                    app,
                )
            }
        })
        .collect()
}

/// Splits a body line into spans, styling the parts inside search matches.
fn highlight<'a>(
    text: &'a str,
    start: usize,
    chars: usize,
    matches: &[(usize, usize)],
    current: Option<usize>,
    app: &App,
) -> TextLine<'a> {
    let end = start + chars;
    let mut spans = Vec::new();
    let mut pos = start; // char offset reached
    let mut byte = 0usize;
    let char_to_byte = |from_byte: usize, from_char: usize, to_char: usize| {
        text[from_byte..]
            .char_indices()
            .nth(to_char - from_char)
            .map_or(text.len(), |(b, _)| from_byte + b)
    };
    for (i, (ms, me)) in matches.iter().enumerate() {
        if *ms >= end {
            break;
        }
        if *me <= start {
            continue;
        }
        let s = (*ms).max(pos);
        let e = (*me).min(end);
        if s > pos {
            let b = char_to_byte(byte, pos, s);
            spans.push(Span::raw(&text[byte..b]));
            byte = b;
            pos = s;
        }
        let b = char_to_byte(byte, pos, e);
        spans.push(Span::styled(
            &text[byte..b],
            app.theme.search_match(current == Some(i)),
        ));
        byte = b;
        pos = e;
    }
    if byte < text.len() {
        spans.push(Span::styled(&text[byte..], Style::new()));
    }
    TextLine::from(spans)
}
