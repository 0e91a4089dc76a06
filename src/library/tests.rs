use super::*;
use std::io::Write;

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("mkdir");
    }
    fs::File::create(&p)
        .and_then(|mut f| f.write_all(bytes))
        .expect("write");
    p
}

const GOOD: &str =
    "A headline for the test article\n\n“Everything is fine here today,” said Pella Grant.\n";

fn failed_reason<'a>(lib: &'a Library, name: &str) -> Option<&'a str> {
    lib.entries.iter().find_map(|e| match e {
        Entry::Failed { src, reason } if src.path.ends_with(name) => Some(reason.as_str()),
        _ => None,
    })
}

#[test]
fn bad_files_become_rows_and_the_rest_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "good.txt", GOOD.as_bytes());
    write(d, "binary.txt", b"abc\0def\0");
    write(d, "empty.txt", b"");
    write(
        d,
        "latin1.txt",
        b"A headline with caf\xe9 in it\n\nThe caf\xe9 opened, she said.\n",
    );
    write(d, "bad.jsonl", b"{\"title\":\"One\",\"text\":\"First text here, said Ama.\"}\nnot json\n{\"title\":\"No body\"}\n[1,2]\n");
    write(d, "image.png", b"\x89PNG....");
    let lib = load(&[d.to_path_buf()]);
    assert!(failed_reason(&lib, "binary.txt").is_some_and(|r| r.contains("binary")));
    assert_eq!(failed_reason(&lib, "empty.txt"), Some("empty file"));
    let latin = lib
        .entries
        .iter()
        .filter_map(Entry::article)
        .find(|a| a.src.path.ends_with("latin1.txt"))
        .expect("latin1 loads");
    // Bytes that are not UTF-8, and no UTF-8 beside them: a legacy
    // Western charset, decoded whole.
    assert!(latin.warnings.iter().any(|w| w.contains("windows-1252")));
    assert!(latin.text.contains("The café opened"), "{}", latin.text);
    let jsonl: Vec<&Entry> = lib
        .entries
        .iter()
        .filter(|e| e.src().path.ends_with("bad.jsonl"))
        .collect();
    assert_eq!(jsonl.len(), 4);
    assert!(matches!(jsonl[0], Entry::Article(a) if a.meta.title == "One"));
    assert!(
        matches!(jsonl[1], Entry::Failed { reason, .. } if reason.starts_with("line 2: not JSON"))
    );
    assert!(matches!(jsonl[2], Entry::Failed { reason, .. } if reason.contains("no text")));
    assert!(
        matches!(jsonl[3], Entry::Failed { reason, .. } if reason.contains("not a JSON object"))
    );
    assert!(
        lib.entries
            .iter()
            .any(|e| e.src().path.ends_with("good.txt") && e.article().is_some())
    );
    assert!(
        lib.notices
            .iter()
            .any(|n| n.contains("1 file(s) of other types"))
    );
}

#[test]
fn missing_path_is_a_row() {
    let lib = load(&[PathBuf::from("/definitely/not/here.txt")]);
    assert_eq!(lib.entries.len(), 1);
    assert!(
        matches!(&lib.entries[0], Entry::Failed { reason, .. } if reason == "no such file or directory")
    );
}

#[cfg(unix)]
#[test]
fn directory_loop_is_reported_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "sub/a.txt", GOOD.as_bytes());
    std::os::unix::fs::symlink(d, d.join("sub/back")).expect("symlink");
    let lib = load(&[d.to_path_buf()]);
    assert_eq!(lib.entries.len(), 1, "{:?}", lib.entries);
    assert!(lib.notices.iter().any(|n| n.contains("directory loop")));
}

#[test]
fn unreadable_file_is_a_row() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A directory named like an article: opening works, reading fails (EISDIR),
    // as it does for root, who cannot be denied by permissions.
    let fake = dir.path().join("folder.txt");
    fs::create_dir(&fake).expect("mkdir");
    let entries = load_file(&fake);
    assert!(
        matches!(&entries[0], Entry::Failed { reason, .. } if reason.starts_with("cannot read")),
        "{entries:?}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let p = write(dir.path(), "locked.txt", GOOD.as_bytes());
        fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).expect("chmod");
        let denied = fs::read(&p).is_err(); // false when running as root
        let entries = load_file(&p);
        assert_eq!(
            matches!(&entries[0], Entry::Failed { reason, .. } if reason.contains("permission denied")),
            denied
        );
    }
}

