//! Export of annotations: Markdown (notes apps), W3C Web Annotation JSON
//! (annotation tools), CSV (spreadsheets, Readwise-style importers); and
//! import of W3C JSON. Pure functions of annotations; no terminal, no files.

pub mod csv;
pub mod import;
pub mod markdown;
pub mod w3c;

use crate::annotation::Annotation;

/// Which annotations to export.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Keep annotations with any of these tags (none: all).
    pub tags: Vec<String>,
    /// Keep annotations whose speaker contains this (case-insensitive).
    pub speaker: Option<String>,
    /// Keep annotations of these article paths (none: all).
    pub articles: Vec<String>,
    /// Keep annotations created on or after this date (`YYYY-MM-DD`).
    pub since: Option<String>,
}

impl Filter {
    pub fn keeps(&self, a: &Annotation) -> bool {
        (self.tags.is_empty()
            || a.tags
                .iter()
                .any(|t| self.tags.iter().any(|w| w.eq_ignore_ascii_case(t))))
            && self.speaker.as_deref().is_none_or(|s| {
                a.speaker
                    .as_deref()
                    .is_some_and(|sp| sp.to_lowercase().contains(&s.to_lowercase()))
            })
            && (self.articles.is_empty()
                || self.articles.iter().any(|p| same_path(p, &a.article.path)))
            && self
                .since
                .as_deref()
                .is_none_or(|d| a.created.as_str() >= d)
    }

    /// The annotations this filter keeps, in article then text order.
    pub fn apply<'a>(&self, all: &'a [Annotation]) -> Vec<&'a Annotation> {
        let mut kept: Vec<&Annotation> = all.iter().filter(|a| self.keeps(a)).collect();
        kept.sort_by(|a, b| {
            (&a.article.path, a.article.line, a.target.start).cmp(&(
                &b.article.path,
                b.article.line,
                b.target.start,
            ))
        });
        kept
    }
}

/// Paths compare equal when they name the same file (after canonicalising).
fn same_path(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let canon = |p: &str| std::fs::canonicalize(p).ok();
    canon(a).is_some_and(|x| Some(x) == canon(b))
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Md,
    Json,
    Csv,
}

impl Format {
    pub const ALL: [Format; 3] = [Format::Md, Format::Json, Format::Csv];

    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Json => "json",
            Format::Csv => "csv",
        }
    }
}

/// Options for Markdown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkdownOptions {
    pub group: Group,
    /// YAML front matter at the top (for notes apps).
    pub front_matter: bool,
}

/// How Markdown sections are grouped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Group {
    #[default]
    Article,
    Tag,
    Speaker,
}

/// Writes an export to `path` through a temp file and a rename, so a
/// half-written file never replaces a good one.
pub fn write_file(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

/// Exports `annotations` in `format`.
pub fn export(
    annotations: &[&Annotation],
    format: Format,
    md: MarkdownOptions,
) -> Result<String, String> {
    match format {
        Format::Md => Ok(markdown::render(annotations, md)),
        Format::Json => w3c::render(annotations).map_err(|e| e.to_string()),
        Format::Csv => csv::render(annotations).map_err(|e| e.to_string()),
    }
}
