//! What speaks for a person: "His campaign dismissed the tour as “...”",
//! "X accepted the resignation, his office said".

use super::attrib::Attributor;
use super::given::Gender;
use super::lede::to_here;

/// "His campaign", "her office": what speaks for a person, named by a
/// possessive pronoun, with the pronoun's gender.
pub(super) fn speaks_for_owner(phrase: &str) -> Option<(Gender, &str)> {
    let (owner, what) = phrase.split_once(' ')?;
    speaks_for(owner, what).map(|g| (g, what))
}

/// The gender of `owner` ("His", "her") when `what` speaks for them
/// ("campaign", "office").
pub(super) fn speaks_for(owner: &str, what: &str) -> Option<Gender> {
    let g = owner_gender(owner)?;
    matches!(
        what,
        "campaign" | "office" | "camp" | "team" | "spokesman" | "spokeswoman" | "spokesperson"
    )
    .then_some(g)
}

/// The gender of a possessive pronoun that owns something ("His", "her").
pub(super) fn owner_gender(owner: &str) -> Option<Gender> {
    match owner {
        "His" | "his" => Some(Gender::Male),
        "Her" | "her" => Some(Gender::Female),
        _ => None,
    }
}

impl Attributor<'_> {
    /// The last person named, outside quotes, from `pos` to the end of its
    /// sentence.
    pub(super) fn named_in_sentence_after(&self, pos: usize) -> Option<String> {
        let (_, p_end) = self.para_bounds(self.paragraph_of(pos));
        let end = self.sentence_end(pos, p_end);
        self.people[to_here(&self.people, pos)..to_here(&self.people, end)]
            .iter()
            .rev()
            // (A hostile sentence of thousands of names is not read whole
            // for each quote.)
            .take(50)
            .find(|(at, n)| !self.in_span(*at) && super::phrases::person_like(n))
            .map(|(_, n)| n.clone())
    }

    /// Is the name `full` at `at` called former in its own sentence
    /// ("former mayor X", "X, a former minister,", "ex-senator X")?
    pub(super) fn called_former(&self, at: usize, full: &str) -> bool {
        let end = (at + full.chars().count()).min(self.text.len());
        // (From the sentence's start, up to 100 chars: "The former
        // president of the regional council, Ursula X".)
        let from = self.sentence_start(at, at.saturating_sub(100));
        let before: String = self.text[from..at].iter().collect();
        let before = before
            .rsplit(['.', '”', '"', ';'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        let after: String = self.text[end..(end + 40).min(self.text.len())]
            .iter()
            .take_while(|&&c| !matches!(c, '.' | ';' | '“' | '"'))
            .collect();
        let after = after.to_lowercase();
        [before, after]
            .iter()
            .any(|s| s.contains("former") || s.contains("ex-"))
    }

    /// Is the quote at `at` words quoted inside a sentence of its own
    /// subject ("The law requires outlets to register as “...”",
    /// "Marchers carried banners reading “...”"): three words or more
    /// before it in its sentence, the first not a pronoun, and no quote
    /// before it (ending at `prev_end`) in that sentence?
    pub(super) fn inside_other_sentence(&self, at: usize, p_start: usize, prev_end: usize) -> bool {
        // (A second quote in the sentence of the one before goes on with
        // it: "he said the Greens had been “...” and that the date had
        // been “...”".)
        let start = self.sentence_start(at, p_start);
        if prev_end > start {
            return false;
        }
        let toks = self.tokens(start, at);
        let mut words = toks.iter().filter(|t| t.word);
        let Some(first) = words.next() else {
            return false;
        };
        // ("On legal aid: “...”", "And on her retirement: “...”": a topic
        // heads the next extract of the speech quoted before.)
        let topic = toks.last().is_some_and(|t| t.is(":"))
            && toks.len() <= 8
            && toks
                .iter()
                .take(2)
                .any(|t| t.text.eq_ignore_ascii_case("on"))
            && !toks.iter().any(|t| t.cue);
        words.count() >= 2 && !super::names::is_pronoun(&first.lower()) && !topic
    }
}
