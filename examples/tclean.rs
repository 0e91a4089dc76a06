fn main() {
    let raw = std::fs::read_to_string("/tmp/big.txt").unwrap();
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let c = presscut::clean::clean_text(&raw, &presscut::article::Meta::default());
        let t1 = t.elapsed();
        let text = c.paragraphs.join("\n");
        let t = std::time::Instant::now();
        let q = presscut::quote::detect(&text);
        println!(
            "clean {:?} detect {:?} ({} quotes)",
            t1,
            t.elapsed(),
            q.len()
        );
    }
}
