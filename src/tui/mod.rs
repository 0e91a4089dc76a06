//! The terminal user interface: state in [`app`], keys in [`keymap`], drawing in `ui`.

pub mod action;
mod annotate;
pub mod app;
pub mod areas;
pub mod cursor;
pub mod event;
mod export_dialog;
mod help;
pub mod keymap;
pub mod list;
mod mouse;
pub mod overlays;
pub mod quotes;
pub mod reader;
mod rules;
pub mod terminal;
pub mod text_layout;
pub mod theme;
mod ui;

use std::io;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;

use crate::library::LoadMsg;
use app::App;
use event::{EventSource, Next};

pub use ui::draw;

/// Runs the app until it quits or the events end. Generic over the backend
/// and the event source, so tests drive the real loop.
pub fn run<B: Backend, E: EventSource>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    events: &mut E,
    mut loader: Option<Receiver<LoadMsg>>,
) -> io::Result<()>
where
    B::Error: std::error::Error + Send + Sync + 'static,
{
    let size = terminal.size().map_err(io::Error::other)?;
    app.update(action::Action::Resize(size.width, size.height));
    let mut dirty = true;
    // The loader has sent everything (it may still be writing the index).
    let mut loaded = false;
    loop {
        if let Some(rx) = &loader {
            loop {
                match rx.try_recv() {
                    Ok(msg) => {
                        loaded |= matches!(msg, LoadMsg::Done);
                        app.on_load(msg);
                        dirty = true;
                    }
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        loader = None;
                        break;
                    }
                }
            }
        }
        if dirty {
            terminal.draw(|f| draw(f, app)).map_err(io::Error::other)?;
            dirty = false;
        }
        if app.quit {
            finish_loader(loader.filter(|_| loaded));
            return Ok(());
        }
        let timeout = if loader.is_some() {
            Duration::from_millis(30)
        } else {
            Duration::from_millis(500)
        };
        match events.next(timeout)? {
            Next::Event(ev) => {
                if let Some(action) = app.action_for(&ev) {
                    app.update(action);
                    dirty = true;
                }
            }
            Next::Timeout => dirty |= app.tick(),
            Next::Closed => {
                finish_loader(loader.filter(|_| loaded));
                return Ok(());
            }
        }
    }
}

/// After its last message the loader still writes the index cache: on quit,
/// give it a moment to finish so the next start can use it. (A loader that
/// is still loading is not waited for: its sends fail, it stops and writes
/// nothing.)
fn finish_loader(loader: Option<Receiver<LoadMsg>>) {
    let Some(rx) = loader else {
        return;
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(2);
    while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(_) => {}
            Err(_) => break,
        }
    }
}
