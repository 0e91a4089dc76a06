//! The annotations file never loses data: crashes mid-save, two writers,
//! corrupt or newer files, unknown fields.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};

use presscut::annotation::Annotation;
use presscut::article::{Article, Format, Meta, SourceRef};
use presscut::store::{BACKUP_NAME, FILE_NAME, Op, Store};

const WORKER_ENV: &str = "PRESSCUT_STORE_WORKER";

fn article() -> Article {
    Article::new(
        SourceRef::file("/news/ferry.txt"),
        Format::Text,
        Meta {
            title: "Ferry".into(),
            ..Meta::default()
        },
        vec!["“We heard every one of you,” said Mayor Ines Calloway on Tuesday night.".into()],
        vec![],
    )
}

fn annotation(tag: &str) -> Annotation {
    let a = article();
    let chars: Vec<char> = a.text.chars().collect();
    let mut ann = Annotation::new(&a, &chars, 0, 28);
    ann.add_tag(tag);
    ann
}

/// Adds annotations one by one, printing `saved <id>` after each save returns.
/// Run by the tests below as a child process (with WORKER_ENV = "dir|count"),
/// and on its own as a plain test of sequential saves.
#[test]
fn store_worker() {
    let child = std::env::var(WORKER_ENV).ok();
    let tmp = tempfile::tempdir().expect("tempdir");
    let (dir, count) = match &child {
        Some(v) => {
            let (d, n) = v.split_once('|').expect("dir|count");
            (
                Path::new(d).to_path_buf(),
                n.parse::<usize>().expect("count"),
            )
        }
        None => (tmp.path().to_path_buf(), 5),
    };
    let mut store = Store::open(&dir);
    let mut ids = Vec::new();
    for i in 0..count {
        let ann = annotation(&format!("t{i}"));
        store
            .apply(&[Op::Put(Box::new(ann.clone()))])
            .expect("saved");
        println!("saved {}", ann.id);
        ids.push(ann.id);
    }
    if child.is_none() {
        let reopened = Store::open(&dir);
        assert!(reopened.read_only.is_none());
        let stored: Vec<&str> = reopened
            .annotations()
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(stored, ids.iter().map(String::as_str).collect::<Vec<_>>());
        assert!(
            dir.join(BACKUP_NAME).exists(),
            "previous version kept as backup"
        );
    }
}

fn spawn_worker(dir: &Path, count: usize) -> Child {
    Command::new(std::env::current_exe().expect("test binary"))
        .args(["store_worker", "--exact", "--nocapture", "--test-threads=1"])
        .env(WORKER_ENV, format!("{}|{count}", dir.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn worker")
}

/// The id on a worker's `saved <id>` line. libtest may print its own
/// "test store_worker ... " in front of the first one.
fn saved_id(line: &str) -> Option<String> {
    line.find("saved ")
        .map(|i| line[i + "saved ".len()..].trim().to_string())
}

fn saved_ids(lines: impl Iterator<Item = String>) -> Vec<String> {
    lines.filter_map(|l| saved_id(&l)).collect()
}

#[test]
fn sigkill_during_saves_never_loses_a_saved_annotation() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut confirmed: Vec<String> = Vec::new();
    for round in 0..12 {
        let mut child = spawn_worker(dir.path(), 10_000);
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        // Let it save a few (a different number each round), then kill it mid-stream.
        let wait_for = 1 + (round * 7) % 13;
        let mut seen = 0;
        while seen < wait_for {
            match lines.next() {
                Some(Ok(l)) if saved_id(&l).is_some() => {
                    confirmed.extend(saved_id(&l));
                    seen += 1;
                }
                Some(Ok(_)) => {}
                _ => break,
            }
        }
        child.kill().expect("SIGKILL");
        let _ = child.wait();
        confirmed.extend(saved_ids(lines.map_while(Result::ok)));
        let store = Store::open(dir.path());
        assert!(
            store.read_only.is_none(),
            "round {round}: {:?}",
            store.read_only
        );
        for id in &confirmed {
            assert!(
                store.annotations().iter().any(|a| &a.id == id),
                "round {round}: saved annotation {id} lost"
            );
        }
    }
    assert!(confirmed.len() >= 12);
}

#[test]
fn two_processes_saving_at_once_lose_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let a = spawn_worker(dir.path(), 40);
    let b = spawn_worker(dir.path(), 40);
    let out_a = a.wait_with_output().expect("worker a");
    let out_b = b.wait_with_output().expect("worker b");
    assert!(out_a.status.success() && out_b.status.success());
    let ids: Vec<String> = saved_ids(
        String::from_utf8_lossy(&out_a.stdout)
            .lines()
            .chain(String::from_utf8_lossy(&out_b.stdout).lines())
            .map(str::to_string),
    );
    assert_eq!(ids.len(), 80);
    let store = Store::open(dir.path());
    assert_eq!(store.annotations().len(), 80);
    for id in &ids {
        assert!(store.annotations().iter().any(|a| &a.id == id), "{id} lost");
    }
}

