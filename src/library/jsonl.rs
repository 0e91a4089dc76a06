//! JSONL corpora: one article per line (`text`/`content`/`body` with
//! `title`, `author`, `date`, `source`, `url` and their usual aliases).
//! Small files are read whole; large ones are streamed in batches so the
//! list fills while they load and memory holds one batch of raw text.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use rayon::prelude::*;
use serde_json::Value;

use super::{Work, binary_kind, into_entry};
use crate::article::{Entry, Format, Meta, SourceRef};
use crate::clean::{clean_text, meta};

/// JSONL files larger than this are streamed (and not kept in the index cache).
pub const STREAM_BYTES: u64 = 16 << 20;
/// Raw bytes of records cleaned together in one batch.
const BATCH_BYTES: usize = 4 << 20;

const TEXT_FIELDS: &[&str] = &["text", "content", "body", "article", "maintext"];

/// Every record of a JSONL file read whole.
pub(super) fn load(path: &Path, text: &str, warnings: &[String], work: Work) -> Vec<Entry> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    lines
        .par_iter()
        .map(|&(n, line)| {
            let src = SourceRef {
                path: path.to_path_buf(),
                line: Some(n),
            };
            jsonl_record(src, line, warnings.to_vec(), work)
        })
        .collect()
}

pub(super) fn jsonl_record(src: SourceRef, line: &str, warnings: Vec<String>, work: Work) -> Entry {
    let fail = |reason: String| Entry::Failed {
        src: src.clone(),
        reason,
    };
    let value: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return fail(format!("line {}: not JSON ({e})", src.line.unwrap_or(0))),
    };
    let Some(obj) = value.as_object() else {
        return fail(format!("line {}: not a JSON object", src.line.unwrap_or(0)));
    };
    let raw_field = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| obj.get(*n).and_then(Value::as_str))
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    // Metadata with mojibake is repaired here; the body, by the cleaner,
    // which notes it.
    let field =
        |names: &[&str]| raw_field(names).map(|s| crate::clean::mojibake::repair(s).into_owned());
    let Some(body) = raw_field(TEXT_FIELDS) else {
        return fail(format!(
            "line {}: no text or content field",
            src.line.unwrap_or(0)
        ));
    };
    let mut preset = Meta {
        title: field(&["title", "headline"]).unwrap_or_default(),
        byline: field(&["author", "byline", "authors"]),
        date: field(&["date", "published", "published_at", "date_publish"])
            .map(|d| meta::find_date(&d).unwrap_or(d)),
        source: field(&["source", "outlet", "site", "publication", "site_name"]),
        url: field(&["url", "link"]),
    };
    if preset.source.is_none() {
        preset.source = preset.url.as_deref().and_then(meta::url_host);
    }
    // Tags in the body (`<p>`, `<br>`) become paragraph breaks in the cleaner.
    // A body in Markdown (what web-to-Markdown crawlers store) loses its
    // markup first.
    let cleaned = if crate::clean::looks_like_markdown(body) {
        crate::clean::clean_markdown_with(body, &preset)
    } else {
        clean_text(body, &preset)
    };
    into_entry(src, Format::Jsonl, cleaned, warnings, work)
}

/// Streams a large JSONL file: cleans batches of records in parallel and
/// hands each to `send` with the index of its first entry in the file.
/// Stops early when `send` returns false. An unreadable or binary file is
/// an error message.
pub(super) fn stream(
    path: &Path,
    work: Work,
    send: impl FnMut(usize, Vec<Entry>) -> bool,
) -> Result<(), String> {
    stream_in(path, work, BATCH_BYTES, send)
}

