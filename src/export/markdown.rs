//! Markdown: one section per article (or per tag or speaker), each annotation
//! a blockquote with its speaker, tags as `#tags`, the note below.

use std::collections::BTreeMap;

use super::{Group, MarkdownOptions};
use crate::annotation::{Annotation, ArticleRef};

/// A tag as a Markdown/Obsidian-style hashtag: spaces become dashes.
fn hashtag(tag: &str) -> String {
    let t: String = tag
        .trim()
        .chars()
        .map(|c| if c.is_whitespace() { '-' } else { c })
        .collect();
    format!("#{t}")
}

/// Quotes every line of `text` as a Markdown blockquote.
fn blockquote(text: &str) -> String {
    text.lines().map(|l| format!("> {l}\n")).collect::<String>()
}

/// Escapes characters that would start Markdown syntax in a heading or line.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

/// The citation line of an article: outlet, byline, date, url or path.
fn citation(a: &ArticleRef) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(s) = &a.source {
        parts.push(format!("*{}*", inline(s)));
    }
    if let Some(b) = &a.byline {
        parts.push(format!("by {}", inline(b)));
    }
    if let Some(d) = &a.date {
        parts.push(inline(d));
    }
    match &a.url {
        Some(u) => parts.push(format!("<{u}>")),
        None => parts.push(format!("`{}`", a.path.replace('`', "'"))),
    }
    parts.join(" · ")
}

fn entry(a: &Annotation, with_source: bool) -> String {
    let mut out = blockquote(&a.target.exact);
    if let Some(s) = &a.speaker {
        out.push_str(&format!(">\n> — {}\n", inline(s)));
    }
    out.push('\n');
    if with_source {
        out.push_str(&format!(
            "From **{}** ({})\n\n",
            inline(&a.article.title),
            citation(&a.article)
        ));
    }
    if !a.tags.is_empty() {
        let tags: Vec<String> = a.tags.iter().map(|t| hashtag(t)).collect();
        out.push_str(&tags.join(" "));
        out.push_str("\n\n");
    }
    if !a.note.trim().is_empty() {
        out.push_str(a.note.trim());
        out.push_str("\n\n");
    }
    out
}

fn yaml_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Renders the annotations as Markdown.
pub fn render(annotations: &[&Annotation], opts: MarkdownOptions) -> String {
    let mut out = String::new();
    if opts.front_matter {
        let mut tags: Vec<&str> = annotations
            .iter()
            .flat_map(|a| a.tags.iter().map(String::as_str))
            .collect();
        tags.sort_unstable();
        tags.dedup();
        out.push_str("---\n");
        out.push_str("title: \"presscut annotations\"\n");
        out.push_str(&format!("exported: {}\n", crate::annotation::now()));
        out.push_str(&format!("annotations: {}\n", annotations.len()));
        out.push_str(&format!(
            "tags: [{}]\n",
            tags.iter()
                .map(|t| yaml_str(t))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        out.push_str("---\n\n");
    }
    out.push_str("# Annotations\n\n");
    match opts.group {
        Group::Article => {
            let mut sections: Vec<(&ArticleRef, Vec<&Annotation>)> = Vec::new();
            for a in annotations {
                match sections
                    .iter_mut()
                    .find(|(r, _)| r.path == a.article.path && r.line == a.article.line)
                {
                    Some((_, list)) => list.push(a),
                    None => sections.push((&a.article, vec![a])),
                }
            }
            for (article, list) in sections {
                out.push_str(&format!(
                    "## {}\n\n{}\n\n",
                    inline(&article.title),
                    citation(article)
                ));
                for a in list {
                    out.push_str(&entry(a, false));
                }
            }
        }
        Group::Tag | Group::Speaker => {
            let mut groups: BTreeMap<String, Vec<&Annotation>> = BTreeMap::new();
            for a in annotations {
                let keys: Vec<String> = if opts.group == Group::Tag {
                    if a.tags.is_empty() {
                        vec!["(no tag)".into()]
                    } else {
                        a.tags.clone()
                    }
                } else {
                    vec![a.speaker.clone().unwrap_or_else(|| "(no speaker)".into())]
                };
                for k in keys {
                    groups.entry(k).or_default().push(a);
                }
            }
            for (key, list) in groups {
                let heading = if opts.group == Group::Tag && !key.starts_with('(') {
                    hashtag(&key)
                } else {
                    key
                };
                out.push_str(&format!("## {}\n\n", inline(&heading)));
                for a in list {
                    out.push_str(&entry(a, true));
                }
            }
        }
    }
    out
}
