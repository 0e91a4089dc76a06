//! The real binary in a pseudo-terminal: what a user sees, and that the
//! terminal is given back. Waits poll the screen with a timeout.

mod common;

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(20);

/// Records window titles the program tries to set.
#[derive(Default)]
struct Watch {
    titles: Vec<Vec<u8>>,
}

impl vt100::Callbacks for Watch {
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
}

struct Session {
    parser: Arc<Mutex<vt100::Parser<Watch>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    _config: tempfile::TempDir,
}

impl Session {
    fn start(args: &[&str], rows: u16, cols: u16) -> Session {
        Session::start_env(args, rows, cols, &[])
    }

    fn start_env(args: &[&str], rows: u16, cols: u16, env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let config = tempfile::tempdir().expect("tempdir");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_presscut"));
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CONFIG_HOME", config.path());
        cmd.env("PRESSCUT_CONFIG", config.path().join("none.toml"));
        // Never the real data dir: annotations of a test go to its own temp dir.
        cmd.env("PRESSCUT_DATA_DIR", config.path().join("data"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn presscut");
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            rows,
            cols,
            0,
            Watch::default(),
        )));
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let sink = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = sink.lock() {
                    p.process(&buf[..n]);
                }
            }
        });
        let writer = pair.master.take_writer().expect("writer");
        Session {
            parser,
            writer,
            child,
            master: pair.master,
            _config: config,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    fn wait_for(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let start = Instant::now();
        loop {
            {
                let p = self.parser.lock().expect("parser");
                if check(p.screen()) {
                    return;
                }
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn wait_text(&self, text: &str) {
        self.wait_for(text, |s| s.contents().contains(text));
    }

    /// Resizes the screen model, then the pty (the program gets SIGWINCH),
    /// so everything drawn after the resize lands on a screen of the new size.
    fn resize(&mut self, rows: u16, cols: u16) {
        self.parser
            .lock()
            .expect("parser")
            .screen_mut()
            .set_size(rows, cols);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush");
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return status;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "presscut did not exit; screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// After exit: the reader thread has read everything once the screen settles.
    fn assert_terminal_restored(&self) {
        self.wait_for("the normal screen", |s| !s.alternate_screen());
        let p = self.parser.lock().expect("parser");
        assert_eq!(
            p.screen().mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture left on"
        );
        assert!(!p.screen().hide_cursor(), "cursor left hidden");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn samples() -> String {
    common::samples().display().to_string()
}

#[test]
fn starts_on_the_library_and_q_restores_the_terminal() {
    let mut s = Session::start(&[&samples()], 30, 100);
    s.wait_text("Articles 11");
    s.wait_text("The tide gauge that nobody reads any more");
    s.wait_text("bay-notes-tide-gauge.md");
    s.wait_for("the alternate screen", |sc| sc.alternate_screen());
    s.send(b"jj\r");
    s.wait_text("harbor-gazette-night-ferry.txt");
    s.wait_text("Council votes to keep the night ferry running");
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_terminal_restored();
}

#[test]
fn no_arguments_opens_the_bundled_samples() {
    let mut s = Session::start(&[], 30, 100);
    s.wait_text("Articles 11");
    s.send(b"\x03"); // Ctrl-C
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_terminal_restored();
}

#[test]
fn mouse_click_and_search_in_the_real_terminal() {
    let mut s = Session::start(&[&samples()], 30, 100);
    s.wait_text("Articles 11");
    // SGR mouse: left press at column 3, row 7 (1-based): the third article.
    s.send(b"\x1b[<0;3;7M\x1b[<0;3;7m");
    s.wait_text("harbor-gazette-night-ferry.txt");
    s.send(b"l/ferry");
    s.wait_text("3 matches");
    s.send(b"\r");
    s.wait_text("3 match(es)");
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn resize_redraws_and_too_small_says_so() {
    let mut s = Session::start(&[&samples()], 30, 100);
    s.wait_text("Articles 11");
    s.resize(8, 30);
    s.wait_text("Terminal too small");
    s.resize(12, 50);
    s.wait_text("Articles 11");
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn escape_sequences_in_articles_never_reach_the_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let evil = dir.path().join("evil.txt");
    std::fs::write(
        &evil,
        b"Evil \x1b]0;pwned\x07headline for the test\n\nBody text \x1b[2J\x1b[31mwith colour\xc2\x9b2J and a NUL \0 here, said Vex Ona.\n",
    )
    .expect("write");
    let name_with_escape = dir.path().join("name\x1b[2Jx.txt");
    std::fs::write(
        &name_with_escape,
        "A plain headline here\n\nPlain text, said Ana Bel.\n",
    )
    .expect("write");
    let mut s = Session::start(&[&dir.path().display().to_string()], 30, 100);
    s.wait_text("Evil headline for the test");
    s.wait_text("Body text with colour and a NUL here");
    // Both files listed before moving down (the loader may still be
    // reading the second when the first is shown).
    s.wait_text("A plain headline here");
    s.send(b"j");
    s.wait_text("namex.txt");
    {
        let p = s.parser.lock().expect("parser");
        assert!(
            p.callbacks()
                .titles
                .iter()
                .all(|t| !t.windows(5).any(|w| w == b"pwned")),
            "title was set"
        );
        assert!(!p.screen().contents().contains("pwned"));
    }
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_terminal_restored();
}

#[test]
fn bad_config_is_reported_and_defaults_used() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, "[reader]\nmax_width = \"wide\"\n").expect("write");
    let mut s = Session::start(
        &["--config", &cfg.display().to_string(), &samples()],
        30,
        140,
    );
    s.wait_text("line 2");
    s.wait_text("Articles 11");
    s.send(b"q");
    assert!(s.wait_exit().success());
    assert!(Path::new(&cfg).exists(), "config left alone");
}

#[test]
fn a_panic_restores_the_terminal() {
    let mut s = Session::start_env(
        &[&samples()],
        30,
        100,
        &[("PRESSCUT_TEST_PANIC_ON_KEY", "1")],
    );
    s.wait_text("Articles 11");
    s.send(b"j");
    let status = s.wait_exit();
    assert!(!status.success(), "the panic is an error exit");
    s.assert_terminal_restored();
    s.wait_text("panicking on the first key");
}

#[test]
fn tag_a_quote_restart_and_survive_an_edit() {
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("news").join("ferry.txt");
    std::fs::create_dir_all(article.parent().expect("parent")).expect("mkdir");
    std::fs::copy(
        common::samples().join("harbor-gazette-night-ferry.txt"),
        &article,
    )
    .expect("copy");
    let data = dir.path().join("data").display().to_string();
    let news = dir.path().join("news").display().to_string();
    let args = ["--data-dir", data.as_str(), news.as_str()];

    let mut s = Session::start(&args, 30, 110);
    s.wait_text("Articles 1");
    // Reader, two paragraphs down to the quote, select it, tag it twice, note it.
    s.send(b"\r}}\"");
    s.wait_text("t tag");
    s.send(b"t");
    s.wait_text("Tags");
    s.send(b"ferry\r");
    s.wait_text("#ferry");
    s.send(b"council\r\r");
    s.wait_text("Saved: ferry, council");
    s.send(b"n");
    s.wait_text("Ctrl-S save");
    s.send(b"Key quote for the story\x13");
    s.wait_text("Note saved");
    s.send(b"q");
    assert!(s.wait_exit().success());

    let mut s = Session::start(&args, 30, 110);
    s.wait_text("✎1");
    s.send(b"\ra");
    s.wait_text("#ferry #council · Key quote for the story");
    s.send(b"q");
    assert!(s.wait_exit().success());

    // Insert a paragraph above the quote: still anchored, not orphaned.
    let text = std::fs::read_to_string(&article).expect("read");
    let edited = text.replacen(
        "Seven councillors backed",
        "A paragraph added by the editors after the meeting ended late on Tuesday night.\nSeven councillors backed",
        1,
    );
    std::fs::write(&article, edited).expect("write");
    let mut s = Session::start(&args, 30, 110);
    s.wait_text("✎1");
    s.send(b"\ra");
    s.wait_text("#ferry #council · Key quote for the story");
    assert!(!s.screen().contains("orphaned"), "{}", s.screen());
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn export_dialog_in_the_real_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let news = dir.path().join("news");
    std::fs::create_dir_all(&news).expect("mkdir");
    std::fs::copy(
        common::samples().join("harbor-gazette-night-ferry.txt"),
        news.join("ferry.txt"),
    )
    .expect("copy");
    let data = dir.path().join("data").display().to_string();
    let out = dir.path().join("notes.csv");
    let news_s = news.display().to_string();
    let mut s = Session::start(&["--data-dir", data.as_str(), news_s.as_str()], 30, 110);
    s.wait_text("Articles 1");
    s.send(b"\r}}\"t");
    s.wait_text("Tags");
    s.send(b"ferry, fares\r\r");
    s.wait_text("Saved: ferry, fares");
    s.send(b"E");
    s.wait_text("Export annotations");
    s.wait_text("1 annotation(s)");
    s.send(b"\x1b[D"); // left: Markdown -> CSV
    s.wait_text(".csv");
    // Clear the path and type ours.
    s.send(&[0x7f; 200]);
    s.wait_for("an empty path", |sc| sc.contents().contains("Path    ▏"));
    s.send(out.display().to_string().as_bytes());
    s.send(b"\r");
    s.wait_text("Exported 1 annotation(s) to");
    s.send(b"q");
    assert!(s.wait_exit().success());
    let mut r = csv::Reader::from_path(&out).expect("csv written");
    let row = r.records().next().expect("a row").expect("valid");
    assert_eq!(&row[0], "“We heard every one of you tonight,”");
    assert_eq!(&row[2], "ferry, fares");
}

#[test]
fn the_index_cache_is_written_and_no_cache_writes_none() {
    let dir = tempfile::tempdir().expect("tempdir");
    let news = dir.path().join("news");
    std::fs::create_dir_all(&news).expect("mkdir");
    let article = news.join("ferry.txt");
    std::fs::copy(
        common::samples().join("harbor-gazette-night-ferry.txt"),
        &article,
    )
    .expect("copy");
    let news_arg = news.display().to_string();
    let cache_of = |data: &std::path::Path| {
        std::fs::read_dir(data.join("cache"))
            .map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>())
            .unwrap_or_default()
    };

    let off = dir.path().join("off");
    let off_arg = off.display().to_string();
    let mut s = Session::start(&["--no-cache", "--data-dir", &off_arg, &news_arg], 24, 100);
    s.wait_text("Articles 1");
    s.send(b"q");
    assert!(s.wait_exit().success());
    assert!(
        cache_of(&off).is_empty(),
        "--no-cache wrote {:?}",
        cache_of(&off)
    );

    let on = dir.path().join("on");
    let on_arg = on.display().to_string();
    let args = ["--data-dir", on_arg.as_str(), news_arg.as_str()];
    let mut s = Session::start(&args, 24, 100);
    s.wait_text("1 article ");
    s.send(b"q");
    assert!(s.wait_exit().success());
    let written = cache_of(&on);
    assert!(
        written
            .iter()
            .any(|n| n.to_string_lossy().starts_with("index-")),
        "{written:?}"
    );
    // Changed on disk: the next start shows the new text, not the cached one.
    let text = std::fs::read_to_string(&article).expect("read");
    std::fs::write(
        &article,
        text.replacen("The town council", "The island council", 1),
    )
    .expect("write");
    let mut s = Session::start(&args, 24, 100);
    s.wait_text("Articles 1");
    s.send(b"\r");
    s.wait_text("The island council");
    s.send(b"q");
    assert!(s.wait_exit().success());
}
