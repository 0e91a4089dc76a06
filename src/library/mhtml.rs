//! Pages saved as one file (`.mhtml`, `.mht`: a browser's "Webpage, Single
//! File"): a MIME message whose first HTML part is the page, usually in
//! quoted-printable, with its images and styles as the other parts.

/// Whether `path` is named as a saved page: `.mhtml` or `.mht` (gzipped
/// or not).
pub(super) fn is_named(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".mhtml") || name.ends_with(".mht")
}

/// Whether `bytes` are a saved MIME page rather than HTML: MIME headers
/// first, and a "multipart/related" body.
pub(super) fn is_mhtml(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let start = head.trim_ascii_start();
    !start.starts_with(b"<")
        && memchr::memmem::find(&head.to_ascii_lowercase(), b"multipart/related").is_some()
}

/// The page a saved MIME page holds (its charset and transfer encoding
/// undone), and the address it was saved from; `None` when no part is
/// HTML.
pub(super) fn page(bytes: &[u8]) -> Option<(String, Option<String>)> {
    let message = mail_parser::MessageParser::default().parse(bytes)?;
    let html = message.body_html(0)?.into_owned();
    let url = message
        .header_raw("Snapshot-Content-Location")
        .or_else(|| message.header_raw("Content-Location"))
        .map(str::trim)
        .filter(|u| u.starts_with("http"))
        .map(str::to_string);
    Some((html, url))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::{is_mhtml, page};

    /// A page saved as a browser does, in quoted-printable, with a style
    /// sheet as a second part.
    pub(crate) const SAVED: &str = "From: <Saved by Blink>\r\n\
        Snapshot-Content-Location: https://www.harbor-gazette.test/news/ferry\r\n\
        Subject: Council votes to keep night ferry running\r\n\
        MIME-Version: 1.0\r\n\
        Content-Type: multipart/related;\r\n\
        \ttype=\"text/html\";\r\n\
        \tboundary=\"----MultipartBoundary--x1----\"\r\n\
        \r\n\
        \r\n\
        ------MultipartBoundary--x1----\r\n\
        Content-Type: text/html\r\n\
        Content-ID: <frame-1@mhtml.blink>\r\n\
        Content-Transfer-Encoding: quoted-printable\r\n\
        Content-Location: https://www.harbor-gazette.test/news/ferry\r\n\
        \r\n\
        <!DOCTYPE html><html><head><meta http-equiv=3D\"Content-Type\" content=3D\"t=\r\n\
        ext/html; charset=3DUTF-8\"><title>Council votes to keep night ferry running</=\r\n\
        title></head><body><nav><a href=3D\"/\">Home</a> <a href=3D\"/news\">News</a></n=\r\n\
        av><article><h1>Council votes to keep night ferry running</h1><p>The council =\r\n\
        voted on Tuesday to keep the night ferry running until the end of the year, =\r\n\
        after a packed meeting at the harbour hall.</p><p>=E2=80=9CWe heard every on=\r\n\
        e of you,=E2=80=9D said Mayor Ines Calloway. =E2=80=9CThe night ferry stays.=\r\n\
        =E2=80=9D</p></article></body></html>\r\n\
        \r\n\
        ------MultipartBoundary--x1----\r\n\
        Content-Type: text/css\r\n\
        Content-Transfer-Encoding: quoted-printable\r\n\
        Content-Location: cid:css-1@mhtml.blink\r\n\
        \r\n\
        body { margin: 0; }\r\n\
        ------MultipartBoundary--x1------\r\n";

    #[test]
    fn a_saved_page_is_its_html() {
        assert!(is_mhtml(SAVED.as_bytes()));
        assert!(!is_mhtml(b"<!DOCTYPE html><html>multipart/related</html>"));
        let (html, url) = page(SAVED.as_bytes()).expect("a page");
        assert!(html.contains("<title>Council votes to keep night ferry running</title>"));
        assert!(html.contains("“We heard every one of you,” said Mayor Ines Calloway."));
        assert_eq!(
            url.as_deref(),
            Some("https://www.harbor-gazette.test/news/ferry")
        );
        assert!(page(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n").is_none());
    }
}
