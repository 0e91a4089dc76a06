//! `presscut export` and `presscut import`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use presscut::article::{Article, Entry};
use presscut::export::{self, Filter, Format, Group, MarkdownOptions, import};
use presscut::library;
use presscut::store::{Op, Store};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    Md,
    Json,
    Csv,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum GroupArg {
    Article,
    Tag,
    Speaker,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// md (Markdown), json (W3C Web Annotation), csv.
    #[arg(long, value_enum, default_value_t = FormatArg::Md)]
    pub format: FormatArg,
    /// Only annotations with this tag (repeat for any of several).
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,
    /// Only quotes by this speaker (part of the name is enough).
    #[arg(long, value_name = "S")]
    pub speaker: Option<String>,
    /// Only annotations of this article file (repeatable).
    #[arg(long = "article", value_name = "PATH")]
    pub articles: Vec<PathBuf>,
    /// Only annotations created on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Markdown: group by article (default), tag or speaker.
    #[arg(long, value_enum, default_value_t = GroupArg::Article)]
    pub group: GroupArg,
    /// Markdown: YAML front matter for notes apps.
    #[arg(long)]
    pub front_matter: bool,
    /// Write to FILE instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// A W3C Web Annotation JSON file (a collection, a page, a list or one annotation).
    pub file: PathBuf,
    /// Where to find the annotated articles (default: the library).
    pub paths: Vec<PathBuf>,
}

fn format_of(f: FormatArg) -> Format {
    match f {
        FormatArg::Md => Format::Md,
        FormatArg::Json => Format::Json,
        FormatArg::Csv => Format::Csv,
    }
}

fn valid_date(d: &str) -> bool {
    let b = d.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && d.chars().filter(char::is_ascii_digit).count() == 8
}

pub fn export(dir: &Path, args: &ExportArgs) -> ExitCode {
    if let Some(d) = &args.since
        && !valid_date(d)
    {
        eprintln!("presscut: --since {d:?}: expected a date like 2026-03-01");
        return ExitCode::from(2);
    }
    let store = Store::open(dir);
    if let Some(why) = &store.read_only {
        eprintln!("presscut: {why}");
        if store.annotations().is_empty() {
            return ExitCode::FAILURE;
        }
    }
    let filter = Filter {
        tags: args.tags.clone(),
        speaker: args.speaker.clone(),
        articles: args
            .articles
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        since: args.since.clone(),
    };
    let chosen = filter.apply(store.annotations());
    let md = MarkdownOptions {
        group: match args.group {
            GroupArg::Article => Group::Article,
            GroupArg::Tag => Group::Tag,
            GroupArg::Speaker => Group::Speaker,
        },
        front_matter: args.front_matter,
    };
    let text = match export::export(&chosen, format_of(args.format), md) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("presscut: export failed: {e}");
            return ExitCode::FAILURE;
        }
    };
    match &args.output {
        Some(path) => match export::write_file(path, &text) {
            Ok(()) => {
                eprintln!(
                    "presscut: wrote {} annotation(s) to {}",
                    chosen.len(),
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("presscut: cannot write {}: {e}", path.display());
                ExitCode::FAILURE
            }
        },
        None => {
            use std::io::Write;
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            ExitCode::SUCCESS
        }
    }
}

pub fn import(dir: &Path, args: &ImportArgs, library_paths: &[PathBuf]) -> ExitCode {
    let text = match std::fs::read_to_string(&args.file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("presscut: cannot read {}: {e}", args.file.display());
            return ExitCode::FAILURE;
        }
    };
    let (incoming, skipped) = match import::parse(&text) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("presscut: {}: {e}", args.file.display());
            return ExitCode::FAILURE;
        }
    };
    let lib = library::load(library_paths);
    let articles: Vec<&Article> = lib.entries.iter().filter_map(Entry::article).collect();
    let mut store = Store::open(dir);
    let (to_save, mut report) = import::plan(incoming, &articles, store.annotations());
    report.skipped.extend(skipped);
    if !to_save.is_empty() {
        let ops: Vec<Op> = to_save.into_iter().map(|a| Op::Put(Box::new(a))).collect();
        if let Err(e) = store.apply(&ops) {
            eprintln!("presscut: {e}");
            return ExitCode::FAILURE;
        }
    }
    outln!(
        "{} added, {} updated, {} unchanged, {} orphaned (text not found in the library), {} skipped",
        report.added,
        report.updated,
        report.unchanged,
        report.orphaned,
        report.skipped.len()
    );
    for s in &report.skipped {
        eprintln!("presscut: skipped {s}");
    }
    ExitCode::SUCCESS
}
