//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

use presscut::config::Config;
use presscut::library;
use presscut::tui::action::Action;
use presscut::tui::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn samples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/articles")
}

/// An app on the sample library, loaded up front, at `w` x `h`.
pub fn sample_app(w: u16, h: u16) -> App {
    let lib = library::load(&[samples()]);
    let mut app = App::new(&Config::default(), false, Vec::new()).with_entries(lib.entries);
    app.update(Action::Resize(w, h));
    app
}

/// The screen as text, one line per row.
pub fn render(app: &App) -> String {
    let terminal = render_terminal(app);
    buffer_text(terminal.backend().buffer())
}

pub fn render_terminal(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.size.0, app.size.1)).expect("test terminal");
    terminal
        .draw(|f| presscut::tui::draw(f, app))
        .expect("draw");
    terminal
}

pub fn buffer_text(buf: &ratatui::buffer::Buffer) -> String {
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut row = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            row.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

/// Types a string into the prompt.
pub fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        app.update(Action::Input(c));
    }
}

/// Writes two articles into `dir`: one names Gov. Perpetua Oyenuga-Hale in
/// full, the other only "Governor Oyenuga-Hale".
pub fn governor_library(dir: &std::path::Path) {
    for (file, text) in [
        (
            "signed.txt",
            "Governor signs transit bill\n\nGov. Perpetua Oyenuga-Hale signed the transit bill on Friday.\n\n\
             “This bill will put more buses on more streets,” Oyenuga-Hale said.\n",
        ),
        (
            "deficit.txt",
            "Budget office warns of deficit\n\nGovernor Oyenuga-Hale dismissed the warning on Monday.\n\n\
             “The budget office has been wrong three years running,” the governor said.\n",
        ),
    ] {
        std::fs::write(dir.join(file), text).expect("write");
    }
}
