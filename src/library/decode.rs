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

pub(super) fn decode(bytes: Vec<u8>, warnings: &mut Vec<String>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let bad = text.matches('\u{fffd}').count();
            warnings.push(format!(
                "not valid UTF-8: decoded lossily ({bad} bad byte sequence(s) shown as �)"
            ));
            text
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{binary_kind, utf16_text};

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
}
