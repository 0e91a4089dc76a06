//! Annotating in the App: select, tag, note, delete and undo, the panes, and
//! annotations that survive a restart and an edited article.

mod common;

use std::path::{Path, PathBuf};

use common::{render, type_text};
use presscut::anchor::Anchor;
use presscut::config::Config;
use presscut::library;
use presscut::store::Store;
use presscut::tui::action::Action;
use presscut::tui::app::{App, Focus};

const FERRY: &str = "harbor-gazette-night-ferry.txt";

/// A copy of one sample article in a temp dir, and a data dir.
struct Setup {
    _tmp: tempfile::TempDir,
    article: PathBuf,
    data: PathBuf,
}

fn setup() -> Setup {
    let tmp = tempfile::tempdir().expect("tempdir");
    let article = tmp.path().join(FERRY);
    std::fs::copy(common::samples().join(FERRY), &article).expect("copy sample");
    let data = tmp.path().join("data");
    Setup {
        _tmp: tmp,
        article,
        data,
    }
}

fn app_for(article: &Path, data: &Path) -> App {
    let lib = library::load(&[article.to_path_buf()]);
    let mut app = App::new(&Config::default(), false, Vec::new())
        .with_entries(lib.entries)
        .with_store(Store::open(data));
    app.update(Action::Resize(100, 30));
    app.update(Action::Open);
    app
}

/// Moves the cursor by words to the first word of the first occurrence of `text`.
fn cursor_to(app: &mut App, text: &str) {
    let all: String = app.reader.chars.iter().collect();
    let pos = all.find(text).expect("text in article");
    let skip = text.chars().take_while(|c| !c.is_alphanumeric()).count();
    let chars = all[..pos].chars().count() + skip;
    while app.reader.cursor < chars {
        let before = app.reader.cursor;
        app.update(Action::WordNext);
        if app.reader.cursor == before || app.reader.cursor > chars {
            break;
        }
    }
    assert_eq!(app.reader.cursor, chars, "cursor reached {text:?}");
}

fn tag_quote(app: &mut App, tags: &[&str], note: &str) {
    cursor_to(app, "“We heard");
    app.update(Action::SelectQuote);
    assert_eq!(
        app.reader
            .selection()
            .map(|(s, e)| app.reader.chars[s..e].iter().collect::<String>()),
        Some("“We heard every one of you tonight,”".to_string())
    );
    app.update(Action::Tag);
    assert!(app.picker.is_some(), "tag picker open");
    for t in tags {
        type_text(app, t);
        app.update(Action::Submit);
    }
    app.update(Action::Submit); // empty line: save
    assert!(app.picker.is_none());
    app.update(Action::Note);
    for line in note.lines() {
        for c in line.chars() {
            app.update(Action::TextKey(crossterm::event::KeyEvent::from(
                crossterm::event::KeyCode::Char(c),
            )));
        }
    }
    app.update(Action::Submit);
    assert!(app.note.is_none());
}

#[test]
fn tag_a_quote_with_two_tags_and_a_note_then_restart() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    tag_quote(&mut app, &["ferry", "council"], "Key quote");
    let store = Store::open(&s.data);
    assert_eq!(store.annotations().len(), 1);
    let a = &store.annotations()[0];
    assert_eq!(a.tags, vec!["ferry", "council"]);
    assert_eq!(a.note, "Key quote");
    assert_eq!(a.target.exact, "“We heard every one of you tonight,”");
    assert!(render(&app).contains("✎1"), "the list shows the count");

    // A new session sees it, anchored where it was.
    let app = app_for(&s.article, &s.data);
    assert_eq!(app.reader.anchors.len(), 1);
    assert!(matches!(app.reader.anchors[0].1, Anchor::Exact { .. }));
}

