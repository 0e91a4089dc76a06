//! Small word helpers shared by the cleaner and the quote finder: lowercase
//! without allocating for ASCII words, and fast sets of static words.

pub use rustc_hash::{FxHashMap, FxHashSet};

mod lowered;
mod set;
pub use lowered::Lower;
pub use set::WordSet;

/// Month names, lowercase, January first.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Day names, lowercase, Monday first.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Do the chars just before `at` read `s`? ("ambassador to |Liu").
pub fn ends_with_at(text: &[char], at: usize, s: &str) -> bool {
    let n = s.chars().count();
    at >= n && text[at - n..at].iter().copied().eq(s.chars())
}

/// `char::is_alphabetic`, answering at once for ASCII and for the General
/// Punctuation block (curly quotes, dashes), the non-ASCII chars news text
/// is full of, which the general test looks up in Unicode tables.
#[inline]
pub fn is_alpha(c: char) -> bool {
    quick_class(
        c,
        char::is_ascii_alphabetic,
        &TWO_BYTE_ALPHA,
        char::is_alphabetic,
    )
}

/// `char::is_alphanumeric`, with the same shortcuts as [`is_alpha`].
#[inline]
pub fn is_alnum(c: char) -> bool {
    quick_class(
        c,
        char::is_ascii_alphanumeric,
        &TWO_BYTE_ALNUM,
        char::is_alphanumeric,
    )
}

/// `ascii(c)` for ASCII; for the two-byte chars (accented Latin, Greek,
/// Cyrillic, Hebrew, Arabic) a bit in a table made once from `general`;
/// `false` in General Punctuation (no letters or digits there); `general(c)`
/// otherwise.
#[inline(always)]
fn quick_class(
    c: char,
    ascii: fn(&char) -> bool,
    table: &std::sync::LazyLock<[u64; 32]>,
    general: fn(char) -> bool,
) -> bool {
    if c.is_ascii() {
        ascii(&c)
    } else if c < '\u{800}' {
        let i = c as usize;
        table[i >> 6] & (1 << (i & 63)) != 0
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && general(c)
    }
}

/// Which chars below U+0800 pass `class`, a bit each.
fn two_byte_table(class: fn(char) -> bool) -> [u64; 32] {
    let mut t = [0u64; 32];
    for c in ('\u{0}'..'\u{800}').filter(|&c| class(c)) {
        let i = c as usize;
        t[i >> 6] |= 1 << (i & 63);
    }
    t
}

static TWO_BYTE_ALPHA: std::sync::LazyLock<[u64; 32]> =
    std::sync::LazyLock::new(|| two_byte_table(char::is_alphabetic));
static TWO_BYTE_ALNUM: std::sync::LazyLock<[u64; 32]> =
    std::sync::LazyLock::new(|| two_byte_table(char::is_alphanumeric));

/// Above this many bytes a text shown in the reader (its chars, its
/// layout, its counts) is worked on with all cores.
pub const LONG_TEXT_BYTES: usize = 64 * 1024;

/// Runs `f` on the thread pool when called from outside it. A long text's
/// work goes through many parallel steps with serial ones between them:
/// from outside, each step wakes the pool and waits for it, while from a
/// worker the step starts at once on that worker as the other joins in.
pub fn in_pool<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    if rayon::current_thread_index().is_some() {
        f()
    } else {
        rayon::scope(|_| f())
    }
}

/// [`to_chars`], on all cores for a text of [`LONG_TEXT_BYTES`] or more.
pub fn to_chars_any(text: &str) -> Vec<char> {
    if text.len() >= LONG_TEXT_BYTES {
        to_chars_par(text)
    } else {
        to_chars(text)
    }
}

/// The chars of `text`, as `text.chars().collect()`, copying runs of ASCII
/// without decoding them.
pub fn to_chars(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest.bytes().position(|b| b >= 0x80).unwrap_or(rest.len());
        out.extend(rest.as_bytes()[..ascii].iter().map(|&b| char::from(b)));
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// [`to_chars`] on all cores, for a long text: it is cut at char
/// boundaries into pieces of about 64 KiB, whose chars are counted, then
/// decoded into their places, side by side.
pub fn to_chars_par(text: &str) -> Vec<char> {
    use rayon::prelude::*;
    const PIECE: usize = 64 * 1024;
    let mut pieces = Vec::with_capacity(text.len() / PIECE + 1);
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + PIECE).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        pieces.push(&text[start..end]);
        start = end;
    }
    let counts: Vec<usize> = pieces.par_iter().map(|p| p.chars().count()).collect();
    let mut out = vec!['\0'; counts.iter().sum()];
    let mut slots = Vec::with_capacity(pieces.len());
    let mut rest = out.as_mut_slice();
    for &n in &counts {
        let (slot, tail) = rest.split_at_mut(n);
        slots.push(slot);
        rest = tail;
    }
    pieces.par_iter().zip(slots).for_each(|(piece, slot)| {
        for (place, c) in slot.iter_mut().zip(piece.chars()) {
            *place = c;
        }
    });
    out
}

