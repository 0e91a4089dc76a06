//! Export formats parsed back by real parsers, field by field; import and
//! the export -> import round trip.

mod common;

use presscut::annotation::Annotation;
use presscut::article::{Article, Entry, Format as InFormat, Meta, SourceRef};
use presscut::export::{self, Filter, Format, Group, MarkdownOptions, import};
use presscut::store::{Op, Store};

const TRICKY: &[&str] = &[
    "“We heard you, all of you,” she said, \"twice\".",
    "A line\nand another, with a comma",
    "Emoji 🚢⛴️ and a tab\there",
    "RTL: قال رئيس البلدية إن العبّارة ستبقى",
    "עברית: העבּורת הלילה תמשיך",
];

fn article() -> Article {
    Article::new(
        SourceRef::file("/news/tricky.txt"),
        InFormat::Text,
        Meta {
            title: "Ferry, fares & \"feelings\"".into(),
            byline: Some("Marta Quinlan".into()),
            date: Some("2026-03-03".into()),
            source: Some("The Harbor Gazette".into()),
            url: Some("https://harbor.example/ferry?a=1&b=2".into()),
        },
        TRICKY.iter().map(|s| s.to_string()).collect(),
        vec![],
    )
}

fn annotations(a: &Article) -> Vec<Annotation> {
    let chars: Vec<char> = a.text.chars().collect();
    a.paragraphs()
        .enumerate()
        .map(|(i, p)| {
            let start = a.para_starts[i];
            let mut ann = Annotation::new(a, &chars, start, start + p.chars().count());
            ann.add_tag(&format!("tag, {i}"));
            ann.add_tag("shared tag");
            ann.set_note(&format!("Note {i}, with \"quotes\",\nand a second line 🙂"));
            if i % 2 == 0 {
                ann.speaker = Some(format!("Speaker {i}"));
            }
            ann
        })
        .collect()
}

#[test]
fn csv_parses_back_field_by_field() {
    let a = article();
    let anns = annotations(&a);
    let refs: Vec<&Annotation> = anns.iter().collect();
    let text = export::export(&refs, Format::Csv, MarkdownOptions::default()).expect("csv");
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, export::csv::HEADER);
    let rows: Vec<csv::StringRecord> = r.records().map(|x| x.expect("record")).collect();
    assert_eq!(rows.len(), anns.len());
    for (row, ann) in rows.iter().zip(&anns) {
        assert_eq!(&row[0], ann.target.exact);
        assert_eq!(&row[1], ann.speaker.as_deref().unwrap_or(""));
        assert_eq!(&row[2], ann.tags.join(", "));
        assert_eq!(&row[3], ann.note);
        assert_eq!(&row[4], "Ferry, fares & \"feelings\"");
        assert_eq!(&row[5], "The Harbor Gazette");
        assert_eq!(&row[6], "Marta Quinlan");
        assert_eq!(&row[7], "2026-03-03");
        assert_eq!(&row[8], "https://harbor.example/ferry?a=1&b=2");
        assert_eq!(&row[9], format!("{}-{}", ann.target.start, ann.target.end));
        assert_eq!(&row[10], ann.id);
        assert_eq!(&row[11], ann.created);
    }
}

