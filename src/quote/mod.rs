//! Quotes and speakers: every direct quote of an article (and, with lower
//! confidence, indirect speech), each with its span in the cleaned text, its
//! cue verb, the speaker as written and the canonical speaker.
//! See QUOTES.md in the shared material for the rules followed.

mod according;
mod across;
mod agents;
mod ages;
mod answers;
mod apposition;
mod attrib;
mod bare;
mod bounds;
mod clause_start;
mod companies;
mod cue_sentences;
mod cues;
mod demonyms;
mod documents;
mod echoes;
mod epithets;
pub mod eval;
mod facts;
mod forward;
mod given;
mod groups;
mod heads;
mod heard;
mod holders;
mod indirect;
mod lead_in;
mod lead_ins;
mod lede;
mod lexicon;
mod long_nouns;
mod members;
mod named_next;
pub mod names;
mod nouns;
mod orgs;
mod owners;
mod people;
mod phrases;
mod relatives;
mod reported_clause;
mod resolve;
mod roles;
mod sentence;
mod sentence_subject;
mod settle;
mod shapes;
mod signed;
mod singles;
mod spans;
mod spoke;
mod subject_nouns;
mod subject_owners;
mod subject_words;
mod subjects;
mod that_after;
mod tokens;
mod untagged;
mod verbless;
mod whose;
mod windows;
mod word_kinds;

use serde::{Deserialize, Serialize};

pub use heads::person_like;
pub use names::family_name;
pub use spans::{MIN_WORDS, QuoteSpan, find_spans, span_at};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Indirect,
}

/// A short shared string: a speaker or cue, the same for many quotes.
pub type Name = std::sync::Arc<str>;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub kind: Kind,
    /// The quoted words, without the quote marks.
    pub text: String,
    /// Char offsets of `text`'s first and past-last chars in the cleaned text.
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph the quote starts in.
    pub paragraph: usize,
    /// The speech verb ("said", "told", "according to").
    pub cue: Option<Name>,
    /// The speaker as the text names it ("he", "Mayor Calloway").
    pub speaker_mention: Option<Name>,
    /// The speaker's full name, pronouns resolved.
    pub speaker: Option<Name>,
    /// 0-1: how sure the attribution is.
    pub confidence: f32,
    /// The reader marked this as not a quote.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub dismissed: bool,
}

/// Finds the quotes of a cleaned text (paragraphs separated by blank lines).
pub fn detect(text: &str) -> Vec<Quote> {
    if bounds::is_long(text) {
        crate::words::in_pool(|| detect_here(text))
    } else {
        detect_here(text)
    }
}

/// [`detect`] on this thread.
fn detect_here(text: &str) -> Vec<Quote> {
    let chars = if bounds::is_long(text) {
        crate::words::to_chars_par(text)
    } else {
        crate::words::to_chars(text)
    };
    let Some(attributor) = attrib::Attributor::new(&chars, text) else {
        return Vec::new();
    };
    let mut quotes = attributor.run();
    quotes.shrink_to_fit();
    quotes
}

/// One allocation per distinct speaker, mention or cue in an article,
/// shared by its quotes (a library of 100,000 articles holds millions of
/// them).
#[derive(Default)]
pub(crate) struct Names(crate::words::FxHashSet<Name>);

impl Names {
    /// The shared name for `s`, made on its first use.
    pub(crate) fn name(&mut self, s: &str) -> Name {
        if let Some(shared) = self.0.get(s) {
            return shared.clone();
        }
        let made: Name = s.into();
        self.0.insert(made.clone());
        made
    }

    /// Makes `q`'s names the shared ones where they are known, without
    /// adding any (so that many threads may do it at once): whether one of
    /// them was not known.
    pub(crate) fn share_known(&self, q: &mut Quote) -> bool {
        let mut new = false;
        for name in [&mut q.cue, &mut q.speaker_mention, &mut q.speaker]
            .into_iter()
            .flatten()
        {
            match self.0.get(name) {
                Some(shared) => *name = shared.clone(),
                None => new = true,
            }
        }
        new
    }

    /// "Police said ..." and "... police said" are one speaker: a speaker
    /// noun in capitals is given in small letters.
    pub(crate) fn noun_case_speakers(&mut self, quotes: &mut [Quote]) {
        // (Once per distinct speaker: the names are shared, so one pointer
        // stands for one name; the map holds each name, so no pointer is
        // freed and reused while it lives.)
        type Cased = (Name, Option<Name>);
        let mut cased: crate::words::FxHashMap<*const u8, Cased> = Default::default();
        for q in quotes {
            let Some(s) = &q.speaker else { continue };
            let (_, to) = cased.entry(s.as_ptr()).or_insert_with(|| {
                let to = names::noun_case(s).map(|c| self.name(&c));
                (s.clone(), to)
            });
            if let Some(c) = to {
                q.speaker = Some(c.clone());
            }
        }
    }

    /// Makes `q`'s names the shared ones.
    pub(crate) fn share(&mut self, q: &mut Quote) {
        for name in [&mut q.cue, &mut q.speaker_mention, &mut q.speaker]
            .into_iter()
            .flatten()
        {
            match self.0.get(name) {
                Some(shared) => *name = shared.clone(),
                None => {
                    self.0.insert(name.clone());
                }
            }
        }
    }
}

