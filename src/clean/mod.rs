//! The cleaner: raw scraped text, HTML or Markdown in; title, metadata and
//! article paragraphs out, with boilerplate, tags and entities gone.

mod dedup;
mod density;
mod dom;
pub mod eval;
mod header;
mod headline;
mod html;
pub mod lines;
mod liveblog;
mod markdown;
pub mod meta;
pub mod mojibake;
mod pullquote;
mod rawtext;
pub mod residue;
mod stamps;
mod tags;
mod tail;
mod under_title;
mod units;
pub mod user_rules;
mod vocab;
mod widgets;

use std::collections::BTreeMap;

use crate::words::FxHashSet;

use serde::Serialize;

use crate::article::Meta;
use dedup::{dedup_key, teaser_stem, title_keys};
use headline::{
    ends_with_period, headline_above, is_bare_name, is_button, is_kicker, is_section_label,
    is_section_path, names_a_publication, repeated_headline,
};
use lines::{LineKind, ends_like_sentence, is_headline_like, word_count};
use units::classify_all;

pub use html::clean_html;
pub use markdown::{clean_markdown, clean_markdown_with, looks_like_markdown};
pub use units::table::is_table_row;

/// What the cleaner made of one input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Cleaned {
    pub meta: Meta,
    pub paragraphs: Vec<String>,
    /// How many lines each rule dropped, by rule name.
    pub rules: BTreeMap<&'static str, usize>,
    /// Problems worth telling the user (no article found in a page, ...).
    pub notes: Vec<String>,
}

/// Longest title we accept from the text, in words.
const MAX_TITLE_WORDS: usize = 25;
/// Words of a title made from the first sentence.
const FALLBACK_TITLE_WORDS: usize = 12;

/// Cleans scraped plain text. `preset` holds metadata known from elsewhere
/// (a JSONL record, Markdown front matter); what it lacks is read from the text.
pub fn clean_text(raw: &str, preset: &Meta) -> Cleaned {
    if units::is_long(&[raw]) {
        crate::words::in_pool(|| clean_text_here(raw, preset))
    } else {
        clean_text_here(raw, preset)
    }
}

/// [`clean_text`] on this thread.
fn clean_text_here(raw: &str, preset: &Meta) -> Cleaned {
    // Before the control chars go: text read as Latin-1 holds some in its
    // mojibake ("â\u{80}\u{9c}" for “).
    let repaired = mojibake::repair(raw);
    // "Title: ...", "URL Source: ..." lines above the text.
    let (preset, body) = match header::split(&repaired) {
        Some((found, body)) => (&header::fill(preset, found), body),
        None => (preset, repaired.as_ref()),
    };
    let (mut units, mut rows) = units::to_units_and_rows(body);
    // "Imogen Farrow-Tate" over "Political correspondent".
    let with_byline;
    let preset = match meta::name_over_job(&units) {
        Some(name) if preset.byline.is_none() => {
            with_byline = Meta {
                byline: Some(name),
                ..preset.clone()
            };
            &with_byline
        }
        _ => preset,
    };
    let mut dropped = 0;
    let mut kinds = if density::looks_like_page(&units) {
        // A whole scraped page: keep what reads like article text. The
        // title is looked for before the first kept paragraph. Each line is
        // first only marked (story link, metadata); the lines kept are
        // classified in full below.
        let mut marks = units::map_lines(&units, |_, u| lines::page_line(u));
        let story_links: Vec<bool> = marks
            .iter()
            .map(|m| m.mark().is_some_and(LineKind::is_story_link))
            .collect();
        let keep = density::keep(&units, &story_links, &rows);
        let first = keep.iter().position(|k| *k).unwrap_or(0);
        // Lines that carry metadata go on to the body pass, and so does the
        // headline.
        let title_at = headline_above(&units, &marks, first);
        // Metadata, and the headings that start a comment section or a list
        // of other stories (the body pass drops what follows), are kept.
        let kept: Vec<bool> = (0..units.len())
            .map(|i| {
                keep[i] || marks[i].mark().is_some_and(LineKind::is_meta) || Some(i) == title_at
            })
            .collect();
        dropped = kept.iter().filter(|k| !**k).count();
        retain_kept(&mut units, &kept);
        retain_kept(&mut marks, &kept);
        retain_kept(&mut rows, &kept);
        // The lines kept are classified in full, from what their marks know.
        units::map_lines(&units, |i, u| marks[i].classify(u))
    } else {
        classify_all(&units)
    };
    widgets::newsletter_blurbs(&units, &mut kinds);
    units::rows_are_text(&units, &rows, &mut kinds);
    let mut cleaned = Body::new(preset.clone(), true).run_classified(units, kinds);
    if dropped > 0 {
        cleaned.rules.insert("page text density", dropped);
    }
    if matches!(repaired, std::borrow::Cow::Owned(_)) {
        cleaned.notes.push(mojibake::NOTE.into());
    }
    cleaned
}

