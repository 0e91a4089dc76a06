//! A monkey at the keyboard: random keys, clicks, wheel turns and resizes
//! (down to a terminal of one cell) sent through the App's own key map on
//! the sample library and on a library of awkward files, with a frame drawn
//! after each. Nothing may panic, and whatever the monkey annotated is on
//! disk: the annotations file, read afresh, holds exactly what the App
//! holds.

mod common;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use std::path::{Path, PathBuf};

use presscut::annotation::Annotation;
use presscut::config::Config;
use presscut::library;
use presscut::store::Store;
use presscut::tui::action::Action;
use presscut::tui::app::App;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Keys other than letters, digits and marks.
const CODES: &[KeyCode] = &[
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Backspace,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::F(1),
];

#[derive(Debug, Clone)]
enum Move {
    Char(char),
    Ctrl(char),
    Code(usize),
    Click(u16, u16),
    Wheel(u16, u16, bool),
    Drag(u16, u16),
    Resize(u16, u16),
    /// A run of keys that does something with annotations.
    Keys(&'static str),
}

/// Key runs a user types to annotate (`\n` is Enter, `\x1b` Esc): tag a
/// quote, a sentence, a selection; write a note; delete and undo; correct a
/// speaker; dismiss a quote; mark boilerplate.
const RUNS: &[&str] = &[
    "l]\"tpolicy\n",
    "lsttransport, council\n",
    "lvjjwtlong read\n",
    "lpnA note on this paragraph.\x1b",
    "ld",
    "lu",
    "lX",
    "l]SAda Lint\n",
    "lxa",
    "lxo",
    "a",
    "A",
    "Q\n\n",
];

fn a_move() -> impl Strategy<Value = Move> {
    prop_oneof![
        // Mostly the keys the key map knows, and text for prompts.
        8 => proptest::char::range('!', '~').prop_map(Move::Char),
        2 => proptest::sample::select(vec!['d', 'u', 'e', 'y', 'r', 'z']).prop_map(Move::Ctrl),
        3 => (0..CODES.len()).prop_map(Move::Code),
        1 => (0..120u16, 0..40u16).prop_map(|(x, y)| Move::Click(x, y)),
        1 => (0..120u16, 0..40u16, any::<bool>()).prop_map(|(x, y, d)| Move::Wheel(x, y, d)),
        1 => (0..120u16, 0..40u16).prop_map(|(x, y)| Move::Drag(x, y)),
        1 => (0..130u16, 0..45u16).prop_map(|(w, h)| Move::Resize(w, h)),
        3 => proptest::sample::select(RUNS).prop_map(Move::Keys),
    ]
}

fn event(m: &Move) -> Option<Event> {
    let key = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    Some(match *m {
        Move::Char(c) => key(KeyCode::Char(c), KeyModifiers::NONE),
        Move::Ctrl(c) => key(KeyCode::Char(c), KeyModifiers::CONTROL),
        Move::Code(k) => key(CODES[k], KeyModifiers::NONE),
        Move::Click(x, y) => mouse(MouseEventKind::Down(MouseButton::Left), x, y),
        Move::Wheel(x, y, down) => mouse(
            if down {
                MouseEventKind::ScrollDown
            } else {
                MouseEventKind::ScrollUp
            },
            x,
            y,
        ),
        Move::Drag(x, y) => mouse(MouseEventKind::Drag(MouseButton::Left), x, y),
        Move::Resize(..) | Move::Keys(_) => return None,
    })
}

/// The events of a key run.
fn run_events(run: &str) -> Vec<Event> {
    run.chars()
        .map(|c| {
            let code = match c {
                '\n' => KeyCode::Enter,
                '\x1b' => KeyCode::Esc,
                c => KeyCode::Char(c),
            };
            Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
        })
        .collect()
}

/// Plays `moves` on the library at `paths`; the annotations on disk
/// afterwards, and those the App holds.
fn play(paths: &[PathBuf], moves: &[Move]) -> (Vec<Annotation>, Vec<Annotation>) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let lib = library::load(paths);
    let mut app = App::new(&Config::default(), true, Vec::new())
        .with_entries(lib.entries)
        .with_store(Store::open(&data));
    app.update(Action::Resize(120, 40));
    for m in moves {
        if let Move::Resize(w, h) = m {
            app.update(Action::Resize(*w, *h));
        }
        let events: Vec<Event> = match m {
            Move::Keys(run) => run_events(run),
            m => event(m).into_iter().collect(),
        };
        // Each key is looked up as it comes: what it does depends on what
        // the keys before it opened. The export dialog is left out: it
        // writes into the user's documents folder.
        for e in &events {
            match app.action_for(e) {
                Some(Action::Export) | None => {}
                Some(a) => app.update(a),
            }
        }
        let mut terminal =
            Terminal::new(TestBackend::new(app.size.0, app.size.1)).expect("terminal");
        terminal
            .draw(|f| presscut::tui::draw(f, &app))
            .expect("draw");
    }
    let held = app
        .store
        .as_ref()
        .map(|s| s.annotations().to_vec())
        .unwrap_or_default();
    (Store::open(&data).annotations().to_vec(), held)
}

