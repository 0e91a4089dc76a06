//! A speaker described before being named ("A U.N. envoy said ...",
//! "The owner of the Sandpiper Hotel says ...") whom the next paragraph
//! names.

use super::attrib::{Attributor, is_close};
use super::phrases::person_like;
use super::untagged::knighted;

impl Attributor<'_> {
    /// A described speaker the next paragraph names, when the article has
    /// not named that person before:
    /// - "A former aide to Gov. X testified that ..." and, opening the next
    ///   paragraph, "Rosalind Fairclough-Obi, who worked as his scheduling
    ///   director, told ...": a former holder of a post, named with what
    ///   they were;
    /// - "The owner of the Sandpiper Hotel says ..." and "“...,” Fenella
    ///   Greig told the Courier.": the one holder of a post, named in a
    ///   first sentence that reports speech.
    pub(super) fn named_next(&self, phrase: &str, pos: usize) -> Option<String> {
        let lower = crate::words::lower(phrase);
        let (s, e) = self.para_bounds(self.paragraph_of(pos) + 1);
        let end = self.sentence_end(s, e);
        let toks = self.tokens(s, end);
        let former = ["a former ", "former ", "one former "]
            .iter()
            .find_map(|p| lower.strip_prefix(p));
        // "Rosalind Fairclough-Obi, who worked as ...": named with what
        // they were.
        let strict = || {
            let rest = former?;
            if !rest.split(' ').any(super::names::is_speaker_noun) {
                return None;
            }
            let n = super::phrases::full_name_len(toks)?;
            let who = toks.get(n + 1..n + 3)?;
            (toks[n].is(",")
                && who[0].is("who")
                && matches!(
                    who[1].text,
                    "served" | "worked" | "was" | "had" | "led" | "held"
                ))
            .then(|| {
                // (Not "Dame": the name as it is indexed.)
                let lead = toks[..n - 1]
                    .iter()
                    .take_while(|t| knighted(t.text))
                    .count();
                super::phrases::join(&toks[lead..n])
            })
        };
        // The holder of a post in a body, named in a sentence that reports
        // speech and names the same body.
        let holder = || {
            let rest = former.unwrap_or_else(|| lower.strip_prefix("the ").unwrap_or(&lower));
            let (post, body) = rest
                .split_once(" of ")
                .or_else(|| rest.split_once(" at "))?;
            // The sentence is about the same body: "... said that the trust
            // had ...", not "Opposition leader Jane Doe said ...".
            let body = body.rsplit(' ').next()?;
            if !matches!(
                post,
                "owner"
                    | "head"
                    | "founder"
                    | "director"
                    | "leader"
                    | "boss"
                    | "chairman"
                    | "chairwoman"
                    | "chair"
                    | "chairperson"
                    | "president"
                    | "principal"
                    | "headteacher"
            ) || !toks.iter().any(|t| t.lower() == body)
                // ("Authority chief executive Rosalind X faced ...": or the
                // body opens the sentence, before the name.)
                || !(toks.iter().any(|t| t.cue) || toks.iter().take(3).any(|t| t.lower() == body))
            {
                return None;
            }
            let from = self.book.full.partition_point(|(at, _)| *at < s);
            self.book.full[from..]
                .iter()
                .take_while(|(at, _)| *at < end)
                .map(|(_, f)| f)
                .find(|f| person_like(f) && f.contains(' '))
                .cloned()
        };
        // "Johannesburg - A veteran MP has withdrawn ..., saying ...", then
        // "Nomvula X, who has served ..., announced": a person the opening
        // paragraph describes and the next one opens by naming, bare.
        let opening = || {
            // One person ("A veteran MP", "the retired judge"), not a body
            // ("the budget office") or a group ("one of the sources").
            // ("A former aide to the governor": the aide.)
            let head = super::heads::phrase_head(&lower);
            if self.paragraph_of(pos) > 1
                // ("France's immigration minister": or a place's, not a
                // person's: "Ford's lawyer" is not who the next paragraph
                // names.)
                || !(["a ", "an ", "the "].iter().any(|d| lower.starts_with(d))
                    || phrase
                        .split(' ')
                        .next()
                        .and_then(super::phrases::owner_of)
                        .is_some_and(|owner| self.book.known(owner).is_none()))
                || !(super::names::is_speaker_noun(head) || head == "mp")
                || (head.ends_with('s') && !head.ends_with("ss"))
                || !person_like(head)
                // Not one who speaks for someone ("A spokeswoman for Gov.
                // X"): the person named next is more likely another.
                || head.starts_with("spokes")
                || lower.contains(" for ")
                // (The holder of a post in a body is `holder`'s.)
                || lower.contains(" of ")
            {
                return None;
            }
            // "“...,” envoy Oksana X told a news conference": the tag of the
            // quote that opens the paragraph names the office and the name,
            // or the name alone ("“...,” Tamuno X told Reuters in an
            // interview.").
            if toks.first().is_some_and(|t| !t.word)
                && let Some(c) = toks[1..]
                    .iter()
                    .position(|t| !t.word && t.text.chars().any(is_close))
            {
                let tag = toks.get(c + 2..).unwrap_or_default();
                let named = |from: usize| {
                    let n = super::phrases::full_name_len(tag.get(from..)?)?;
                    tag.get(from + n)
                        .is_some_and(|t| t.cue)
                        .then(|| tag[from].pos)
                };
                let office = tag
                    .iter()
                    .take(3)
                    .position(|t| t.word && crate::words::lower(t.text) == head);
                if let Some(at) = office.map_or_else(|| named(0), |h| named(h + 1)) {
                    return self.person_named_at(at);
                }
            }
            // "Speaking on a podcast, Sir Barnaby X said ...", "In a letter
            // to the prime minister, Sylvie X wrote:": a phrase that sets
            // the scene, then the name and its speech verb.
            if let Some(c) = toks.iter().take(16).position(|t| t.is(","))
                && toks.first().is_some_and(|t| {
                    matches!(
                        t.text,
                        "Speaking"
                            | "Writing"
                            | "Appearing"
                            | "Testifying"
                            | "Under"
                            | "In"
                            | "On"
                            | "At"
                            | "During"
                    )
                })
                && let rest = &toks[c + 1..]
                && let lead = rest.iter().take_while(|t| knighted(t.text)).count()
                && let Some(n) = super::phrases::full_name_len(&rest[lead..])
                && rest.get(lead + n).is_some_and(|t| t.cue)
            {
                return self.person_named_at(rest[lead].pos);
            }
            let n = super::phrases::full_name_len(toks)?;
            let after = toks.get(n)?;
            let next = toks.get(n + 1);
            let opens = (after.is(",")
                && next.is_some_and(|t| matches!(t.text, "who" | "aged" | "whose")))
                || (after.word
                    && after.text.starts_with(char::is_lowercase)
                    && !super::lexicon::FUNCTION_WORDS.contains(&after.text));
            // The name as the name scan read it ("Sheikh Hamad bin Jassim
            // Al X": past its particles).
            let from = self.book.full.partition_point(|(at, _)| *at < s);
            // Named bare: the name opens the paragraph ("Finance Minister
            // Ines X declined" names someone else).
            // (After an honorific or a knighthood: "Ms Nomvula X", "Dame
            // Philippa X".)
            let (at, name) = self.book.full[from..].first()?;
            // (Or after the same office: "An MP has hit out ..." then
            // "Harrowby MP Lysander X said".)
            let office = toks
                .iter()
                .take(4)
                .position(|t| t.word && crate::words::lower(t.text) == head)
                .filter(|&h| {
                    toks[..h]
                        .iter()
                        .all(|t| t.word && t.text.starts_with(char::is_uppercase))
                })
                .map_or(0, |h| h + 1);
            let lead = office
                + toks[office..]
                    .iter()
                    .take_while(|t| knighted(t.text))
                    .count();
            (opens
                && toks.get(lead).is_some_and(|t| t.pos == *at)
                && *at <= toks[n - 1].pos
                && person_like(name))
            .then(|| self.canon(name))
        };
        let name = strict().or_else(holder).or_else(opening)?;
        let earlier = self.book.full.iter().any(|(at, f)| *at < s && *f == name);
        (!earlier).then_some(name)
    }

    /// The person whose name the name scan read starting at char `at`.
    fn person_named_at(&self, at: usize) -> Option<String> {
        let i = self.book.full.partition_point(|(p, _)| *p < at);
        self.book
            .full
            .get(i)
            .filter(|(p, name)| *p == at && person_like(name))
            .map(|(_, name)| self.canon(name))
    }

    /// "“We will find out who did this,” she said. Attorney General Mirela
    /// Dumitrescu spoke outside the courthouse.": a "he" or "she" (at
    /// `pos`) before anyone in the article is named is the first person
    /// named after it, in its paragraph or the next, whose given name says
    /// the same gender.
    pub(super) fn named_after_pronoun(
        &self,
        pos: usize,
        g: super::given::Gender,
    ) -> Option<String> {
        if self.people.first().is_none_or(|(at, _)| *at < pos) {
            return None;
        }
        // (Past the last paragraph, its bounds are the text's end.)
        let (_, end) = self.para_bounds(self.paragraph_of(pos) + 1);
        let (_, name) = self
            .people
            .iter()
            .take_while(|(at, _)| *at < end)
            .take(3)
            .find(|(_, n)| {
                n.split_once(' ').is_some_and(|(given, _)| {
                    super::given::gender(given).or_else(|| super::given::likely_gender(given))
                        == Some(g)
                })
            })?;
        Some(name.clone())
    }
}
