//! Markup residue in scraped text: leftover tags, entities, odd whitespace.

use std::borrow::Cow;

pub use super::tags::{strip_tags, strip_tags_cow};

/// Decodes HTML entities (`&mdash;` -> `—`, `&amp;` -> `&`, `&#8220;` -> `“`),
/// twice, so doubly escaped text (`&amp;mdash;`) comes out clean too; entity-like
/// residue that names no character is dropped.
pub fn decode_entities(text: &str) -> String {
    decode_entities_cow(text).into_owned()
}

/// [`decode_entities`], borrowing when there is no `&`.
pub fn decode_entities_cow(text: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(decode_entities_owned(text))
}

fn decode_entities_owned(text: &str) -> String {
    let once = decode_html(text);
    let twice = if memchr::memchr(b'&', once.as_bytes()).is_some() {
        decode_html(&once)
    } else {
        once
    };
    drop_entity_residue(&twice)
}

/// The entities scraped text is full of, decoded without a search of the
/// whole HTML table.
fn common_entity(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "quot" => "\"",
        "apos" => "'",
        "lt" => "<",
        "gt" => ">",
        "nbsp" => "\u{a0}",
        "mdash" => "—",
        "ndash" => "–",
        "rsquo" => "’",
        "lsquo" => "‘",
        "rdquo" => "”",
        "ldquo" => "“",
        "hellip" => "…",
        _ => return None,
    })
}

/// `html_escape::decode_html_entities`, with the common entities looked up
/// directly. The text is cut before each `&`: an entity never holds an `&`,
/// so decoding the pieces one by one decodes the whole.
fn decode_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let next = memchr::memchr(b'&', &rest.as_bytes()[1..]).map_or(rest.len(), |p| p + 1);
        let (piece, tail) = rest.split_at(next);
        rest = tail;
        // The common entities' names are at most six bytes: the ';' is
        // looked for only that far.
        let known = piece.strip_prefix('&').and_then(|p| {
            let semi = p.bytes().take(7).position(|b| b == b';')?;
            Some((common_entity(&p[..semi])?, &p[semi + 1..]))
        });
        let maybe_entity = piece
            .as_bytes()
            .get(1)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'#');
        match known {
            Some((decoded, after)) => {
                out.push_str(decoded);
                out.push_str(after);
            }
            None if maybe_entity => out.push_str(&html_escape::decode_html_entities(piece)),
            None => out.push_str(piece),
        }
    }
    out
}

fn drop_entity_residue(text: &str) -> String {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(pos) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos + 1..];
        let name_len = tail
            .bytes()
            .take(12)
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
            .count();
        if name_len >= 2 && tail.as_bytes().get(name_len) == Some(&b';') {
            rest = &tail[name_len + 1..];
        } else {
            out.push('&');
            rest = tail;
        }
    }
    out.push_str(rest);
    out
}

/// Normalises one line: odd spaces to plain spaces, zero-width characters
/// removed, runs of white space folded, ends trimmed.
pub fn normalize_line(line: &str) -> String {
    normalize_line_spaced(line).0
}

/// [`normalize_line`], and whether the line's spacing inside was other than
/// single spaces (a run of spaces, a tab: a table's cells may be set apart
/// so). It may say so of a line whose spacing was single, never the other
/// way round.
pub fn normalize_line_spaced(line: &str) -> (String, bool) {
    // '[' and 'M' are rare in text: one `memchr2` finds the few places to
    // look for a text browser's link numbers ("[12]Share") and a hover
    // card's "MORE".
    let b = line.as_bytes();
    let (mut bracket, mut more) = (false, false);
    for i in memchr::memchr2_iter(b'[', b'M', b) {
        if b[i] == b'[' {
            bracket = true;
        } else if i > 0 && b[i - 1..].starts_with(b" MORE") {
            more = true;
        }
    }
    if bracket && let Cow::Owned(stripped) = strip_link_numbers(line) {
        return (normalize_line(&stripped), true);
    }
    if more {
        return (normalize_spaces(&strip_hover_cards(line)).0, true);
    }
    normalize_spaces(line)
}

/// `line` without a text browser's link numbers: "[12]" (one to four
/// digits) after a space and right before the link's text, as `lynx -dump`
/// writes them. (Not a footnote's "shift[1],", nor "[2020] EWCA Civ 12".)
fn strip_link_numbers(line: &str) -> Cow<'_, str> {
    let b = line.as_bytes();
    let at = |i: usize| {
        let digits = b[i + 1..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        ((1..=4).contains(&digits)
            && (i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'(' | b'"'))
            && b.get(i + 1 + digits) == Some(&b']')
            && b.get(i + 2 + digits)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c >= 0x80 || c == b'"'))
        .then_some(digits + 2)
    };
    let mut out = String::new();
    let mut from = 0;
    for i in memchr::memchr_iter(b'[', b) {
        if i < from {
            continue;
        }
        if let Some(len) = at(i) {
            out.push_str(&line[from..i]);
            from = i + len;
        }
    }
    if from == 0 {
        return Cow::Borrowed(line);
    }
    out.push_str(&line[from..]);
    Cow::Owned(out)
}

