//! A heading that repeats words quoted in the entry under it ("PM: 'We
//! have a mandate and we will use it'", over a live blog's entry that
//! quotes the prime minister): the words are the speaker's of the quote
//! they repeat, not the label's.

use super::attrib::Attributor;
use super::{Kind, Quote};

/// How many quotes after a heading's are searched for the words it repeats.
const REACH: usize = 8;

impl Attributor<'_> {
    /// Gives each quote that a heading repeats the speaker of the quote
    /// after it that holds the same words. `quotes` are the direct quotes,
    /// in text order.
    pub(super) fn heading_echoes(&self, quotes: &mut [Quote]) {
        for k in 0..quotes.len() {
            if !self.heading_quote(&quotes[k]) {
                continue;
            }
            let words = normal_words(&quotes[k].text);
            if words.matches(' ').count() < 5 {
                continue;
            }
            let para = quotes[k].paragraph;
            let Some(src) = quotes[k + 1..].iter().take(REACH).find(|q| {
                q.kind == Kind::Direct
                    && q.paragraph > para
                    && normal_words(&q.text).contains(&words)
            }) else {
                continue;
            };
            if src.speaker.is_some() && src.speaker != quotes[k].speaker {
                let (speaker, cue, confidence) = (
                    src.speaker.clone(),
                    src.cue.clone(),
                    src.confidence.min(0.6),
                );
                let q = &mut quotes[k];
                q.speaker = speaker;
                q.cue = cue;
                q.confidence = confidence;
            }
        }
    }

    /// Is `q` a heading's: the last words of a short paragraph that has no
    /// full stop, after nothing or a label ending in a colon ("PM:",
    /// "Lib Dem leader:")?
    fn heading_quote(&self, q: &Quote) -> bool {
        if q.kind != Kind::Direct || q.text.ends_with(['.', ',', ';']) {
            return false;
        }
        let (ps, pe) = self.para_bounds(q.paragraph);
        let open = q.start.saturating_sub(1);
        // (Only a short label before and a closing mark after: a paragraph
        // of thousands of quotes is not read whole for each.)
        if open < ps || q.end > pe || open - ps > 60 || pe - q.end > 4 {
            return false;
        }
        let before: String = self.text[ps..open].iter().collect();
        let before = before.trim();
        let after_ok = self.text[q.end..pe]
            .iter()
            .all(|c| !c.is_alphanumeric() && !matches!(c, '.' | ','));
        let label_ok =
            before.is_empty() || (before.ends_with(':') && before.split_whitespace().count() <= 5);
        after_ok && label_ok
    }
}

/// The words of `text` in small letters, each after a space and the last
/// one before a space (so that a search in it matches whole words).
fn normal_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push(' ');
    for w in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
    {
        out.extend(
            w.chars()
                .flat_map(char::to_lowercase)
                .map(|c| if c == '’' { '\'' } else { c }),
        );
        out.push(' ');
    }
    out
}
