//! The reader's own boilerplate rules: "this line is boilerplate", for one
//! article or for every article of an outlet. Kept in a readable JSON file
//! in the data directory, apart from the built-in rules, applied after them.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::article::Article;

pub const FILE_NAME: &str = "boilerplate-rules.json";

/// Where a rule applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "scope", rename_all = "lowercase")]
pub enum Scope {
    /// One article (file, and line of a JSONL corpus).
    Article {
        path: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        line: Option<usize>,
    },
    /// Every article of an outlet (its name or domain).
    Source { source: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRule {
    pub id: String,
    /// The line as it was shown; matched ignoring case, spaces and punctuation.
    pub text: String,
    #[serde(flatten)]
    pub scope: Scope,
    pub created: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct RulesFile {
    version: u64,
    rules: Vec<UserRule>,
}

/// The rules of one data directory.
#[derive(Debug, Default)]
pub struct UserRules {
    path: Option<PathBuf>,
    pub rules: Vec<UserRule>,
    /// Why the file could not be read (then it is never written).
    pub error: Option<String>,
}

fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl UserRules {
    /// Reads the rules in `dir`; a missing file is no rules, a broken one an error.
    pub fn open(dir: &Path) -> UserRules {
        let path = dir.join(FILE_NAME);
        let mut out = UserRules {
            path: Some(path.clone()),
            ..UserRules::default()
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => match serde_json::from_str::<RulesFile>(&text) {
                Ok(f) => out.rules = f.rules,
                Err(e) => {
                    out.error = Some(format!(
                        "{}: {e}; your rules are not applied and the file is left alone",
                        path.display()
                    ))
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => out.error = Some(format!("{}: {e}", path.display())),
        }
        out
    }

    /// Saves the rules (temp file and rename).
    pub fn save(&self) -> Result<(), String> {
        if let Some(e) = &self.error {
            return Err(e.clone());
        }
        let Some(path) = &self.path else {
            return Ok(());
        };
        let file = RulesFile {
            version: 1,
            rules: self.rules.clone(),
        };
        let text = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())? + "\n";
        crate::export::write_file(path, &text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// A new rule dropping `text` from `article` (or from every article of its outlet).
    pub fn rule_for(article: &Article, text: &str, whole_source: bool) -> Option<UserRule> {
        let scope = if whole_source {
            let source = article.meta.source.clone().or_else(|| {
                article
                    .meta
                    .url
                    .as_deref()
                    .and_then(crate::clean::meta::url_host)
            })?;
            Scope::Source { source }
        } else {
            Scope::Article {
                path: article.src.path.display().to_string(),
                line: article.src.line,
            }
        };
        Some(UserRule {
            id: uuid::Uuid::new_v4().to_string(),
            text: text.to_string(),
            scope,
            created: crate::annotation::now(),
        })
    }

    fn applies(rule: &UserRule, article: &Article) -> bool {
        match &rule.scope {
            Scope::Article { path, line } => {
                *path == article.src.path.display().to_string() && *line == article.src.line
            }
            Scope::Source { source } => {
                article
                    .meta
                    .source
                    .as_deref()
                    .is_some_and(|s| s.eq_ignore_ascii_case(source))
                    || article
                        .meta
                        .url
                        .as_deref()
                        .and_then(crate::clean::meta::url_host)
                        .is_some_and(|h| h.eq_ignore_ascii_case(source))
            }
        }
    }

    /// The article without the lines the rules drop, and the rules that fired;
    /// `None` when no rule fires.
    pub fn apply(&self, article: &Article) -> Option<(Article, Vec<String>)> {
        let rules: Vec<&UserRule> = self
            .rules
            .iter()
            .filter(|r| Self::applies(r, article))
            .collect();
        if rules.is_empty() {
            return None;
        }
        let keys: Vec<String> = rules.iter().map(|r| key(&r.text)).collect();
        let mut fired = Vec::new();
        let paragraphs: Vec<String> = article
            .paragraphs()
            .filter(|p| match keys.iter().position(|k| *k == key(p)) {
                Some(i) => {
                    fired.push(rules[i].text.clone());
                    false
                }
                None => true,
            })
            .map(str::to_string)
            .collect();
        if fired.is_empty() {
            return None;
        }
        let mut out = Article::new(
            article.src.clone(),
            article.format,
            article.meta.clone(),
            paragraphs,
            article.warnings.clone(),
        );
        out.quotes = crate::quote::detect(&out.text);
        out.rules = article.rules.clone();
        for f in &fired {
            out.rules.push(format!("your rule: {f}"));
        }
        Some((out, fired))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, Meta, SourceRef};

    fn article(path: &str, source: &str) -> Article {
        Article::new(
            SourceRef::file(path),
            Format::Text,
            Meta {
                title: "T".into(),
                source: Some(source.into()),
                ..Meta::default()
            },
            vec![
                "Real text of the article here.".into(),
                "Support our journalism today!".into(),
            ],
            vec![],
        )
    }

    #[test]
    fn rules_drop_lines_by_article_or_outlet_and_survive_a_restart() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut rules = UserRules::open(dir.path());
        let a = article("/a.txt", "Bay Notes");
        let b = article("/b.txt", "Bay Notes");
        let c = article("/c.txt", "Other Post");
        rules
            .rules
            .push(UserRules::rule_for(&a, "SUPPORT our journalism today", true).expect("rule"));
        rules.save().expect("saved");
        let rules = UserRules::open(dir.path());
        assert_eq!(rules.rules.len(), 1);
        let (a2, fired) = rules.apply(&a).expect("fires");
        assert_eq!(
            a2.paragraphs().collect::<Vec<_>>(),
            vec!["Real text of the article here."]
        );
        assert_eq!(fired.len(), 1);
        assert!(rules.apply(&b).is_some(), "same outlet");
        assert!(rules.apply(&c).is_none(), "other outlet");
        let mut one = UserRules::open(dir.path());
        one.rules =
            vec![UserRules::rule_for(&a, "Support our journalism today!", false).expect("rule")];
        assert!(one.apply(&a).is_some() && one.apply(&b).is_none());
    }

    #[test]
    fn a_broken_rules_file_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join(FILE_NAME), "{ nope").expect("write");
        let rules = UserRules::open(dir.path());
        assert!(
            rules
                .error
                .as_deref()
                .is_some_and(|e| e.contains(FILE_NAME))
        );
        assert!(rules.save().is_err());
        assert_eq!(
            std::fs::read_to_string(dir.path().join(FILE_NAME)).expect("read"),
            "{ nope"
        );
    }
}
