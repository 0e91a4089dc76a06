//! HTML pages: dom_smoothie (a port of Mozilla's Readability) finds the article
//! and its metadata; the line rules then clean what it lets through.

use dom_smoothie::{Config, Readability, TextMode};

use super::{Body, Cleaned, meta, residue, units::to_units};
use crate::article::Meta;
use crate::sanitize::one_line;

/// Cleans a full HTML page.
pub fn clean_html(html: &str) -> Cleaned {
    // A page saved as UTF-8 after being read as Windows-1252: its title
    // and byline are repaired with its text.
    let repaired = super::mojibake::repair(html);
    let mut cleaned = clean_html_here(&repaired);
    if matches!(repaired, std::borrow::Cow::Owned(_)) {
        cleaned.notes.push(super::mojibake::NOTE.into());
    }
    cleaned
}

/// [`clean_html`] on a page already repaired.
fn clean_html_here(html: &str) -> Cleaned {
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
    let html = super::rawtext::strip_raw_text(html);
    // The parser and Readability's passes cost the square of the nesting
    // depth: a page of 20,000 nested blocks would take minutes. Real pages
    // nest a few dozen deep; one nested much deeper is read as text.
    let rough = rough_depth(&html);
    if rough > MAX_ROUGH_DEPTH {
        return Err(format!("its elements are nested about {rough} deep"));
    }
    let doc = dom_query::Document::from(html.as_ref());
    let depth = nesting_depth(&doc);
    if depth > MAX_DEPTH {
        return Err(format!("its elements are nested {depth} deep"));
    }
    // "Minister quits over leaked texts - Northgate Post": the site's name,
    // for a page that gives it nowhere else.
    let page_title = doc.select("head title").text().to_string();
    let furniture = super::dom::drop_furniture(&doc);
    let mut reader = Readability::with_document(doc, None, Some(cfg)).map_err(|e| e.to_string())?;
    let article = reader.parse().map_err(|e| e.to_string())?;
    let clean_field = |s: &str| one_line(&residue::decode_entities(s));
    let nonempty = |s: Option<String>| s.map(|s| clean_field(&s)).filter(|s| !s.is_empty());
    let url = nonempty(article.url);
    let source = nonempty(article.site_name)
        .or_else(|| site_in_title(&clean_field(&page_title)))
        .or_else(|| url.as_deref().and_then(meta::url_host));
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

/// The deepest nesting of elements Readability is given (the pages of the
/// shared benchmark nest at most about 50 deep).
const MAX_DEPTH: usize = 256;

/// [`rough_depth`] past which a page is not parsed at all: parsing it
/// would take longer than a second.
const MAX_ROUGH_DEPTH: usize = 2048;

/// Elements that are never closed, or whose closing tag may be left out.
const UNCLOSED: &[&str] = &[
    "area", "base", "br", "col", "colgroup", "dd", "dt", "embed", "hr", "img", "input", "li",
    "link", "meta", "option", "p", "param", "source", "tbody", "td", "tfoot", "th", "thead", "tr",
    "track", "wbr",
];

/// How deep the page's tags nest, from the tags alone (before parsing):
/// each opening tag of an element that must be closed goes one deeper, each
/// closing tag one less. (`html` has no script or style text left.)
fn rough_depth(html: &str) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        i = lt + 1;
        match b.get(lt + 1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name_len = b[lt + 1..]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .unwrap_or(b.len() - lt - 1);
                let name = &b[lt + 1..lt + 1 + name_len];
                let Some(gt) = memchr::memchr(b'>', &b[lt..]).map(|k| lt + k) else {
                    break;
                };
                i = gt + 1;
                let self_closed = b[gt - 1] == b'/';
                if !self_closed
                    && !UNCLOSED
                        .iter()
                        .any(|u| name.eq_ignore_ascii_case(u.as_bytes()))
                {
                    depth += 1;
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
    }
    deepest
}

/// How deep the document's elements nest, found without recursion.
fn nesting_depth(doc: &dom_query::Document) -> usize {
    let mut deepest = 0;
    let mut stack = vec![(doc.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        for child in node.children_it(false) {
            if child.is_element() {
                stack.push((child, depth + 1));
            }
        }
    }
    deepest
}

/// `Pier repairs begin | Coastline Courier` -> `Coastline Courier`: a
/// short name in capitals after the headline and a separator.
fn site_in_title(title: &str) -> Option<String> {
    let sep = [" | ", " - ", " – ", " — ", " :: ", " · "]
        .into_iter()
        .find(|sep| title.contains(sep))?;
    let (head, tail) = title.rsplit_once(sep)?;
    let (head, tail) = (head.trim(), tail.trim());
    let words: Vec<&str> = tail.split_whitespace().collect();
    ((1..=4).contains(&words.len())
        && head.split_whitespace().count() >= 3
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || w.len() <= 3
        })
        && !words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit())))
    .then(|| tail.to_string())
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
    use super::{MAX_DEPTH, MAX_ROUGH_DEPTH, clean_html, rough_depth, strip_site_name};

    /// A page of `depth` nested blocks around one paragraph.
    fn nested(depth: usize) -> String {
        format!(
            "<html><body>{}<p>“We will open the pier again in May,” said Ada Lint of the harbour board.</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    }

    #[test]
    fn a_page_nested_too_deep_is_read_as_text() {
        let deep = clean_html(&nested(3 * MAX_DEPTH));
        assert_eq!(
            deep.paragraphs,
            ["“We will open the pier again in May,” said Ada Lint of the harbour board."]
        );
        assert!(
            deep.notes.iter().any(|n| n.contains("nested")),
            "{:?}",
            deep.notes
        );
        // Far too deep to parse: the tags alone tell.
        let deeper = clean_html(&nested(2 * MAX_ROUGH_DEPTH));
        assert_eq!(deeper.paragraphs, deep.paragraphs);
        assert!(
            deeper.notes.iter().any(|n| n.contains("nested about")),
            "{:?}",
            deeper.notes
        );
        // Within the limit, Readability reads it, with no note.
        let fine = clean_html(&nested(MAX_DEPTH / 2));
        assert_eq!(fine.paragraphs, deep.paragraphs);
        assert!(fine.notes.is_empty(), "{:?}", fine.notes);
    }

    #[test]
    fn rough_depth_counts_elements_that_must_be_closed() {
        assert_eq!(rough_depth("<div><div><span>a</span></div></div>"), 3);
        // Unclosed paragraphs and items, void and self-closed elements go
        // no deeper.
        assert_eq!(
            rough_depth("<div><p>a<p>b<ul><li>c<li>d</ul><br><img src=x><path d='1'/></div>"),
            2
        );
        assert_eq!(rough_depth("a < b and <!-- c --> <3"), 0);
        assert_eq!(rough_depth("<DIV><Div>"), 2);
    }

    #[test]
    fn a_site_named_after_the_headline_is_the_source() {
        use super::site_in_title;
        for (title, site) in [
            (
                "Minister quits over leaked texts - Northgate Post",
                Some("Northgate Post"),
            ),
            (
                "Pier repairs begin | The Coastline Courier",
                Some("The Coastline Courier"),
            ),
            ("Rain - or not", None),
            ("Pier repairs begin", None),
            ("Pier repairs begin on the east side - live updates", None),
            ("Pier repairs begin on the east side | 2026", None),
        ] {
            assert_eq!(site_in_title(title).as_deref(), site, "{title}");
        }
    }

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
