//! News archive exports as plain text: many articles in one file, as
//! researchers download them from LexisNexis (each article headed by a
//! centred "12 of 500 DOCUMENTS" line), Nexis Uni (each ended by "End of
//! Document") or Factiva (each ended by "Document" and its id). Every
//! article becomes an entry of its own, with the outlet, date, headline,
//! byline and address the export names in its fields ("BYLINE:",
//! "LENGTH:", "LOAD-DATE:", "1,234 words", ...), which are left out of the
//! text.

use std::path::Path;

use rayon::prelude::*;

use super::{Work, into_entry};
use crate::article::{Entry, Format, Meta, SourceRef};
use crate::clean::{clean_text, meta};

/// "12 of 500 DOCUMENTS" (or "1 of 1 DOCUMENT").
fn is_document_number(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(n), Some(of), Some(m), Some(docs), None) = (
        words.next(),
        words.next(),
        words.next(),
        words.next(),
        words.next(),
    ) else {
        return false;
    };
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    number(n)
        && of.eq_ignore_ascii_case("of")
        && number(m)
        && matches!(docs.to_ascii_uppercase().as_str(), "DOCUMENTS" | "DOCUMENT")
}

fn is_end_of_document(line: &str) -> bool {
    line.trim().eq_ignore_ascii_case("end of document") || is_factiva_id(line)
}

/// Factiva's last line of an article: "Document " and the article's id,
/// letters and digits ("Document HRBGAZ0020260304e2340001x").
fn is_factiva_id(line: &str) -> bool {
    line.trim().strip_prefix("Document ").is_some_and(|id| {
        id.len() >= 16
            && id.bytes().all(|b| b.is_ascii_alphanumeric())
            && id.bytes().any(|b| b.is_ascii_digit())
    })
}

/// Factiva's header lines under the headline: "1,234 words", a language.
fn is_factiva_field(line: &str) -> bool {
    let t = line.trim();
    let words = t
        .strip_suffix(" words")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b','));
    words
        || matches!(
            t,
            "English" | "French" | "German" | "Spanish" | "Italian" | "Dutch"
        )
}

/// Whether `text` is an archive export: it has a line of either kind.
/// (Only the lines that hold "ocument" or "OCUMENT" are read: a text file
/// of any size is asked this as it loads.)
pub(super) fn is_export(text: &str) -> bool {
    let b = text.as_bytes();
    let line_at = |i: usize| {
        let start = memchr::memrchr(b'\n', &b[..i]).map_or(0, |k| k + 1);
        let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
        &text[start..end]
    };
    [&b"ocument"[..], b"OCUMENT"].iter().any(|needle| {
        memchr::memmem::find_iter(b, needle).any(|i| {
            let l = line_at(i);
            is_document_number(l) || is_end_of_document(l)
        })
    })
}

/// A field line: a key in capitals (or capitalised, as Nexis Uni writes
/// them), a colon, a value: "BYLINE: Ada Lint", "Load-Date: March 4, 2026".
fn field(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let known = [
        "BYLINE",
        "SECTION",
        "LENGTH",
        "DATELINE",
        "HIGHLIGHT",
        "LOAD-DATE",
        "LANGUAGE",
        "PUBLICATION-TYPE",
        "DOCUMENT-TYPE",
        "JOURNAL-CODE",
        "URL",
        "GRAPHIC",
        "CORRECTION-DATE",
        "CORRECTION",
        "TYPE",
        "SUBJECT",
        "ORGANIZATION",
        "PERSON",
        "GEOGRAPHIC",
        "COUNTRY",
        "CITY",
        "STATE",
        "INDUSTRY",
        "COMPANY",
        "TICKER",
        "NOTES",
        "DISTRIBUTION",
        "SERIES",
        "EDITION",
        "PUB-TYPE",
    ];
    let upper = key.trim().to_ascii_uppercase();
    (key == key.trim_start() && known.contains(&upper.as_str())).then(|| (upper, value.trim()))
}

/// One article of an export: where it starts (1-based line), its metadata
/// and its text.
struct Document {
    line: usize,
    meta: Meta,
    body: String,
}

