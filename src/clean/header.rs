//! A header of "Key: value" lines that some tools write above an article's
//! text: web-to-Markdown readers ("Title:", "URL Source:", "Published
//! Time:", then "Markdown Content:"), and saved or mailed articles
//! ("Title:", "Author:", "Date:", "URL:").

use crate::article::Meta;

/// What a header key gives.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Title,
    Byline,
    Date,
    Source,
    Url,
    /// "Markdown Content:": the header's last line.
    End,
}

fn field(key: &str) -> Option<Field> {
    Some(match key.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => Field::Title,
        "author" | "authors" | "byline" | "by" => Field::Byline,
        "date" | "published" | "published time" | "published at" | "publication date" => {
            Field::Date
        }
        "source" | "outlet" | "publication" | "site" | "site name" => Field::Source,
        "url" | "url source" | "link" | "source url" => Field::Url,
        "markdown content" | "content" | "text" => Field::End,
        _ => return None,
    })
}

/// The metadata of a header at the top of `text`, and the text after it.
/// A header is two lines or more, each a known key and its value (blank
/// lines between them are fine), one of them a title or a web address;
/// "Markdown Content:" (or "Content:", "Text:") may end it. `None` when
/// the text has none.
pub(super) fn split(text: &str) -> Option<(Meta, &str)> {
    let mut meta = Meta::default();
    let mut fields = 0;
    let mut anchored = false;
    let mut rest = text;
    let mut end = 0;
    while !rest.is_empty() {
        let (line, after) = rest.split_once('\n').unwrap_or((rest, ""));
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let Some((key, value)) = trimmed.split_once(':') else {
                break;
            };
            let value = value.trim();
            // A key of a few words: "Title", "URL Source".
            if key.len() > 20 {
                break;
            }
            let Some(f) = field(key) else { break };
            if f == Field::End {
                if value.is_empty() {
                    end = text.len() - after.len();
                }
                break;
            }
            if value.is_empty() {
                break;
            }
            let value = value.to_string();
            match f {
                Field::Title => {
                    // A page's title: "Headline | The Northgate Herald".
                    let (title, site) = match value.rsplit_once(" | ") {
                        Some((t, site))
                            if !t.trim().is_empty() && site.split_whitespace().count() <= 5 =>
                        {
                            (t.trim(), Some(site.trim()))
                        }
                        _ => (value.as_str(), None),
                    };
                    meta.title = crate::sanitize::one_line(title);
                    if meta.source.is_none() {
                        meta.source = site.filter(|s| !s.is_empty()).map(str::to_string);
                    }
                    anchored = true;
                }
                Field::Url => {
                    anchored |= value.starts_with("http");
                    meta.url = Some(value);
                }
                Field::Byline => meta.byline = Some(value),
                Field::Date => meta.date = super::meta::find_date(&value).or(Some(value)),
                Field::Source => meta.source = Some(value),

                Field::End => {}
            }
            fields += 1;
        }
        rest = after;
        end = text.len() - rest.len();
    }
    (fields >= 2 && anchored).then(|| (meta, &text[end..]))
}

/// `preset` with what it lacks taken from `header`.
pub(super) fn fill(preset: &Meta, header: Meta) -> Meta {
    let mut meta = preset.clone();
    if meta.title.is_empty() {
        meta.title = header.title;
    }
    meta.byline = meta.byline.or(header.byline);
    meta.date = meta.date.or(header.date);
    meta.source = meta.source.or(header.source);
    meta.url = meta.url.or(header.url);
    meta
}

#[cfg(test)]
mod tests {
    use super::split;

    #[test]
    fn a_web_readers_header_is_metadata() {
        let text = "Title: Harbour board approves dredging\n\n\
                    URL Source: https://courier.test/news/dredging\n\n\
                    Published Time: 2026-03-12T09:14:00+00:00\n\n\
                    Markdown Content:\nThe harbour board voted 6-3.\n";
        let (meta, body) = split(text).expect("a header");
        assert_eq!(meta.title, "Harbour board approves dredging");
        assert_eq!(meta.source, None);
        assert_eq!(
            meta.url.as_deref(),
            Some("https://courier.test/news/dredging")
        );
        assert_eq!(meta.date.as_deref(), Some("2026-03-12"));
        assert_eq!(body, "The harbour board voted 6-3.\n");
    }

    #[test]
    fn a_saved_articles_header_ends_at_its_text() {
        let text = "Title: Ferry fares rise\nAuthor: Ro Fenwick\nDate: 3 March 2026\n\n\
                    Fares rose on Monday. Passengers said: it is too much.\n";
        let (meta, body) = split(text).expect("a header");
        assert_eq!(meta.title, "Ferry fares rise");
        assert_eq!(meta.byline.as_deref(), Some("Ro Fenwick"));
        assert_eq!(meta.date.as_deref(), Some("2026-03-03"));
        assert!(body.starts_with("Fares rose on Monday."), "{body:?}");
    }

    #[test]
    fn a_pages_title_names_its_site_after_a_bar() {
        let text = "Title: Minister quits | The Northgate Herald\nURL: https://nh.test/q\n\nText.";
        let (meta, _) = split(text).expect("a header");
        assert_eq!(meta.title, "Minister quits");
        assert_eq!(meta.source.as_deref(), Some("The Northgate Herald"));
        let text = "Title: Tides | Winds | A long name of six words here\nURL: https://x.test\n";
        assert_eq!(
            split(text).expect("a header").0.title,
            "Tides | Winds | A long name of six words here"
        );
    }

    #[test]
    fn text_that_opens_with_a_colon_is_no_header() {
        for text in [
            // One field only.
            "Title: Ferry fares rise\n\nFares rose on Monday.\n",
            // Two fields, neither a title nor a web address.
            "Author: Ro Fenwick\nDate: 3 March 2026\n\nFares rose.\n",
            // A speaker's label and a dateline.
            "MAYOR: Good afternoon. Title: none.\nURL: https://x.test\n",
            "LONDON: Fares rose on Monday.\nDate: today\n",
        ] {
            assert!(split(text).is_none(), "{text}");
        }
    }
}