fn normalize_spaces(line: &str) -> (String, bool) {
    // Plain spaces, tabs and returns at the ends go; if the rest is already
    // normal, it is the answer.
    // (By byte: the three are ASCII, so the cuts fall between chars.)
    let b = line.as_bytes();
    let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\r');
    let start = b.iter().position(|c| !blank(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !blank(c)).map_or(start, |e| e + 1);
    let trimmed = &line[start..end];
    if is_normal_spacing(trimmed.as_bytes()) {
        return (trimmed.to_string(), false);
    }
    (normalize_spaces_by_char(line), true)
}

/// `normalize_spaces` one char at a time, for lines the shortcut does not take.
fn normalize_spaces_by_char(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut pending_space = false;
    for c in line.chars() {
        match c {
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            // The hyphen and the non-breaking hyphen are a hyphen:
            // "Okonkwo‑Reyes" is one name with "Okonkwo-Reyes".
            '\u{2010}' | '\u{2011}' => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push('-');
            }
            c if c.is_whitespace() => pending_space = !out.is_empty(),
            c => {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                out.push(c);
            }
        }
    }
    out
}

/// Single spaces between words, none at either end, no other whitespace and
/// no zero-width characters or Unicode hyphens: already what
/// `normalize_spaces` makes. Read byte by byte; the characters it looks for
/// beyond ASCII are U+0085, U+00A0, U+00AD, U+1680, U+2000..=U+200D, U+2010,
/// U+2011, U+2028, U+2029, U+202F, U+205F, U+2060, U+3000 and U+FEFF.
fn is_normal_spacing(b: &[u8]) -> bool {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Eight bytes at a time: an ASCII chunk is settled by a few word
    // operations (any control byte? two spaces in a row?); a chunk with a
    // byte beyond ASCII, and the last few bytes, are read one by one.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut chunks = b.chunks_exact(8);
    let mut i = 0;
    for chunk in &mut chunks {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(chunk);
        let x = u64::from_le_bytes(bytes);
        if x & HIGH != 0 {
            if (i..i + 8).any(|k| is_odd_space_at(b, k)) {
                return false;
            }
        } else {
            // A byte under 0x20 (exact when every byte is ASCII).
            if x.wrapping_sub(ONES * 0x20) & !x & HIGH != 0 {
                return false;
            }
            // The spaces: the high bit of each byte that is 0x20.
            let y = x ^ (ONES * 0x20);
            let spaces = !((y & LOW7).wrapping_add(LOW7) | y | LOW7);
            if spaces & (spaces >> 8) != 0 || (spaces >> 63 == 1 && b.get(i + 8) == Some(&b' ')) {
                return false;
            }
        }
        i += 8;
    }
    !(i..b.len()).any(|k| is_odd_space_at(b, k))
}

/// Does whitespace that `normalize_spaces` would change start at `b[i]`: a
/// control byte, a second space, an odd space or a zero-width character?
fn is_odd_space_at(b: &[u8], i: usize) -> bool {
    /// Bytes that may start whitespace or a zero-width character.
    const SUSPECT: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b <= 0x20 {
            t[b] = true;
            b += 1;
        }
        t[0xc2] = true;
        t[0xe1] = true;
        t[0xe2] = true;
        t[0xe3] = true;
        t[0xef] = true;
        t
    };
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let c = b[i];
    SUSPECT[usize::from(c)]
        && match c {
            b' ' => at(i + 1) == b' ',
            0xc2 => matches!(at(i + 1), 0x85 | 0xa0 | 0xad),
            0xe1 => at(i + 1) == 0x9a && at(i + 2) == 0x80,
            0xe2 => matches!(
                (at(i + 1), at(i + 2)),
                (0x80, 0x80..=0x8d | 0x90 | 0x91 | 0xa8 | 0xa9 | 0xaf) | (0x81, 0x9f | 0xa0)
            ),
            0xe3 => at(i + 1) == 0x80 && at(i + 2) == 0x80,
            0xef => at(i + 1) == 0xbb && at(i + 2) == 0xbf,
            _ => true,
        }
}