/// How many bytes `hit`. Counted in blocks of 255 with byte-sized counters,
/// which the compiler turns into vector code.
#[inline]
pub fn count_bytes(bytes: &[u8], hit: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            let n: u8 = block.iter().fold(0u8, |n, &b| n + u8::from(hit(b)));
            usize::from(n)
        })
        .sum()
}

/// `s.split_whitespace().count()`, by the byte count of [`scan_words`] when
/// the text holds no white space that count does not know (the vertical tab,
/// spaces beyond ASCII).
pub fn count_words(s: &str) -> usize {
    words_of(s, scan_words(s.as_bytes()))
}

/// [`count_words`] of `s` given its scan.
pub fn words_of(s: &str, scan: WordScan) -> usize {
    if scan.vertical_tab || (scan.non_ascii && has_unicode_space(s)) {
        return s.split_whitespace().count();
    }
    scan.words
}

/// What one pass over a text's bytes tells of its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordScan {
    /// Runs of bytes other than ASCII white space (\x0b aside): the words,
    /// when the text has no other white space.
    pub words: usize,
    /// A byte beyond ASCII.
    pub non_ascii: bool,
    /// A byte that starts a char from U+3000 on (CJK scripts among them).
    pub from_u3000: bool,
    /// The vertical tab, white space that the count does not see.
    pub vertical_tab: bool,
}

/// Counts words as runs of bytes between ASCII spaces (space, \t, \n,
/// \x0c, \r), and notes what that count misses. Eight bytes at a time, by
/// word operations: a word starts at each byte that is no space and follows
/// one.
pub fn scan_words(b: &[u8]) -> WordScan {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    // The high bit of each byte of `x` that is `c` (exact, whatever the bytes).
    let equal = |x: u64, c: u8| {
        let t = x ^ (u64::from(c) * ONES);
        !(((t & LOW7) + LOW7) | t) & HIGH
    };
    let (mut words, mut high, mut top, mut vt) = (0usize, 0u64, 0u64, 0u64);
    // The high bit of byte 0 when the byte before the block is a space (or
    // there is none): a word starts at a non-space byte after one.
    let mut before = 0x80u64;
    let mut blocks = b.chunks_exact(8);
    for block in &mut blocks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(block);
        let x = u64::from_le_bytes(eight);
        // On the low seven bits no sum carries into the next byte; a byte
        // beyond ASCII is no space.
        let x7 = x & LOW7;
        let tab_to_return = (x7 + 0x77 * ONES) & !(x7 + 0x72 * ONES) & !x & HIGH;
        let space = equal(x, b' ') | tab_to_return;
        let starts = !space & HIGH & ((space << 8) | before);
        words += starts.count_ones() as usize;
        before = (space >> 56) & 0x80;
        high |= x & HIGH;
        top |= (x7 + 0x1D * ONES) & x & HIGH;
        vt |= equal(x, 0x0b);
    }
    let mut prev_space = before != 0;
    for &c in blocks.remainder() {
        let space = c == b' ' || c.wrapping_sub(b'\t') < 5;
        words += usize::from(prev_space && !space);
        prev_space = space;
        high |= u64::from(c & 0x80);
        top |= u64::from(c >= 0xE3);
        vt |= u64::from(c == 0x0b);
    }
    WordScan {
        words,
        non_ascii: high != 0,
        from_u3000: top != 0,
        vertical_tab: vt != 0,
    }
}

/// Does `s` hold white space beyond ASCII (U+0085, U+00A0, U+1680,
/// U+2000..=U+200A, U+2028, U+2029, U+202F, U+205F, U+3000)? Only the chars
/// at the bytes that can start one are decoded.
pub fn has_unicode_space(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr3_iter(0xC2, 0xE2, 0xE3, b)
        .chain(memchr::memchr_iter(0xE1, b))
        .any(|i| {
            s.get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_whitespace)
        })
}

/// `w` in lowercase; borrowed when it already is, and kept off the heap
/// when it is short ASCII.
pub fn lower(w: &str) -> Lower<'_> {
    Lower::of(w)
}

/// `s.to_lowercase()`, faster on text that is mostly ASCII: ASCII bytes are
/// lowered in place and other characters one by one, except where a capital
/// sigma needs the whole-string rule (final ς).
pub fn to_lower(s: &str) -> String {
    // Most lines are ASCII: one pass to tell, a word at a time, and one to
    // lower them.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    to_lower_into(s, &mut out);
    out
}

/// [`to_lower`] into `out` (cleared first), so that a caller lowering many
/// lines can use one buffer.
pub fn to_lower_into(s: &str, out: &mut String) {
    out.clear();
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    if has_char(s, 'Σ') {
        out.push_str(&s.to_lowercase());
        return;
    }
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(ascii);
        out.push_str(run);
        let from = out.len() - run.len();
        out[from..].make_ascii_lowercase();
        let mut chars = tail.chars();
        match chars.next() {
            Some(c) => out.extend(c.to_lowercase()),
            None => break,
        }
        rest = chars.as_str();
    }
}

