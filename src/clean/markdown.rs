//! Markdown articles: front matter gives metadata, the first `#` heading the
//! title; markup is removed before the scraped-text rules run.

use super::{Cleaned, clean_text, meta};
use crate::article::Meta;

/// Cleans a Markdown article.
pub fn clean_markdown(raw: &str) -> Cleaned {
    clean_markdown_with(raw, &Meta::default())
}

/// Cleans a Markdown article whose metadata is partly known from elsewhere
/// (a JSONL record): its front matter fills in what `known` lacks.
pub fn clean_markdown_with(raw: &str, known: &Meta) -> Cleaned {
    // (Its front matter too: the scraped-text rules repair only the body.)
    let repaired = super::mojibake::repair(raw);
    let (front, body) = front_matter(&repaired);
    let mut preset = super::header::fill(known, front);
    let mut text = String::with_capacity(body.len());
    let mut in_code = false;
    for line in body.lines() {
        let trimmed = line.trim_start();
        // "Title\n=====": the line before is a heading.
        if trimmed.len() >= 3 && trimmed.trim_end().bytes().all(|c| c == b'=') {
            let last = text.trim_end_matches('\n').rfind('\n').map_or(0, |k| k + 1);
            let heading = text[last..].trim().to_string();
            if preset.title.is_empty() && !heading.is_empty() {
                preset.title = heading;
                text.truncate(last);
            }
            text.push('\n');
            continue;
        }
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            continue;
        }
        if let Some(heading) = heading(trimmed) {
            if preset.title.is_empty() && trimmed.starts_with("# ") {
                preset.title = inline(heading);
                continue;
            }
            text.push_str(&inline(heading));
            text.push_str("\n\n");
            continue;
        }
        let trimmed = trimmed.trim_start_matches('>').trim_start();
        let trimmed = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
            .map_or_else(|| trimmed.to_string(), |item| format!("• {item}"));
        if trimmed.chars().all(|c| matches!(c, '-' | '*' | '_' | ' ')) && !trimmed.is_empty() {
            text.push('\n');
            continue;
        }
        text.push_str(&inline(&trimmed));
        text.push('\n');
    }
    let mut cleaned = clean_text(&text, &preset);
    if matches!(repaired, std::borrow::Cow::Owned(_)) {
        cleaned.notes.push(super::mojibake::NOTE.into());
    }
    cleaned
}

/// Whether text saved as plain text is Markdown, as the output of tools
/// that turn a web page into Markdown for reading is: three links or
/// images in Markdown's syntax (`[text](https://...)`, `![alt](...)`), or a
/// `#` heading and one of them, in its first 64 KB.
pub fn looks_like_markdown(text: &str) -> bool {
    let mut end = text.len().min(64 << 10);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let b = head.as_bytes();
    let links = memchr::memmem::find_iter(b, b"](")
        .filter(|&i| {
            let target = &b[i + 2..];
            let line_start = b[..i]
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |k| k + 1);
            memchr::memchr(b'[', &b[line_start..i]).is_some()
                && [&b"http"[..], b"/", b"#", b"mailto:", b"www."]
                    .iter()
                    .any(|p| target.starts_with(p))
        })
        .take(3)
        .count();
    links >= 3 || (links >= 1 && head.lines().any(|l| heading(l.trim_start()).is_some()))
}

fn heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    ((1..=6).contains(&hashes) && line[hashes..].starts_with(' ')).then(|| line[hashes..].trim())
}

/// Removes inline markup: images, links (keeping their text), emphasis, code ticks.
fn inline(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(pos) = rest.find(['[', '!', '*', '_', '`']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        if let Some(after_bang) = tail.strip_prefix("![")
            && let Some((_, after)) = link_parts(after_bang)
        {
            rest = after;
            continue;
        }
        if let Some(after_bracket) = tail.strip_prefix('[')
            && let Some((label, after)) = link_parts(after_bracket)
        {
            // A label may hold an image: a logo that links home.
            out.push_str(&inline(label));
            rest = after;
            continue;
        }
        let c = tail.chars().next().unwrap_or(' ');
        let run = tail.chars().take_while(|x| *x == c).count();
        // `*`/`_` runs are emphasis only next to a word; `snake_case` stays.
        let prev_alnum = out.chars().last().is_some_and(char::is_alphanumeric);
        let next_alnum = tail[run..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        // ("[sic]" is no link: its bracket stays.)
        if c == '!' || c == '[' || (c == '_' && prev_alnum && next_alnum) {
            out.push_str(&tail[..run]);
        }
        rest = &tail[run..];
    }
    out.push_str(rest);
    out
}

/// `label](url)rest` -> (label, rest). Brackets in the label and
/// parentheses in the address nest: `[![logo](a.svg)](/)`,
/// `[law](https://x.test/Act_(2019))`.
fn link_parts(s: &str) -> Option<(&str, &str)> {
    let close = closing(s, b'[', b']')?;
    let after = s[close + 1..].strip_prefix('(')?;
    let end = closing(after, b'(', b')')?;
    Some((&s[..close], &after[end + 1..]))
}

/// Where the `close` byte that ends a bracket already open stands in `s`,
/// pairs of `open` and `close` inside it skipped.
fn closing(s: &str, open: u8, close: u8) -> Option<usize> {
    let mut depth = 1usize;
    s.bytes().position(|c| {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
        }
        depth == 0
    })
}

