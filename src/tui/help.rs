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

    /// The help's last scroll position and its page, from the box
    /// `ui::help` draws it in on this screen.
    fn help_extent(&self) -> (usize, usize) {
        let screen = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
        let (lines, popup) = super::ui::help::layout(self, screen);
        let inner = usize::from(popup.height.saturating_sub(2));
        (
            lines.len().saturating_sub(inner),
            inner.saturating_sub(1).max(1),
        )
    }
}