/// Drops the items that `kept` does not mark.
fn retain_kept<T>(items: &mut Vec<T>, kept: &[bool]) {
    let mut it = kept.iter();
    items.retain(|_| it.next().is_some_and(|k| *k));
}

/// The body pass: walks the units once, keeping article text and reading metadata.
struct Body {
    meta: Meta,
    /// Scraped full-page text (menus before the headline) rather than extracted article text.
    scraped: bool,
    rules: BTreeMap<&'static str, usize>,
    seen: FxHashSet<u64>,
    kept: Vec<String>,
    masthead: Option<String>,
    /// The line just before was taken for the masthead but names no
    /// publication: if the headline follows, it was a kicker.
    kicker_above: bool,
    /// A headline printed twice near the top: the title, whatever comes before it.
    title_hint: Option<String>,
    /// How many lines were kept when each relative time ("32M ago") was met.
    stamps: Vec<usize>,
    /// The source was read from a copyright line without a year.
    undated_source: bool,
    /// The page's copyright lines: a short line before the headline that
    /// one of them repeats is the site's name.
    copyrights: Vec<String>,
    /// The line before was a card for another story set into this one
    /// (its headline twice): the next line is the card's teaser.
    card_dek: bool,
}

impl Body {
    fn new(meta: Meta, scraped: bool) -> Self {
        let mut seen = FxHashSet::default();
        seen.extend(title_keys(&meta.title));
        Self {
            meta,
            scraped,
            rules: BTreeMap::new(),
            seen,
            kept: Vec::new(),
            masthead: None,
            kicker_above: false,
            title_hint: None,
            stamps: Vec::new(),
            undated_source: false,
            copyrights: Vec::new(),
            card_dek: false,
        }
    }

    fn drop(&mut self, rule: &'static str) {
        *self.rules.entry(rule).or_default() += 1;
        self.card_dek = false;
    }

    /// A copyright line names the source when none is known; one with a
    /// year ("© 2019 Harbour Times. All rights reserved") wins over an
    /// earlier one without (a photo's credit: "© WIRE AGENCY / POOL").
    fn note_copyright(&mut self, unit: &str) {
        let dated = unit
            .as_bytes()
            .windows(4)
            .any(|w| w.iter().all(u8::is_ascii_digit));
        if (self.meta.source.is_none() || (self.undated_source && dated))
            && let Some(owner) = meta::copyright_owner(unit)
        {
            self.meta.source = Some(owner);
            self.undated_source = !dated;
        }
    }

    fn run(self, units: Vec<String>) -> Cleaned {
        let kinds = classify_all(&units);
        self.run_classified(units, kinds)
    }

