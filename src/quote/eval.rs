//! Scoring quote detection against a hand-marked test set, the way the
//! held-out evaluation does (QUOTES.md): a found quote matches a gold one when
//! their word spans overlap with Jaccard >= 0.5; the speaker counts when it
//! names the same person (the surname is enough); quotes under four words
//! are not scored.
//!
//! Test set format: articles start with `=== id`; paragraphs are separated by
//! blank lines; `[[Speaker|text]]` marks a direct quote (marks included),
//! `[[~Speaker|text]]` indirect speech; lines starting with `#` before the
//! first article are comments.

use super::{Kind, Quote};

#[derive(Debug, Clone)]
pub struct Gold {
    pub kind: Kind,
    pub speaker: String,
    /// Char offsets in the article text.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone)]
pub struct GoldArticle {
    pub id: String,
    pub text: String,
    pub quotes: Vec<Gold>,
}

/// Reads a test set.
pub fn parse_corpus(src: &str) -> Vec<GoldArticle> {
    let mut out = Vec::new();
    for block in src.split("\n=== ").skip(1) {
        let (id, body) = block.split_once('\n').unwrap_or((block, ""));
        let body = body.trim();
        let mut text = String::new();
        let mut quotes = Vec::new();
        let mut rest = body;
        let mut chars = 0usize;
        while let Some(open) = rest.find("[[") {
            let before = &rest[..open];
            text.push_str(before);
            chars += before.chars().count();
            let after = &rest[open + 2..];
            let Some(close) = after.find("]]") else { break };
            let inner = &after[..close];
            let (who, quoted) = inner.split_once('|').unwrap_or(("", inner));
            let (kind, who) = match who.strip_prefix('~') {
                Some(w) => (Kind::Indirect, w),
                None => (Kind::Direct, who),
            };
            let n = quoted.chars().count();
            quotes.push(Gold {
                kind,
                speaker: who.to_string(),
                start: chars,
                end: chars + n,
            });
            text.push_str(quoted);
            chars += n;
            rest = &after[close + 2..];
        }
        text.push_str(rest);
        out.push(GoldArticle {
            id: id.trim().to_string(),
            text,
            quotes,
        });
    }
    out
}

/// Char offsets of the words (`\w+`) of a text.
fn word_starts(text: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if text[i].is_alphanumeric() {
            let s = i;
            while i < text.len() && text[i].is_alphanumeric() {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

fn words_in(words: &[(usize, usize)], start: usize, end: usize) -> Vec<usize> {
    words
        .iter()
        .enumerate()
        .filter(|(_, (s, e))| *s >= start && *e <= end)
        .map(|(i, _)| i)
        .collect()
}

fn jaccard(a: &[usize], b: &[usize]) -> f64 {
    let inter = a.iter().filter(|x| b.contains(x)).count();
    let union = a.len() + b.len() - inter;
    if union == 0 {
        0.0
    } else {
        inter as f64 / union as f64
    }
}

/// Counts for one kind of quote.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
    pub speaker_right: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.matched as f64 / self.found as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn speaker_accuracy(&self) -> f64 {
        if self.matched == 0 {
            0.0
        } else {
            self.speaker_right as f64 / self.matched as f64
        }
    }
    fn add(&mut self, o: Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.matched += o.matched;
        self.speaker_right += o.speaker_right;
    }
}

/// Does the found speaker name the gold one (by surname)?
pub fn same_speaker(found: Option<&str>, gold: &str) -> bool {
    let Some(found) = found else { return false };
    let surname = gold
        .split_whitespace()
        .last()
        .unwrap_or(gold)
        .to_lowercase();
    found
        .to_lowercase()
        // Hyphens and apostrophes stay inside a surname ("Vasquez-Reid").
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .any(|w| w == surname)
}

/// A mismatch, for reports.
#[derive(Debug, Clone)]
pub struct Miss {
    pub article: String,
    pub what: String,
}

/// Scores found quotes against one article's gold: (direct, indirect, misses).
pub fn score_article(gold: &GoldArticle, found: &[Quote]) -> (Counts, Counts, Vec<Miss>) {
    let chars: Vec<char> = gold.text.chars().collect();
    let words = word_starts(&chars);
    let mut misses = Vec::new();
    let mut result = [Counts::default(), Counts::default()];
    for (k, kind) in [Kind::Direct, Kind::Indirect].into_iter().enumerate() {
        let golds: Vec<(&Gold, Vec<usize>)> = gold
            .quotes
            .iter()
            .filter(|g| g.kind == kind)
            .map(|g| (g, words_in(&words, g.start, g.end)))
            .filter(|(_, w)| w.len() >= 4)
            .collect();
        let founds: Vec<(&Quote, Vec<usize>)> = found
            .iter()
            .filter(|q| q.kind == kind)
            .map(|q| (q, words_in(&words, q.start, q.end)))
            .filter(|(_, w)| w.len() >= 4)
            .collect();
        let c = &mut result[k];
        c.gold = golds.len();
        c.found = founds.len();
        let mut used = vec![false; founds.len()];
        for (g, gw) in &golds {
            let best = founds
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .map(|(i, (q, qw))| (i, q, jaccard(gw, qw)))
                .filter(|(_, _, j)| *j >= 0.5)
                .max_by(|a, b| a.2.total_cmp(&b.2));
            let gtext: String = chars[g.start..g.end].iter().collect();
            match best {
                Some((i, q, _)) => {
                    used[i] = true;
                    c.matched += 1;
                    if same_speaker(q.speaker.as_deref(), &g.speaker) {
                        c.speaker_right += 1;
                    } else {
                        misses.push(Miss {
                            article: gold.id.clone(),
                            what: format!(
                                "speaker {:?} for {:?}, gold {:?}",
                                q.speaker, gtext, g.speaker
                            ),
                        });
                    }
                }
                None => misses.push(Miss {
                    article: gold.id.clone(),
                    what: format!("missed {kind:?} {gtext:?}"),
                }),
            }
        }
        for (i, (q, _)) in founds.iter().enumerate() {
            if !used[i] {
                misses.push(Miss {
                    article: gold.id.clone(),
                    what: format!("extra {kind:?} {:?} ({:?})", q.text, q.speaker),
                });
            }
        }
    }
    (result[0], result[1], misses)
}

/// Scores the whole test set with `detect`: (direct, indirect, misses).
pub fn score_corpus(corpus: &[GoldArticle]) -> (Counts, Counts, Vec<Miss>) {
    let mut direct = Counts::default();
    let mut indirect = Counts::default();
    let mut misses = Vec::new();
    for a in corpus {
        let found = super::detect(&a.text);
        let (d, i, m) = score_article(a, &found);
        direct.add(d);
        indirect.add(i);
        misses.extend(m);
    }
    (direct, indirect, misses)
}

#[cfg(test)]
mod tests {
    use super::same_speaker;

    #[test]
    fn speakers_match_by_surname_hyphens_and_possessives_included() {
        assert!(same_speaker(Some("Eleanor Vasquez-Reid"), "Vasquez-Reid"));
        assert!(same_speaker(Some("EU's delegation"), "EU"));
        assert!(same_speaker(Some("Ines Calloway"), "Mayor Ines Calloway"));
        assert!(!same_speaker(Some("Eleanor Vasquez"), "Vasquez-Reid"));
        assert!(!same_speaker(Some("Ines Lind"), "Calloway"));
        assert!(!same_speaker(None, "Calloway"));
    }
}
