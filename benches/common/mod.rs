//! Shared by the benchmarks: a large scraped article built from the samples.

/// About `bytes` of scraped text: the sample articles repeated, each copy's
/// long lines made distinct so the duplicate filter keeps them.
pub fn big_scraped_article(bytes: usize) -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    let mut seed = String::new();
    for name in [
        "harbor-gazette-night-ferry.txt",
        "riverside-post-mill-closure.txt",
        "tidewater-tribune-clinic.txt",
    ] {
        seed.push_str(&std::fs::read_to_string(dir.join(name)).unwrap_or_default());
    }
    let mut out = String::new();
    let mut i = 0;
    while out.len() < bytes {
        for line in seed.lines() {
            out.push_str(line);
            if line.len() > 60 {
                out.push_str(&format!(" (part {i})"));
            }
            out.push('\n');
        }
        i += 1;
    }
    out
}
