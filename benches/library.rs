//! Loading a large library: time to the first article and to the full list,
//! on a library made by `examples/gen_library.rs` (run it first):
//!
//! `cargo run --release --example gen_library -- /tmp/lib 10000`
//! `cargo bench --bench library -- /tmp/lib`
//!
//! With a second argument, a large JSONL corpus is loaded too (kept in
//! memory, as the app does) and the peak memory is printed next to its size:
//!
//! `cargo run --release --example gen_library -- /tmp/corpus 0 100000`
//! `cargo bench --bench library -- /tmp/lib /tmp/corpus/corpus.jsonl`
//!
//! Skips (exit 0) when the library is absent.

use std::path::PathBuf;
use std::sync::mpsc::TryRecvError;
use std::time::Instant;

use presscut::library::{LoadMsg, load_in_background_cached};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    if let Some(jsonl) = args.get(1) {
        corpus(std::path::Path::new(jsonl));
    }
    let dir = args
        .first()
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("PRESSCUT_BENCH_LIBRARY").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("/tmp/presscut-bench-library"));
    if !dir.is_dir() {
        println!(
            "library bench: no library at {} (make one with the gen_library example); skipped",
            dir.display()
        );
        return;
    }
    let cache_dir =
        std::env::temp_dir().join(format!("presscut-bench-cache-{}", std::process::id()));
    let cache = presscut::index_cache::file_for(&cache_dir, std::slice::from_ref(&dir));
    let _ = std::fs::remove_file(&cache);
    for (round, cache) in [
        ("no cache", None),
        ("first start (writes the index)", Some(cache.clone())),
        ("second start (index cache)", Some(cache.clone())),
    ] {
        if let Some(cache) = cache.as_ref().filter(|_| round.starts_with("second")) {
            // The first round's loader writes the index after Done.
            for _ in 0..600 {
                if !presscut::index_cache::Index::read(cache).is_empty() {
                    break;
                }
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        }
        let start = Instant::now();
        let rx = load_in_background_cached(vec![dir.clone()], cache);
        let (mut first, mut found, mut files) = (None, None, 0usize);
        // As the app does: keep every entry, and take the messages in once
        // per tick (30 ms while loading) rather than waking on each one.
        let mut kept = Vec::new();
        let mut done = false;
        while !done {
            loop {
                match rx.try_recv() {
                    Ok(LoadMsg::Found { files: n, .. }) => {
                        found = Some(start.elapsed());
                        files = n;
                    }
                    Ok(LoadMsg::Loaded { entries: e, .. } | LoadMsg::Batch { entries: e, .. }) => {
                        first.get_or_insert(start.elapsed());
                        kept.extend(e);
                    }
                    Ok(LoadMsg::Done) | Err(TryRecvError::Disconnected) => {
                        done = true;
                        break;
                    }
                    Err(TryRecvError::Empty) => break,
                }
            }
            if !done {
                std::thread::sleep(std::time::Duration::from_millis(if first.is_some() {
                    30
                } else {
                    1
                }));
            }
        }
        let entries = kept.len();
        let all = start.elapsed();
        println!(
            "{round}: {files} files, {entries} entries · walk {:.0} ms · first article {:.0} ms · full list {:.0} ms",
            found.unwrap_or_default().as_secs_f64() * 1e3,
            first.unwrap_or_default().as_secs_f64() * 1e3,
            all.as_secs_f64() * 1e3
        );
    }
    let _ = std::fs::remove_dir_all(&cache_dir);
}

/// Peak resident memory of this process, from /proc (Linux), in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Loads one large JSONL file as the app does and keeps every entry.
fn corpus(path: &std::path::Path) {
    let Ok(meta) = std::fs::metadata(path) else {
        println!("library bench: no corpus at {}; skipped", path.display());
        return;
    };
    let before = peak_rss().unwrap_or(0);
    let start = Instant::now();
    let mut kept = Vec::new();
    let mut first = None;
    for msg in load_in_background_cached(vec![path.to_path_buf()], None) {
        match msg {
            LoadMsg::Loaded { entries, .. } | LoadMsg::Batch { entries, .. } => {
                if !entries.is_empty() {
                    first.get_or_insert(start.elapsed());
                }
                kept.extend(entries);
            }
            LoadMsg::Found { .. } => {}
            LoadMsg::Done => break,
        }
    }
    let all = start.elapsed();
    let peak = peak_rss().unwrap_or(0);
    let size = meta.len() as f64;
    println!(
        "jsonl: {:.0} MB, {} entries · first rows {:.0} ms · all {:.1} s · peak memory {:.0} MB ({:.2}x the file; {:.0} MB before)",
        size / 1e6,
        kept.len(),
        first.unwrap_or_default().as_secs_f64() * 1e3,
        all.as_secs_f64(),
        peak as f64 / 1e6,
        peak as f64 / size,
        before as f64 / 1e6
    );
}