#[test]
fn huge_single_line_is_cut_with_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let line = "word ".repeat(2_500_000); // 12.5 MB, one line
    let p = write(dir.path(), "huge.txt", line.as_bytes());
    let entries = load_file(&p);
    let a = entries[0].article().expect("loads");
    assert!(
        a.warnings.iter().any(|w| w.contains("only the first 8 MB")),
        "{:?}",
        a.warnings
    );
    assert!(a.word_count > 1_000_000);
}

#[test]
fn escape_sequences_never_survive_loading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = write(
        dir.path(),
        "evil.txt",
        b"Evil \x1b]0;pwned\x07headline here now\n\nBody \x1b[2Jtext with \x1b[31mcolour, said Vex Ona.\n",
    );
    let a = load_file(&p).remove(0);
    let a = a.article().expect("loads");
    assert_eq!(a.meta.title, "Evil headline here now");
    assert!(!a.text.contains('\u{1b}'));
    assert!(a.text.contains("Body text with colour"));
}

proptest::proptest! {
    #[test]
    fn byte_counts_agree_with_a_plain_count(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2000)) {
        for hit in [|b: u8| b == 0, |b: u8| b < 0x20, |b: u8| matches!(b, b'\t' | b'\n')] {
            let plain = bytes.iter().filter(|&&b| hit(b)).count();
            proptest::prop_assert_eq!(crate::words::count_bytes(&bytes, hit), plain);
        }
    }
}

#[test]
fn a_file_of_control_bytes_is_binary_and_plain_text_is_not() {
    let mut control = b"Harbour notes\n".to_vec();
    control.extend(std::iter::repeat_n(0x01u8, 40));
    assert_eq!(super::binary_kind(&control), Some("contains NUL bytes"));
    let text = "Harbour notes\n\tTide at 6:40.\r\n\x0c“Quotes” and é.\n".repeat(50);
    assert_eq!(super::binary_kind(text.as_bytes()), None);
}

fn gzipped(text: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(text).expect("gzip");
    gz.finish().expect("gzip")
}

/// Gzipped files are read as they are: by their name (`.html.gz`,
/// `.txt.gz`, `.jsonl.gz`, streamed) or by their first bytes; a damaged
/// one is a row that says so.
#[test]
fn gzipped_articles_and_corpora_are_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let page = "<html><head><title>Pier lights return for winter</title></head><body><article>\
                <h1>Pier lights return for winter</h1><p>“The lights are back for the whole \
                winter season, and they will stay on until the spring tides,” said Odile Varga, \
                who runs the pier trust and has campaigned for their return for three years.</p>\
                <p>The trust paid for the new bulbs with money raised at the summer fair.</p>\
                </article></body></html>";
    write(d, "pier.html.gz", &gzipped(page.as_bytes()));
    write(
        d,
        "untitled.htm.gz",
        &gzipped(b"<html><body><div><p>The ferry ran late again on Monday night, and the harbour office said the tide was to blame for the delay once more.</p></div></body></html>"),
    );
    // Gzip by content under a plain name.
    write(d, "packed.txt", &gzipped(GOOD.as_bytes()));
    let mut corpus = Vec::new();
    for i in 0..3 {
        corpus.extend_from_slice(
            format!("{{\"title\":\"Record {i}\",\"text\":\"“We open at nine,” said Ama Reyes. Record {i} text.\"}}\n").as_bytes(),
        );
    }
    write(d, "corpus.jsonl.gz", &gzipped(&corpus));
    let mut broken = gzipped(GOOD.as_bytes());
    broken.truncate(broken.len() / 2);
    write(d, "broken.html.gz", &broken);
    write(d, "notes.gz", &gzipped(b"not an article type"));

    assert_eq!(format_of(&d.join("pier.html.gz")), Some(Format::Html));
    assert_eq!(format_of(&d.join("corpus.JSONL.GZ")), Some(Format::Jsonl));
    assert_eq!(format_of(&d.join("notes.gz")), None);
    assert_eq!(
        article_stem(&d.join("pier.html.gz")).as_deref(),
        Some("pier")
    );

    let lib = load(&[d.to_path_buf()]);
    let titles: Vec<&str> = lib
        .entries
        .iter()
        .filter_map(|e| e.article().map(|a| a.meta.title.as_str()))
        .collect();
    for want in [
        "Pier lights return for winter",
        "The ferry ran late again on Monday night, and the harbour office…",
        "A headline for the test article",
        "Record 0",
        "Record 1",
        "Record 2",
    ] {
        assert!(titles.contains(&want), "{want:?} not in {titles:?}");
    }
    let pier = lib
        .entries
        .iter()
        .filter_map(Entry::article)
        .find(|a| a.meta.title == "Pier lights return for winter")
        .expect("pier article");
    assert_eq!(pier.format, Format::Html);
    assert!(
        pier.quotes
            .iter()
            .any(|q| q.speaker.as_deref() == Some("Odile Varga"))
    );
    let reason = failed_reason(&lib, "broken.html.gz").expect("broken gzip is a row");
    assert!(reason.contains("not a readable gzip file"), "{reason}");
    assert!(
        lib.notices
            .iter()
            .any(|n| n.starts_with("1 file(s) of other types skipped")),
        "{:?}",
        lib.notices
    );
}

