//! Marking lines as boilerplate in the reader: the rule is saved, applied at
//! once and on the next start, and `u` takes it back.

mod common;

use presscut::clean::user_rules::{FILE_NAME, Scope, UserRules};
use presscut::config::Config;
use presscut::library;
use presscut::store::Store;
use presscut::tui::action::Action;
use presscut::tui::app::App;

fn app(data: &std::path::Path) -> App {
    let lib = library::load(&[common::samples()]);
    let mut app = App::new(&Config::default(), false, Vec::new())
        .with_entries(lib.entries)
        .with_store(Store::open(data))
        .with_rules(UserRules::open(data));
    app.update(Action::Resize(120, 35));
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Open);
    app
}

fn has_line(app: &App, start: &str) -> bool {
    app.shown_article()
        .is_some_and(|a| a.paragraphs().any(|p| p.starts_with(start)))
}

#[test]
fn mark_a_line_for_the_outlet_then_undo() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = app(data.path());
    assert!(has_line(&a, "Seven councillors"));
    a.update(Action::ParagraphNext);
    a.update(Action::MarkBoilerplate);
    assert!(
        a.status
            .as_ref()
            .is_some_and(|s| s.text.contains("o all of The Harbor Gazette"))
    );
    a.update(Action::RuleSource);
    assert!(!has_line(&a, "Seven councillors"), "dropped at once");
    assert!(
        a.status
            .as_ref()
            .is_some_and(|s| s.text.starts_with("Dropped from 1 article(s)"))
    );
    assert!(a.shown_article().is_some_and(|x| {
        x.rules
            .iter()
            .any(|r| r.starts_with("your rule: Seven councillors"))
    }));
    let saved = UserRules::open(data.path());
    assert_eq!(saved.rules.len(), 1);
    assert!(
        matches!(&saved.rules[0].scope, Scope::Source { source } if source == "The Harbor Gazette")
    );
    let text = std::fs::read_to_string(data.path().join(FILE_NAME)).expect("readable file");
    assert!(text.contains("\"scope\": \"source\""), "{text}");

    // The next start applies it too.
    let b = app(data.path());
    assert!(!has_line(&b, "Seven councillors"));

    a.update(Action::Undo);
    assert!(has_line(&a, "Seven councillors"), "u brings the line back");
    assert!(UserRules::open(data.path()).rules.is_empty());
}

#[test]
fn esc_cancels_and_article_scope_stays_in_the_article() {
    let data = tempfile::tempdir().expect("tempdir");
    let mut a = app(data.path());
    a.update(Action::ParagraphNext);
    a.update(Action::MarkBoilerplate);
    a.update(Action::Close);
    assert!(has_line(&a, "Seven councillors"));
    assert!(UserRules::open(data.path()).rules.is_empty());
    a.update(Action::MarkBoilerplate);
    a.update(Action::RuleArticle);
    assert!(!has_line(&a, "Seven councillors"));
    assert!(
        matches!(&UserRules::open(data.path()).rules[0].scope, Scope::Article { path, .. } if path.ends_with("harbor-gazette-night-ferry.txt"))
    );
}
