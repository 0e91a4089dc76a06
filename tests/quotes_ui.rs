//! Quotes in the reader: jumping, correcting speakers, dismissing, the
//! speakers view, and annotations that take the quote's speaker.

mod common;

use std::path::Path;

use common::{render, type_text};
use presscut::config::Config;
use presscut::library;
use presscut::store::Store;
use presscut::tui::action::Action;
use presscut::tui::app::App;

fn app(data: &Path, w: u16, h: u16) -> App {
    let lib = library::load(&[common::samples()]);
    let mut app = App::new(&Config::default(), false, Vec::new())
        .with_entries(lib.entries)
        .with_store(Store::open(data));
    app.update(Action::Resize(w, h));
    app
}

/// Opens the night ferry article (third in the list).
fn open_ferry(app: &mut App) {
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    assert_eq!(
        app.shown_article().map(|a| a.meta.title.as_str()),
        Some("Council votes to keep the night ferry running")
    );
}

fn quote_text_at_cursor(app: &App) -> Option<String> {
    let c = app.reader.cursor;
    app.reader
        .detected
        .iter()
        .find(|q| q.start <= c && c < q.end)
        .map(|q| q.text.clone())
}

#[test]
fn jump_between_quotes_and_see_the_speaker() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut app = app(data.path(), 150, 35);
    open_ferry(&mut app);
    app.update(Action::NextQuote);
    assert_eq!(
        quote_text_at_cursor(&app).as_deref(),
        Some("We heard every one of you tonight,")
    );
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("Quote: Ines Calloway")
    );
    app.update(Action::NextQuote);
    app.update(Action::NextQuote);
    app.update(Action::PrevQuote);
    assert!(quote_text_at_cursor(&app).is_some_and(|t| t.starts_with("The night ferry stays")));
    let screen = render(&app);
    assert!(
        screen.contains("— Ines Calloway"),
        "speaker in the margin:\n{screen}"
    );
    app.update(Action::ToggleSpeakers);
    assert!(!render(&app).contains("— Ines Calloway"), "margin hidden");
}

#[test]
fn corrected_speaker_is_saved_and_wins_after_restart() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = app(data.path(), 150, 35);
    open_ferry(&mut a);
    a.update(Action::NextQuote);
    a.update(Action::CorrectSpeaker);
    assert_eq!(
        a.prompt.as_ref().map(|p| p.input.as_str()),
        Some("Ines Calloway")
    );
    // Ctrl-U clears the detected name at once, as in a shell.
    a.update(Action::ClearInput);
    assert_eq!(a.prompt.as_ref().map(|p| p.input.as_str()), Some(""));
    type_text(&mut a, "Tilly Ames");
    a.update(Action::Submit);
    assert_eq!(
        a.reader
            .detected
            .iter()
            .find(|q| q.text.starts_with("We heard"))
            .and_then(|q| q.speaker.clone())
            .as_deref(),
        Some("Tilly Ames")
    );
    let stored = Store::open(data.path());
    assert_eq!(stored.file.corrections.len(), 1);
    assert_eq!(
        stored.file.corrections[0].speaker.as_deref(),
        Some("Tilly Ames")
    );

    let mut b = app(data.path(), 150, 35);
    open_ferry(&mut b);
    let q = b
        .reader
        .detected
        .iter()
        .find(|q| q.text.starts_with("We heard"))
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("Tilly Ames"));
    assert!(render(&b).contains("— Tilly Ames"));
}

#[test]
fn dismissed_quote_leaves_the_speakers_view_and_comes_back() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = app(data.path(), 150, 35);
    open_ferry(&mut a);
    let count = |a: &mut App| {
        a.update(Action::Speakers);
        let v = a.speakers.as_ref().expect("speakers view");
        let n = v
            .rows
            .iter()
            .find(|r| r.0 == "Ines Calloway")
            .map_or(0, |r| r.1);
        a.update(Action::Close);
        n
    };
    let before = count(&mut a);
    a.update(Action::NextQuote);
    a.update(Action::DismissQuote);
    assert!(a.reader.detected.iter().any(|q| q.dismissed));
    assert_eq!(count(&mut a), before - 1);
    a.update(Action::DismissQuote);
    assert_eq!(count(&mut a), before);
}