    fn run_classified(mut self, units: Vec<String>, kinds: Vec<LineKind>) -> Cleaned {
        if self.scraped && self.meta.title.is_empty() {
            self.title_hint = repeated_headline(&units);
            self.copyrights = units
                .iter()
                .zip(&kinds)
                .filter(|(u, k)| **k == LineKind::Copyright && u.len() <= 200)
                .map(|(u, _)| u.clone())
                .collect();
        }
        let ahead = under_title::Ahead::new(&units, &kinds, self.scraped);
        let mut in_related = false;
        // The line that last ended a related list, and how many lines were
        // kept with it.
        let mut list_ended_at = None;
        let mut in_comments = false;
        let mut kicker = false;
        let mut title_found = !self.meta.title.is_empty();
        // Duplicate keys of a long page's lines, worked out on all cores
        // beforehand; a short page's only for the lines kept.
        let keys: Vec<Option<u64>> = if units::is_long(&units) {
            units::map_lines(&units, |_, u| dedup_key(u))
        } else {
            Vec::new()
        };
        for (i, (unit, kind)) in units.into_iter().zip(kinds).enumerate() {
            let key = |unit: &str| keys.get(i).copied().unwrap_or_else(|| dedup_key(unit));
            // Was the previous line a kicker ("RANDY ANDY" over a teaser headline)?
            let after_kicker = std::mem::take(&mut kicker);
            if in_comments {
                if kind == LineKind::Copyright {
                    self.note_copyright(&unit);
                }
                self.drop("comments");
                continue;
            }
            if in_related
                && matches!(
                    kind,
                    LineKind::Text | LineKind::Boilerplate(_) | LineKind::RelatedHeading
                )
            {
                // ("READ MORE: ..." set into a sentence the next line ends.)
                let ends_list = kind == LineKind::Text
                    && ((!is_headline_like(&unit) && word_count(&unit) > 12)
                        || self
                            .kept
                            .last()
                            .is_some_and(|p| pullquote::goes_on(p, &unit)));
                if !ends_list {
                    self.drop("related headlines");
                    continue;
                }
                in_related = false;
                list_ended_at = Some((i, self.kept.len() + 1));
            }
            match kind {
                LineKind::Boilerplate(rule @ ("byline role" | "byline email")) => {
                    self.drop(rule);
                    // "Hendrik Vossberg" over "Berlin correspondent" or an
                    // email address: the writer's name with no "By", kept
                    // as the first line, or under a standfirst.
                    if self.kept.len() <= 3
                        && let Some(last) = self.kept.last()
                        && is_bare_name(last)
                    {
                        let name = self.kept.pop().unwrap_or_default();
                        if self.meta.byline.is_none() {
                            self.meta.byline = Some(name);
                        }
                        self.drop("byline");
                    }
                }
                LineKind::Boilerplate(rule) => self.drop(rule),
                LineKind::CommentsHeading if self.kept.len() >= 2 => {
                    self.drop("comments");
                    in_comments = true;
                }
                LineKind::CommentsHeading => self.drop("comments"),
                LineKind::RelatedHeading => {
                    // "READ MORE" under each item of a list: the line just
                    // before, which seemed to end the list, was an item's
                    // teaser.
                    if i > 0
                        && list_ended_at.take() == Some((i - 1, self.kept.len()))
                        && unit
                            .trim_end_matches(['.', '…', ' '])
                            .eq_ignore_ascii_case("read more")
                    {
                        self.kept.pop();
                        self.drop("related headlines");
                    }
                    // A "Related" heading before the article starts is a menu item.
                    self.drop("related headlines");
                    in_related = !self.kept.is_empty();
                }
                LineKind::Byline => {
                    if self.meta.byline.is_none() {
                        self.meta.byline = Some(meta::byline_name(&unit));
                        if self.meta.source.is_none() {
                            self.meta.source = meta::byline_outlet(&unit);
                        }
                    }
                    // "by Jane Doe September 15, 2014": the story's date.
                    if self.meta.date.is_none() {
                        self.meta.date = meta::find_date(&unit);
                    }
                    self.drop("byline");
                }
                LineKind::Timestamp => {
                    if !self.kept.is_empty() && stamps::is_list_stamp(&unit.to_lowercase()) {
                        self.stamps.push(self.kept.len());
                    }
                    if self.meta.date.is_none() {
                        self.meta.date = meta::find_date(&unit);
                    }
                    self.drop("timestamp");
                }
                LineKind::Copyright => {
                    self.note_copyright(&unit);
                    self.drop("copyright");
                }
                LineKind::Text
                    if after_kicker && is_headline_like(&unit) && word_count(&unit) <= 16 =>
                {
                    // The headline after a kicker: a teaser for another story.
                    self.drop("teaser headline");
                }
                LineKind::Text if title_found && is_kicker(&unit) && !self.kept.is_empty() => {
                    self.drop("kicker");
                    kicker = true;
                    continue;
                }
                // An extracted article opening with its section's label in
                // capitals ("TRANSPORT") over the standfirst or the text.
                // (Not a dateline: "BAAR, SWITZERLAND".)
                LineKind::Text
                    if !self.scraped
                        && self.kept.is_empty()
                        && is_kicker(&unit)
                        && word_count(&unit) <= 3
                        && !unit.contains(',') =>
                {
                    self.drop("kicker");
                }
                LineKind::Text
                    if self.scraped
                        && title_found
                        && self.kept.is_empty()
                        && let Some(rule) = self.under_title(&ahead, i, &unit) =>
                {
                    self.drop(rule);
                }
                LineKind::Text => {
                    let key = key(&unit);
                    if self.scraped && !title_found {
                        title_found = self.header_line(unit, key);
                    } else {
                        self.keep(unit, key);
                    }
                }
            }
        }
        self.finish()
    }

