//! The annotations file: one versioned JSON file in the user's data dir that
//! never loses what it holds.
//!
//! - Every change is a read-modify-write under an advisory lock
//!   (`annotations.lock`), re-reading the file first, so two running
//!   presscuts merge their changes instead of overwriting each other's.
//! - Saving writes a temp file in the same directory, fsyncs it, keeps the
//!   previous file as `annotations.json.bak`, renames the temp file over the
//!   old one and fsyncs the directory: a crash leaves the old or the new file.
//! - A file that cannot be parsed (or is from a newer version) is never
//!   written: the store goes read-only and says why.
//! - Fields it does not know are kept.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::annotation::{Annotation, Correction};

pub const FILE_NAME: &str = "annotations.json";
pub const BACKUP_NAME: &str = "annotations.json.bak";
const LOCK_NAME: &str = "annotations.lock";
/// The file format version this build reads and writes.
pub const VERSION: u64 = 1;
/// Environment variable naming the data directory.
pub const DATA_DIR_ENV: &str = "PRESSCUT_DATA_DIR";
/// How long to wait for another presscut to finish saving.
const LOCK_WAIT: Duration = Duration::from_secs(10);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnnotationsFile {
    pub version: u64,
    #[serde(default)]
    pub annotations: Vec<Annotation>,
    /// Corrections of detected quotes (speaker fixed, dismissed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
    /// Top-level fields written by newer versions, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for AnnotationsFile {
    fn default() -> Self {
        Self {
            version: VERSION,
            annotations: Vec::new(),
            corrections: Vec::new(),
            extra: Map::new(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot read it: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "{path}: not a presscut annotations file ({msg}); left untouched, annotations are read-only"
    )]
    Parse { path: String, msg: String },
    #[error(
        "{path}: is empty; left untouched, annotations are read-only (the backup is {BACKUP_NAME})"
    )]
    Empty { path: String },
    #[error(
        "{path}: written by a newer presscut (format {found}, this one knows {VERSION}); annotations are read-only"
    )]
    NewerVersion { path: String, found: u64 },
    #[error("{path}: cannot save: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: another presscut has held the lock for {secs} s; not saved, try again")]
    Locked { path: String, secs: u64 },
    #[error("annotations are read-only: {0}")]
    ReadOnly(String),
}

/// One change to the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// Add, or replace the annotation with the same id.
    Put(Box<Annotation>),
    /// Remove the annotation with this id.
    Delete(String),
    /// Add a quote correction, or replace the one with the same id.
    Correct(Box<Correction>),
}

/// The annotations of one data directory.
#[derive(Debug)]
pub struct Store {
    dir: PathBuf,
    pub file: AnnotationsFile,
    /// Why changes cannot be saved, when they cannot.
    pub read_only: Option<String>,
    /// Modification time of the file when last read or written.
    seen: Option<std::time::SystemTime>,
}

/// The data directory: `$PRESSCUT_DATA_DIR`, else the user's data dir
/// (`~/.local/share/presscut` on Linux).
pub fn default_dir() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(DATA_DIR_ENV) {
        return Some(PathBuf::from(p));
    }
    directories::ProjectDirs::from("", "", "presscut").map(|d| d.data_dir().to_path_buf())
}

fn read(path: &Path) -> Result<Option<AnnotationsFile>, StoreError> {
    let shown = path.display().to_string();
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(StoreError::Read {
                path: shown,
                source: e,
            });
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(StoreError::Empty { path: shown });
    }
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| StoreError::Parse {
        path: shown.clone(),
        msg: e.to_string(),
    })?;
    let found = value
        .get("version")
        .and_then(Value::as_u64)
        .ok_or_else(|| StoreError::Parse {
            path: shown.clone(),
            msg: "no \"version\" number".into(),
        })?;
    if found > VERSION {
        return Err(StoreError::NewerVersion { path: shown, found });
    }
    serde_json::from_value(value)
        .map(Some)
        .map_err(|e| StoreError::Parse {
            path: shown,
            msg: e.to_string(),
        })
}

