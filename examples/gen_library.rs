//! Writes a synthetic library for benchmarks: N article files (txt, html, md,
//! in nested folders) and one JSONL corpus, with boilerplate and quotes.
//! Deterministic: the same N gives the same files.
//!
//! `cargo run --release --example gen_library -- DIR N [JSONL_LINES]`

use std::fmt::Write as _;
use std::path::Path;

/// A small deterministic generator (64-bit LCG); no dependency needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() as usize) % xs.len()]
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next() as usize) % (hi - lo + 1)
    }
}

const OUTLETS: &[&str] = &[
    "The Harbor Gazette",
    "Northwind Ledger",
    "Valley Wire",
    "Tidewater Tribune",
    "Coastline Courier",
    "Riverside Daily Post",
];
const FIRST: &[&str] = &[
    "Ines", "Bram", "Odile", "Femi", "Priya", "Jonas", "Marta", "Rafe", "Selma", "Tomasz",
    "Hollis", "Renata",
];
const LAST: &[&str] = &[
    "Calloway",
    "Oduya",
    "Brun",
    "Adeyemi",
    "Castell",
    "Lindahl",
    "Quinlan",
    "Ostrander",
    "Varga",
    "Szabo",
    "Keller",
    "Moreau",
];
const SUBJECTS: &[&str] = &[
    "The council",
    "The harbour board",
    "The county",
    "The school district",
    "The health board",
    "The water company",
    "The ferry operator",
    "Residents",
];
const VERBS: &[&str] = &[
    "voted to keep",
    "agreed to review",
    "refused to close",
    "plans to expand",
    "delayed a decision on",
    "promised to fund",
];
const OBJECTS: &[&str] = &[
    "the night ferry",
    "the library's Sunday hours",
    "the coastal path",
    "the walk-in clinic",
    "the old pier",
    "the bus to the hospital",
];
const TAILS: &[&str] = &[
    "after a long meeting on Tuesday",
    "despite objections from shop owners",
    "until the end of the year",
    "for a trial of six months",
    "after a petition signed by thousands",
];
const QUOTES: &[&str] = &[
    "We heard every one of you tonight",
    "This is a good result for this winter and a bad one for the next ten years",
    "Nobody asked the people who actually use it",
    "The money is there and the work starts in June",
    "I was already looking at flats on the other side of the water",
];
const MENU: &[&str] = &[
    "Home | News | Sport | Opinion | Weather",
    "Share this articleComments",
    "Listen Live",
    "Sign in",
    "Subscribe",
    "ADVERTISEMENT",
];

fn sentence(r: &mut Rng) -> String {
    format!(
        "{} {} {} {}.",
        r.pick(SUBJECTS),
        r.pick(VERBS),
        r.pick(OBJECTS),
        r.pick(TAILS)
    )
}

fn article(r: &mut Rng, i: usize) -> (String, String, Vec<String>) {
    let title = format!(
        "{} {} {} (story {i})",
        r.pick(SUBJECTS),
        r.pick(VERBS),
        r.pick(OBJECTS)
    );
    let outlet = r.pick(OUTLETS).to_string();
    let mut paras = Vec::new();
    for _ in 0..r.range(7, 24) {
        let mut p = String::new();
        for _ in 0..r.range(1, 4) {
            p.push_str(&sentence(r));
            p.push(' ');
        }
        paras.push(p.trim().to_string());
        if r.range(0, 2) == 0 {
            let who = format!("{} {}", r.pick(FIRST), r.pick(LAST));
            paras.push(format!(
                "“{},” said {who}. “{}.”",
                r.pick(QUOTES),
                r.pick(QUOTES)
            ));
        }
    }
    (title, outlet, paras)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(n)) = (
        args.get(1),
        args.get(2).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: gen_library DIR N [JSONL_LINES]");
        std::process::exit(2);
    };
    let jsonl_lines: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(n / 10);
    let root = Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(root) {
        eprintln!("gen_library: {}: {e}", root.display());
        std::process::exit(1);
    }
    let mut r = Rng(42);
    let mut bytes = 0usize;
    for i in 0..n {
        let (title, outlet, paras) = article(&mut r, i);
        let folder = root.join(format!("{:03}", i / 500));
        if let Err(e) = std::fs::create_dir_all(&folder) {
            eprintln!("gen_library: {}: {e}", folder.display());
            std::process::exit(1);
        }
        let (name, body) = match i % 3 {
            0 => {
                let mut s = String::new();
                for m in MENU {
                    let _ = writeln!(s, "{m}");
                }
                let _ = writeln!(
                    s,
                    "{title}\n{title}\nBy {} {}\nPublished March {}, 2026",
                    r.pick(FIRST),
                    r.pick(LAST),
                    r.range(1, 28)
                );
                for p in &paras {
                    let _ = writeln!(s, "{p}");
                }
                let _ = writeln!(
                    s,
                    "You might also like\nFerry fares rise again\nSeals return to the pier\n© 2026 {outlet}"
                );
                (format!("a{i}.txt"), s)
            }
            1 => {
                let body: String = paras.iter().map(|p| format!("<p>{p}</p>\n")).collect();
                let s = format!(
                    "<!doctype html><html><head><title>{title} | {outlet}</title><meta property=\"og:site_name\" content=\"{outlet}\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>{title}</h1>\n{body}</article><aside><h2>Related</h2><ul><li>Other story</li></ul></aside><footer>© 2026 {outlet}</footer></body></html>\n"
                );
                (format!("a{i}.html"), s)
            }
            _ => {
                let s = format!(
                    "---\ntitle: \"{title}\"\noutlet: {outlet}\ndate: 2026-03-{:02}\n---\n\n{}\n",
                    r.range(1, 28),
                    paras.join("\n\n")
                );
                (format!("a{i}.md"), s)
            }
        };
        bytes += body.len();
        if let Err(e) = std::fs::write(folder.join(name), body) {
            eprintln!("gen_library: {e}");
            std::process::exit(1);
        }
    }
    if jsonl_lines > 0 {
        use std::io::Write as _;
        let written = (|| -> std::io::Result<usize> {
            let mut out =
                std::io::BufWriter::new(std::fs::File::create(root.join("corpus.jsonl"))?);
            let mut bytes = 0;
            for i in 0..jsonl_lines {
                let (title, outlet, paras) = article(&mut r, n + i);
                let rec = serde_json::json!({"title": title, "source": outlet, "date": "2026-04-01", "text": paras.join("\n")});
                let line = rec.to_string();
                bytes += line.len() + 1;
                writeln!(out, "{line}")?;
            }
            out.flush()?;
            Ok(bytes)
        })();
        match written {
            Ok(b) => bytes += b,
            Err(e) => {
                eprintln!("gen_library: {e}");
                std::process::exit(1);
            }
        }
    }
    println!(
        "wrote {n} files and {jsonl_lines} JSONL records ({:.1} MB) to {}",
        bytes as f64 / 1e6,
        root.display()
    );
}