/// The articles of an export, in order. A cover page before the first
/// "N of M DOCUMENTS" line is left out.
fn documents(text: &str) -> Vec<Document> {
    let lines: Vec<&str> = text.lines().collect();
    // Each article's first and last line (exclusive).
    let mut spans = Vec::new();
    let numbered = lines.iter().any(|l| is_document_number(l));
    if numbered {
        let starts: Vec<usize> = (0..lines.len())
            .filter(|&i| is_document_number(lines[i]))
            .collect();
        for (k, &s) in starts.iter().enumerate() {
            spans.push((s + 1, starts.get(k + 1).copied().unwrap_or(lines.len())));
        }
    } else {
        let mut start = 0;
        for (i, l) in lines.iter().enumerate() {
            if is_end_of_document(l) {
                spans.push((start, i));
                start = i + 1;
            }
        }
        if lines[start..].iter().any(|l| !l.trim().is_empty()) {
            spans.push((start, lines.len()));
        }
    }
    spans
        .into_iter()
        .filter_map(|(s, e)| document(&lines[s..e], s + 1, numbered))
        .collect()
}

/// An article from its lines. In a LexisNexis export the lines before the
/// headline are centred (indented): the outlet, the date, the edition; the
/// headline is the first line at the margin. In a Nexis Uni export the
/// headline comes first, then the outlet and the date.
fn document(lines: &[&str], first_line: usize, numbered: bool) -> Option<Document> {
    if !numbered && let Some(doc) = factiva(lines, first_line) {
        return Some(doc);
    }
    // Nexis Uni: all above the "Body" line is the header.
    let body_at = (!numbered)
        .then(|| {
            lines
                .iter()
                .position(|l| l.trim().eq_ignore_ascii_case("body"))
        })
        .flatten();
    let mut meta = Meta::default();
    let mut body = String::new();
    let mut head: Vec<&str> = Vec::new();
    let mut in_head = true;
    let mut load_date = None;
    for (i, &line) in lines.iter().enumerate() {
        let t = line.trim();
        if body_at.is_some_and(|b| i == b) {
            in_head = false;
            continue;
        }
        if let Some((key, value)) = field(line) {
            in_head = false;
            match key.as_str() {
                "BYLINE" if !value.is_empty() => meta.byline = Some(value.to_string()),
                "URL" if value.starts_with("http") => meta.url = Some(value.to_string()),
                "LOAD-DATE" => load_date = meta::find_date(value),
                _ => {}
            }
            continue;
        }
        if in_head {
            if t.is_empty() {
                continue;
            }
            // LexisNexis: centred lines, then the headline at the margin.
            if numbered && line.starts_with(char::is_whitespace) {
                head.push(t);
                continue;
            }
            if meta.title.is_empty() {
                meta.title = crate::sanitize::one_line(t);
                continue;
            }
            // Nexis Uni: the outlet, the date and a copyright line under
            // the headline, down to the "Body" line; without one, the two
            // lines under the headline.
            if body_at.is_some_and(|b| i < b) || (!numbered && head.len() < 2) {
                head.push(t);
                continue;
            }
            in_head = false;
        }
        body.push_str(line);
        body.push('\n');
    }
    for h in &head {
        match meta::find_date(h) {
            Some(date) if meta.date.is_none() => meta.date = Some(date),
            Some(_) => {}
            None if meta.source.is_none() && !h.to_ascii_lowercase().starts_with("copyright") => {
                meta.source = Some(h.to_string());
            }
            None => {}
        }
    }
    meta.date = meta.date.or(load_date);
    if meta.title.is_empty() && body.trim().is_empty() {
        return None;
    }
    Some(Document {
        line: first_line,
        meta,
        body,
    })
}

/// A Factiva article: the headline, then (each on a line of its own) the
/// byline, "1,234 words", the date, the outlet, its code, the language and
/// a copyright line; the text after that. `None` when the lines under the
/// headline hold no word count.
fn factiva(lines: &[&str], first_line: usize) -> Option<Document> {
    let filled: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.trim()))
        .filter(|(_, l)| !l.is_empty())
        .collect();
    let words_at = filled
        .iter()
        .take(4)
        .position(|(_, l)| is_factiva_field(l) && l.ends_with(" words"))?;
    let (_, title) = filled.first()?;
    let mut meta = Meta {
        title: crate::sanitize::one_line(title),
        ..Meta::default()
    };
    if words_at == 2 {
        let byline = filled[1].1;
        meta.byline = Some(byline.strip_prefix("By ").unwrap_or(byline).to_string());
    }
    // The header ends at its copyright line, within a few lines.
    let rest = &filled[words_at + 1..];
    let end = rest
        .iter()
        .take(6)
        .position(|(_, l)| l.starts_with('©') || l.to_ascii_lowercase().starts_with("copyright"));
    let header = &rest[..end.unwrap_or(0)];
    for &(_, l) in header {
        if is_factiva_field(l) {
            continue;
        }
        match meta::find_date(l) {
            Some(d) if meta.date.is_none() && l.len() < 40 => meta.date = Some(d),
            // The outlet's code ("HRBGAZ") after the outlet.
            _ if meta.source.is_some() => {}
            _ if meta.date.is_some() => meta.source = Some(l.to_string()),
            _ => {}
        }
    }
    let body_from = match end {
        Some(e) => rest[e].0 + 1,
        None => rest.first().map_or(lines.len(), |(i, _)| *i),
    };
    let mut body = String::new();
    for line in &lines[body_from..] {
        body.push_str(line);
        body.push('\n');
    }
    Some(Document {
        line: first_line,
        meta,
        body,
    })
}

