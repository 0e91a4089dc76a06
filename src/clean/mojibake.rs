//! Mojibake: UTF-8 text that was once read as Windows-1252 (or Latin-1) and
//! saved again, so that “ reads "â€œ", ’ reads "â€™" and é reads "Ã©".
//! Each such run of chars is mapped back to the bytes it came from, and
//! those bytes are read as UTF-8 again.
//!
//! Only a text that shows the damage is repaired: one with a run led by
//! "â", "Ã" or "Â" (what quote marks, dashes, accented letters and
//! non-breaking spaces become), or with three runs led by what Cyrillic,
//! Greek, Hebrew or Arabic letters become ("Ð", "Ñ", "Î", "Ï", "×", "Ø",
//! "Ù"). A French «ÉTÉ» or a German „weiß“ in a sound text is left alone.

use std::borrow::Cow;

/// The Windows-1252 chars of bytes 0x80 to 0x9F, in order; `None` where the
/// code page leaves a byte undefined (Latin-1 readers give U+0081 etc.).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The byte a char stands for when it is a UTF-8 continuation byte
/// (0x80 to 0xBF) read as Windows-1252 or Latin-1.
fn continuation_byte(c: char) -> Option<u8> {
    let u = u32::from(c);
    if (0x80..=0xBF).contains(&u) {
        return u8::try_from(u).ok();
    }
    if u < 0x100 {
        return None;
    }
    let k = CP1252_HIGH.iter().position(|&h| h == Some(c))?;
    u8::try_from(0x80 + k).ok()
}

