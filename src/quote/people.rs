//! Who a mention stands for: "he" and "she" resolved to the person last
//! named who may be meant, "the actor" to the person last named, short
//! names to full ones.

use super::attrib::Attributor;
use super::given::{Gender, gender, is_given_name, likely_gender};
use super::names::{is_acronym, is_initials, is_name_word, is_speaker_noun};
use super::phrases::person_like;

impl Attributor<'_> {
    /// The canonical form of a name mention; a relative's given name
    /// carries the family's surname.
    pub(super) fn canon(&self, mention: &str) -> String {
        let c = self.book.canonical(mention);
        match self.family.get(&c) {
            Some(full) if !c.contains(' ') => full.clone(),
            _ => c,
        }
    }

    /// "Kolb's husband, Richard,", "Her son, Mateo,": a relative named by a
    /// given name alone, who most likely shares the family's surname.
    pub(super) fn find_family(
        &self,
    ) -> (crate::words::FxHashMap<String, String>, super::attrib::Kin) {
        let mut out = crate::words::FxHashMap::default();
        let mut kin = Vec::new();
        let toks = &self.all_tokens;
        for (k, w) in toks.windows(5).enumerate() {
            let [owner, rel, c1, given, c2] = w else {
                continue;
            };
            // "Margit and Eszter Halvorsen-Tóth": a given name that shares
            // the surname after the next one.
            if rel.text.as_bytes() == b"and" {
                if let Some((given, full)) = self.shared_surname(k) {
                    out.entry(given).or_insert(full);
                }
                continue;
            }
            // "His wife of fifty years, Margaret,": past the "of" phrase.
            let (given, c2) = match c1.text {
                "of" => {
                    let Some(c) = toks[k + 3..]
                        .iter()
                        .take(4)
                        .position(|t| !t.word)
                        .filter(|&c| toks[k + 3 + c].is(","))
                    else {
                        continue;
                    };
                    match (toks.get(k + 4 + c), toks.get(k + 5 + c)) {
                        (Some(g), Some(c2)) => (g, c2),
                        _ => continue,
                    }
                }
                _ => (given, c2),
            };
            // "Connie, as everyone calls her,": a nickname of the woman last
            // named (one pass with the relatives: both test the third token).
            if c1.text.as_bytes() == [b'a', b's'] {
                if let Some((nick, full)) = self.nickname(k) {
                    out.entry(nick).or_insert(full);
                }
                continue;
            }
            if !((c1.is(",") || c1.is("of"))
                && c2.is(",")
                && is_relative(&rel.lower())
                && given.word
                && is_name_word(given.text)
                // ("His wife, Adwoa,": a name no list holds, when it is
                // no one's surname.)
                && (is_given_name(given.text) || self.book.known(given.text).is_none()))
            {
                continue;
            }
            let family = match owner.lower().as_ref() {
                "his" => self.owner_in_paragraph(owner.pos, Gender::Male),
                "her" => self.owner_in_paragraph(owner.pos, Gender::Female),
                _ => super::phrases::owner_of(owner.text)
                    .filter(|o| is_name_word(o))
                    .map(|o| self.book.canonical(o)),
            };
            if let Some(owner) = family.filter(|f| f.contains(' '))
                && let Some(surname) = owner.rsplit(' ').next()
            {
                let full = out
                    .entry(given.text.to_string())
                    .or_insert_with(|| format!("{} {surname}", given.text));
                kin.push((
                    rel.pos,
                    rel.lower().into_owned(),
                    full.clone(),
                    owner.clone(),
                ));
            }
        }
        (out, kin)
    }

    /// "Margit and Eszter Halvorsen-Tóth", from token `k`: the first given
    /// name and the full name it takes, when the second is a person's full
    /// name of two words and the first a given name the lists know that
    /// stands alone (no name before it, none the article knows).
    fn shared_surname(&self, k: usize) -> Option<(String, String)> {
        let toks = self.all_tokens.get(k..k + 5)?;
        let name = |t: &super::tokens::Token<'_>| t.word && is_name_word(t.text);
        let alone = k == 0
            || !name(&self.all_tokens[k - 1])
            || self.paragraph_of(self.all_tokens[k - 1].pos) != self.paragraph_of(toks[0].pos);
        if !(alone
            && name(&toks[0])
            && is_given_name(toks[0].text)
            && name(&toks[2])
            && name(&toks[3])
            && !name(&toks[4]))
            || self.book.known(toks[0].text).is_some()
        {
            return None;
        }
        let full = super::phrases::join(&toks[2..4]);
        let known = self.book.known(&full)?;
        let surname = known.rsplit(' ').next()?;
        (known.contains(' ') && person_like(known)).then(|| {
            (
                toks[0].text.to_string(),
                format!("{} {surname}", toks[0].text),
            )
        })
    }

    /// Whom "his" or "her" at `pos` means: the last person of `g` (or of
    /// no known gender) whose surname the paragraph names before `pos` (or
    /// the paragraph before, when `pos` opens its own)
    /// ("... Gwilym Tudor said. According to his family, Prosser spent ...
    /// His daughter": Prosser's), else the last one named of `g`.
    fn owner_in_paragraph(&self, pos: usize, g: Gender) -> Option<String> {
        let para = self.paragraph_of(pos);
        let mut from = self.para_bounds(para).0;
        // ("... Mutasa-Greene said." then "Her husband, Conrad, said":
        // the paragraph before, when the possessive opens this one.)
        if !self.tokens(from, pos).iter().any(|t| t.word) && para > 0 {
            from = self.para_bounds(para - 1).0;
        }
        // (The last 120 words at most: a paragraph of thousands of "His
        // wife, X," stays linear.)
        self.tokens(from, pos)
            .iter()
            .rev()
            .take(120)
            .filter(|t| t.word && t.text.starts_with(char::is_uppercase) && !self.in_span(t.pos))
            .find_map(|t| {
                let full = self.book.known(t.text)?;
                let first = full.split(' ').next().unwrap_or("");
                (full.contains(' ')
                    && person_like(full)
                    && self
                        .book
                        .honorific_gender(full)
                        .or_else(|| likely_gender(first))
                        .is_none_or(|known| known == g))
                .then(|| full.to_string())
            })
            .or_else(|| self.last_of_gender(pos, g))
    }

    /// "Connie, as everyone calls her,", with "as" the third token from
    /// `k`: the nickname and the full name of the person last named.
    fn nickname(&self, k: usize) -> Option<(String, String)> {
        let toks = &self.all_tokens;
        let (nick, c1) = (&toks[k], &toks[k + 1]);
        if !(c1.is(",") && nick.word && is_name_word(nick.text)) {
            return None;
        }
        let rest = &toks[k + 3..(k + 7).min(toks.len())];
        let v = rest.iter().position(|t| {
            matches!(
                t.text,
                "calls" | "call" | "called" | "knows" | "know" | "known"
            )
        })?;
        let g = match rest.get(v + 1).map(|t| t.text) {
            Some("her") => Gender::Female,
            Some("him") => Gender::Male,
            _ => return None,
        };
        let full = self
            .last_of_gender(nick.pos, g)
            .filter(|f| f.contains(' ') && !f.starts_with(nick.text))?;
        Some((nick.text.to_string(), full))
    }

    /// "His daughter, Beatriz,": the person "his" means, who is the last
    /// one named as may be `g`, or (no one being known to be) the last one
    /// named not known to be of the other gender ("Teodoro Vasconcelos-Hart
    /// ... died on Saturday. His daughter, Beatriz,").
    fn last_of_gender(&self, pos: usize, g: Gender) -> Option<String> {
        self.last_person(pos, Some(g)).or_else(|| {
            let to = self.people.partition_point(|(at, _)| *at < pos);
            self.people[..to]
                .iter()
                .rev()
                .take(3)
                // Not words on a placard ("a sign that read “Clean Water Is
                // Not Radical.”").
                .filter(|(at, _)| !self.in_span(*at))
                .find(|(_, name)| {
                    let first = name.split(' ').find(|w| !is_initials(w)).unwrap_or("");
                    name.contains(' ')
                        && person_like(name)
                        && self
                            .book
                            .honorific_gender(name)
                            .or_else(|| likely_gender(first))
                            .is_none_or(|known| known == g)
                })
                .map(|(_, name)| name.clone())
        })
    }

    /// Could `name` be "he" (`Male`) or "she" (`Female`)?
    pub(super) fn may_be(&self, name: &str, want: Option<Gender>) -> bool {
        // ("Castellan Aerospace" after "“...,” the company said.")
        if want.is_some() && !self.bodies.is_empty() && self.bodies.contains(name) {
            return false;
        }
        match self.person_gender(name) {
            None => false,
            Some(Some(g)) => want.is_none_or(|w| w == g),
            Some(None) => self.agents.contains_key(name),
        }
    }

    /// The gender of `name` as far as the article tells it (`Some(None)`:
    /// a person of unknown gender), or `None` when it is no single person.
    fn person_gender(&self, name: &str) -> Option<Option<Gender>> {
        // "Democrats said ...", "Officials said ...": a group named by a
        // plural noun is no "he" or "she".
        let group = !name.contains(' ')
            && name
                .strip_suffix('s')
                .is_some_and(|one| super::names::is_occupation(one) || is_speaker_noun(name));
        if !person_like(name) || group || name.split(' ').all(is_acronym) {
            return None;
        }
        // The given name, past any initials ("P. Lakshmi Narayana").
        let first = name.split(' ').find(|w| !is_initials(w)).unwrap_or("");
        // A name's ending tells only of a given name: "Garcia" alone is a
        // surname.
        // ("Ms Ellery-Banks": the honorific kept to tell her from a man of
        // the same surname.)
        let by_name = super::names::gender_of_honorific(first).or_else(|| {
            if name.contains(' ') {
                likely_gender(first)
            } else {
                gender(first)
            }
        });
        let by_pronoun = self.pronoun_gender.get(name).copied().flatten();
        // ("Lucinda Achterberg" when "Mr. Achterberg" is her husband, Robert
        // Achterberg: in a family, a given name the list knows says more
        // than an honorific before the surname alone.)
        // So does a relative's noun or a pronoun ("said his daughter,
        // Celestine Hale" when "Mr. Hale" is her late father).
        // (A family: a surname two full names share, or a given name the
        // family's surname completes: "His wife, Honoria,".)
        let given = name.rsplit_once(' ').and_then(|(_, surname)| {
            if self.book.is_shared_surname(surname) {
                gender(first).or(by_pronoun)
            } else {
                // (Only a gender the pronouns or a relative gave can win:
                // the family is looked up only then.)
                by_pronoun.filter(|_| self.family.get(first).is_some_and(|f| f == name))
            }
        });
        let g = given
            .or_else(|| self.book.honorific_gender(name))
            .or(by_pronoun)
            .or(by_name);
        Some(g)
    }

    /// The person last mentioned before `pos` who may be `pronoun` ("he",
    /// "she") and is not `other`: the one a question was put to.
    pub(super) fn other_person(&self, pos: usize, pronoun: &str, other: &str) -> Option<String> {
        let want = match pronoun {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return None,
        };
        self.last_person_but(pos, Some(want), Some(other))
    }

    /// Is `pos` inside a quote's marks?
    pub(super) fn in_span(&self, pos: usize) -> bool {
        let k = self.spans.partition_point(|q| q.start < pos);
        k > 0 && pos < self.spans[k - 1].end
    }

    /// The person mentioned last before `pos` who may be "he" or "she"
    /// (`want`), looking back through named people and quoted speakers.
    /// "The campaign of state Sen. Odalys X released an ad ... “...,” she
    /// says.": when no one named may be the pronoun, the person last named
    /// in the quote's paragraph or the two before it whose gender nothing
    /// tells, though never seen acting.
    pub(super) fn unsexed_person_before(&self, pos: usize) -> Option<String> {
        let para = self.paragraph_of(pos);
        let from = self.para_bounds(para.saturating_sub(2)).0;
        self.people[..self.people.partition_point(|(at, _)| *at < pos)]
            .iter()
            .rev()
            .take_while(|(at, _)| *at >= from)
            .take(20)
            .filter(|(at, _)| !self.in_span(*at))
            .find(|(_, n)| {
                n.contains(' ')
                    && !self.bodies.contains(n.as_str())
                    && self.person_gender(n) == Some(None)
            })
            .map(|(_, n)| n.clone())
    }

    pub(super) fn last_person(&self, pos: usize, want: Option<Gender>) -> Option<String> {
        self.last_person_but(pos, want, None)
    }

    /// The person mentioned last before `pos` whom `fits` takes
    /// (`Some(true)`), passing over up to four it passes over
    /// (`Some(false)`); no one when it rules the last one out (`None`).
    pub(super) fn last_person_where(
        &self,
        pos: usize,
        fits: impl Fn(&String) -> Option<bool>,
    ) -> Option<String> {
        let mut at = pos;
        for _ in 0..5 {
            let who = self.last_person(at, None)?;
            if fits(&who)? {
                return Some(who);
            }
            // Back past each mention of the one passed over ("Mayor X",
            // her quotes, "X said"), to the person before.
            let last = |v: &[(usize, String)], at: usize| {
                v[..v.partition_point(|(a, _)| *a < at)]
                    .iter()
                    .rev()
                    .find(|(_, n)| *n == who)
                    .map(|(a, _)| *a)
            };
            // (At most 40 of them: a page of one name's thousand quotes is
            // not walked back for each phrase.)
            let mut steps = 0;
            while self.last_person(at, None).as_ref() == Some(&who) {
                steps += 1;
                if steps > 40 {
                    return None;
                }
                at = last(&self.people, at).max(last(&self.quoted, at))?;
            }
        }
        None
    }

    fn last_person_but(
        &self,
        pos: usize,
        want: Option<Gender>,
        but: Option<&str>,
    ) -> Option<String> {
        let mut p = self.people.partition_point(|(at, _)| *at < pos);
        let mut q = self.quoted.partition_point(|(at, _)| *at < pos);
        for _ in 0..400 {
            // The later of the two lists' candidates; a quote's speaker wins
            // at the same offset.
            let take_people = match (p.checked_sub(1), q.checked_sub(1)) {
                (None, None) => return None,
                (Some(i), Some(j)) => self.people[i].0 > self.quoted[j].0,
                (Some(_), None) => true,
                (None, Some(_)) => false,
            };
            let name = if take_people {
                p -= 1;
                // "“... my John M. Ponytails,” she recalled.": a name inside
                // a quote is no later "he".
                if self.in_span(self.people[p].0) {
                    continue;
                }
                &self.people[p].1
            } else {
                q -= 1;
                &self.quoted[q].1
            };
            if self.may_be(name, want) && but != Some(name.as_str()) {
                // A name only mentioned ("Vellinger told the committee he
                // tried to work with the lawyer, Rudolf Gianelli,") gives way to
                // a speaker or subject named earlier in its sentence.
                let at = if take_people {
                    self.people[p].0
                } else {
                    self.quoted[q].0
                };
                // So does a body a person works at, even one that acts
                // elsewhere ("said Brent Sherwood, vice president at Blue
                // Origin. He declined").
                let employer = [" at ", " of ", " for ", " from "]
                    .iter()
                    .any(|w| crate::words::ends_with_at(self.text, at, w));
                // A name seen doing something only after the quote gives
                // way to a person seen so earlier in the same sentence and
                // paragraph ("X demanded that Minister Y appear. “...,”
                // she said." is X even when a later sentence opens with Y).
                let later_agent = !self.agent_before(name, pos);
                if later_agent || employer {
                    let from = self.sentence_start(at, at.saturating_sub(400));
                    let para = self.paragraph_of(at);
                    let agent = self.people[..p]
                        .iter()
                        .rev()
                        .take_while(|(a, _)| *a >= from)
                        .find(|(a, n)| {
                            let seen = if later_agent {
                                self.agent_before(n, at) && self.paragraph_of(*a) == para
                            } else {
                                self.agents.contains_key(n.as_str())
                            };
                            seen && self.may_be(n, want) && but != Some(n.as_str())
                        });
                    if let Some((_, n)) = agent {
                        return Some(n.clone());
                    }
                }
                return Some(name.clone());
            }
        }
        None
    }
}

