//! A line's words and English function words, for the density pass: words
//! are runs of letters, digits and apostrophes.

use super::super::lines::is_cjk;

/// English function words: prose is dense in them, menus and lists are not.
#[rustfmt::skip]
pub(super) const STOPWORDS: &[&str] = &[
    "a", "about", "according", "after", "again", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "between", "both", "but", "by", "can",
    "could", "did", "do", "does", "down", "during", "each", "even", "few", "first", "for", "from",
    "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "just", "last", "like", "many", "may", "me", "more", "most", "much", "my", "new",
    "no", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out",
    "over", "own", "people", "said", "same", "says", "she", "should", "since", "so", "some",
    "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "through", "time", "to", "told", "too", "two", "under", "until", "up", "us",
    "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
    "will", "with", "would", "year", "years", "you", "your",
];

/// Runs of letters, digits and apostrophes. ASCII is read byte by byte,
/// through a table; other characters are decoded where they occur.
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // Past what is not a word.
        loop {
            let c = *bytes.get(i)?;
            if c < 0x80 {
                if WORD_BYTE[usize::from(c)] {
                    break;
                }
                i += 1;
            } else {
                let (word, len) = wide_char_at(text, i)?;
                if word {
                    break;
                }
                i += len;
            }
        }
        let start = i;
        while let Some(&c) = bytes.get(i) {
            if c < 0x80 {
                if !WORD_BYTE[usize::from(c)] {
                    break;
                }
                i += 1;
            } else {
                match wide_char_at(text, i) {
                    Some((true, len)) => i += len,
                    _ => break,
                }
            }
        }
        Some(&text[start..i])
    })
}

/// ASCII bytes that belong to a word: letters, digits and the apostrophe.
const WORD_BYTE: [bool; 128] = {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'\'';
        b += 1;
    }
    t
};

/// Whether the non-ASCII char at byte `i` belongs to a word, and its length.
#[inline]
fn wide_char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let ch = text.get(i..)?.chars().next()?;
    Some((crate::words::is_alnum(ch) || ch == '’', ch.len_utf8()))
}

pub(super) fn is_english_stop(w: &str) -> bool {
    static SET: std::sync::LazyLock<crate::words::WordSet> =
        std::sync::LazyLock::new(|| crate::words::WordSet::new(STOPWORDS));
    w.len() <= 10 && SET.contains(w)
}

/// What the density pass counts in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineCounts {
    /// English function words.
    pub stops: usize,
    /// Words, as [`words`] reads them.
    pub words: usize,
    /// Length in "Latin chars": a CJK character counts as three.
    pub len: usize,
    /// Whether a char is led by a byte of 0xE3 or more (as CJK letters are).
    pub cjk_led: bool,
}

/// The counts of each unit.
pub(super) fn line_counts(units: &[String]) -> Vec<LineCounts> {
    super::super::units::map_lines(units, |_, u| line_count(u))
}

/// A line's [`LineCounts`], in one pass. The bytes that belong to words are
/// marked in a bit mask, 64 bytes at a time (eight at once where they are
/// ASCII), and the words are the runs of marked bytes. A word is looked up
/// only when it is all ASCII and at most nine bytes long, as every function
/// word is.
pub(super) fn line_count(text: &str) -> LineCounts {
    let b = text.as_bytes();
    let mut counts = LineCounts {
        stops: 0,
        words: 0,
        len: 0,
        cjk_led: false,
    };
    // Whether the last char that began with a lead byte belongs to a word
    // (its continuation bytes, in this chunk or the next, go with it).
    let mut wide = false;
    // Where the word under way began, if one is.
    let mut open: Option<usize> = None;
    for (k, chunk) in b.chunks(64).enumerate() {
        let base = 64 * k;
        let mask = word_mask(text, base, chunk, &mut wide, &mut counts);
        let valid = u64::MAX >> (64 - chunk.len());
        let mut j = 0u32;
        while j < 64 {
            match open {
                Some(start) => {
                    let rest = (!mask & valid) >> j;
                    if rest == 0 {
                        break;
                    }
                    let end = j + rest.trailing_zeros();
                    counts.words += 1;
                    counts.stops += usize::from(is_stop_at(b, start, base + end as usize));
                    open = None;
                    j = end;
                }
                None => {
                    let rest = mask >> j;
                    if rest == 0 {
                        break;
                    }
                    let start = j + rest.trailing_zeros();
                    open = Some(base + start as usize);
                    j = start;
                }
            }
        }
    }
    if let Some(start) = open {
        counts.words += 1;
        counts.stops += usize::from(is_stop_at(b, start, b.len()));
    }
    counts
}

