//! Finding and loading articles: `.txt`, `.html`, `.md` files and `.jsonl`
//! corpora, from files and directories (recursively), in parallel.
//!
//! Nothing that goes wrong with one file stops the rest: every problem becomes
//! an [`Entry::Failed`] row or a notice with a clear reason.

use std::collections::HashSet;
use std::fs;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use rayon::prelude::*;

use crate::article::{Article, Entry, Format, Meta, SourceRef};
use crate::clean::{Cleaned, clean_html, clean_markdown, clean_text};
use crate::index_cache::{self, Index, Stamp};
use crate::sanitize::one_line;

/// Largest part of one article file that is read; the rest is cut with a warning.
pub const MAX_ARTICLE_BYTES: u64 = 8 * 1024 * 1024;

/// What the loader reports, in order: the files found, entries in batches, done.
#[derive(Debug)]
pub enum LoadMsg {
    /// How many files will be loaded, and notices from the directory walk.
    Found {
        files: usize,
        notices: Vec<String>,
    },
    /// The entries of one file (or of a path that failed), with the file's
    /// place in the walk: files finish in any order, `order` sorts them.
    Loaded {
        order: usize,
        entries: Vec<Entry>,
    },
    /// Part of a large JSONL file, before its `Loaded`: `offset` is the
    /// index of the first of `entries` in that file.
    Batch {
        order: usize,
        offset: usize,
        entries: Vec<Entry>,
    },
    Done,
}

/// The result of a whole load.
#[derive(Debug, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub notices: Vec<String>,
}

/// The file's name without `.gz` and its format's extension
/// ("ferry.html.gz" -> "ferry").
pub fn article_stem(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    let inner = Path::new(if is_gzip(path) {
        &name[..name.len() - 3]
    } else {
        &name
    });
    inner.file_stem().map(|s| s.to_string_lossy().into_owned())
}

/// The format a file name says it has, for files met in a directory walk;
/// a gzipped file has its inner name's ("ferry.html.gz" is HTML).
pub fn format_of(path: &Path) -> Option<Format> {
    if is_gzip(path) {
        let name = path.file_name()?.to_str()?;
        return format_of(Path::new(&name[..name.len() - 3]));
    }
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" => Some(Format::Text),
        "html" | "htm" | "xhtml" | "mhtml" | "mht" => Some(Format::Html),
        "md" | "markdown" => Some(Format::Markdown),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        _ => None,
    }
}

/// Walks `paths` (files and directories, recursively): the article files in a
/// stable order, the paths that failed, and notices (loops, skipped files).
pub fn discover(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Entry>, Vec<String>) {
    let mut walk = Walk::default();
    for path in paths {
        match fs::metadata(path) {
            Ok(m) if m.is_dir() => walk.dir(path),
            Ok(_) => walk.files.push(path.clone()),
            Err(e) => walk.failed.push(Entry::Failed {
                src: SourceRef::file(path),
                reason: io_reason(&e),
            }),
        }
    }
    if walk.skipped > 0 {
        walk.notices.push(format!(
            "{} file(s) of other types skipped (presscut reads .txt .html .mhtml .md .jsonl, also gzipped)",
            walk.skipped
        ));
    }
    (walk.files, walk.failed, walk.notices)
}

#[derive(Default)]
struct Walk {
    files: Vec<PathBuf>,
    failed: Vec<Entry>,
    notices: Vec<String>,
    visited: HashSet<PathBuf>,
    skipped: usize,
}

impl Walk {
    fn dir(&mut self, dir: &Path) {
        let canonical = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
        if !self.visited.insert(canonical.clone()) {
            self.notices.push(format!(
                "directory loop: {} leads back to {}; not read twice",
                dir.display(),
                canonical.display()
            ));
            return;
        }
        // The entry's own type comes with the listing (no stat per file);
        // links and unknown types are followed with a stat as before.
        let mut children: Vec<(PathBuf, Option<fs::FileType>)> = match fs::read_dir(dir) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
                .collect(),
            Err(e) => {
                self.failed.push(Entry::Failed {
                    src: SourceRef::file(dir),
                    reason: format!("cannot read directory: {}", io_reason(&e)),
                });
                return;
            }
        };
        children.sort_by(|a, b| a.0.cmp(&b.0));
        for (child, kind) in children {
            let hidden = child
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            if kind.is_some_and(|k| k.is_file()) {
                if format_of(&child).is_some() {
                    self.files.push(child);
                } else {
                    self.skipped += 1;
                }
                continue;
            }
            match fs::metadata(&child) {
                Ok(m) if m.is_dir() => self.dir(&child),
                // A named pipe would block its reader until something writes
                // to it (a folder's pipe is no article; one named on the
                // command line, as `<(curl ...)` gives, is read).
                Ok(m) if !m.is_file() && format_of(&child).is_some() => {
                    self.failed.push(Entry::Failed {
                        src: SourceRef::file(&child),
                        reason: "not a regular file (a named pipe, socket or device): not read"
                            .into(),
                    });
                }
                Ok(_) if format_of(&child).is_some() => self.files.push(child),
                Ok(_) => self.skipped += 1,
                Err(e) => self.failed.push(Entry::Failed {
                    src: SourceRef::file(&child),
                    reason: io_reason(&e),
                }),
            }
        }
    }
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied: cannot read this file".into(),
        _ => format!("cannot read: {e}"),
    }
}

