//! Words and punctuation of a text, with their char offsets; each token
//! borrows its text from the source string.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    /// Char offset in the article text.
    pub pos: usize,
    pub word: bool,
    /// A speech verb ("said", "Told", "according"), looked up once here.
    pub cue: bool,
}

impl Token<'_> {
    pub fn lower(&self) -> crate::words::Lower<'_> {
        crate::words::lower(self.text)
    }

    pub fn is(&self, s: &str) -> bool {
        self.text == s
    }
}

/// ASCII letters and digits, by byte (a table look-up is cheaper than the
/// range tests in the loop over a word).
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 128 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// Tokens of `src`. Words keep inner `.`, `'`, `’`, `-` ("U.S.", "O’Neil");
/// a final dot stays with short titles and initials ("Dr.", "J."); other marks are
/// one-char tokens; spaces vanish. ASCII is read byte by byte; other chars
/// are decoded where they occur.
pub fn tokenize(src: &str) -> Vec<Token<'_>> {
    let bytes = src.as_bytes();
    // The char at byte `b`, decoded (for bytes beyond ASCII).
    let char_at = |b: usize| src.get(b..).and_then(|s| s.chars().next());
    let alnum_at = |b: usize| match bytes.get(b) {
        None => false,
        Some(&x) if x < 0x80 => ASCII_ALNUM[usize::from(x)],
        Some(_) => char_at(b).is_some_and(crate::words::is_alnum),
    };
    let mut out = Vec::with_capacity(src.len() / 5);
    // Byte offset and char offset, moved together.
    let (mut b, mut ci) = (0usize, 0usize);
    while let Some(&x) = bytes.get(b) {
        let len = if x < 0x80 {
            if ASCII_ALNUM[usize::from(x)] {
                0
            } else {
                // ASCII white space (\t..=\r and the space) vanishes.
                if !(x == b' ' || (b'\t'..=b'\r').contains(&x)) {
                    out.push(Token {
                        text: &src[b..b + 1],
                        pos: ci,
                        word: false,
                        cue: false,
                    });
                }
                1
            }
        } else {
            match char_at(b) {
                Some(c) if crate::words::is_alnum(c) => 0,
                Some(c) => {
                    let len = c.len_utf8();
                    if !c.is_whitespace() {
                        out.push(Token {
                            text: &src[b..b + len],
                            pos: ci,
                            word: false,
                            cue: false,
                        });
                    }
                    len
                }
                None => break,
            }
        };
        if len > 0 {
            b += len;
            ci += 1;
            continue;
        }
        let (start, start_ci) = (b, ci);
        loop {
            // A run of ASCII letters and digits, one byte each.
            let run = bytes[b..]
                .iter()
                .position(|&x| !ASCII_ALNUM[usize::from(x)])
                .unwrap_or(bytes.len() - b);
            b += run;
            ci += run;
            let Some(&x) = bytes.get(b) else {
                break;
            };
            // An inner mark followed by a letter or digit, or a letter
            // beyond ASCII, goes on with the word.
            let step = if x < 0x80 {
                usize::from(matches!(x, b'\'' | b'-' | b'.') && alnum_at(b + 1))
            } else {
                match char_at(b) {
                    Some('’') if alnum_at(b + '’'.len_utf8()) => '’'.len_utf8(),
                    Some(c) if crate::words::is_alnum(c) => c.len_utf8(),
                    _ => 0,
                }
            };
            if step == 0 {
                break;
            }
            b += step;
            ci += 1;
        }
        let word = &src[start..b];
        // (Only a word that stops at an apostrophe is asked.)
        let apostrophe = if matches!(bytes.get(b), Some(b'\'' | 0xE2)) {
            plural_possessive(src, start, b)
        } else {
            0
        };
        if apostrophe > 0 {
            b += apostrophe;
            ci += 1;
        }
        if bytes.get(b) == Some(&b'.')
            && (super::names::is_short_title(word)
                // ("ex-Gov. X", "Lt.-Gov.": the title after a hyphen.)
                || word.chars().count() == 1
                || (word.as_bytes().contains(&b'-')
                    && word
                        .rsplit_once('-')
                        .is_some_and(|(_, t)| super::names::is_short_title(t)))
                || abbreviated(word)
                // ("Thomas Beaumont Jr. of Georgia said": the dot that
                // closes a name before a word in small letters ends no
                // sentence, as the sentence bounds read it too.)
                || (super::names::NAME_CLOSERS.contains(&word) && lower_after(&bytes[b + 1..])))
        {
            b += 1;
            ci += 1;
        }
        let text = &src[start..b];
        // "alleged" is a speech verb before what was alleged ("he alleged
        // that ...", "alleged the fund was empty", "..., he alleged."), an
        // adjective before a noun ("Epstein's alleged sex trafficking
        // ring"). Only words on the same line count.
        if let Some(last) = out.last_mut()
            && last.cue
            && matches!(last.text, "alleged" | "alleges")
            && !opens_allegation(text)
        {
            let end = last.text.as_ptr() as usize - src.as_ptr() as usize + last.text.len();
            if !src[end..start].contains('\n') {
                last.cue = false;
            }
        }
        // Is token `t` on the line this word is on?
        let same_line = |t: &Token<'_>| {
            let end = t.text.as_ptr() as usize - src.as_ptr() as usize + t.text.len();
            !src[end..start].contains('\n')
        };
        // "X shot back that ...", "fired back that", "hit back that": a
        // retort (only before "that": "police fired back" is gunfire).
        if text == "that"
            && let [.., verb, back] = &out[..]
            && back.text == "back"
            && matches!(verb.text, "shot" | "fired" | "hit")
            && same_line(verb)
        {
            let k = out.len() - 2;
            out[k].cue = true;
        }
        // "Judge X ruled that the map diluted ...": what a court found
        // (only before "that": "ruled out", "ruled the country").
        if text == "that"
            && let Some(verb) = out.last()
            && matches!(verb.text, "ruled" | "rules")
            && same_line(verb)
        {
            let k = out.len() - 1;
            out[k].cue = true;
        }
        // "A federal judge blocked the rule, ruling that it would “...”":
        // after a comma "ruling" reports what a court said (not "the
        // ruling").
        let ruling = text == "ruling" && out.last().is_some_and(|t| t.text == "," && same_line(t));
        // "seized on the reports", "his comments": after a determiner a
        // speech verb is a noun (on the same line: a text cut at a newline
        // reads the same in two halves).
        // ("Raghunath's remarks came a day after ...": after a name's
        // possessive too; not after "she's", which is "she has", nor in
        // "an ally of Raghavan's said".)
        let of_owner = out.len() >= 2 && {
            let of = &out[out.len() - 2];
            of.text == "of" && same_line(of)
        };
        // ("eleven consultants' reports": after a plural's possessive mark
        // too.)
        let plural_owner = out.len() >= 2 && {
            let (w, mark) = (&out[out.len() - 2], &out[out.len() - 1]);
            matches!(mark.text, "'" | "’")
                && w.word
                && w.text.ends_with('s')
                && w.pos + w.text.chars().count() == mark.pos
                && same_line(mark)
        };
        // "“...,” the statement read.", "The banner read:", "a statement
        // from the family read": after a document or a sign (and who put
        // it out), "read" reports its words.
        let read = matches!(text, "read" | "reads")
            && out
                .iter()
                .rev()
                .take(6)
                // (Not "The statement he read was short".)
                .take_while(|t| t.word && same_line(t) && !super::names::is_pronoun(t.text))
                .any(|t| super::documents::is_document(t.text) || is_sign(t.text));
        let cue = ruling
            || read
            || (super::phrases::is_cue(text)
                && !plural_owner
                && !out.last().is_some_and(|t| {
                    (is_determiner(t.text) || (is_owners(t.text) && !of_owner)) && same_line(t)
                }));
        out.push(Token {
            text,
            pos: start_ci,
            word: true,
            cue,
        });
    }
    out
}

