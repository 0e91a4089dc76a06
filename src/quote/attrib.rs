//! Attribution: who said each quote (QUOTES.md rules 4-10).

use super::bounds::{TokenIndex, bounds, is_long, map_all};
use super::facts::Facts;
use super::names::{NameBook, is_name_word};
use super::phrases::{Mention, backward_speaker, forward_speaker, person_like};
use super::spans::{QuoteSpan, find_spans, is_title_case};
use super::tokens::tokenize;
use super::windows::Prepared;
use super::{Kind, Names, Quote};
use std::sync::Arc;

/// (offset, relative's noun, full name) of the relatives named in commas.
/// Relatives named by a given name ("His father, Kenji,"): where the
/// relation is named, the relation, the full name the family gives them
/// and the person whose relative they are.
pub(super) type Kin = Vec<(usize, String, String, String)>;

/// The attributor: what it knows of the article ([`Facts`], shared with
/// the search for reported speech while direct quotes are attributed) and
/// what it learns in text order as it attributes them.
pub struct Attributor<'a> {
    facts: Arc<Facts<'a>>,
    /// Speakers of the quotes attributed so far, at each quote's offset (in
    /// text order, so appended): at the same offset they win over `people`.
    pub(super) quoted: Vec<(usize, String)>,
    /// Names seen doing something: speakers and sentence subjects, with
    /// the offset where one was first seen so. Only they, or names with a
    /// common given name, can be "he" or "she".
    pub(super) agents: crate::words::FxHashMap<String, usize>,
    /// Genders that "his own" or "herself" in a person's own sentence gave
    /// them (None where two sentences disagreed).
    pub(super) pronoun_gender: crate::words::FxHashMap<String, Option<super::given::Gender>>,
    /// Names a quote's "the company said" stood for: a business, never a
    /// later "he" or "she".
    pub(super) bodies: crate::words::FxHashSet<String>,
}

impl<'a> std::ops::Deref for Attributor<'a> {
    type Target = Facts<'a>;

    fn deref(&self) -> &Facts<'a> {
        &self.facts
    }
}

impl<'a> std::ops::DerefMut for Attributor<'a> {
    /// The facts, while the attributor is built (and freed): they are
    /// never shared then, so nothing is copied.
    fn deref_mut(&mut self) -> &mut Facts<'a> {
        debug_assert_eq!(
            Arc::strong_count(&self.facts),
            1,
            "facts changed while shared"
        );
        Arc::make_mut(&mut self.facts)
    }
}

impl<'a> Attributor<'a> {
    /// The attributor of `text` (`src` as chars), or `None` when the text
    /// holds neither a quote mark's span nor a speech verb: then it has no
    /// quote, direct or reported, and the scans for names and subjects are
    /// skipped.
    pub fn new(text: &'a [char], src: &'a str) -> Option<Self> {
        // The four scans are independent: a long article has them done on
        // all cores.
        let (((para_starts, para_ends, sentence_ends), spans), (all_tokens, book)) = if is_long(src)
        {
            rayon::join(
                || rayon::join(|| bounds(text), || find_spans(text)),
                || {
                    rayon::join(
                        || super::tokens::tokenize_par(src),
                        || NameBook::scan_par(text),
                    )
                },
            )
        } else {
            let (spans, all_tokens) = (find_spans(text), tokenize(src));
            if spans.is_empty()
                && !(0..all_tokens.len())
                    .any(|i| super::cue_sentences::reports_speech(&all_tokens, i))
            {
                return None;
            }
            ((bounds(text), spans), (all_tokens, NameBook::scan(text)))
        };
        // Where each full name is first met (only asked of the full names a
        // lone given name stands for).
        let mut first_met: crate::words::FxHashMap<&str, usize> = Default::default();
        if !book.given_alone.is_empty() {
            for (at, n) in book.full.iter().rev() {
                first_met.insert(n.as_str(), *at);
            }
        }
        // Full names, and surnames after "Mr." or "Ms." (as the full name
        // they stand for, where one is known: "Ms Dunmore-Achebe paused").
        let people = book
            .full
            .iter()
            // (Not "The Nevada Democrat": an epithet, which the subjects
            // below resolve.)
            .filter(|(_, n)| person_like(n) && super::epithets::epithet(n).is_none())
            .cloned()
            .chain(book.titled.iter().map(|(at, n)| {
                let full = book.known(n).map_or_else(|| n.clone(), str::to_string);
                // ("Ms Ellery-Banks" when the surname's full name is her
                // husband's.)
                let h: String = text[*at..]
                    .iter()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                (*at, super::names::with_honorific(&h, n, &full))
            }))
            // "Work on it is led by Lachlan.": a given name alone, after
            // the person named in full with it.
            .chain(book.given_alone.iter().filter_map(|(at, given)| {
                let full = book.by_given(given)?;
                (*first_met.get(full)? < *at).then(|| (*at, full.to_string()))
            }))
            .collect();
        let mut a = Attributor {
            facts: Arc::new(Facts {
                _src: src,
                text,
                book,
                para_starts,
                para_ends,
                sentence_ends,
                // (Made below, while the families are found; until then a
                // token is found by a binary search.)
                token_index: Default::default(),
                all_tokens,
                people,
                cue_sentences: Vec::new(),
                unnamed: Vec::new(),
                family: Default::default(),
                kin: Vec::new(),
                spans,
                ing_cues: Vec::new(),
            }),
            quoted: Vec::new(),
            agents: crate::words::FxHashMap::default(),
            pronoun_gender: Default::default(),
            bodies: Default::default(),
        };
        // Families, relatives, the sentences with a speech verb and the
        // tokens' index are found from the tokens alone: a long article's
        // at once.
        let index = || TokenIndex::new(&a.all_tokens, text.len());
        let (((family, kin), relatives), (cues, token_index)) = if is_long(src) {
            let a = &a;
            rayon::join(
                || rayon::join(|| a.find_family(), || a.relatives_named()),
                || rayon::join(|| a.find_cue_sentences(), index),
            )
        } else {
            (
                (a.find_family(), a.relatives_named()),
                (a.find_cue_sentences(), index()),
            )
        };
        (a.family, a.kin) = (family, kin);
        (a.cue_sentences, a.ing_cues) = cues;
        a.token_index = token_index;
        a.speech_mentions();
        a.subjects();
        a.relatives_genders(relatives);
        a.described();
        Some(a)
    }

