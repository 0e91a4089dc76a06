//! The index cache: what loading a library produced, kept in the user's
//! cache dir so that the next start reads it back instead of cleaning and
//! finding quotes again.
//!
//! One file per set of library roots, keyed by each article file's path,
//! size and modification time. Layout: a header line naming the format; one
//! record line per file, `size \t mtime_ns \t "path" \t [entries]` (JSON
//! strings never hold a raw tab); then a key table, one line per record
//! (`size \t mtime_ns \t offset \t length \t "path"`); then a last line
//! `keys <offset of the table>`. Opening reads only the header and the key
//! table; each record is read when its file is loaded, by the worker that
//! loads it. Another format, a version from another build, or any unreadable
//! part just means "not cached". The file is replaced whole (temporary file,
//! then rename), so a crash or a second presscut never leaves half an index.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use crate::article::{Article, Entry, Format, Meta, SourceRef};
use crate::quote::Quote;
use crate::words::FxHashMap;

/// The first line of an index: the format, the version, and the build that
/// wrote it (its executable's size and modification time), so that a new
/// build, whose cleaning or quote finding may differ, cleans again rather
/// than show what an older one made.
fn header() -> &'static str {
    static HEADER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HEADER.get_or_init(|| {
        let build = std::env::current_exe()
            .and_then(fs::metadata)
            .map(|m| {
                let mtime = m
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_nanos());
                format!("{} {mtime}", m.len())
            })
            .unwrap_or_default();
        format!("presscut-index 1 {} {build}", env!("CARGO_PKG_VERSION"))
    })
}
/// Files whose record would be larger than this are not cached (a large
/// JSONL corpus is cheaper to read again than to copy into the cache).
pub const MAX_RECORD_BYTES: usize = 64 << 20;

/// A file's identity for the cache: size and modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    pub size: u64,
    pub mtime_ns: u128,
}

impl Stamp {
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = fs::metadata(path).ok()?;
        let mtime_ns = meta
            .modified()
            .ok()?
            .duration_since(UNIX_EPOCH)
            .ok()?
            .as_nanos();
        Some(Stamp {
            size: meta.len(),
            mtime_ns,
        })
    }
}

#[derive(Serialize, Deserialize)]
enum Cached {
    Article {
        src: SourceRef,
        format: Format,
        meta: Meta,
        paragraphs: Vec<String>,
        warnings: Vec<String>,
        quotes: Vec<Quote>,
        rules: Vec<String>,
    },
    Failed {
        src: SourceRef,
        reason: String,
    },
}

#[derive(Serialize)]
enum CachedRef<'a> {
    Article {
        src: &'a SourceRef,
        format: Format,
        meta: &'a Meta,
        paragraphs: Vec<&'a str>,
        warnings: &'a [String],
        quotes: &'a [Quote],
        rules: &'a [String],
    },
    Failed {
        src: &'a SourceRef,
        reason: &'a str,
    },
}

/// Overrides the cache directory.
pub const CACHE_DIR_ENV: &str = "PRESSCUT_CACHE_DIR";

/// Where the cache lives: `$PRESSCUT_CACHE_DIR`; else, when the data
/// directory was chosen by hand (`--data-dir`, `$PRESSCUT_DATA_DIR`), its
/// `cache` folder, so a session with its own data shares nothing; else the
/// user's cache dir (`~/.cache/presscut` on Linux).
pub fn default_dir(chosen_data_dir: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(CACHE_DIR_ENV) {
        return Some(PathBuf::from(p));
    }
    if let Some(d) = chosen_data_dir {
        return Some(d.join("cache"));
    }
    directories::ProjectDirs::from("", "", "presscut").map(|d| d.cache_dir().to_path_buf())
}

/// The cache file for a set of library roots, inside `cache_dir`.
pub fn file_for(cache_dir: &Path, roots: &[PathBuf]) -> PathBuf {
    let mut key = String::new();
    for r in roots {
        let r = fs::canonicalize(r).unwrap_or_else(|_| r.clone());
        key.push_str(&r.to_string_lossy());
        key.push('\n');
    }
    cache_dir.join(format!(
        "index-{:016x}.tsv",
        xxhash_rust::xxh3::xxh3_64(key.as_bytes())
    ))
}

/// An index opened from disk: where each file's record is.
#[derive(Default)]
pub struct Index {
    file: Option<fs::File>,
    records: FxHashMap<PathBuf, (Stamp, u64, usize)>,
}

/// The key table's offset, from the last line of the file.
fn keys_offset(file: &fs::File, len: u64) -> Option<u64> {
    let tail_len = len.min(64);
    let mut tail = vec![0; tail_len as usize];
    read_at(file, &mut tail, len - tail_len).ok()?;
    let tail = std::str::from_utf8(&tail).ok()?;
    let last = tail.trim_end_matches('\n').rsplit('\n').next()?;
    last.strip_prefix("keys ")?.parse().ok()
}

#[cfg(unix)]
fn read_at(file: &fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
}

#[cfg(not(unix))]
fn read_at(file: &fs::File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    use std::io::{Read, Seek, SeekFrom};
    // Not shared between threads on these systems: a clone has its own cursor
    // only on some, so read through a fresh handle.
    let mut f = file.try_clone()?;
    f.seek(SeekFrom::Start(offset))?;
    f.read_exact(buf)
}

impl Index {
    /// Opens the index at `file`; missing, another format or unreadable
    /// means empty.
    pub fn read(path: &Path) -> Index {
        Self::try_read(path).unwrap_or_default()
    }

