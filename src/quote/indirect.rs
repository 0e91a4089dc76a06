//! Indirect speech: "NAME said (that) CLAUSE." and "CLAUSE, NAME said."

use super::clause_start::{FINITE, opens_clause};
use super::facts::Facts;
use super::phrases::{Mention, backward_speaker, forward_speaker};
use super::reported_clause::after_dateline;
use super::reported_clause::{before_contrast, contrast, in_subject_relative};
use super::settle::Pending;
use super::that_after::that_after;
use super::tokens::Token;
use super::{Kind, Quote};

impl Facts<'_> {
    /// Indirect speech: "NAME said (that) CLAUSE." in sentences with no
    /// quote (only those with a speech verb can hold it).
    pub(super) fn reported(&self, spans: &[super::QuoteSpan]) -> Vec<Pending> {
        let in_sentence = |&(para, s, e): &(usize, usize, usize)| {
            // Spans are in text order: only the first one ending after `s`
            // can overlap. A sentence that holds a quote is no reported
            // speech; quoted words too short to be quotes may stand in one
            // ("said the plan was “dead on arrival” and ...").
            let k = spans.partition_point(|q| q.end <= s);
            let inside = spans.get(k).is_some_and(|q| q.start < e);
            if inside {
                return self
                    .added_after_quote(spans, k, para, s, e)
                    .map(|p| (p, None));
            }
            let first = self.indirect_in(s, e, para)?;
            // "The chamber warned that ..., while environmental groups said
            // the targets were too modest": the contrast's own clause.
            let toks = self.tokens(first.quote.end, e);
            let second = contrast(toks)
                .and_then(|w| {
                    let rest = toks.get(w + 2..)?;
                    self.indirect_forward(rest, rest.first()?.pos, para, 0)
                })
                .or_else(|| {
                    // "X said the road would close, adding that repairs
                    // could not wait.": the participle's own clause, said
                    // by the sentence's subject.
                    let a = toks.iter().take(3).position(|t| {
                        t.cue && matches!(t.text, "adding" | "saying" | "noting" | "insisting")
                    })?;
                    let all = self.tokens(s, e);
                    let v = all.len().checked_sub(toks.len())? + a;
                    self.indirect_forward_by(all, s, para, v, Some(&first.mention))
                });
            Some((first, second))
        };
        // Each sentence is read on its own: a long article's are read on
        // all cores.
        super::bounds::filter_map_all(
            super::bounds::is_long(self._src),
            &self.cue_sentences,
            in_sentence,
        )
        .into_iter()
        .flat_map(|(first, second)| std::iter::once(first).chain(second))
        .collect()
    }

    /// "“...,” Mayor X said, adding that the charges would be reviewed.":
    /// after the last quote of the sentence from `s` to `e` (the first is
    /// `spans[k]`), its tag's speaker adds what the clause says.
    fn added_after_quote(
        &self,
        spans: &[super::QuoteSpan],
        k: usize,
        para: usize,
        s: usize,
        e: usize,
    ) -> Option<Pending> {
        let last = spans[k..].iter().take_while(|q| q.start < e).last()?;
        let toks = self.tokens(last.end, e);
        // "Ashby called the bill “...” and said he would vote against it":
        // the subject before the one quote goes on with a second verb.
        if let [and, verb, next, ..] = toks
            && and.is("and")
            && verb.cue
            && matches!(
                verb.text,
                "said" | "added" | "warned" | "insisted" | "argued"
            )
            && next.word
            && last.start == spans[k].start
        {
            let tag = self.tokens(s, spans[k].start);
            if tag.len() >= 2 && tag.iter().all(|t| t.word) {
                let joined: Vec<Token<'_>> = tag.iter().chain(toks).copied().collect();
                return self.indirect_forward(&joined, joined.first()?.pos, para, tag.len() + 1);
            }
        }
        let v = toks.windows(3).position(|w| {
            w[0].is(",") && matches!(w[1].text, "adding" | "saying") && w[2].is("that")
        })? + 1;
        if v > 1 {
            return self.indirect_forward(toks, toks.first()?.pos, para, v);
        }
        // "Mayor X said: “...”, adding that ...": the tag before the
        // quote, read as if the clause followed it.
        let [tag @ .., mark] = self.tokens(s, spans[k].start) else {
            return None;
        };
        if !(mark.is(":") || mark.is(",")) {
            return None;
        }
        let joined: Vec<Token<'_>> = tag.iter().chain(toks).copied().collect();
        self.indirect_forward(&joined, joined.first()?.pos, para, tag.len() + v)
    }

    pub(super) fn indirect_in(&self, s: usize, e: usize, para: usize) -> Option<Pending> {
        let toks = self.tokens(s, e);
        // "“They'll say anything,” the senator said.": quoted words too
        // short to be a quote open the sentence, and its verb is theirs.
        if toks
            .first()
            .is_some_and(|t| matches!(t.text, "“" | "\"" | "‘" | "'"))
        {
            return None;
        }
        // "Your critics say you are too close to the president.": a
        // question put to "you" in an interview reports no one.
        if toks
            .first()
            .is_some_and(|t| matches!(t.text, "Your" | "You"))
            && toks
                .get(1)
                .is_some_and(|t| t.text.starts_with(char::is_lowercase))
        {
            return None;
        }
        // "While critics said the plan was rushed, Borowczyk said ...": the
        // main clause's verb, after the subordinate clause's comma.
        let main = toks
            .first()
            .filter(|t| super::sentence::SUBORDINATORS.contains(&t.text))
            .and_then(|_| toks.iter().position(|t| t.is(",")))
            .filter(|&c| toks[..c].iter().any(|t| t.cue))
            .map_or(0, |c| c + 1);
        self.indirect_forward(toks, s, para, main)
            .or_else(|| self.indirect_reversed(toks, s, para))
            .or_else(|| {
                // "X confirmed the appointment of a reviewer and said the
                // review would take six weeks.": the subject's second verb,
                // when the first reports no clause.
                let first = toks.iter().position(|t| t.cue)?;
                let second = (first + 2..toks.len())
                    .find(|&k| toks[k].cue && matches!(toks[k - 1].text, "and" | "but"))?;
                self.indirect_forward(toks, s, para, second)
            })
            .or_else(|| self.according_reported(toks, s, para))
    }

    /// "CLAUSE, planning officer Imogen Hart said (in a statement)."
    pub(super) fn indirect_reversed(
        &self,
        toks: &[Token<'_>],
        s: usize,
        para: usize,
    ) -> Option<Pending> {
        let v = toks.iter().rposition(|t| t.cue)?;
        // "..., after a day that left both parties claiming victory.": a
        // participle is no reporting verb of the words before it.
        if toks[v].text.ends_with("ing") {
            return None;
        }
        // "residents asked for longer hours" reports no speech.
        if matches!(
            toks[v].lower().as_ref(),
            "asked"
                | "asks"
                | "agreed"
                | "agrees"
                | "promised"
                | "reported"
                | "demanded"
                // ("When I asked him why, he laughed.": a reaction.)
                | "laughed"
                | "sighed"
        ) {
            return None;
        }
        // "..., he had never answered until this spring": no speech.
        if toks[v.saturating_sub(3)..v].iter().any(|t| {
            matches!(
                t.lower().as_ref(),
                "never" | "not" | "didn't" | "hasn't" | "hadn't" | "haven't"
            )
        }) {
            return None;
        }
        // "... legislation he was writing.", "... waited nine hours to be
        // admitted.": a verb in the progressive or the passive reports
        // nothing before it.
        if v > 0
            && matches!(
                toks[v - 1].text,
                "was" | "were" | "is" | "are" | "been" | "be" | "being"
            )
        {
            return None;
        }
        // "Standing before supporters, Senator X thanked her volunteers and
        // conceded the race.": a second verb of the subject's, which says
        // what she did, not what the words before it were.
        if v > 0 && toks[v - 1].is("and") {
            return None;
        }
        // "Asked if a deal was possible, Carrillo said": the question, not
        // what he said.
        if toks
            .first()
            .is_some_and(|t| matches!(t.lower().as_ref(), "asked" | "pressed" | "questioned"))
        {
            return None;
        }
        let tail = &toks[v + 1..];
        // "Speaking at a conference in Birmingham, X said: “...”": a
        // participle's phrase says where, and the words follow the colon.
        // (Not a gerund that is the clause's subject: "Selling a product
        // is difficult", "Voting was slow".)
        let participle = toks.first().is_some_and(|t| {
            t.word
                && t.text.starts_with(char::is_uppercase)
                && t.text.ends_with("ing")
                && !t.text.ends_with("thing")
                // Prepositions: "During a search of the garage, officers
                // found ..., Harris said."
                && !matches!(
                    t.text,
                    "During" | "Following" | "Including" | "Regarding" | "Concerning" | "According"
                )
        }) && !toks[..v]
            .iter()
            .any(|n| n.word && FINITE.contains(&n.lower().as_ref()));
        if tail.first().is_some_and(|t| t.is(":")) || participle {
            return None;
        }
        // Only short adverbials may follow the verb ("said in a statement"),
        // not a clause of its own ("said his members were split", "have
        // said they have concerns").
        // "..., people on Twitter pointed it out.": the verb's object is
        // a pronoun, not the clause before ("told them" names a listener).
        let object = tail.first().map(|t| t.lower());
        let tell = matches!(
            toks[v].lower().as_ref(),
            "told" | "tells" | "tell" | "assured" | "assures"
        );
        // Nor is "..., with Minister Ayman Safadi warning of “dangerous
        // consequences”.": what was warned of follows the verb ("she said
        // of the plan" still reports the clause).
        let said = matches!(toks[v].lower().as_ref(), "said" | "says" | "say" | "saying");
        if let Some(o) = object.as_deref()
            && (o == "it"
                || (!tell && matches!(o, "them" | "him" | "her" | "us" | "me"))
                || (!said && matches!(o, "of" | "about")))
        {
            return None;
        }
        if tail.iter().filter(|t| t.word).count() > 4
            // "who wrote as Robert Jordan".
            || tail.first().is_some_and(|t| t.is("as"))
            || tail.iter().any(|t| {
                t.word && (super::names::is_pronoun(t.text) || FINITE.contains(&t.lower().as_ref()))
            })
        {
            return None;
        }
        for (c, t) in toks[..v].iter().enumerate() {
            // "2,000 residents": a comma inside a number is no clause break.
            let in_number = toks
                .get(c + 1)
                .is_some_and(|n| n.text.starts_with(|ch: char| ch.is_ascii_digit()));
            if !t.is(",") || c < 4 || in_number {
                continue;
            }
            if super::clause_start::is_opening_phrase_only(after_dateline(&toks[..c])) {
                continue;
            }
            // "... by the justice minister, Dilan Terpstra, the government
            // said": a comma inside the words before the verb closes an
            // apposition right before it, or the speaker comes later.
            if toks[c + 1..v].iter().any(|x| x.is(",")) && !toks[v - 1].is(",") {
                continue;
            }
            // "An hour later, the Business Secretary, Helena Marchmont, told
            // Sky News the opposite.": an office and the name beside it,
            // no clause.
            // ("The Basque party's spokeswoman in parliament, Miren X,
            // denied any deal.": the noun, then where it serves.)
            let noun_at = |j: usize| {
                super::names::is_title(toks[j].text) || super::names::is_speaker_noun(toks[j].text)
            };
            if toks[v - 1].is(",")
                && (noun_at(c - 1)
                    || ((3..=9).contains(&c)
                        && (1..(c - 1).min(5)).any(|j| {
                            noun_at(j)
                                && matches!(toks[j + 1].text, "in" | "for" | "at" | "of" | "on")
                        })
                        && toks[..c]
                            .iter()
                            .all(|t| t.word && !FINITE.contains(&t.lower().as_ref()))))
            {
                continue;
            }
            // "..., when, in fact, he responded quickly.": the verb is in a
            // clause of time or contrast, which reports nothing before it.
            if toks[c.saturating_sub(4)..c].iter().any(|t| {
                matches!(
                    t.lower().as_ref(),
                    "when" | "while" | "whereas" | "although" | "though" | "because" | "until"
                )
            }) {
                continue;
            }
            // ("..., the Inner Mongolia health commission said": a phrase
            // that ends in its noun is read from its end.)
            let words = &toks[c + 1..v];
            let m = if words
                .last()
                .is_some_and(|t| t.word && t.text.starts_with(char::is_lowercase))
            {
                backward_speaker(words).or_else(|| forward_speaker(words))
            } else {
                forward_speaker(words).or_else(|| backward_speaker(words))
            };
            let Some(m) = m else {
                continue;
            };
            // "..., a prospect Vindman denied earlier in the day.": a thing
            // described, not a speaker.
            if matches!(&m, Mention::Name(n) if n.starts_with("a ") || n.starts_with("an ")) {
                continue;
            }
            return self.indirect_quote(&toks[..c], &toks[v], &m, s, para, 0.45);
        }
        None
    }

    /// "NAME said (that) CLAUSE."
    /// (The speech verb is the first one from token `from` on.)
    pub(super) fn indirect_forward(
        &self,
        toks: &[Token<'_>],
        s: usize,
        para: usize,
        from: usize,
    ) -> Option<Pending> {
        self.indirect_forward_by(toks, s, para, from, None)
    }

    /// [`Self::indirect_forward`], with the speaker `given` when the
    /// sentence has named it already.
    fn indirect_forward_by(
        &self,
        toks: &[Token<'_>],
        s: usize,
        para: usize,
        from: usize,
        given: Option<&Mention>,
    ) -> Option<Pending> {
        let v = toks.iter().enumerate().skip(from).find_map(|(v, t)| {
            (t.cue
                && !matches!(
                    t.lower().as_ref(),
                    "asked"
                        | "asks"
                        | "reported"
                        | "reports"
                        | "agreed"
                        | "agrees"
                        | "laughed"
                        | "sighed"
                        | "promised"
                        | "promises"
                        // "demanded that the minister appear": a demand,
                        // not a report of what was said.
                        | "demanded"
                        // "Fighting continued overnight in the east": a
                        // tag for a quote, never a verb of reported speech.
                        | "continued"
                        | "continues"
                )
                // ("pointed to the figures", "pointed out the flaws": only
                // "pointed out that".)
                && (!t.is("pointed")
                    || (toks.get(v + 1).is_some_and(|n| n.is("out"))
                        && toks.get(v + 2).is_some_and(|n| n.is("that"))))
                && (!matches!(t.lower().as_ref(), "told" | "tells" | "telling" | "assured" | "assures")
                    || that_after(toks, v).is_some())
                // "In a statement posted on its website, he said ...": a
                // participle after a document is no verb of the sentence.
                && !super::documents::participle_after_document(toks, v)
                // "Anika Seward, who wrote the proposal, said she ...": a
                // verb in a relative clause about the subject, when the
                // sentence's own verb comes later.
                && !(v >= 2
                    && matches!(toks[v - 1].text, "who" | "which")
                    && toks[v - 2].is(",")
                    && toks[v + 1..].iter().any(|n| n.cue))
                // "responded and confirmed that ...", "conceded defeat but
                // said ...": the second verb.
                && !toks[v + 1..].iter().take(3).enumerate().any(|(j, n)| {
                    (n.is("and") || n.is("but"))
                        && toks.get(v + 2 + j).is_some_and(|n| n.cue)
                })
                // "He declined to say when the tug would be ready, saying
                // ...": a question left open reports nothing.
                && !(v > 0
                    && toks[v - 1].is("to")
                    && toks.get(v + 1).is_some_and(|n| {
                        matches!(
                            n.lower().as_ref(),
                            "when" | "whether" | "how" | "what" | "why" | "if" | "where" | "who"
                        )
                    })))
            .then_some(v)
        })?;
        // (Up to 28 words when an aside in commas ends right before the
        // verb: "Labour MP for X, Imogen Y, one of 31 backbenchers who
        // ..., said".) "insisted on a full audit": what was insisted on,
        // no clause.
        // (The comma may stand inside a closing mark: "“...,” adding".)
        let after_comma = super::reported_clause::comma_before(toks, v).is_some();
        if v > 28
            || (v > 20 && !after_comma)
            || (matches!(toks[v].lower().as_ref(), "insisted" | "insists")
                && toks.get(v + 1).is_some_and(|t| t.is("on")))
        {
            return None;
        }
        // "Kerrigan ruled out raising the GST, saying the government would
        // ...", "A spokesperson declined to comment but said talks would
        // resume": the verb hangs on the clause before it, whose subject
        // speaks.
        let hung = v > 1
            && ((after_comma && toks[v].text.ends_with("ing"))
                || (matches!(toks[v - 1].text, "but" | "and")
                    && !toks[..v - 1].iter().any(|t| t.is(","))));
        let after_that = that_after(toks, v);
        // "The club was told by the committee that ...": a passive "told",
        // whose speaker follows "by".
        let by = after_that
            .filter(|_| {
                v > 0
                    && matches!(toks[v - 1].text, "was" | "were" | "been" | "being")
                    && toks.get(v + 1).is_some_and(|t| t.is("by"))
            })
            .and_then(|c| {
                // (Not the comma after an apposition.)
                let end = if toks[c - 2].is(",") { c - 2 } else { c - 1 };
                backward_speaker(&toks[v + 2..end])
            });
        let m = match by.or_else(|| given.cloned()) {
            Some(m) => m,
            None => hung
                .then(|| super::sentence::opening_subject(toks, v))
                .flatten()
                .or_else(|| super::sentence::forward_subject(toks, v))?,
        };
        if let Some(c) = after_that {
            let clause = before_contrast(in_subject_relative(toks, v, &toks[c..]));
            if clause.iter().filter(|t| t.word).count() < 4 {
                return None;
            }
            return self.indirect_quote(clause, &toks[v], &m, s, para, 0.5);
        }
        let mut c = super::clause_start::past_when_and_where(toks, v);
        if c < toks.len() && toks[c].is(",") {
            c += 1;
        }
        let that = c < toks.len() && toks[c].is("that");
        // ("says that is because ...": "that" is the clause's subject.)
        if that
            && !toks
                .get(c + 1)
                .is_some_and(|t| super::clause_start::FINITE.contains(&t.text))
        {
            c += 1;
        } else if super::clause_start::reports_only_after_that(&toks[v].lower()) {
            return None;
        }
        let clause = before_contrast(in_subject_relative(toks, v, &toks[c..]));
        // After "that" any words are what was said ("that about 40 MPs ...").
        if clause.iter().filter(|t| t.word).count() < 4 || !(that || opens_clause(&toks[v], clause))
        {
            return None;
        }
        self.indirect_quote(clause, &toks[v], &m, s, para, 0.5)
    }

    /// An indirect quote spanning the words of `clause`.
    pub(super) fn indirect_quote(
        &self,
        clause: &[Token<'_>],
        cue: &Token<'_>,
        m: &super::phrases::Mention,
        sentence: usize,
        para: usize,
        confidence: f32,
    ) -> Option<Pending> {
        // "we confirmed that ...": the writer.
        if matches!(m, super::phrases::Mention::Pronoun(p) if matches!(p.as_str(), "we" | "i")) {
            return None;
        }
        let clause = after_dateline(clause);
        // "...; others said it was the best deal possible": another
        // speaker's clause after a semicolon is not this one's.
        let clause = match clause.iter().position(|t| t.is(";")) {
            Some(k) if clause[k + 1..].iter().take(6).any(|t| t.cue) => &clause[..k],
            _ => clause,
        };
        let w = clause.iter().position(|t| t.word)?;
        // "Mayor X said those words as he cut the ribbon": what was said is
        // the object, no clause (not "said those words were a lie").
        if clause.get(w + 1).is_some_and(|n| {
            super::word_kinds::is_words_noun(n.text) && matches!(clause[w].text, "those" | "these")
        }) && clause.get(w + 2).is_none_or(|n| {
            !n.word
                || super::word_kinds::opens_time_or_place(n.text)
                || matches!(n.text, "again" | "aloud" | "twice")
        }) {
            return None;
        }
        // "said £1.2bn had been made available": a currency sign opens it.
        let first = match w.checked_sub(1).map(|k| &clause[k]) {
            Some(sign)
                if matches!(sign.text, "£" | "$" | "€" | "¥") && sign.pos + 1 == clause[w].pos =>
            {
                sign
            }
            _ => &clause[w],
        };
        let at = clause.iter().rposition(|t| t.word)?;
        // "the letter was “kind and loving.”": the mark that closes quoted
        // words at the end goes with them.
        let marks =
            |toks: &[Token<'_>], m: &[&str]| toks.iter().filter(|t| m.contains(&t.text)).count();
        // Straight marks pair up in turn: an even count leaves none open.
        let open = marks(&clause[..at], &["“"]) > marks(&clause[..at], &["”"])
            || marks(&clause[..at], &["\""]) % 2 == 1;
        let next = self.tokens_before(clause[at].pos + 1);
        let last = self.all_tokens[next..]
            .iter()
            .take(2)
            .find(|t| matches!(t.text, "”" | "\""))
            .filter(|_| open)
            .unwrap_or(&clause[at]);
        let (start, end) = (first.pos, last.pos + last.text.chars().count());
        let quote = Quote {
            kind: Kind::Indirect,
            text: self.text_of_tokens(first, last, start, end),
            start,
            end,
            paragraph: para,
            cue: Some(cue.lower().as_str().into()),
            speaker_mention: Some(Facts::mention_str(m).into()),
            speaker: None,
            confidence,
            dismissed: false,
        };
        Some(Pending {
            quote,
            mention: m.clone(),
            sentence,
            clause_subject: self.pronoun_is_clause_subject(m, &clause[w..]),
        })
    }
}
