//! Saved pages carry as much script and style text as article text (a
//! quarter each on the benchmark's pages). The HTML parser reads every char
//! of it, and Readability then throws those elements away. This pass leaves
//! the contents of `<script>` and `<style>` elements out before parsing,
//! keeping the elements themselves (empty) and JSON-LD scripts whole, since
//! the page's metadata is read from them.

use std::borrow::Cow;

/// `html` with the contents of its `<script>` (except JSON-LD) and `<style>`
/// elements left out; borrowed when there are none.
///
/// Where the parser would read a `<script` as text (in a comment, `<title>`,
/// `<textarea>`, `<noscript>`), it is left alone, and so is a script holding
/// `<!--`, whose end the parser finds by rules of its own.
pub fn strip_raw_text(html: &str) -> Cow<'_, str> {
    let b = html.as_bytes();
    let mut out = String::new();
    // Bytes of `html` already copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &b[i..]) {
        let lt = i + off;
        let rest = &b[lt..];
        if rest.starts_with(b"<!--") {
            match memchr::memmem::find(&rest[4..], b"-->") {
                Some(e) => {
                    i = lt + 4 + e + 3;
                    continue;
                }
                None => break,
            }
        }
        let Some(name) = [
            "script",
            "style",
            "title",
            "textarea",
            "noscript",
            "plaintext",
        ]
        .into_iter()
        .find(|n| tag_named(rest, n)) else {
            // Any other start tag is stepped over whole, so a `<script` in
            // one of its attribute values is not taken for a tag.
            i = match rest.get(1) {
                Some(c) if c.is_ascii_alphabetic() => match start_tag_end(b, lt + 1) {
                    Some(end) => end,
                    None => break,
                },
                _ => lt + 1,
            };
            continue;
        };
        if name == "plaintext" {
            // Everything after it is text.
            break;
        }
        let Some(open_end) = start_tag_end(b, lt + 1 + name.len()) else {
            break;
        };
        let Some(close) = find_end_tag(b, open_end, name) else {
            break;
        };
        let strip = match name {
            "style" => true,
            "script" => {
                let tag = &b[lt..open_end];
                !contains_ci(tag, b"ld+json")
                    && memchr::memmem::find(&b[open_end..close], b"<!--").is_none()
            }
            _ => false,
        };
        if strip && close > open_end {
            out.push_str(&html[copied..open_end]);
            copied = close;
        }
        i = close;
    }
    if copied == 0 {
        return Cow::Borrowed(html);
    }
    out.push_str(&html[copied..]);
    Cow::Owned(out)
}

/// Does `s` start with the tag `<name` (any case) followed by a space, `/`
/// or `>`?
fn tag_named(s: &[u8], name: &str) -> bool {
    let n = name.len();
    s.len() > n + 1
        && s[1..=n].eq_ignore_ascii_case(name.as_bytes())
        && matches!(s[n + 1], b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'/' | b'>')
}

/// Offset just past the `>` that ends a start tag whose attributes begin at
/// `from`; a `>` inside a quoted attribute value does not end it.
fn start_tag_end(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    let mut last = 0u8;
    while i < b.len() {
        match b[i] {
            b'>' => return Some(i + 1),
            q @ (b'"' | b'\'') if last == b'=' => {
                i += 1 + memchr::memchr(q, b.get(i + 1..)?)?;
            }
            c if !c.is_ascii_whitespace() => last = c,
            _ => {}
        }
        i += 1;
    }
    None
}

/// Offset of the `</name` (any case, followed by a space, `/` or `>`) that
/// ends a raw-text element whose contents begin at `from`.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr::memmem::find(&b[i..], b"</") {
        let at = i + off;
        if tag_named(&b[at + 1..], name) {
            return Some(at);
        }
        i = at + 2;
    }
    None
}

fn contains_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_and_style_bodies_go_and_the_rest_stays() {
        let html = r#"<html><head><style>p { color: red }</style>
<script type="application/ld+json">{"headline": "Kept"}</script>
<SCRIPT src="x.js" data-x="a>b">var s = "</scr" + "ipt>"; if (a < b) go();</SCRIPT >
</head><body><p>Text <b>stays</b>.</p><script>track()</script></body></html>"#;
        let out = strip_raw_text(html);
        assert_eq!(
            out,
            r#"<html><head><style></style>
<script type="application/ld+json">{"headline": "Kept"}</script>
<SCRIPT src="x.js" data-x="a>b"></SCRIPT >
</head><body><p>Text <b>stays</b>.</p><script></script></body></html>"#
        );
    }

    #[test]
    fn scripts_the_parser_reads_as_text_are_left_alone() {
        for html in [
            "<p>a</p><!-- <script>x</script> --><p>b</p>",
            "<title>Why <script> tags matter</title><p>b</p>",
            "<textarea><script>x</script></textarea>",
            "<noscript><script>x</script></noscript>",
            "<script><!-- document.write('<script>x</script>') --></script><p>b</p>",
            "<p>no end <script>x",
            "<p>plain page</p>",
            "<scripts>not a script</scripts>",
            r#"<a title="<script>x" href="/">link</a><p>kept</p><script></script>"#,
        ] {
            assert_eq!(strip_raw_text(html), html, "{html}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_only_removes(
            s in "(<script>|</script>|<style a='>'>|</style>|<!--|-->|<p>|[a-z <>\"'=/]|é){0,40}"
        ) {
            let out = strip_raw_text(&s);
            proptest::prop_assert!(out.len() <= s.len());
        }
    }
}