/// Things whose words are read out: signs, banners, placards, captions.
fn is_sign(w: &str) -> bool {
    matches!(
        w,
        "sign" | "signs" | "banner" | "banners" | "placard" | "placards" | "caption" | "headline"
    )
}

/// "U.S", "Ph.D": a dot after a letter inside a word (not a number's:
/// "£3.1bn", "4.5").
fn abbreviated(word: &str) -> bool {
    word.as_bytes()
        .windows(2)
        .any(|w| w[1] == b'.' && w[0].is_ascii_alphabetic())
        || (!word.is_ascii()
            && word
                .chars()
                .zip(word.chars().skip(1))
                .any(|(a, b)| b == '.' && a.is_alphabetic()))
}

/// Words that may follow "alleged" as a verb: "that", what opens a clause
/// ("the", "he"), or a phrase of time or place ("in court").
fn opens_allegation(w: &str) -> bool {
    is_determiner(w)
        || matches!(
            crate::words::lower(w).as_ref(),
            "that"
                | "this"
                | "her"
                | "he"
                | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "you"
                | "in"
                | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "earlier"
                | "last"
        )
}

/// Words after which a speech verb is a noun: "the reports", "his claims".
/// Narrower than the lexicon's determiners: "one said" and "some said" have
/// a speaker, and in "a source close to her said" "her" is an object.
/// "Raghunath's", "the council’s": a possessive, not "she's" ("she has").
fn is_owners(w: &str) -> bool {
    let Some(stem) = super::phrases::owner_of(w) else {
        return false;
    };
    !stem.is_empty()
        && !matches!(
            crate::words::lower(stem).as_ref(),
            "he" | "she" | "it" | "that" | "who" | "there" | "what" | "where" | "here" | "one"
        )
}

