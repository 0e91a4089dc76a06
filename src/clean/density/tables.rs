//! Tables in a scraped page: their rows are low in function words, so the
//! density test alone drops them.

use super::{Class, is_list_item};

/// Least rows of a table the article introduces.
const INTRODUCED_ROWS: usize = 3;

/// A table under a sentence that introduces it ("The final standings after
/// 36 races:") is the article's, however low its rows are in function
/// words, and so is that sentence. (A table in a page's margin stands under
/// a heading: "League table".)
pub(super) fn introduced(units: &[String], rows: &[bool], classes: &mut [Class]) {
    let introduces = |u: &str| {
        u.ends_with(':')
            && !is_list_item(u)
            && crate::words::count_words(u) >= 5
            && u.split_whitespace()
                .skip(1)
                .any(|w| w.starts_with(char::is_lowercase))
    };
    for (start, end) in crate::clean::units::table::runs(rows) {
        if end - start >= INTRODUCED_ROWS && start > 0 && introduces(&units[start - 1]) {
            classes[start - 1..end].fill(Class::Good);
        }
    }
}
