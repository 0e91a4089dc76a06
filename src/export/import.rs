//! Import of W3C Web Annotation JSON (ours, or another tool's with text quote
//! selectors): each annotation is matched to an article of the library by its
//! source, else by its quoted text, and re-anchored there.

use serde_json::{Map, Value};

use crate::anchor::{Target, reanchor};
use crate::annotation::{Annotation, ArticleRef, now, text_hash};
use crate::article::Article;

/// One annotation read from the file, before matching.
#[derive(Debug, Clone)]
pub struct Incoming {
    pub id: String,
    pub tags: Vec<String>,
    pub note: String,
    pub speaker: Option<String>,
    pub target: Target,
    pub source: String,
    pub created: Option<String>,
    pub modified: Option<String>,
    pub article: Option<ArticleRef>,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// Imported, but their text was not found in any article.
    pub orphaned: usize,
    /// Entries that were not annotations presscut can use, with why.
    pub skipped: Vec<String>,
}

fn items(doc: &Value) -> Vec<&Value> {
    match doc {
        Value::Array(a) => a.iter().collect(),
        Value::Object(o) => {
            if let Some(Value::Array(a)) = o.get("items") {
                a.iter().collect()
            } else if let Some(Value::Array(a)) = o.get("first").and_then(|f| f.get("items")) {
                a.iter().collect()
            } else if let Some(Value::Array(a)) = o.get("rows") {
                a.iter().collect() // Hypothesis API search results
            } else {
                vec![doc]
            }
        }
        _ => Vec::new(),
    }
}

fn as_list(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(a)) => a.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    }
}

fn str_of<'a>(o: &'a Map<String, Value>, k: &str) -> Option<&'a str> {
    o.get(k).and_then(Value::as_str)
}

/// Reads the annotations of a W3C JSON document.
pub fn parse(json: &str) -> Result<(Vec<Incoming>, Vec<String>), String> {
    let doc: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for (n, item) in items(&doc).into_iter().enumerate() {
        match incoming(item) {
            Ok(a) => out.push(a),
            Err(why) => skipped.push(format!("item {}: {why}", n + 1)),
        }
    }
    Ok((out, skipped))
}

