//! Scrolling the help overlay: a line, a page, or to either end, never past
//! its last line (so that a key back up moves the view at once).

use super::action::Action;
use super::app::App;

impl App {
    pub(super) fn update_help(&mut self, action: Action) {
        let Some(at) = self.help else {
            return;
        };
        let (max, page) = self.help_extent();
        self.help = match action {
            Action::Close | Action::Help => None,
            Action::Quit => {
                self.quit = true;
                Some(at)
            }
            Action::Down => Some((at + 1).min(max)),
            Action::Up => Some(at.saturating_sub(1)),
            Action::PageDown => Some((at + page).min(max)),
            Action::PageUp => Some(at.saturating_sub(page)),
            Action::Top => Some(0),
            Action::Bottom => Some(max),
            _ => Some(at),
        };
    }

    /// The help's last scroll position and its page, as `ui::help` draws
    /// it: a title and the rows of each mode, a blank line between modes,
    /// then a blank line and the line on the config, in a box two rows
    /// shorter than the terminal at most.
    fn help_extent(&self) -> (usize, usize) {
        let help = self.keymap.help();
        let lines = help.iter().map(|(_, rows)| rows.len() + 1).sum::<usize>()
            + help.len().saturating_sub(1)
            + 2;
        let height = (lines + 2).min(usize::from(self.size.1.saturating_sub(2)));
        let inner = height.saturating_sub(2);
        (lines.saturating_sub(inner), inner.saturating_sub(1).max(1))
    }
}