/// Loads everything under `paths` in this thread (using all cores).
pub fn load(paths: &[PathBuf]) -> Library {
    let rx = load_in_background(paths.to_vec());
    let mut lib = Library::default();
    let mut loaded = Vec::new();
    for msg in rx {
        match msg {
            LoadMsg::Found { notices, .. } => lib.notices.extend(notices),
            LoadMsg::Loaded { order, entries } => loaded.push(((order, usize::MAX), entries)),
            LoadMsg::Batch {
                order,
                offset,
                entries,
            } => loaded.push(((order, offset), entries)),
            LoadMsg::Done => break,
        }
    }
    loaded.sort_by_key(|(key, _)| *key);
    lib.entries = loaded.into_iter().flat_map(|(_, e)| e).collect();
    lib
}

/// Loads in a background thread, streaming results through the returned channel.
pub fn load_in_background(paths: Vec<PathBuf>) -> Receiver<LoadMsg> {
    load_in_background_cached(paths, None)
}

/// [`load_in_background`] with an index cache file: unchanged files are read
/// back from it, and it is rewritten after loading when anything changed.
pub fn load_in_background_cached(paths: Vec<PathBuf>, cache: Option<PathBuf>) -> Receiver<LoadMsg> {
    let (tx, rx) = channel();
    std::thread::spawn(move || run_load(&paths, &tx, cache.as_deref()));
    rx
}

/// What the index cache will hold for one file.
enum Record {
    /// The stored line is still right.
    Kept(Stamp),
    /// A file read afresh: its line is written once the list is complete,
    /// so that building it never delays the list.
    New(Stamp, Vec<Entry>),
}

