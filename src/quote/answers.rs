//! Questions and answers: an answer tagged "he said" after "“...?” X
//! asked" is not the asker's own.

use super::Quote;
use super::attrib::Attributor;
use super::phrases::Mention;

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
