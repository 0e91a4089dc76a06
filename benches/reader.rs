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

/// The median and the best of `runs` timed calls: the median is what a
/// user meets, the best what the code costs when this machine's other
/// guests leave it alone.
fn spread<T>(runs: u32, mut f: impl FnMut() -> T) -> (Duration, Duration) {
    let mut v: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    v.sort();
    (v[v.len() / 2], v[0])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
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
    let (clean, clean_best) = spread(15, || clean_text(&raw, &Meta::default()));
    println!(
        "| clean a {mb:.1} MB scraped article | {:.2} ms ({:.0} MB/s), median of 15; best {:.2} ms |",
        ms(clean),
        mb / clean.as_secs_f64(),
        ms(clean_best)
    );

    let cleaned = clean_text(&raw, &Meta::default());
    let body = cleaned.paragraphs.join("\n\n");
    let (quotes, quotes_best) = spread(15, || presscut::quote::detect(&body));
    println!(
        "| find the quotes in it ({:.2} MB cleaned) | {:.2} ms, median of 15; best {:.2} ms |",
        body.len() as f64 / 1e6,
        ms(quotes),
        ms(quotes_best)
    );
    let article = presscut::article::Article::new(
        presscut::article::SourceRef::file("big.txt"),
        presscut::article::Format::Text,
        cleaned.meta,
        cleaned.paragraphs,
        Vec::new(),
    );
    let (layout, _) = spread(15, || TextLayout::new(&article, 96));
    println!(
        "| lay out that article at 96 columns | {:.2} ms |",
        ms(layout)
    );
    // The whole of it, one step after the other, timed as one.
    let (open, open_best) = spread(15, || {
        let cleaned = clean_text(&raw, &Meta::default());
        let mut article = presscut::article::Article::new(
            presscut::article::SourceRef::file("big.txt"),
            presscut::article::Format::Text,
            cleaned.meta,
            cleaned.paragraphs,
            Vec::new(),
        );
        article.quotes = presscut::quote::detect(&article.text);
        TextLayout::new(&article, 96)
    });
    println!(
        "| open it: clean + quotes + layout | {:.1} ms, median of 15; best {:.1} ms |",
        ms(open),
        ms(open_best)
    );

    // In the app the loader has cleaned the article and found its quotes
    // on a worker thread before it is listed; Enter lays it out and draws.
    let mut article = article;
    article.quotes = presscut::quote::detect(&article.text);
    let new_app = || {
        let mut app = App::new(&Config::default(), true, Vec::new()).with_entries(vec![
            presscut::article::Entry::Article(Box::new(article.clone())),
        ]);
        app.update(Action::Resize(160, 50));
        app
    };
    // Moving onto it in the list shows it in the reader at once: the key
    // to that frame is the app's whole cost of opening it.
    let small = presscut::article::Article::new(
        presscut::article::SourceRef::file("small.txt"),
        presscut::article::Format::Text,
        Meta {
            title: "A short story".into(),
            ..Meta::default()
        },
        vec!["One short paragraph.".to_string()],
        Vec::new(),
    );
    {
        let Ok(mut terminal) = Terminal::new(TestBackend::new(160, 50));
        let mut apps: Vec<App> = (0..5)
            .map(|_| {
                let mut app = App::new(&Config::default(), true, Vec::new()).with_entries(vec![
                    presscut::article::Entry::Article(Box::new(small.clone())),
                    presscut::article::Entry::Article(Box::new(article.clone())),
                ]);
                app.update(Action::Resize(160, 50));
                app
            })
            .collect();
        let start = Instant::now();
        for app in &mut apps {
            app.update(Action::Down);
            let _ = terminal.draw(|f| presscut::tui::draw(f, app));
        }
        let key = start.elapsed() / 5;
        let shown = apps.iter().all(|a| {
            a.reader
                .layout
                .as_ref()
                .is_some_and(|l| l.lines.len() > 1000)
        });
        println!(
            "| open it in the app (cleaned and its quotes found by the loader in the background): key to the frame that shows it | {:.1} ms{} |",
            key.as_secs_f64() * 1e3,
            if shown { "" } else { " (not shown!)" }
        );
    }
    let mut app = new_app();
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

    filter_100k();
    startup();
}

/// Typing a filter over 100,000 titles: the time from each key to its frame.
fn filter_100k() {
    let outlets = ["Valley Wire", "Northwind Ledger", "The Harbor Gazette"];
    let entries: Vec<presscut::article::Entry> = (0..100_000)
        .map(|i| {
            let meta = Meta {
                title: format!("Council story number {i} about the night ferry"),
                source: Some(outlets[i % 3].to_string()),
                ..Meta::default()
            };
            presscut::article::Entry::Article(Box::new(presscut::article::Article::new(
                presscut::article::SourceRef::file(format!("a{i}.txt")),
                presscut::article::Format::Text,
                meta,
                vec!["One short paragraph.".to_string()],
                Vec::new(),
            )))
        })
        .collect();
    let mut app = App::new(&Config::default(), true, Vec::new()).with_entries(entries);
    app.update(Action::Resize(160, 50));
    let Ok(mut terminal) = Terminal::new(TestBackend::new(160, 50));
    app.update(Action::Filter);
    let typed = "ledger 7";
    let mut worst = Duration::ZERO;
    let start = Instant::now();
    for c in typed.chars() {
        let t = Instant::now();
        app.update(Action::Input(c));
        let _ = terminal.draw(|f| presscut::tui::draw(f, &app));
        worst = worst.max(t.elapsed());
    }
    let mean = start.elapsed() / typed.chars().count() as u32;
    println!(
        "| filter 100,000 titles, key to frame (typing \"{typed}\") | {:.2} ms mean, {:.2} ms worst |",
        mean.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3
    );
}

/// The whole program, start to exit: `presscut clean` on one sample article.
fn startup() {
    let exe = env!("CARGO_BIN_EXE_presscut");
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/articles/harbor-gazette-night-ferry.txt");
    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        let ok = std::process::Command::new(exe)
            .arg("clean")
            .arg(&file)
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            println!("| start-up | could not run {exe} |");
            return;
        }
    }
    println!(
        "| whole program: start, clean one article, exit (`presscut clean`) | {:.1} ms |",
        (start.elapsed() / runs).as_secs_f64() * 1e3
    );
}