impl Store {
    /// Opens the store in `dir`. Never fails: a file that cannot be used
    /// makes the store read-only, with the reason in `read_only`.
    pub fn open(dir: &Path) -> Store {
        let path = dir.join(FILE_NAME);
        let (file, read_only) = match read(&path) {
            Ok(file) => (file.unwrap_or_default(), None),
            Err(e) => (AnnotationsFile::default(), Some(e.to_string())),
        };
        let seen = mtime(&path);
        Store {
            dir: dir.to_path_buf(),
            file,
            read_only,
            seen,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    pub fn annotations(&self) -> &[Annotation] {
        &self.file.annotations
    }

    /// Re-reads the file if another presscut saved it since. Returns whether
    /// anything changed.
    pub fn refresh(&mut self) -> Result<bool, StoreError> {
        if self.read_only.is_some() {
            return Ok(false);
        }
        let now = mtime(&self.path());
        if now.is_some() && now == self.seen {
            return Ok(false);
        }
        self.seen = now;
        let file = read(&self.path())?.unwrap_or_default();
        let changed = file != self.file;
        self.file = file;
        Ok(changed)
    }

    /// Applies `ops` to the file as it is on disk now, under the lock, and
    /// saves it atomically. On success `self.file` is what was saved.
    pub fn apply(&mut self, ops: &[Op]) -> Result<(), StoreError> {
        if let Some(why) = &self.read_only {
            return Err(StoreError::ReadOnly(why.clone()));
        }
        let path = self.path();
        let shown = path.display().to_string();
        let write_err = |source| StoreError::Write {
            path: shown.clone(),
            source,
        };
        fs::create_dir_all(&self.dir).map_err(write_err)?;
        let _lock = lock(&self.dir.join(LOCK_NAME), &shown)?;
        let mut file = match read(&path) {
            Ok(f) => f.unwrap_or_default(),
            Err(e) => {
                // Someone else broke the file since we opened it: stop writing.
                self.read_only = Some(e.to_string());
                return Err(e);
            }
        };
        for op in ops {
            match op {
                Op::Put(a) => match file.annotations.iter_mut().find(|x| x.id == a.id) {
                    Some(old) => *old = a.as_ref().clone(),
                    None => file.annotations.push(a.as_ref().clone()),
                },
                Op::Delete(id) => file.annotations.retain(|x| &x.id != id),
                Op::Correct(c) => match file.corrections.iter_mut().find(|x| x.id == c.id) {
                    Some(old) => *old = c.as_ref().clone(),
                    None => file.corrections.push(c.as_ref().clone()),
                },
            }
        }
        write_atomic(&self.dir, &file).map_err(write_err)?;
        self.file = file;
        self.seen = mtime(&path);
        Ok(())
    }
}

fn mtime(path: &Path) -> Option<std::time::SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Holds the advisory lock until dropped.
struct LockGuard(fs::File);

impl Drop for LockGuard {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

fn lock(path: &Path, shown: &str) -> Result<LockGuard, StoreError> {
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|source| StoreError::Write {
            path: shown.to_string(),
            source,
        })?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(LockGuard(file)),
            Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                std::thread::sleep(Duration::from_millis(5));
            }
            Err(fs::TryLockError::WouldBlock) => {
                return Err(StoreError::Locked {
                    path: shown.to_string(),
                    secs: LOCK_WAIT.as_secs(),
                });
            }
            Err(fs::TryLockError::Error(source)) => {
                return Err(StoreError::Write {
                    path: shown.to_string(),
                    source,
                });
            }
        }
    }
}

fn write_atomic(dir: &Path, file: &AnnotationsFile) -> std::io::Result<()> {
    let path = dir.join(FILE_NAME);
    let tmp = dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
    let mut json = serde_json::to_vec_pretty(file).map_err(std::io::Error::other)?;
    json.push(b'\n');
    {
        let mut f = fs::File::create(&tmp)?;
        f.write_all(&json)?;
        f.sync_all()?;
    }
    if path.exists() {
        // The previous version stays as the backup; the main file is never absent.
        let bak = dir.join(BACKUP_NAME);
        let bak_tmp = dir.join(format!(".{BACKUP_NAME}.{}.tmp", std::process::id()));
        fs::copy(&path, &bak_tmp)?;
        fs::File::open(&bak_tmp)?.sync_all()?;
        fs::rename(&bak_tmp, &bak)?;
    }
    fs::rename(&tmp, &path)?;
    fs::File::open(dir)?.sync_all()?;
    Ok(())
}
