//! CSV (RFC 4180, UTF-8, header row), one annotation a row.

use crate::annotation::Annotation;

pub const HEADER: [&str; 12] = [
    "quote",
    "speaker",
    "tags",
    "note",
    "article title",
    "outlet",
    "author",
    "date",
    "url",
    "location",
    "annotation id",
    "created",
];

/// Renders the annotations as CSV; tags are joined with ", ".
pub fn render(annotations: &[&Annotation]) -> Result<String, ::csv::Error> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(HEADER)?;
    for a in annotations {
        let r = &a.article;
        let location = format!("{}-{}", a.target.start, a.target.end);
        let url = r.url.clone().unwrap_or_else(|| r.path.clone());
        w.write_record([
            a.target.exact.as_str(),
            a.speaker.as_deref().unwrap_or(""),
            &a.tags.join(", "),
            a.note.as_str(),
            r.title.as_str(),
            r.source.as_deref().unwrap_or(""),
            r.byline.as_deref().unwrap_or(""),
            r.date.as_deref().unwrap_or(""),
            url.as_str(),
            location.as_str(),
            a.id.as_str(),
            a.created.as_str(),
        ])?;
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ::csv::Error::from(e.into_error()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
