//! HTML pages: dom_smoothie (a port of Mozilla's Readability) finds the article
//! and its metadata; the line rules then clean what it lets through.

use dom_smoothie::{Config, Readability, TextMode};

use super::{Body, Cleaned, meta, residue, units::to_units};
use crate::article::Meta;
use crate::sanitize::one_line;

/// Cleans a full HTML page.
pub fn clean_html(html: &str) -> Cleaned {
    // dom_smoothie is a dependency we do not control: a panic inside it must
    // cost one article, not the program.
    let parsed = std::panic::catch_unwind(|| readability(html))
        .unwrap_or_else(|_| Err("the HTML parser failed on this page".to_string()));
    match parsed {
        Ok((preset, text, furniture)) => {
            let mut cleaned = Body::new(preset, false).run(to_units(&text));
            for (rule, n) in furniture {
                *cleaned.rules.entry(rule).or_default() += n;
            }
            if cleaned.paragraphs.is_empty() {
                cleaned.notes.push("the page's article is empty".into());
            }
            cleaned
        }
        Err(why) => {
            // Fall back to the page's whole text through the scraped-text rules.
            let mut cleaned = super::clean_text(&residue::strip_tags(html), &Meta::default());
            cleaned.notes.push(format!(
                "no article found in the page ({why}); showing its text"
            ));
            cleaned
        }
    }
}

/// The page's metadata, its article's text and what was taken out of the
/// page first (rule, count).
fn readability(html: &str) -> Result<(Meta, String, super::dom::Dropped), String> {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Default::default()
    };
    let doc = dom_query::Document::from(super::rawtext::strip_raw_text(html).as_ref());
    let furniture = super::dom::drop_furniture(&doc);
    let mut reader = Readability::with_document(doc, None, Some(cfg)).map_err(|e| e.to_string())?;
    let article = reader.parse().map_err(|e| e.to_string())?;
    let clean_field = |s: &str| one_line(&residue::decode_entities(s));
    let nonempty = |s: Option<String>| s.map(|s| clean_field(&s)).filter(|s| !s.is_empty());
    let url = nonempty(article.url);
    let source = nonempty(article.site_name).or_else(|| url.as_deref().and_then(meta::url_host));
    let date = article
        .published_time
        .as_deref()
        .and_then(|d| meta::find_date(d).or_else(|| Some(clean_field(d))))
        .filter(|d| !d.is_empty() && !meta::is_placeholder_date(d));
    let title = strip_site_name(&clean_field(&article.title), source.as_deref());
    let preset = Meta {
        title,
        byline: nonempty(article.byline).and_then(|b| meta::clean_byline(&b)),
        date,
        source,
        url,
    };
    Ok((preset, article.text_content.to_string(), furniture))
}

/// `Pier repairs begin | Coastline Courier` -> `Pier repairs begin`.
fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        let Some((head, tail)) = title.rsplit_once(sep) else {
            continue;
        };
        let (head, tail) = (head.trim(), tail.trim());
        let is_site = |s: &str| site.is_some_and(|site| s.eq_ignore_ascii_case(site));
        if is_site(tail)
            || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3)
        {
            return head.to_string();
        }
        if let Some((site_part, rest)) = title.split_once(sep)
            && is_site(site_part.trim())
        {
            return rest.trim().to_string();
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::strip_site_name;

    #[test]
    fn site_names_leave_titles() {
        assert_eq!(
            strip_site_name("Pier repairs begin | Coastline Courier", None),
            "Pier repairs begin"
        );
        assert_eq!(
            strip_site_name("Courier - Pier repairs", Some("Courier")),
            "Pier repairs"
        );
        assert_eq!(strip_site_name("Rain - or not", None), "Rain - or not");
    }
}
