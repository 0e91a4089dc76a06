//! Relatives: a name set after a relative's noun ("his daughter,
//! Celestine X", "His wife of 56 years, Honoria,") is a woman's or a
//! man's, whatever the given name.

use super::given::Gender;

/// The first letters of the nouns [`relative_gender`] knows, one bit each
/// from "a": most words start with another, or are too short or too long.
const RELATIVE_FIRST: u32 = {
    let letters = b"abdfghmnsuw";
    let mut bits = 0;
    let mut i = 0;
    while i < letters.len() {
        bits |= 1 << (letters[i] - b'a');
        i += 1;
    }
    bits
};

/// The gender a relative's noun gives the person it names ("her late
/// husband, Per,"). Wider than the nouns whose person takes the family's
/// surname (`people.rs`): a niece or a boyfriend need not share it.
pub(super) fn relative_gender(noun: &str) -> Option<Gender> {
    match noun {
        "husband" | "son" | "brother" | "father" | "dad" | "grandson" | "grandfather"
        | "nephew" | "uncle" | "boyfriend" | "widower" => Some(Gender::Male),
        "wife" | "daughter" | "sister" | "mother" | "mom" | "mum" | "granddaughter"
        | "grandmother" | "niece" | "aunt" | "girlfriend" | "widow" => Some(Gender::Female),
        _ => None,
    }
}

impl super::attrib::Attributor<'_> {
    /// "Her late husband, Per, joined her": a name set after a relative's
    /// noun is a man's or a woman's, so "she" does not stand for Per. Also
    /// "said his daughter, Celestine Hale." (a full name), "His wife of
    /// 56 years, Honoria, said" and "her son Marcus said" (no commas). The
    /// name and the full name the family gives it ("Per Haldorsen") are
    /// both marked.
    pub(super) fn relatives_genders(&mut self, found: Vec<(String, Gender)>) {
        for (name, g) in found {
            if let Some(full) = self.family.get(&name).cloned() {
                self.pronoun_gender.insert(full, Some(g));
            }
            self.pronoun_gender.insert(name, Some(g));
        }
    }
}

impl super::facts::Facts<'_> {
    /// The names set after a relative's noun, with the gender it gives
    /// them, in text order (for [`Attributor::relatives_genders`]; found
    /// from the tokens alone, so a long article has them looked for while
    /// its families are).
    ///
    /// [`Attributor::relatives_genders`]: super::attrib::Attributor::relatives_genders
    pub(super) fn relatives_named(&self) -> Vec<(String, Gender)> {
        let toks = &self.all_tokens;
        let mut found = Vec::new();
        for (i, rel) in toks.iter().enumerate() {
            // (Most words are followed by no comma, "of" or capital, and
            // are no relative's noun, which is in small letters: cheap
            // looks before the lookup.)
            // (What follows first: most words are followed by no comma,
            // "of" or capital.)
            let next = toks.get(i + 1).map_or(&b""[..], |t| t.text.as_bytes());
            if !match next {
                [b','] | [b'o', b'f'] => true,
                // (A capital, or a letter beyond ASCII, checked in full below.)
                [b, ..] => b.is_ascii_uppercase() || *b >= 0x80,
                [] => false,
            } {
                continue;
            }
            let b0 = rel.text.as_bytes().first().copied().unwrap_or(0);
            if !((3..=13).contains(&rel.text.len())
                && b0.is_ascii_lowercase()
                && (RELATIVE_FIRST >> (b0 - b'a')) & 1 == 1)
            {
                continue;
            }
            let Some(g) = relative_gender(rel.text) else {
                continue;
            };
            let mut k = i + 1;
            // ("of 56 years", "of five decades")
            if toks.get(k).is_some_and(|t| t.is("of"))
                && toks
                    .get(k + 2)
                    .is_some_and(|t| matches!(t.text, "years" | "decades"))
            {
                k += 3;
            }
            let comma = toks.get(k).is_some_and(|t| t.is(","));
            k += usize::from(comma);
            let Some(rest) = toks.get(k..) else {
                continue;
            };
            let run = rest
                .iter()
                .take(4)
                .take_while(|t| t.word && super::names::is_name_word(t.text))
                .count();
            // (Set off by commas, the name ends at a comma or the
            // sentence's end: "his sister, Ada Brown Industries" is no name.)
            let closed = rest
                .get(run)
                .is_none_or(|t| matches!(t.text, "," | "." | ";") || t.cue);
            if run == 0 || run > 3 || (comma && !closed) {
                continue;
            }
            found.push((super::phrases::join(&rest[..run]), g));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_relatives_noun_passes_the_first_letter_look() {
        for noun in [
            "husband",
            "son",
            "brother",
            "father",
            "dad",
            "grandson",
            "grandfather",
            "nephew",
            "uncle",
            "boyfriend",
            "widower",
            "wife",
            "daughter",
            "sister",
            "mother",
            "mom",
            "mum",
            "granddaughter",
            "grandmother",
            "niece",
            "aunt",
            "girlfriend",
            "widow",
        ] {
            assert!(super::relative_gender(noun).is_some(), "{noun}");
            let b0 = noun.as_bytes()[0];
            assert!((super::RELATIVE_FIRST >> (b0 - b'a')) & 1 == 1, "{noun}");
            assert!((3..=13).contains(&noun.len()), "{noun}");
        }
    }
}