    /// A text line before the headline: the headline itself, a URL, a masthead,
    /// a menu item, or (when there is no headline) the first paragraph.
    /// Returns whether the title is now known.
    fn header_line(&mut self, unit: String, key: Option<u64>) -> bool {
        let n = word_count(&unit);
        if unit.starts_with("http://") || unit.starts_with("https://") {
            if self.meta.url.is_none() && n == 1 {
                self.meta.url = Some(unit);
            }
            self.drop("url line");
            return false;
        }
        let all_caps = lines::is_all_caps(&unit);
        let kicker_above = std::mem::take(&mut self.kicker_above);
        if all_caps && (1..=5).contains(&n) {
            if self.masthead.is_none() {
                self.masthead = Some(meta::title_case(&unit));
                // Right above the headline and naming no publication, it
                // is the headline's kicker ("BLACK DEATH FEARS").
                self.kicker_above = !names_a_publication(&unit);
            }
            self.drop("masthead");
            return false;
        }
        // "The Morning Courant" over the menu, in title case, with no
        // copyright line to name it: the site's name.
        if self.masthead.is_none()
            && self.title_hint.as_ref() != Some(&unit)
            && headline::is_title_case_masthead(&unit)
        {
            self.masthead = Some(unit);
            self.drop("masthead");
            return false;
        }
        // A stamp before the headline ("Published Wed, Nov 20 2019 4:29 AM
        // EST"), which the line rules took for text: its date is the story's.
        // (Only a short line that ends no sentence: prose that opens with a
        // date is the article's first paragraph.)
        if n <= 16
            && !ends_with_period(&unit)
            && self.title_hint.as_ref() != Some(&unit)
            && stamps::is_stamp_like(&unit)
        {
            if self.meta.date.is_none() {
                self.meta.date = meta::find_date(&unit);
            }
            self.drop("timestamp");
            return false;
        }
        // "The Lakeshore Ledger" over the headline, and "© 2026 The
        // Lakeshore Ledger | Privacy" at the foot: the site's name.
        if n <= 5
            && self.title_hint.as_ref() != Some(&unit)
            && self.copyrights.iter().any(|c| c.contains(unit.as_str()))
        {
            if self.masthead.is_none() {
                self.masthead = Some(unit);
            }
            self.drop("masthead");
            return false;
        }
        if (is_button(&unit) || is_section_path(&unit) || is_section_label(&unit))
            && self.title_hint.as_ref() != Some(&unit)
        {
            self.drop("menu line");
            return false;
        }
        if let Some(hint) = &self.title_hint
            && n <= MAX_TITLE_WORDS
        {
            if *hint != unit {
                self.drop("menu line");
                return false;
            }
        } else if n < 3 {
            self.drop("menu line");
            return false;
        }
        // (A long line that exclaims is the article's first sentence: "On
        // this page you will always find the latest standings!")
        let exclaims = n >= 12 && unit.trim_end().ends_with('!');
        if n <= MAX_TITLE_WORDS && !ends_with_period(&unit) && !exclaims {
            self.seen.extend(title_keys(&unit));
            if kicker_above {
                self.masthead = None;
            }
            self.meta.title = unit;
            return true;
        }
        // No headline: the article starts here.
        self.keep(unit, key);
        true
    }

