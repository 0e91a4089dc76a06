//! A case-insensitive set of static words, looked up without allocating.

use super::{FxHashSet, lower};

/// A word of up to 16 ASCII bytes as two little-endian words, lowercased
/// eight bytes at a time; `None` for a longer or non-ASCII word.
#[inline]
fn short_key(w: &[u8]) -> Option<(u64, u64)> {
    if w.len() > 16 {
        return None;
    }
    let (lo, hi) = load(w);
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if (lo | hi) & HIGH != 0 {
        return None;
    }
    Some((ascii_lower(lo), ascii_lower(hi)))
}

/// Up to 16 bytes as two little-endian words, zero padded, read as whole
/// words (two overlapping reads for a length between) rather than copied.
#[inline]
fn load(w: &[u8]) -> (u64, u64) {
    let n = w.len();
    let le8 = |s: &[u8]| u64::from_le_bytes(s.try_into().unwrap_or_default());
    let le4 = |s: &[u8]| u64::from(u32::from_le_bytes(s.try_into().unwrap_or_default()));
    match n {
        16 => (le8(&w[..8]), le8(&w[8..])),
        9..=15 => (le8(&w[..8]), le8(&w[n - 8..]) >> ((16 - n) * 8)),
        8 => (le8(w), 0),
        4..=7 => (le4(&w[..4]) | le4(&w[n - 4..]) << ((n - 4) * 8), 0),
        _ => (
            w.iter()
                .enumerate()
                .fold(0, |x, (i, &b)| x | u64::from(b) << (8 * i)),
            0,
        ),
    }
}

/// The ASCII bytes of `x` (none with its high bit set) lowercased: a byte
/// from 'A' (0x41) to 'Z' (0x5A) gains 0x20. Adding 0x3F sets a byte's high
/// bit from 'A' up, adding 0x25 from '[' (0x5B) up; no byte carries.
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let from_a = x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let past_z = x.wrapping_add(0x2525_2525_2525_2525);
    x | ((from_a & !past_z & HIGH) >> 2)
}

/// The bit of a short ASCII word's first letter (any case) in `WordSet::shapes`.
fn shape_bit(w: &[u8]) -> u32 {
    match w.first() {
        Some(b) if b.is_ascii_alphabetic() => 1 << (b.to_ascii_lowercase() - b'a'),
        _ => 1 << 26,
    }
}

/// A case-insensitive set of static words. Short ASCII words (almost every
/// lookup) are kept as integers in an open-addressed table, so a lookup
/// neither allocates nor hashes a string: it lowercases two machine words,
/// multiplies once and compares.
pub struct WordSet {
    /// For each length up to 16, a bit per first letter (and one for any
    /// other first byte) of the short ASCII words: most words looked up are
    /// turned away by this one test.
    shapes: [u32; 17],
    /// Short words as (first eight bytes, next eight, length + 1), zero
    /// padded; a length of 0 marks an empty slot. The table is a power of
    /// two at least twice the words, probed linearly.
    table: Vec<(u64, u64, u8)>,
    /// log2 of the table's size.
    bits: u32,
    other: FxHashSet<String>,
    max_len: usize,
}

impl WordSet {
    pub fn new(words: &[&str]) -> Self {
        let short = words
            .iter()
            .filter(|w| short_key(w.as_bytes()).is_some())
            .count();
        let bits = (short.max(1) * 2).next_power_of_two().trailing_zeros();
        let mut set = WordSet {
            shapes: [0; 17],
            table: vec![(0, 0, 0); 1 << bits],
            bits,
            other: FxHashSet::default(),
            max_len: 0,
        };
        for w in words {
            set.max_len = set.max_len.max(w.len());
            match short_key(w.as_bytes()) {
                Some((lo, hi)) => {
                    set.shapes[w.len()] |= shape_bit(w.as_bytes());
                    let len = w.len() as u8 + 1;
                    let mut i = set.slot(lo, hi, len);
                    loop {
                        match set.table[i] {
                            (_, _, 0) => {
                                set.table[i] = (lo, hi, len);
                                break;
                            }
                            e if e == (lo, hi, len) => break,
                            _ => i = (i + 1) & (set.table.len() - 1),
                        }
                    }
                }
                None => {
                    set.other.insert(lower(w).into_owned());
                }
            }
        }
        set
    }

    /// Where a short word's probe starts.
    #[inline]
    fn slot(&self, lo: u64, hi: u64, len: u8) -> usize {
        let h = (lo ^ hi.rotate_left(29) ^ u64::from(len)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - self.bits)) as usize
    }

    /// Is `w` (any case) in the set?
    pub fn contains(&self, w: &str) -> bool {
        let b = w.as_bytes();
        // Most words are turned away by their length and first letter alone
        // (a non-ASCII one may still be among the others).
        if b.len() <= 16
            && self.shapes[b.len()] & shape_bit(b) == 0
            && (self.other.is_empty() || b.is_ascii())
        {
            return false;
        }
        if let Some((lo, hi)) = short_key(b) {
            let len = b.len() as u8 + 1;
            let mask = self.table.len() - 1;
            let mut i = self.slot(lo, hi, len);
            loop {
                match self.table[i] {
                    (_, _, 0) => return false,
                    e if e == (lo, hi, len) => return true,
                    _ => i = (i + 1) & mask,
                }
            }
        }
        if self.other.is_empty() || (w.is_ascii() && w.len() > self.max_len) {
            return false;
        }
        self.other.contains(lower(w).as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn words_load_as_a_copy_reads_them(w in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..=16)) {
            let mut bytes = [0u8; 16];
            bytes[..w.len()].copy_from_slice(&w);
            let (lo, hi) = bytes.split_at(8);
            let want = (
                u64::from_le_bytes(lo.try_into().unwrap()),
                u64::from_le_bytes(hi.try_into().unwrap()),
            );
            proptest::prop_assert_eq!(load(&w), want);
        }
    }
}