/// `hay.contains(c)`: the standard search for a char beyond ASCII builds a
/// two-way searcher for its bytes, which costs more than a short line;
/// here `memchr` finds the char's last byte and the bytes before it are
/// compared.
pub fn has_char(hay: &str, c: char) -> bool {
    let mut buf = [0u8; 4];
    let pat = c.encode_utf8(&mut buf).as_bytes();
    let h = hay.as_bytes();
    let n = pat.len();
    memchr::memchr_iter(pat[n - 1], h).any(|i| i + 1 >= n && h[i + 1 - n..=i] == *pat)
}

/// `test` of a short word held as chars (at most 16), spelt out on the
/// stack; false for a longer word. For lookups asked of many words, few of
/// which can match.
pub fn short_word_is(word: &[char], test: impl FnOnce(&str) -> bool) -> bool {
    if word.len() > 16 {
        return false;
    }
    let mut buf = [0u8; 64];
    let mut n = 0;
    for c in word {
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    std::str::from_utf8(&buf[..n]).is_ok_and(test)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_tests_agree_with_the_standard_ones() {
        for c in (0..=0x2FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn chars_are_decoded_as_the_standard_way(s in "(\\PC|[a-z ]{0,12}){0,40}") {
            proptest::prop_assert_eq!(to_chars(&s), s.chars().collect::<Vec<char>>());
            let long = s.repeat(64 * 1024 / s.len().max(1) + 2);
            proptest::prop_assert_eq!(to_chars_par(&long), long.chars().collect::<Vec<char>>());
        }
    }

    proptest::proptest! {
        #[test]
        fn words_are_counted_as_the_standard_split_does(s in "([a-z]{1,4}|[ \t\n\x0b\x0c\r]|\u{a0}|\u{85}|\u{1680}|é|\u{2003}|\u{202f}|\u{3000}|“|”|—|…|中文|\u{1F600}){0,30}") {
            proptest::prop_assert_eq!(count_words(&s), s.split_whitespace().count());
            let scan = scan_words(s.as_bytes());
            proptest::prop_assert_eq!(scan.non_ascii, !s.is_ascii());
            proptest::prop_assert_eq!(scan.from_u3000, s.chars().any(|c| c >= '\u{3000}'));
        }

        #[test]
        fn long_ascii_lines_are_counted_across_blocks(s in "([a-z]{1,3}|[ \t\n\x0c\r]{1,2}){200,700}") {
            proptest::prop_assert_eq!(scan_words(s.as_bytes()).words, s.split_whitespace().count());
        }
    }

    proptest::proptest! {
        #[test]
        fn lowers_as_the_standard_way(s in "(\\PC|[A-Za-z ]{0,12}|Σ|ΣΑΣ )*", dirty in "[a-z]{0,8}") {
            let lower = s.to_lowercase();
            proptest::prop_assert_eq!(to_lower(&s), lower.clone());
            let mut buf = dirty;
            to_lower_into(&s, &mut buf);
            proptest::prop_assert_eq!(buf, lower);
        }
    }

    #[test]
    fn lowercases_ascii_and_unicode() {
        assert_eq!(lower("Said"), "said");
        assert!(matches!(
            lower("said").into_cow(),
            std::borrow::Cow::Borrowed(_)
        ));
        assert_eq!(lower("ÉTÉ"), "été");
    }

    #[test]
    fn word_sets_ignore_case() {
        let set = WordSet::new(&["said", "président", "spokeswoman"]);
        assert!(set.contains("Said") && set.contains("SAID") && set.contains("said"));
        assert!(set.contains("Président") && set.contains("SpokesWoman"));
        assert!(!set.contains("sai") && !set.contains("saids") && !set.contains(""));
        assert!(!set.contains(&"said".repeat(20)));
    }

    proptest::proptest! {
        #[test]
        fn has_char_agrees_with_contains(hay in "[a•©“¢\u{A2}é ]{0,20}", c in "[a•©“¢é]") {
            let c = c.chars().next().unwrap_or('a');
            proptest::prop_assert_eq!(has_char(&hay, c), hay.contains(c));
        }
    }

    proptest::proptest! {
        #[test]
        fn word_sets_agree_with_a_plain_set(
            // Letters at both ends of the alphabet, the bytes just outside
            // them ('@', '[', '`', '{'), digits, NUL and a non-ASCII letter.
            words in proptest::collection::vec("[a-dA-DzZ@\\[`{09\u{0}éÉ]{0,18}", 0..60),
            probes in proptest::collection::vec("[a-dA-DzZ@\\[`{09\u{0}éÉ]{0,18}", 0..60),
        ) {
            let list: Vec<&str> = words.iter().map(String::as_str).collect();
            let set = WordSet::new(&list);
            let plain: std::collections::HashSet<String> =
                words.iter().map(|w| w.to_lowercase()).collect();
            for w in words.iter().chain(&probes) {
                proptest::prop_assert_eq!(set.contains(w), plain.contains(&w.to_lowercase()), "{:?}", w);
            }
        }
    }
}
