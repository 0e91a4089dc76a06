//! Scripted sessions: drive the real App with Actions and with key events
//! through the real loop, and check what the user would see.

mod common;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use common::{render, sample_app, samples, type_text};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use presscut::article::Entry;
use presscut::config::Config;
use presscut::library::{self, LoadMsg};
use presscut::tui::action::Action;
use presscut::tui::app::{App, Focus};
use presscut::tui::event::ScriptedEvents;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn key(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn code(c: KeyCode) -> Event {
    Event::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn selected_title(app: &App) -> String {
    app.selected_article()
        .map(|a| a.meta.title.clone())
        .unwrap_or_default()
}

#[test]
fn open_move_search_quit() {
    let mut app = sample_app(100, 30);
    let first = selected_title(&app);
    app.update(Action::Down);
    app.update(Action::Down);
    let third = selected_title(&app);
    assert_ne!(first, third);
    assert!(
        render(&app).contains(&third),
        "reader shows the selected article"
    );
    app.update(Action::Open);
    assert_eq!(app.focus, Focus::Reader);
    let line = app.reader.cursor_line().expect("cursor");
    app.update(Action::Down);
    assert_eq!(
        app.reader.cursor_line(),
        Some(line + 1),
        "j moves the cursor a line"
    );
    app.update(Action::Down);
    assert_eq!(
        selected_title(&app),
        third,
        "j scrolls the reader, not the list"
    );
    app.update(Action::Top);
    app.update(Action::Search);
    type_text(&mut app, "ferry");
    app.update(Action::Submit);
    let n = app.reader.search.matches.len();
    assert!(n >= 2);
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.text.contains(&format!("{n} match")))
    );
    let cur = app.reader.search.current.expect("a current match");
    app.update(Action::NextMatch);
    assert_eq!(app.reader.search.current, Some((cur + 1) % n));
    app.update(Action::PrevMatch);
    assert_eq!(app.reader.search.current, Some(cur));
    app.update(Action::Close);
    assert!(
        app.reader.search.matches.is_empty(),
        "Esc clears the search"
    );
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn keys_through_the_real_loop() {
    let mut app = App::new(&Config::default(), false, Vec::new())
        .with_entries(library::load(&[samples()]).entries);
    let mut events = ScriptedEvents::new(
        [key('j'), key('j'), code(KeyCode::Enter), key('/')]
            .into_iter()
            .chain("ferry".chars().map(key))
            .chain([code(KeyCode::Enter), key('n'), key('G'), key('q')]),
    );
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    presscut::tui::run(&mut terminal, &mut app, &mut events, None).expect("runs");
    assert!(app.quit);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.reader.search.query, "ferry");
    let h = app.areas().expect("fits").reader_text.height as usize;
    assert_eq!(app.reader.percent(h), 100, "G went to the bottom");
    let screen = common::buffer_text(terminal.backend().buffer());
    assert!(screen.contains("100%"), "{screen}");
}

#[test]
fn filter_as_you_type_then_clear() {
    let mut app = sample_app(100, 30);
    let total = app.list.visible.len();
    app.update(Action::Filter);
    type_text(&mut app, "gazette");
    let shown: Vec<String> = app
        .list
        .visible
        .iter()
        .filter_map(|&i| app.entries[i].article())
        .map(|a| a.meta.source.clone().unwrap_or_default())
        .collect();
    assert_eq!(shown.len(), 3, "{shown:?}");
    assert!(shown.iter().all(|s| s.contains("Gazette")));
    app.update(Action::DeleteChar);
    assert_eq!(
        app.prompt.as_ref().map(|p| p.input.as_str()),
        Some("gazett")
    );
    app.update(Action::Submit);
    assert!(app.prompt.is_none());
    assert_eq!(app.list.visible.len(), 3, "filter stays after Enter");
    assert!(render(&app).contains("3/11"));
    app.update(Action::Close);
    assert_eq!(app.list.visible.len(), total, "Esc clears the filter");
}

#[test]
fn mouse_click_selects_and_wheel_scrolls_the_pane_under_it() {
    let mut app = sample_app(100, 30);
    let a = app.areas().expect("fits");
    // Third article: list rows are two lines each.
    app.update(Action::ClickAt {
        column: a.list_inner.x + 2,
        row: a.list_inner.y + 5,
    });
    assert_eq!(app.list.selected, 2);
    assert_eq!(app.focus, Focus::List);
    app.update(Action::ScrollAt {
        column: a.reader.x + 5,
        row: a.reader.y + 5,
        down: true,
    });
    assert_eq!(app.reader.scroll, 3, "wheel over the reader scrolls it");
    assert_eq!(app.list.selected, 2, "and leaves the list alone");
    app.update(Action::ScrollAt {
        column: a.list.x + 3,
        row: a.list.y + 3,
        down: true,
    });
    assert_eq!(app.list.selected, 5);
    app.update(Action::ClickAt {
        column: a.reader.x + 5,
        row: a.reader.y + 5,
    });
    assert_eq!(app.focus, Focus::Reader);
    // A click below the last article does nothing.
    app.update(Action::ClickAt {
        column: a.list_inner.x,
        row: a.list_inner.y + a.list_inner.height - 1,
    });
    assert_eq!(app.list.selected, 5);
}

