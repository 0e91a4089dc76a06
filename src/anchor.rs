//! Anchors: where an annotation sits in an article's cleaned text, stored so
//! that it can be found again after the text changes.
//!
//! A [`Target`] holds W3C-style selectors: the quoted text (`exact`) with ~32
//! chars of context each side, and its char offsets. [`reanchor`] places it in
//! a (possibly changed) text: at the stored offsets if the text there is
//! unchanged; else at the best exact occurrence (context and distance decide);
//! else at the best approximate match (bit-parallel edit distance) if it is
//! close enough; else the annotation is an orphan, never dropped.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// Chars of context kept before and after the quoted text.
pub const CONTEXT: usize = 32;
/// Shortest quote that may be placed approximately: shorter ones match by chance.
pub const MIN_FUZZY_CHARS: usize = 12;
/// Lowest similarity (1 - edits / length) accepted for an approximate match.
pub const MIN_FUZZY_SCORE: f64 = 0.75;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    /// The annotated text.
    pub exact: String,
    /// Up to [`CONTEXT`] chars before it.
    pub prefix: String,
    /// Up to [`CONTEXT`] chars after it.
    pub suffix: String,
    /// Char offsets in the cleaned text when it was annotated.
    pub start: usize,
    pub end: usize,
}

impl Target {
    /// The target for chars `start..end` of `text`.
    pub fn new(text: &[char], start: usize, end: usize) -> Target {
        let end = end.min(text.len());
        let start = start.min(end);
        let s = |a: usize, b: usize| text[a..b].iter().collect::<String>();
        Target {
            exact: s(start, end),
            prefix: s(start.saturating_sub(CONTEXT), start),
            suffix: s(end, (end + CONTEXT).min(text.len())),
            start,
            end,
        }
    }
}

/// Where a target was found.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    /// At the stored offsets, unchanged.
    Exact { start: usize, end: usize },
    /// The same text, elsewhere.
    Moved { start: usize, end: usize },
    /// Similar text (`score` = 1 - edits / length).
    Fuzzy {
        start: usize,
        end: usize,
        score: f64,
    },
    /// Not found: kept, shown apart.
    Orphan,
}

impl Anchor {
    pub fn range(&self) -> Option<(usize, usize)> {
        match *self {
            Anchor::Exact { start, end }
            | Anchor::Moved { start, end }
            | Anchor::Fuzzy { start, end, .. } => Some((start, end)),
            Anchor::Orphan => None,
        }
    }

    pub fn status(&self) -> &'static str {
        match self {
            Anchor::Exact { .. } => "anchored",
            Anchor::Moved { .. } => "moved",
            Anchor::Fuzzy { .. } => "approximate",
            Anchor::Orphan => "orphaned",
        }
    }
}

/// Places `target` in `text` (the chars of the cleaned text).
pub fn reanchor(target: &Target, text: &[char]) -> Anchor {
    let exact: Vec<char> = target.exact.chars().collect();
    if exact.is_empty() {
        return Anchor::Orphan;
    }
    if target.end <= text.len()
        && target.end >= target.start
        && text[target.start..target.end] == exact[..]
    {
        return Anchor::Exact {
            start: target.start,
            end: target.end,
        };
    }
    if let Some(start) = best_exact(target, &exact, text) {
        return Anchor::Moved {
            start,
            end: start + exact.len(),
        };
    }
    if exact.len() >= MIN_FUZZY_CHARS
        && let Some((start, end, score)) = best_fuzzy(&exact, text)
    {
        return Anchor::Fuzzy { start, end, score };
    }
    Anchor::Orphan
}

/// Among exact occurrences, the one whose context matches best, then the nearest.
fn best_exact(target: &Target, exact: &[char], text: &[char]) -> Option<usize> {
    let prefix: Vec<char> = target.prefix.chars().collect();
    let suffix: Vec<char> = target.suffix.chars().collect();
    let first = exact[0];
    let mut best: Option<(usize, usize, usize)> = None; // (context, -distance, start)
    let mut i = 0;
    while i + exact.len() <= text.len() {
        if text[i] == first && text[i..i + exact.len()] == exact[..] {
            let before = prefix
                .iter()
                .rev()
                .zip(text[..i].iter().rev())
                .take_while(|(a, b)| a == b)
                .count();
            let after = suffix
                .iter()
                .zip(text[i + exact.len()..].iter())
                .take_while(|(a, b)| a == b)
                .count();
            let context = before + after;
            let distance = i.abs_diff(target.start);
            let better = match best {
                None => true,
                Some((c, d, _)) => context > c || (context == c && distance < d),
            };
            if better {
                best = Some((context, distance, i));
            }
        }
        i += 1;
    }
    best.map(|(_, _, start)| start)
}

