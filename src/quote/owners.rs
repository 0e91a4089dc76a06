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
    let g = match owner {
        "His" | "his" => Gender::Male,
        "Her" | "her" => Gender::Female,
        _ => return None,
    };
    matches!(
        what,
        "campaign" | "office" | "camp" | "team" | "spokesman" | "spokeswoman" | "spokesperson"
    )
    .then_some(g)
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
}