/// How many continuation bytes follow a UTF-8 lead byte read as a char
/// (Â to ô), or `None` for any other char.
fn continuations(lead: char) -> Option<usize> {
    match u32::from(lead) {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// The char a run starting at `chars[0]` stands for, and the run's length
/// in chars. "â€" with its last char lost ("â€?", "â€�", or nothing) is a
/// closing double quote: 0x9D, the byte Windows-1252 has no char for, is
/// the last byte of ” alone among the common marks.
fn decode_run(chars: &[char]) -> Option<(char, usize)> {
    let lead = *chars.first()?;
    let n = continuations(lead)?;
    let mut bytes = [u8::try_from(u32::from(lead)).ok()?, 0, 0, 0];
    for k in 1..=n {
        match chars.get(k).copied().and_then(continuation_byte) {
            Some(b) => bytes[k] = b,
            None if k == 2 && lead == 'â' && bytes[1] == 0x80 => {
                let lost = matches!(chars.get(2), Some('?' | '\u{fffd}'));
                return Some(('”', 2 + usize::from(lost)));
            }
            None => return None,
        }
    }
    let c = std::str::from_utf8(&bytes[..=n]).ok()?.chars().next()?;
    Some((c, n + 1))
}

/// Whether the byte at `i` may start a run: the UTF-8 of a char from
/// U+00C2 to U+00F4 is 0xC3 then 0x82..=0xB4.
fn lead_at(b: &[u8], i: usize) -> bool {
    b[i] == 0xC3 && b.get(i + 1).is_some_and(|&n| (0x82..=0xB4).contains(&n))
}

/// Whether `text` shows mojibake: a run led by "â", "Ã" or "Â", or three
/// led by what the letters of another script become.
fn is_damaged(text: &str) -> bool {
    is_damaged_by(text, true)
}

/// [`is_damaged`], with or without counting what other scripts' letters
/// become.
fn is_damaged_by(text: &str, scripts_count: bool) -> bool {
    let b = text.as_bytes();
    let mut scripts = 0;
    for i in memchr::memchr_iter(0xC3, b) {
        if !lead_at(b, i) {
            continue;
        }
        let mut chars = ['\0'; 4];
        let mut n = 0;
        for (k, c) in text[i..].chars().take(4).enumerate() {
            chars[k] = c;
            n = k + 1;
        }
        if decode_run(&chars[..n]).is_some() {
            match chars[0] {
                'â' | 'Ã' | 'Â' => return true,
                'Ð' | 'Ñ' | 'Î' | 'Ï' | '×' | 'Ø' | 'Ù' if scripts_count => {
                    scripts += 1;
                    if scripts >= 3 {
                        return true;
                    }
                }
                _ => {}
            }
        }
    }
    false
}

/// What a repaired article's notes say.
pub const NOTE: &str =
    "mojibake repaired: this text's UTF-8 had been read as Windows-1252 (“ as â€œ)";

/// `text` with its mojibake undone (twice over for text damaged twice),
/// borrowed when there is none.
pub fn repair(text: &str) -> Cow<'_, str> {
    if !is_damaged(text) {
        return Cow::Borrowed(text);
    }
    let once = repair_once(text);
    // Damaged twice, UTF-8 read as Windows-1252 shows "Ã" and "Â" again;
    // a text repaired once may hold sound letters that another script's
    // damage would look like ("Ñ–" in Spanish), so only those count.
    if is_damaged_by(&once, false) {
        return Cow::Owned(repair_once(&once));
    }
    Cow::Owned(once)
}

fn repair_once(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        match decode_run(&chars[i..]) {
            Some((c, len)) => {
                out.push(c);
                i += len;
            }
            None => {
                out.push(chars[i]);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::repair;
    use proptest::prelude::*;

    /// `text`'s UTF-8 bytes read as Windows-1252, as a careless tool does.
    fn damage(text: &str) -> String {
        encoding_rs::WINDOWS_1252
            .decode(text.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn quote_marks_apostrophes_and_dashes_come_back() {
        let text = "“We’re not done — not yet…” said Ana Lúcia Ferreira, 52.";
        let damaged = damage(text);
        assert!(damaged.contains("â€œ"), "{damaged}");
        assert_eq!(repair(&damaged), text);
    }

    #[test]
    fn a_closing_quote_whose_last_byte_was_lost_is_a_closing_quote() {
        for lost in ["â€\u{fffd}", "â€?", "â€"] {
            let damaged = format!("â€œWe will appeal,{lost} she said.");
            assert_eq!(repair(&damaged), "“We will appeal,” she said.", "{lost}");
        }
    }

    #[test]
    fn text_damaged_twice_is_repaired_twice() {
        let text = "The mayor’s “plan” costs €4m.";
        let twice = damage(&damage(text));
        assert_ne!(twice, damage(text));
        assert_eq!(repair(&twice), text);
    }

    #[test]
    fn cyrillic_and_greek_come_back() {
        let text = "Привет, мир. Καλημέρα.";
        assert_eq!(repair(&damage(text)), text);
    }

    #[test]
    fn sound_text_in_other_languages_is_left_alone() {
        for text in [
            "« L’ÉTÉ » et «ÉTÉ» à Paris, “un café” s’il vous plaît.",
            "„Ich weiß“, sagte sie. Grüße aus Köln — Straße № 5.",
            "SÃO PAULO: “Não” é a palavra. ESPAÑA, AÑO 2026.",
            "Łódź, Żółć, Århus «ÅR» and Ørsted’s Æble.",
            "price £5 ±2 °C ½ · © 2026 — ok…",
        ] {
            assert_eq!(repair(text), text);
        }
    }

    #[test]
    fn an_article_says_when_it_was_repaired() {
        use crate::article::Meta;
        use crate::clean::{clean_html, clean_markdown, clean_text};
        let story = "Ferry fares to rise\n\n“We held the fares for three winters,” said \
                     harbour master Idony Quill. “That cannot go on.”\n";
        let sound = clean_text(story, &Meta::default());
        assert!(sound.notes.is_empty(), "{:?}", sound.notes);
        let text = clean_text(&damage(story), &Meta::default());
        assert_eq!(text.paragraphs, sound.paragraphs);
        assert_eq!(text.notes, [super::NOTE]);
        let md = clean_markdown(&damage(&format!(
            "---\ntitle: Fähre “teurer”\n---\n{story}"
        )));
        assert_eq!(md.meta.title, "Fähre “teurer”");
        assert_eq!(md.notes, [super::NOTE]);
        let page = format!(
            "<html><head><title>Fähre “teurer”</title></head><body><article><h1>Fähre \
             “teurer”</h1><p>{}</p><p>{}</p></article></body></html>",
            story.replace('\n', " "),
            "The harbour office said the new fares would start in March, after a month’s notice.",
        );
        let html = clean_html(&damage(&page));
        assert_eq!(html.meta.title, "Fähre “teurer”");
        assert!(
            html.paragraphs
                .iter()
                .any(|p| p.contains("“That cannot go on.”"))
        );
        assert_eq!(html.notes, [super::NOTE]);
    }

    proptest! {
        /// Any text made of ASCII, punctuation and letters of several
        /// scripts comes back whole from being read as Windows-1252, once
        /// it holds one char that shows the damage plainly: a quote mark,
        /// a dash, an accented Latin letter or a pound sign.
        #[test]
        fn damaged_text_comes_back(text in "[a-zA-Z0-9 ,.“”‘’—–…€£éèñüßçÉÀÑÜøåœ№Жжяπ中]{0,60}") {
            prop_assume!(text.chars().any(|c| matches!(u32::from(c), 0xA0..=0xFF | 0x2000..=0x206F)));
            let damaged = damage(&text);
            let repaired = repair(&damaged);
            prop_assert_eq!(repaired.as_ref(), text.as_str());
        }

        /// Sound text in Latin letters with accents, next to any
        /// punctuation, is never changed (the letters that lead the runs
        /// the repair looks for are left out).
        #[test]
        fn sound_text_is_unchanged(text in "[a-zA-Z ,.“”‘’«»„—–…€£°±©éèêëàäñüößçÉÈÀÜÖÆøåœЖжπ]{0,60}") {
            let repaired = repair(&text);
            prop_assert_eq!(repaired.as_ref(), text.as_str());
        }
    }
}
