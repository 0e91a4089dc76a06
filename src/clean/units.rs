//! From raw text to lines: sanitised, tags and entities gone, hard-wrapped
//! paragraphs joined, each line classified.

use super::lines::{LineKind, classify};
use super::residue;
use crate::sanitize::sanitize;

/// Text above this size is classified on all cores: a long article opens
/// sooner, and a short one does not pay for handing out the work.
const PARALLEL_BYTES: usize = 128 * 1024;

/// The kind of every line, in order.
pub(super) fn classify_all(units: &[String]) -> Vec<LineKind> {
    use rayon::prelude::*;
    if units.iter().map(String::len).sum::<usize>() < PARALLEL_BYTES {
        return units.iter().map(|u| classify(u)).collect();
    }
    units
        .par_iter()
        .with_min_len(64)
        .map(|u| classify(u))
        .collect()
}

/// Turns raw text into normalised lines (or joined hard-wrapped blocks).
pub(super) fn to_units(raw: &str) -> Vec<String> {
    let safe = sanitize(raw);
    let no_tags = residue::strip_tags_cow(&safe);
    let decoded = residue::decode_entities_cow(&no_tags);
    let text = residue::strip_tags_cow(&decoded);
    let mut units = Vec::new();
    let mut block: Vec<String> = Vec::new();
    for line in text.lines() {
        let line = residue::normalize_line(line);
        if line.is_empty() {
            flush_block(&mut block, &mut units);
        } else {
            block.push(line);
        }
    }
    flush_block(&mut block, &mut units);
    units
}

/// A block of consecutive lines is one hard-wrapped paragraph when its lines
/// (all but the last) are of prose length and do not end sentences; otherwise
/// each line stands alone.
fn flush_block(block: &mut Vec<String>, units: &mut Vec<String>) {
    if block.len() >= 2 {
        let body = &block[..block.len() - 1];
        let wrapped = body
            .iter()
            .filter(|l| {
                (35..=110).contains(&l.chars().count()) && !l.ends_with(['.', '!', '?', '”', '"'])
            })
            .count();
        if wrapped * 10 >= body.len() * 7 && classify(&block[0]) == LineKind::Text {
            units.push(block.join(" "));
            block.clear();
            return;
        }
    }
    units.append(block);
}