fn incoming(item: &Value) -> Result<Incoming, String> {
    let o = item.as_object().ok_or("not an object")?;
    let mut tags = Vec::new();
    let mut notes = Vec::new();
    for b in as_list(o.get("body")) {
        match b {
            Value::String(s) => notes.push(s.clone()),
            Value::Object(bo) => {
                let value = str_of(bo, "value").unwrap_or("").to_string();
                match str_of(bo, "purpose") {
                    Some("tagging") => tags.push(value),
                    _ if !value.is_empty() => notes.push(value),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    // Hypothesis keeps tags and text outside the body.
    for t in as_list(o.get("tags")) {
        if let Some(t) = t.as_str() {
            tags.push(t.to_string());
        }
    }
    if let Some(t) = str_of(o, "text").filter(|t| !t.is_empty()) {
        notes.push(t.to_string());
    }
    let targets = as_list(o.get("target"));
    let (mut source, mut quote, mut pos) = (String::new(), None, None);
    for t in targets {
        let Some(to) = t.as_object() else {
            if let Some(s) = t.as_str() {
                source = s.to_string();
            }
            continue;
        };
        if let Some(s) = str_of(to, "source") {
            source = s.to_string();
        }
        for sel in as_list(to.get("selector")) {
            let Some(so) = sel.as_object() else { continue };
            match str_of(so, "type") {
                Some("TextQuoteSelector") => {
                    quote = Some((
                        str_of(so, "exact").unwrap_or("").to_string(),
                        str_of(so, "prefix").unwrap_or("").to_string(),
                        str_of(so, "suffix").unwrap_or("").to_string(),
                    ));
                }
                Some("TextPositionSelector") => {
                    let n = |k| so.get(k).and_then(Value::as_u64).map(|v| v as usize);
                    if let (Some(s), Some(e)) = (n("start"), n("end")) {
                        pos = Some((s, e));
                    }
                }
                _ => {}
            }
        }
    }
    let (exact, prefix, suffix) = quote.ok_or("no TextQuoteSelector")?;
    if exact.trim().is_empty() {
        return Err("empty quote".into());
    }
    let (start, end) = pos.unwrap_or((0, 0));
    let raw_id = str_of(o, "id").unwrap_or("");
    let id = raw_id
        .strip_prefix("urn:uuid:")
        .unwrap_or(raw_id)
        .to_string();
    // No id: one derived from the source and text, so a re-import matches it.
    let id = if id.is_empty() {
        format!("import-{}", text_hash(&format!("{source}\n{exact}")))
    } else {
        id
    };
    let article = o
        .get("presscut:article")
        .and_then(|v| serde_json::from_value(v.clone()).ok());
    Ok(Incoming {
        id,
        tags,
        note: notes.join("\n\n"),
        speaker: str_of(o, "presscut:speaker").map(str::to_string),
        target: Target {
            exact,
            prefix,
            suffix,
            start,
            end,
        },
        source,
        created: str_of(o, "created").map(str::to_string),
        modified: str_of(o, "modified").map(str::to_string),
        article,
    })
}

/// Does `source` (a URL or `file://` path) name `article`?
fn source_names(source: &str, article: &Article) -> bool {
    if source.is_empty() {
        return false;
    }
    if article.meta.url.as_deref() == Some(source) {
        return true;
    }
    let path = source
        .strip_prefix("file://")
        .or_else(|| source.strip_prefix("file:"))
        .unwrap_or(source);
    article.src.path.display().to_string() == path
}

/// Matches each incoming annotation to an article and re-anchors it. Returns
/// the annotations to save (new or changed) and the report.
pub fn plan(
    incoming: Vec<Incoming>,
    articles: &[&Article],
    existing: &[Annotation],
) -> (Vec<Annotation>, Report) {
    let mut report = Report::default();
    let mut out = Vec::new();
    let texts: Vec<Vec<char>> = articles.iter().map(|a| a.text.chars().collect()).collect();
    for inc in incoming {
        let by_ref = inc
            .article
            .as_ref()
            .and_then(|r| articles.iter().position(|a| r.matches(a)));
        let by_source = || articles.iter().position(|a| source_names(&inc.source, a));
        let by_text = || {
            articles
                .iter()
                .position(|a| a.text.contains(&inc.target.exact))
        };
        let found = by_ref.or_else(by_source).or_else(by_text);
        let placed = found.and_then(|i| reanchor(&inc.target, &texts[i]).range().map(|r| (i, r)));
        let (article_ref, target) = match (placed, found) {
            (Some((i, (s, e))), _) => (ArticleRef::of(articles[i]), Target::new(&texts[i], s, e)),
            (None, Some(i)) => (ArticleRef::of(articles[i]), inc.target.clone()),
            (None, None) => {
                let r = inc.article.clone().unwrap_or_else(|| ArticleRef {
                    path: inc.source.clone(),
                    line: None,
                    hash: String::new(),
                    title: inc.source.clone(),
                    byline: None,
                    source: None,
                    url: inc.source.starts_with("http").then(|| inc.source.clone()),
                    date: None,
                    extra: Map::new(),
                });
                (r, inc.target.clone())
            }
        };
        if placed.is_none() {
            report.orphaned += 1;
        }
        let t = now();
        let ann = Annotation {
            id: inc.id.clone(),
            article: article_ref,
            target,
            tags: inc.tags.clone(),
            note: inc.note.clone(),
            speaker: inc.speaker.clone(),
            created: inc.created.clone().unwrap_or_else(|| t.clone()),
            updated: inc.modified.clone().unwrap_or(t),
            extra: Map::new(),
        };
        match existing.iter().find(|a| a.id == ann.id) {
            Some(old) => {
                let same = old.tags == ann.tags
                    && old.note == ann.note
                    && old.speaker == ann.speaker
                    && old.target.exact == ann.target.exact;
                if same {
                    report.unchanged += 1;
                } else {
                    report.updated += 1;
                    let mut merged = ann;
                    merged.created.clone_from(&old.created);
                    merged.extra = old.extra.clone();
                    out.push(merged);
                }
            }
            None => {
                report.added += 1;
                out.push(ann);
            }
        }
    }
    (out, report)
}
