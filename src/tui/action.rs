//! Every user command is an [`Action`] with a name; the keymap maps keys to
//! actions and the config file refers to them by name (`[keys] quit = ["q"]`).

macro_rules! actions {
    ($($variant:ident = $name:literal : $desc:literal),* $(,)?) => {
        /// Everything that can change the app's state.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Action {
            $(#[doc = $desc] $variant,)*
            /// The terminal has a new size (columns, rows).
            Resize(u16, u16),
            /// Mouse wheel over a cell.
            ScrollAt { column: u16, row: u16, down: bool },
            /// Left click on a cell.
            ClickAt { column: u16, row: u16 },
            /// Mouse moved with the left button down.
            DragTo { column: u16, row: u16 },
            /// A character typed into the prompt.
            Input(char),
            /// Backspace in the prompt.
            DeleteChar,
            /// A key for the note editor.
            TextKey(crossterm::event::KeyEvent),
        }

        impl Action {
            /// The actions that have names (and so can be bound in the config).
            pub const NAMED: &'static [Action] = &[$(Action::$variant),*];

            /// The name used in the config file, for named actions.
            pub fn name(self) -> Option<&'static str> {
                match self {
                    $(Action::$variant => Some($name),)*
                    _ => None,
                }
            }

            /// One line saying what the action does, for the help overlay.
            pub fn description(self) -> &'static str {
                match self {
                    $(Action::$variant => $desc,)*
                    _ => "",
                }
            }

            pub fn from_name(name: &str) -> Option<Action> {
                match name {
                    $($name => Some(Action::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

actions! {
    Quit = "quit": "Quit presscut",
    Help = "help": "Show or hide this help",
    Close = "close": "Close the overlay or prompt; clear the list filter",
    FocusNext = "focus_next": "Switch focus between the list and the reader",
    FocusList = "focus_list": "Focus the article list",
    FocusReader = "focus_reader": "Focus the reader",
    Down = "down": "Next article / scroll down a line",
    Up = "up": "Previous article / scroll up a line",
    Open = "open": "Open the selected article in the reader",
    HalfPageDown = "half_page_down": "Down half a page",
    HalfPageUp = "half_page_up": "Up half a page",
    PageDown = "page_down": "Down a page",
    PageUp = "page_up": "Up a page",
    Top = "top": "Go to the top",
    Bottom = "bottom": "Go to the bottom",
    Search = "search": "Search in the article (matches highlighted)",
    NextMatch = "next_match": "Next search match",
    PrevMatch = "prev_match": "Previous search match",
    Filter = "filter": "Filter the list by title or outlet",
    Submit = "submit": "Confirm: the search, filter, tags or note",
    ClearInput = "clear_input": "Clear what was typed in the prompt",
    Complete = "complete": "Complete the tag being typed",
    WordNext = "word_next": "Cursor to the next word",
    WordPrev = "word_prev": "Cursor to the previous word",
    WordEnd = "word_end": "Cursor to the end of the word",
    SentenceNext = "sentence_next": "Cursor to the next sentence",
    SentencePrev = "sentence_prev": "Cursor to the start of the sentence",
    ParagraphNext = "paragraph_next": "Cursor to the next paragraph",
    ParagraphPrev = "paragraph_prev": "Cursor to the start of the paragraph",
    Visual = "visual": "Start or end a selection (extend it with any motion)",
    VisualSentences = "visual_sentences": "Select whole sentences",
    SelectQuote = "select_quote": "Select the quote under the cursor",
    SelectSentence = "select_sentence": "Select the sentence under the cursor",
    SelectParagraph = "select_paragraph": "Select the paragraph under the cursor",
    Tag = "tag": "Tag the selection, quote or annotation under the cursor",
    Note = "note": "Write a note on the selection or annotation",
    Delete = "delete": "Delete the annotation under the cursor",
    Undo = "undo": "Undo the last deleted annotation or boilerplate rule",
    MarkBoilerplate = "mark_boilerplate": "Mark the line under the cursor as boilerplate",
    RuleArticle = "rule_article": "For this article only",
    RuleSource = "rule_source": "For every article of this outlet",
    ToggleAnnotations = "annotations": "Show or hide this article's annotations",
    AllAnnotations = "all_annotations": "All annotations of the library",
    Export = "export": "Export annotations (Markdown, W3C JSON, CSV)",
    NextQuote = "next_quote": "Cursor to the next quote",
    PrevQuote = "prev_quote": "Cursor to the previous quote",
    CorrectSpeaker = "correct_speaker": "Correct the speaker of the quote under the cursor",
    DismissQuote = "dismiss_quote": "Mark the quote under the cursor as not a quote (again: undo)",
    ToggleSpeakers = "toggle_speakers": "Show or hide speaker names beside quotes",
    Speakers = "speakers": "Every speaker in the library and their quotes",
    NextOption = "next_option": "Next choice",
    PrevOption = "prev_option": "Previous choice",
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for a in Action::NAMED {
            let name = a.name().expect("named");
            assert_eq!(Action::from_name(name), Some(*a));
            assert!(!a.description().is_empty());
        }
        assert_eq!(Action::from_name("nope"), None);
        assert_eq!(Action::Input('x').name(), None);
    }
}
