//! Keys that tell a line said twice ("Share!" and "share"), the stem of a
//! teaser ("Read more" and the ellipsis left off), and cards for other
//! stories set into a story (a headline printed twice, then its teaser).

/// Key for duplicate detection: a hash of the lowercase letters and digits
/// (`None` when there are none), so "Share!" and "share" are one line.
/// Those bytes are packed eight to a word as they are read, and each full
/// word is mixed into the hash (FxHash's step), with the count at the end.
pub(super) fn dedup_key(s: &str) -> Option<u64> {
    // ASCII byte -> itself lowercased if a letter or digit, else 0.
    const KEEP: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut i = 0;
        while i < 128 {
            let b = i as u8;
            if b.is_ascii_alphanumeric() {
                t[i] = b.to_ascii_lowercase();
            }
            i += 1;
        }
        t
    };
    struct Packer {
        hash: u64,
        word: u64,
        filled: u32,
        count: u64,
    }
    impl Packer {
        #[inline]
        fn feed(&mut self, byte: u8) {
            self.word |= u64::from(byte) << (8 * self.filled);
            self.filled += 1;
            self.count += 1;
            if self.filled == 8 {
                self.mix();
            }
        }
        #[inline]
        fn mix(&mut self) {
            const K: u64 = 0xf135_7aea_2e62_a9c5;
            self.hash = (self.hash.rotate_left(26) ^ self.word).wrapping_mul(K);
            self.word = 0;
            self.filled = 0;
        }
    }
    let mut p = Packer {
        hash: 0,
        word: 0,
        filled: 0,
        count: 0,
    };
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 {
            let k = KEEP[usize::from(b[i])];
            if k != 0 {
                p.feed(k);
            }
            i += 1;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        if crate::words::is_alnum(c) {
            let mut buf = [0u8; 4];
            for lower in c.to_lowercase() {
                lower.encode_utf8(&mut buf).bytes().for_each(|x| p.feed(x));
            }
        }
        i += c.len_utf8();
    }
    if p.count == 0 {
        return None;
    }
    p.mix();
    p.word = p.count;
    p.mix();
    Some(p.hash)
}

/// A line without a trailing ellipsis or "Read more", for teaser matching.
pub(super) fn teaser_stem(s: &str) -> &str {
    let s = s.trim_end();
    let s = s
        .strip_suffix("Read more")
        .or_else(|| s.strip_suffix("read more"))
        .unwrap_or(s)
        .trim_end();
    s.trim_end_matches(['…', '.', ' '])
}

/// A card's teaser under its headline: one or two sentences, no quote.
pub(super) fn is_card_dek(line: &str) -> bool {
    super::word_count(line) <= 45 && !line.contains(['“', '"']) && line.matches(". ").count() <= 1
}

impl super::Body {
    /// "Business / Gazette Group renames itself Quill / Business /
    /// Gazette Group renames itself Quill / The owner of ...": in the story's body, a
    /// headline that repeats the line kept just before is a card for
    /// another story. Both copies go, and the teaser under them (see
    /// `card_dek`).
    pub(super) fn is_story_card(&mut self, unit: &str, key: u64) -> bool {
        let card = self.scraped
            && self.kept.len() >= 3
            && super::is_headline_like(unit)
            // (A headline, not a label: "Report" twice is a video's.)
            && super::word_count(unit) >= 5
            && self.kept.last().and_then(|l| dedup_key(l)) == Some(key);
        if card {
            self.kept.pop();
            self.drop("story card");
            self.drop("story card");
            self.card_dek = true;
        }
        card
    }
}

/// The [`dedup_key`]s a headline's copies in the body have: the whole
/// headline's, and that of its part before a spaced dash when the page
/// prints it alone too ("Budget deal reached — but not everyone is happy"
/// over "Budget deal reached").
pub(super) fn title_keys(title: &str) -> impl Iterator<Item = u64> {
    let head = [" — ", " – ", " - "]
        .iter()
        .find_map(|d| title.split_once(d))
        .map(|(head, _)| head)
        .filter(|head| head.split_whitespace().count() >= 3);
    dedup_key(title).into_iter().chain(head.and_then(dedup_key))
}
