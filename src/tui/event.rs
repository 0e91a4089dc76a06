//! Where events come from: the real terminal, or a script (tests).

use std::collections::VecDeque;
use std::io;
use std::time::Duration;

use crossterm::event::{self, Event};

/// What waiting for an event gave.
#[derive(Debug)]
pub enum Next {
    Event(Event),
    /// Nothing happened within the timeout.
    Timeout,
    /// The source has no more events: the loop ends.
    Closed,
}

pub trait EventSource {
    fn next(&mut self, timeout: Duration) -> io::Result<Next>;
}

/// Events from the terminal (crossterm).
pub struct TerminalEvents;

impl EventSource for TerminalEvents {
    fn next(&mut self, timeout: Duration) -> io::Result<Next> {
        if event::poll(timeout)? {
            Ok(Next::Event(event::read()?))
        } else {
            Ok(Next::Timeout)
        }
    }
}

/// A fixed list of events, for tests; closed when empty.
#[derive(Debug, Default)]
pub struct ScriptedEvents(pub VecDeque<Event>);

impl ScriptedEvents {
    pub fn new(events: impl IntoIterator<Item = Event>) -> Self {
        Self(events.into_iter().collect())
    }
}

impl EventSource for ScriptedEvents {
    fn next(&mut self, _timeout: Duration) -> io::Result<Next> {
        Ok(self.0.pop_front().map_or(Next::Closed, Next::Event))
    }
}
