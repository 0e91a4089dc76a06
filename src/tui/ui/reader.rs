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
    if let Some(margin) = areas.margin {
        draw_margin(frame, app, margin);
    }
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

/// Speaker names beside the lines where quotes start.
fn draw_margin(frame: &mut Frame, app: &App, margin: ratatui::layout::Rect) {
    let Some(layout) = &app.reader.layout else {
        return;
    };
    let width = usize::from(margin.width);
    let mut lines: Vec<TextLine> = Vec::new();
    for line in layout
        .lines
        .iter()
        .skip(app.reader.scroll)
        .take(usize::from(margin.height))
    {
        let label = match line {
            // Quotes are in text order: skip straight to those starting on this line.
            Line::Body { start, chars, .. } => {
                let detected = &app.reader.detected;
                let here: Vec<&crate::quote::Quote> = detected
                    [detected.partition_point(|q| q.start < *start)..]
                    .iter()
                    .take_while(|q| q.start < start + chars.max(&1))
                    .filter(|q| !q.dismissed)
                    .collect();
                // A direct quote's speaker before indirect speech's
                // ("Amari said he would ... “The sea ...,” he said").
                let direct = here.iter().any(|q| q.kind == crate::quote::Kind::Direct);
                let mut who: Vec<String> = Vec::new();
                // Two speakers whose quotes start on the line ("“...,” said
                // X. “...,” added Y") are both named when they fit.
                for q in here
                    .iter()
                    .filter(|q| (q.kind == crate::quote::Kind::Direct) == direct)
                {
                    let name = one_line(q.speaker.as_deref().unwrap_or("?"));
                    if !who.contains(&name) {
                        who.push(name);
                    }
                }
                let kind = if direct { "— " } else { "~ " };
                (!who.is_empty()).then(|| fit_speakers(kind, &who, width))
            }
            _ => None,
        };
        let style = app.theme.meta();
        lines.push(TextLine::from(Span::styled(
            truncate(&label.unwrap_or_default(), width),
            style,
        )));
    }
    frame.render_widget(Paragraph::new(lines), margin);
}

/// A margin label for the speakers `who` (in text order) in `width`
/// columns: full names when they fit, else "A. Surname", else the
/// surname (cut by the caller if need be), so that a long name is not cut
/// to its given name; a second speaker only when both fit.
fn fit_speakers(kind: &str, who: &[String], width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let forms = |name: &str| -> Vec<String> {
        let words: Vec<&str> = name.split(' ').collect();
        // (Not a body's name: "Greyhaven Renewables" is no "G. Renewables".)
        let person = words.len() >= 2
            && crate::quote::person_like(name)
            && words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) || w.len() <= 3);
        let mut out = vec![name.to_string()];
        if let (true, Some(first)) = (person, words.first().and_then(|w| w.chars().next())) {
            // ("Andrés Felipe Ortega Salinas": "Ortega Salinas", then
            // "Ortega", as the article calls him.)
            let family = crate::quote::family_name(name);
            out.push(format!("{first}. {family}"));
            out.push(family.to_string());
            if let Some((first_surname, _)) = family.split_once(' ') {
                out.push(first_surname.to_string());
            }
        }
        out
    };
    let Some(first) = who.first() else {
        return String::new();
    };
    // (Both by their shortest forms, surnames for people.)
    if let Some(second) = who.get(1)
        && let (Some(a), Some(b)) = (forms(first).pop(), forms(second).pop())
    {
        let both = format!("{kind}{a}, {b}");
        if both.width() <= width {
            return both;
        }
    }
    // (When none fits, the shortest, which the margin then cuts: a
    // surname's start says more than a given name's.)
    let forms = forms(first);
    let fits = forms.iter().find(|f| kind.width() + f.width() <= width);
    format!("{kind}{}", fits.or(forms.last()).unwrap_or(first))
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
    let reader = &app.reader;
    let visible = visible_range(layout, reader.scroll, height);
    let ranges = Ranges::new(app, visible);
    layout
        .lines
        .iter()
        .skip(reader.scroll)
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
                let text = &article.paragraph(*para)[bytes.clone()];
                ranges.paint(text, *start, *chars)
            }
        })
        .collect()
}

/// The char range shown by lines `scroll..scroll + height`.
fn visible_range(
    layout: &crate::tui::text_layout::TextLayout,
    scroll: usize,
    height: usize,
) -> (usize, usize) {
    let shown = layout.lines.iter().skip(scroll).take(height);
    let mut lo = usize::MAX;
    let mut hi = 0;
    for l in shown {
        if let Line::Body { start, chars, .. } = l {
            lo = lo.min(*start);
            hi = hi.max(start + chars);
        }
    }
    (lo.min(hi), hi)
}

