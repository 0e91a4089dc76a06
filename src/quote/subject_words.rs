//! Small readings of a subject's words: a copula that describes it ("was
//! careful"), a noun phrase that ends with its place ("leader in Quebec").

use super::lexicon::FUNCTION_WORDS;
use super::tokens::Token;

/// Is `toks[k..]` a copula and the word it describes its subject by ("was
/// careful", "is more direct", "sounded tired")?
pub(super) fn describes(toks: &[Token<'_>], k: usize) -> bool {
    let Some(cop) = toks.get(k) else {
        return false;
    };
    if !matches!(
        cop.text,
        "was" | "is" | "were" | "are" | "seemed" | "sounded" | "remained" | "looked"
    ) {
        return false;
    }
    let mut a = k + 1;
    if toks.get(a).is_some_and(|t| {
        matches!(
            t.text,
            "more" | "less" | "very" | "far" | "quite" | "equally" | "even" | "also" | "visibly"
        )
    }) {
        a += 1;
    }
    // One word, then the sentence's end: "was careful." (not "was in
    // Paris", "was the first to").
    toks.get(a).is_some_and(|t| {
        t.word
            && t.text.starts_with(char::is_lowercase)
            && !FUNCTION_WORDS.contains(&t.lower().as_ref())
            && !t.text.ends_with("ing")
    }) && toks
        .get(a + 1)
        .is_none_or(|t| matches!(t.text, "." | ":" | ";" | "," | "!"))
}

/// Does a noun phrase in small letters end with the place it is of ("leader
/// in Quebec", "mayor of Port Ellis")?
pub(super) fn of_place(np: &[Token<'_>]) -> bool {
    np.iter()
        .position(|t| matches!(t.text, "in" | "of" | "for" | "from" | "at"))
        .is_some_and(|k| {
            k > 0
                && np[..k]
                    .iter()
                    .all(|t| t.text.starts_with(char::is_lowercase))
                && (1..=3).contains(&(np.len() - k - 1))
                && np[k + 1..]
                    .iter()
                    .all(|t| t.text.starts_with(char::is_uppercase))
        })
}
