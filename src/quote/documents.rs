//! Documents as speakers: "the statement said" is whoever issued the
//! statement named before; "the bureau's report said" is the bureau.

use super::attrib::Attributor;

/// The verbs for putting a document out ("issued a statement", "a letter,
/// sent by ...,").
const PUT_OUT: &[&str] = &["issued", "released", "sent", "published", "posted"];

/// Is `noun` (lowercase) a document someone puts out ("statement",
/// "letter", "post")?
pub(super) fn is_document(noun: &str) -> bool {
    matches!(
        noun,
        "statement"
            | "letter"
            | "email"
            | "post"
            | "memo"
            | "note"
            | "message"
            | "release"
            | "video"
    )
}

/// Is `toks[i]` a participle right after a document's noun ("a statement
/// posted on its website", "a letter sent to members")? Its phrase
/// describes the document; it is no verb of the sentence.
pub(super) fn participle_after_document(toks: &[super::tokens::Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    i >= 1
        && t.word
        && t.text.starts_with(char::is_lowercase)
        && (t.text.ends_with("ed") || matches!(t.text, "sent" | "put" | "read"))
        && is_document(&toks[i - 1].lower())
}

/// Is `noun` (lowercase) a document, or a piece of research, that a body
/// puts out ("a report from X", "a study by X")?
pub(super) fn is_published(noun: &str) -> bool {
    is_document(noun) || matches!(noun, "report" | "study" | "survey" | "analysis")
}

/// "the statement", "the letter": a document, whose noun this returns.
pub(super) fn document_noun(phrase: &str) -> Option<&str> {
    let (det, noun) = phrase.split_once(' ')?;
    (matches!(det, "the" | "The" | "that" | "That") && is_document(noun)).then_some(noun)
}

/// "A joint statement from the two unions", "the letter by Sen. X": the
/// words after the document's "from" or "by", which name who put it out.
pub(super) fn document_from(phrase: &str) -> Option<&str> {
    // ("statement from the company", as a sentence's words after "A
    // statement" give it: no determiner.)
    let mut rest = match phrase.split_once(' ')? {
        ("a" | "A" | "an" | "An" | "the" | "The", rest) => rest,
        _ => phrase,
    };
    // ("a joint statement", "the open letter": up to two words before it.)
    for _ in 0..3 {
        let (w, after) = rest.split_once(' ')?;
        if is_published(w) {
            let (prep, body) = after.split_once(' ')?;
            return matches!(prep, "from" | "by").then_some(body);
        }
        // ("a 2018 survey".)
        if !w
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return None;
        }
        rest = after;
    }
    None
}

/// "His report", "her letter": a document owned by "he" or "she", whose
/// author the pronoun names.
pub(super) fn pronoun_owned_document(phrase: &str) -> Option<super::given::Gender> {
    let (owner, noun) = phrase.split_once(' ')?;
    let g = super::owners::owner_gender(owner)?;
    is_published(noun).then_some(g)
}