/// Splits `---\nkey: value\n---` front matter off the top.
fn front_matter(raw: &str) -> (Meta, &str) {
    let mut preset = Meta::default();
    let Some(rest) = raw
        .strip_prefix("---\n")
        .or_else(|| raw.strip_prefix("---\r\n"))
    else {
        return (preset, raw);
    };
    let Some(end) = rest.find("\n---") else {
        return (preset, raw);
    };
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = value.trim().trim_matches(['"', '\'']).to_string();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_lowercase().as_str() {
            "title" => preset.title = crate::sanitize::one_line(&value),
            "author" | "byline" => preset.byline = Some(value),
            "date" | "published" => preset.date = meta::find_date(&value).or(Some(value)),
            "source" | "outlet" | "publication" | "site" => preset.source = Some(value),
            "url" | "link" => preset.url = Some(value),
            _ => {}
        }
    }
    let body = rest[end + 4..].trim_start_matches(['-', '\r']);
    (preset, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_is_told_from_scraped_text() {
        let links = "* [News](https://x.test/news)\n* [Sport](/sport)\n\nText [here](#a).\n";
        assert!(looks_like_markdown(links));
        assert!(looks_like_markdown(
            "# Ferry vote\n\n![The ferry](https://x.test/f.jpg)\n\nThe council voted.\n"
        ));
        for text in [
            // A text browser's link numbers, and brackets in prose.
            "[11]Share [12]Tweet\nBy [10]Jane Doe\n\nThe council [unanimously] voted (6-0).\n",
            // Two links and no heading.
            "See [the report](https://x.test/r) and [the map](https://x.test/m).\n",
            // A heading, and brackets that are no link.
            "# Ferry vote\n\nThe fare [was] (as ever) too high.\n",
            // A link's parts on two lines.
            "Read [the report\n](https://x.test/r) [a](b) [c](d)\n",
        ] {
            assert!(!looks_like_markdown(text), "{text}");
        }
    }

    /// A news page as a web reader turns it into Markdown: a header, a
    /// logo that links home, menus, a setext headline, a byline with a
    /// link, a list of most-read stories.
    #[test]
    fn a_page_turned_into_markdown() {
        let raw = "Title: Minister quits over memo | The Northgate Herald\n\n\
            URL Source: https://nh.test/politics/minister-quits\n\n\
            Markdown Content:\n\
            [![Image 1: The Northgate Herald](https://nh.test/logo.svg)](https://nh.test/)\n\n\
            *   [Politics](https://nh.test/politics)\n*   [Sport](https://nh.test/sport)\n\n\
            Minister quits over memo\n========================\n\n\
            By [Hesketh Morrow](https://nh.test/authors/hm)\n\n\
            Transport minister Rowena Castellane resigned on Tuesday night, hours after a \
            leaked memo showed her department had been warned about the bridge.\n\n\
            \"I take responsibility for what happens on my watch,\" Castellane said.\n\n\
            ### Most read\n\n\
            1.   [Council tax to rise](https://nh.test/news/tax)\n\
            2.   [Storm warning for the coast](https://nh.test/news/storm)\n";
        let c = clean_markdown(raw);
        assert_eq!(c.meta.title, "Minister quits over memo");
        assert_eq!(c.meta.source.as_deref(), Some("The Northgate Herald"));
        assert_eq!(c.meta.byline.as_deref(), Some("Hesketh Morrow"));
        assert_eq!(
            c.meta.url.as_deref(),
            Some("https://nh.test/politics/minister-quits")
        );
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
        assert!(c.paragraphs[0].starts_with("Transport minister Rowena Castellane"));
    }

    #[test]
    fn inline_markup_is_removed() {
        assert_eq!(
            inline("**Bold** and _it_ and [a link](http://x) ok"),
            "Bold and it and a link ok"
        );
        assert_eq!(inline("![photo](a.png)Caption"), "Caption");
        assert_eq!(
            inline("[![Image 1: Logo](/logo.svg)](https://x.test/) Home"),
            " Home"
        );
        assert_eq!(
            inline("the [Act](https://x.test/Act_(2019)) and [[1]](#n1) so"),
            "the Act and [1] so"
        );
        assert_eq!(inline("he said [sic] it"), "he said [sic] it");
        assert_eq!(
            inline("snake_case stays, `code` too"),
            "snake_case stays, code too"
        );
    }

    #[test]
    fn front_matter_and_heading() {
        let c = clean_markdown(
            "---\ntitle: \"Tide tables\"\nauthor: Ro Fen\ndate: 2026-03-01\noutlet: Bay Notes\n---\n# Ignored heading\n\nThe tide came in early, and “it was a surprise to everyone here,” said Ro Fen.\n",
        );
        assert_eq!(c.meta.title, "Tide tables");
        assert_eq!(c.meta.byline.as_deref(), Some("Ro Fen"));
        assert_eq!(c.meta.date.as_deref(), Some("2026-03-01"));
        assert_eq!(c.meta.source.as_deref(), Some("Bay Notes"));
        assert_eq!(c.paragraphs.len(), 2);
    }
}
