//! Quotes in the App: detected quotes with corrections, jumping between
//! them, correcting speakers, dismissing false quotes, the speakers view.

use crate::annotation::Correction;
use crate::article::Article;
use crate::quote::{Kind, Quote, apply_corrections};
use crate::store::Op;

use super::action::Action;
use super::app::{App, Focus, Prompt, PromptKind};
use super::overlays::SpeakersView;
use super::reader::ReaderState;

/// The span to select for the quote under `pos`: a detected quote with its
/// marks, else a pair of marks the detector did not take (short quotes).
pub fn quote_span_at(r: &ReaderState, pos: usize) -> Option<(usize, usize)> {
    if let Some(q) = r
        .detected
        .iter()
        .find(|q| !q.dismissed && q.start.saturating_sub(1) <= pos && pos <= q.end)
    {
        let marked = |i: usize| {
            r.chars
                .get(i)
                .is_some_and(|c| matches!(c, '“' | '”' | '"' | '«' | '»' | '„'))
        };
        let start = if q.kind == Kind::Direct && q.start > 0 && marked(q.start - 1) {
            q.start - 1
        } else {
            q.start
        };
        let end = if q.kind == Kind::Direct && marked(q.end) {
            q.end + 1
        } else {
            q.end
        };
        return Some((start, end));
    }
    crate::quote::span_at(r.quote_spans(), pos).map(|q| (q.start, q.end))
}

impl App {
    /// The corrections stored for `article`.
    fn corrections_for(&self, article: &Article) -> Vec<&Correction> {
        self.store
            .iter()
            .flat_map(|s| s.file.corrections.iter())
            .filter(|c| c.article.matches(article))
            .collect()
    }

    /// `article`'s quotes with the reader's corrections applied.
    pub fn quotes_of(&self, article: &Article, chars: &[char]) -> Vec<Quote> {
        let mut quotes = article.quotes.clone();
        let corrections = self.corrections_for(article);
        if !corrections.is_empty() {
            apply_corrections(&mut quotes, &corrections, chars);
        }
        quotes
    }

    /// Refreshes the shown article's quotes (after a store change).
    pub(crate) fn sync_quotes(&mut self) {
        let Some(article) = self.shown_article() else {
            self.reader.detected.clear();
            return;
        };
        let detected = self.quotes_of(article, &self.reader.chars);
        self.reader.detected = detected;
    }

    /// The detected quote under the cursor.
    fn quote_under_cursor(&self) -> Option<&Quote> {
        let c = self.reader.cursor;
        self.reader
            .detected
            .iter()
            .find(|q| q.start.saturating_sub(1) <= c && c <= q.end)
    }

    pub(crate) fn jump_quote(&mut self, forward: bool) {
        let c = self.reader.cursor;
        let target = if forward {
            self.reader
                .detected
                .iter()
                .filter(|q| !q.dismissed)
                .map(|q| q.start)
                .find(|&s| s > c)
        } else {
            self.reader
                .detected
                .iter()
                .filter(|q| !q.dismissed)
                .map(|q| q.start)
                .rev()
                .find(|&s| s < c)
        };
        match target {
            Some(s) => {
                let h = self.text_height();
                self.focus = Focus::Reader;
                self.reader.goal_col = None;
                self.reader.set_cursor(s, h);
                if let Some(q) = self.quote_under_cursor() {
                    let who = q
                        .speaker
                        .clone()
                        .unwrap_or_else(|| "speaker unknown".into());
                    let kind = if q.kind == Kind::Indirect {
                        " (indirect)"
                    } else {
                        ""
                    };
                    self.set_status(format!("Quote{kind}: {who}"), false);
                }
            }
            None => self.set_status(
                if forward {
                    "No more quotes below"
                } else {
                    "No more quotes above"
                },
                false,
            ),
        }
    }

    fn writable_store(&mut self) -> bool {
        match &self.store {
            Some(s) if s.read_only.is_none() => true,
            Some(s) => {
                let why = s.read_only.clone().unwrap_or_default();
                self.set_status(why, true);
                false
            }
            None => {
                self.set_status("Corrections are off: no data directory", true);
                false
            }
        }
    }

    pub(crate) fn start_speaker_prompt(&mut self) {
        let Some(q) = self.quote_under_cursor() else {
            self.set_status("No quote under the cursor: ] and [ jump to quotes", false);
            return;
        };
        let input = q.speaker.as_deref().unwrap_or_default().to_string();
        if self.writable_store() {
            self.prompt = Some(Prompt {
                kind: PromptKind::Speaker,
                input,
            });
        }
    }

    /// The stored correction for the quote under the cursor, or a new one.
    fn correction_here(&self) -> Option<Correction> {
        let q = self.quote_under_cursor()?.clone();
        let article = self.shown_article()?;
        let existing = self.corrections_for(article).into_iter().find(|c| {
            crate::anchor::reanchor(&c.target, &self.reader.chars)
                .range()
                .is_some_and(|(s, e)| s < q.end && q.start < e)
        });
        Some(
            existing
                .cloned()
                .unwrap_or_else(|| Correction::new(article, &self.reader.chars, q.start, q.end)),
        )
    }

