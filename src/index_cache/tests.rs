use super::*;
use crate::library::{LoadMsg, load_in_background_cached};

fn load(paths: &[PathBuf], cache: &Path) -> Vec<Entry> {
    let mut got: Vec<(usize, Vec<Entry>)> = Vec::new();
    // Read to the channel's end, not just to Done: the loader writes the
    // index after Done and drops its sender when that is finished.
    for msg in load_in_background_cached(paths.to_vec(), Some(cache.to_path_buf())) {
        if let LoadMsg::Loaded { order, entries } = msg {
            got.push((order, entries));
        }
    }
    got.sort_by_key(|(o, _)| *o);
    got.into_iter().flat_map(|(_, e)| e).collect()
}

/// Waits for the loader's thread to write the index (it does so after Done).
fn wait_for(file: &Path, pred: impl Fn(&Index) -> bool) -> Index {
    for _ in 0..500 {
        let index = Index::read(file);
        if pred(&index) {
            return index;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("index never written as expected");
}

fn write_article(dir: &Path, name: &str, body: &str) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, body).unwrap();
    p
}

/// A library folder with these articles, an empty cache folder, and the
/// library's roots and index file.
struct Fixture {
    lib: tempfile::TempDir,
    cache_dir: tempfile::TempDir,
    roots: Vec<PathBuf>,
    file: PathBuf,
}

fn library(articles: &[(&str, &str)]) -> Fixture {
    let lib = tempfile::tempdir().unwrap();
    let cache_dir = tempfile::tempdir().unwrap();
    for (name, body) in articles {
        write_article(lib.path(), name, body);
    }
    let roots = vec![lib.path().to_path_buf()];
    let file = file_for(cache_dir.path(), &roots);
    Fixture {
        lib,
        cache_dir,
        roots,
        file,
    }
}

const ARTICLE: &str = "Harbour board delays the dredging\n\nThe harbour board put off the dredging of the north channel on Monday, saying the bids were too high.\n\n“We will not pay twice what it is worth,” said Ines Calloway, who chairs the board.\n";

#[test]
fn second_load_reads_the_index_and_gives_the_same_entries() {
    let fx = library(&[
        ("a.txt", ARTICLE),
        ("b.txt", &ARTICLE.replace("Monday", "Friday")),
    ]);
    fs::write(fx.lib.path().join("empty.txt"), "").unwrap();
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    let first = load(&roots, &file);
    let index = wait_for(&file, |i| i.len() == 2);
    assert!(index.records.keys().all(|p| !p.ends_with("empty.txt")));
    let second = load(&roots, &file);
    assert_eq!(first, second, "cached entries equal freshly cleaned ones");
    let a = second.iter().find_map(Entry::article).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Ines Calloway"));
}

#[test]
fn a_changed_file_is_cleaned_again() {
    let fx = library(&[("a.txt", ARTICLE)]);
    let p = fx.lib.path().join("a.txt");
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    load(&roots, &file);
    let old = wait_for(&file, |i| i.len() == 1);
    let old_stamp = old.records.values().next().unwrap().0;
    // Another size and (on any file system) another stamp.
    fs::write(
        &p,
        ARTICLE.replace("too high", "far too high for the board"),
    )
    .unwrap();
    let entries = load(&roots, &file);
    let a = entries[0].article().unwrap();
    assert!(a.text.contains("far too high"), "{}", a.text);
    wait_for(&file, |i| {
        i.records
            .values()
            .next()
            .is_some_and(|(s, _, _)| *s != old_stamp)
    });
}

#[test]
fn a_broken_or_foreign_index_is_ignored_and_replaced() {
    let fx = library(&[("a.txt", ARTICLE)]);
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    for junk in [
        "not an index\n".to_string(),
        format!("{}\n12\tx\t\"a\"\t[]\n", header()),
        format!("{}\n", header()),
        format!("{}\nkeys 999999\n", header()),
        format!(
            "{}\n1\t2\t0\t99999\t\"/x\"\nkeys {}\n",
            header(),
            header().len() + 1
        ),
    ] {
        fs::write(&file, &junk).unwrap();
        let entries = load(&roots, &file);
        assert_eq!(entries.len(), 1);
        assert!(entries[0].article().is_some());
        wait_for(&file, |i| i.len() == 1);
    }
    // A record whose JSON is damaged is a miss, not an error.
    let text = fs::read_to_string(&file).unwrap();
    // Same length: the key table still points at the record, which no
    // longer parses.
    let damaged = text.replace("\"paragraphs\"", "\"paragraphz\"");
    fs::write(&file, damaged).unwrap();
    let entries = load(&roots, &file);
    assert!(
        entries[0]
            .article()
            .is_some_and(|a| a.text.contains("dredging"))
    );
}