impl Attributor<'_> {
    /// "A statement from the governor's office backed the speaker. “...,”
    /// it read.": the body a document the sentence before opens with comes
    /// from (in the quote's paragraph), else its author.
    pub(super) fn document_just_before(&self, pos: usize) -> Option<String> {
        // (Or the paragraph before's last sentence, when the quote opens
        // its own: "Now they have put out another statement.\n\n“...,” it
        // says.")
        let (s1, s0) = self.sentence_before(pos)?;
        let toks = self.tokens(s1, s0);
        let [det, noun, rest @ ..] = toks else {
            return None;
        };
        if !(matches!(det.lower().as_ref(), "a" | "an" | "the") && is_document(&noun.lower())) {
            // "X released a statement during the meeting. “...,” it
            // read.": the one who issued it.
            let issued = toks.windows(2).find(|w| {
                matches!(w[0].lower().as_ref(), "a" | "an" | "another")
                    && is_document(&w[1].lower())
            })?;
            return self.document_author(&format!("the {}", issued[1].lower()), pos);
        }
        match rest {
            // "A statement from the state governor's office": that office.
            [from, body @ ..] if matches!(from.text, "from" | "by") => {
                let verb = body
                    .iter()
                    .position(|t| {
                        !t.word
                            || t.text.starts_with(char::is_lowercase)
                                && (t.cue
                                    || t.text.ends_with("ed")
                                    || super::phrases::VERBS.contains(&t.text)
                                    || matches!(t.text, "has" | "had" | "is" | "was"))
                    })
                    .unwrap_or(body.len());
                let phrase = super::phrases::join(&body[..verb]);
                (!phrase.is_empty()).then(|| {
                    phrase
                        .strip_prefix("the ")
                        .or_else(|| phrase.strip_prefix("The "))
                        .unwrap_or(&phrase)
                        .to_string()
                })
            }
            // "The letter, signed by 140 economists, was sent ...": its
            // signers.
            _ => self
                .signers(rest)
                .or_else(|| self.document_author(&format!("the {}", noun.lower()), pos)),
        }
    }

    /// "X said in a statement that ... “...,” the statement said": who
    /// spoke in the sentence that last named that document, in this
    /// paragraph or the one before ("the US military said in a statement"
    /// is the military); no one else.
    pub(super) fn document_author(&self, phrase: &str, pos: usize) -> Option<String> {
        let noun = document_noun(phrase)?;
        if let Some(who) = self.signed_by(noun, pos) {
            return Some(who);
        }
        let para = self.paragraph_of(pos);
        let from = self.para_bounds(para.saturating_sub(1)).0;
        let toks = &self.all_tokens[..self.tokens_before(pos)];
        let first = toks.partition_point(|t| t.pos < from);
        // "in a statement", "issued a statement": not "the statement said".
        // ("a lengthy statement", "a short written statement": up to two
        // words in lowercase between.)
        let indefinite = |k: usize| {
            (1..=3).any(|d| {
                k >= d
                    && matches!(
                        toks[k - d].text,
                        "a" | "an" | "A" | "An" | "another" | "Another"
                    )
                    && toks[k - d + 1..k]
                        .iter()
                        .all(|t| t.word && t.text.starts_with(char::is_lowercase))
            })
        };
        let k = (first..toks.len())
            .rev()
            .find(|&k| toks[k].is(noun) && indefinite(k))?;
        let at = toks[k].pos;
        let (p_start, p_end) = self.para_bounds(self.paragraph_of(at));
        let sentence = self.tokens(self.sentence_start(at, p_start), at);
        let m = super::phrases::speaker_in(sentence)
            .map(|(m, _)| m)
            .or_else(|| super::shapes::sentence_subject(sentence))
            // "The union released a statement.": who put it out.
            // ("Her lawyer read a statement", "put out a statement".)
            .or_else(|| {
                let v = sentence.iter().rposition(|t| {
                    t.word && (PUT_OUT.contains(&t.text) || matches!(t.text, "put" | "read"))
                })?;
                (sentence.len() - v <= 4)
                    .then(|| super::phrases::backward_speaker(&sentence[..v]))
                    .flatten()
            })
            // "In a letter to the minister, Gen. X wrote that ...": the
            // writer after the document.
            .or_else(|| {
                let rest = self.tokens(at, self.sentence_end(at, p_end));
                // ("In a statement posted on its website on Friday, he
                // said": the participle's phrase after the document is no
                // speaker; the words after its comma are.)
                let rest = if rest.len() > 1 && participle_after_document(rest, 1) {
                    let c = rest.iter().take(16).position(|t| t.is(","))?;
                    &rest[c + 1..]
                } else {
                    rest
                };
                super::phrases::speaker_in(rest).map(|(m, _)| m)
            });
        let Some(m) = m else {
            // "Mr Kimberley, in a brief statement, said he accepted the
            // decision.": the person the sentence's speech verb has.
            let (s, e) = (
                self.sentence_start(at, p_start),
                self.sentence_end(at, p_end),
            );
            let people = &self.people[self.people.partition_point(|(p, _)| *p < s)..];
            return people
                .iter()
                .take_while(|(p, _)| *p < e)
                .last()
                .map(|(_, n)| n.clone());
        };
        self.resolve(&m, at)
    }
    /// "The letter, signed by 40 economists, said:", "The statement,
    /// issued by the mayor's office, said": who the participle's phrase
    /// right after the document's noun, in the sentence before `pos`, says
    /// wrote it.
    fn signed_by(&self, noun: &str, pos: usize) -> Option<String> {
        let para_start = self.para_bounds(self.paragraph_of(pos)).0;
        let toks = self.tokens(self.sentence_start(pos, para_start), pos);
        let k = toks.iter().take(6).position(|t| t.is(noun))?;
        self.signers(toks.get(k + 1..)?)
    }

    /// ", signed by 40 economists,", ", issued by the mayor's office,":
    /// who the participle's phrase that opens `toks` (right after a
    /// document's noun) says wrote it.
    fn signers(&self, toks: &[super::tokens::Token<'_>]) -> Option<String> {
        let [comma, verb, by, agent @ ..] = toks else {
            return None;
        };
        if !(comma.is(",")
            && (PUT_OUT.contains(&verb.text) || matches!(verb.text, "signed" | "written"))
            && by.is("by"))
        {
            return None;
        }
        let c = agent.iter().take(8).position(|t| t.is(","))?;
        let m = super::subject_words::agent_mention(&agent[..c])?;
        self.resolve(&m, agent[0].pos)
    }
}

