//! Who spoke a quote with no speech tag of its own: the sentence or
//! paragraph before it, the subject of its sentence, a name just after it,
//! or the speaker of the next paragraph.

use super::attrib::{Attributor, is_close, is_close_or_open};
use super::phrases::{Mention, backward_speaker, person_like, speaker_in};
use super::shapes::{back_reference, sentence_subject};
use super::spans::QuoteSpan;

impl Attributor<'_> {
    /// The speaker of the sentence before a quote that opens a sentence:
    /// "Green said it was a long wait. “We have waited years.”", and
    /// "Judge Whitfield wrote:" ending the paragraph before. Not past an
    /// earlier quote.
    pub(super) fn lead_in(
        &self,
        at: usize,
        p_start: usize,
        prev_end: usize,
    ) -> Option<((Mention, String), f32)> {
        let s0 = self.sentence_start(at, p_start);
        // "..., Howitt says. Just because scientists found them first,
        // “that doesn't mean ...”": words that finish a sentence with no
        // speaker of its own after a comma go on with the sentence before,
        // when a speech tag names its speaker.
        let before = self.tokens(s0, at);
        let finishes = before.iter().any(|t| t.word);
        if finishes && !(s0 > p_start && self.finishes_untagged(before, at)) {
            return None;
        }
        // A quote that opens its paragraph may take the speaker of the
        // paragraph before: one that ends with a colon ("Judge Whitfield
        // wrote:"), or with a sentence of reported speech ("Its secretary,
        // Ada Varga, said the survey had missed whole grounds."), which the
        // quote goes on with.
        let mut reported = false;
        let (from, to) = if s0 > p_start {
            (self.sentence_start(s0 - 1, p_start), s0)
        } else {
            let para = self.paragraph_of(at);
            let (ps, pe) = self.para_bounds(para.checked_sub(1)?);
            let last = self.text[ps..pe].iter().rposition(|c| !c.is_whitespace())?;
            match self.text[ps + last] {
                ':' => {}
                '.' => reported = true,
                _ => return None,
            }
            (self.sentence_start(ps + last, ps), pe)
        };
        if from < prev_end {
            return None;
        }
        // "“It's about time,” said Rev. Thomas Green.": a quote too short to
        // count; its tag still names the speaker. (A sentence of reported
        // speech is read whole: words it quotes are part of it.)
        let from = if reported {
            from
        } else {
            self.text[from..to]
                .iter()
                .rposition(|&c| is_close(c))
                .map_or(from, |k| from + k + 1)
        };
        let toks = self.tokens(from, to);
        if finishes {
            return speaker_in(toks).map(|x| (x, 0.45));
        }
        if reported {
            // "The minister, Rosalind X, made the following statement to
            // the Assembly.": the statement that follows is hers.
            if announces_statement(toks)
                && let Some(m @ Mention::Name(_)) = sentence_subject(toks)
                && let Some(who) = self.resolve(&m, at)
                && person_like(&who)
            {
                return Some(((m, "said".into()), 0.5));
            }
            if let Some(who) = self
                .one_sentence_about(from, to, at)
                .or_else(|| self.reaction_before(toks, at))
            {
                return Some(((Mention::Name(who), "said".into()), 0.5));
            }
            // The sentence reports speech: its verb has a speaker and words
            // of its own after it, and it holds no quote.
            let v = toks.iter().position(|t| t.cue)?;
            // "Critics say the deals you struck were thin.": an
            // interviewer's prompt, put to "you", is not the answer's
            // lead-in.
            if addresses_you(toks) {
                return None;
            }
            // Not a passive verb ("a story ... is told by their children").
            let passive = v > 0
                && matches!(
                    toks[v - 1].lower().as_ref(),
                    "is" | "was" | "are" | "were" | "be" | "been" | "being"
                );
            // A quote of its own before the verb; words quoted inside the
            // clause ("said the messages were “unkind and indefensible”")
            // are still reported speech.
            if passive
                || toks[..v]
                    .iter()
                    .any(|t| !t.word && is_close_or_open(t.text))
                || toks[v + 1..].iter().filter(|t| t.word).count() < 3
            {
                return None;
            }
            // A person the article shows speaking or acting, or a full name
            // with a known given name: not a book's title ("Growing Up
            // Weightless ... is told by").
            let x = speaker_in(toks)?;
            if let m @ Mention::Name(_) = &x.0 {
                let who = self.resolve(m, at)?;
                let known = self.agents.contains_key(&who)
                    || who
                        .split_once(' ')
                        .is_some_and(|(first, _)| super::given::is_given_name(first));
                if !(known && person_like(&who)) {
                    return None;
                }
            }
            return Some((x, 0.45));
        }
        speaker_in(toks)
            .map(|x| (x, 0.55))
            .or_else(|| owner_of_words(toks).map(|m| ((m, "said".into()), 0.5)))
            // "Tobias X, 71, retired farmer, waiting 88 weeks:" over a
            // paragraph that is a quote: the person the line introduces.
            .or_else(|| {
                (s0 <= p_start)
                    .then(|| self.introduced_by(toks, at))
                    .flatten()
                    .map(|m| ((m, "said".into()), 0.5))
            })
            .or_else(|| {
                // "Moravec-Idowu shrugged off the remark. “...”": a quote with
                // no tag after a sentence about a person, in its paragraph.
                if s0 == p_start || toks.iter().any(|t| !t.word && is_close_or_open(t.text)) {
                    return None;
                }
                // ("She doesn't hesitate. “...”": "he" or "she" too; "X was
                // careful. “...”": a sentence that describes them.)
                let m = super::sentence_subject::lead_in_subject(toks)?;
                if !matches!(&m, Mention::Name(_))
                    && !matches!(&m, Mention::Pronoun(p) if p == "he" || p == "she")
                {
                    return None;
                }
                let who = self.resolve(&m, at)?;
                (self.agents.contains_key(&who) && person_like(&who))
                    .then_some(((m, "said".into()), 0.5))
            })
    }

    /// Whether the quote at `at` finishes the sentence `before` starts: a
    /// comma right before it, no speech verb, name or quote of more than
    /// three words before it, and words in small letters that go on with
    /// the sentence.
    fn finishes_untagged(&self, before: &[super::tokens::Token<'_>], at: usize) -> bool {
        // (A word or two in quote marks may stand in it: "aware of
        // “taste” receptors".)
        let mut quoted = 0;
        let mut inside = false;
        for t in before {
            if !t.word && is_close_or_open(t.text) {
                inside = !inside;
            } else if inside && t.word {
                quoted += 1;
            }
        }
        !inside
            && quoted <= 3
            && before.last().is_some_and(|t| t.is(","))
            && before.len() <= 30
            && !before.iter().any(|t| {
                t.cue
                    || (t.word
                        && t.pos > before[0].pos
                        && super::names::is_name_word(t.text)
                        && !super::names::is_title(t.text))
            })
            && self.text[at..]
                .iter()
                .take(4)
                .find(|c| c.is_alphabetic())
                .is_some_and(|c| c.is_lowercase())
    }

    /// A line that opens with a person's full name and a comma and ends
    /// with a colon, with no verb of speech ("Marguerite X, 34, teacher,
    /// waiting 40 weeks for surgery:"): that person, when the name is all
    /// name words and the article knows it as a full name.
    fn introduced_by(&self, toks: &[super::tokens::Token<'_>], at: usize) -> Option<Mention> {
        let c = toks.iter().take(6).position(|t| t.is(","))?;
        if c < 2
            || toks.iter().filter(|t| t.word).count() > 30
            || !toks[..c].iter().all(|t| {
                t.word && super::names::is_name_word(t.text) && !super::names::is_title(t.text)
            })
        {
            return None;
        }
        let m = Mention::Name(super::phrases::join(&toks[..c]));
        let who = self.resolve(&m, at)?;
        (who.contains(' ') && person_like(&who)).then_some(m)
    }

    /// The person named (or "he"/"she") as the subject of the sentence a
    /// quote stands in, when that sentence starts before the quote and no
    /// earlier quote stands in it.
    pub(super) fn subject_of(
        &self,
        at: usize,
        p_start: usize,
        prev_end: usize,
    ) -> Option<(Mention, String)> {
        let s0 = self.sentence_start(at, p_start);
        let toks = self.tokens(s0, at);
        // Past an earlier quote in the sentence, only a clause that opens
        // after it has a subject of its own.
        let (m, clause) = match clause_subject(toks) {
            Some((m, opens)) if opens >= prev_end => (m, true),
            _ if s0 < prev_end => return None,
            // (Not when someone else in the sentence called the subject
            // what is quoted: "in which critics accused him of “...”".)
            _ if let Some(other) = super::subject_words::called_by_another(toks) => (other?, true),
            // ("The plan was described by X as “...”": the agent.)
            _ if let Some(agent) = super::subject_words::passive_agent(toks) => (agent, true),
            _ => (sentence_subject(toks)?, false),
        };
        // ("She accused the bill's author, Sen. Lucian X, of “...”": a
        // pronoun stands for someone named before it, not before the quote.)
        let from = match &m {
            Mention::Pronoun(p) => toks
                .iter()
                .find(|t| t.word && t.lower() == p.as_str())
                .map_or(at, |t| t.pos),
            _ => at,
        };
        let who = self.resolve(&m, from)?;
        // A clause's subject is named where the clause says it is: a body
        // ("the Trade Union Council") as well as a person.
        if clause || matches!(m, Mention::Phrase(_)) {
            return Some((m, who));
        }
        // Someone the article has shown speaking or described as a person
        // ("Vanterpool, who ..."), or a full name with a known given name;
        // not "Specs" or "Former" opening a sentence.
        let known = self.agents.contains_key(&who)
            || who
                .split_once(' ')
                .is_some_and(|(first, _)| super::given::is_given_name(first));
        (known && person_like(&who)).then_some((m, who))
    }

    /// "... told us the commission was “...” Asked about that, Osei-Lindgren
    /// smiled.", then a paragraph that is a quote: the person who is the
    /// subject of the previous paragraph's last sentence, when that sentence
    /// comes after the last quote (which ended at `prev_end`).
    pub(super) fn last_subject_before(&self, at: usize, prev_end: usize) -> Option<String> {
        let para = self.paragraph_of(at).checked_sub(1)?;
        let (ps, pe) = self.para_bounds(para);
        if prev_end < ps || prev_end >= pe {
            return None;
        }
        // The sentence that opens after the quote.
        let first = self.tokens(prev_end, pe).iter().find(|t| t.word)?;
        let (_, who) = self.subject_at(first.pos)?;
        // No one else named after it in the paragraph.
        let others = self.book.full[self.book.full.partition_point(|(a, _)| *a <= first.pos)..]
            .iter()
            .take_while(|(a, _)| *a < pe)
            .any(|(_, n)| *n != who);
        (!others && self.agents.contains_key(who.as_str()) && person_like(&who)).then_some(who)
    }

    /// A Q&A: a quote that is its whole paragraph, under a paragraph of the
    /// interviewer's with no quote in it, is the interviewee's. That is
    /// `interviewee`, who gave the last such answer, after a question or
    /// any short line; or, under a question, the person the article names
    /// first, in its first three paragraphs, when the question names no one.
    pub(super) fn interview_answer(
        &self,
        span: &QuoteSpan,
        interviewee: Option<&str>,
    ) -> Option<String> {
        let para = self.paragraph_of(span.start);
        let (ps, pe) = self.para_bounds(para);
        let words =
            |from: usize, to: usize| self.text[from..to].iter().any(|c| c.is_alphanumeric());
        // ("A: “...”": the answer's label.)
        let label = self.text[ps..span.start]
            .iter()
            .position(|c| !c.is_whitespace())
            .filter(|&k| self.text[ps + k] == 'A');
        let from = label
            .filter(|&k| matches!(self.text.get(ps + k + 1), Some(':' | '.' | ' ' | '-' | '—')))
            .map_or(ps, |k| ps + k + 1);
        if words(from, span.start) || words(span.end.min(pe), pe) {
            return None;
        }
        let (qs, qe) = self.para_bounds(para.checked_sub(1)?);
        let question = &self.text[qs..qe];
        let last = question.iter().rev().find(|c| !c.is_whitespace());
        let (asks, short) = self.question_shape(para - 1);
        // Once the interview is under way, a question is the
        // interviewer's, though it quotes or names someone ("Your
        // predecessor, X, said the talks were “going nowhere fast.” Was
        // he right?").
        if asks && let Some(who) = interviewee {
            return Some(who.to_string());
        }
        if question
            .iter()
            .any(|&c| is_close(c) || matches!(c, '«' | '„'))
        {
            return None;
        }
        // "... contains the following statement:": a lead-in, not a question.
        if last == Some(&':') {
            return None;
        }
        // A line that names someone ("Smith disagreed.") may be theirs.
        // (A name: not the noun of "Critics say ...".)
        let named = |list: &[(usize, String)]| {
            list.iter().any(|(at, n)| {
                (qs..qe).contains(at) && !super::names::is_speaker_noun(&crate::words::lower(n))
            })
        };
        if named(&self.book.full) || named(&self.people) {
            return None;
        }
        // "Critics say the deals you struck were thin.": a prompt put to
        // the interviewee, as a question is.
        let addresses = short && addresses_you(self.tokens(qs, qe));
        match interviewee {
            Some(who) if asks || short => Some(who.to_string()),
            None if asks || addresses => self.first_interviewee(),
            _ => None,
        }
    }

    /// "Protection. “No judge should ...” I said that on my first day":
    /// in a Q&A, the "I" of an answer (the paragraph under a question, or
    /// under a prompt put to "you") is the interviewee: `interviewee`, or
    /// the person the Q&A's introduction names, before its first question.
    pub(super) fn interview_self(&self, para: usize, interviewee: Option<&str>) -> Option<String> {
        let prompt = |k: usize| {
            let (qs, qe) = self.para_bounds(k);
            let (asks, short) = self.question_shape(k);
            qe > qs && (asks || (short && addresses_you(self.tokens(qs, qe))))
        };
        let mut first = para.checked_sub(1).filter(|&k| prompt(k))?;
        if let Some(who) = interviewee {
            return Some(who.to_string());
        }
        // The Q&A's first prompt, every other paragraph back (up to a
        // hundred pairs: not the whole of a long transcript for each "I");
        // the person its introduction names, in the three paragraphs
        // before it.
        let mut pairs = 0;
        while first >= 2 && pairs < 100 && prompt(first - 2) {
            first -= 2;
            pairs += 1;
        }
        (first.saturating_sub(3)..first).rev().find_map(|k| {
            let (ps, pe) = self.para_bounds(k);
            let full = &self.book.full;
            full[full.partition_point(|(at, _)| *at < ps)..]
                .iter()
                .take_while(|(at, _)| *at < pe)
                .find(|(at, n)| person_like(n) && (self.verb_after(*at, n) || self.apposed(*at, n)))
                .map(|(_, n)| n.clone())
        })
    }

    /// Does paragraph `k` end in a question mark, and is it short (30
    /// words or fewer), as an interviewer's line is?
    fn question_shape(&self, k: usize) -> (bool, bool) {
        let (qs, qe) = self.para_bounds(k);
        let question = &self.text[qs..qe];
        let asks = question.iter().rev().find(|c| !c.is_whitespace()) == Some(&'?');
        let short = question
            .split(|c| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .count()
            <= 30;
        (asks, short)
    }

    /// The person the article names first, in its first three paragraphs,
    /// as the subject of a verb: who a Q&A is with.
    fn first_interviewee(&self) -> Option<String> {
        self.book
            .full
            .iter()
            .find(|(_, n)| person_like(n) && self.agents.contains_key(n.as_str()))
            .filter(|(at, n)| self.paragraph_of(*at) <= 2 && self.verb_after(*at, n))
            .map(|(_, n)| n.clone())
    }

    /// Is the name at `at` set off by commas before a verb ("The new
    /// attorney general, X, took office")?
    fn apposed(&self, at: usize, n: &str) -> bool {
        let end = at + n.chars().count();
        at >= 2
            && self.text[at - 2..at] == [',', ' ']
            && self.text.get(end..end + 2) == Some(&[',', ' '][..])
            && self.text.get(end + 2).is_some_and(|c| c.is_lowercase())
    }

    pub(super) fn next_paragraph_speaker(&self, para: usize) -> Option<((Mention, String), f32)> {
        let (s, e) = self.para_bounds(para + 1);
        if s >= e {
            return None;
        }
        let first_end = self.sentence_end(s, e);
        let toks = self.tokens(s, first_end);
        // "“...” / That was the message from Mayor Lucinda Abernathy on
        // Tuesday": the quote's speaker named in the sentence about it.
        if let Some(m) = back_reference(toks) {
            return Some(((m, "said".to_string()), 0.5));
        }
        // Only "NAME VERB" at the very start of the paragraph.
        let v = toks.iter().position(|t| t.cue)?;
        if v > 20 {
            return None;
        }
        backward_speaker(super::phrases::before_verb(toks, v))
            .filter(|m| !matches!(m, Mention::Pronoun(_)))
            .map(|m| ((m, toks[v].lower().into_owned()), 0.5))
    }
}

/// "... made the following statement", "... issued the following
/// remarks": a sentence that announces the words after it.
fn announces_statement(toks: &[super::tokens::Token<'_>]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        t.is("following")
            && toks[k + 1..].iter().take(2).any(|n| {
                matches!(
                    n.text,
                    "statement" | "remarks" | "message" | "letter" | "words" | "speech" | "address"
                )
            })
    })
}

/// An honorific or a knighthood before a name: "Ms", "Dame".
pub(super) fn knighted(w: &str) -> bool {
    super::names::is_honorific(w) || matches!(w, "Sir" | "Dame")
}

/// Does a line speak to "you" ("Critics say the deals you struck were
/// thin.", "You've been called ...")? Then it is an interviewer's.
fn addresses_you(toks: &[super::tokens::Token<'_>]) -> bool {
    toks.iter()
        .any(|t| matches!(t.lower().as_ref(), "you" | "your" | "you've" | "you’ve"))
}

/// The subject of a clause that a quote with no speech verb ends in, when
/// it is not the sentence's, and where the clause opens: "..., the shadow
/// chancellor, Rupert Vance, who accused her of “...”" (who the relative
/// clause is about), and "..., while the Trade Union Council welcomed it
/// as “...”".
fn clause_subject(toks: &[super::tokens::Token<'_>]) -> Option<(Mention, usize)> {
    // The clause opens a few dozen words before its quote at most: a
    // sentence of thousands of quotes and no comma is not read back to its
    // start for each of them.
    let lo = toks.len().saturating_sub(60);
    let k = lo + toks[lo..].iter().rposition(|t| t.is(","))?;
    // "... create jobs,” while": past a quote's closing mark.
    let o = k
        + 1
        + toks[k + 1..]
            .iter()
            .take_while(|t| is_close_or_open(t.text))
            .count();
    let opener = toks.get(o)?;
    let rest = &toks[o + 1..];
    let m = match opener.text {
        "who" if k > 0 => match backward_speaker(&toks[..k])? {
            m @ Mention::Name(_) => m,
            _ => return None,
        },
        "while" | "whereas" | "when" => {
            // The words up to the clause's verb, in small letters: the first
            // after a name ("when opposition leader Naledi Byrne accused").
            let small = |t: &super::tokens::Token<'_>| {
                t.word && t.text.starts_with(char::is_lowercase) && !t.is("the")
            };
            let v = (1..rest.len())
                .find(|&v| {
                    small(&rest[v])
                        && rest[v - 1].word
                        && super::names::is_name_word(rest[v - 1].text)
                })
                .or_else(|| rest.iter().position(small))?;
            match backward_speaker(&rest[..v])? {
                // "when" opens a clause about a time: only a person speaks.
                Mention::Name(n) if opener.text != "when" || person_like(&n) => Mention::Name(n),
                m @ Mention::Phrase(_) if opener.text != "when" => m,
                _ => return None,
            }
        }
        _ => return None,
    };
    Some((m, opener.pos))
}

/// "Her remarks, in part:", "Ambrose-Whitfield's statement reads:": whose
/// words a lead-in ending in a colon brings.
pub(super) fn owner_of_words(toks: &[super::tokens::Token<'_>]) -> Option<Mention> {
    if !toks.last().is_some_and(|t| t.is(":")) {
        return None;
    }
    let words: Vec<&super::tokens::Token<'_>> = toks.iter().filter(|t| t.word).collect();
    let n = words.iter().take(4).position(|t| {
        matches!(
            t.lower().as_ref(),
            "remarks"
                | "statement"
                | "speech"
                | "address"
                | "letter"
                | "message"
                | "note"
                | "post"
                | "words"
                | "testimony"
                | "comments"
                | "email"
                | "reply"
                | "response"
                | "answer"
                | "retort"
        )
    })?;
    // ("X's message to the crowd was clear:": a link verb and a word or
    // two that describe the words may end a longer lead-in.)
    let described = words.len() <= n + 14
        // ("was just as short").
        && words[words.len().saturating_sub(4)..]
            .iter()
            .any(|t| matches!(t.text, "was" | "is"));
    if (words.len() > n + 4 && !described) || !toks.last().is_some_and(|t| t.is(":")) {
        return None;
    }
    let owner = &words[..n];
    let pronoun = match owner {
        [p] => match p.lower().as_ref() {
            "her" => Some("she"),
            "his" => Some("he"),
            "their" => Some("they"),
            _ => None,
        },
        _ => None,
    };
    match pronoun {
        Some(p) => Some(Mention::Pronoun(p.into())),
        None => {
            let last = owner.last()?;
            // "The organisers' reply, posted online, was short:": a
            // plural's possessive mark.
            if let [the, noun] = owner
                && the.text.eq_ignore_ascii_case("the")
                && super::names::is_speaker_noun(noun.text)
                && toks
                    .iter()
                    .find(|t| t.pos > noun.pos)
                    .is_some_and(|m| matches!(m.text, "'" | "’"))
            {
                return Some(Mention::Phrase(noun.text.to_string()));
            }
            let name = super::phrases::owner_of(last.text)?;
            // "The mayor's statement was brief:": the office's holder.
            if let [the, _] = owner
                && the.text.eq_ignore_ascii_case("the")
                && super::roles::is_role(name)
            {
                return Some(Mention::Phrase(format!("the {name}")));
            }
            let mut parts: Vec<&str> = owner[..owner.len() - 1].iter().map(|t| t.text).collect();
            parts.push(name);
            parts
                .iter()
                .all(|w| super::phrases::is_speaker_name_word(w) || super::names::is_title(w))
                .then(|| Mention::Name(parts.join(" ")))
        }
    }
}
