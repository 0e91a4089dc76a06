//! Sentences that lead into a quote with no tag of their own from the
//! paragraph before: one short sentence about a person, or a person's
//! reaction ("she laughs.").

use super::attrib::Attributor;
use super::phrases::person_like;

impl Attributor<'_> {
    /// "Dr Anjali X, the trust's medical director, defended the plan.": a
    /// paragraph (`from..to`) of one short sentence with no speech verb and
    /// no quote, about a person the article shows acting, leads into a
    /// paragraph that is a quote with no tag of its own (the quote starting
    /// at `at` is its paragraph's last words).
    pub(super) fn one_sentence_about(&self, from: usize, to: usize, at: usize) -> Option<String> {
        let para = self.paragraph_of(from);
        let p_start = self.para_bounds(para).0;
        if !self.ends_its_paragraph(at) {
            return None;
        }
        // "X, 58, has run the corner shop for 25 years. She remembers when
        // the street had three banks.": a second sentence about the same
        // person, who is its "he" or "she".
        let pronoun = match self.tokens(from, to).first() {
            Some(t) if t.is("He") => Some(super::given::Gender::Male),
            Some(t) if t.is("She") => Some(super::given::Gender::Female),
            _ => None,
        };
        let from = match pronoun {
            _ if from == p_start => from,
            Some(_) if from > p_start && self.sentence_start(from - 1, p_start) == p_start => {
                p_start
            }
            _ => return None,
        };
        let toks = self.tokens(from, to);
        if toks.iter().filter(|t| t.word).count() > 30
            || toks
                .iter()
                .any(|t| t.cue || (!t.word && super::attrib::is_close_or_open(t.text)))
        {
            return None;
        }
        let (_, who) = self.subject_at(from)?;
        (super::phrases::person_like(&who)
            && who.contains(' ')
            && self.agents.contains_key(&who)
            && pronoun.is_none_or(|g| self.may_be(&who, Some(g))))
        .then_some(who)
    }

    /// Is the quote opening at `at` its paragraph's last words?
    fn ends_its_paragraph(&self, at: usize) -> bool {
        let Some(span) = self.spans.get(self.spans.partition_point(|q| q.start < at)) else {
            return false;
        };
        let (_, pe) = self.para_bounds(self.paragraph_of(span.end.saturating_sub(1)));
        !self.text[span.end.min(pe)..pe]
            .iter()
            .any(|c| c.is_alphanumeric())
    }

    /// "Asked if she would leave, she laughs." ending a paragraph, then a
    /// paragraph that is a quote with no tag: the quote answers for the
    /// person who reacts (`toks`, the sentence, ends in a verb of
    /// laughing, shrugging, pausing).
    pub(super) fn reaction_before(
        &self,
        toks: &[super::tokens::Token<'_>],
        at: usize,
    ) -> Option<String> {
        let (at_word, words): (Vec<usize>, Vec<&str>) = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.word)
            .map(|(i, t)| (i, t.text))
            .unzip();
        let n = words.len();
        let reacts = |w: &str| {
            matches!(
                w,
                "laughs"
                    | "laughed"
                    | "smiles"
                    | "smiled"
                    | "shrugs"
                    | "shrugged"
                    | "pauses"
                    | "paused"
                    | "sighs"
                    | "sighed"
                    | "nods"
                    | "nodded"
                    | "grins"
                    | "grinned"
                    | "hesitates"
                    | "hesitated"
                    | "chuckles"
                    | "chuckled"
                    | "winces"
                    | "winced"
            )
        };
        // "X pauses when asked whether he is nervous.", "She laughs before
        // answering.": the reaction, then the question it meets.
        let n = (2..n)
            .find(|&k| {
                matches!(
                    (words[k - 1], words[k]),
                    ("when" | "as", "asked") | ("before", "answering" | "replying" | "responding")
                )
            })
            .map_or(n, |k| k - 1);
        let head = n >= 3
            && words[n - 1] == "head"
            && matches!(words[n - 2], "his" | "her")
            && matches!(words[n - 3], "shakes" | "shook");
        if n == 0 || n > 30 || !(reacts(words[n - 1]) || head) || !self.ends_its_paragraph(at) {
            return None;
        }
        let toks = &toks[..at_word.get(n).copied().unwrap_or(toks.len())];
        let m = super::sentence_subject::lead_in_subject(toks)?;
        if !matches!(&m, super::phrases::Mention::Name(_))
            && !matches!(&m, super::phrases::Mention::Pronoun(p) if p == "he" || p == "she")
        {
            return None;
        }
        let who = self.resolve(&m, toks.first()?.pos)?;
        (self.agents.contains_key(&who) && person_like(&who)).then_some(who)
    }
}