fn stream_in(
    path: &Path,
    work: Work,
    batch_bytes: usize,
    mut send: impl FnMut(usize, Vec<Entry>) -> bool,
) -> Result<(), String> {
    let file = File::open(path).map_err(|e| super::io_reason(&e))?;
    let mut file = BufReader::new(file);
    let gzipped = super::gzip::is_gzip_data(file.fill_buf().map_err(|e| super::io_reason(&e))?);
    let mut file: Box<dyn Read> = if gzipped {
        Box::new(super::gzip::open_gzip(file))
    } else {
        Box::new(file)
    };
    let mut head = Vec::with_capacity(8192);
    (&mut file)
        .take(8192)
        .read_to_end(&mut head)
        .map_err(|e| super::io_reason(&e))?;
    if let Some(kind) = binary_kind(&head) {
        return Err(format!("binary file ({kind}), not an article"));
    }
    let mut reader = BufReader::with_capacity(1 << 20, std::io::Cursor::new(head).chain(file));
    let mut batch: Vec<(usize, String, bool)> = Vec::new();
    let (mut bytes, mut line_no, mut offset) = (0usize, 0usize, 0usize);
    let mut buf = Vec::new();
    let mut flush = |batch: &mut Vec<(usize, String, bool)>, offset: &mut usize| {
        let entries: Vec<Entry> = batch
            .par_iter()
            .map(|(n, line, lossy)| {
                let src = SourceRef {
                    path: path.to_path_buf(),
                    line: Some(*n),
                };
                let warnings = if *lossy {
                    vec!["not valid UTF-8: decoded lossily".to_string()]
                } else {
                    Vec::new()
                };
                jsonl_record(src, line, warnings, work)
            })
            .collect();
        batch.clear();
        let first = *offset;
        *offset += entries.len();
        entries.is_empty() || send(first, entries)
    };
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| super::io_reason(&e))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let (line, lossy) = match std::str::from_utf8(&buf) {
            Ok(s) => (s.trim().to_string(), false),
            Err(_) => (String::from_utf8_lossy(&buf).trim().to_string(), true),
        };
        if line.is_empty() {
            continue;
        }
        bytes += line.len();
        batch.push((line_no, line, lossy));
        if bytes >= batch_bytes {
            bytes = 0;
            if !flush(&mut batch, &mut offset) {
                return Ok(());
            }
        }
    }
    flush(&mut batch, &mut offset);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(n: usize) -> String {
        (0..n)
            .map(|i| {
                if i == 3 {
                    "{not json\n".to_string()
                } else {
                    format!(
                        "{{\"title\": \"Story {i}\", \"source\": \"Valley Wire\", \"text\": \"The ferry ran late on day {i}, and the harbour board said it would look into the delays before the winter timetable starts.\\n\\n\\u201cWe owe the riders an answer,\\u201d said Ines Calloway.\"}}\n\n"
                    )
                }
            })
            .collect()
    }

    #[test]
    fn streamed_batches_equal_the_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("corpus.jsonl");
        let text = corpus(40);
        std::fs::write(&p, &text).unwrap();
        let whole = load(&p, &text, &[], Work::All);
        let mut batches = Vec::new();
        stream_in(&p, Work::All, 600, |offset, entries| {
            batches.push((offset, entries));
            true
        })
        .unwrap();
        assert!(batches.len() > 5, "{} batches", batches.len());
        let mut next = 0;
        for (offset, entries) in &batches {
            assert_eq!(*offset, next, "offsets follow each other");
            next += entries.len();
        }
        let streamed: Vec<Entry> = batches.into_iter().flat_map(|(_, e)| e).collect();
        assert_eq!(streamed, whole);
        assert_eq!(streamed.len(), 40);
        assert!(matches!(&streamed[3], Entry::Failed { reason, .. } if reason.contains("line 7")));
        let a = streamed[39].article().unwrap();
        assert_eq!(a.meta.title, "Story 39");
        let direct = a
            .quotes
            .iter()
            .find(|q| q.kind == crate::quote::Kind::Direct);
        assert_eq!(
            direct.and_then(|q| q.speaker.as_deref()),
            Some("Ines Calloway")
        );
    }

    #[test]
    fn stopping_and_bad_files() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("corpus.jsonl");
        std::fs::write(&p, corpus(40)).unwrap();
        let mut calls = 0;
        stream_in(&p, Work::CleanOnly, 600, |_, _| {
            calls += 1;
            false
        })
        .unwrap();
        assert_eq!(calls, 1, "a refused batch stops the stream");
        let bin = dir.path().join("dump.jsonl");
        std::fs::write(&bin, [0u8; 4096]).unwrap();
        let err = stream(&bin, Work::All, |_, _| true).unwrap_err();
        assert!(err.contains("binary"), "{err}");
        let err = stream(&dir.path().join("gone.jsonl"), Work::All, |_, _| true).unwrap_err();
        assert!(err.contains("no such file"), "{err}");
    }
}
