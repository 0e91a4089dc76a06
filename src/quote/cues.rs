//! Is a word a speech verb ("said", "Told", "according")? Asked of every
//! word of a text, so most words are turned away before any hashing.

use super::lexicon::CUES;

#[inline]
pub fn is_cue(w: &str) -> bool {
    // For each first two letters, the lengths of the cues starting with them
    // (built at compile time): most words are turned away by this one bit
    // test, before any hashing.
    const SHAPES: [u16; 26 * 26] = {
        let mut shapes = [0u16; 26 * 26];
        let mut i = 0;
        while i < CUES.len() {
            let c = CUES[i].as_bytes();
            if c.len() >= 2 && c[0].is_ascii_lowercase() && c[1].is_ascii_lowercase() {
                let k = (c[0] - b'a') as usize * 26 + (c[1] - b'a') as usize;
                let len = if c.len() < 15 { c.len() } else { 15 };
                shapes[k] |= 1 << len;
            }
            i += 1;
        }
        shapes
    };
    if !(3..=12).contains(&w.len()) {
        return false;
    }
    if let Some(k) = two_letters(w.as_bytes())
        && SHAPES[k] & (1 << w.len()) == 0
    {
        return false;
    }
    in_cue_set(w)
}

/// The set lookup behind [`is_cue`]'s quick test, kept out of line so that
/// the test is inlined where every word of a text passes.
#[inline(never)]
fn in_cue_set(w: &str) -> bool {
    static SET: std::sync::LazyLock<crate::words::WordSet> =
        std::sync::LazyLock::new(|| crate::words::WordSet::new(CUES));
    SET.contains(w)
}

/// The first two bytes of a word as an index 0..676 when both are ASCII
/// letters (any case).
fn two_letters(w: &[u8]) -> Option<usize> {
    match w {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => Some(
            usize::from(a.to_ascii_lowercase() - b'a') * 26
                + usize::from(b.to_ascii_lowercase() - b'a'),
        ),
        _ => None,
    }
}