/// Styled char ranges over the visible text, lowest layer first: annotations,
/// search matches, the selection, the cursor.
struct Ranges {
    layers: Vec<(usize, usize, Style)>,
}

impl Ranges {
    fn new(app: &App, (lo, hi): (usize, usize)) -> Ranges {
        let theme = &app.theme;
        let r = &app.reader;
        let mut layers = Vec::new();
        for q in &r.detected {
            if q.kind == crate::quote::Kind::Direct && q.end > lo && q.start < hi {
                layers.push((
                    q.start.saturating_sub(1),
                    q.end + 1,
                    theme.quote(q.dismissed),
                ));
            }
        }
        for (i, anchor) in &r.anchors {
            if let (Some((s, e)), Some(a)) = (anchor.range(), app.annotation(*i)) {
                layers.push((s, e, theme.annotation(a.tags.first().map(String::as_str))));
            }
        }
        // Only the matches on screen (a search may have thousands).
        let first = r.search.matches.partition_point(|(_, e)| *e <= lo);
        for (k, (s, e)) in r.search.matches.iter().enumerate().skip(first) {
            if *s >= hi {
                break;
            }
            layers.push((*s, *e, theme.search_match(r.search.current == Some(k))));
        }
        if let Some((s, e)) = r.selection() {
            layers.push((s, e, theme.selection()));
        }
        if app.focus == Focus::Reader && !r.chars.is_empty() {
            layers.push((r.cursor, r.cursor + 1, theme.cursor()));
        }
        Ranges { layers }
    }

    /// Splits a body line (chars `start..start + chars` of the text) into styled spans.
    fn paint<'a>(&self, text: &'a str, start: usize, chars: usize) -> TextLine<'a> {
        let end = start + chars;
        let mut cuts: Vec<usize> = vec![start, end];
        for (s, e, _) in &self.layers {
            if *s < end && *e > start {
                cuts.push((*s).max(start));
                cuts.push((*e).min(end));
            }
        }
        cuts.sort_unstable();
        cuts.dedup();
        let byte_at: Vec<usize> = text
            .char_indices()
            .map(|(b, _)| b)
            .chain([text.len()])
            .collect();
        let mut spans = Vec::new();
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1]);
            let style = self
                .layers
                .iter()
                .filter(|(s, e, _)| *s <= a && b <= *e)
                .fold(Style::new(), |st, (_, _, layer)| st.patch(*layer));
            spans.push(Span::styled(
                &text[byte_at[a - start]..byte_at[b - start]],
                style,
            ));
        }
        TextLine::from(spans)
    }
}

#[cfg(test)]
mod tests {
    use super::fit_speakers;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| (*s).to_string()).collect()
    }

    #[test]
    fn a_long_name_shortens_to_initial_and_surname_not_to_its_given_name() {
        let who = names(&["Wendeline Okoro-Marsh"]);
        assert_eq!(fit_speakers("— ", &who, 40), "— Wendeline Okoro-Marsh");
        assert_eq!(fit_speakers("— ", &who, 16), "— W. Okoro-Marsh");
        assert_eq!(fit_speakers("— ", &who, 14), "— Okoro-Marsh");
        // Too long even so: the surname, for the margin to cut.
        assert_eq!(fit_speakers("— ", &who, 10), "— Okoro-Marsh");
        // A body's name is not cut into initials.
        let body = names(&["employers' association"]);
        assert_eq!(fit_speakers("~ ", &body, 16), "~ employers' association");
        let company = names(&["Greyhaven Renewables"]);
        assert_eq!(fit_speakers("~ ", &company, 16), "~ Greyhaven Renewables");
    }

    /// Two Spanish surnames stay together ("Ortega Salinas"), then the
    /// first of them, as the article calls him; a middle given name is no
    /// surname.
    #[test]
    fn spanish_surnames_shorten_together() {
        let who = names(&["Andrés Felipe Ortega Salinas"]);
        assert_eq!(fit_speakers("— ", &who, 17), "— Ortega Salinas");
        assert_eq!(fit_speakers("— ", &who, 10), "— Ortega");
        let who = names(&["Mary Ann Whitcombe-Lyle"]);
        assert_eq!(fit_speakers("— ", &who, 17), "— Whitcombe-Lyle");
    }

    #[test]
    fn two_speakers_on_a_line_are_both_named_when_they_fit() {
        let who = names(&["Wendeline Okoro-Marsh", "Casimir Dragulescu"]);
        assert_eq!(fit_speakers("— ", &who, 30), "— Okoro-Marsh, Dragulescu");
        assert_eq!(fit_speakers("— ", &who, 18), "— W. Okoro-Marsh");
    }
}