fn is_determiner(w: &str) -> bool {
    matches!(
        crate::words::lower(w).as_ref(),
        "the"
            | "a"
            | "an"
            | "his"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "these"
            | "those"
            | "whose"
            | "several"
            | "many"
    )
}

/// [`tokenize`], with the text cut in two at a newline near its middle
/// and the halves read on two cores. A newline ends every token, so the
/// tokens are the same.
/// Does the first byte after the spaces at the start of `rest` open a word
/// in small letters?
fn lower_after(rest: &[u8]) -> bool {
    rest.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(u8::is_ascii_lowercase)
}

/// The length of the apostrophe that makes the word `src[start..end]` a
/// possessive of a name ending in "s" ("Voss' office", "Harris’ campaign"),
/// or 0: it goes with the word, as "'s" does. The name is capitalised, no
/// single mark opens it (not "‘Democrats’ said"), and a word in small
/// letters follows.
fn plural_possessive(src: &str, start: usize, end: usize) -> usize {
    let bytes = src.as_bytes();
    if end < start + 2 || bytes[end - 1] != b's' || !bytes[start].is_ascii_uppercase() {
        return 0;
    }
    let len = match bytes.get(end) {
        Some(b'\'') => 1,
        _ if src[end..].starts_with('’') => '’'.len_utf8(),
        _ => return 0,
    };
    let next_is_lower = bytes.get(end + len) == Some(&b' ')
        && bytes.get(end + len + 1).is_some_and(u8::is_ascii_lowercase);
    let opened = src[..start].ends_with(['\'', '‘']);
    if next_is_lower && !opened { len } else { 0 }
}