    /// Keeps `unit`, whose [`dedup_key`] is `key`, unless it is a duplicate.
    fn keep(&mut self, unit: String, key: Option<u64>) {
        let Some(key) = key else {
            self.drop("no words");
            return;
        };
        if !self.seen.insert(key) {
            if self.is_story_card(&unit, key) {
                return;
            }
            self.drop("duplicate line");
            return;
        }
        if std::mem::take(&mut self.card_dek) && dedup::is_card_dek(&unit) {
            self.drop("story card");
            return;
        }
        // A teaser: the previous line is a cut-off start of this one.
        if let Some(prev) = self.kept.last() {
            let stem = teaser_stem(prev);
            if unit.len() > stem.len() && unit.starts_with(stem) && stem.chars().count() >= 20 {
                self.kept.pop();
                self.drop("teaser line");
            }
        }
        self.kept.push(unit);
    }

    /// A list of other stories, each a headline and a line of teaser over a
    /// relative time ("Woman risks her life to save a koala / At least six
    /// people ... / 14H ago"): three or more such times a few lines apart
    /// mark it; its items are dropped.
    fn drop_teaser_lists(&mut self) {
        let marks = std::mem::take(&mut self.stamps);
        for (from, to) in stamps::teaser_list_cuts(&marks).into_iter().rev() {
            let to = to.min(self.kept.len());
            if from < to {
                self.kept.drain(from..to);
                *self.rules.entry("teaser list").or_default() += to - from;
            }
        }
    }

    fn finish(mut self) -> Cleaned {
        self.drop_teaser_lists();
        for p in &mut self.kept {
            if let Some(end) = widgets::inline_teaser_at(p) {
                p.truncate(end);
                *self.rules.entry("inline story link").or_default() += 1;
            }
        }
        for i in liveblog::key_events(&self.kept).into_iter().rev() {
            self.kept.remove(i);
            self.drop("key events list");
        }
        self.bare_byline();
        pullquote::join_split_tags(&mut self.kept);
        for i in pullquote::pull_quotes(&self.kept).into_iter().rev() {
            self.kept.remove(i);
            self.drop("pull quote");
        }
        self.drop_author_box();
        self.drop_company_boilerplate();
        self.drop_marked_sidebar();
        // Short lines hanging after the last sentence (tags, stray buttons),
        // and a closing prompt to share, comment or subscribe.
        while let Some(last) = self.kept.last() {
            if self.kept.len() <= 1 {
                break;
            }
            if word_count(last) <= 4 && !ends_like_sentence(last) {
                self.kept.pop();
                self.drop("trailing fragment");
            } else if word_count(last) <= 45 && lines::is_footer_prompt(last) {
                self.kept.pop();
                self.drop("footer prompt");
            } else {
                break;
            }
        }
        if self.meta.source.is_none() {
            self.meta.source = self
                .meta
                .url
                .as_deref()
                .and_then(meta::url_host)
                .or(self.masthead.take());
        }
        if self.meta.title.is_empty()
            && let Some(first) = self.kept.first()
        {
            self.meta.title = meta::shorten_to_title(first, FALLBACK_TITLE_WORDS);
        }
        Cleaned {
            meta: self.meta,
            paragraphs: self.kept,
            rules: self.rules,
            notes: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_input;
#[cfg(test)]
mod tests_layout;
#[cfg(test)]
mod tests_meta;
#[cfg(test)]
mod tests_soup;
#[cfg(test)]
mod tests_tables;