/// A library of awkward files: marks and scripts of every kind, a title
/// longer than any pane, a paragraph of 300 quotes, a page nested 300
/// deep, bad UTF-8, UTF-16, an empty file and a binary one.
fn awkward_library(dir: &Path) {
    let weird = format!(
        "Z\u{351}\u{352}a\u{300}\u{301}l\u{303}go title {} \u{202e}txet\u{202c}\tand tabs\n\n\
         “The council will vote on the ﷽ budget next week and we are ready,” said Mayor Ａｎａ Ｂｅｒｇ.\n\n\
         مرحبا بالعالم “هذا نص عربي طويل جدا للاختبار هنا” قال أحمد.\n\n\
         “日本語の引用文はここにあります、とても長いです”と田中は言った。\n\n{}\n\n\
         Zero\u{200b}width and soft\u{ad}hyphen.\n",
        "👩‍👩‍👧‍👦".repeat(40),
        "A".repeat(3000)
    );
    let quotes: String = (0..300)
        .map(|i| {
            format!(
                "“This is quote number {i} here,” said Person{} Smith. ",
                i % 7
            )
        })
        .collect();
    let nested = format!(
        "<html><body>{}<p>“We will build it this year,” said Ada Lint.</p>{}</body></html>",
        "<div>".repeat(300),
        "</div>".repeat(300)
    );
    let mut utf16 = vec![0xff, 0xfe];
    for unit in "“We will build the pier again,” said Mayor Ada Lint.\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let files: [(&str, &[u8]); 7] = [
        ("weird.txt", weird.as_bytes()),
        ("quotes.txt", quotes.as_bytes()),
        ("nested.html", nested.as_bytes()),
        (
            "latin1.txt",
            b"Caf\xe9 owner said: \"We open at nine every day.\"\n",
        ),
        ("utf16.txt", &utf16),
        ("empty.txt", b""),
        ("binary.txt", b"\x00\x01\x02\x03\x00\x00\x00\x00PK"),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).expect("write");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn random_sessions_never_panic_and_lose_no_annotation(
        moves in proptest::collection::vec(a_move(), 1..200)
    ) {
        let (on_disk, held) = play(&[common::samples()], &moves);
        prop_assert_eq!(on_disk, held);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]
    #[test]
    fn random_sessions_on_awkward_files(moves in proptest::collection::vec(a_move(), 1..200)) {
        let dir = tempfile::tempdir().expect("tempdir");
        awkward_library(dir.path());
        let (on_disk, held) = play(&[dir.path().to_path_buf()], &moves);
        prop_assert_eq!(on_disk, held);
    }
}
