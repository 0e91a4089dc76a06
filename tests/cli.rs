//! The command line: help, version, clean, print-config, errors.

mod common;

use std::process::{Command, Output};

fn presscut(args: &[&str]) -> Output {
    let config = tempfile::tempdir().expect("tempdir");
    Command::new(env!("CARGO_BIN_EXE_presscut"))
        .args(args)
        .env("XDG_CONFIG_HOME", config.path())
        .env("PRESSCUT_DATA_DIR", config.path().join("data"))
        .env_remove("PRESSCUT_CONFIG")
        .output()
        .expect("run presscut")
}

fn sample(name: &str) -> String {
    common::samples().join(name).display().to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn help_and_version() {
    let o = presscut(&["--help"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("Usage: presscut"));
    assert!(text.contains("clean"));
    assert!(text.contains("--print-config"));
    let o = presscut(&["--version"]);
    assert_eq!(
        stdout(&o).trim(),
        format!("presscut {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn clean_text_prints_only_the_body() {
    let o = presscut(&["clean", &sample("harbor-gazette-night-ferry.txt")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.starts_with("The town council voted on Tuesday"),
        "{text}"
    );
    for junk in [
        "Share this",
        "Listen Live",
        "You might also like",
        "</a>",
        "&mdash;",
        "ADVERTISEMENT",
        "pic.twitter.com",
        "Lighthouse keeper",
    ] {
        assert!(!text.contains(junk), "{junk:?} left in:\n{text}");
    }
    assert!(text.contains("40 cents — the first rise in six years & the last"));
    // An embedded post stays with the signature that says who wrote it.
    assert!(
        text.contains("their uniforms.\n\n— Tilly Ames (@tillyames) March 2, 2026\n\nOpponents")
    );
    assert_eq!(
        text.matches("\n\n").count(),
        10,
        "eleven paragraphs, blank lines between"
    );
}

#[test]
fn clean_json_has_metadata_and_paragraphs() {
    let o = presscut(&[
        "clean",
        "--format",
        "json",
        &sample("northwind-ledger-wind-farm.html"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(
        v["title"],
        "Offshore wind farm wins approval despite fishing fleet objections"
    );
    assert_eq!(v["source"], "Northwind Ledger");
    assert_eq!(v["date"], "2026-01-28");
    assert_eq!(v["byline"], "Priya Castellanos");
    let paras = v["paragraphs"].as_array().expect("paragraphs");
    assert_eq!(paras.len(), 8);
    assert!(
        paras
            .iter()
            .all(|p| !p.as_str().unwrap_or("").contains("Advertisement"))
    );
}

#[test]
fn clean_jsonl_gives_an_array() {
    let o = presscut(&[
        "clean",
        "--format",
        "json",
        &sample("valley-wire-corpus.jsonl"),
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let all = v.as_array().expect("array");
    assert_eq!(all.len(), 4);
    assert_eq!(
        all[1]["title"],
        "Night bus trial ends early after drivers quit"
    );
    assert_eq!(all[1]["line"], 2);
}

#[test]
fn clean_out_dir_writes_one_file_per_input() {
    let out = tempfile::tempdir().expect("tempdir");
    let o = presscut(&[
        "clean",
        "--out-dir",
        &out.path().display().to_string(),
        &sample("harbor-gazette-school-roof.txt"),
        &sample("bay-notes-tide-gauge.md"),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let roof = std::fs::read_to_string(out.path().join("harbor-gazette-school-roof.txt"))
        .expect("written");
    assert!(roof.starts_with("The roof of Eastgate Primary"));
    assert!(out.path().join("bay-notes-tide-gauge.txt").exists());
}

/// A gzipped article is cleaned as the article it holds, and written under
/// its name without `.gz` and its own extension.
#[test]
fn clean_reads_a_gzipped_article() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("tempdir");
    let raw = std::fs::read(sample("harbor-gazette-school-roof.txt")).expect("sample");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&raw).expect("gzip");
    let packed = dir.path().join("roof.txt.gz");
    std::fs::write(&packed, gz.finish().expect("gzip")).expect("write");
    let out = dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let o = presscut(&[
        "clean",
        "--out-dir",
        &out.display().to_string(),
        &packed.display().to_string(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let roof = std::fs::read_to_string(out.join("roof.txt")).expect("written as roof.txt");
    let plain = presscut(&["clean", &sample("harbor-gazette-school-roof.txt")]);
    assert_eq!(roof, stdout(&plain));
    assert!(roof.starts_with("The roof of Eastgate Primary"));
}

#[test]
fn bad_files_fail_with_a_reason_and_others_still_print() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bin = dir.path().join("x.txt");
    std::fs::write(&bin, [0u8, 1, 2, 0, 0, 0]).expect("write");
    let evil = dir.path().join("evil.txt");
    std::fs::write(
        &evil,
        "Headline \x1b]0;pwned\x07here for the test\n\nText \x1b[2Jhere, said Ama Dee.\n",
    )
    .expect("write");
    let o = presscut(&[
        "clean",
        &bin.display().to_string(),
        &evil.display().to_string(),
        "/no/such.txt",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("x.txt: binary file"), "{err}");
    assert!(
        err.contains("/no/such.txt: no such file or directory"),
        "{err}"
    );
    let out = stdout(&o);
    assert_eq!(out, "Text here, said Ama Dee.\n");
    assert!(!o.stdout.contains(&0x1b));
}

#[test]
fn print_config_is_valid_toml_with_comments() {
    let o = presscut(&["--print-config"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("# Widest line of text"));
    assert!(text.contains("quit = [\"q\", \"ctrl-c\"]"));
    let parsed: toml::Value = toml::from_str(&text).expect("valid toml");
    assert_eq!(parsed["reader"]["max_width"].as_integer(), Some(100));
}

#[test]
fn print_config_reports_a_bad_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, "library = [\"/news\"]\n[theme]\naccent = 7\n").expect("write");
    let o = presscut(&["--config", &cfg.display().to_string(), "--print-config"]);
    assert!(o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("line 3") && err.contains("using defaults"),
        "{err}"
    );
    assert!(stdout(&o).contains("library = []"), "defaults printed");
}

#[test]
fn tui_without_a_terminal_says_so() {
    let o = presscut(&[&sample("bay-notes-tide-gauge.md")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("needs a terminal"));
}

/// A copy of the ferry article in a temp dir and a data dir holding one
/// annotation per (start of the passage, tag, length in chars).
fn ferry_with_annotations(
    marks: &[(&str, &str, usize)],
) -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    use presscut::annotation::Annotation;
    use presscut::store::{Op, Store};
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("ferry.txt");
    std::fs::copy(
        common::samples().join("harbor-gazette-night-ferry.txt"),
        &article,
    )
    .expect("copy");
    let data = dir.path().join("data");
    let loaded = presscut::library::load_file(&article);
    let a = loaded[0].article().expect("article");
    let chars: Vec<char> = a.text.chars().collect();
    let mut store = Store::open(&data);
    for (needle, tag, len) in marks {
        let start = a.text[..a.text.find(needle).expect("passage")]
            .chars()
            .count();
        let mut ann = Annotation::new(a, &chars, start, start + len);
        ann.add_tag(tag);
        store.apply(&[Op::Put(Box::new(ann))]).expect("save");
    }
    (dir, article, data)
}

#[test]
fn annotations_command_lists_and_reports_anchoring() {
    let (_dir, article, data) = ferry_with_annotations(&[("“We heard", "ferry", 36)]);
    let data_s = data.display().to_string();

    let o = presscut(&["--data-dir", &data_s, "annotations"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(text.starts_with("anchored"), "{text}");
    assert!(text.contains("“We heard every one of you tonight,” #ferry"));

    let edited = std::fs::read_to_string(&article).expect("read").replacen(
        "Seven councillors",
        "New paragraph here.\nSeven councillors",
        1,
    );
    std::fs::write(&article, edited).expect("write");
    let o = presscut(&["--data-dir", &data_s, "annotations", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v[0]["status"], "moved");
    assert_eq!(v[0]["tags"][0], "ferry");
    assert_eq!(
        v[0]["target"]["exact"],
        "“We heard every one of you tonight,”"
    );

    let cut: String = std::fs::read_to_string(&article)
        .expect("read")
        .lines()
        .filter(|l| !l.contains("We heard"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&article, cut).expect("write");
    let o = presscut(&["--data-dir", &data_s, "annotations", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(v[0]["status"], "orphaned");
}

#[test]
fn export_and_import_from_the_command_line() {
    let (dir, _article, data) = ferry_with_annotations(&[
        ("“We heard", "ferry", 30),
        ("“This is a good result", "budget", 30),
    ]);
    let data_s = data.display().to_string();
    let o = presscut(&[
        "--data-dir",
        &data_s,
        "export",
        "--format",
        "csv",
        "--tag",
        "budget",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut r = csv::Reader::from_reader(o.stdout.as_slice());
    assert_eq!(r.records().count(), 1, "only the budget quote");

    let out = dir.path().join("all.json");
    let o = presscut(&[
        "--data-dir",
        &data_s,
        "export",
        "--format",
        "json",
        "-o",
        &out.display().to_string(),
    ]);
    assert!(o.status.success());
    assert!(stderr(&o).contains("wrote 2 annotation(s)"));

    let fresh = dir.path().join("fresh").display().to_string();
    let lib = dir.path().display().to_string();
    let o = presscut(&[
        "--data-dir",
        &fresh,
        "import",
        &out.display().to_string(),
        &lib,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).starts_with("2 added, 0 updated, 0 unchanged, 0 orphaned"),
        "{}",
        stdout(&o)
    );
    let o = presscut(&[
        "--data-dir",
        &fresh,
        "import",
        &out.display().to_string(),
        &lib,
    ]);
    assert!(
        stdout(&o).starts_with("0 added, 0 updated, 2 unchanged"),
        "{}",
        stdout(&o)
    );

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ nope").expect("write");
    let o = presscut(&[
        "--data-dir",
        &fresh,
        "import",
        &bad.display().to_string(),
        &lib,
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not JSON"));
    let o = presscut(&["--data-dir", &data_s, "export", "--since", "March"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn quotes_command_text_and_json() {
    let o = presscut(&["quotes", &sample("harbor-gazette-night-ferry.txt")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = stdout(&o);
    assert!(
        text.contains("“We heard every one of you tonight,” — Ines Calloway"),
        "{text}"
    );
    let o = presscut(&[
        "quotes",
        "--json",
        &sample("harbor-gazette-night-ferry.txt"),
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let first = &v[0];
    assert_eq!(first["text"], "We heard every one of you tonight,");
    assert_eq!(first["speaker"], "Ines Calloway");
    assert_eq!(first["speaker_mention"], "Mayor Ines Calloway");
    assert_eq!(first["cue"], "said");
    assert_eq!(first["kind"], "direct");
    assert_eq!(first["paragraph"], 2);
    let clean = presscut(&["clean", &sample("harbor-gazette-night-ferry.txt")]);
    let body: Vec<char> = stdout(&clean).chars().collect();
    let (s, e) = (
        first["start"].as_u64().expect("start") as usize,
        first["end"].as_u64().expect("end") as usize,
    );
    assert_eq!(
        body[s..e].iter().collect::<String>(),
        "We heard every one of you tonight,",
        "offsets index the cleaned text"
    );
    assert!(
        v.as_array()
            .expect("array")
            .iter()
            .any(|q| q["kind"] == "indirect")
    );
}

#[test]
fn clean_json_lists_the_rules_that_fired_including_the_readers() {
    let data = tempfile::tempdir().expect("tempdir");
    let article =
        presscut::library::load_file(&common::samples().join("harbor-gazette-night-ferry.txt"));
    let a = article[0].article().expect("article");
    let mut rules = presscut::clean::user_rules::UserRules::open(data.path());
    rules.rules.push(presscut::clean::user_rules::UserRules::rule_for(a, "Seven councillors backed the motion and two voted against. The vote ends a month of uncertainty for the roughly 300 people who use the late crossing each week, most of them shift workers at the fish market and the hospital on the far shore.", true).expect("rule"));
    rules.save().expect("save");
    let o = presscut(&[
        "--data-dir",
        &data.path().display().to_string(),
        "clean",
        "--format",
        "json",
        &sample("harbor-gazette-night-ferry.txt"),
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("json");
    let fired: Vec<&str> = v["rules"]
        .as_array()
        .expect("rules")
        .iter()
        .filter_map(|r| r.as_str())
        .collect();
    assert!(
        fired
            .iter()
            .any(|r| r.starts_with("menu or share buttons: ")),
        "{fired:?}"
    );
    assert!(
        fired
            .iter()
            .any(|r| r.starts_with("your rule: Seven councillors")),
        "{fired:?}"
    );
    assert!(!stdout(&o).contains("\"Seven councillors"));
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    // `presscut quotes FILE | head -0`: the reader is gone before anything is written.
    for args in [
        vec![
            "quotes".to_string(),
            sample("harbor-gazette-night-ferry.txt"),
        ],
        vec!["--print-config".to_string()],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_presscut"))
            .args(&args)
            .env(
                "XDG_CONFIG_HOME",
                std::env::temp_dir().join("presscut-cli-pipe"),
            )
            .env(
                "PRESSCUT_DATA_DIR",
                std::env::temp_dir().join("presscut-cli-pipe"),
            )
            .env_remove("PRESSCUT_CONFIG")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
    }
}
