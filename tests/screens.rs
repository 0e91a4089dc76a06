//! One snapshot per screen, on the sample library at 100x30.

mod common;

use common::{render, render_terminal, sample_app, type_text};
use presscut::tui::action::Action;
use ratatui::style::Color;

#[test]
fn main_screen() {
    let app = sample_app(100, 30);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn help_overlay() {
    let mut app = sample_app(100, 30);
    app.update(Action::Help);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn search_in_reader() {
    let mut app = sample_app(100, 30);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::Search);
    type_text(&mut app, "ferry");
    insta::assert_snapshot!(render(&app));
}

#[test]
fn filtered_list() {
    let mut app = sample_app(100, 30);
    app.update(Action::Filter);
    type_text(&mut app, "valley");
    app.update(Action::Submit);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn too_small() {
    let app = sample_app(39, 9);
    insta::assert_snapshot!(render(&app));
}

#[test]
fn search_matches_are_highlighted() {
    let mut app = sample_app(100, 30);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Search);
    type_text(&mut app, "ferry");
    let term = render_terminal(&app);
    let buf = term.backend().buffer();
    // Find "ferry" cells in the reader and check their background.
    let area = app.areas().expect("fits").reader_text;
    let mut highlighted = 0;
    let mut plain_text_cells_with_bg = 0;
    for y in area.y..area.y + area.height {
        let row: String = (area.x..area.x + area.width)
            .map(|x| buf[(x, y)].symbol())
            .collect();
        let lower = row.to_lowercase();
        if let Some(pos) = lower.find("ferry") {
            let x = area.x + row[..pos].chars().count() as u16;
            if buf[(x, y)].bg != Color::Reset {
                highlighted += 1;
            }
        }
        if buf[(area.x, y)].bg != Color::Reset && !lower.starts_with("ferry") {
            plain_text_cells_with_bg += 1;
        }
    }
    assert!(highlighted >= 2, "matches not highlighted");
    assert_eq!(plain_text_cells_with_bg, 0);
}

#[test]
fn selected_row_is_highlighted() {
    let mut app = sample_app(100, 30);
    app.update(Action::Down);
    let term = render_terminal(&app);
    let buf = term.backend().buffer();
    let inner = app.areas().expect("fits").list_inner;
    // Second article = rows 2 and 3 of the list.
    assert_ne!(buf[(inner.x, inner.y + 2)].bg, Color::Reset);
    assert_eq!(buf[(inner.x, inner.y)].bg, Color::Reset);
}

#[test]
fn no_color_draws_without_colours() {
    use presscut::config::Config;
    use presscut::library;
    use presscut::tui::app::App;
    let lib = library::load(&[common::samples()]);
    let mut app = App::new(&Config::default(), true, Vec::new()).with_entries(lib.entries);
    app.update(Action::Resize(100, 30));
    app.update(Action::Search);
    type_text(&mut app, "the");
    let term = render_terminal(&app);
    let buf = term.backend().buffer();
    let mut styled = 0;
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset, "colour under NO_COLOR");
        assert_eq!(cell.bg, Color::Reset, "colour under NO_COLOR");
        styled += usize::from(!cell.modifier.is_empty());
    }
    assert!(
        styled > 0,
        "selection and matches still stand out by modifiers"
    );
}

/// The sample library with a store in a temp dir and one tagged quote.
fn annotated_app() -> (presscut::tui::app::App, tempfile::TempDir) {
    let data = tempfile::tempdir().expect("tempdir");
    let mut app = sample_app(100, 30).with_store(presscut::store::Store::open(data.path()));
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::ParagraphNext);
    app.update(Action::ParagraphNext);
    app.update(Action::SelectQuote);
    app.update(Action::Tag);
    type_text(&mut app, "ferry");
    app.update(Action::Submit);
    (app, data)
}

#[test]
fn tag_picker() {
    let (app, _data) = annotated_app();
    insta::assert_snapshot!(render(&app));
}

#[test]
fn note_editor_and_annotations_pane() {
    let (mut app, _data) = annotated_app();
    app.update(Action::Submit);
    app.update(Action::Note);
    for c in "Check the count".chars() {
        app.update(Action::TextKey(crossterm::event::KeyEvent::from(
            crossterm::event::KeyCode::Char(c),
        )));
    }
    insta::assert_snapshot!("note_editor", render(&app));
    app.update(Action::Submit);
    app.update(Action::ToggleAnnotations);
    insta::assert_snapshot!("annotations_pane", render(&app));
    app.update(Action::AllAnnotations);
    insta::assert_snapshot!("all_annotations", render(&app));
}