#[test]
fn w3c_json_parses_back_field_by_field() {
    let a = article();
    let anns = annotations(&a);
    let refs: Vec<&Annotation> = anns.iter().collect();
    let text = export::export(&refs, Format::Json, MarkdownOptions::default()).expect("json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(v["total"], anns.len());
    let items = v["first"]["items"].as_array().expect("items");
    for (item, ann) in items.iter().zip(&anns) {
        assert_eq!(item["type"], "Annotation");
        assert_eq!(item["id"], format!("urn:uuid:{}", ann.id));
        assert_eq!(item["created"], ann.created.as_str());
        assert_eq!(item["modified"], ann.updated.as_str());
        let body = item["body"].as_array().expect("body");
        assert_eq!(body[0]["type"], "TextualBody");
        assert_eq!(body[0]["value"], ann.note.as_str());
        let tags: Vec<&str> = body
            .iter()
            .filter(|b| b["purpose"] == "tagging")
            .filter_map(|b| b["value"].as_str())
            .collect();
        assert_eq!(
            tags,
            ann.tags.iter().map(String::as_str).collect::<Vec<_>>()
        );
        assert_eq!(
            item["target"]["source"],
            "https://harbor.example/ferry?a=1&b=2"
        );
        let sel = item["target"]["selector"].as_array().expect("selectors");
        assert_eq!(sel[0]["type"], "TextQuoteSelector");
        assert_eq!(sel[0]["exact"], ann.target.exact.as_str());
        assert_eq!(sel[0]["prefix"], ann.target.prefix.as_str());
        assert_eq!(sel[1]["type"], "TextPositionSelector");
        assert_eq!(sel[1]["start"], ann.target.start);
        assert_eq!(sel[1]["end"], ann.target.end);
        match &ann.speaker {
            Some(s) => assert_eq!(item["presscut:speaker"], s.as_str()),
            None => assert!(item.get("presscut:speaker").is_none()),
        }
    }
}

/// Text of the Markdown by element kind, from a real CommonMark parser.
fn markdown_parts(md: &str) -> (Vec<String>, Vec<String>, String) {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let (mut headings, mut quotes, mut all) = (Vec::new(), Vec::new(), String::new());
    let (mut in_heading, mut quote_depth) = (false, 0);
    let mut cur = String::new();
    for ev in Parser::new(md) {
        match ev {
            Event::Start(Tag::Heading { .. }) => {
                in_heading = true;
                cur.clear();
            }
            Event::End(TagEnd::Heading(_)) => {
                in_heading = false;
                headings.push(cur.clone());
            }
            Event::Start(Tag::BlockQuote(_)) => {
                quote_depth += 1;
                cur.clear();
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                quote_depth -= 1;
                quotes.push(cur.trim().to_string());
            }
            Event::Text(t) | Event::Code(t) => {
                if in_heading || quote_depth > 0 {
                    cur.push_str(&t);
                }
                all.push_str(&t);
            }
            Event::End(TagEnd::Paragraph) if quote_depth > 0 => cur.push('\n'),
            Event::End(TagEnd::Paragraph) => all.push('\n'),
            Event::SoftBreak | Event::HardBreak => {
                cur.push('\n');
                all.push('\n');
            }
            _ => {}
        }
    }
    (headings, quotes, all)
}

#[test]
fn markdown_parses_back() {
    let a = article();
    let anns = annotations(&a);
    let refs: Vec<&Annotation> = anns.iter().collect();
    let md = export::export(&refs, Format::Md, MarkdownOptions::default()).expect("md");
    let (headings, quotes, all) = markdown_parts(&md);
    assert_eq!(headings, vec!["Annotations", "Ferry, fares & \"feelings\""]);
    assert_eq!(quotes.len(), anns.len());
    for (q, ann) in quotes.iter().zip(&anns) {
        let expect = match &ann.speaker {
            Some(s) => format!("{}\n— {s}", ann.target.exact),
            None => ann.target.exact.clone(),
        };
        assert_eq!(q, &expect);
        assert!(all.contains(&ann.note), "note {:?} missing", ann.note);
    }
    assert!(all.contains("#tag,-0 #shared-tag"), "tags as hashtags");
    assert!(
        all.contains("The Harbor Gazette")
            && all.contains("Marta Quinlan")
            && all.contains("https://harbor.example/ferry?a=1&b=2")
    );
    assert!(all.contains("Note 1, with \"quotes\",\nand a second line 🙂"));

    let by_tag = export::export(
        &refs,
        Format::Md,
        MarkdownOptions {
            group: Group::Tag,
            front_matter: true,
        },
    )
    .expect("md");
    assert!(by_tag.starts_with("---\n"), "front matter");
    let (headings, quotes, _) =
        markdown_parts(by_tag.split_once("\n---\n").map(|x| x.1).unwrap_or(&by_tag));
    assert!(
        headings.contains(&"#shared-tag".to_string()),
        "{headings:?}"
    );
    assert_eq!(
        quotes.len(),
        anns.len() * 2,
        "each under its own tag and the shared one"
    );
    let by_speaker = export::export(
        &refs,
        Format::Md,
        MarkdownOptions {
            group: Group::Speaker,
            front_matter: false,
        },
    )
    .expect("md");
    let (headings, _, _) = markdown_parts(&by_speaker);
    assert!(
        headings.contains(&"Speaker 0".to_string())
            && headings.contains(&"(no speaker)".to_string()),
        "{headings:?}"
    );
}

#[test]
fn filters_by_tag_speaker_article_and_date() {
    let a = article();
    let anns = annotations(&a);
    let f = Filter {
        tags: vec!["TAG, 1".into()],
        ..Filter::default()
    };
    assert_eq!(f.apply(&anns).len(), 1);
    let f = Filter {
        speaker: Some("speaker 2".into()),
        ..Filter::default()
    };
    assert_eq!(f.apply(&anns).len(), 1);
    let f = Filter {
        articles: vec!["/news/other.txt".into()],
        ..Filter::default()
    };
    assert_eq!(f.apply(&anns).len(), 0);
    let f = Filter {
        since: Some("2999-01-01".into()),
        ..Filter::default()
    };
    assert_eq!(f.apply(&anns).len(), 0);
    let f = Filter {
        since: Some("2000-01-01".into()),
        articles: vec!["/news/tricky.txt".into()],
        ..Filter::default()
    };
    assert_eq!(f.apply(&anns).len(), anns.len());
}

#[test]
fn export_then_import_keeps_every_annotation_and_twice_adds_nothing() {
    let a = article();
    let anns = annotations(&a);
    let refs: Vec<&Annotation> = anns.iter().collect();
    let json = export::export(&refs, Format::Json, MarkdownOptions::default()).expect("json");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path());
    let (incoming, skipped) = import::parse(&json).expect("parse");
    assert!(skipped.is_empty());
    let (save, report) = import::plan(incoming, &[&a], store.annotations());
    assert_eq!(
        (report.added, report.updated, report.orphaned),
        (anns.len(), 0, 0)
    );
    store
        .apply(
            &save
                .into_iter()
                .map(|x| Op::Put(Box::new(x)))
                .collect::<Vec<_>>(),
        )
        .expect("save");
    for orig in &anns {
        let got = store
            .annotations()
            .iter()
            .find(|x| x.id == orig.id)
            .expect("kept");
        assert_eq!(got.tags, orig.tags);
        assert_eq!(got.note, orig.note);
        assert_eq!(got.speaker, orig.speaker);
        assert_eq!(got.target, orig.target);
        assert_eq!(got.created, orig.created);
        assert_eq!(got.article.path, orig.article.path);
    }
    let (incoming, _) = import::parse(&json).expect("parse");
    let (save, report) = import::plan(incoming, &[&a], store.annotations());
    assert!(save.is_empty());
    assert_eq!(
        (report.added, report.updated, report.unchanged),
        (0, 0, anns.len())
    );
}