/// Every article of an export, each an entry of its own.
pub(super) fn load(path: &Path, text: &str, warnings: &[String], work: Work) -> Vec<Entry> {
    documents(text)
        .into_par_iter()
        .map(|doc| {
            let src = SourceRef {
                path: path.to_path_buf(),
                line: Some(doc.line),
            };
            let cleaned = clean_text(&doc.body, &doc.meta);
            into_entry(src, Format::Text, cleaned, warnings.to_vec(), work)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An export in the layout LexisNexis used for plain text, with a
    /// cover page; every name and outlet is invented.
    pub(crate) const LEXIS: &str = "\n\nDownload Request: Selected Items: 1-2\n\
        Time Of Request: Friday, March 20, 2026  16:51:31\n\n\
        Terms: (harbour and ferry)\n\n\
        \x20                              1 of 2 DOCUMENTS\n\n\n\
        \x20                             The Harbour Gazette\n\n\
        \x20                           March 3, 2026 Tuesday\n\
        \x20                                 Final Edition\n\n\
        Council votes to keep night ferry running\n\n\
        BYLINE: Marta Quinlan\n\n\
        SECTION: NEWS; Pg. 4\n\n\
        LENGTH: 64 words\n\n\
        The council voted on Tuesday to keep the night ferry running until the end\n\
        of the year, after a packed meeting at the harbour hall.\n\n\
        \"We heard every one of you,\" said Mayor Ines Calloway. \"The night ferry\n\
        stays.\"\n\n\
        LOAD-DATE: March 4, 2026\n\n\
        LANGUAGE: ENGLISH\n\n\
        PUBLICATION-TYPE: Newspaper\n\n\n\
        \x20                      Copyright 2026 Harbour Gazette Ltd\n\
        \x20                             All Rights Reserved\n\n\
        \x20                              2 of 2 DOCUMENTS\n\n\n\
        \x20                               Northwind Ledger\n\n\
        \x20                           March 5, 2026 Thursday\n\n\
        Ferry operator warns of fare rise\n\n\
        BYLINE: Ro Fenwick\n\n\
        LENGTH: 40 words\n\n\
        The ferry operator said fares would rise by 40 cents in April. \"Fuel has\n\
        doubled in two years,\" said operations director Tobias Quell.\n\n\
        LOAD-DATE: March 6, 2026\n";

    /// The same two articles as Nexis Uni writes them.
    const UNI: &str = "Council votes to keep night ferry running\n\
        The Harbour Gazette\n\
        March 3, 2026 Tuesday\n\
        Copyright 2026 Harbour Gazette Ltd All Rights Reserved\n\n\
        Section: NEWS; Pg. 4\n\
        Length: 64 words\n\
        Byline: Marta Quinlan\n\n\
        Body\n\n\
        The council voted on Tuesday to keep the night ferry running until the end \
        of the year, after a packed meeting at the harbour hall.\n\n\
        \"We heard every one of you,\" said Mayor Ines Calloway. \"The night ferry stays.\"\n\n\
        Load-Date: March 4, 2026\n\n\
        End of Document\n\n\
        Ferry operator warns of fare rise\n\
        Northwind Ledger\n\
        March 5, 2026 Thursday\n\n\
        Byline: Ro Fenwick\n\n\
        Body\n\n\
        The ferry operator said fares would rise by 40 cents in April. \"Fuel has \
        doubled in two years,\" said operations director Tobias Quell.\n\n\
        Load-Date: March 6, 2026\n\n\
        End of Document\n";

    /// Two articles as Factiva shows them, each ended by its id.
    const FACTIVA: &str = "Council votes to keep night ferry running\n\n\
        By Marta Quinlan\n\
        64 words\n\
        3 March 2026\n\
        The Harbour Gazette\n\
        HRBGAZ\n\
        English\n\
        © 2026 Harbour Gazette Ltd. All rights reserved.\n\n\
        The council voted on Tuesday to keep the night ferry running until the end of the \
        year, after a packed meeting at the harbour hall.\n\n\
        \"We heard every one of you,\" said Mayor Ines Calloway. \"The night ferry stays.\"\n\n\
        Document HRBGAZ0020260303e2330001x\n\n\n\
        Ferry operator warns of fare rise\n\n\
        40 words\n\
        5 March 2026\n\
        Northwind Ledger\n\
        NWLDG\n\
        English\n\
        Copyright 2026 Northwind Media\n\n\
        The ferry operator said fares would rise by 40 cents in April. \"Fuel has doubled \
        in two years,\" said operations director Tobias Quell.\n\n\
        Document NWLDG00020260305e2350000b\n";

    #[test]
    fn a_factiva_export_is_one_article_per_document() {
        assert!(is_export(FACTIVA));
        let docs = documents(FACTIVA);
        assert_eq!(docs.len(), 2);
        let (a, b) = (&docs[0].meta, &docs[1].meta);
        assert_eq!(a.title, "Council votes to keep night ferry running");
        assert_eq!(a.byline.as_deref(), Some("Marta Quinlan"));
        assert_eq!(a.date.as_deref(), Some("2026-03-03"));
        assert_eq!(a.source.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(b.byline, None);
        assert_eq!(b.source.as_deref(), Some("Northwind Ledger"));
        assert!(
            docs[0]
                .body
                .trim_start()
                .starts_with("The council voted on Tuesday")
        );
        for doc in &docs {
            for gone in [
                "words\n",
                "English",
                "HRBGAZ",
                "©",
                "Copyright",
                "Document ",
            ] {
                assert!(!doc.body.contains(gone), "{gone} in {:?}", doc.body);
            }
        }
        let entries = load(Path::new("factiva.txt"), FACTIVA, &[], Work::All);
        assert_eq!(entries.iter().filter_map(Entry::article).count(), 2);
    }

    #[test]
    fn exports_are_told_from_articles() {
        assert!(is_export(LEXIS));
        assert!(is_export(UNI));
        assert!(!is_export(
            "Ferry vote\n\nThe council voted 2 of 3 documents through.\nEnd of the document.\n"
        ));
    }

    #[test]
    fn each_article_of_an_export_has_its_metadata_and_text() {
        for (export, numbered) in [(LEXIS, true), (UNI, false)] {
            let docs = documents(export);
            assert_eq!(docs.len(), 2, "numbered: {numbered}");
            let (a, b) = (&docs[0].meta, &docs[1].meta);
            assert_eq!(a.title, "Council votes to keep night ferry running");
            assert_eq!(a.source.as_deref(), Some("The Harbour Gazette"));
            assert_eq!(a.date.as_deref(), Some("2026-03-03"));
            assert_eq!(a.byline.as_deref(), Some("Marta Quinlan"));
            assert_eq!(b.title, "Ferry operator warns of fare rise");
            assert_eq!(b.source.as_deref(), Some("Northwind Ledger"));
            assert_eq!(b.date.as_deref(), Some("2026-03-05"));
            for doc in &docs {
                for gone in [
                    "LENGTH",
                    "Length",
                    "LOAD-DATE",
                    "Load-Date",
                    "Body\n",
                    "SECTION",
                ] {
                    assert!(!doc.body.contains(gone), "{gone} in {:?}", doc.body);
                }
            }
            assert!(docs[0].body.contains("The council voted on Tuesday"));
        }
    }

    #[test]
    fn an_export_loads_as_one_entry_per_article_with_its_quotes() {
        for export in [LEXIS, UNI] {
            let entries = load(Path::new("export.txt"), export, &[], Work::All);
            let articles: Vec<_> = entries.iter().filter_map(Entry::article).collect();
            assert_eq!(articles.len(), 2);
            let first = articles[0];
            assert!(first.src.line.is_some());
            assert_eq!(
                first.text,
                "The council voted on Tuesday to keep the night ferry running until the end \
                 of the year, after a packed meeting at the harbour hall.\n\n\
                 \"We heard every one of you,\" said Mayor Ines Calloway. \"The night ferry \
                 stays.\""
            );
            let speakers: Vec<_> = articles
                .iter()
                .flat_map(|a| &a.quotes)
                .filter(|q| q.kind == crate::quote::Kind::Direct)
                .map(|q| q.speaker.as_deref())
                .collect();
            assert_eq!(
                speakers,
                [
                    Some("Ines Calloway"),
                    Some("Ines Calloway"),
                    Some("Tobias Quell")
                ]
            );
        }
    }
}
