//! From a file's bytes to its text: binary files named, UTF-16 decoded,
//! bad UTF-8 shown as � with a warning.

/// Names the kind of a binary file, or `None` for text.
pub(super) fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(8192)];
    let magic: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1f\x8b", "gzip archive"),
        (b"\x7fELF", "executable"),
    ];
    if let Some((_, name)) = magic.iter().find(|(m, _)| head.starts_with(m)) {
        return Some(name);
    }
    // A stray NUL or control byte in scraped text is residue (sanitised away);
    // many of them mean the file is not text.
    let nul = crate::words::count_bytes(head, |b| b == 0);
    let below_space = crate::words::count_bytes(head, |b| b < 0x20);
    let spacing =
        crate::words::count_bytes(head, |b| matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b));
    let control = below_space - spacing;
    (nul * 100 > head.len() || control * 10 > head.len()).then_some("contains NUL bytes")
}

/// The text of a file in UTF-16: one that starts with a byte order mark,
/// or (without one) whose first bytes are ASCII text with a NUL after (or
/// before) every char. `None` for any other file.
pub(super) fn utf16_text(bytes: &[u8]) -> Option<String> {
    // Text in UTF-16 has spaces and newlines, each a NUL beside an ASCII
    // byte: a file that merely starts with the mark's two bytes has none.
    let has_ascii = |body: &[u8], little: bool| {
        body.chunks_exact(2)
            .take(512)
            .any(|p| p[usize::from(little)] == 0 && p[usize::from(!little)].is_ascii_whitespace())
    };
    let (little, body) = match bytes {
        [0xff, 0xfe, rest @ ..] if has_ascii(rest, true) => (true, rest),
        [0xfe, 0xff, rest @ ..] if has_ascii(rest, false) => (false, rest),
        [0xff, 0xfe, ..] | [0xfe, 0xff, ..] => return None,
        _ => {
            let head = &bytes[..bytes.len().min(1024) & !1];
            if head.len() < 8 {
                return None;
            }
            let ascii_then_nul = |lo: usize| {
                head.chunks_exact(2).all(|p| {
                    p[1 - lo] == 0
                        && (p[lo] == b'\t'
                            || p[lo] == b'\n'
                            || p[lo] == b'\r'
                            || (0x20..0x7f).contains(&p[lo]))
                })
            };
            if ascii_then_nul(0) {
                (true, bytes)
            } else if ascii_then_nul(1) {
                (false, bytes)
            } else {
                return None;
            }
        }
    };
    let units = body.chunks_exact(2).map(|p| {
        let pair = [p[0], p[1]];
        if little {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// A file's text. Bytes that are not UTF-8 are read in the charset an HTML
/// page declares, else as Windows-1252 (what a legacy Western editor
/// saves), unless most of the file is UTF-8 with a few bad bytes: those
/// are shown as �. Every decoding but plain UTF-8 leaves a warning.
pub(super) fn decode(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    let bytes = match String::from_utf8(bytes) {
        Ok(s) => return s,
        Err(e) => e.into_bytes(),
    };
    let (mut wide, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    let declared = declared_charset(&bytes).filter(|e| *e != encoding_rs::UTF_8);
    if let Some(encoding) = declared.or((wide < bad).then_some(encoding_rs::WINDOWS_1252)) {
        let (text, _, lossy) = encoding.decode(&bytes);
        let how = if declared.is_some() {
            "the page declares"
        } else {
            "a legacy Western charset"
        };
        warnings.push(format!(
            "not UTF-8: read as {} ({how}){}",
            encoding.name(),
            if lossy {
                "; bytes it does not define are shown as �"
            } else {
                ""
            }
        ));
        return text.into_owned();
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    warnings.push(format!(
        "not valid UTF-8: decoded lossily ({bad} bad byte sequence(s) shown as �)"
    ));
    text
}

/// The charset an HTML page declares in its first 1024 bytes, in a `<meta
/// charset>` or a `<meta http-equiv="Content-Type" content="...;
/// charset=...">`, as the HTML standard's prescan finds it.
fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes[..bytes.len().min(1024)].to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&head[from..], b"charset") {
        let rest = &head[from + at + b"charset".len()..];
        from += at + 1;
        let rest = rest.trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = rest.trim_ascii_start();
        let rest = rest
            .strip_prefix(b"\"")
            .or(rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| {
                matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace()
            })
            .unwrap_or(rest.len());
        if let Some(e) = encoding_rs::Encoding::for_label(&rest[..end]) {
            return Some(e);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{binary_kind, decode, utf16_text};

    const TEXT: &str = "“We will build the pier again,” said Mayor Ada Lint.\r\n";

    fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
        let mut out = Vec::new();
        for unit in std::iter::once(0xfeff)
            .filter(|_| bom)
            .chain(text.encode_utf16())
        {
            out.extend(if little {
                unit.to_le_bytes()
            } else {
                unit.to_be_bytes()
            });
        }
        out
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_read_either_way_round() {
        for little in [true, false] {
            let bytes = utf16(TEXT, little, true);
            // Every other byte is NUL: without this, the file is "binary".
            assert!(binary_kind(&bytes).is_some());
            assert_eq!(utf16_text(&bytes).as_deref(), Some(TEXT));
        }
    }

    #[test]
    fn utf16_without_a_mark_is_read_when_it_is_ascii() {
        let ascii = "Mayor Ada Lint said the pier would open in May.\n";
        for little in [true, false] {
            assert_eq!(
                utf16_text(&utf16(ascii, little, false)).as_deref(),
                Some(ascii)
            );
        }
        // Not UTF-16: UTF-8 text, NUL padding, a PNG.
        assert_eq!(utf16_text(ascii.as_bytes()), None);
        assert_eq!(utf16_text(&[0u8; 64]), None);
        assert_eq!(utf16_text(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), None);
        // Bad UTF-8 that happens to start with the mark's bytes.
        assert_eq!(utf16_text(b"\xff\xfe\xfa Mayor said \x80 it."), None);
    }

    fn decoded(bytes: &[u8]) -> (String, Vec<String>) {
        let mut warnings = Vec::new();
        let text = decode(bytes.to_vec(), &mut warnings);
        (text, warnings)
    }

    #[test]
    fn windows_1252_text_keeps_its_quote_marks() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(TEXT);
        assert!(std::str::from_utf8(&bytes).is_err());
        let (text, warnings) = decoded(&bytes);
        assert_eq!(text, TEXT);
        assert_eq!(
            warnings,
            ["not UTF-8: read as windows-1252 (a legacy Western charset)"]
        );
    }

    #[test]
    fn a_page_is_read_in_the_charset_it_declares() {
        let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
                    charset=ISO-8859-2\"><title>Łódź</title></head><body>Żółć</body></html>";
        let (bytes, _, _) = encoding_rs::ISO_8859_2.encode(page);
        let (text, warnings) = decoded(&bytes);
        assert_eq!(text, page);
        assert!(
            warnings[0].contains("ISO-8859-2 (the page declares)"),
            "{warnings:?}"
        );
        let short = b"<meta charset='koi8-r'>\xf0\xd2\xc9\xd7\xc5\xd4";
        assert_eq!(decoded(short).0, "<meta charset='koi8-r'>Привет");
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_stays_utf8() {
        let mut bytes = "Café “Zürich” — déjà vu".as_bytes().to_vec();
        bytes.push(0xff);
        let (text, warnings) = decoded(&bytes);
        assert_eq!(text, "Café “Zürich” — déjà vu\u{fffd}");
        assert!(warnings[0].contains("lossily"), "{warnings:?}");
    }
}