/// Best approximate occurrence: (start, end, score).
fn best_fuzzy(exact: &[char], text: &[char]) -> Option<(usize, usize, f64)> {
    let max_edits = ((exact.len() as f64) * (1.0 - MIN_FUZZY_SCORE)).floor() as usize;
    let (start, end, edits) = if exact.len() <= 64 {
        let (end, edits) = myers_best_end(exact, text, max_edits)?;
        (find_start(exact, text, end, edits)?, end, edits)
    } else {
        long_match(exact, text, max_edits)?
    };
    let score = 1.0 - edits as f64 / exact.len() as f64;
    (score >= MIN_FUZZY_SCORE).then_some((start, end, score))
}

/// Myers' bit-parallel search (pattern of at most 64 chars): the end (exclusive)
/// and edit distance of the best match of `pattern` anywhere in `text`.
fn myers_best_end(pattern: &[char], text: &[char], max_edits: usize) -> Option<(usize, usize)> {
    let m = pattern.len();
    if m == 0 || m > 64 {
        return None;
    }
    let mut peq: HashMap<char, u64> = HashMap::new();
    for (i, c) in pattern.iter().enumerate() {
        *peq.entry(*c).or_default() |= 1u64 << i;
    }
    let high = 1u64 << (m - 1);
    let mut pv: u64 = if m == 64 { !0 } else { (1u64 << m) - 1 };
    let mut mv: u64 = 0;
    let mut score = m;
    let mut best: Option<(usize, usize)> = None;
    for (j, c) in text.iter().enumerate() {
        let eq = peq.get(c).copied().unwrap_or(0);
        let xv = eq | mv;
        let xh = (((eq & pv).wrapping_add(pv)) ^ pv) | eq;
        let mut ph = mv | !(xh | pv);
        let mut mh = pv & xh;
        if ph & high != 0 {
            score += 1;
        } else if mh & high != 0 {
            score -= 1;
        }
        ph <<= 1;
        mh <<= 1;
        pv = mh | !(xv | ph);
        mv = ph & xv;
        if score <= max_edits && best.is_none_or(|(_, s)| score < s) {
            best = Some((j + 1, score));
        }
    }
    best
}

/// The start of the match ending at `end`: the same search, reversed.
fn find_start(pattern: &[char], text: &[char], end: usize, edits: usize) -> Option<usize> {
    let from = end.saturating_sub(pattern.len() + edits);
    let window: Vec<char> = text[from..end].iter().rev().copied().collect();
    let rev: Vec<char> = pattern.iter().rev().copied().collect();
    let (rev_end, _) = myers_best_end(&rev, &window, edits)?;
    Some(end - rev_end)
}

/// A long quote: find its first and last 64 chars approximately, then score
/// the span between them by edit distance.
fn long_match(exact: &[char], text: &[char], max_edits: usize) -> Option<(usize, usize, usize)> {
    let head = &exact[..64];
    let tail = &exact[exact.len() - 64..];
    let part_edits = 16;
    let (head_end, head_edits) = myers_best_end(head, text, part_edits)?;
    let start = find_start(head, text, head_end, head_edits)?;
    let rest = &text[start..];
    let (tail_end, _) = myers_best_end(tail, rest, part_edits)?;
    let end = start + tail_end;
    let span = &text[start..end];
    if span.len() * 2 < exact.len() || span.len() > exact.len() * 2 {
        return None;
    }
    let edits = edit_distance(exact, span, max_edits + 1);
    (edits <= max_edits).then_some((start, end, edits))
}

/// Levenshtein distance, stopping early once every cell exceeds `cap`.
fn edit_distance(a: &[char], b: &[char], cap: usize) -> usize {
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > cap {
            return cap;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests;
