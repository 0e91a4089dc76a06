//! Reader speed: loading the sample library, cleaning, laying out and drawing
//! a large article. Prints figures; no timing is asserted.
//!
//! `cargo bench --bench reader`

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use presscut::article::Meta;
use presscut::clean::clean_text;
use presscut::config::Config;
use presscut::library;
use presscut::tui::action::Action;
use presscut::tui::app::App;
use presscut::tui::text_layout::TextLayout;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

mod common;

fn time<T>(runs: u32, mut f: impl FnMut() -> T) -> Duration {
    let start = Instant::now();
    for _ in 0..runs {
        black_box(f());
    }
    start.elapsed() / runs
}

fn main() {
    let samples = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    println!("| what | time |");
    println!("|---|---|");
    let load = time(20, || library::load(std::slice::from_ref(&samples)));
    println!(
        "| load + clean the sample library (9 files, 11 articles) | {:.2} ms |",
        load.as_secs_f64() * 1e3
    );

    let raw = common::big_scraped_article(1_000_000);
    let mb = raw.len() as f64 / 1e6;
    let clean = time(10, || clean_text(&raw, &Meta::default()));
    println!(
        "| clean a {mb:.1} MB scraped article | {:.2} ms ({:.0} MB/s) |",
        clean.as_secs_f64() * 1e3,
        mb / clean.as_secs_f64()
    );

    let cleaned = clean_text(&raw, &Meta::default());
    let article = presscut::article::Article::new(
        presscut::article::SourceRef::file("big.txt"),
        presscut::article::Format::Text,
        cleaned.meta,
        cleaned.paragraphs,
        Vec::new(),
    );
    let layout = time(10, || TextLayout::new(&article, 96));
    println!(
        "| lay out that article at 96 columns | {:.2} ms |",
        layout.as_secs_f64() * 1e3
    );

    let mut app = App::new(&Config::default(), true, Vec::new())
        .with_entries(vec![presscut::article::Entry::Article(Box::new(article))]);
    app.update(Action::Resize(160, 50));
    app.update(Action::Open);
    for _ in 0..500 {
        app.update(Action::PageDown);
    }
    let mut terminal = match Terminal::new(TestBackend::new(160, 50)) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("bench: {e}");
            return;
        }
    };
    let frame = time(200, || {
        terminal.draw(|f| presscut::tui::draw(f, &app)).map(|_| ())
    });
    println!(
        "| draw one frame (160x50, mid-article) | {:.3} ms |",
        frame.as_secs_f64() * 1e3
    );
    let key = time(200, || {
        app.update(Action::Down);
        terminal.draw(|f| presscut::tui::draw(f, &app)).map(|_| ())
    });
    println!(
        "| key (scroll) to frame | {:.3} ms |",
        key.as_secs_f64() * 1e3
    );
}