/// Is `noun` (lowercase) a thing whose words are written on it ("sign",
/// "banner", "placard")?
fn is_inscribed(noun: &str) -> bool {
    matches!(
        noun.trim_end_matches('s'),
        "sign" | "banner" | "placard" | "poster" | "billboard" | "t-shirt" | "shirt" | "plaque"
    )
}

impl Attributor<'_> {
    /// "“...,” read a sign held by one protester.", "“...,” the banner
    /// read.": words that stand on a thing, which the tag after the quote
    /// (ending at `end`) names; no one speaks them.
    pub(super) fn inscribed_after(&self, end: usize) -> bool {
        let p_end = self.para_bounds(self.paragraph_of(end.saturating_sub(1))).1;
        let toks = self.tokens(end, (end + 120).min(p_end));
        let toks = &toks[usize::from(toks.first().is_some_and(|t| t.is(",")))..];
        let read =
            |t: &super::tokens::Token<'_>| matches!(t.text, "read" | "reads" | "said" | "says");
        // The thing's noun after its determiner and up to three words.
        let thing = |toks: &[super::tokens::Token<'_>]| {
            let [det, rest @ ..] = toks else {
                return None;
            };
            if !matches!(
                det.lower().as_ref(),
                "a" | "the" | "one" | "another" | "his" | "her" | "their"
            ) {
                return None;
            }
            // ("one of the hand-painted signs".)
            rest.iter()
                .take(4)
                .take_while(|t| t.word && t.text.starts_with(char::is_lowercase))
                .position(|t| is_inscribed(t.text))
                .map(|n| n + 2)
        };
        match toks {
            [verb, rest @ ..] if read(verb) => thing(rest).is_some(),
            _ => thing(toks).is_some_and(|n| toks.get(n).is_some_and(read)),
        }
    }

    /// "The board censured X for leaking a legal memo. ... The memo warns
    /// that “...”": a document the article tied to someone other than
    /// `speaker` (a sentence naming it names people, not `speaker`), whose
    /// words are not `speaker`'s for having been quoted just before.
    pub(super) fn document_of_another(&self, phrase: &str, pos: usize, speaker: &str) -> bool {
        let Some(noun) = document_noun(phrase) else {
            return false;
        };
        let upto = self.sentence_start(pos, self.para_bounds(self.paragraph_of(pos)).0);
        let toks = &self.all_tokens[..self.tokens_before(upto)];
        // (The last 1,500 tokens, a long article's worth: a text of
        // thousands of "the statement said" is not read from its start
        // for each.)
        let toks = &toks[toks.len().saturating_sub(1500)..];
        let mut other = false;
        let mut last_sentence = usize::MAX;
        for t in toks.iter().filter(|t| t.word && t.lower() == noun) {
            let (p_start, p_end) = self.para_bounds(self.paragraph_of(t.pos));
            let (s, e) = (
                self.sentence_start(t.pos, p_start),
                self.sentence_end(t.pos, p_end),
            );
            if s == last_sentence {
                continue;
            }
            last_sentence = s;
            let named = &self.people[self.people.partition_point(|(p, _)| *p < s)..];
            for (_, n) in named.iter().take_while(|(p, _)| *p < e) {
                if n == speaker {
                    return false;
                }
                other = true;
            }
            // "The two other mayors signed a joint letter": a group before
            // it wrote it.
            let lo = self.tokens_before(s);
            let at = self.tokens_before(t.pos);
            other |= self.all_tokens[lo..at].iter().any(|x| {
                x.word
                    && x.text.len() > 3
                    && x.text.ends_with('s')
                    && x.text.starts_with(char::is_lowercase)
                    && super::names::is_speaker_noun(x.text)
            });
        }
        other
    }
}

/// "the bureau's report", "the ministry’s statement": the owner's noun.
pub(super) fn owner_of_document(phrase: &str) -> Option<&str> {
    // "the department's own guidance".
    let (det, owner, doc) = match phrase.split(' ').collect::<Vec<_>>()[..] {
        [det, owner, doc] | [det, owner, "own", doc] => (det, owner, doc),
        _ => return None,
    };
    let owner = super::phrases::owner_of(owner)?;
    (matches!(det, "the" | "The")
        && matches!(
            doc,
            "report"
                | "statement"
                | "letter"
                | "release"
                | "filing"
                | "order"
                | "guidance"
                | "guidelines"
                | "document"
                | "manifesto"
                | "memo"
        )
        && owner.chars().all(char::is_lowercase))
    .then_some(owner)
}