    pub(crate) fn save_speaker(&mut self, name: &str) {
        let Some(mut c) = self.correction_here() else {
            return;
        };
        let name = crate::sanitize::one_line(name);
        c.speaker = (!name.is_empty()).then_some(name.clone());
        c.updated = crate::annotation::now();
        self.save_correction(
            c,
            &format!(
                "Speaker set to {}",
                if name.is_empty() { "(detected)" } else { &name }
            ),
        );
    }

    pub(crate) fn toggle_dismissed(&mut self) {
        if !self.writable_store() {
            return;
        }
        let Some(mut c) = self.correction_here() else {
            self.set_status("No quote under the cursor: ] and [ jump to quotes", false);
            return;
        };
        c.dismissed = !c.dismissed;
        c.updated = crate::annotation::now();
        let msg = if c.dismissed {
            "Marked as not a quote (X again undoes)"
        } else {
            "Quote restored"
        };
        self.save_correction(c, msg);
    }

    fn save_correction(&mut self, c: Correction, msg: &str) {
        let Some(store) = &mut self.store else { return };
        match store.apply(&[Op::Correct(Box::new(c))]) {
            Ok(()) => {
                self.store_changed();
                self.sync_anchors();
                self.set_status(msg.to_string(), false);
            }
            Err(e) => self.set_status(e.to_string(), true),
        }
    }

    pub(crate) fn open_speakers(&mut self) {
        let mut view = SpeakersView::default();
        let mut per_article: Vec<(usize, Vec<Quote>)> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let Some(article) = entry.article() else {
                continue;
            };
            let chars: Vec<char> = if self.corrections_for(article).is_empty() {
                Vec::new()
            } else {
                article.text.chars().collect()
            };
            let quotes: Vec<Quote> = self
                .quotes_of(article, &chars)
                .into_iter()
                .filter(|q| !q.dismissed)
                .collect();
            per_article.push((i, quotes));
        }
        // "Oyenuga-Hale" in one article is "Perpetua Oyenuga-Hale" of
        // another when no one else of the library bears the surname.
        let (entries, mut per_article): (Vec<usize>, Vec<Vec<Quote>>) =
            per_article.into_iter().unzip();
        let texts: Vec<&str> = entries
            .iter()
            .map(|&i| self.entries[i].article().map_or("", |a| a.text.as_str()))
            .collect();
        crate::quote::merge_surnames(&mut per_article, &texts);
        for (&i, quotes) in entries.iter().zip(&per_article) {
            for q in quotes {
                if let Some(s) = &q.speaker {
                    view.all_quotes
                        .push((s.to_string(), i, q.start, q.end, q.text.clone()));
                }
            }
        }
        view.rows = crate::quote::speaker_index(per_article.iter().map(Vec::as_slice));
        view.refilter();
        if view.rows.is_empty() {
            self.set_status("No quotes with a speaker in the library", false);
            return;
        }
        self.speakers = Some(view);
    }

    pub(crate) fn update_speakers(&mut self, action: Action) {
        let Some(v) = &mut self.speakers else { return };
        match (&mut v.open, action) {
            (Some((_, items, sel)), Action::Down) => {
                *sel = (*sel + 1).min(items.len().saturating_sub(1))
            }
            (Some((_, _, sel)), Action::Up) => *sel = sel.saturating_sub(1),
            (Some(_), Action::Close) => v.open = None,
            (Some((_, items, sel)), Action::Open) => {
                let target = items
                    .get(*sel)
                    .and_then(|&k| v.all_quotes.get(k))
                    .map(|(_, e, s, _, _)| (*e, *s));
                self.speakers = None;
                if let Some((entry, start)) = target {
                    self.go_to(entry, start);
                }
            }
            (None, Action::Down) => {
                v.selected = (v.selected + 1).min(v.shown.len().saturating_sub(1))
            }
            (None, Action::Up) => v.selected = v.selected.saturating_sub(1),
            (None, Action::Close) => self.speakers = None,
            (None, Action::Input(c)) => {
                v.filter.push(c);
                v.refilter();
            }
            (None, Action::DeleteChar) => {
                v.filter.pop();
                v.refilter();
            }
            (None, Action::Open) => {
                if let Some(name) = v.shown.get(v.selected).map(|&i| v.rows[i].0.clone()) {
                    let items: Vec<usize> = (0..v.all_quotes.len())
                        .filter(|&k| v.all_quotes[k].0 == name)
                        .collect();
                    v.open = Some((name, items, 0));
                }
            }
            _ => {}
        }
    }

    /// Shows entry `entry` with the cursor at char `offset`.
    pub fn go_to(&mut self, entry: usize, offset: usize) {
        if !self.list.visible.contains(&entry) {
            self.list.set_filter("");
        }
        if let Some(pos) = self.list.visible.iter().position(|&v| v == entry) {
            self.list.select(pos);
        }
        self.sync_reader();
        self.focus = Focus::Reader;
        let h = self.text_height();
        self.reader.set_cursor(offset, h);
    }

    /// The speaker of a quote being annotated (its detected or corrected speaker).
    pub(crate) fn speaker_for(&self, start: usize, end: usize) -> Option<String> {
        self.reader
            .detected
            .iter()
            .filter(|q| !q.dismissed && q.start < end && start < q.end)
            .find_map(|q| q.speaker.as_deref().map(str::to_string))
    }
}