#[test]
fn mouse_events_map_to_actions() {
    let app = sample_app(100, 30);
    let ev = Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 50,
        row: 4,
        modifiers: KeyModifiers::NONE,
    });
    assert_eq!(
        app.action_for(&ev),
        Some(Action::ScrollAt {
            column: 50,
            row: 4,
            down: true
        })
    );
}

#[test]
fn resize_keeps_the_reading_position() {
    let mut app = sample_app(60, 20);
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::PageDown);
    app.update(Action::Down);
    let before = render(&app);
    let top_line = before.lines().nth(1).expect("row").to_string();
    let word = top_line
        .split('│')
        .nth(3)
        .and_then(|s| s.split_whitespace().nth(1))
        .expect("a word")
        .to_string();
    app.update(Action::Resize(120, 40));
    let after = render(&app);
    let top_after = after.lines().nth(1).expect("row");
    assert!(
        top_after.contains(&word),
        "{word:?} not on top after resize:\n{after}"
    );
    for (w, h) in [(40, 10), (41, 11), (200, 60), (39, 9), (1, 1), (80, 24)] {
        app.update(Action::Resize(w, h));
        let screen = render(&app);
        assert_eq!(screen.lines().count(), h as usize);
    }
}

#[test]
fn help_opens_closes_and_scrolls() {
    let mut app = sample_app(100, 20);
    app.update(Action::Help);
    assert!(render(&app).contains("Everywhere"));
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.help, Some(2));
    app.update(Action::Close);
    assert!(app.help.is_none());
    assert!(!app.quit);
}

/// The help scrolls a page at a time and to either end, and stops at its
/// last line: a key back up then moves the view at once.
#[test]
fn help_scrolls_by_pages_and_stops_at_its_end() {
    let mut app = sample_app(100, 20);
    app.update(Action::Help);
    assert!(!render(&app).contains("Keys can be changed"));
    app.update(Action::Bottom);
    let bottom = render(&app);
    assert!(bottom.contains("Keys can be changed"), "{bottom}");
    let end = app.help;
    for _ in 0..50 {
        app.update(Action::Down);
    }
    assert_eq!(app.help, end, "scrolled past the end");
    app.update(Action::Up);
    assert_ne!(render(&app), bottom, "a key up did not move the view");
    app.update(Action::Top);
    assert_eq!(app.help, Some(0));
    app.update(Action::PageDown);
    let page = app.help.unwrap_or(0);
    // A 20-row terminal shows 16 lines of help inside its border.
    assert_eq!(page, 15);
    app.update(Action::PageUp);
    assert_eq!(app.help, Some(0));
    assert!(render(&app).contains("Everywhere"));
}

#[test]
fn key_overrides_from_config() {
    let mut keys = BTreeMap::new();
    keys.insert("quit".to_string(), vec!["x".to_string()]);
    keys.insert("nonsense".to_string(), vec!["y".to_string()]);
    let config = Config {
        keys,
        ..Config::default()
    };
    let mut app = App::new(&config, false, Vec::new());
    assert!(
        app.status
            .as_ref()
            .is_some_and(|s| s.error && s.text.contains("nonsense"))
    );
    assert_eq!(app.action_for(&key('q')), None);
    let act = app.action_for(&key('x')).expect("x is bound");
    app.update(act);
    assert!(app.quit);
}

#[test]
fn bad_files_show_as_rows_with_reasons() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a-good.txt"),
        "A headline for a good one\n\n“All is well here,” said Ona Lisk.\n",
    )
    .expect("write");
    std::fs::write(dir.path().join("b-binary.txt"), b"\0\0\0\x01").expect("write");
    std::fs::write(dir.path().join("c-empty.txt"), b"").expect("write");
    let lib = library::load(&[dir.path().to_path_buf()]);
    let mut app = App::new(&Config::default(), false, Vec::new()).with_entries(lib.entries);
    app.update(Action::Resize(100, 30));
    let screen = render(&app);
    assert!(screen.contains("✗ b-binary.txt"), "{screen}");
    assert!(screen.contains("binary file"));
    assert!(screen.contains("✗ c-empty.txt"));
    app.update(Action::Down);
    let screen = render(&app);
    assert!(screen.contains("This file could not be read"), "{screen}");
    app.update(Action::Search);
    assert!(app.prompt.is_none(), "no search in a file that failed");
}