/// `is_normal_spacing` one byte at a time, as first written, for the tests.
#[cfg(test)]
fn is_normal_spacing_by_byte(b: &[u8]) -> bool {
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    !(0..b.len()).any(|k| is_odd_space_at(b, k))
}

/// Removes hover cards that pages print inside a sentence after a linked
/// name: "Rep. Ada VargaAda VargaHarbour Watch: ... MORE (D-Ore.)" ->
/// "Rep. Ada Varga (D-Ore.)". A card is the name run into a copy of
/// itself, then text, then an all-capitals "MORE".
pub fn strip_hover_cards(line: &str) -> String {
    let mut out = line.to_string();
    // Each pass removes one card; a line rarely holds more than a few.
    for _ in 0..8 {
        match find_hover_card(&out) {
            Some((from, to)) => out.replace_range(from..to, ""),
            None => break,
        }
    }
    out
}

/// Byte range of the first hover card: from the end of the name's first
/// copy to the end of "MORE".
fn find_hover_card(line: &str) -> Option<(usize, usize)> {
    const MAX_CARD: usize = 600;
    let bytes = line.as_bytes();
    for (more, _) in line.match_indices(" MORE") {
        let after = bytes.get(more + 5).copied();
        if after.is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        let window_start = more.saturating_sub(MAX_CARD);
        // A run-together boundary (lowercase then uppercase) where the text
        // before it ends with the same name the text after it starts with.
        let mut prev: Option<(usize, char)> = None;
        for (i, c) in line[window_start..more].char_indices() {
            let i = window_start + i;
            if let Some((_, p)) = prev
                && (p.is_lowercase() || p == '.')
                && c.is_uppercase()
            {
                for len in (3..=40.min(i)).rev() {
                    let (Some(first), Some(before)) = (line.get(i - len..i), line.get(..i - len))
                    else {
                        continue;
                    };
                    let starts_word = before
                        .chars()
                        .next_back()
                        .is_none_or(|b| !b.is_alphanumeric());
                    if !(starts_word
                        && first.starts_with(char::is_uppercase)
                        && first.contains(' '))
                    {
                        continue;
                    }
                    // The card opens with the name again, maybe in full:
                    // "Mira KellMira Jo KellHarbour State ...".
                    let given = first.split(' ').next().unwrap_or(first);
                    let family = first.rsplit(' ').next().unwrap_or(first);
                    let rest = &line[i..];
                    let again = rest.starts_with(first)
                        || (rest.starts_with(&format!("{given} "))
                            && rest
                                .get(..rest.len().min(len + 24))
                                .is_some_and(|head| head.contains(family)));
                    if again {
                        return Some((i, more + 5));
                    }
                }
            }
            prev = Some((i, c));
        }
    }
    None
}

