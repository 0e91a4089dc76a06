//! Annotations: a passage of an article with tags, a note and (for quotes) a speaker.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::anchor::{Anchor, Target, reanchor};
use crate::article::Article;

/// Which article an annotation belongs to, as it was when annotated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRef {
    pub path: String,
    /// Line of a `.jsonl` corpus.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Hash of the cleaned text (xxh3, hex) when annotated.
    pub hash: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Fields written by newer versions, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl ArticleRef {
    pub fn of(article: &Article) -> ArticleRef {
        ArticleRef {
            path: article.src.path.display().to_string(),
            line: article.src.line,
            hash: article.hash.clone(),
            title: article.meta.title.clone(),
            byline: article.meta.byline.clone(),
            source: article.meta.source.clone(),
            url: article.meta.url.clone(),
            date: article.meta.date.clone(),
            extra: Map::new(),
        }
    }

    /// Does this reference name `article` (same file and line, or same text)?
    /// (Without building the path's text for each: `presscut quotes` asks
    /// this of every correction for every article of a library.)
    pub fn matches(&self, article: &Article) -> bool {
        self.hash == article.hash
            || (self.line == article.src.line
                && match article.src.path.to_str() {
                    Some(p) => p == self.path,
                    None => article.src.path.display().to_string() == self.path,
                })
    }
}

/// Stable hash of a text, as 16 hex digits.
pub fn text_hash(text: &str) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(text.as_bytes()))
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    /// Stable id (UUID v4).
    pub id: String,
    pub article: ArticleRef,
    pub target: Target,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// RFC 3339 UTC times.
    pub created: String,
    pub updated: String,
    /// Fields written by newer versions, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The reader's correction of a detected quote: a different speaker, or
/// "not a quote". Stored with the annotations; wins over detection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub id: String,
    pub article: ArticleRef,
    /// The quote's text and place, anchored like an annotation.
    pub target: Target,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default)]
    pub dismissed: bool,
    pub updated: String,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Correction {
    pub fn new(article: &Article, text: &[char], start: usize, end: usize) -> Correction {
        Correction {
            id: uuid::Uuid::new_v4().to_string(),
            article: ArticleRef::of(article),
            target: Target::new(text, start, end),
            speaker: None,
            dismissed: false,
            updated: now(),
            extra: Map::new(),
        }
    }
}

/// Now, as RFC 3339 UTC (`2026-03-03T09:14:00Z`).
pub fn now() -> String {
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or(time::OffsetDateTime::now_utc());
    now.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".into())
}

impl Annotation {
    /// A new annotation on chars `start..end` of `article`'s cleaned text.
    pub fn new(article: &Article, text: &[char], start: usize, end: usize) -> Annotation {
        let t = now();
        Annotation {
            id: uuid::Uuid::new_v4().to_string(),
            article: ArticleRef::of(article),
            target: Target::new(text, start, end),
            tags: Vec::new(),
            note: String::new(),
            speaker: None,
            created: t.clone(),
            updated: t,
            extra: Map::new(),
        }
    }

    /// Where this annotation is in `article` now.
    pub fn anchor(&self, text: &[char]) -> Anchor {
        reanchor(&self.target, text)
    }

    /// Adds a tag (trimmed, no duplicates); returns whether it was new.
    pub fn add_tag(&mut self, tag: &str) -> bool {
        let tag = tag.trim();
        if tag.is_empty() || self.tags.iter().any(|t| t == tag) {
            return false;
        }
        self.tags.push(tag.to_string());
        self.updated = now();
        true
    }

    /// The annotated text on one line, in quote marks unless it has its own.
    pub fn excerpt(&self) -> String {
        let exact = crate::sanitize::one_line(&self.target.exact);
        if exact.starts_with(['“', '"', '«', '‘', '„']) {
            exact
        } else {
            format!("“{exact}”")
        }
    }

    pub fn set_note(&mut self, note: &str) {
        if self.note != note {
            self.note = note.to_string();
            self.updated = now();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, Meta, SourceRef};

    fn article(text: &str) -> Article {
        Article::new(
            SourceRef::file("/a/b.txt"),
            Format::Text,
            Meta {
                title: "T".into(),
                ..Meta::default()
            },
            vec![text.into()],
            vec![],
        )
    }

    #[test]
    fn new_annotation_has_id_target_and_times() {
        let a = article("“We stay,” said Ines Calloway.");
        let chars: Vec<char> = a.text.chars().collect();
        let mut ann = Annotation::new(&a, &chars, 0, 10);
        assert_eq!(ann.target.exact, "“We stay,”");
        assert_eq!(ann.id.len(), 36);
        assert!(
            ann.created.ends_with('Z') && ann.created.len() == 20,
            "{}",
            ann.created
        );
        assert!(ann.add_tag(" housing "));
        assert!(!ann.add_tag("housing"));
        assert_eq!(ann.tags, vec!["housing"]);
        assert!(ann.article.matches(&a));
        assert_eq!(ann.anchor(&chars), Anchor::Exact { start: 0, end: 10 });
    }

    #[test]
    fn unknown_fields_survive_a_round_trip() {
        let a = article("Some text here.");
        let chars: Vec<char> = a.text.chars().collect();
        let ann = Annotation::new(&a, &chars, 0, 4);
        let mut v = serde_json::to_value(&ann).expect("json");
        v["colour_v2"] = serde_json::json!("teal");
        v["article"]["archived_copy"] = serde_json::json!({"at": "x"});
        let back: Annotation = serde_json::from_value(v.clone()).expect("parse");
        let again = serde_json::to_value(&back).expect("json");
        assert_eq!(again["colour_v2"], "teal");
        assert_eq!(again["article"]["archived_copy"]["at"], "x");
    }
}
