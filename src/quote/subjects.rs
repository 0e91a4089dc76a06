//! The person each sentence is about: a name opening it ("Buser,
//! however, is counting on ..."), one after an opening phrase ("Asked
//! about the meeting, Lindqvist ..."), or one named in an apposition to a
//! described subject ("Her husband, Ernesto, ...").

use super::attrib::Attributor;
use super::given::{Gender, is_given_name};
use super::names::{is_name_word, is_speaker_noun, is_title};
use super::phrases::{join, person_like};

impl Attributor<'_> {
    /// Names that open a sentence ("Buser, however, is counting on ...",
    /// "Simmons teed up the cameo"): people a later "he" or "she" may mean,
    /// when they are a full name or start with a given name.
    pub(super) fn subjects(&mut self) {
        // Each sentence's subject depends on its own words and on what the
        // scans found: a long article's are read on all cores, in order.
        let this: &Self = self;
        let starts: Vec<usize> = self
            .para_starts
            .iter()
            .chain(&self.sentence_ends)
            .copied()
            .collect();
        let long = super::bounds::is_long(self._src);
        let mut found = super::bounds::filter_map_all(long, &starts, |&s| this.subject_at(s));
        found.extend(self.whose_subjects());
        // "The Nevada Democrat stunned colleagues": an epithet stands for
        // the person named before with that party and state (or, with no
        // tag to go by, the lawmaker named last), or for no one known; it
        // is no one new.
        let found: Vec<(usize, String)> = found
            .into_iter()
            .filter_map(|(at, c)| match super::epithets::epithet(&c) {
                None => Some((at, c)),
                Some(_) => this
                    .epithet_person(&c, at)
                    .or_else(|| this.untagged_member(at))
                    .map(|who| (at, who)),
            })
            .collect();
        // The gender "his own" or "herself" gives each, looked at alike.
        let genders = super::bounds::map_all(long, &found, |(at, _)| this.own_pronoun(*at));
        for ((at, c), g) in found.iter().zip(genders) {
            self.add_agent(c, *at);
            if let Some(g) = g {
                self.pronoun_gender
                    .entry(c.clone())
                    .and_modify(|was| {
                        if *was != Some(g) {
                            *was = None;
                        }
                    })
                    .or_insert(Some(g));
            }
        }
        self.people.extend(found);
        self.people.sort_by_key(|(at, _)| *at);
    }

    /// Is the name `n` at `at` followed by a word in small letters ("X took
    /// over as chair"), as a sentence's subject is, not by a possessive
    /// ("Remember New Jersey's epic quest")?
    pub(super) fn verb_after(&self, at: usize, n: &str) -> bool {
        let end = at + n.chars().count();
        self.text.get(end) == Some(&' ') && self.text.get(end + 1).is_some_and(|c| c.is_lowercase())
    }

    /// The sentence before the one at `pos`, as (start, end): in its
    /// paragraph, or the paragraph before's last when `pos` opens its own
    /// ("By mid-afternoon the minister had posted an apology." then a
    /// paragraph that opens with the quote). None for an empty one.
    pub(super) fn sentence_before(&self, pos: usize) -> Option<(usize, usize)> {
        self.sentence_before_where(pos, |p_start| self.opens_paragraph(pos, p_start))
    }

    /// The sentence before the one at `pos`, as [`Self::sentence_before`]
    /// reads it, going back to the paragraph before when `pos` is in its
    /// paragraph's first sentence and `past` takes that paragraph's start.
    pub(super) fn sentence_before_where(
        &self,
        pos: usize,
        past: impl Fn(usize) -> bool,
    ) -> Option<(usize, usize)> {
        let para = self.paragraph_of(pos);
        let (p_start, _) = self.para_bounds(para);
        let s0 = self.sentence_start(pos, p_start);
        let (s0, p_start) = if s0 > p_start {
            (s0, p_start)
        } else if para > 0 && past(p_start) {
            let (ps, pe) = self.para_bounds(para - 1);
            if pe <= ps {
                return None;
            }
            (pe, ps)
        } else {
            return None;
        };
        Some((self.sentence_start(s0 - 1, p_start), s0))
    }

    /// Does the quote opening at `at` open its paragraph (nothing but
    /// numbering or punctuation before it)? Only such a quote may take its
    /// speaker from the next paragraph: one set into a sentence ("reports
    /// that depicted “...”") belongs to that sentence.
    pub(super) fn opens_paragraph(&self, at: usize, p_start: usize) -> bool {
        !self.text[p_start..at].iter().any(|c| c.is_alphabetic())
    }

    /// "The 58-year-old Szabo shot back that ...": a name after "The" and
    /// an age, when a verb in small letters follows it.
    fn aged_subject(&self, k: usize) -> Option<(usize, String)> {
        let toks = self.all_tokens.get(k..(k + 7).min(self.all_tokens.len()))?;
        if !(toks.first()?.is("The") && toks.get(1)?.text.ends_with("-year-old")) {
            return None;
        }
        let run = toks[2..]
            .iter()
            .take_while(|t| t.word && is_name_word(t.text) && !is_title(t.text))
            .count();
        let verb = toks.get(2 + run)?;
        ((1..=3).contains(&run) && verb.word && verb.text.starts_with(char::is_lowercase))
            .then(|| self.canon(&join(&toks[2..2 + run])))
            .filter(|c| c.contains(' ') && person_like(c))
            .map(|c| (toks[2].pos, c))
    }

    /// "a farmer named Gus Thorvaldsen stood up": the name after a noun
    /// and "named" or "called" opening the sentence at token `k`, when a
    /// verb in small letters follows it.
    fn named_subject(&self, k: usize) -> Option<(usize, String)> {
        let det = |t: &super::tokens::Token<'_>| matches!(t.lower().as_ref(), "a" | "an" | "one");
        // (Past an opening phrase: "At a town hall in Millbrook, a farmer
        // named ...".)
        let head = self
            .all_tokens
            .get(k..(k + 12).min(self.all_tokens.len()))?;
        let k = if det(head.first()?) {
            k
        } else {
            let c = head.iter().position(|t| t.is(","))?;
            if !head[..c].iter().all(|t| t.word) || !head.get(c + 1).is_some_and(det) {
                return None;
            }
            k + c + 1
        };
        let toks = self
            .all_tokens
            .get(k..(k + 12).min(self.all_tokens.len()))?;
        let n = toks[1..]
            .iter()
            .take(4)
            .position(|t| matches!(t.text, "named" | "called"))?
            + 1;
        if n < 2
            || !toks[1..n]
                .iter()
                .all(|t| t.word && t.text.starts_with(char::is_lowercase))
        {
            return None;
        }
        let run = toks[n + 1..]
            .iter()
            .take_while(|t| t.word && is_name_word(t.text) && !is_title(t.text))
            .count();
        let verb = toks.get(n + 1 + run)?;
        ((2..=4).contains(&run) && verb.word && verb.text.starts_with(char::is_lowercase)).then(
            || {
                let name = join(&toks[n + 1..n + 1 + run]);
                (toks[n + 1].pos, self.canon(&name))
            },
        )
    }

    /// The person who is the subject of the sentence or paragraph starting
    /// at `s`, with where the mention starts.
    pub(super) fn subject_at(&self, s: usize) -> Option<(usize, String)> {
        let mut k = self.tokens_before(s);
        // Past an opening phrase to words in small letters that describe
        // a name.
        let mut described = false;
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
        } else if let Some(o) = self
            .all_tokens
            .get(k)
            .filter(|t| t.pos <= s + 2)
            .and_then(|t| {
                // "For Achebe-Nygaard, the wait is the problem.": the person the
                // sentence is about; "According to Oduya-Baird, construction
                // could begin in the spring.": the person whose account it gives.
                match t.text {
                    "For" => Some(1),
                    "According" if self.all_tokens.get(k + 1).is_some_and(|n| n.is("to")) => {
                        Some(2)
                    }
                    _ => None,
                }
            })
            && let Some(c) = self.all_tokens[k + o..]
                .iter()
                .take(5)
                .position(|t| t.is(","))
            && c >= 1
            && self.all_tokens[k + o..k + o + c]
                .iter()
                .all(|t| t.word && is_name_word(t.text))
        {
            k += o;
        } else if self.all_tokens.get(k).is_some_and(|t| {
            t.pos <= s + 2
                && super::clause_start::opens_with_phrase(t.text)
        }) && let Some(c) = self.all_tokens[k..].iter().take(12).position(|t| t.is(","))
            && self.all_tokens[k + 1..k + c].iter().all(|t| t.word)
            // (The comma in the same paragraph: "Back to Gallery" is a
            // line of its own.)
            && self.paragraph_of(self.all_tokens[k + c].pos)
                == self.paragraph_of(self.all_tokens[k].pos)
            && self.all_tokens.get(k + c + 1).is_some_and(|t| {
                t.word
                    && (is_name_word(t.text)
                        || (t.text.starts_with(|c: char| c.is_ascii_lowercase())
                            && self
                                .described_subject(k + c + 1)
                                .is_some_and(|d| d.contains(' ') && person_like(&d))))
            })
        {
            // "When it was her turn, Falconer-Diallo went straight for the
            // bill.", "At a hustings on Thursday, Achterberg-Nwosu spoke
            // first.": the subject after the clause or phrase that opens
            // the sentence. ("Outside, retired pastor Josiah X held a
            // sign": a described name.)
            k += c + 1;
            described = self.all_tokens[k]
                .text
                .starts_with(|c: char| c.is_ascii_lowercase());
        }
        // "But Pettibone pressed on.", "And Okafor did not stop there.": a
        // conjunction without a comma before the name.
        if self.all_tokens.get(k).is_some_and(|t| {
            t.pos <= s + 2 && matches!(t.text, "But" | "And" | "Yet" | "So" | "Then" | "Still")
        }) && self
            .all_tokens
            .get(k + 1)
            .is_some_and(|t| t.word && is_name_word(t.text))
        {
            k += 1;
        }
        k += super::sentence::after_stamp(&self.all_tokens[k..]);
        // "HANOI, Vietnam (AP) — U.S. Defense Secretary X ...": the
        // subject after the dateline, not the place.
        let head = &self.all_tokens[k..(k + 16).min(self.all_tokens.len())];
        k += head.len() - super::reported_clause::after_dateline(head).len();
        let s = self.all_tokens.get(k).map_or(s, |t| t.pos);
        // ("Agriculture Minister Shri Mahendra Pratap Singh Rathore": up
        // to eight words with the titles.)
        // ("Ó Súilleabháin was not convinced": a particle with a capital
        // may open the name.)
        let name_at = |t: &super::tokens::Token<'_>| t.word && is_name_word(t.text);
        let lead = usize::from(
            self.all_tokens.get(k).is_some_and(|t| {
                // (Only "Ó" is a particle with a capital that is no name
                // word by itself.)
                t.text.len() <= 3
                    && !t.text.is_ascii()
                    && super::names::is_particle(t.text)
                    && t.text.starts_with(char::is_uppercase)
            }) && self.all_tokens.get(k + 1).is_some_and(name_at),
        );
        let run_end = lead
            + self.all_tokens[k + lead..]
                .iter()
                .take(8 - lead)
                .position(|t| !name_at(t))
                .unwrap_or(self.all_tokens.len().saturating_sub(k + lead).min(8 - lead));
        // ("Leopold Van der Merwe": particles in small letters inside it.)
        let mut run_end = run_end;
        while run_end > 0 {
            let rest = &self.all_tokens[(k + run_end).min(self.all_tokens.len())..];
            let particles = rest
                .iter()
                .take(2)
                .take_while(|t| super::names::is_particle(t.text))
                .count();
            if particles == 0 {
                break;
            }
            let more = rest[particles..]
                .iter()
                .take(8)
                .take_while(|t| name_at(t))
                .count();
            if more == 0 {
                break;
            }
            run_end += particles + more;
        }
        let mut first = self.all_tokens.get(k)?;
        if first.pos > s + 2 {
            return None;
        }
        // "Holloway & Strand’s managing partner, X,", "Moorfield & Crane
        // said": a firm's names joined by "&" are no person; its
        // possessive owns the subject.
        if run_end > 0 && self.all_tokens.get(k + run_end).is_some_and(|t| t.is("&")) {
            let owner = self.all_tokens.get(k + run_end + 1).filter(|t| {
                t.word && is_name_word(t.text) && super::phrases::is_possessive(t.text)
            })?;
            k += run_end + 1;
            first = owner;
        }
        let possessive = |t: Option<&super::tokens::Token<'_>>| {
            t.is_some_and(|t| super::phrases::is_possessive(t.text))
        };
        // "Her husband, ...", "Kolb's husband, ...", "Mr Kolb's husband, ...".
        if run_end == 0
            || possessive(Some(first))
            || (is_title(first.text) && possessive(self.all_tokens.get(k + 1)))
        {
            // "Her husband, Ernesto, was less sure.": a person named in
            // an apposition to the subject.
            // "BJP state spokesperson Rajneesh X defended": a party's
            // initials open the description.
            return self
                .named_in_apposition(k)
                .or_else(|| self.name_after_noun(k))
                .or_else(|| self.aged_subject(k))
                .or_else(|| self.named_subject(k))
                .or_else(|| self.office_subject(k))
                .or_else(|| self.possessor_subject(k))
                .or_else(|| {
                    (described || super::names::is_acronym(first.text))
                        .then(|| self.described_subject(k))
                        .flatten()
                        .filter(|c| person_like(c))
                        .map(|c| (first.pos, c))
                });
        }
        // "Athletico Dunmore are closing in": a team or a firm, which a
        // plural verb follows.
        if self
            .all_tokens
            .get(k + run_end)
            .is_some_and(|t| matches!(t.text, "are" | "were"))
        {
            return None;
        }
        // A full name, a surname of one, or a given name.
        let mut words = &self.all_tokens[k..k + run_end];
        while let [t, rest @ ..] = words
            && is_title(t.text)
        {
            words = rest;
        }
        // "Homeland Security Secretary Beatriz Olmedo": the words after
        // the last title.
        if let Some(t) = words.iter().rposition(|t| is_title(t.text))
            && words.len() - t > 2
        {
            words = &words[t + 1..];
        }
        let titled = words.len() < run_end;
        let known = match words {
            [] => None,
            // "President Harwick has not commented": a surname after a
            // title.
            [one] if titled && !is_title(one.text) => Some(self.canon(one.text)),
            // "Dunmore captain Ashley X welcomed ...": a club's or a
            // place's word before a described name, not the surname of
            // "Athletico Dunmore".
            [_] if self.all_tokens.get(k + run_end).is_some_and(|t| {
                t.word
                    && t.text.starts_with(char::is_lowercase)
                    && (is_speaker_noun(t.text)
                        || is_title(t.text)
                        || super::names::is_occupation(t.text))
            }) && let Some(d) = self.described_subject(k)
                && d.contains(' ') =>
            {
                Some(d)
            }
            [one] => self
                .book
                .known(one.text)
                .map(str::to_string)
                // "Maria" after "Maria Lopez" is her; so is "Hoshino"
                // after "Hoshino Ayaka", a family name written first.
                .or_else(|| {
                    if is_given_name(one.text) {
                        return Some(self.canon(one.text));
                    }
                    // (Not "Border agents" after "Border Protection": a
                    // noun after the word makes it a description.)
                    if self
                        .all_tokens
                        .get(k + run_end)
                        .is_some_and(|t| t.word && is_speaker_noun(t.text))
                    {
                        return None;
                    }
                    let c = self.canon(one.text);
                    c.strip_prefix(one.text)
                        .is_some_and(|r| r.starts_with(' '))
                        .then_some(c)
                }),
            // "Liberal Democrat councillor X": a party, not a name.
            [.., last] if super::names::ends_party_name(last.text) => None,
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
        known
            .or_else(|| self.described_subject(k))
            .filter(|c| person_like(c))
            .map(|c| (first.pos, c))
    }

    /// "Siyabonga Ntuli-Ferraro ... launched his own bid": the gender "his
    /// own" or "himself" later in the sentence whose subject is at `at`
    /// gives that subject, when the sentence holds only one kind.
    fn own_pronoun(&self, at: usize) -> Option<Gender> {
        let para = self.paragraph_of(at);
        let end = self.sentence_end(at, self.para_bounds(para).1);
        let (mut male, mut female) = (false, false);
        let toks = self.tokens(at, end);
        for (k, t) in toks.iter().enumerate() {
            // Only "his own" and "himself" are sure to be the subject's:
            // "X questioned her experience" is someone else's.
            let own = toks.get(k + 1).is_some_and(|n| n.is("own"));
            match t.text {
                "himself" => male = true,
                "herself" => female = true,
                "his" if own => male = true,
                "her" if own => female = true,
                // Past a quote or a clause of its own ("X said she ..."),
                // the sentence may be about someone else.
                "he" | "she" | "He" | "She" | "“" | "\"" => return None,
                _ => {}
            }
        }
        match (male, female) {
            (true, false) => Some(Gender::Male),
            (false, true) => Some(Gender::Female),
            _ => None,
        }
    }

    /// "Conservative leader Kemi Adair accused ...": a full name after the
    /// words that describe it, as the subject at token `k`.
    fn described_subject(&self, k: usize) -> Option<String> {
        let toks = self
            .all_tokens
            .get(k..(k + 10).min(self.all_tokens.len()))?;
        // (In its paragraph: a heading with no full stop ends before the
        // subject of the paragraph under it.)
        let (_, p_end) = self.para_bounds(self.paragraph_of(toks.first()?.pos));
        let toks = &toks[..toks.partition_point(|t| t.pos < p_end)];
        // (Past a particle inside the name: "Aminah binti Yusof".)
        let h = (2..toks.len()).find(|&h| {
            toks[h].word
                && toks[h].text.starts_with(|c: char| c.is_ascii_lowercase())
                && !super::names::is_particle(toks[h].text)
                && is_name_word(toks[h - 1].text)
                // ("Liberal Democrat councillor X was": past the party.)
                && !super::names::ends_party_name(toks[h - 1].text)
        })?;
        match super::phrases::backward_speaker(&toks[..h])? {
            super::phrases::Mention::Name(n) if n.contains(' ') => Some(self.canon(&n)),
            // "Former chief of the defence staff Lord Ashby of Wendover
            // was": a surname after a title.
            super::phrases::Mention::Name(n)
                if h >= 3 && toks[h - 1].text == n && is_title(toks[h - 2].text) =>
            {
                Some(self.canon(&n))
            }
            _ => None,
        }
    }
}