/// Loads `paths` into `app` as the app's loop does, message by message,
/// until the loader is done (30 s at most); whether progress showed.
fn load_into(app: &mut App, paths: Vec<std::path::PathBuf>) -> bool {
    let rx = library::load_in_background(paths);
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut saw_progress = false;
    loop {
        let msg = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("loader answers");
        let done = matches!(msg, LoadMsg::Done);
        app.on_load(msg);
        saw_progress |= app.loading.is_some();
        if done || Instant::now() > deadline {
            return saw_progress;
        }
    }
}

#[test]
fn streamed_loading_fills_the_list() {
    let mut app = App::new(&Config::default(), false, Vec::new());
    app.update(Action::Resize(100, 30));
    let saw_progress = load_into(&mut app, vec![samples(), "/no/such/dir".into()]);
    assert!(saw_progress);
    assert!(app.loading.is_none());
    assert_eq!(
        app.entries.iter().filter(|e| e.article().is_some()).count(),
        11
    );
    assert!(app.entries.iter().any(
        |e| matches!(e, Entry::Failed { reason, .. } if reason == "no such file or directory")
    ));
    let status = app.status.as_ref().expect("a summary");
    assert!(
        status.text.contains("11 articles") && status.text.contains("1 could not be read"),
        "{}",
        status.text
    );
}

/// A folder with no article a reader can read: the screen says why (the
/// files passed over and the types read), not only that none were found.
#[test]
fn a_folder_of_other_files_says_what_was_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("scan.pdf"), b"%PDF-1.4").expect("write");
    std::fs::write(dir.path().join("notes.docx"), b"PK").expect("write");
    let mut app = App::new(&Config::default(), false, Vec::new());
    app.update(Action::Resize(160, 20));
    load_into(&mut app, vec![dir.path().to_path_buf()]);
    assert!(app.loading.is_none());
    assert!(app.entries.is_empty());
    let status = app.status.as_ref().expect("a summary");
    assert_eq!(
        status.text,
        "No articles found · 2 file(s) of other types skipped (presscut reads .txt .html .mhtml .md .jsonl, also gzipped)"
    );
    assert!(render(&app).contains("No articles found · 2 file(s) of other types skipped"));
}

#[test]
fn batches_of_a_large_file_show_in_order_with_progress() {
    let mut app = App::new(&Config::default(), false, Vec::new());
    app.update(Action::Resize(100, 20));
    let sample = library::load(&[samples()]);
    let articles: Vec<Entry> = sample
        .entries
        .into_iter()
        .filter(|e| e.article().is_some())
        .collect();
    assert!(articles.len() >= 6);
    app.on_load(LoadMsg::Found {
        files: 1,
        notices: Vec::new(),
    });
    // The second batch arrives first; the list still shows file order.
    app.on_load(LoadMsg::Batch {
        order: 0,
        offset: 3,
        entries: articles[3..6].to_vec(),
    });
    app.on_load(LoadMsg::Batch {
        order: 0,
        offset: 0,
        entries: articles[..3].to_vec(),
    });
    let screen = render(&app);
    assert!(screen.contains("Loading 0/1 files · 6 rows"), "{screen}");
    assert!(screen.contains("loading 0/1 files, 6 rows"), "{screen}");
    let first = articles[0].article().map(|a| a.meta.title.clone()).unwrap();
    assert_eq!(
        app.shown_article().map(|a| a.meta.title.clone()),
        Some(first)
    );
    app.on_load(LoadMsg::Loaded {
        order: 0,
        entries: Vec::new(),
    });
    app.on_load(LoadMsg::Done);
    assert!(app.loading.is_none());
    assert!(render(&app).contains("6 articles"));
}

#[test]
fn page_keys_and_percent() {
    let mut app = sample_app(60, 12);
    app.update(Action::Open);
    let h = app.areas().expect("fits").reader_text.height as usize;
    assert_eq!(app.reader.percent(h), 0);
    app.update(Action::PageDown);
    assert_eq!(app.reader.scroll, h - 2);
    app.update(Action::HalfPageDown);
    assert_eq!(app.reader.scroll, h - 2 + h / 2);
    app.update(Action::Bottom);
    assert_eq!(app.reader.percent(h), 100);
    app.update(Action::PageUp);
    assert!(app.reader.percent(h) < 100);
    assert!(render(&app).contains('%'));
}