    /// People named as speaking anywhere ("Varga said ...", "said Mayor
    /// Calloway"), so a later "she said" resolves to the last of them.
    pub(super) fn speech_mentions(&mut self) {
        // The mention at each speech verb depends on its sentence's words
        // only, and so does the full name it stands for: a long article has
        // them found on all cores.
        let this: &Self = self;
        let mentions_in = |&(_, s, e): &(usize, usize, usize)| {
            let toks = this.tokens(s, e);
            let mut out = Vec::new();
            for (v, t) in toks.iter().enumerate() {
                // Not "People told me to wait" inside a quote: the article's
                // speakers are named outside the quotes.
                if !t.cue || this.in_span(t.pos) {
                    continue;
                }
                let inverted = v == 0 || !toks[v - 1].word;
                let m = backward_speaker(super::phrases::before_verb(toks, v)).or_else(|| {
                    if inverted {
                        forward_speaker(&toks[v + 1..])
                    } else {
                        None
                    }
                });
                // "The Ohio Republican later said": the person named
                // before with that party and state.
                if let Some(Mention::Name(n) | Mention::Phrase(n)) = &m
                    && let Some(who) = this.epithet_person(n, t.pos)
                {
                    out.push((t.pos, Ok(who)));
                    continue;
                }
                match m {
                    Some(Mention::Name(n)) if !super::roles::is_role_phrase(&n) => {
                        let c = this.canon(&n);
                        if person_like(&c) {
                            out.push((t.pos, Ok(c)));
                        } else if let Some(p) = super::given::gendered_speaker_for(&toks[..v]) {
                            // "A spokeswoman for the Farmers' Federation
                            // said": she, unnamed, may be a later "she".
                            out.push((t.pos, Err(p)));
                        }
                    }
                    // "the 41-year-old said" names a known person, no new one.
                    // ("One reporter asked about the trip. “It is still
                    // on,” she said.": the "she" who answers is not the
                    // reporter who asked.)
                    Some(Mention::Phrase(p))
                        if !super::roles::is_role_phrase(&crate::words::lower(&p))
                            && !super::nouns::asks_for_the_press(&p, t.text)
                            && !super::ages::describes_named(&p) =>
                    {
                        out.push((t.pos, Err(p)));
                    }
                    _ => {}
                }
            }
            out
        };
        // Each verb's person (`Ok`), or its unnamed speaker (`Err`).
        type Found = Vec<(usize, Result<String, String>)>;
        let mentions: Vec<Found> = map_all(is_long(self._src), &self.cue_sentences, mentions_in);
        let mut found = Vec::new();
        let mut unnamed = Vec::new();
        for (pos, m) in mentions.into_iter().flatten() {
            match m {
                Ok(c) => found.push((pos, c)),
                Err(p) => unnamed.push((pos, p)),
            }
        }
        for (at, c) in &found {
            self.add_agent(c, *at);
        }
        self.people.extend(found);
        self.unnamed = unnamed;
        self.people.sort_by_key(|(at, _)| *at);
    }