/// Close relatives, who mostly share a surname.
impl Attributor<'_> {
    /// "Interior Secretary Kipchumba X said 47 people had been arrested. He
    /// warned that ...": the subject of the sentence before, in the same
    /// paragraph, whose gender only a guess from the given name's ending
    /// ("-a") set against `g`, with no one else named since who may be `g`.
    pub(super) fn guessed_subject_before(&self, pos: usize, g: Gender) -> Option<String> {
        let (p_start, _) = self.para_bounds(self.paragraph_of(pos));
        let s0 = self.sentence_start(pos, p_start);
        if s0 <= p_start {
            return None;
        }
        let s1 = self.sentence_start(s0 - 1, p_start);
        let (at, who) = self.subject_at(s1)?;
        let first = who.split(' ').find(|w| !is_initials(w))?;
        let guessed = who.contains(' ')
            && gender(first).is_none()
            && likely_gender(first).is_some_and(|h| h != g)
            && self.book.honorific_gender(&who).is_none()
            && self.pronoun_gender.get(&who).copied().flatten().is_none();
        let others = self.people[self.people.partition_point(|(a, _)| *a <= at)..]
            .iter()
            .take_while(|(a, _)| *a < pos)
            .any(|(_, n)| *n != who && self.may_be(n, Some(g)));
        (guessed && !others && self.agents.contains_key(&who)).then_some(who)
    }

    /// "His father, Kenji, ran the feed store. ... “My dad never once
    /// asked ...,” he said": a quote that speaks of the speaker's father is
    /// not the father's. The person whose relative the pronoun found is,
    /// when the quote names that relation with "my".
    pub(super) fn kin_owner_speaking(&self, speaker: &str, quote: &str) -> Option<String> {
        let (_, rel, _, owner) = self
            .kin
            .iter()
            .rev()
            .find(|(_, _, full, _)| full == speaker)?;
        let same = [rel.as_str()];
        let forms: &[&str] = match rel.as_str() {
            "father" | "dad" => &["father", "dad", "daddy"],
            "mother" | "mom" => &["mother", "mom", "mum", "mama"],
            _ => &same,
        };
        let lower = crate::words::to_lower(quote);
        let says = lower.match_indices("my ").any(|(at, _)| {
            (at == 0 || !lower[..at].ends_with(char::is_alphanumeric))
                && forms.iter().any(|f| {
                    lower[at + 3..].starts_with(f)
                        && !lower[at + 3 + f.len()..].starts_with(char::is_alphanumeric)
                })
        });
        says.then(|| owner.clone())
    }
}

/// Does `quote` speak of `who` by their given name or surname, as a word
/// in capitals ("I cannot believe Martha would ...")?
pub(super) fn spoken_of(who: &str, quote: &str) -> bool {
    let (Some((first, _)), Some((_, last))) = (who.split_once(' '), who.rsplit_once(' ')) else {
        return false;
    };
    [first, last]
        .iter()
        .filter(|w| w.chars().count() >= 3 && !w.ends_with('.'))
        .any(|w| {
            quote.match_indices(*w).any(|(at, _)| {
                let before = quote[..at].chars().next_back();
                let after = quote[at + w.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
            })
        })
}

fn is_relative(noun: &str) -> bool {
    matches!(
        noun,
        "husband"
            | "wife"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "father"
            | "mother"
            | "mom"
            | "dad"
            | "grandson"
            | "granddaughter"
            // "His widow, Margaret,".
            | "widow"
            | "widower"
    )
}
