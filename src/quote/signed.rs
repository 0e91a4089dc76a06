//! Speakers named right after a quote ends: "“...” That was the answer
//! from X.", "“...” — Omar Reyes, a teacher at Linden".

use super::attrib::Attributor;
use super::phrases::Mention;
use super::shapes::back_reference;
use super::spans::QuoteSpan;

impl Attributor<'_> {
    /// "“...” That was the answer from X.": the sentence right after a
    /// quote that ends a sentence names its speaker, in the same paragraph
    /// or, for a quote that is its whole paragraph, at the next one's start
    /// ("With those words, X ..."). It wins over the speaker carried on from
    /// the quote before.
    pub(super) fn named_just_after(
        &self,
        span: &QuoteSpan,
        p_start: usize,
        end_para: usize,
    ) -> Option<Mention> {
        let end = span.end;
        let (_, pe) = self.para_bounds(end_para);
        if let Some(m) = self.signed_with_dash(end, pe) {
            return Some(m);
        }
        back_reference(self.sentence_after(span, p_start, end_para)?)
    }

    /// "“We cannot go on like this.” Ludovica Ferri, the leader of the
    /// council, was speaking after a third night of riots.": the person the
    /// sentence right after a quote shows speaking (see
    /// [`named_just_after`](Self::named_just_after) for which sentence).
    /// Unlike a back reference, it does not win over the speaker carried
    /// on from the quote before ("Defence Minister X spoke later").
    pub(super) fn spoke_just_after(
        &self,
        span: &QuoteSpan,
        p_start: usize,
        end_para: usize,
    ) -> Option<Mention> {
        super::spoke::spoke_after(self.sentence_after(span, p_start, end_para)?)
    }

    /// The sentence right after a quote that ends a sentence: in the same
    /// paragraph or, for a quote that is its whole paragraph, the next
    /// one's first.
    fn sentence_after(
        &self,
        span: &QuoteSpan,
        p_start: usize,
        end_para: usize,
    ) -> Option<&[super::tokens::Token<'_>]> {
        let end = span.end;
        let (_, pe) = self.para_bounds(end_para);
        if end < 2 || !matches!(self.text[end - 2], '.' | '!' | '?') {
            return None;
        }
        let s = end
            + self
                .text
                .get(end..pe)?
                .iter()
                .take_while(|c| c.is_whitespace())
                .count();
        let (s, pe) = if s < pe {
            (s, pe)
        } else if self.opens_paragraph(span.start, p_start) {
            self.para_bounds(end_para + 1)
        } else {
            return None;
        };
        Some(self.tokens(s, self.sentence_end(s, pe)))
    }

    /// Does the quote at `at` open its paragraph, after a paragraph that
    /// ends in a full stop (not a colon that leads into it), with no "also"
    /// opening the paragraph after the quote's (`end_para`)? ("That was
    /// also the view of X" agrees with the speaker led into it.)
    pub(super) fn after_full_stop(
        &self,
        at: usize,
        p_start: usize,
        para: usize,
        end_para: usize,
    ) -> bool {
        para > 0
            && self.opens_paragraph(at, p_start)
            && {
                let (s, e) = self.para_bounds(end_para + 1);
                !self
                    .tokens(s, e.max(s))
                    .iter()
                    .take(5)
                    .any(|t| t.is("also"))
            }
            && {
                let (ps, pe) = self.para_bounds(para - 1);
                self.text[ps..pe]
                    .iter()
                    .rev()
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|&c| c == '.')
            }
    }

    /// "“...” — Omar Reyes, a teacher at Linden": a quote signed with a
    /// dash and a full name, then the paragraph's end, a period or an
    /// apposition's comma. (The words after a quote that ends a sentence
    /// are not read for its tag, so the signature is looked for here.)
    fn signed_with_dash(&self, end: usize, pe: usize) -> Option<Mention> {
        let toks = self.tokens(end.min(pe), pe);
        let (dash, rest) = toks.split_first()?;
        if !matches!(dash.text, "—" | "–") {
            return None;
        }
        let ends = |n: usize| rest.get(n).is_none_or(|t| t.is(",") || t.is("."));
        if let Some(n) = super::phrases::full_name_len(rest)
            && ends(n)
        {
            return Some(Mention::Name(super::phrases::join(&rest[..n])));
        }
        // "— Senate Majority Leader Thomas Keller Jr.": an office in
        // capitals before the name, a generation after it.
        let mut n = 0;
        while n < rest.len().min(9) {
            let t = &rest[n];
            let after_title = n > 0 && super::names::is_title(rest[n - 1].text);
            if !(t.word && super::phrases::is_speaker_name_word(t.text)
                || (t.is(".") && after_title))
            {
                break;
            }
            n += 1;
        }
        let named = rest[..n]
            .iter()
            .filter(|t| {
                t.word && !super::names::is_title(t.text) && !super::names::is_suffix(t.text)
            })
            .count();
        ((2..=6).contains(&named) && ends(n))
            .then(|| Mention::Name(super::phrases::join(&rest[..n])))
    }
}
