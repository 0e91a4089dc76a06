//! Loading a large library: time to the first article and to the full list,
//! on a library made by `examples/gen_library.rs` (run it first):
//!
//! `cargo run --release --example gen_library -- /tmp/lib 10000`
//! `cargo bench --bench library -- /tmp/lib`
//!
//! Skips (exit 0) when the library is absent.

use std::path::PathBuf;
use std::time::Instant;

use presscut::library::{LoadMsg, load_in_background};

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
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
    for round in ["cold-ish", "warm"] {
        let start = Instant::now();
        let rx = load_in_background(vec![dir.clone()]);
        let (mut first, mut found, mut entries, mut files) = (None, None, 0usize, 0usize);
        for msg in rx {
            match msg {
                LoadMsg::Found { files: n, .. } => {
                    found = Some(start.elapsed());
                    files = n;
                }
                LoadMsg::Loaded { entries: e, .. } => {
                    first.get_or_insert(start.elapsed());
                    entries += e.len();
                }
                LoadMsg::Done => break,
            }
        }
        let all = start.elapsed();
        println!(
            "{round}: {files} files, {entries} entries · walk {:.0} ms · first article {:.0} ms · full list {:.0} ms",
            found.unwrap_or_default().as_secs_f64() * 1e3,
            first.unwrap_or_default().as_secs_f64() * 1e3,
            all.as_secs_f64() * 1e3
        );
    }
}
