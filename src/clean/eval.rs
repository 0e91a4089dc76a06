//! The article-extraction metric (shared/bench/extraction/README.md): `\w+`
//! tokens, 4-token shingles, per-page precision and recall over shingle
//! multisets; precision averaged over pages with output, recall over all
//! pages; F1 of the two averages.

use std::collections::HashMap;

fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        *out.entry(toks).or_default() += 1;
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_default() += 1;
    }
    out
}

/// (precision, recall) of one page; precision is `None` for an empty output.
pub fn score_page(output: &str, truth: &str) -> (Option<f64>, f64) {
    let out = shingles(output);
    let gold = shingles(truth);
    let tp: usize = out
        .iter()
        .map(|(s, n)| (*n).min(gold.get(s).copied().unwrap_or(0)))
        .sum();
    let out_n: usize = out.values().sum();
    let gold_n: usize = gold.values().sum();
    let precision = (out_n > 0).then(|| tp as f64 / out_n as f64);
    let recall = if gold_n == 0 {
        1.0
    } else {
        tp as f64 / gold_n as f64
    };
    (precision, recall)
}

/// Averages per-page scores: (P, R, F1).
pub fn summarize(pages: &[(Option<f64>, f64)]) -> (f64, f64, f64) {
    let ps: Vec<f64> = pages.iter().filter_map(|(p, _)| *p).collect();
    let p = ps.iter().sum::<f64>() / ps.len().max(1) as f64;
    let r = pages.iter().map(|(_, r)| r).sum::<f64>() / pages.len().max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metric_by_hand() {
        assert_eq!(score_page("a b c d e", "a b c d e"), (Some(1.0), 1.0));
        // 2 of 3 output shingles are right; 2 of 2 gold shingles found.
        let (p, r) = score_page("a b c d e f", "a b c d e");
        assert!((p.unwrap_or(0.0) - 2.0 / 3.0).abs() < 1e-9 && (r - 1.0).abs() < 1e-9);
        assert_eq!(score_page("", "a b"), (None, 0.0));
        assert_eq!(score_page("x y", "a b"), (Some(0.0), 0.0));
        let (p, r, f1) = summarize(&[(Some(1.0), 1.0), (None, 0.0)]);
        assert_eq!((p, r), (1.0, 0.5));
        assert!((f1 - 2.0 / 3.0).abs() < 1e-9);
    }
}
