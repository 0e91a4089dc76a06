//! Moving through text by words, sentences and paragraphs, on char offsets.
//! Pure functions of `&[char]`, for the reader's cursor and selections.

/// Abbreviations that do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st", "jr",
    "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "u.s", "u.k", "e.g", "i.e", "jan", "feb",
    "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft",
];

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// Start of the next word after `pos` (vim `w`).
pub fn next_word(text: &[char], pos: usize) -> usize {
    let mut i = pos.min(text.len());
    while i < text.len() && is_word(text[i]) {
        i += 1;
    }
    while i < text.len() && !is_word(text[i]) {
        i += 1;
    }
    i.min(text.len().saturating_sub(1))
}

/// Start of the word before `pos` (vim `b`).
pub fn prev_word(text: &[char], pos: usize) -> usize {
    let mut i = pos.min(text.len());
    while i > 0 && !is_word(text[i - 1]) {
        i -= 1;
    }
    while i > 0 && is_word(text[i - 1]) {
        i -= 1;
    }
    i
}

/// Last char of the word at or after `pos + 1` (vim `e`).
pub fn word_end(text: &[char], pos: usize) -> usize {
    let mut i = (pos + 1).min(text.len());
    while i < text.len() && !is_word(text[i]) {
        i += 1;
    }
    while i + 1 < text.len() && is_word(text[i + 1]) {
        i += 1;
    }
    i.min(text.len().saturating_sub(1))
}

/// The paragraph (between blank lines) around `pos`: `(start, end)`, end exclusive.
pub fn paragraph_at(text: &[char], pos: usize) -> (usize, usize) {
    let pos = pos.min(text.len());
    let mut start = pos;
    while start > 0 && text[start - 1] != '\n' {
        start -= 1;
    }
    let mut end = pos;
    while end < text.len() && text[end] != '\n' {
        end += 1;
    }
    (start, end)
}

/// Does a sentence end at the `.`/`!`/`?` at `i`?
fn ends_sentence(text: &[char], i: usize) -> bool {
    let c = text[i];
    if !matches!(c, '.' | '!' | '?') {
        return false;
    }
    // Closing quotes and brackets belong to the sentence.
    let mut j = i + 1;
    while j < text.len() && matches!(text[j], '"' | '”' | '’' | '\'' | ')') {
        j += 1;
    }
    if j < text.len() && !text[j].is_whitespace() {
        return false; // 3.5, U.S.A
    }
    if c == '.' {
        let mut k = i;
        while k > 0 && (text[k - 1].is_alphanumeric() || text[k - 1] == '.') {
            k -= 1;
        }
        let word: String = text[k..i].iter().collect::<String>().to_lowercase();
        if ABBREVIATIONS.contains(&word.as_str())
            || (word.chars().count() == 1 && word.chars().all(char::is_alphabetic))
        {
            return false; // Dr. Smith, J. Smith
        }
    }
    true
}

/// The sentence around `pos`: `(start, end)`, end exclusive, within its paragraph.
pub fn sentence_at(text: &[char], pos: usize) -> (usize, usize) {
    let (p_start, p_end) = paragraph_at(text, pos);
    let pos = pos.min(p_end);
    let mut start = p_start;
    let mut i = p_start;
    while i < pos {
        if ends_sentence(text, i) {
            let mut j = i + 1;
            while j < p_end && !text[j].is_whitespace() {
                j += 1;
            }
            while j < p_end && text[j].is_whitespace() {
                j += 1;
            }
            if j <= pos {
                start = j;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    let mut end = pos.max(start);
    while end < p_end {
        if ends_sentence(text, end) {
            end += 1;
            while end < p_end && matches!(text[end], '"' | '”' | '’' | '\'' | ')') {
                end += 1;
            }
            break;
        }
        end += 1;
    }
    (start, end)
}

/// Start of the next sentence (vim `)`).
pub fn next_sentence(text: &[char], pos: usize) -> usize {
    let (_, end) = sentence_at(text, pos);
    let mut i = end;
    while i < text.len() && text[i].is_whitespace() {
        i += 1;
    }
    if i >= text.len() { pos } else { i }
}

/// Start of this sentence, or of the previous one when already at a start (vim `(`).
pub fn prev_sentence(text: &[char], pos: usize) -> usize {
    let (start, _) = sentence_at(text, pos);
    if start < pos {
        return start;
    }
    let mut i = start;
    while i > 0 && text[i - 1].is_whitespace() {
        i -= 1;
    }
    if i == 0 {
        0
    } else {
        sentence_at(text, i - 1).0
    }
}

/// Start of the next paragraph (vim `}`).
pub fn next_paragraph(text: &[char], pos: usize) -> usize {
    let (_, end) = paragraph_at(text, pos);
    let mut i = end;
    while i < text.len() && text[i] == '\n' {
        i += 1;
    }
    if i >= text.len() { pos } else { i }
}

/// Start of this paragraph, or of the previous one (vim `{`).
pub fn prev_paragraph(text: &[char], pos: usize) -> usize {
    let (start, _) = paragraph_at(text, pos);
    if start < pos {
        return start;
    }
    let mut i = start;
    while i > 0 && text[i - 1] == '\n' {
        i -= 1;
    }
    if i == 0 {
        0
    } else {
        paragraph_at(text, i - 1).0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn span(t: &[char], (a, b): (usize, usize)) -> String {
        t[a..b].iter().collect()
    }

    #[test]
    fn words() {
        let t = c("“We stay,” said Dr. Ines.");
        assert_eq!(next_word(&t, 1), 4);
        assert_eq!(prev_word(&t, 4), 1);
        assert_eq!(next_word(&t, 4), 11);
        assert_eq!(word_end(&t, 1), 2);
        assert_eq!(next_word(&t, t.len() - 1), t.len() - 1);
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let t =
            c("Dr. Ines Calloway spoke. “We stay,” she said. Mr. J. Oduya disagreed!\n\nNext one.");
        assert_eq!(span(&t, sentence_at(&t, 5)), "Dr. Ines Calloway spoke.");
        assert_eq!(span(&t, sentence_at(&t, 30)), "“We stay,” she said.");
        assert_eq!(span(&t, sentence_at(&t, 50)), "Mr. J. Oduya disagreed!");
        assert_eq!(span(&t, sentence_at(&t, t.len() - 2)), "Next one.");
        assert_eq!(next_sentence(&t, 0), 25);
        assert_eq!(prev_sentence(&t, 25), 0);
        assert_eq!(prev_sentence(&t, 27), 25);
    }

    #[test]
    fn paragraphs() {
        let t = c("One.\n\nTwo two.\n\nThree.");
        assert_eq!(span(&t, paragraph_at(&t, 7)), "Two two.");
        assert_eq!(next_paragraph(&t, 0), 6);
        assert_eq!(next_paragraph(&t, 7), 16);
        assert_eq!(prev_paragraph(&t, 16), 6);
        assert_eq!(prev_paragraph(&t, 18), 16);
    }
}
