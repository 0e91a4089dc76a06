//! Articles: where they came from, their metadata and their cleaned text.
//!
//! All positions exposed by the core are **char offsets** into [`Article::text`],
//! the cleaned text: paragraphs joined by one blank line (`"\n\n"`).

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

/// Which kind of input an article was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Html,
    Markdown,
    Jsonl,
}

/// Where an article lives: a file, or one line of a `.jsonl` corpus file.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SourceRef {
    pub path: PathBuf,
    /// 1-based line number inside a `.jsonl` file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl SourceRef {
    pub fn file(path: impl Into<PathBuf>) -> Self {
        Self {
            path: path.into(),
            line: None,
        }
    }

    /// `path` or `path:line`, for messages.
    pub fn display(&self) -> String {
        match self.line {
            Some(line) => format!("{}:{line}", self.path.display()),
            None => self.path.display().to_string(),
        }
    }
}

/// Article metadata. Every field is optional except the title, which the
/// cleaner always supplies (falling back to the first sentence or the file name).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    pub byline: Option<String>,
    /// ISO `YYYY-MM-DD` when it could be read, else the date as written.
    pub date: Option<String>,
    /// The outlet ("source"): publication name or domain.
    pub source: Option<String>,
    pub url: Option<String>,
}

/// A loaded, cleaned article.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub src: SourceRef,
    pub format: Format,
    pub meta: Meta,
    /// Byte range of each paragraph in `text` (the text is kept once).
    para_bytes: Vec<std::ops::Range<usize>>,
    /// Length of `text` in chars.
    char_len: usize,
    /// Problems met while loading that did not stop it (lossy UTF-8, truncation).
    pub warnings: Vec<String>,
    /// The cleaned text: paragraphs joined by `"\n\n"`.
    pub text: String,
    /// Char offset of the start of each paragraph in `text`.
    pub para_starts: Vec<usize>,
    pub word_count: usize,
    /// Quotes found in `text` (detected when the article is loaded).
    pub quotes: Vec<crate::quote::Quote>,
    /// The cleaning rules that fired ("menu or share buttons: 3", "your rule: ...").
    pub rules: Vec<String>,
    /// Hash of `text` (xxh3, 16 hex digits), computed once: annotations
    /// compare it to find their article.
    pub hash: String,
}

/// Separator between paragraphs in [`Article::text`].
pub const PARA_SEP: &str = "\n\n";

impl Article {
    pub fn new(
        src: SourceRef,
        format: Format,
        meta: Meta,
        paragraphs: Vec<String>,
        warnings: Vec<String>,
    ) -> Self {
        let bytes: usize = paragraphs.iter().map(|p| p.len() + 2).sum();
        // Each paragraph's chars and words: a long article's counted on all
        // cores.
        let count = |p: &String| (p.chars().count(), crate::words::count_words(p));
        let counts: Vec<(usize, usize)> = if bytes >= crate::words::LONG_TEXT_BYTES {
            use rayon::prelude::*;
            paragraphs.par_iter().with_min_len(64).map(count).collect()
        } else {
            paragraphs.iter().map(count).collect()
        };
        let mut text = String::with_capacity(bytes);
        let mut para_starts = Vec::with_capacity(paragraphs.len());
        let mut para_bytes = Vec::with_capacity(paragraphs.len());
        let mut chars = 0;
        let mut word_count = 0;
        for (i, (p, (p_chars, p_words))) in paragraphs.iter().zip(counts).enumerate() {
            if i > 0 {
                text.push_str(PARA_SEP);
                chars += PARA_SEP.len();
            }
            para_starts.push(chars);
            para_bytes.push(text.len()..text.len() + p.len());
            text.push_str(p);
            chars += p_chars;
            word_count += p_words;
        }
        text.shrink_to_fit();
        Self {
            src,
            format,
            meta,
            para_bytes,
            char_len: chars,
            warnings,
            para_starts,
            word_count,
            quotes: Vec::new(),
            rules: Vec::new(),
            hash: crate::annotation::text_hash(&text),
            text,
        }
    }

    /// Length of the cleaned text in chars.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Paragraph `i` of the cleaned text ("" past the end).
    pub fn paragraph(&self, i: usize) -> &str {
        self.para_bytes
            .get(i)
            .and_then(|r| self.text.get(r.clone()))
            .unwrap_or("")
    }

    /// The paragraphs of the cleaned text, in order.
    pub fn paragraphs(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.para_bytes.len()).map(|i| self.paragraph(i))
    }
}

/// One row of the library: an article, or a file that could not be read and why.
#[derive(Debug, Clone, PartialEq)]
pub enum Entry {
    Article(Box<Article>),
    Failed { src: SourceRef, reason: String },
}

impl Entry {
    pub fn src(&self) -> &SourceRef {
        match self {
            Entry::Article(a) => &a.src,
            Entry::Failed { src, .. } => src,
        }
    }

    pub fn article(&self) -> Option<&Article> {
        match self {
            Entry::Article(a) => Some(a),
            Entry::Failed { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_offsets_are_chars() {
        let a = Article::new(
            SourceRef::file("a.txt"),
            Format::Text,
            Meta::default(),
            vec!["“Héllo,” she said.".into(), "Second one.".into()],
            vec![],
        );
        assert_eq!(a.text, "“Héllo,” she said.\n\nSecond one.");
        assert_eq!(a.para_starts, vec![0, 20]);
        let second: String = a.text.chars().skip(20).collect();
        assert_eq!(second, "Second one.");
        assert_eq!(a.char_len(), a.text.chars().count());
        assert_eq!(a.word_count, 5);
    }

    /// A long article's paragraphs are counted on all cores: its offsets,
    /// length and word count are those of its text.
    #[test]
    fn a_long_articles_counts_are_its_texts() {
        let paras: Vec<String> = (0..3000)
            .map(|i| {
                format!(
                    "“Pärt {i},” she said — 世界 and {} more.",
                    "word ".repeat(i % 9)
                )
            })
            .collect();
        let a = Article::new(
            SourceRef::file("long.txt"),
            Format::Text,
            Meta::default(),
            paras,
            vec![],
        );
        assert!(a.text.len() >= crate::words::LONG_TEXT_BYTES);
        assert_eq!(a.char_len(), a.text.chars().count());
        assert_eq!(a.word_count, crate::words::count_words(&a.text));
        let chars: Vec<char> = a.text.chars().collect();
        for (i, start) in a.para_starts.iter().enumerate() {
            let from: String = chars[*start..]
                .iter()
                .take(a.paragraph(i).chars().count())
                .collect();
            assert_eq!(from, a.paragraph(i));
        }
    }
}