/// Bit `j` set when byte `j` of `chunk` (at most 64 bytes, from byte `base`
/// of `text`) belongs to a word. `wide` carries the word-ness of the last
/// non-ASCII char begun, for its continuation bytes. The chunk's length
/// and CJK lead bytes are added to `counts`.
fn word_mask(
    text: &str,
    base: usize,
    chunk: &[u8],
    wide: &mut bool,
    counts: &mut LineCounts,
) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut mask = 0u64;
    for (q, block) in chunk.chunks(8).enumerate() {
        let at = base + 8 * q;
        let bits = match <[u8; 8]>::try_from(block) {
            Ok(eight) => {
                let x = u64::from_le_bytes(eight);
                // The ASCII bytes by word operations, on their low seven
                // bits: no sum below carries into the next byte, and a
                // byte's high bit says whether it reached a bound.
                let x7 = x & !HIGH;
                let l = x7 | (0x20 * ONES);
                let letter = (l + 0x1F * ONES) & !(l + 0x05 * ONES);
                let digit = (x7 + 0x50 * ONES) & !(x7 + 0x46 * ONES);
                let t = x7 ^ (u64::from(b'\'') * ONES);
                let apostrophe = !((t + 0x7F * ONES) | t);
                let word = (letter | digit | apostrophe) & HIGH & !x;
                let high = gather_high(x & HIGH);
                counts.len += 8 - high.count_ones() as usize;
                // The bytes beyond ASCII, in order, one by one.
                let mut bits = gather_high(word);
                let mut rest = high;
                while rest != 0 {
                    let r = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    bits |= u64::from(wide_byte(text, at + r, eight[r], wide, counts)) << r;
                }
                bits
            }
            Err(_) => {
                let mut bits = 0u64;
                for (r, &c) in block.iter().enumerate() {
                    let word = if c < 0x80 {
                        counts.len += 1;
                        WORD_BYTE[usize::from(c)]
                    } else {
                        wide_byte(text, at + r, c, wide, counts)
                    };
                    bits |= u64::from(word) << r;
                }
                bits
            }
        };
        mask |= bits << (8 * q);
    }
    mask
}

/// The high bits of the eight bytes of `x` (all else clear), gathered into
/// one byte, in order.
#[inline(always)]
fn gather_high(x: u64) -> u64 {
    (x >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// Does byte `i` of `text`, `c` (0x80 or more), belong to a word? A lead
/// byte's char is decoded and its word-ness kept in `wide` for the
/// continuation bytes after it; its weight goes to `counts`.
#[inline]
fn wide_byte(text: &str, i: usize, c: u8, wide: &mut bool, counts: &mut LineCounts) -> bool {
    if c >= 0xC0 {
        let ch = text.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
        counts.cjk_led |= c >= 0xE3;
        counts.len += if is_cjk(ch) { 3 } else { 1 };
        *wide = crate::words::is_alnum(ch) || ch == '’';
    }
    *wide
}

/// Is the word `b[start..end]` (a run of letters, digits and apostrophes)
/// a function word? Its bytes are read as one integer (eight at once where
/// the text goes on that far); setting bit 0x20 lowercases every ASCII such
/// byte (digits and the apostrophe have it already).
#[inline(always)]
fn is_stop_at(b: &[u8], start: usize, end: usize) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let len = end - start;
    if len == 0 || len > 9 {
        return false;
    }
    if len == 9 {
        return b[start..end].eq_ignore_ascii_case(b"according");
    }
    let word = match b.get(start..start + 8) {
        Some(eight) => {
            let mut buf = [0u8; 8];
            buf.copy_from_slice(eight);
            u64::from_le_bytes(buf)
        }
        None => b[start..end]
            .iter()
            .rev()
            .fold(0, |k, &c| (k << 8) | u64::from(c)),
    };
    let low = u64::MAX >> (8 * (8 - len));
    word & low & HIGH == 0 && stop_key_held((word | 0x2020_2020_2020_2020) & low)
}

/// Slots of [`STOP_KEYS`].
const STOP_SLOTS: usize = 512;

#[inline(always)]
const fn stop_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize
}

/// The function words of up to eight bytes as integers (their bytes, little
/// endian, zero padded), in an open-addressed table made at compile time.
static STOP_KEYS: [u64; STOP_SLOTS] = {
    let mut t = [0u64; STOP_SLOTS];
    let mut w = 0;
    while w < STOPWORDS.len() {
        let bytes = STOPWORDS[w].as_bytes();
        if bytes.len() <= 8 {
            let mut key = 0u64;
            let mut k = bytes.len();
            while k > 0 {
                k -= 1;
                key = (key << 8) | bytes[k] as u64;
            }
            let mut i = stop_slot(key);
            while t[i] != 0 && t[i] != key {
                i = (i + 1) % STOP_SLOTS;
            }
            t[i] = key;
        }
        w += 1;
    }
    t
};

#[inline(always)]
fn stop_key_held(key: u64) -> bool {
    let mut i = stop_slot(key);
    loop {
        match STOP_KEYS[i] {
            0 => return false,
            k if k == key => return true,
            _ => i = (i + 1) % STOP_SLOTS,
        }
    }
}