    fn try_read(path: &Path) -> Option<Index> {
        let file = fs::File::open(path).ok()?;
        let len = file.metadata().ok()?.len();
        let mut head = vec![0; header().len() + 1];
        read_at(&file, &mut head, 0).ok()?;
        if head != format!("{}\n", header()).as_bytes() {
            return None;
        }
        let start = keys_offset(&file, len)?;
        let mut table = vec![0; usize::try_from(len.checked_sub(start)?).ok()?];
        read_at(&file, &mut table, start).ok()?;
        let table = String::from_utf8(table).ok()?;
        let mut records = FxHashMap::default();
        for line in table.lines() {
            let mut parts = line.splitn(5, '\t');
            let (Some(size), Some(mtime), Some(offset), Some(length), Some(p)) = (
                parts.next(),
                parts.next(),
                parts.next(),
                parts.next(),
                parts.next(),
            ) else {
                continue;
            };
            let (Ok(size), Ok(mtime_ns), Ok(offset), Ok(length), Ok(p)) = (
                size.parse(),
                mtime.parse(),
                offset.parse::<u64>(),
                length.parse::<usize>(),
                serde_json::from_str::<PathBuf>(p),
            ) else {
                continue;
            };
            if offset
                .checked_add(length as u64)
                .is_some_and(|end| end <= start)
            {
                records.insert(p, (Stamp { size, mtime_ns }, offset, length));
            }
        }
        Some(Index {
            file: Some(file),
            records,
        })
    }

    pub fn len(&self) -> usize {
        self.records.len()
    }

    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The stored line for `path` when its stamp still matches (and the
    /// line really is that file's).
    pub fn line(&self, path: &Path, stamp: Stamp) -> Option<String> {
        let (s, offset, length) = self.records.get(path)?;
        if *s != stamp {
            return None;
        }
        let mut buf = vec![0; *length];
        read_at(self.file.as_ref()?, &mut buf, *offset).ok()?;
        let line = String::from_utf8(buf).ok()?;
        let prefix = format!(
            "{}\t{}\t{}\t",
            stamp.size,
            stamp.mtime_ns,
            serde_json::to_string(path).ok()?
        );
        (line.starts_with(&prefix) && line.ends_with('\n')).then_some(line)
    }

    /// The entries stored for `path` when its stamp still matches.
    pub fn entries(&self, path: &Path, stamp: Stamp) -> Option<Vec<Entry>> {
        entries_of(&self.line(path, stamp)?)
    }
}

/// The entries of one stored line (`None` if it does not parse).
fn entries_of(line: &str) -> Option<Vec<Entry>> {
    let json = line.trim_end_matches('\n').splitn(4, '\t').nth(3)?;
    let cached: Vec<Cached> = serde_json::from_str(json).ok()?;
    Some(cached.into_iter().map(into_entry).collect())
}

fn into_entry(c: Cached) -> Entry {
    match c {
        Cached::Article {
            src,
            format,
            meta,
            paragraphs,
            warnings,
            quotes,
            rules,
        } => {
            let mut a = Article::new(src, format, meta, paragraphs, warnings);
            a.quotes = quotes;
            a.rules = rules;
            Entry::Article(Box::new(a))
        }
        Cached::Failed { src, reason } => Entry::Failed { src, reason },
    }
}

/// The index line for one file, or `None` when it should not be cached
/// (nothing read from it, or too large).
pub fn line_for(path: &Path, stamp: Stamp, entries: &[Entry]) -> Option<String> {
    if !entries.iter().any(|e| e.article().is_some()) {
        return None;
    }
    let cached: Vec<CachedRef> = entries
        .iter()
        .map(|e| match e {
            Entry::Article(a) => CachedRef::Article {
                src: &a.src,
                format: a.format,
                meta: &a.meta,
                paragraphs: a.paragraphs().collect(),
                warnings: &a.warnings,
                quotes: &a.quotes,
                rules: &a.rules,
            },
            Entry::Failed { src, reason } => CachedRef::Failed { src, reason },
        })
        .collect();
    let json = serde_json::to_string(&cached).ok()?;
    let path = serde_json::to_string(path).ok()?;
    let line = format!("{}\t{}\t{path}\t{json}\n", stamp.size, stamp.mtime_ns);
    (line.len() <= MAX_RECORD_BYTES).then_some(line)
}

/// Writes a new index holding `lines` (from [`line_for`] or [`Index::line`]).
pub fn write(file: &Path, lines: &[&str]) -> std::io::Result<()> {
    if let Some(dir) = file.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = file.with_extension(format!("tmp{}", std::process::id()));
    remove_stale_temps(file);
    let result = (|| {
        let mut out = std::io::BufWriter::new(fs::File::create(&tmp)?);
        writeln!(out, "{}", header())?;
        let mut at = header().len() as u64 + 1;
        let mut table = String::new();
        for line in lines {
            let mut parts = line.splitn(4, '\t');
            let (Some(size), Some(mtime), Some(p)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            out.write_all(line.as_bytes())?;
            table.push_str(&format!("{size}\t{mtime}\t{at}\t{}\t{p}\n", line.len()));
            at += line.len() as u64;
        }
        out.write_all(table.as_bytes())?;
        writeln!(out, "keys {at}")?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        fs::rename(&tmp, file)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Temporary files left by a presscut that quit while writing this index.
fn remove_stale_temps(file: &Path) {
    let (Some(dir), Some(stem)) = (file.parent(), file.file_stem()) else {
        return;
    };
    let prefix = format!("{}.tmp", stem.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        if e.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests;