#[test]
fn a_removed_file_leaves_the_index() {
    let fx = library(&[
        ("a.txt", ARTICLE),
        ("b.txt", &ARTICLE.replace("Monday", "Friday")),
    ]);
    let b = fx.lib.path().join("b.txt");
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    load(&roots, &file);
    wait_for(&file, |i| i.len() == 2);
    fs::remove_file(b).unwrap();
    assert_eq!(load(&roots, &file).len(), 1);
    wait_for(&file, |i| i.len() == 1);
}

#[test]
fn temporary_files_of_an_interrupted_write_are_cleared() {
    let fx = library(&[("a.txt", ARTICLE)]);
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    let stale = file.with_extension("tmp999999");
    fs::write(&stale, "half an index").unwrap();
    let other = fx.cache_dir.path().join("index-other.tmp1");
    fs::write(&other, "another library's").unwrap();
    load(&roots, &file);
    wait_for(&file, |i| i.len() == 1);
    assert!(!stale.exists(), "the stale temp file is gone");
    assert!(other.exists(), "other indexes' files are left alone");
}

#[test]
fn an_unchanged_library_with_a_bad_file_does_not_rewrite_the_index() {
    let fx = library(&[("a.txt", ARTICLE)]);
    fs::write(fx.lib.path().join("empty.txt"), "").unwrap();
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    load(&roots, &file);
    wait_for(&file, |i| i.len() == 1);
    let written = fs::metadata(&file).unwrap().modified().unwrap();
    // Two more starts (each load returns once the loader has finished).
    load(&roots, &file);
    load(&roots, &file);
    assert_eq!(fs::metadata(&file).unwrap().modified().unwrap(), written);
}

#[test]
fn roots_name_their_own_cache_file() {
    let d = Path::new("/cache");
    let a = file_for(d, &[PathBuf::from("/lib/one")]);
    let b = file_for(d, &[PathBuf::from("/lib/two")]);
    assert_ne!(a, b);
    assert_eq!(a, file_for(d, &[PathBuf::from("/lib/one")]));
}

#[test]
fn a_key_pointing_at_another_files_record_is_a_miss() {
    let fx = library(&[
        ("a.txt", ARTICLE),
        ("b.txt", &ARTICLE.replace("Monday", "Friday")),
    ]);
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    load(&roots, &file);
    wait_for(&file, |i| i.len() == 2);
    // Swap the two paths in the key table (same length, so offsets hold).
    let text = fs::read_to_string(&file).unwrap();
    let table_at: usize = text.lines().last().unwrap()[5..].parse().unwrap();
    let (records, table) = text.split_at(table_at);
    let swapped = table
        .replace("a.txt", "@.txt")
        .replace("b.txt", "a.txt")
        .replace("@.txt", "b.txt");
    fs::write(&file, format!("{records}{swapped}")).unwrap();
    let entries = load(&roots, &file);
    let text_of = |name: &str| {
        entries
            .iter()
            .filter_map(Entry::article)
            .find(|a| a.src.path.ends_with(name))
            .map(|a| a.text.clone())
            .unwrap()
    };
    assert!(text_of("a.txt").contains("Monday"));
    assert!(text_of("b.txt").contains("Friday"));
}

#[test]
fn an_index_from_another_build_is_not_read() {
    let fx = library(&[("a.txt", ARTICLE)]);
    let (roots, file) = (fx.roots.clone(), fx.file.clone());
    load(&roots, &file);
    wait_for(&file, |i| i.len() == 1);
    assert!(header().starts_with("presscut-index 1 "));
    // The same index, as another build (another executable) wrote it.
    let written = fs::read_to_string(&file).unwrap();
    let (_, rest) = written.split_once('\n').unwrap();
    // Its last digit changed: the same length, so only the build differs.
    let mut other = header().to_string();
    let last = if other.ends_with('1') { "2" } else { "1" };
    other.replace_range(other.len() - 1.., last);
    assert_ne!(other, header());
    fs::write(&file, format!("{other}\n{rest}")).unwrap();
    assert_eq!(
        Index::read(&file).len(),
        0,
        "another build's index is no cache"
    );
    assert_eq!(Index::read(&file).len(), 0);
    // Loading cleans again and writes this build's index.
    let entries = load(&roots, &file);
    assert_eq!(entries.len(), 1);
    wait_for(&file, |i| i.len() == 1);
    assert!(fs::read_to_string(&file).unwrap().starts_with(header()));
}