pub fn tokenize_par(src: &str) -> Vec<Token<'_>> {
    let mid = src.len() / 2;
    let Some(cut) = memchr::memchr(b'\n', &src.as_bytes()[mid..]).map(|k| mid + k + 1) else {
        return tokenize(src);
    };
    let (head, tail) = src.split_at(cut);
    let (mut first, mut second) = rayon::join(|| tokenize(head), || tokenize(tail));
    let shift = head.chars().count();
    for t in &mut second {
        t.pos += shift;
    }
    first.append(&mut second);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first, char-vector version of [`tokenize`], kept as the reference.
    fn reference(src: &str) -> Vec<(String, usize, bool)> {
        let chars: Vec<(usize, char)> = src.char_indices().collect();
        let byte_at = |i: usize| chars.get(i).map_or(src.len(), |(b, _)| *b);
        let mut out = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i].1;
            if c.is_alphanumeric() {
                let start = i;
                while i < chars.len()
                    && (chars[i].1.is_alphanumeric()
                        || (matches!(chars[i].1, '\'' | '’' | '-' | '.')
                            && chars.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric())))
                {
                    i += 1;
                }
                let word = &src[byte_at(start)..byte_at(i)];
                // "Voss' office": the apostrophe of a possessive.
                if word.len() >= 2
                    && word.ends_with('s')
                    && word.starts_with(|c: char| c.is_ascii_uppercase())
                    && chars.get(i).is_some_and(|(_, c)| matches!(c, '\'' | '’'))
                    && chars.get(i + 1).is_some_and(|(_, c)| *c == ' ')
                    && chars
                        .get(i + 2)
                        .is_some_and(|(_, c)| c.is_ascii_lowercase())
                    && !(start > 0 && matches!(chars[start - 1].1, '\'' | '‘'))
                {
                    i += 1;
                }
                let word = &src[byte_at(start)..byte_at(i)];
                if chars.get(i).is_some_and(|(_, c)| *c == '.')
                    && ((super::super::names::NAME_CLOSERS.contains(&word)
                        && chars[i + 1..]
                            .iter()
                            .find(|(_, c)| !c.is_ascii_whitespace())
                            .is_some_and(|(_, c)| c.is_ascii_lowercase()))
                        || super::super::names::is_title(word)
                        || word
                            .rsplit_once('-')
                            .is_some_and(|(_, t)| super::super::names::is_title(t))
                        || word.chars().count() == 1
                        || word.contains('.'))
                {
                    i += 1;
                }
                out.push((src[byte_at(start)..byte_at(i)].to_string(), start, true));
            } else {
                if !c.is_whitespace() {
                    out.push((src[byte_at(i)..byte_at(i + 1)].to_string(), i, false));
                }
                i += 1;
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn same_tokens_as_the_reference(
            src in "([A-Za-zé’'.,“”\"-]|Dr\\.|U\\.S\\.| |\n|said|Voss|Ross' |‘Lees’ |Jr. |Sr.|SAYS|Mr\\. |é|中文|\u{1F600}){0,60}"
        ) {
            let got: Vec<(String, usize, bool)> = tokenize(&src)
                .into_iter()
                .map(|t| (t.text.to_string(), t.pos, t.word))
                .collect();
            proptest::prop_assert_eq!(got, reference(&src));
        }
    }

    proptest::proptest! {
        #[test]
        fn two_halves_give_the_same_tokens(
            src in "([A-Za-zé’'.,“”\"-]|Dr\\.|U\\.S\\.| |\n|said|ruling|the|of|Ada's|Voss’ |é|中文){0,80}"
        ) {
            proptest::prop_assert_eq!(tokenize_par(&src), tokenize(&src));
        }
    }

    /// "a" ends a line and "said" opens the next: cut there, the two
    /// halves still flag "said" as the whole text does.
    #[test]
    fn a_cut_after_a_determiner_changes_no_cue() {
        for src in [
            "one two three four a\nsaid b c",
            "one two three four x,\nruling b",
            "one two three four of\nAda's said b c",
        ] {
            assert_eq!(tokenize_par(src), tokenize(src), "{src:?}");
        }
    }

    #[test]
    fn cues_are_flagged() {
        let toks = tokenize("“Yes,” Calloway SAID, and told us; according to Dr. Oduya.");
        let cues: Vec<&str> = toks.iter().filter(|t| t.cue).map(|t| t.text).collect();
        assert_eq!(cues, vec!["SAID", "told"]);
        for c in super::super::lexicon::CUES {
            if !c.contains(' ') && (3..=12).contains(&c.len()) {
                assert!(super::super::phrases::is_cue(c), "{c}");
            }
        }
    }
}
