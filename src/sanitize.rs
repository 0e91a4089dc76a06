//! Making untrusted article text safe to print on a terminal.
//!
//! Articles are untrusted input: a scraped page can carry terminal escape
//! sequences (`ESC[2J`, `ESC]0;title BEL`), C0/C1 control characters and NULs.
//! Every string that reaches the screen or the CLI output goes through
//! [`sanitize`] first, which removes whole escape sequences and drops the other
//! control characters (tabs become spaces; newlines are kept).

use std::borrow::Cow;

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
/// C1 "string terminator" and "control sequence introducer".
const ST: char = '\u{9c}';
const CSI: char = '\u{9b}';
const OSC: char = '\u{9d}';

/// Is `c` a character that must never reach a terminal?
pub fn is_unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n')
        // Bidi overrides and isolates can disguise text (Trojan Source).
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text.chars().any(is_unsafe_char)`, read byte by byte: only C0 and DEL
/// among ASCII, and only the two-byte C1 controls (0xC2 0x80..=0x9F) and the
/// bidi controls (0xE2 0x80 0xAA..=0xAE, 0xE2 0x81 0xA6..=0xA9) beyond it.
fn has_unsafe_char(text: &str) -> bool {
    /// Bytes that may start an unsafe character.
    const SUSPECT: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 0x20 {
            t[b] = b != b'\n' as usize;
            b += 1;
        }
        t[0x7f] = true;
        t[0xc2] = true;
        t[0xe2] = true;
        t
    };
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let unsafe_at = |i: usize| {
        let c = b[i];
        SUSPECT[usize::from(c)]
            && match c {
                0xc2 => matches!(at(i + 1), 0x80..=0x9f),
                0xe2 => matches!(
                    (at(i + 1), at(i + 2)),
                    (0x80, 0xaa..=0xae) | (0x81, 0xa6..=0xa9)
                ),
                _ => true,
            }
    };
    // Eight bytes at a time: a word of printable ASCII holds nothing unsafe,
    // and most words of article text are that.
    let mut i = 0;
    for word in b.chunks_exact(8) {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(word);
        if !is_printable_ascii(u64::from_le_bytes(bytes)) && (i..i + 8).any(unsafe_at) {
            return true;
        }
        i += 8;
    }
    (i..b.len()).any(unsafe_at)
}

/// Are all eight bytes of `x` in `0x20..=0x7e`?
fn is_printable_ascii(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte under 0x20 borrows in `x - 0x20..`, and a byte of 0x7f
    // becomes zero in `x ^ 0x7f..`; `& !x` ignores bytes with the high bit,
    // which are caught by `x & HIGH`.
    let below_space = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
    let del = x ^ (ONES * 0x7f);
    let is_del = del.wrapping_sub(ONES) & !del & HIGH;
    (x & HIGH) | below_space | is_del == 0
}

/// Removes escape sequences and control characters; keeps `\n`, turns `\t` into a space.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !has_unsafe_char(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\t' => out.push(' '),
            ESC => match chars.peek().copied() {
                // CSI: parameters and intermediates, then one final byte in @..~
                Some('[') => {
                    chars.next();
                    skip_csi(&mut chars);
                }
                // OSC, DCS, SOS, PM, APC: a string ended by BEL or ST (ESC \)
                Some(']' | 'P' | 'X' | '^' | '_') => {
                    chars.next();
                    skip_string(&mut chars);
                }
                // Two-character escapes (ESC c, ESC 7, ESC ( B ...)
                Some(n) if (' '..='~').contains(&n) => {
                    chars.next();
                    if ('('..='/').contains(&n) {
                        chars.next();
                    }
                }
                _ => {}
            },
            CSI => skip_csi(&mut chars),
            OSC => skip_string(&mut chars),
            c if is_unsafe_char(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    for c in chars.by_ref() {
        if ('@'..='~').contains(&c) {
            break;
        }
        if !(' '..='?').contains(&c) {
            // Not a well-formed sequence: stop eating text.
            break;
        }
    }
}

fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        if c == BEL || c == ST {
            break;
        }
        if c == ESC {
            if chars.peek() == Some(&'\\') {
                chars.next();
            }
            break;
        }
        if c == '\n' {
            // An unterminated string must not swallow the rest of the article.
            break;
        }
    }
}

/// Sanitizes and also turns newlines into spaces: for one-line fields (titles, list rows).
pub fn one_line(text: &str) -> String {
    sanitize(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn removes_csi_and_osc_sequences() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "ab");
        assert_eq!(sanitize("x\u{1b}]0;evil title\u{7}y"), "xy");
        assert_eq!(sanitize("x\u{1b}]8;;http://e\u{1b}\\link"), "xlink");
        assert_eq!(sanitize("red\u{1b}[31;1mtext"), "redtext");
    }

    #[test]
    fn drops_c0_c1_and_nul_keeps_newlines() {
        assert_eq!(sanitize("a\0b\u{7}c\u{85}d\ne"), "abcd\ne");
        assert_eq!(sanitize("tab\there"), "tab here");
        assert_eq!(sanitize("\u{202e}reversed"), "reversed");
    }

    #[test]
    fn unterminated_osc_stops_at_line_end() {
        assert_eq!(sanitize("a\u{1b}]0;title\nnext line"), "anext line");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            sanitize("plain “quoted” — text"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn one_line_folds_whitespace() {
        assert_eq!(one_line(" A\n  title\u{1b}[0m "), "A title");
    }

    #[test]
    fn word_test_flags_every_byte_outside_printable_ascii() {
        for pos in 0..8 {
            for b in 0..=255u8 {
                let mut word = *b"text ok!";
                word[pos] = b;
                assert_eq!(
                    is_printable_ascii(u64::from_le_bytes(word)),
                    (0x20..=0x7e).contains(&b),
                    "byte {b:#x} at {pos}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn output_never_has_control_chars(s in any::<String>()) {
            let out = sanitize(&s);
            prop_assert!(!out.chars().any(is_unsafe_char));
        }

        #[test]
        fn byte_check_agrees_with_char_check(
            s in proptest::collection::vec(
                prop_oneof![
                    // Runs of printable ASCII take the eight-byte path.
                    2 => proptest::char::range(' ', '~'),
                    1 => prop_oneof![
                        any::<char>(),
                        Just('\u{85}'), Just('\u{9b}'), Just('\u{a0}'), Just('\u{202a}'),
                        Just('\u{202e}'), Just('\u{202f}'), Just('\u{2066}'), Just('\u{2069}'),
                        Just('\u{206a}'), Just('\u{2029}'), Just('\u{7f}'), Just('\n'),
                    ],
                ],
                0..60,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            prop_assert_eq!(has_unsafe_char(&s), s.chars().any(is_unsafe_char));
        }

        #[test]
        fn safe_text_is_unchanged(s in "[a-zA-Z0-9 .,“”—é\n]{0,80}") {
            prop_assert_eq!(sanitize(&s), s.as_str());
        }
    }
}
