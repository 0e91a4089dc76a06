//! The words around one quote and the speaker they name, read for each
//! quote on its own (on all cores for a long article) before the quotes are
//! attributed in text order.

use super::attrib::Attributor;
use super::names::{is_name_word, is_pronoun, is_speaker_noun};
use super::phrases::{Mention, speaker_in};
use super::shapes::{
    as_put_it, back_reference, joined_verb, labelled_by, put_it_after, sentence_subject,
    speech_noun_colon, tag_after,
};
use super::spans::QuoteSpan;
use super::tokens::Token;

/// A speaker found in the words around a quote: the mention, its speech
/// verb, and a confidence.
pub(super) type Found = Option<((Mention, String), f32)>;

/// One quote, with where it stands and what the words around it say.
pub(super) struct Prepared {
    pub para: usize,
    pub p_start: usize,
    pub end_para: usize,
    /// End of the previous real quote (0 for the first).
    pub prev_end: usize,
    pub inner_start: usize,
    pub inner_end: usize,
    pub text: String,
    pub found: Found,
    /// Where the found mention is read from: the pronoun's own place when
    /// it stands before the quote ("She said Halvorsen had answered her
    /// questions “...”" is not Halvorsen), else the quote's start.
    pub mention_at: usize,
}

impl Attributor<'_> {
    /// The `k`th quote of `spans` (`real` marks those that are not titles),
    /// with `inner` its words' start, end and text.
    pub(super) fn prepare(
        &self,
        spans: &[QuoteSpan],
        real: &[bool],
        k: usize,
        (inner_start, inner_end, text): (usize, usize, String),
    ) -> Prepared {
        let span = &spans[k];
        let para = self.paragraph_of(span.start);
        let (p_start, _) = self.para_bounds(para);
        let end_para = self.paragraph_of(span.end.saturating_sub(1));
        let (_, last_p_end) = self.para_bounds(end_para);
        let prev_end = (0..k).rev().find(|&j| real[j]).map_or(0, |j| spans[j].end);
        let next_start = (k + 1..spans.len())
            .find(|&j| real[j])
            .map_or(self.text.len(), |j| spans[j].start);
        // Words after the quote, to the end of the sentence or the next quote.
        let after_end = self.sentence_end(span.end, last_p_end.min(next_start));
        let after = self.tokens(span.end, after_end);
        // "“... at least.” Although he had written a will": a quote that
        // ends its sentence is not attributed by the next sentence, unless
        // that opens with a speaker or a speech verb.
        let closes_sentence = self.text[inner_start..inner_end.max(inner_start)]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            == Some(&'.');
        // ("“...” That was Benedikt X, the council's longest-serving
        // member, speaking at Monday's meeting.": a sentence that points
        // back at the quote.)
        let points_back = after.len() > 3
            && matches!(after[0].text, "That" | "This")
            && matches!(after[1].text, "was" | "is");
        let after = if closes_sentence
            && !points_back
            && !after
                .first()
                .is_some_and(|t| t.cue || (t.word && (is_pronoun(t.text) || is_name_word(t.text))))
        {
            &after[..0]
        } else {
            after
        };
        // Words before it, from the sentence start or the previous quote.
        let before_start = self.sentence_start(span.start, p_start.max(prev_end));
        let before = self.tokens(before_start, span.start);
        // A quote introduced by its own sentence ("Morrison said in a
        // statement, “...” at the release, adding that ...") belongs to
        // that speaker, whatever follows it.
        let introduced = before.last().is_some_and(|t| t.is(",") || t.is(":"));
        let from_before = || {
            as_put_it(before)
                .or_else(|| super::verbless::named_and_aged(before))
                .or_else(|| super::verbless::in_their_words(before))
                .or_else(|| super::verbless::second_ing_subject(before))
                .or_else(|| super::verbless::with_ing_subject(before))
                .or_else(|| super::verbless::pledged_to(before))
                .map(|x| (x, 0.7))
                .or_else(|| {
                    // (Only a colon leads into a quote so.)
                    before.last().filter(|t| t.is(":"))?;
                    let s0 = self.sentence_start(span.start, p_start);
                    speech_noun_colon(self.tokens(s0, span.start)).map(|x| (x, 0.6))
                })
                .or_else(|| super::sentence::speaker_before(before).map(|x| (x, 0.85)))
                .or_else(|| labelled_by(before).map(|x| (x, 0.7)))
                .or_else(|| {
                    let s0 = self.sentence_start(span.start, p_start);
                    joined_verb(self.tokens(s0, span.start), before).map(|x| (x, 0.7))
                })
                .or_else(|| {
                    // "A federal judge on Friday blocked the rule, ruling
                    // that it would “...”": the subject of the clause the
                    // participle hangs on.
                    let s0 = self.sentence_start(span.start, p_start);
                    let sentence = self.tokens(s0, span.start);
                    // ("..., calling it “...”": a name given, as said; looked
                    // for just before the quote, not through a paragraph of
                    // thousands of quotes.)
                    let v = self.first_ing_cue(sentence).or_else(|| {
                        let near = sentence.len().saturating_sub(6);
                        sentence[near..]
                            .iter()
                            .position(|t| super::verbless::NAMING_PARTICIPLES.contains(&t.text))
                            .map(|k| near + k)
                            .or_else(|| {
                                // "..., accusing his former party of having
                                // “...”": what the subject accused them of.
                                let near = sentence.len().saturating_sub(10);
                                sentence[near..]
                                    .iter()
                                    .position(|t| t.is("accusing"))
                                    .map(|k| near + k)
                            })
                    })?;
                    // ("The Chancellor ended her speech by saying: “...”":
                    // what the subject did it by; "A junior minister has
                    // apologised after telling a phone-in that renters
                    // should “...”": what the subject did after it.)
                    // ("... as “shameful,” saying Ottawa was “...”": a comma
                    // inside the marks of a short quote before it.)
                    let at = if v >= 3
                        && sentence[v - 1].text.chars().any(super::attrib::is_close)
                        && sentence[v - 2].is(",")
                    {
                        v - 1
                    } else {
                        v
                    };
                    if at < 2
                        || !matches!(
                            sentence[at - 1].text,
                            "," | "by" | "after" | "before" | "when" | "while"
                        )
                    {
                        return None;
                    }
                    let clause = &sentence[..at - 1];
                    let m = sentence_subject(clause).or_else(|| {
                        // "A federal judge", "The state's highest court".
                        clause
                            .first()
                            .filter(|t| matches!(t.text, "A" | "An" | "The"))?;
                        let n = clause[1..]
                            .iter()
                            .take(3)
                            .position(|t| is_speaker_noun(t.text))?;
                        Some(Mention::Phrase(super::phrases::join(&clause[..n + 2])))
                    })?;
                    Some(((m, sentence[v].text.to_string()), 0.6))
                })
        };
        // "“...,” Kessler shot back.": only a quote that ends in a comma
        // runs on into its tag ("“... cheat.” Democrats disagreed." is a
        // new sentence).
        // ("“...?” she shot back.": a question or a cry too, when a
        // pronoun in small letters goes on with the sentence.)
        let last_mark = self.text[inner_start..inner_end.max(inner_start)]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace());
        let ends_in_comma = last_mark == Some(&',');
        let runs_on = ends_in_comma
            || (matches!(last_mark, Some('?' | '!'))
                && after
                    .first()
                    .is_some_and(|t| matches!(t.text, "he" | "she")));
        let from_after = || {
            // "“...,” — that was how one voter, X, put it".
            // (Or "--", a dash typed as two hyphens.)
            let dashes = after
                .iter()
                .take(2)
                .take_while(|t| matches!(t.text, "—" | "–" | "-" | "--"))
                .count();
            let dashed = (dashes > 0 && (after[0].text != "-" || dashes == 2))
                .then(|| back_reference(&after[dashes..]))
                .flatten()
                .map(|m| ((m, "said".to_string()), 0.7));
            // "“...” was how chief executive X described it".
            // ("“...,” came the reply from X".)
            let how = (after.len() > 3
                && ((matches!(after[0].text, "was" | "is") && after[1].is("how"))
                    || (runs_on && matches!(after[0].text, "came" | "comes"))))
            .then(|| back_reference(after))
            .flatten()
            .map(|m| ((m, "said".to_string()), 0.7));
            let that_was = points_back
                .then(|| back_reference(after))
                .flatten()
                .map(|m| ((m, "said".to_string()), 0.7));
            dashed
                .or(how)
                .or(that_was)
                .or_else(|| put_it_after(after).map(|x| (x, 0.8)))
                .or_else(|| speaker_in(after).map(|x| (x, 0.9)))
                .or_else(|| {
                    runs_on
                        .then(|| tag_after(after))
                        .flatten()
                        .map(|x| (x, 0.7))
                })
        };
        // "Hallorand said the bill “kicks the can down the road.” Marchetti
        // added that ...": a quote that ends a sentence whose own words name
        // a speaker before it is that speaker's, not the next sentence's.
        let own_sentence = closes_sentence && !after.is_empty() && before.iter().any(|t| t.cue);
        // "Quinlan said he would pay for it by “...,” while Solheim said she
        // would use “...”": a clause after the quote opens with its own
        // subject; the words before name this quote's speaker.
        let next_clause = after.first().is_some_and(|t| {
            matches!(
                t.text,
                "while" | "whereas" | "but" | "although" | "though" | "and"
            )
        }) && before.iter().any(|t| t.cue);
        // "The message from European industry was blunt: “...,” said
        // Annika X": a lead-in with no speech verb gives way to a tag that
        // names the speaker after the quote.
        let named_after = (introduced && ends_in_comma && !before.iter().any(|t| t.cue))
            .then(|| speaker_in(after))
            .flatten()
            .filter(|(m, _)| matches!(m, Mention::Name(_)));
        let (found, before_side) = if let Some(x) = named_after {
            (Some((x, 0.9)), false)
        } else if introduced || own_sentence || next_clause {
            match from_before() {
                Some(x) => (Some(x), true),
                None => (from_after(), false),
            }
        } else {
            match from_after() {
                Some(x) => (Some(x), false),
                None => (from_before(), true),
            }
        };
        let mention_at = match &found {
            Some(((Mention::Pronoun(p), _), _)) if before_side => before
                .iter()
                .find(|t| t.word && t.lower() == p.as_str())
                .map_or(span.start, |t| t.pos),
            _ => span.start,
        };
        Prepared {
            para,
            p_start,
            end_para,
            prev_end,
            inner_start,
            inner_end,
            text,
            found,
            mention_at,
        }
    }

    /// Where in `sentence` (a run of `all_tokens`) its first speech verb
    /// ending in "-ing" is, found in the list of them rather than by reading
    /// the sentence (a paragraph of thousands of quotes and no full stop
    /// would be read once per quote).
    fn first_ing_cue(&self, sentence: &[Token<'_>]) -> Option<usize> {
        let first = sentence.first()?;
        let lo = self.tokens_before(first.pos);
        let k = self.ing_cues.partition_point(|&i| i < lo);
        let at = *self.ing_cues.get(k)?;
        (at < lo + sentence.len()).then(|| at - lo)
    }
}
