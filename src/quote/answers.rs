//! Questions and answers: an answer tagged "he said" after "“...?” X
//! asked" is not the asker's own, nor one after "X pressed him" or "X asked
//! Lindqvist why ...".

use super::Quote;
use super::attrib::Attributor;
use super::given::Gender;
use super::phrases::Mention;
use super::tokens::Token;

/// The asker, when `prev` (the quote before, in this paragraph `para` or
/// the one before) is a question someone "asked" and the quote now
/// attributed to the same `speaker` with `cue` ("said", "replied") would
/// be their answer to themselves.
fn asked_by(
    prev: Option<&Quote>,
    para: usize,
    speaker: &Option<super::Name>,
    cue: &str,
) -> Option<String> {
    let prev = prev?;
    (prev.paragraph + 1 >= para
        && prev.text.trim_end().ends_with('?')
        && prev.speaker == *speaker
        && (matches!(cue, "replied" | "replies" | "answered" | "answers" | "responded")
            // (After "asked", "said" answers too; after a question shouted
            // or called out, only a reply does: "“Are you going to pull
            // it?” a reporter shouted. “We're going to have the votes,”
            // she replied.")
            || (prev
                .cue
                .as_deref()
                .is_some_and(|c| matches!(c, "asked" | "asks"))
                && matches!(cue, "said" | "says"))))
    .then(|| prev.speaker.as_deref().map(str::to_string))
    .flatten()
}

impl Attributor<'_> {
    /// "“Why now?” Lindqvist asked. “Because I couldn't sleep,” he said.":
    /// when a pronoun's tag (`m`, `cue`) would make an answer the asker's
    /// own, the other person it may be (or no one); `None` when the rule
    /// does not apply.
    pub(super) fn answerer(
        &self,
        m: &Mention,
        pos: usize,
        prev: Option<&Quote>,
        para: usize,
        speaker: &Option<super::Name>,
        cue: &str,
    ) -> Option<Option<String>> {
        let Mention::Pronoun(p) = m else {
            return None;
        };
        let asker = asked_by(prev, para, speaker, cue)?;
        Some(self.other_person(pos, p, &asker))
    }
}

impl Attributor<'_> {
    /// Is paragraph `k` a short question in quote marks alone ("“And what
    /// happened?”"), a line of a dialogue too short to be reported?
    pub(super) fn lone_question(&self, k: usize) -> bool {
        let (s, e) = self.para_bounds(k);
        let t = &self.text[s..e];
        let Some(a) = t.iter().position(|c| !c.is_whitespace()) else {
            return false;
        };
        let Some(b) = t.iter().rposition(|c| !c.is_whitespace()) else {
            return false;
        };
        b > a + 2
            && b - a < 80
            && (super::attrib::is_close(t[a]) || matches!(t[a], '«' | '„'))
            && super::attrib::is_close(t[b])
            && t[b - 1] == '?'
            && !t[a + 1..b].iter().any(|&c| super::attrib::is_close(c))
    }
}

