//! Who a mention stands for: "he" and "she" resolved to the person last
//! named who may be meant, "the actor" to the person last named, short
//! names to full ones.

use super::attrib::Attributor;
use super::given::{Gender, gender, is_given_name};
use super::lexicon::DETERMINERS;
use super::names::{is_acronym, is_name_word, is_speaker_noun, is_title};
use super::phrases::{Mention, join, person_like};

impl Attributor<'_> {
    /// Names that open a sentence ("Buser, however, is counting on ...",
    /// "Simmons teed up the cameo"): people a later "he" or "she" may mean,
    /// when they are a full name or start with a given name.
    pub(super) fn subjects(&mut self) {
        let mut found = Vec::new();
        let starts = self.para_starts.iter().chain(&self.sentence_ends);
        for &s in starts {
            let mut k = self.all_tokens.partition_point(|t| t.pos < s);
            // "Asked about the meeting, Lindqvist was skeptical.": the
            // subject after an opening participle's phrase.
            if self.all_tokens.get(k).is_some_and(|t| {
                t.pos <= s + 2
                    && t.word
                    && t.text.starts_with(char::is_uppercase)
                    && (t.text.ends_with("ed") || t.text.ends_with("ing"))
                    && !is_name_word(t.text)
            }) && let Some(c) = self.all_tokens[k..].iter().take(12).position(|t| t.is(","))
            {
                k += c + 1;
            }
            let s = self.all_tokens.get(k).map_or(s, |t| t.pos);
            let run_end = self.all_tokens[k..]
                .iter()
                .take(4)
                .position(|t| !(t.word && is_name_word(t.text)))
                .unwrap_or(self.all_tokens.len().saturating_sub(k).min(4));
            let Some(first) = self.all_tokens.get(k) else {
                continue;
            };
            if first.pos > s + 2 {
                continue;
            }
            if run_end == 0 || super::phrases::is_possessive(first.text) {
                // "Her husband, Ernesto, was less sure.": a person named in
                // an apposition to the subject.
                if let Some(named) = self.named_in_apposition(k) {
                    found.push(named);
                }
                continue;
            }
            // A full name, a surname of one, or a given name.
            let mut words = &self.all_tokens[k..k + run_end];
            while let [t, rest @ ..] = words
                && is_title(t.text)
            {
                words = rest;
            }
            let known = match words {
                [] => None,
                [one] => self
                    .book
                    .known(one.text)
                    .map(str::to_string)
                    // "Maria" after "Maria Lopez" is her.
                    .or_else(|| is_given_name(one.text).then(|| self.canon(one.text))),
                [..] => {
                    let full = join(words);
                    match self.book.known(&full) {
                        Some(c) => Some(c.to_string()),
                        None => {
                            // "Glassblower Sunita Raghavan": the name in it.
                            let c = self.book.canonical(&full);
                            let first = c.split(' ').next().unwrap_or("");
                            (c.contains(' ') || is_given_name(first)).then_some(c)
                        }
                    }
                }
            };
            if let Some(c) = known
                && person_like(&c)
            {
                found.push((first.pos, c));
            }
        }
        for (_, c) in &found {
            self.agents.insert(c.clone());
        }
        self.people.extend(found);
        self.people.sort_by_key(|(at, _)| *at);
    }

    /// "Her husband, Ernesto,", "The driver, Ama Owusu,": a determiner (or a
    /// possessive name), a speaker noun, and one to three name words between
    /// commas, opening a sentence at token `k`.
    fn named_in_apposition(&self, k: usize) -> Option<(usize, String)> {
        let toks = self.all_tokens.get(k..(k + 8).min(self.all_tokens.len()))?;
        let [det, noun, comma, rest @ ..] = toks else {
            return None;
        };
        // "Kolb's husband, Richard,": a possessive name is a determiner too.
        if !((DETERMINERS.contains(&det.lower().as_ref())
            || (super::phrases::is_possessive(det.text) && is_name_word(det.text)))
            && is_speaker_noun(noun.text)
            && comma.is(","))
        {
            return None;
        }
        let n = rest
            .iter()
            .take(4)
            .position(|t| !(t.word && is_name_word(t.text)))?;
        if !(1..=3).contains(&n) || !rest[n].is(",") {
            return None;
        }
        let c = self.canon(&join(&rest[..n]));
        person_like(&c).then_some((rest[0].pos, c))
    }

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
    pub(super) fn find_family(&self) -> crate::words::FxHashMap<String, String> {
        let mut out = crate::words::FxHashMap::default();
        for w in self.all_tokens.windows(5) {
            let [owner, rel, c1, given, c2] = w else {
                continue;
            };
            if !(c1.is(",")
                && c2.is(",")
                && is_relative(&rel.lower())
                && given.word
                && is_name_word(given.text)
                && is_given_name(given.text))
            {
                continue;
            }
            let family = match owner.lower().as_ref() {
                "his" => self.last_person(owner.pos, Some(Gender::Male)),
                "her" => self.last_person(owner.pos, Some(Gender::Female)),
                _ => owner
                    .text
                    .strip_suffix("'s")
                    .or_else(|| owner.text.strip_suffix("’s"))
                    .filter(|o| is_name_word(o))
                    .map(|o| self.book.canonical(o)),
            };
            if let Some(surname) = family
                .as_deref()
                .filter(|f| f.contains(' '))
                .and_then(|f| f.rsplit(' ').next())
            {
                out.entry(given.text.to_string())
                    .or_insert_with(|| format!("{} {surname}", given.text));
            }
        }
        out
    }

    /// Names followed by a description of a person ("Imogen Vale, a
    /// student", "Maria Lund, 42,", "Kai Brand, who ..."): people, whatever
    /// their given name.
    pub(super) fn described(&mut self) {
        for (at, full) in &self.book.full {
            if self.agents.contains(full) || !person_like(full) {
                continue;
            }
            let end = at + full.chars().count();
            let Some(after) = self.text.get(end..(end + 8).min(self.text.len())) else {
                continue;
            };
            if self.text[*at..end].iter().copied().ne(full.chars()) {
                continue;
            }
            let described = match after {
                [',', ' ', d, ..] if d.is_ascii_digit() => true,
                [',', ' ', rest @ ..] => {
                    let word: String = rest.iter().take_while(|c| c.is_alphabetic()).collect();
                    matches!(word.as_str(), "a" | "an" | "the" | "who" | "whose")
                        || self.described_before(*at)
                }
                _ => false,
            };
            if described {
                self.agents.insert(full.clone());
            }
        }
    }

    /// Does a description opening the sentence stand before the name at
    /// `at`, as an apposition ("Her chief of staff, Devon Marsh,", "The
    /// company's lawyer, Ruth Abara,")? Not one deeper in a sentence ("he
    /// tried to work with the president's lawyer, Rudy Giuliani,"): that
    /// name is only mentioned.
    fn described_before(&self, at: usize) -> bool {
        let toks = &self.all_tokens;
        let k = toks.partition_point(|t| t.pos < at);
        if k < 3 || !toks[k - 1].is(",") {
            return false;
        }
        let words = toks[..k - 1]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| t.word && t.text.starts_with(|c: char| c.is_lowercase()))
            .count();
        let Some(d) = (k - 1).checked_sub(words + 1).filter(|_| words >= 1) else {
            return false;
        };
        DETERMINERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(toks[d].text))
            && (d == 0 || !toks[d - 1].word)
    }

    /// Could `name` be "he" (`Male`) or "she" (`Female`)?
    fn may_be(&self, name: &str, want: Option<Gender>) -> bool {
        if !person_like(name) || name.split(' ').all(is_acronym) {
            return false;
        }
        let first = name.split(' ').next().unwrap_or("");
        match self.book.honorific_gender(name).or_else(|| gender(first)) {
            Some(g) => want.is_none_or(|w| w == g),
            None => self.agents.contains(name),
        }
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

    /// The person mentioned last before `pos` who may be "he" or "she"
    /// (`want`), looking back through named people and quoted speakers.
    fn last_person(&self, pos: usize, want: Option<Gender>) -> Option<String> {
        self.last_person_but(pos, want, None)
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
                &self.people[p].1
            } else {
                q -= 1;
                &self.quoted[q].1
            };
            if self.may_be(name, want) && but != Some(name.as_str()) {
                // A name only mentioned ("Volker told the committee he
                // tried to work with the lawyer, Rudy Giuliani,") gives way to
                // a speaker or subject named earlier in its sentence.
                let at = if take_people {
                    self.people[p].0
                } else {
                    self.quoted[q].0
                };
                if !self.agents.contains(name.as_str()) {
                    let from = self.sentence_start(at, at.saturating_sub(400));
                    let agent = self.people[..p]
                        .iter()
                        .rev()
                        .take_while(|(a, _)| *a >= from)
                        .find(|(_, n)| {
                            self.agents.contains(n.as_str())
                                && self.may_be(n, want)
                                && but != Some(n.as_str())
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

    pub(super) fn resolve(&self, m: &Mention, pos: usize) -> Option<String> {
        match m {
            // "One Conservative MP said ... Another said:": one more of the
            // last unnamed speakers, or no one known.
            Mention::Name(n) | Mention::Phrase(n) if n.eq_ignore_ascii_case("another") => {
                let i = self
                    .unnamed
                    .partition_point(|(at, _)| *at < pos)
                    .checked_sub(1)?;
                let phrase = &self.unnamed[i].1;
                let (first, rest) = phrase.split_once(' ')?;
                matches!(
                    crate::words::lower(first).as_ref(),
                    "one" | "a" | "an" | "another"
                )
                .then(|| format!("another {rest}"))
            }
            // "the Iowa Democrat": a role, not a name.
            Mention::Name(n) if is_role_phrase(n) => self.resolve(&Mention::Phrase(n.clone()), pos),
            Mention::Name(n) => {
                let c = self.canon(n);
                (!c.is_empty()).then_some(c)
            }
            Mention::Pronoun(p) if p == "he" => self.last_person(pos, Some(Gender::Male)),
            Mention::Pronoun(p) if p == "she" => self.last_person(pos, Some(Gender::Female)),
            Mention::Pronoun(p) if p == "they" => {
                // Both lists are sorted by offset: the last one before `pos`.
                let last = |v: &'_ [(usize, String)]| {
                    v.partition_point(|(at, _)| *at < pos)
                        .checked_sub(1)
                        .map(|i| (v[i].0, v[i].1.clone()))
                };
                // "They" is as often an organisation ("Big Machine") as
                // people: every name counts.
                [
                    last(&self.people),
                    last(&self.book.full),
                    last(&self.quoted),
                ]
                .into_iter()
                .flatten()
                .max_by_key(|(at, _)| *at)
                .map(|(_, name)| name)
            }
            Mention::Pronoun(_) => None,
            Mention::Phrase(p) => {
                let words: Vec<&str> = p.split_whitespace().collect();
                // The noun before any "for"/"of": "a spokesman for the governor".
                let head = words
                    .iter()
                    .take_while(|w| {
                        !matches!(
                            crate::words::lower(w).as_ref(),
                            "for" | "of" | "at" | "from" | "with" | "in" | "to" | "on"
                        )
                    })
                    .last()
                    .copied()
                    .unwrap_or("");
                // "the mayor" -> an earlier "Mayor Ines Calloway".
                // Names up to a few paragraphs back.
                let from = self.book.full.partition_point(|(at, _)| *at + 4000 < pos);
                let to = self.book.full.partition_point(|(at, _)| *at < pos);
                // The nearest such name: "the governor" after "Gov. Ada Ruiz".
                let lower_head = head.to_lowercase();
                let titles = title_forms(&lower_head);
                // "the senator" after "One Republican senator, speaking on
                // condition of anonymity, said": that unnamed speaker, unless a
                // titled name comes between.
                let unnamed_at = self.unnamed.partition_point(|(at, _)| *at < pos);
                let unnamed = self.unnamed[..unnamed_at]
                    .iter()
                    .rev()
                    .take_while(|(at, _)| at + 2000 >= pos)
                    .find(|(_, phrase)| {
                        phrase.split_whitespace().count() > 1
                            && phrase
                                .rsplit(' ')
                                .next()
                                .is_some_and(|w| w.eq_ignore_ascii_case(head))
                    });
                let titled_at = |at: usize| {
                    let before: String = self.text[at.saturating_sub(24)..at].iter().collect();
                    let before = before.to_lowercase();
                    let before = before.trim_end();
                    // "Secretary of State Eleanor Vasquez-Reid" is "the
                    // secretary of state": the title before "of".
                    let short = before
                        .rsplit_once(" of ")
                        .filter(|(_, dept)| dept.split(' ').count() <= 3)
                        .map(|(title, _)| title);
                    titles.iter().any(|t| {
                        std::iter::once(before).chain(short).any(|b| {
                            b.strip_suffix(t).is_some_and(|rest| {
                                rest.is_empty() || !rest.ends_with(char::is_alphanumeric)
                            })
                        })
                    })
                };
                let after_unnamed = |at: &usize| unnamed.is_none_or(|(u, _)| at > u);
                // A full name, else a surname met only after its office
                // ("the president" after "President Harmon").
                let short_from = self.book.titled.partition_point(|(at, _)| *at + 4000 < pos);
                let short_to = self.book.titled.partition_point(|(at, _)| *at < pos);
                let titled = self.book.full[from..to]
                    .iter()
                    .rev()
                    .take_while(|(at, _)| after_unnamed(at))
                    .find(|(at, _)| titled_at(*at))
                    .or_else(|| {
                        self.book.titled[short_from..short_to]
                            .iter()
                            .rev()
                            .take_while(|(at, _)| after_unnamed(at))
                            .find(|(at, _)| titled_at(*at))
                    })
                    .map(|(_, full)| full.clone());
                // "said the actor": the person last named, when the noun is a
                // role a named person has ("the actor", "the senator").
                // Not "the Prime Minister": an office in capitals is itself
                // when no name bears its title.
                let role = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                    && !(head.starts_with(char::is_uppercase) && super::names::is_title(head))
                    && is_role(&lower_head);
                titled
                    .or_else(|| unnamed.map(|(_, p)| strip_article(p)))
                    .or_else(|| role.then(|| self.last_person(pos, None)).flatten())
                    .or_else(|| Some(strip_article(p)))
            }
        }
    }
}

/// "the senator" -> "senator", "One Republican senator" as it is.
fn strip_article(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .skip_while(|w| matches!(crate::words::lower(w).as_ref(), "a" | "an" | "the"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// How a role noun stands before a name: itself, or its abbreviation
/// ("the governor" -> "Gov. Ada Ruiz", "the senator" -> "Sen. ...").
fn title_forms(noun: &str) -> Vec<&str> {
    if noun.is_empty() {
        return Vec::new();
    }
    let short: &[&str] = match noun {
        "governor" => &["gov.", "gov"],
        "senator" => &["sen.", "sen"],
        "congressman" | "congresswoman" | "representative" => &["rep.", "rep"],
        "president" => &["pres."],
        "general" => &["gen."],
        "professor" => &["prof."],
        "doctor" => &["dr.", "dr"],
        "lieutenant" => &["lt."],
        "sergeant" => &["sgt."],
        "superintendent" => &["supt."],
        _ => &[],
    };
    std::iter::once(noun).chain(short.iter().copied()).collect()
}

/// "the Iowa Democrat", "the former Senator": lower-case "the", then
/// capitalised words ending in a role noun.
pub(super) fn is_role_phrase(n: &str) -> bool {
    n.strip_prefix("the ")
        .and_then(|rest| rest.rsplit(' ').next())
        .is_some_and(|last| is_role(&last.to_lowercase()))
}

/// Nouns for what a named person is ("the actor", "the senator"): a
/// definite "the NOUN" speaker is then the person last named.
pub(super) fn is_role(noun: &str) -> bool {
    // "the 41-year-old said".
    noun.ends_with("-year-old")
        || matches!(
            noun,
            "actor"
                | "actress"
                | "singer"
                | "star"
                | "rapper"
                | "musician"
                | "artist"
                | "author"
                | "novelist"
                | "player"
                | "coach"
                | "quarterback"
                | "senator"
                | "congressman"
                | "congresswoman"
                | "governor"
                | "mayor"
                | "president"
                | "minister"
                | "premier"
                | "chancellor"
                | "candidate"
                | "billionaire"
                | "businessman"
                | "businesswoman"
                | "entrepreneur"
                | "founder"
                | "prince"
                | "princess"
                | "duke"
                | "duchess"
                | "king"
                | "queen"
                | "pope"
                | "comedian"
                | "filmmaker"
                | "host"
                | "presenter"
                | "chef"
                | "designer"
                | "athlete"
                | "champion"
                | "striker"
                | "defendant"
                | "democrat"
                | "republican"
                | "mogul"
                | "tycoon"
                | "magnate"
                | "nominee"
                | "frontrunner"
                | "front-runner"
                | "incumbent"
                | "challenger"
                | "hopeful"
                | "contender"
                | "lawmaker"
                | "legislator"
                | "sheriff"
                | "speaker"
        )
}

/// Close relatives, who mostly share a surname.
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
    )
}
