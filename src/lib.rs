//! presscut: a terminal reader for news articles.
//!
//! The core (everything here but [`tui`]) knows nothing of terminals: it finds
//! and loads articles, cleans them, and reads configuration. The [`tui`] module
//! draws it all with ratatui.

pub mod anchor;
pub mod annotation;
pub mod article;
pub mod clean;
pub mod config;
pub mod export;
pub mod index_cache;
pub mod library;
pub mod quote;
pub mod sanitize;
pub mod store;
pub mod text_nav;
pub mod tui;
pub mod words;