#[test]
fn another_tools_annotations_match_by_url_or_text() {
    let lib = presscut::library::load(&[common::samples()]);
    let articles: Vec<&Article> = lib.entries.iter().filter_map(Entry::article).collect();
    let doc = serde_json::json!({
        "rows": [
            {
                "id": "hyp-1",
                "uri": "https://www.harbor-gazette.example/news/2026/03/night-ferry-vote",
                "text": "Compare with the 2019 vote.",
                "tags": ["ferry"],
                "target": [{ "source": "https://www.harbor-gazette.example/news/2026/03/night-ferry-vote",
                             "selector": [{ "type": "TextQuoteSelector", "exact": "We heard every one of you tonight", "prefix": "“", "suffix": ",”" }] }]
            },
            {
                "type": "Annotation",
                "body": "A note on the mill",
                "target": { "source": "https://elsewhere.example/mill",
                            "selector": { "type": "TextQuoteSelector", "exact": "The market has moved, and this mill cannot move with it." } }
            },
            { "type": "Annotation", "body": "no quote", "target": "https://x.example" },
            {
                "id": "lost",
                "target": { "source": "https://nowhere.example", "selector": { "type": "TextQuoteSelector", "exact": "Words that appear in no article of the library at all." } }
            }
        ]
    });
    let (incoming, skipped) = import::parse(&doc.to_string()).expect("parse");
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    let (save, report) = import::plan(incoming, &articles, &[]);
    assert_eq!((report.added, report.orphaned), (3, 1));
    let ferry = save.iter().find(|a| a.id == "hyp-1").expect("hyp-1");
    assert_eq!(
        ferry.article.title,
        "Council votes to keep the night ferry running"
    );
    assert_eq!(ferry.tags, vec!["ferry"]);
    assert_eq!(ferry.note, "Compare with the 2019 vote.");
    let mill = save
        .iter()
        .find(|a| a.note == "A note on the mill")
        .expect("by text");
    assert_eq!(
        mill.article.title,
        "Mill to close in June, putting 140 jobs at risk"
    );
    assert!(mill.id.starts_with("import-"), "stable derived id");
}
