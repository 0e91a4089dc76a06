//! The export dialog of the App: choose format, scope and path; write the file.

use crate::annotation::Annotation;
use crate::article::Entry;
use crate::export::{self, MarkdownOptions};

use super::action::Action;
use super::app::App;
use super::overlays::{ExportDialog, Scope};

impl App {
    pub(crate) fn open_export(&mut self) {
        if self.store.is_none() {
            self.set_status("Annotations are off: no data directory", true);
            return;
        }
        let dir = directories::UserDirs::new()
            .and_then(|u| u.document_dir().map(std::path::Path::to_path_buf))
            .filter(|d| d.is_dir())
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        let today = crate::annotation::now()
            .get(..10)
            .unwrap_or("today")
            .to_string();
        let mut dialog = ExportDialog::new(dir, &today);
        if self.shown_article().is_some() {
            dialog.scope = Scope::Article;
        }
        self.export = Some(dialog);
    }

    pub(crate) fn update_export(&mut self, action: Action) {
        let Some(d) = &mut self.export else { return };
        match action {
            Action::Down => d.row = (d.row + 1) % 3,
            Action::Up => d.row = (d.row + 2) % 3,
            Action::NextOption => d.cycle(1),
            Action::PrevOption => d.cycle(-1),
            Action::Input(c) => {
                d.row = 2;
                d.path.push(c);
            }
            Action::DeleteChar => {
                d.row = 2;
                d.path.pop();
            }
            Action::Close => self.export = None,
            Action::Submit => self.run_export(),
            _ => {}
        }
    }

    /// The annotations a scope takes.
    pub fn export_selection(&self, scope: Scope) -> Vec<&Annotation> {
        let Some(store) = &self.store else {
            return Vec::new();
        };
        let all = store.annotations();
        let keep: Box<dyn Fn(&Annotation) -> bool> = match scope {
            Scope::Everything => Box::new(|_| true),
            Scope::Article => match self.shown_article() {
                Some(article) => Box::new(move |a: &Annotation| a.article.matches(article)),
                None => Box::new(|_| false),
            },
            Scope::Filtered => {
                let shown: Vec<&crate::article::Article> = self
                    .list
                    .visible
                    .iter()
                    .filter_map(|&i| self.entries.get(i).and_then(Entry::article))
                    .collect();
                Box::new(move |a: &Annotation| shown.iter().any(|art| a.article.matches(art)))
            }
        };
        export::Filter::default()
            .apply(all)
            .into_iter()
            .filter(|a| keep(a))
            .collect()
    }

    fn run_export(&mut self) {
        let Some(d) = self.export.clone() else { return };
        let chosen = self.export_selection(d.scope);
        if chosen.is_empty() {
            self.set_status(
                format!("Nothing to export: no annotations in {}", d.scope.label()),
                true,
            );
            return;
        }
        let path = std::path::PathBuf::from(d.path.trim());
        let result = export::export(&chosen, d.format, MarkdownOptions::default())
            .and_then(|text| export::write_file(&path, &text).map_err(|e| e.to_string()));
        let n = chosen.len();
        match result {
            Ok(()) => {
                self.export = None;
                self.set_status(
                    format!("Exported {n} annotation(s) to {}", path.display()),
                    false,
                );
            }
            Err(e) => self.set_status(format!("Cannot write {}: {e}", path.display()), true),
        }
    }
}
