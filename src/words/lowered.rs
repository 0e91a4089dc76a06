//! [`Lower`]: a word in lowercase, made without a heap allocation when the
//! word is short ASCII (almost every word the quote finder lowers).

use std::borrow::Cow;
use std::fmt;

/// Bytes a lowered word may have and still be kept inline.
const INLINE: usize = 30;

/// A word in lowercase: the word itself when it already is, a short ASCII
/// word lowered in place, or a heap string for the rest.
pub struct Lower<'a>(Repr<'a>);

enum Repr<'a> {
    Borrowed(&'a str),
    Inline([u8; INLINE], u8),
    Owned(String),
}

impl<'a> Lower<'a> {
    /// `w` in lowercase.
    pub fn of(w: &'a str) -> Self {
        if w.is_ascii() {
            if !w.bytes().any(|b| b.is_ascii_uppercase()) {
                return Lower(Repr::Borrowed(w));
            }
            if w.len() <= INLINE {
                let mut buf = [0u8; INLINE];
                for (to, from) in buf.iter_mut().zip(w.bytes()) {
                    *to = from.to_ascii_lowercase();
                }
                // (The length fits: INLINE is under 256.)
                return Lower(Repr::Inline(buf, w.len() as u8));
            }
            return Lower(Repr::Owned(w.to_ascii_lowercase()));
        }
        if w.chars().any(char::is_uppercase) {
            Lower(Repr::Owned(w.to_lowercase()))
        } else {
            Lower(Repr::Borrowed(w))
        }
    }

    /// The lowered word as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            // SAFETY: `of` writes only ASCII bytes inline, and the first
            // `len` of them are written, so they are valid UTF-8.
            Repr::Inline(buf, len) => unsafe {
                std::str::from_utf8_unchecked(&buf[..usize::from(*len)])
            },
            Repr::Owned(s) => s,
        }
    }

    /// The lowered word as an owned string.
    pub fn into_owned(self) -> String {
        match self.0 {
            Repr::Owned(s) => s,
            _ => self.as_str().to_string(),
        }
    }

    /// The lowered word, borrowed from the input when it already was
    /// lowercase.
    pub fn into_cow(self) -> Cow<'a, str> {
        match self.0 {
            Repr::Borrowed(s) => Cow::Borrowed(s),
            Repr::Owned(s) => Cow::Owned(s),
            Repr::Inline(..) => Cow::Owned(self.as_str().to_string()),
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Lower<'_> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn lowers_as_the_standard_library(w in "[A-Za-zÉéΣσ’'. -]{0,40}") {
            let low = Lower::of(&w);
            proptest::prop_assert_eq!(low.as_str(), w.to_lowercase());
            proptest::prop_assert_eq!(low.into_owned(), w.to_lowercase());
            let cow = Lower::of(&w).into_cow();
            proptest::prop_assert_eq!(cow.as_ref(), w.to_lowercase());
        }
    }

    #[test]
    fn short_ascii_is_kept_inline_and_long_words_on_the_heap() {
        assert!(matches!(Lower::of("Senator").0, Repr::Inline(_, 7)));
        assert!(matches!(Lower::of("senator").0, Repr::Borrowed("senator")));
        let long = "A".repeat(INLINE + 1);
        assert!(matches!(Lower::of(&long).0, Repr::Owned(_)));
        assert_eq!(Lower::of(&long).as_str(), "a".repeat(INLINE + 1));
        assert!(matches!(Lower::of("Élysée").0, Repr::Owned(_)));
    }
}