/// A named pipe in a folder is listed as not read, and the loading ends:
/// reading it would wait for a writer for ever.
#[cfg(unix)]
#[test]
fn a_named_pipe_in_a_folder_is_not_read() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    write(d, "good.txt", GOOD.as_bytes());
    let made = std::process::Command::new("mkfifo")
        .arg(d.join("pipe.txt"))
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("no mkfifo here: skipped");
        return;
    }
    let lib = load(&[d.to_path_buf()]);
    assert!(
        failed_reason(&lib, "pipe.txt").is_some_and(|r| r.contains("not a regular file")),
        "{:?}",
        lib.entries
    );
    assert_eq!(lib.entries.iter().filter_map(Entry::article).count(), 1);
}

/// A story saved in Windows-1252, and one whose UTF-8 was once read as
/// Windows-1252 and saved again: each reads as written, and its quotes
/// have their speakers.
#[test]
fn legacy_charsets_and_mojibake_read_as_written() {
    let story = "Ferry fares to rise in spring\n\n\
                 “We held the fares for three winters,” said harbour master Idony Quill. \
                 “That cannot go on — not with fuel where it is.”\n";
    let (legacy, _, _) = encoding_rs::WINDOWS_1252.encode(story);
    let mojibake = encoding_rs::WINDOWS_1252.decode(story.as_bytes()).0;
    assert!(mojibake.contains("â€œWe held"));
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "legacy.txt", &legacy);
    write(dir.path(), "mojibake.txt", mojibake.as_bytes());
    let record = serde_json::json!({
        "title": "Ferry fares to rise — again",
        "author": "Aurélie Kanté",
        "text": story,
    })
    .to_string();
    let record = encoding_rs::WINDOWS_1252.decode(record.as_bytes()).0;
    write(dir.path(), "mojibake.jsonl", record.as_bytes());
    let lib = load(&[dir.path().to_path_buf()]);
    let jsonl = lib
        .entries
        .iter()
        .filter_map(Entry::article)
        .find(|a| a.src.path.ends_with("mojibake.jsonl"))
        .expect("loads");
    assert_eq!(jsonl.meta.title, "Ferry fares to rise — again");
    assert_eq!(jsonl.meta.byline.as_deref(), Some("Aurélie Kanté"));
    assert_eq!(jsonl.quotes.len(), 2);
    assert_eq!(jsonl.warnings, [crate::clean::mojibake::NOTE]);
    for name in ["legacy.txt", "mojibake.txt"] {
        let a = lib
            .entries
            .iter()
            .filter_map(Entry::article)
            .find(|a| a.src.path.ends_with(name))
            .expect("loads");
        assert!(
            a.text.contains("“That cannot go on — not with fuel"),
            "{name}: {}",
            a.text
        );
        let speakers: Vec<_> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Idony Quill"); 2], "{name}");
    }
}