#[test]
fn edited_article_keeps_the_annotation_anchored() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    tag_quote(&mut app, &["ferry"], "");
    // Insert a paragraph above the quote.
    let text = std::fs::read_to_string(&s.article).expect("read");
    let edited = text.replacen(
        "Seven councillors backed",
        "An editor's note added later says the meeting was streamed online for the first time.\nSeven councillors backed",
        1,
    );
    std::fs::write(&s.article, edited).expect("write");
    let app = app_for(&s.article, &s.data);
    let (i, anchor) = app.reader.anchors[0];
    let (start, end) = anchor.range().expect("still anchored");
    assert!(matches!(anchor, Anchor::Moved { .. }), "{anchor:?}");
    let shown: String = app.reader.chars[start..end].iter().collect();
    assert_eq!(shown, app.annotation(i).expect("annotation").target.exact);

    // Remove the quoted passage: the annotation is an orphan, still listed.
    let text = std::fs::read_to_string(&s.article).expect("read");
    let cut: String = text
        .lines()
        .filter(|l| !l.contains("We heard every one"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&s.article, cut).expect("write");
    let mut app = app_for(&s.article, &s.data);
    assert_eq!(app.reader.anchors[0].1, Anchor::Orphan);
    app.update(Action::ToggleAnnotations);
    let screen = render(&app);
    assert!(
        screen.contains("1 orphaned") && screen.contains("orphaned ·"),
        "{screen}"
    );
    assert_eq!(Store::open(&s.data).annotations().len(), 1, "never deleted");
}

#[test]
fn delete_and_undo() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    tag_quote(&mut app, &["ferry"], "");
    assert!(app.annotation_at_cursor().is_some());
    app.update(Action::Delete);
    assert_eq!(Store::open(&s.data).annotations().len(), 0);
    assert!(
        app.status
            .as_ref()
            .is_some_and(|m| m.text.contains("u undoes"))
    );
    app.update(Action::Undo);
    let store = Store::open(&s.data);
    assert_eq!(store.annotations().len(), 1);
    assert_eq!(store.annotations()[0].tags, vec!["ferry"]);
}

#[test]
fn visual_selection_by_motions_and_sentences() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    cursor_to(&mut app, "Seven councillors");
    app.update(Action::Visual);
    app.update(Action::WordNext);
    app.update(Action::WordEnd);
    let sel = |app: &App| {
        app.reader
            .selection()
            .map(|(s, e)| app.reader.chars[s..e].iter().collect::<String>())
    };
    assert_eq!(sel(&app).as_deref(), Some("Seven councillors"));
    app.update(Action::VisualSentences);
    assert_eq!(
        sel(&app).as_deref(),
        Some("Seven councillors backed the motion and two voted against.")
    );
    app.update(Action::Close);
    assert!(app.reader.visual.is_none());
    app.update(Action::SelectParagraph);
    assert!(sel(&app).is_some_and(|p| p.starts_with("Seven") && p.ends_with("far shore.")));
    app.update(Action::Note);
    app.update(Action::TextKey(crossterm::event::KeyEvent::from(
        crossterm::event::KeyCode::Char('x'),
    )));
    app.update(Action::Close);
    assert_eq!(
        Store::open(&s.data).annotations().len(),
        0,
        "Esc in the note editor saves nothing"
    );
}

#[test]
fn mouse_drag_selects_in_the_reader() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    let text = app.areas().expect("fits").reader_text;
    // Row of the first body line: title, meta, rule, blank come first.
    let row = text.y + 4;
    app.update(Action::ClickAt {
        column: text.x,
        row,
    });
    app.update(Action::DragTo {
        column: text.x + 7,
        row,
    });
    let (s0, e0) = app.reader.selection().expect("a selection");
    assert_eq!(
        app.reader.chars[s0..e0].iter().collect::<String>(),
        "The town"
    );
    assert_eq!(app.focus, Focus::Reader);
}

#[test]
fn panes_list_and_jump_to_annotations() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    tag_quote(&mut app, &["ferry", "council"], "Key quote");
    app.update(Action::Top);
    assert_ne!(app.annotation_at_cursor(), Some(0));
    app.update(Action::ToggleAnnotations);
    assert_eq!(app.focus, Focus::Annotations);
    assert!(render(&app).contains("#ferry #council · Key quote"));
    app.update(Action::Open);
    assert_eq!(app.focus, Focus::Reader);
    assert!(
        app.annotation_at_cursor().is_some(),
        "Enter jumped to the passage"
    );

    app.update(Action::Top);
    app.update(Action::AllAnnotations);
    type_text(&mut app, "council");
    assert_eq!(app.all.as_ref().map(|v| v.rows.len()), Some(1));
    type_text(&mut app, "zzz");
    assert_eq!(app.all.as_ref().map(|v| v.rows.len()), Some(0));
    for _ in 0..3 {
        app.update(Action::DeleteChar);
    }
    app.update(Action::Open);
    assert!(app.all.is_none());
    assert!(app.annotation_at_cursor().is_some());
}