#[test]
fn speakers_view_lists_and_jumps_to_a_quote() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = app(data.path(), 150, 35);
    a.update(Action::Speakers);
    type_text(&mut a, "oduya");
    let v = a.speakers.as_ref().expect("view");
    assert_eq!(v.shown.len(), 1);
    assert_eq!(v.rows[v.shown[0]].0, "Bram Oduya");
    a.update(Action::Open);
    let (name, items, _) = a
        .speakers
        .as_ref()
        .and_then(|v| v.open.clone())
        .expect("quotes listed");
    assert_eq!(name, "Bram Oduya");
    assert!(items.len() >= 2);
    a.update(Action::Down);
    a.update(Action::Open);
    assert!(a.speakers.is_none());
    assert_eq!(
        a.shown_article().map(|x| x.meta.title.as_str()),
        Some("Council votes to keep the night ferry running")
    );
    let q = a
        .reader
        .detected
        .iter()
        .find(|q| q.start <= a.reader.cursor && a.reader.cursor <= q.end)
        .expect("cursor on a quote");
    assert_eq!(q.speaker.as_deref(), Some("Bram Oduya"));
}

#[test]
fn tagging_a_quote_records_its_speaker() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = app(data.path(), 150, 35);
    open_ferry(&mut a);
    a.update(Action::NextQuote);
    a.update(Action::SelectQuote);
    a.update(Action::Tag);
    type_text(&mut a, "ferry");
    a.update(Action::Submit);
    a.update(Action::Submit);
    let stored = Store::open(data.path());
    assert_eq!(
        stored.annotations()[0].speaker.as_deref(),
        Some("Ines Calloway")
    );
    assert_eq!(
        stored.annotations()[0].target.exact,
        "“We heard every one of you tonight,”"
    );
}

#[test]
fn reader_with_speakers_snapshot() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = app(data.path(), 150, 35);
    open_ferry(&mut a);
    insta::assert_snapshot!("reader_with_speakers", render(&a));
    a.update(Action::Speakers);
    insta::assert_snapshot!("speakers_view", render(&a));
}

/// Where a line starts both indirect speech and a direct quote ("Amari said
/// he would be glad of any help. “The sea ...,” he said"), the margin names
/// the direct quote's speaker.
#[test]
fn a_line_with_both_kinds_of_quote_shows_the_direct_ones_speaker() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut app = app(data.path(), 150, 40);
    app.update(Action::Open);
    assert_eq!(
        app.shown_article().map(|a| a.meta.title.as_str()),
        Some("The tide gauge that nobody reads any more")
    );
    let screen = render(&app);
    let line = screen
        .lines()
        .find(|l| l.contains("Amari said he would be glad"))
        .unwrap_or_else(|| panic!("line not on screen:\n{screen}"));
    assert!(line.contains("— Yusuf Amari"), "{line}");
    // Indirect speech alone on its line keeps its own mark.
    let line = screen
        .lines()
        .find(|l| l.contains("He said the gauge needs"))
        .unwrap_or_else(|| panic!("line not on screen:\n{screen}"));
    assert!(line.contains("~ Yusuf Amari"), "{line}");
}