    pub fn run(mut self) -> Vec<Quote> {
        // (The facts are shared, not copied, by the steps below; they are
        // changed no more.)
        let facts = Arc::clone(&self.facts);
        let spans = &facts.spans;
        let inners = map_all(is_long(self._src), spans, |s| {
            super::spans::inner(self.text, s)
        });
        // A quoted title ("told CNN's “State of the Union” that ...") is no
        // quote: it neither ends the words before the next quote nor cuts
        // short those after the previous one.
        let real: Vec<bool> = map_all(is_long(self._src), &inners, |(_, _, t)| !is_title_case(t));
        // What the words around each quote say is read for each on its own
        // (on all cores for a long article); who spoke is then settled in
        // text order, as a pronoun or a carried speaker needs.
        let prepare = |(k, inner): (usize, (usize, usize, String))| {
            real[k].then(|| self.prepare(spans, &real, k, inner))
        };
        let prepared: Vec<Option<Prepared>> = if is_long(self._src) {
            use rayon::prelude::*;
            inners.into_par_iter().enumerate().map(prepare).collect()
        } else {
            inners.into_iter().enumerate().map(prepare).collect()
        };
        // Speakers, mentions and cues: one allocation per distinct name.
        let mut names = Names::default();
        // The reported clauses depend on the facts alone: a long article's
        // are looked for while the direct quotes are attributed.
        let (mut quotes, pending) = if is_long(self._src) {
            rayon::join(
                || self.direct(spans, prepared, &mut names),
                || facts.reported(spans),
            )
        } else {
            (
                self.direct(spans, prepared, &mut names),
                facts.reported(spans),
            )
        };
        drop(facts);
        self.heading_echoes(&mut quotes);
        // (Their names are looked up on all cores; only those not met
        // before are added here.)
        let indirect = self.settle(pending, &names);
        quotes.extend(indirect.into_iter().map(|(mut q, new)| {
            if new {
                names.share(&mut q);
            }
            q
        }));
        names.noun_case_speakers(&mut quotes);
        quotes.sort_by_key(|q| q.start);
        self.drop_owned();
        quotes
    }