/// A file named as text is cleaned as what it holds: a page turned into
/// Markdown, or a page's source, loses its markup; prose that mentions a
/// tag or a bracket stays text.
#[test]
fn a_text_file_is_cleaned_as_what_it_holds() {
    let markdown = "[Skip to content](#main)\n* [News](https://courier.test/news)\n\n\
                    # Harbour board approves dredging\n\n\
                    The board voted 6-3 on Wednesday to award the contract to a Dutch firm.\n\n\
                    \"We cannot keep the channel open with good intentions,\" said board chair \
                    [Lionel Abernathy-Quist](https://courier.test/people/lq).\n";
    let page = "<!DOCTYPE html><html><head><title>Pier lights return</title></head><body>\
                <article><h1>Pier lights return</h1><p>The pier lights came back on last \
                night after two winters dark, and the harbour office said they would stay on \
                until midnight.</p><p>“It feels like the town again,” said Odile Varga, who \
                runs the kiosk.</p></article></body></html>";
    let prose = "Web designers meet\n\nThe workshop began with the <html> tag, and [1] the \
                 talk on links (see below) went on until six, said organiser Ada Lint.\n";
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "md.txt", markdown.as_bytes());
    write(dir.path(), "page.txt", page.as_bytes());
    write(dir.path(), "prose.txt", prose.as_bytes());
    let record =
        serde_json::json!({ "title": "Harbour board approves dredging", "text": markdown });
    write(dir.path(), "crawl.jsonl", record.to_string().as_bytes());
    let lib = load(&[dir.path().to_path_buf()]);
    let article = |name: &str| {
        lib.entries
            .iter()
            .filter_map(Entry::article)
            .find(|a| a.src.path.ends_with(name))
            .expect("loads")
    };
    let md = article("md.txt");
    assert_eq!(md.format, Format::Markdown);
    assert_eq!(md.meta.title, "Harbour board approves dredging");
    assert!(
        !md.text.contains("](") && !md.text.contains("Skip to"),
        "{}",
        md.text
    );
    assert_eq!(
        md.quotes[0].speaker.as_deref(),
        Some("Lionel Abernathy-Quist")
    );
    let crawl = article("crawl.jsonl");
    assert_eq!(crawl.meta.title, "Harbour board approves dredging");
    assert_eq!(crawl.text, md.text);
    let html = article("page.txt");
    assert_eq!(html.format, Format::Html);
    assert_eq!(html.meta.title, "Pier lights return");
    assert!(!html.text.contains('<'), "{}", html.text);
    let text = article("prose.txt");
    assert_eq!(text.format, Format::Text);
    assert!(
        text.text.contains("and [1] the talk on links (see below)"),
        "{}",
        text.text
    );
}

/// A page saved as one file loads as its page; a broken one is a row
/// with the reason; a text that mentions MIME stays text.
#[test]
fn a_page_saved_as_one_file_loads_as_its_page() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "ferry.mhtml", mhtml::tests::SAVED.as_bytes());
    write(
        dir.path(),
        "broken.mht",
        b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n\
          Content-Type: image/png\r\n\r\nxx\r\n--b--\r\n",
    );
    write(
        dir.path(),
        "notes.txt",
        b"Mail formats explained\n\nA saved page is sent as multipart/related, said \
          archivist Ada Lint, and most readers never notice.\n",
    );
    let lib = load(&[dir.path().to_path_buf()]);
    let page = lib
        .entries
        .iter()
        .filter_map(Entry::article)
        .find(|a| a.src.path.ends_with("ferry.mhtml"))
        .expect("the page loads");
    assert_eq!(page.format, Format::Html);
    assert_eq!(page.meta.title, "Council votes to keep night ferry running");
    assert_eq!(
        page.meta.url.as_deref(),
        Some("https://www.harbor-gazette.test/news/ferry")
    );
    assert_eq!(page.meta.source.as_deref(), Some("harbor-gazette.test"));
    assert!(!page.text.contains("Home"), "{}", page.text);
    assert_eq!(page.quotes[0].speaker.as_deref(), Some("Ines Calloway"));
    let reason = failed_reason(&lib, "broken.mht").expect("a row");
    assert!(reason.contains("no HTML part"), "{reason}");
    assert!(
        lib.entries
            .iter()
            .filter_map(Entry::article)
            .any(|a| a.src.path.ends_with("notes.txt") && a.format == Format::Text)
    );
}