#[test]
fn read_only_store_refuses_and_says_why() {
    let s = setup();
    std::fs::create_dir_all(&s.data).expect("mkdir");
    let file = s.data.join(presscut::store::FILE_NAME);
    std::fs::write(&file, "{ broken").expect("write");
    let mut app = app_for(&s.article, &s.data);
    cursor_to(&mut app, "“We heard");
    app.update(Action::SelectQuote);
    app.update(Action::Tag);
    assert!(app.picker.is_none());
    let status = app.status.as_ref().expect("a message");
    assert!(
        status.error && status.text.contains("read-only"),
        "{}",
        status.text
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), "{ broken");
}

#[test]
fn tag_picker_offers_known_tags_last_used_first() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    tag_quote(&mut app, &["ferry", "council"], "");
    cursor_to(&mut app, "“This is a good result");
    app.update(Action::SelectQuote);
    app.update(Action::Tag);
    let p = app.picker.as_ref().expect("picker");
    assert_eq!(p.known.len(), 2);
    type_text(&mut app, "cou");
    app.update(Action::Submit);
    assert_eq!(
        app.picker.as_ref().map(|p| p.chosen.clone()),
        Some(vec!["council".to_string()])
    );
    app.update(Action::Close);
    assert_eq!(Store::open(&s.data).annotations().len(), 1, "Esc cancels");
}

#[test]
fn a_second_app_sees_the_first_apps_annotations_when_idle() {
    let s = setup();
    let mut first = app_for(&s.article, &s.data);
    let mut second = app_for(&s.article, &s.data);
    assert!(!second.tick(), "nothing new yet");
    tag_quote(&mut first, &["ferry"], "");
    // File times can be coarse: give the file a clearly different one.
    let file = s.data.join(presscut::store::FILE_NAME);
    std::fs::File::options()
        .write(true)
        .open(&file)
        .and_then(|f| {
            f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        })
        .expect("set mtime");
    assert!(second.tick(), "the change is picked up");
    assert_eq!(second.reader.anchors.len(), 1);
    assert!(render(&second).contains("✎1"));
}

#[test]
fn export_dialog_writes_the_chosen_format_and_scope() {
    let s = setup();
    let mut app = app_for(&s.article, &s.data);
    tag_quote(&mut app, &["ferry", "council"], "Key quote");
    app.update(Action::Export);
    let d = app.export.as_ref().expect("dialog");
    assert_eq!(d.scope, presscut::tui::overlays::Scope::Article);
    assert!(d.path.ends_with(".md"));
    app.update(Action::NextOption); // Markdown -> W3C JSON
    app.update(Action::Down);
    app.update(Action::NextOption); // this article -> everything
    let target = s.data.join("out").join("export.json");
    let len = app.export.as_ref().map_or(0, |d| d.path.chars().count());
    for _ in 0..len {
        app.update(Action::DeleteChar);
    }
    type_text(&mut app, &target.display().to_string());
    app.update(Action::Submit);
    assert!(app.export.is_none(), "closed after writing");
    let msg = app.status.as_ref().expect("message");
    assert!(
        msg.text.contains("Exported 1 annotation(s) to") && msg.text.contains("export.json"),
        "{}",
        msg.text
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).expect("written")).expect("json");
    assert_eq!(v["total"], 1);
    assert_eq!(v["first"]["items"][0]["body"][1]["value"], "ferry");

    // A path that cannot be written: the dialog stays, the message says why.
    app.update(Action::Export);
    let blocked = s.data.join(presscut::store::FILE_NAME).join("x.md");
    let len = app.export.as_ref().map_or(0, |d| d.path.chars().count());
    for _ in 0..len {
        app.update(Action::DeleteChar);
    }
    type_text(&mut app, &blocked.display().to_string());
    app.update(Action::Submit);
    assert!(app.export.is_some());
    assert!(
        app.status
            .as_ref()
            .is_some_and(|m| m.error && m.text.starts_with("Cannot write"))
    );
}
