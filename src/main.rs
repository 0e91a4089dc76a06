//! The `presscut` command: the TUI, or `clean` on the command line.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use presscut::article::{Article, Entry, Meta};
use presscut::config::{self, Config};
use presscut::library;
use presscut::store;

/// `println!` that never panics: when the reader of a pipe has gone
/// (`presscut quotes FILE | head`) the program ends quietly; another write
/// error is reported once.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::write_stdout(&format!($($arg)*))
    };
}

fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    if let Err(e) = out
        .write_all(text.as_bytes())
        .and_then(|()| out.write_all(b"\n"))
    {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("presscut: cannot write the output: {e}");
            std::process::exit(1);
        }
        std::process::exit(0);
    }
}

mod annotations_cmd;
mod quotes_cmd;
mod transfer;
use presscut::sanitize::one_line;
use presscut::tui;

/// A terminal reader for news articles: cleaned text, quotes and speakers, annotations.
#[derive(Parser, Debug)]
#[command(name = "presscut", version)]
struct Cli {
    /// Files and folders to open (.txt .html .mhtml .md .jsonl; folders recursively).
    /// Default: the config's library, else the bundled samples.
    paths: Vec<PathBuf>,
    /// Use this config file instead of the default one.
    #[arg(long, value_name = "FILE", global = true)]
    config: Option<PathBuf>,
    /// Keep annotations in DIR (default: $PRESSCUT_DATA_DIR, else the user's data dir).
    #[arg(long, value_name = "DIR", global = true)]
    data_dir: Option<PathBuf>,
    /// Print the effective configuration, with comments, and exit.
    #[arg(long)]
    print_config: bool,
    /// Do not read or write the index cache (every file is cleaned again).
    #[arg(long)]
    no_cache: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Print the cleaned text of articles.
    Clean {
        /// Article files (.txt .html .mhtml .md .jsonl).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// text: the article body, paragraphs separated by blank lines. json: metadata too.
        #[arg(long, value_enum, default_value_t = OutFormat::Text)]
        format: OutFormat,
        /// Write one output file per input into DIR instead of printing.
        #[arg(long, value_name = "DIR")]
        out_dir: Option<PathBuf>,
    },
    /// The quotes of articles and who said them, with your corrections.
    Quotes {
        /// Article files (.txt .html .mhtml .md .jsonl) and folders.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// JSON objects instead of text.
        #[arg(long)]
        json: bool,
        /// Only the quotes of speakers whose name holds NAME (any case).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
    },
    /// List the stored annotations, with where each is anchored now.
    Annotations {
        /// One JSON array instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Export annotations as Markdown, W3C Web Annotation JSON or CSV.
    Export(transfer::ExportArgs),
    /// Import annotations from a W3C Web Annotation JSON file.
    Import(transfer::ImportArgs),
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum OutFormat {
    Text,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let config_path = cli.config.clone().or_else(config::default_path);
    let (config, problems) = config::load(config_path.as_deref());
    if cli.print_config {
        let toml = config.to_commented_toml(&tui::keymap::Keymap::defaults_by_name());
        outln!("{}", toml.trim_end_matches('\n'));
        for p in &problems {
            eprintln!("presscut: {p}");
        }
        return ExitCode::SUCCESS;
    }
    match cli.command {
        Some(Command::Clean {
            files,
            format,
            out_dir,
        }) => {
            for p in &problems {
                eprintln!("presscut: {p}");
            }
            let rules = cli
                .data_dir
                .clone()
                .or_else(store::default_dir)
                .map(|d| presscut::clean::user_rules::UserRules::open(&d));
            if let Some(e) = rules.as_ref().and_then(|r| r.error.as_ref()) {
                eprintln!("presscut: {e}");
            }
            clean(&files, format, out_dir.as_deref(), rules.as_ref())
        }
        Some(Command::Quotes {
            files,
            json,
            speaker,
        }) => {
            let data_dir = cli.data_dir.clone().or_else(store::default_dir);
            let opts = quotes_cmd::Options {
                json,
                speaker: speaker.as_deref(),
                data_dir: data_dir.as_deref(),
            };
            quotes_cmd::run(&files, &opts)
        }
        Some(Command::Annotations { json }) => {
            let Some(dir) = cli.data_dir.clone().or_else(store::default_dir) else {
                eprintln!(
                    "presscut: no data directory (set --data-dir or {})",
                    store::DATA_DIR_ENV
                );
                return ExitCode::FAILURE;
            };
            annotations_cmd::run(&dir, json)
        }
        Some(Command::Export(args)) => match cli.data_dir.clone().or_else(store::default_dir) {
            Some(dir) => transfer::export(&dir, &args),
            None => no_data_dir(),
        },
        Some(Command::Import(args)) => match cli.data_dir.clone().or_else(store::default_dir) {
            Some(dir) => {
                let library = library_paths(args.paths.clone(), &config);
                transfer::import(&dir, &args, &library)
            }
            None => no_data_dir(),
        },
        None => {
            let data_dir = cli.data_dir.clone().or_else(store::default_dir);
            let chosen = cli
                .data_dir
                .clone()
                .or_else(|| std::env::var_os(store::DATA_DIR_ENV).map(PathBuf::from));
            let cache_dir = if cli.no_cache {
                None
            } else {
                presscut::index_cache::default_dir(chosen.as_deref())
            };
            open_tui(cli.paths, &config, data_dir, cache_dir, problems)
        }
    }
}

fn no_data_dir() -> ExitCode {
    eprintln!(
        "presscut: no data directory (set --data-dir or {})",
        store::DATA_DIR_ENV
    );
    ExitCode::FAILURE
}

/// What to open: the PATH arguments, else the config's library, else the samples.
fn library_paths(paths: Vec<PathBuf>, config: &Config) -> Vec<PathBuf> {
    if !paths.is_empty() {
        paths
    } else if !config.library.is_empty() {
        config.library.clone()
    } else {
        samples_dir().into_iter().collect()
    }
}

/// The bundled sample library, next to the sources.
fn samples_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("articles");
    dir.is_dir().then_some(dir)
}

fn open_tui(
    paths: Vec<PathBuf>,
    config: &Config,
    data_dir: Option<PathBuf>,
    cache_dir: Option<PathBuf>,
    mut problems: Vec<String>,
) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "presscut: the reader needs a terminal; for plain output use `presscut clean FILE`"
        );
        return ExitCode::from(2);
    }
    let paths = library_paths(paths, config);
    if paths.is_empty() {
        problems.push(
            "no library configured and the bundled samples are not here; give PATH arguments"
                .into(),
        );
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut app = tui::app::App::new(config, no_color, problems);
    match data_dir {
        Some(dir) => {
            app = app
                .with_store(store::Store::open(&dir))
                .with_rules(presscut::clean::user_rules::UserRules::open(&dir));
        }
        None => app.set_status(
            "No data directory: annotations are off (use --data-dir)",
            true,
        ),
    }
    let cache = cache_dir.map(|d| presscut::index_cache::file_for(&d, &paths));
    let loader = library::load_in_background_cached(paths, cache);
    let result = tui::terminal::enter().and_then(|mut guard| {
        let terminal = &mut guard.terminal;
        if std::env::var_os(PANIC_HOOK_ENV).is_some() {
            tui::run(terminal, &mut app, &mut PanicOnKey, Some(loader))
        } else {
            tui::run(
                terminal,
                &mut app,
                &mut tui::event::TerminalEvents,
                Some(loader),
            )
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("presscut: terminal error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Test hook: with this variable set, the first key press panics, so a test
/// can check that the terminal is restored after a panic.
const PANIC_HOOK_ENV: &str = "PRESSCUT_TEST_PANIC_ON_KEY";

struct PanicOnKey;

impl tui::event::EventSource for PanicOnKey {
    fn next(&mut self, timeout: std::time::Duration) -> std::io::Result<tui::event::Next> {
        let next = tui::event::TerminalEvents.next(timeout)?;
        if matches!(
            next,
            tui::event::Next::Event(crossterm::event::Event::Key(_))
        ) {
            panic!("{PANIC_HOOK_ENV} is set: panicking on the first key");
        }
        Ok(next)
    }
}

#[derive(Serialize)]
struct CleanJson<'a> {
    path: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
    #[serde(flatten)]
    meta: &'a Meta,
    paragraphs: Vec<&'a str>,
    word_count: usize,
    warnings: &'a [String],
    /// Cleaning rules that fired: built-in ones with counts, then "your rule: ...".
    rules: &'a [String],
}

fn as_json(a: &Article) -> CleanJson<'_> {
    CleanJson {
        path: one_line(&a.src.path.display().to_string()),
        line: a.src.line,
        meta: &a.meta,
        paragraphs: a.paragraphs().collect(),
        word_count: a.word_count,
        warnings: &a.warnings,
        rules: &a.rules,
    }
}

fn render(articles: &[&Article], format: OutFormat) -> Result<String, serde_json::Error> {
    Ok(match format {
        OutFormat::Text => {
            let bodies: Vec<String> = articles.iter().map(|a| a.text.clone()).collect();
            let mut s = bodies.join("\n\n");
            s.push('\n');
            s
        }
        OutFormat::Json if articles.len() == 1 => {
            serde_json::to_string_pretty(&as_json(articles[0]))? + "\n"
        }
        OutFormat::Json => {
            let all: Vec<CleanJson> = articles.iter().map(|a| as_json(a)).collect();
            serde_json::to_string_pretty(&all)? + "\n"
        }
    })
}

fn clean(
    files: &[PathBuf],
    format: OutFormat,
    out_dir: Option<&Path>,
    rules: Option<&presscut::clean::user_rules::UserRules>,
) -> ExitCode {
    use rayon::prelude::*;
    if let Some(dir) = out_dir
        && let Err(e) = std::fs::create_dir_all(dir)
    {
        eprintln!("presscut: cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    let mut loaded: Vec<(PathBuf, Vec<Entry>)> = files
        .par_iter()
        .map(|f| {
            (
                f.clone(),
                library::load_file_with(f, library::Work::CleanOnly),
            )
        })
        .collect();
    // The reader's own boilerplate rules apply after the built-in ones.
    if let Some(rules) = rules {
        for (_, entries) in &mut loaded {
            for e in entries.iter_mut() {
                if let Entry::Article(a) = e
                    && let Some((cleaned, _)) = rules.apply(a)
                {
                    **a = cleaned;
                }
            }
        }
    }
    let mut ok = true;
    let mut stdout = std::io::stdout().lock();
    for (file, entries) in &loaded {
        let mut articles = Vec::new();
        for e in entries {
            match e {
                Entry::Article(a) => {
                    for w in &a.warnings {
                        eprintln!("presscut: {}: {}", one_line(&a.src.display()), one_line(w));
                    }
                    articles.push(a.as_ref());
                }
                Entry::Failed { src, reason } => {
                    eprintln!(
                        "presscut: {}: {}",
                        one_line(&src.display()),
                        one_line(reason)
                    );
                    ok = false;
                }
            }
        }
        if articles.is_empty() {
            continue;
        }
        let text = match render(&articles, format) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("presscut: {}: {e}", file.display());
                ok = false;
                continue;
            }
        };
        let written = match out_dir {
            Some(dir) => {
                let ext = if format == OutFormat::Json {
                    "json"
                } else {
                    "txt"
                };
                let name = library::article_stem(file).unwrap_or_else(|| "article".into());
                let target = dir.join(format!("{name}.{ext}"));
                std::fs::write(&target, text).map_err(|e| format!("{}: {e}", target.display()))
            }
            None => stdout.write_all(text.as_bytes()).map_err(|e| e.to_string()),
        };
        if let Err(e) = written {
            if out_dir.is_none() {
                // stdout closed (a pipe to `head`): stop quietly.
                return if ok {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                };
            }
            eprintln!("presscut: cannot write {e}");
            ok = false;
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
