//! Boilerplate marking in the App: `x` on a line, then `a` (this article) or
//! `o` (every article of this outlet); the rule is saved in the data dir and
//! applied at once; `u` takes it back.

use crate::article::Entry;
use crate::clean::user_rules::{UserRule, UserRules};
use crate::text_nav;

use super::action::Action;
use super::app::{App, Undo};

impl App {
    /// Uses `rules` for boilerplate marking; a broken rules file says why.
    pub fn with_rules(mut self, rules: UserRules) -> App {
        if let Some(e) = &rules.error {
            self.set_status(e.clone(), true);
        }
        self.rules = Some(rules);
        let mut entries = std::mem::take(&mut self.entries);
        self.apply_rules_to(&mut entries);
        self.entries = entries;
        self.reader.show(None);
        self.sync_reader();
        self
    }

    /// Applies the user rules to freshly loaded entries.
    pub(crate) fn apply_rules_to(&self, entries: &mut [Entry]) {
        let Some(rules) = &self.rules else { return };
        if rules.rules.is_empty() {
            return;
        }
        for e in entries.iter_mut() {
            if let Entry::Article(a) = e
                && let Some((cleaned, _)) = rules.apply(a)
            {
                **a = cleaned;
            }
        }
    }

    pub(crate) fn start_marking(&mut self) {
        if self.rules.is_none() {
            self.set_status("Boilerplate rules are off: no data directory", true);
            return;
        }
        if self.reader.chars.is_empty() {
            return;
        }
        let (s, e) = text_nav::paragraph_at(&self.reader.chars, self.reader.cursor);
        let line: String = self.reader.chars[s..e].iter().collect();
        if line.trim().is_empty() {
            return;
        }
        let source = self
            .shown_article()
            .and_then(|a| a.meta.source.clone())
            .unwrap_or_else(|| "(unknown outlet)".into());
        let mut shown: String = line.chars().take(28).collect();
        if line.chars().count() > 28 {
            shown.push('…');
        }
        self.set_status(
            format!("Boilerplate “{shown}”: a this article · o all of {source} · Esc cancel"),
            false,
        );
        self.marking = Some(line);
    }

    pub(crate) fn update_marking(&mut self, action: Action) {
        let Some(line) = self.marking.take() else {
            return;
        };
        let whole_source = match action {
            Action::RuleArticle => false,
            Action::RuleSource => true,
            _ => {
                self.status = None;
                return;
            }
        };
        let Some(article) = self.shown_article() else {
            return;
        };
        let Some(rule) = UserRules::rule_for(article, &line, whole_source) else {
            self.set_status(
                "This article has no outlet: the rule can only be for this article (a)",
                true,
            );
            return;
        };
        let Some(rules) = &mut self.rules else { return };
        rules.rules.push(rule.clone());
        if let Err(e) = rules.save() {
            rules.rules.pop();
            self.set_status(e, true);
            return;
        }
        let changed = self.reapply_rules();
        self.undo.push(Undo::Rule(rule));
        self.set_status(
            format!("Dropped from {changed} article(s); saved in your rules · u undoes"),
            false,
        );
    }

    /// Applies the rules to every article again; returns how many changed.
    fn reapply_rules(&mut self) -> usize {
        let Some(rules) = &self.rules else { return 0 };
        let mut changed = 0;
        for e in &mut self.entries {
            if let Entry::Article(a) = e
                && let Some((cleaned, _)) = rules.apply(a)
            {
                **a = cleaned;
                changed += 1;
            }
        }
        self.refresh_shown();
        changed
    }

    /// Takes a rule back: the articles it touched are read again from disk.
    pub(crate) fn remove_rule(&mut self, rule: &UserRule) {
        let Some(rules) = &mut self.rules else { return };
        rules.rules.retain(|r| r.id != rule.id);
        if let Err(e) = rules.save() {
            self.set_status(e, true);
            return;
        }
        let touched: Vec<usize> = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.article()
                    .is_some_and(|a| a.rules.iter().any(|r| r.ends_with(&rule.text)))
            })
            .map(|(i, _)| i)
            .collect();
        for i in &touched {
            let src = self.entries[*i].src().clone();
            let fresh = crate::library::load_file(&src.path)
                .into_iter()
                .find(|e| e.src() == &src);
            if let Some(mut entry) = fresh {
                self.apply_rules_to(std::slice::from_mut(&mut entry));
                self.entries[*i] = entry;
            }
        }
        self.refresh_shown();
        self.set_status(
            format!("Rule removed; {} article(s) read again", touched.len()),
            false,
        );
    }

    /// The shown article changed under the reader: lay it out again, keeping the place.
    fn refresh_shown(&mut self) {
        let entry = self.reader.entry;
        let cursor = self.reader.cursor;
        self.reader.show(None);
        self.reader.show(entry);
        self.sync_reader();
        let h = self.text_height();
        self.reader.set_cursor(cursor, h);
    }
}
