//! W3C Web Annotation JSON: an AnnotationCollection whose first page holds
//! one `Annotation` per annotation, with the note as a TextualBody, each tag
//! as a body with `purpose: tagging`, and a target with a TextQuoteSelector
//! and a TextPositionSelector. presscut's own fields (speaker, article) are
//! kept under `presscut:` names.

use serde_json::{Value, json};

use crate::annotation::Annotation;

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The target's `source`: the article's URL, else its file as a `file://` URL.
pub fn source_of(a: &Annotation) -> String {
    match &a.article.url {
        Some(u) => u.clone(),
        None => {
            let p = &a.article.path;
            if p.starts_with('/') {
                format!("file://{p}")
            } else {
                format!("file:{p}")
            }
        }
    }
}

pub fn annotation_json(a: &Annotation) -> Value {
    let mut body: Vec<Value> = Vec::new();
    if !a.note.is_empty() {
        body.push(json!({ "type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting" }));
    }
    for t in &a.tags {
        body.push(json!({ "type": "TextualBody", "value": t, "purpose": "tagging" }));
    }
    let mut v = json!({
        "id": format!("urn:uuid:{}", a.id),
        "type": "Annotation",
        "created": a.created,
        "modified": a.updated,
        "body": body,
        "target": {
            "source": source_of(a),
            "selector": [
                { "type": "TextQuoteSelector", "exact": a.target.exact, "prefix": a.target.prefix, "suffix": a.target.suffix },
                { "type": "TextPositionSelector", "start": a.target.start, "end": a.target.end }
            ]
        },
        "presscut:article": a.article,
    });
    if let Some(s) = &a.speaker {
        v["presscut:speaker"] = json!(s);
    }
    v
}

/// Renders the annotations as a W3C AnnotationCollection.
pub fn render(annotations: &[&Annotation]) -> Result<String, serde_json::Error> {
    let items: Vec<Value> = annotations.iter().map(|a| annotation_json(a)).collect();
    let doc = json!({
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "presscut annotations",
        "total": items.len(),
        "first": { "type": "AnnotationPage", "items": items },
    });
    serde_json::to_string_pretty(&doc).map(|s| s + "\n")
}