/// Who answers a question put to "him" or "her", or to someone named.
impl Attributor<'_> {
    /// "Rep. Ada Reyes pressed him on whether anyone objected. “I was not
    /// alone,” he replied.": the person whose verb in the sentence before
    /// the quote's takes "him" (or "her") is not the "he" who answers; the
    /// person before them is.
    pub(super) fn addressed_other(
        &self,
        at: usize,
        p_start: usize,
        pronoun: &str,
        who: &str,
        cue: &str,
    ) -> Option<String> {
        let object = match pronoun {
            "he" => "him",
            "she" => "her",
            _ => return None,
        };
        // "Justice Ashby pressed him further. “...?” he asked.": the one
        // pressing goes on asking.
        if matches!(cue, "asked" | "asks") {
            return None;
        }
        let (from, to) = self.sentence_just_before(at, p_start)?;
        let toks = self.tokens(from, to);
        // "Rep. Ada Reyes asked Lindqvist why she had waited. “...,” she
        // answered.": the person asked, named, when the tag says it is an
        // answer (with "he said" the asker may go on: "pressed Strand on
        // the buybacks. “You spent ...,” he said."), whoever asked.
        if matches!(
            cue,
            "answered" | "replied" | "responded" | "answers" | "replies"
        ) && let Some(asked) =
            (0..toks.len()).find_map(|v| self.named_object(&toks[v..], who, pronoun))
        {
            return Some(asked);
        }
        let surname = who.rsplit(' ').next()?;
        let mut v = toks.iter().position(|t| t.text == surname)? + 1;
        // "Rep. Ada Reyes, D-Ore., pressed him": past an apposition.
        if toks.get(v).is_some_and(|t| t.is(",")) {
            v += toks[v + 1..].iter().take(8).position(|t| t.is(","))? + 2;
        }
        let (verb, obj) = (toks.get(v)?, toks.get(v + 1)?);
        let addressed = verb.word
            && verb.text.starts_with(char::is_lowercase)
            && obj.word
            && obj.lower() == object
            // "her" may own a noun: "pressed her case".
            && (pronoun == "he"
                || toks.get(v + 2).is_none_or(|t| {
                    !t.word
                        || matches!(
                            t.lower().as_ref(),
                            "on" | "about" | "whether" | "to" | "if" | "for" | "over" | "why"
                                | "what" | "how" | "again"
                        )
                }));
        if addressed {
            self.other_person(at, pronoun, who)
        } else {
            None
        }
    }

    /// "The moderator, Delphine X, asked Whitlock about his time at the
    /// bank. “...,” he said.": the person asked, named, answers when the
    /// one who asked cannot be the `g` pronoun at `pos` (no one of that
    /// gender named, and no such pronoun, before the question verb). The
    /// sentence asked in may be one further back, past one opening with
    /// the same pronoun ("He said he had left the firm.").
    pub(super) fn asked_before(&self, pos: usize, g: Gender) -> Option<String> {
        let pronoun = match g {
            Gender::Male => "he",
            Gender::Female => "she",
        };
        let mut end = pos;
        for _ in 0..2 {
            let (p_start, _) = self.para_bounds(self.paragraph_of(end));
            let (from, to) = self.sentence_just_before(end, p_start)?;
            // (Its last sixty words: a sentence of thousands of quotes is
            // not read from its start for each pronoun.)
            let whole = self.tokens(from, to);
            let opens_with_pronoun = whole.first().is_some_and(|t| t.lower() == pronoun);
            let toks = &whole[whole.len().saturating_sub(60)..];
            let from = toks.first().map_or(from, |t| t.pos);
            let asked = (0..toks.len())
                .find_map(|v| Some((v, self.named_object(&toks[v..], "", pronoun)?)));
            if let Some((v, asked)) = asked {
                let verb_at = toks[v].pos;
                let asker_may_be = toks[..v].iter().any(|t| t.lower() == pronoun)
                    || self.people[self.people.partition_point(|(a, _)| *a < from)..]
                        .iter()
                        .take_while(|(a, _)| *a < verb_at)
                        .any(|(_, n)| self.may_be(n, Some(g)));
                return (!asker_may_be).then_some(asked);
            }
            if !opens_with_pronoun {
                return None;
            }
            end = from;
        }
        None
    }

    /// The sentence before the one holding `at` (whose paragraph starts at
    /// `p_start`), as (start, end): the paragraph before's last when `at`'s
    /// sentence opens its paragraph.
    fn sentence_just_before(&self, at: usize, p_start: usize) -> Option<(usize, usize)> {
        let s0 = self.sentence_start(at, p_start);
        Some(if s0 > p_start {
            (self.sentence_start(s0 - 1, p_start), s0)
        } else {
            let (ps, pe) = self.para_bounds(self.paragraph_of(at).checked_sub(1)?);
            (self.sentence_start(pe.saturating_sub(1).max(ps), ps), pe)
        })
    }

    /// The person a question verb at `toks[0]` names as its object
    /// ("asked Lindqvist why", "pressed Harriet Lindqvist on"), when it is
    /// not `who` and may be the `pronoun` that answers.
    fn named_object(&self, toks: &[Token<'_>], who: &str, pronoun: &str) -> Option<String> {
        let verb = toks.first()?;
        if !matches!(
            verb.text,
            "asked" | "pressed" | "questioned" | "quizzed" | "challenged" | "grilled"
        ) {
            return None;
        }
        let run = toks[1..]
            .iter()
            .take(3)
            .take_while(|t| t.word && super::names::is_name_word(t.text))
            .count();
        // (Then what the question is: "why", "whether", "about" ...)
        let next = toks.get(1 + run)?;
        if run == 0
            || !(next.word
                && matches!(
                    next.text,
                    "why" | "whether" | "if" | "how" | "what" | "about" | "on" | "over" | "to"
                ))
        {
            return None;
        }
        let g = match pronoun {
            "he" => Gender::Male,
            _ => Gender::Female,
        };
        let name = (1..=run).find_map(|k| {
            self.book
                .known(&super::phrases::join(&toks[k..=run]))
                .map(str::to_string)
        })?;
        (name != who && self.may_be(&name, Some(g))).then_some(name)
    }
}