    /// The direct quotes' speakers, settled in text order: a pronoun or a
    /// carried speaker depends on the quotes before it.
    fn direct(
        &mut self,
        spans: &[QuoteSpan],
        prepared: Vec<Option<Prepared>>,
        names: &mut Names,
    ) -> Vec<Quote> {
        // (Room for the reported clauses too, at most two a sentence, so
        // that they are added without a copy.)
        let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len() + 2 * self.cue_sentences.len());
        // Who answers in a Q&A, once one answer has been found.
        let mut interviewee: Option<String> = None;
        for (span, p) in spans.iter().zip(prepared) {
            let Some(Prepared {
                para,
                p_start,
                end_para,
                prev_end,
                inner_start,
                inner_end,
                text,
                found,
                mention_at,
            }) = p
            else {
                continue;
            };
            let mut q = Quote {
                kind: Kind::Direct,
                text,
                start: inner_start,
                end: inner_end.max(inner_start),
                paragraph: para,
                cue: None,
                speaker_mention: None,
                speaker: None,
                confidence: 0.3,
                dismissed: false,
            };
            match found {
                Some(((m, cue), conf)) => {
                    q.speaker = self.resolve(&m, mention_at).map(|s| names.name(&s));
                    // "“...” I said that on my first day", in a Q&A's answer.
                    if q.speaker.is_none()
                        && matches!(&m, Mention::Pronoun(p) if p == "i")
                        && let Some(who) = self.interview_self(para, interviewee.as_deref())
                    {
                        q.speaker = Some(names.name(&who));
                        interviewee = Some(who);
                    }
                    // "In a letter, she described the months as “...”." then
                    // "“...,” she wrote.": a "he" or "she" that stands for no
                    // one named goes on with the quote just before, tagged
                    // with the same pronoun (its speaker an unnamed one).
                    if q.speaker.is_none()
                        && let Mention::Pronoun(p) = &m
                        && matches!(p.as_str(), "he" | "she")
                        && let Some(prev) = quotes.last()
                        && prev.paragraph + 1 >= para
                        && prev.speaker_mention.as_deref() == Some(p.as_str())
                    {
                        q.speaker = prev.speaker.clone();
                    }
                    // "The post, which has since been deleted, described
                    // them as “...”", its author not named: the one quoted
                    // just before, from whose writing the article quotes.
                    if q.speaker.is_none()
                        && let Mention::Phrase(p) = &m
                        && super::documents::document_noun(p).is_some()
                        && let Some(prev) = quotes.last()
                        && prev.paragraph + 1 >= para
                        && !prev
                            .speaker
                            .as_ref()
                            .is_some_and(|s| self.document_of_another(p, mention_at, s))
                    {
                        q.speaker = prev.speaker.clone();
                    }
                    // "“Why now, Mr. Beltran?” Lindqvist asked. “Because I
                    // couldn't sleep,” he said.": the answer is not the asker's.
                    if let Some(who) =
                        self.answerer(&m, span.start, quotes.last(), para, &q.speaker, &cue)
                    {
                        q.speaker = who.map(|s| names.name(&s));
                    }
                    if let Mention::Pronoun(p) = &m
                        && let Some(s) = &q.speaker
                        && let Some(o) = self.addressed_other(span.start, p_start, p, s, &cue)
                    {
                        q.speaker = Some(names.name(&o));
                    }
                    if let Mention::Pronoun(_) = &m
                        && let Some(s) = &q.speaker
                        && let Some(o) = self.kin_owner_speaking(s, &q.text)
                    {
                        q.speaker = Some(names.name(&o));
                    }
                    // "She gave me an address for Tobin's sister, Mirela Frayne.
                    // “I cannot believe Mirela would ...,” she said.": not
                    // the one the quote speaks of.
                    if let Mention::Pronoun(p) = &m
                        && let Some(s) = &q.speaker
                        && super::people::spoken_of(s, &q.text)
                        && let Some(o) = self.other_person(mention_at, p, s)
                    {
                        q.speaker = Some(names.name(&o));
                    }
                    if let Mention::Pronoun(p) = &m {
                        self.learn_gender(p, q.speaker.as_deref());
                    }
                    q.confidence = if matches!(m, Mention::Pronoun(_)) {
                        0.75
                    } else {
                        conf
                    };
                    q.speaker_mention = Some(names.name(Facts::mention_str(&m)));
                    q.cue = Some(names.name(&cue));
                }
                None => {
                    // The previous quote's speaker, if it is in this or the previous paragraph.
                    // (Into the next paragraph, not to words quoted inside a
                    // sentence about something else: "The law requires
                    // outlets to register as “agents of foreign influence.”")
                    // (From where it ends: "“...\n\n“... out loud.”" then
                    // "On legal aid: “...”".)
                    let carried = quotes
                        .last()
                        .filter(|p| {
                            let pe = self.paragraph_of(p.end.saturating_sub(1));
                            // ("“To the office,” she said. / “And what
                            // happened?” / “Nothing happened.”": past the
                            // other side's short question, the answer.)
                            (pe + 1 >= para || (pe + 2 == para && self.lone_question(pe + 1)))
                                && p.speaker.is_some()
                        })
                        .filter(|p| {
                            p.paragraph == para
                                || !self.inside_other_sentence(span.start, p_start, prev_end)
                        })
                        // ("“...,” read a sign held by one protester.": no
                        // one's words.)
                        .filter(|_| !self.inscribed_after(span.end));
                    // "The union's leader said ... / “...” / Those were the
                    // words of Ada X, ...": a name the paragraph after the
                    // quote gives outranks a lead-in that only describes.
                    // (So does one that outranks a paragraph before it that
                    // ends in a full stop: "Henrike X said ... / “...” /
                    // With those words, state Sen. Y ended ...".)
                    let lead = self.lead_in(span.start, p_start, prev_end);
                    let named_after = (matches!(lead, Some(((Mention::Phrase(_), _), _)) | None)
                        || self.after_full_stop(span.start, p_start, para, end_para))
                    .then(|| self.named_just_after(span, p_start, end_para))
                    .flatten();
                    let lead = match &named_after {
                        Some(m @ Mention::Name(_)) => Some(((m.clone(), "said".to_string()), 0.5)),
                        _ => lead,
                    };
                    if let Some(((m, cue), conf)) = lead {
                        q.speaker = self.resolve(&m, span.start).map(|s| names.name(&s));
                        // ("“I have,” she said. “But ...”" after a question
                        // "X asked": the tag of a short answer, not the asker.)
                        if let Some(who) =
                            self.answerer(&m, span.start, quotes.last(), para, &q.speaker, &cue)
                        {
                            q.speaker = who.map(|s| names.name(&s));
                        }
                        q.speaker_mention = Some(names.name(Facts::mention_str(&m)));
                        q.cue = Some(names.name(&cue));
                        q.confidence = conf;
                    } else if let Some(m) = named_after {
                        q.speaker = self.resolve(&m, span.start).map(|s| names.name(&s));
                        q.speaker_mention = Some(names.name(Facts::mention_str(&m)));
                        q.cue = Some(names.name("said"));
                        q.confidence = 0.5;
                    } else if let Some(who) = self.interview_answer(span, interviewee.as_deref()) {
                        q.speaker = Some(names.name(&who));
                        q.speaker_mention = Some(names.name(&who));
                        q.confidence = 0.5;
                        interviewee = Some(who);
                    } else if let Some((m, who)) = self.subject_of(span.start, p_start, prev_end) {
                        q.speaker = Some(names.name(&who));
                        q.speaker_mention = Some(names.name(Facts::mention_str(&m)));
                        q.confidence = 0.55;
                    } else if let Some(who) = self
                        .opens_paragraph(span.start, p_start)
                        .then(|| self.last_subject_before(span.start, prev_end))
                        .flatten()
                        .filter(|_| carried.is_some())
                    {
                        q.speaker = Some(names.name(&who));
                        q.speaker_mention = Some(names.name(&who));
                        q.confidence = 0.55;
                    } else if let Some(p) = carried {
                        q.speaker = p.speaker.clone();
                        q.speaker_mention = p.speaker_mention.clone();
                        q.cue = p.cue.clone();
                        q.confidence = 0.6;
                    } else if let Some(m) = self.spoke_just_after(span, p_start, end_para) {
                        q.speaker = self.resolve(&m, span.start).map(|s| names.name(&s));
                        q.speaker_mention = Some(names.name(Facts::mention_str(&m)));
                        q.cue = Some(names.name("said"));
                        q.confidence = 0.5;
                    } else if self.opens_paragraph(span.start, p_start)
                        // A quote right after one in the previous paragraph
                        // goes on with that statement, not the next speaker's.
                        && quotes.last().is_none_or(|p| p.paragraph + 1 < para)
                        && let Some(((m, cue), _)) = self.next_paragraph_speaker(end_para)
                    {
                        q.speaker = self.resolve(&m, span.start).map(|s| names.name(&s));
                        q.speaker_mention = Some(names.name(Facts::mention_str(&m)));
                        q.cue = Some(names.name(&cue));
                        q.confidence = 0.5;
                    }
                }
            }
            // A name, not a phrase ("Ford's now-deceased father").
            if let Some(s) = &q.speaker
                && person_like(s)
                && s.contains(' ')
                && s.rsplit(' ').next().is_some_and(is_name_word)
            {
                // ("The contractor, Castellan Aerospace, denied it. “...,”
                // the company said.": a business, whatever its name looks
                // like.)
                if q.speaker_mention
                    .as_deref()
                    .is_some_and(super::companies::names_a_body)
                {
                    self.bodies.insert(String::from(&**s));
                } else {
                    self.quoted.push((span.start, String::from(&**s)));
                    self.add_agent(s, span.start);
                }
            }
            quotes.push(q);
        }
        quotes
    }

    /// Frees what the attributor owns: for a long article on a worker
    /// thread, so that the tens of thousands of names and phrases it holds
    /// are not freed one by one while the reader waits for its quotes.
    fn drop_owned(mut self) {
        if !is_long(self._src) {
            return;
        }
        let owned = (
            std::mem::take(&mut self.book),
            std::mem::take(&mut self.people),
            std::mem::take(&mut self.quoted),
            std::mem::take(&mut self.agents),
            std::mem::take(&mut self.unnamed),
            std::mem::take(&mut self.family),
            std::mem::take(&mut self.kin),
            std::mem::take(&mut self.pronoun_gender),
            std::mem::take(&mut self.spans),
            std::mem::take(&mut self.cue_sentences),
        );
        rayon::spawn(move || drop(owned));
    }
}

/// Is a token a quote mark of either direction?
pub(super) fn is_close_or_open(t: &str) -> bool {
    t.chars().any(|c| is_close(c) || matches!(c, '«' | '„'))
}

pub(super) fn is_close(c: char) -> bool {
    matches!(c, '”' | '"' | '»' | '“')
}