/// Text in quote marks that detection does not take for a quote (a title)
/// is still a quote to select and to tag from the cursor: `"` selects it
/// with its marks, and `t` with no selection tags it as a quote.
#[test]
fn marks_detection_skips_still_select_and_tag_as_a_quote() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("film.txt");
    std::fs::write(
        &file,
        "Film night returns to the pier\n\n\
         The society will show “The Tide Gauge That Nobody Reads” on Friday, \
         and tickets are free for members of the harbour club this season.\n\n\
         Doors open at seven and the bar stays open until the last boat.\n",
    )
    .expect("write article");
    let lib = library::load(std::slice::from_ref(&file));
    let data = dir.path().join("data");
    let mut app = App::new(&Config::default(), false, Vec::new())
        .with_entries(lib.entries)
        .with_store(Store::open(&data));
    app.update(Action::Resize(100, 30));
    app.update(Action::Open);
    assert!(
        app.reader.detected.is_empty(),
        "a title is no detected quote: {:?}",
        app.reader.detected
    );
    let all: String = app.reader.chars.iter().collect();
    let title = "“The Tide Gauge That Nobody Reads”";
    let at = all[..all.find("Tide").expect("title in text")]
        .chars()
        .count();
    while app.reader.cursor < at {
        let before = app.reader.cursor;
        app.update(Action::WordNext);
        assert_ne!(app.reader.cursor, before, "cursor stuck");
    }
    assert_eq!(app.reader.cursor, at);
    app.update(Action::SelectQuote);
    assert_eq!(
        app.reader
            .selection()
            .map(|(s, e)| app.reader.chars[s..e].iter().collect::<String>())
            .as_deref(),
        Some(title)
    );
    app.update(Action::Visual);
    assert_eq!(app.reader.selection(), None);
    app.update(Action::Tag);
    assert!(app.picker.is_some(), "tag picker open");
    type_text(&mut app, "films");
    app.update(Action::Submit);
    app.update(Action::Submit);
    let store = Store::open(&data);
    let saved = store.annotations();
    assert_eq!(saved.len(), 1, "{saved:?}");
    assert_eq!(saved[0].target.exact, title);
    assert_eq!(saved[0].tags, vec!["films".to_string()]);
    assert_eq!(
        saved[0].extra.get("kind").and_then(|k| k.as_str()),
        Some("quote")
    );
}

/// A speaker's name too long for the margin ("Sunniva Halvorsen") shows as
/// "S. Halvorsen", not cut after the given name.
#[test]
fn a_long_speaker_name_shortens_to_initial_and_surname_in_the_margin() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut app = app(data.path(), 150, 40);
    for _ in 0..4 {
        app.update(Action::Down);
    }
    app.update(Action::Open);
    assert_eq!(
        app.shown_article().map(|a| a.meta.title.as_str()),
        Some("Offshore wind farm wins approval despite fishing fleet objections")
    );
    let screen = render(&app);
    assert!(screen.contains("— S. Halvorsen"), "{screen}");
    assert!(!screen.contains("Sunniva Halvo…"), "{screen}");
}

/// One article names the governor in full, another by surname alone: the
/// speakers view lists her once, with both articles' quotes.
#[test]
fn a_surname_alone_joins_the_full_name_in_the_speakers_view() {
    let lib_dir = tempfile::tempdir().expect("tempdir");
    common::governor_library(lib_dir.path());
    let data = tempfile::tempdir().expect("tempdir");
    let lib = library::load(&[lib_dir.path().to_path_buf()]);
    let mut a = App::new(&Config::default(), false, Vec::new())
        .with_entries(lib.entries)
        .with_store(Store::open(data.path()));
    a.update(Action::Resize(120, 30));
    a.update(Action::Speakers);
    let v = a.speakers.as_ref().expect("speakers view");
    let rows: Vec<(&str, usize, usize)> = v
        .rows
        .iter()
        .map(|(n, q, art)| (n.as_str(), *q, *art))
        .collect();
    assert_eq!(rows, [("Perpetua Oyenuga-Hale", 2, 2)]);
    a.update(Action::Open);
    let (_, items, _) = a
        .speakers
        .as_ref()
        .and_then(|v| v.open.clone())
        .expect("quotes listed");
    assert_eq!(items.len(), 2);
}