/// Splits words that buttons ran together: "articleComments" -> "article Comments".
pub fn split_run_together(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut prev: Option<char> = None;
    for c in line.chars() {
        if let Some(p) = prev
            && p.is_lowercase()
            && c.is_uppercase()
        {
            out.push(' ');
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text browser's link numbers go; footnotes, years in brackets and
    /// a bracket of figures in the text stay.
    #[test]
    fn a_text_browsers_link_numbers_go() {
        for (line, want) in [
            ("   [11]Share [12]Tweet [13]Email", "Share Tweet Email"),
            (
                "By [10]Marcus Doe | mdoe@example.com",
                "By Marcus Doe | mdoe@example.com",
            ),
            ("[1]Skip to content", "Skip to content"),
            ("(see [3]\"the report\")", "(see \"the report\")"),
            (
                "up to 1,000 alarms per shift[1], even",
                "up to 1,000 alarms per shift[1], even",
            ),
            (
                "[2020] EWCA Civ 12 was cited",
                "[2020] EWCA Civ 12 was cited",
            ),
            (
                "a vote of [12345]x and [ 3]y",
                "a vote of [12345]x and [ 3]y",
            ),
        ] {
            assert_eq!(normalize_line(line), want, "{line}");
        }
    }

    #[test]
    fn hover_cards_leave_the_sentence_whole() {
        let line = "He threatened to kill Rep. Tamsin OkaforTamsin OkaforHarbour Watch: Progressives oppose ferry bill | Senators call for coordinator Okafor asks court for compassion MORE (D-Minn.), the office said.";
        assert_eq!(
            normalize_line(line),
            "He threatened to kill Rep. Tamsin Okafor (D-Minn.), the office said."
        );
        let full =
            "Gov. Mira KellMira Jo KellHarbour State governor doubles down MORE (R) said so.";
        assert_eq!(normalize_line(full), "Gov. Mira Kell (R) said so.");
        let two = "Sen. Ada VargaAda VargaSenate passes bill MORE and Rep. Femi AdeyemiFemi AdeyemiHouse votes MORE (D-Ore.) spoke.";
        assert_eq!(
            normalize_line(two),
            "Sen. Ada Varga and Rep. Femi Adeyemi (D-Ore.) spoke."
        );
        for plain in [
            "The ferry ran MORE often in summer.",
            "NO MORE DELAYS, said the sign.",
            "Ada Varga said Ada Varga would run. MORE to come",
        ] {
            assert_eq!(normalize_line(plain), plain);
        }
    }

    #[test]
    fn decodes_entities_once_and_twice() {
        assert_eq!(decode_entities("A &mdash; B &amp; C"), "A — B & C");
        assert_eq!(decode_entities("&#8220;Hi&#8221;"), "“Hi”");
        assert_eq!(decode_entities("x &amp;mdash; y"), "x — y");
        assert_eq!(decode_entities("AT&T and R&D; ok"), "AT&T and R&D; ok");
        assert_eq!(decode_entities("bogus &foobar; gone"), "bogus  gone");
    }

    #[test]
    fn normalizes_spaces() {
        assert_eq!(normalize_line("  a\u{a0}\u{a0}b\u{200b}c\t d  "), "a bc d");
        assert_eq!(
            normalize_line("Ada Okonkwo\u{2011}Reyes, a co\u{2010}founder"),
            "Ada Okonkwo-Reyes, a co-founder"
        );
    }

    #[test]
    fn splits_run_together_buttons() {
        assert_eq!(
            split_run_together("Share this articleComments"),
            "Share this article Comments"
        );
        assert_eq!(split_run_together("iPhone"), "i Phone");
    }

    proptest::proptest! {
        /// The byte-level shortcut never skips a line the char walk would change.
        #[test]
        fn spacing_shortcut_is_exact(
            v in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::char::range('a', 'e'),
                    proptest::prelude::Just(' '),
                    proptest::prelude::any::<char>(),
                    proptest::sample::select(vec![
                        '\u{85}', '\u{a0}', '\u{ad}', '\u{1680}', '\u{2000}', '\u{200a}',
                        '\u{200b}', '\u{200d}', '\u{200e}', '\u{2014}', '\u{201c}', '\u{2028}',
                        '\u{2029}', '\u{202f}', '\u{205f}', '\u{2060}', '\u{3000}', '\u{feff}',
                        '\u{b7}', '\t', '\u{b}', '\r', '\u{2010}', '\u{2011}', '\u{2012}',
                    ]),
                ],
                0..24,
            )
        ) {
            let s: String = v.into_iter().collect();
            let slow = normalize_spaces_by_char(&s);
            let (normal, spaced) = normalize_spaces(&s);
            proptest::prop_assert_eq!(&normal, &slow);
            // A line said to be singly spaced has no run of spaces or tab
            // inside it.
            let inner = s.trim_matches([' ', '\t', '\r']);
            if !spaced {
                proptest::prop_assert!(!inner.contains("  ") && !inner.contains('\t'), "{s:?}");
            }
            // The word-at-a-time reading agrees with the byte reading.
            proptest::prop_assert_eq!(
                is_normal_spacing(s.as_bytes()),
                is_normal_spacing_by_byte(s.as_bytes())
            );
        }

        /// Long ASCII lines, where most chunks are read a word at a time:
        /// spaces in pairs across chunk edges, control bytes anywhere.
        #[test]
        fn spacing_words_agree_with_bytes(
            v in proptest::collection::vec(
                proptest::prop_oneof![
                    12 => proptest::sample::select(vec!['a', 'b', '!', '~']),
                    5 => proptest::prelude::Just(' '),
                    1 => proptest::sample::select(vec!['\t', '\u{1}', '\u{1f}']),
                ],
                0..40,
            )
        ) {
            let s: String = v.into_iter().collect();
            proptest::prop_assert_eq!(
                is_normal_spacing(s.as_bytes()),
                is_normal_spacing_by_byte(s.as_bytes())
            );
        }
    }

    proptest::proptest! {
        /// Piecewise decoding with the common-entity shortcut is the same as
        /// decoding the whole text with the HTML table.
        #[test]
        fn entity_shortcut_is_exact(
            v in proptest::collection::vec(
                proptest::sample::select(vec![
                    "&", ";", "#", "x", "38", "x26", "amp", "mdash", "lt", "nbsp", "hellip",
                    "quot", "AMP", "ampx", "a", " ", "é", "&amp;", "&#8220;", "&notin;", "&not",
                ]),
                0..16,
            )
        ) {
            let s: String = v.concat();
            proptest::prop_assert_eq!(decode_html(&s), html_escape::decode_html_entities(&s));
        }
    }
}