#[test]
fn a_store_opened_earlier_merges_instead_of_overwriting() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut first = Store::open(dir.path());
    let mut second = Store::open(dir.path());
    let a = annotation("a");
    let b = annotation("b");
    first
        .apply(&[Op::Put(Box::new(a.clone()))])
        .expect("save a");
    second
        .apply(&[Op::Put(Box::new(b.clone()))])
        .expect("save b");
    assert_eq!(second.annotations().len(), 2, "second sees first's change");
    assert!(first.refresh().expect("refresh"));
    assert_eq!(first.annotations().len(), 2);
    first.apply(&[Op::Delete(a.id.clone())]).expect("delete");
    assert_eq!(
        Store::open(dir.path()).annotations(),
        std::slice::from_ref(&b)
    );
}

fn broken_file_case(contents: &[u8], expect: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(FILE_NAME);
    std::fs::write(&path, contents).expect("write");
    let mut store = Store::open(dir.path());
    let why = store.read_only.clone().expect("read-only");
    assert!(why.contains(FILE_NAME), "names the file: {why}");
    assert!(why.contains(expect), "{why}");
    let err = store
        .apply(&[Op::Put(Box::new(annotation("x")))])
        .expect_err("refused");
    assert!(err.to_string().contains("read-only"), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        contents,
        "file untouched"
    );
}

#[test]
fn corrupt_truncated_empty_and_newer_files_are_never_overwritten() {
    let mut good = Store::open(tempfile::tempdir().expect("tmp").path());
    good.file.annotations.push(annotation("x"));
    let json = serde_json::to_string(&good.file).expect("json");
    broken_file_case(b"{ this is not json", "not a presscut annotations file");
    broken_file_case(
        &json.as_bytes()[..json.len() / 2],
        "not a presscut annotations file",
    );
    broken_file_case(b"", "is empty");
    broken_file_case(b"{\"version\": 7, \"annotations\": []}", "newer presscut");
    broken_file_case(b"[1, 2, 3]", "no \"version\"");
}

#[test]
fn unknown_fields_are_kept_on_save() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ann = annotation("x");
    let mut v =
        serde_json::json!({ "version": 1, "annotations": [ann], "sync": { "peer": "laptop" } });
    v["annotations"][0]["colour"] = serde_json::json!("teal");
    std::fs::write(
        dir.path().join(FILE_NAME),
        serde_json::to_vec(&v).expect("json"),
    )
    .expect("write");
    let mut store = Store::open(dir.path());
    assert!(store.read_only.is_none(), "{:?}", store.read_only);
    store
        .apply(&[Op::Put(Box::new(annotation("y")))])
        .expect("save");
    let back: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join(FILE_NAME)).expect("read"))
            .expect("json");
    assert_eq!(back["sync"]["peer"], "laptop");
    assert_eq!(back["annotations"][0]["colour"], "teal");
    assert_eq!(back["annotations"].as_array().map(Vec::len), Some(2));
}
