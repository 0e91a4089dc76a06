//! Leftover HTML tags in scraped text: stripped, except where a `<` is
//! plain text ("a < b", "<3", "<The Palace: Tale of Jang Noksu>").

/// Tags whose end starts a new line (block-level elements).
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "table",
    "hr",
    "main",
    "pre",
    "dd",
    "dt",
];
/// Tags whose whole content is dropped.
const DROP_CONTENT_TAGS: &[&str] = &["script", "style", "noscript", "template", "svg"];
/// Inline elements: with [`BLOCK_TAGS`] and [`DROP_CONTENT_TAGS`], the
/// names a tag with spaces in it must have ("<The Palace: Tale of Jang
/// Noksu>" is a show's title in angle brackets, not a tag).
const INLINE_TAGS: &[&str] = &[
    "a",
    "span",
    "b",
    "i",
    "u",
    "s",
    "em",
    "strong",
    "small",
    "sub",
    "sup",
    "img",
    "font",
    "abbr",
    "cite",
    "code",
    "q",
    "mark",
    "time",
    "del",
    "ins",
    "label",
    "button",
    "input",
    "form",
    "select",
    "option",
    "textarea",
    "iframe",
    "video",
    "audio",
    "source",
    "picture",
    "object",
    "embed",
    "param",
    "meta",
    "link",
    "html",
    "head",
    "body",
    "title",
    "center",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "col",
    "colgroup",
    "dl",
    "canvas",
    "map",
    "area",
    "path",
    "g",
    "use",
    "wbr",
    "big",
    "tt",
    "kbd",
    "var",
    "samp",
    "base",
    "details",
    "summary",
    "dialog",
    "frame",
    "frameset",
    "noframes",
    "amp-img",
    "amp-iframe",
];
/// How far a tag may reach before a `<` is taken as plain text.
const MAX_TAG_LEN: usize = 2000;

/// Removes HTML tags, comments and `<script>`/`<style>` content from text.
/// A `<` that does not start a tag (`a < b`, `<3`) is left alone.
pub fn strip_tags(text: &str) -> String {
    strip_tags_cow(text).into_owned()
}

/// [`strip_tags`], borrowing when there is no tag.
pub fn strip_tags_cow(text: &str) -> std::borrow::Cow<'_, str> {
    if memchr_lt(text.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(strip_tags_owned(text))
}

fn strip_tags_owned(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while let Some(off) = memchr_lt(&bytes[i..]) {
        let start = i + off;
        match tag_at(text, start) {
            Some(tag) => {
                out.push_str(&text[copied..start]);
                let mut end = tag.end;
                if tag.is_block {
                    out.push('\n');
                }
                if let Some(name) = tag.drops_content {
                    end = find_closing(text, end, name).unwrap_or(text.len());
                }
                i = end;
                copied = end;
            }
            None => i = start + 1,
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn memchr_lt(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(b'<', bytes)
}

struct Tag {
    end: usize,
    is_block: bool,
    drops_content: Option<&'static str>,
}

fn tag_at(text: &str, start: usize) -> Option<Tag> {
    let rest = &text[start..];
    if let Some(body) = rest.strip_prefix("<!--") {
        let close = body.find("-->")?;
        return Some(Tag {
            end: start + 4 + close + 3,
            is_block: false,
            drops_content: None,
        });
    }
    let bytes = rest.as_bytes();
    let (name_start, closing) = match bytes.get(1)? {
        b'/' => (2, true),
        b'!' | b'?' => (2, false),
        b if b.is_ascii_alphabetic() => (1, false),
        _ => return None,
    };
    let limit = rest.len().min(MAX_TAG_LEN);
    let window = &bytes[..limit];
    let mut end = None;
    let mut quote: Option<u8> = None;
    for (k, &b) in window.iter().enumerate().skip(name_start) {
        match (quote, b) {
            (Some(q), b) if b == q => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if k > name_start => quote = Some(b),
            (None, b'>') => {
                end = Some(k);
                break;
            }
            (None, b'<') => return None,
            _ => {}
        }
    }
    let end = end?;
    let name_len = bytes[name_start..end]
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || *b == b'-' || *b == b':'))
        .unwrap_or(end - name_start);
    if name_len == 0 && bytes[1] != b'!' && bytes[1] != b'?' {
        return None;
    }
    let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
    // "<The Palace: Tale of Jang Noksu>": words in angle brackets, unless
    // the name is an element's or the inside has an attribute.
    let inside = &rest[name_start..end];
    if !closing
        && name_len > 0
        && inside.contains(' ')
        && !inside.contains('=')
        && ![BLOCK_TAGS, DROP_CONTENT_TAGS, INLINE_TAGS]
            .iter()
            .any(|list| list.contains(&name.as_str()))
    {
        return None;
    }
    let drops_content = if closing {
        None
    } else {
        DROP_CONTENT_TAGS.iter().copied().find(|t| *t == name)
    };
    Some(Tag {
        end: start + end + 1,
        is_block: BLOCK_TAGS.contains(&name.as_str()),
        drops_content,
    })
}

fn find_closing(text: &str, from: usize, name: &str) -> Option<usize> {
    let tail = &text[from..];
    tail.match_indices("</").find_map(|(pos, _)| {
        let after = &tail[pos + 2..];
        let matches = after
            .get(..name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        if !matches {
            return None;
        }
        after.find('>').map(|gt| from + pos + 2 + gt + 1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_leftover_tags() {
        assert_eq!(
            strip_tags("read the report</a> here"),
            "read the report here"
        );
        assert_eq!(strip_tags(r#"<a href="">Mayor</a> says"#), "Mayor says");
        assert_eq!(
            strip_tags(r#"<a href="x?a=1&b=2" title="a > b">link</a>"#),
            "link"
        );
        assert_eq!(strip_tags("one<br>two<p>three"), "one\ntwo\nthree");
    }

    #[test]
    fn keeps_titles_in_angle_brackets() {
        assert_eq!(
            strip_tags("They saw <The Palace: Tale of Jang Noksu> twice."),
            "They saw <The Palace: Tale of Jang Noksu> twice."
        );
        // Elements with spaces inside, and unknown ones with attributes, go.
        assert_eq!(
            strip_tags(r#"a <span class="x">b</span> <widget data-id=3>c<br /> d"#),
            "a b c\n d"
        );
    }

    #[test]
    fn keeps_less_than_signs_that_are_text() {
        assert_eq!(strip_tags("a < b and 3<4, <3"), "a < b and 3<4, <3");
    }

    #[test]
    fn drops_scripts_styles_and_comments() {
        assert_eq!(
            strip_tags("a<script>var x = '<p>';</script>b<!-- c -->d<STYLE>p{}</STYLE>e"),
            "abde"
        );
    }
}