fn run_load(paths: &[PathBuf], tx: &Sender<LoadMsg>, cache: Option<&Path>) {
    // The index is read while the folders are walked.
    let reader = cache.map(|c| {
        let c = c.to_path_buf();
        std::thread::spawn(move || Index::read(&c))
    });
    let (files, failed, notices) = discover(paths);
    // A send fails only when the receiver is gone (the app quit): stop quietly.
    let total = files.len() + failed.len();
    if tx
        .send(LoadMsg::Found {
            files: total,
            notices,
        })
        .is_err()
    {
        return;
    }
    let base = failed.len();
    for (order, entry) in failed.into_iter().enumerate() {
        if tx
            .send(LoadMsg::Loaded {
                order,
                entries: vec![entry],
            })
            .is_err()
        {
            return;
        }
    }
    let index = reader.and_then(|r| r.join().ok()).unwrap_or_default();
    // Each file is sent as soon as it is loaded: one slow file does not hold
    // back the others. A send fails only when the app has quit; the rest of
    // the work is then skipped.
    let gone = std::sync::atomic::AtomicBool::new(false);
    let records: Vec<Option<Record>> = files
        .par_iter()
        .enumerate()
        .map_with(tx.clone(), |tx, (i, path)| {
            if gone.load(std::sync::atomic::Ordering::Relaxed) {
                return None;
            }
            if is_large_jsonl(path) {
                stream_jsonl(path, base + i, tx, &gone);
                return None;
            }
            let stamp = cache.and(Stamp::of(path));
            let cached = stamp.and_then(|st| index.entries(path, st).map(|e| (e, st)));
            let (entries, record) = match (cached, stamp) {
                (Some((entries, st)), _) => (entries, Some(Record::Kept(st))),
                (None, stamp) => {
                    let entries = load_file(path);
                    // A file with no article gets no line (as `line_for`
                    // decides), so it does not make the index look changed.
                    let record = stamp
                        .filter(|_| entries.iter().any(|e| e.article().is_some()))
                        .map(|st| Record::New(st, entries.clone()));
                    (entries, record)
                }
            };
            let msg = LoadMsg::Loaded {
                order: base + i,
                entries,
            };
            if tx.send(msg).is_err() {
                gone.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            record
        })
        .collect();
    let _ = tx.send(LoadMsg::Done);
    if let Some(cache) = cache
        && !gone.load(std::sync::atomic::Ordering::Relaxed)
    {
        // Files that are not cached (unreadable, large JSONL) change nothing.
        let kept = records
            .iter()
            .filter(|r| matches!(r, Some(Record::Kept(_))))
            .count();
        let added = records.iter().any(|r| matches!(r, Some(Record::New(..))));
        let unchanged = !added && kept == index.len();
        if !unchanged {
            let built: Vec<Option<String>> = records
                .par_iter()
                .zip(&files)
                .map(|(r, path)| match r {
                    Some(Record::Kept(st)) => index.line(path, *st),
                    Some(Record::New(st, entries)) => index_cache::line_for(path, *st, entries),
                    None => None,
                })
                .collect();
            drop(records);
            let lines: Vec<&str> = built.iter().filter_map(|l| l.as_deref()).collect();
            // A cache that cannot be written only costs the next start time.
            let _ = index_cache::write(cache, &lines);
        }
    }
}

/// A JSONL file to stream: a large one, or any gzipped one (whose size
/// unpacked is not known before it is read).
fn is_large_jsonl(path: &Path) -> bool {
    format_of(path) == Some(Format::Jsonl)
        && (is_gzip(path) || fs::metadata(path).is_ok_and(|m| m.len() > jsonl::STREAM_BYTES))
}

/// Sends a large JSONL file batch by batch, then its `Loaded`.
fn stream_jsonl(
    path: &Path,
    order: usize,
    tx: &Sender<LoadMsg>,
    gone: &std::sync::atomic::AtomicBool,
) {
    let result = jsonl::stream(path, Work::All, |offset, entries| {
        let sent = tx.send(LoadMsg::Batch {
            order,
            offset,
            entries,
        });
        sent.is_ok()
    });
    let entries = match result {
        Ok(()) => Vec::new(),
        Err(reason) => vec![Entry::Failed {
            src: SourceRef::file(path),
            reason,
        }],
    };
    if tx.send(LoadMsg::Loaded { order, entries }).is_err() {
        gone.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Reads and cleans one file: one entry, or one per line of a `.jsonl` file.
pub fn load_file(path: &Path) -> Vec<Entry> {
    load_file_with(path, Work::All)
}

/// How much of the work on an article to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Work {
    /// Clean and find quotes (the reader).
    All,
    /// Clean only (`presscut clean`): no quote detection.
    CleanOnly,
}

/// [`load_file`], doing only `work`.
pub fn load_file_with(path: &Path, work: Work) -> Vec<Entry> {
    let src = SourceRef::file(path);
    let fail = |reason: String| {
        vec![Entry::Failed {
            src: src.clone(),
            reason,
        }]
    };
    let format = format_of(path);
    let limit = if format == Some(Format::Jsonl) {
        u64::MAX
    } else {
        MAX_ARTICLE_BYTES
    };
    let (bytes, over) = match read_limited(path, limit) {
        Ok(read) => read,
        Err(e) => return fail(io_reason(&e)),
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return fail("empty file".into());
    }
    // Text saved as UTF-16 (Windows' "Unicode"), whose every other byte is
    // a NUL, is text all the same.
    let utf16 = utf16_text(&bytes);
    if utf16.is_none()
        && let Some(kind) = binary_kind(&bytes)
    {
        return fail(format!("binary file ({kind}), not an article"));
    }
    let mut warnings = Vec::new();
    if let Some(over) = over {
        warnings.push(over);
    }
    // A page saved as one file: its HTML part is the page. (A text file
    // that only looks like one is read as text.)
    let named_mhtml = mhtml::is_named(path);
    if utf16.is_none() && (named_mhtml || format != Some(Format::Text)) && mhtml::is_mhtml(&bytes) {
        match mhtml::page(&bytes) {
            Some((html, url)) => {
                let mut cleaned = clean_html(&html);
                cleaned.meta.url = cleaned.meta.url.or(url);
                if cleaned.meta.source.is_none() {
                    cleaned.meta.source = cleaned
                        .meta
                        .url
                        .as_deref()
                        .and_then(crate::clean::meta::url_host);
                }
                return vec![into_entry(src, Format::Html, cleaned, warnings, work)];
            }
            None if named_mhtml => {
                return fail("a saved page (MHTML) with no HTML part".into());
            }
            None => {}
        }
    }
    let text = match utf16 {
        Some(text) => text,
        None => decode(bytes, &mut warnings),
    };
    // What a text file holds decides how it is cleaned: a page's source
    // saved as text is a page, a page turned into Markdown is Markdown.
    let format = match format {
        None | Some(Format::Text) => sniff(&text, format.is_none()),
        Some(f) => f,
    };
    if format == Format::Jsonl {
        return jsonl::load(path, &text, &warnings, work);
    }
    // A news archive's export: many articles in one text file.
    if format == Format::Text && nexis::is_export(&text) {
        return nexis::load(path, &text, &warnings, work);
    }
    let cleaned = match format {
        Format::Html => clean_html(&text),
        Format::Markdown => clean_markdown(&text),
        _ => clean_text(&text, &Meta::default()),
    };
    vec![into_entry(src, format, cleaned, warnings, work)]
}

/// The first `limit` bytes of the file (unpacked, when it is gzipped:
/// whatever its name, a file that starts as gzip does), and a warning when
/// there was more.
fn read_limited(path: &Path, limit: u64) -> std::io::Result<(Vec<u8>, Option<String>)> {
    let file = fs::File::open(path)?;
    let total = file.metadata()?.len();
    let mut file = std::io::BufReader::new(file);
    if is_gzip_data(file.fill_buf()?) {
        let mut bytes = Vec::new();
        open_gzip(file)
            .take(limit.saturating_add(1))
            .read_to_end(&mut bytes)?;
        let over = bytes.len() as u64 > limit;
        bytes.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let warning = over.then(|| {
            format!(
                "file is over {} MB unpacked: only the first {} MB were read",
                limit / 1_000_000,
                limit / 1_000_000
            )
        });
        return Ok((bytes, warning));
    }
    let mut bytes = Vec::with_capacity(total.min(limit) as usize);
    file.take(limit).read_to_end(&mut bytes)?;
    let warning = (total > bytes.len() as u64).then(|| {
        format!(
            "file is {} MB: only the first {} MB were read",
            total / 1_000_000,
            bytes.len() / 1_000_000
        )
    });
    Ok((bytes, warning))
}

/// The format of a file's text. A file named as text is HTML only when it
/// starts as a page does; one with another name, when its first 1024 chars
/// hold a page's tags.
fn sniff(text: &str, unnamed: bool) -> Format {
    let head: String = text.chars().take(1024).collect::<String>().to_lowercase();
    let start = head.trim_start_matches('\u{feff}').trim_start();
    let page = if unnamed {
        head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
    } else {
        start.starts_with("<!doctype html")
            || start.starts_with("<html")
            || (start.starts_with("<?xml") && head.contains("<html"))
    };
    if page {
        Format::Html
    } else if crate::clean::looks_like_markdown(text) {
        Format::Markdown
    } else {
        Format::Text
    }
}

pub(crate) fn into_entry(
    src: SourceRef,
    format: Format,
    cleaned: Cleaned,
    mut warnings: Vec<String>,
    work: Work,
) -> Entry {
    let Cleaned {
        mut meta,
        paragraphs,
        notes,
        rules,
    } = cleaned;
    warnings.extend(notes);
    if paragraphs.is_empty() {
        warnings.push("no article text left after cleaning".into());
    }
    if meta.title.is_empty() {
        meta.title = article_stem(&src.path).unwrap_or_default();
    }
    meta.title = one_line(&meta.title);
    for field in [
        &mut meta.byline,
        &mut meta.date,
        &mut meta.source,
        &mut meta.url,
    ] {
        *field = field.as_deref().map(one_line).filter(|s| !s.is_empty());
    }
    let mut article = Article::new(src, format, meta, paragraphs, warnings);
    if work == Work::All {
        article.quotes = crate::quote::detect(&article.text);
    }
    article.rules = rules
        .into_iter()
        .map(|(r, n)| format!("{r}: {n}"))
        .collect();
    Entry::Article(Box::new(article))
}

mod decode;
mod gzip;
mod jsonl;
mod mhtml;
mod nexis;

use decode::{binary_kind, decode, utf16_text};
pub use gzip::is_gzip;
use gzip::{is_gzip_data, open_gzip};

#[cfg(test)]
mod tests;
