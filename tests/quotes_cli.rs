//! `presscut quotes`: several files and folders, one speaker's quotes, and
//! the reader's corrections, as the reader shows them.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use presscut::annotation::Correction;
use presscut::article::Entry;
use presscut::library;
use presscut::store::{Op, Store};

fn presscut(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_presscut"))
        .args(args)
        .env("XDG_CONFIG_HOME", data.join("config"))
        .env("PRESSCUT_DATA_DIR", data)
        .env_remove("PRESSCUT_CONFIG")
        .output()
        .expect("run presscut")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

#[test]
fn one_speakers_quotes_across_a_folder() {
    let data = tempfile::tempdir().expect("tempdir");
    let samples = common::samples().display().to_string();
    let o = presscut(data.path(), &["quotes", "--speaker", "calloway", &samples]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = stdout(&o);
    let quotes: Vec<&str> = text.lines().filter(|l| l.starts_with("  ")).collect();
    assert!(!quotes.is_empty(), "{text}");
    assert!(
        quotes.iter().all(|l| l.contains("— Ines Calloway")),
        "{text}"
    );
    // Only the articles that quote her, each under its title.
    assert!(text.contains("Council votes to keep the night ferry running"));
    assert!(!text.contains("Mill to close"), "{text}");
    // JSON: one object per article, with its path.
    let o = presscut(
        data.path(),
        &["quotes", "--json", "--speaker", "Calloway", &samples],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let articles = v.as_array().expect("array");
    assert!(!articles.is_empty());
    for a in articles {
        assert!(
            a["path"].as_str().is_some_and(|p| Path::new(p).is_file()),
            "{a}"
        );
        for q in a["quotes"].as_array().expect("quotes") {
            assert_eq!(q["speaker"], "Ines Calloway", "{a}");
        }
    }
}

#[test]
fn the_readers_corrections_win_over_detection() {
    let data = tempfile::tempdir().expect("tempdir");
    let file = common::samples().join("harbor-gazette-night-ferry.txt");
    let Some(Entry::Article(article)) = library::load_file(&file).into_iter().next() else {
        panic!("the sample loads");
    };
    let chars: Vec<char> = article.text.chars().collect();
    let quotes = &article.quotes;
    let (fixed, gone) = (&quotes[0], &quotes[1]);
    let mut speaker = Correction::new(&article, &chars, fixed.start, fixed.end);
    speaker.speaker = Some("Somebody Else".into());
    let mut dismissal = Correction::new(&article, &chars, gone.start, gone.end);
    dismissal.dismissed = true;
    Store::open(data.path())
        .apply(&[
            Op::Correct(Box::new(speaker)),
            Op::Correct(Box::new(dismissal)),
        ])
        .expect("saved");
    let path = file.display().to_string();
    let o = presscut(data.path(), &["quotes", "--json", &path]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let shown = v.as_array().expect("array");
    assert_eq!(
        shown.len(),
        quotes.len() - 1,
        "the dismissed one is left out"
    );
    assert_eq!(shown[0]["text"], fixed.text.as_str());
    assert_eq!(shown[0]["speaker"], "Somebody Else");
    assert!(shown.iter().all(|q| q["text"] != gone.text.as_str()), "{v}");
    // Without the reader's data, detection as it was.
    let other = tempfile::tempdir().expect("tempdir");
    let o = presscut(other.path(), &["quotes", "--json", &path]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(quotes.len()));
}

/// `--speaker perpetua` over a folder finds her quotes in an article that
/// names her by surname alone, under her full name.
#[test]
fn a_speakers_quotes_across_a_folder_take_in_her_surname_alone() {
    let data = tempfile::tempdir().expect("tempdir");
    let lib = tempfile::tempdir().expect("tempdir");
    common::governor_library(lib.path());
    let dir = lib.path().display().to_string();
    let o = presscut(data.path(), &["quotes", "--speaker", "perpetua", &dir]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = stdout(&o);
    assert!(text.contains("Budget office warns of deficit"), "{text}");
    let quotes: Vec<&str> = text.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(quotes.len(), 2, "{text}");
    assert!(
        quotes
            .iter()
            .all(|l| l.ends_with("— Perpetua Oyenuga-Hale")),
        "{text}"
    );
}