/// Applies the reader's corrections (speaker fixed, quote dismissed): a
/// correction wins over detection. `chars` is the article's cleaned text.
pub fn apply_corrections(
    quotes: &mut [Quote],
    corrections: &[&crate::annotation::Correction],
    chars: &[char],
) {
    for c in corrections {
        let Some((s, e)) = crate::anchor::reanchor(&c.target, chars).range() else {
            continue;
        };
        let best = quotes
            .iter_mut()
            .filter(|q| q.start < e && s < q.end)
            .max_by_key(|q| q.end.min(e) - q.start.max(s));
        if let Some(q) = best {
            if let Some(sp) = &c.speaker {
                q.speaker = Some(sp.as_str().into());
                q.speaker_mention = Some(sp.as_str().into());
                q.confidence = 1.0;
            }
            q.dismissed = c.dismissed;
        }
    }
}

pub use across::merge_surnames;
pub use given::is_given_name;

/// Speakers across many articles: canonical name -> (quotes, articles).
pub fn speaker_index<'a>(
    per_article: impl IntoIterator<Item = &'a [Quote]>,
) -> Vec<(String, usize, usize)> {
    let mut map: std::collections::BTreeMap<String, (usize, usize)> =
        std::collections::BTreeMap::new();
    for quotes in per_article {
        let mut seen: Vec<&str> = Vec::new();
        for q in quotes {
            let Some(s) = q.speaker.as_deref() else {
                continue;
            };
            let e = map.entry(s.to_string()).or_default();
            e.0 += 1;
            if !seen.contains(&s) {
                seen.push(s);
                e.1 += 1;
            }
        }
    }
    let mut out: Vec<(String, usize, usize)> =
        map.into_iter().map(|(k, (q, a))| (k, q, a)).collect();
    // Most quoted first, then by name whatever its case ("police" among
    // the P's).
    out.sort_by_cached_key(|(name, quotes, _)| (std::cmp::Reverse(*quotes), name.to_lowercase()));
    out
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_appositions;
#[cfg(test)]
mod tests_carry;
#[cfg(test)]
mod tests_clauses;
#[cfg(test)]
mod tests_epithets;
#[cfg(test)]
mod tests_leads;
#[cfg(test)]
mod tests_names;
#[cfg(test)]
mod tests_offices;
#[cfg(test)]
mod tests_order;
#[cfg(test)]
mod tests_political;
#[cfg(test)]
mod tests_reactions;
#[cfg(test)]
mod tests_references;
#[cfg(test)]
mod tests_reported;
#[cfg(test)]
mod tests_soup;
#[cfg(test)]
mod tests_speakers;
#[cfg(test)]
mod tests_wire;
#[cfg(test)]
mod tests_wire10;
#[cfg(test)]
mod tests_wire11;
#[cfg(test)]
mod tests_wire12;
#[cfg(test)]
mod tests_wire13;
#[cfg(test)]
mod tests_wire14;
#[cfg(test)]
mod tests_wire15;
#[cfg(test)]
mod tests_wire16;
#[cfg(test)]
mod tests_wire17;
#[cfg(test)]
mod tests_wire18;
#[cfg(test)]
mod tests_wire19;
#[cfg(test)]
mod tests_wire2;
#[cfg(test)]
mod tests_wire20;
#[cfg(test)]
mod tests_wire21;
#[cfg(test)]
mod tests_wire22;
#[cfg(test)]
mod tests_wire23;
#[cfg(test)]
mod tests_wire24;
#[cfg(test)]
mod tests_wire25;
#[cfg(test)]
mod tests_wire26;
#[cfg(test)]
mod tests_wire27;
#[cfg(test)]
mod tests_wire28;
#[cfg(test)]
mod tests_wire3;
#[cfg(test)]
mod tests_wire4;
#[cfg(test)]
mod tests_wire5;
#[cfg(test)]
mod tests_wire6;
#[cfg(test)]
mod tests_wire7;
#[cfg(test)]
mod tests_wire8;
#[cfg(test)]
mod tests_wire9;
#[cfg(test)]
mod tests_world;

#[cfg(test)]
mod sharing {
    use super::*;

    /// A speaker's name, a mention and a cue are held once, however many
    /// quotes carry them: direct and indirect ones alike.
    #[test]
    fn quotes_share_one_allocation_per_name() {
        let text = "“We start on Monday,” said Mayor Ines Calloway.\n\n\
                    “The money is there,” said Mayor Ines Calloway.\n\n\
                    Mayor Ines Calloway said the depot would reopen in May.";
        let quotes = detect(text);
        assert_eq!(quotes.len(), 3, "{quotes:?}");
        let speakers: Vec<&Name> = quotes.iter().filter_map(|q| q.speaker.as_ref()).collect();
        assert_eq!(speakers.len(), 3, "{quotes:?}");
        assert!(
            speakers.iter().all(|s| &***s == "Ines Calloway"),
            "{speakers:?}"
        );
        assert!(
            speakers
                .windows(2)
                .all(|w| std::sync::Arc::ptr_eq(w[0], w[1]))
        );
        let cues: Vec<&Name> = quotes.iter().filter_map(|q| q.cue.as_ref()).collect();
        assert_eq!(cues.len(), 3);
        assert!(
            cues.windows(2).all(|w| std::sync::Arc::ptr_eq(w[0], w[1])),
            "{cues:?}"
        );
    }
}
