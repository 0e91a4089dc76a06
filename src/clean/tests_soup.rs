//! Page soups: text made of the lines and fragments the cleaner's rules look
//! at (menus, bylines, dates, share buttons, headings, tags, entities,
//! prose, quotes) in any order, as scraped text, HTML and Markdown. Whatever
//! the order, cleaning must not panic and must leave no tag or entity.

use super::*;
use proptest::prelude::*;

/// The pieces a soup is made of.
const PIECES: &[&str] = &[
    "Home",
    "* Share this article",
    "Listen Live",
    "Comments",
    "You might also like",
    "Advertisement",
    "By Ada Lint",
    "By",
    "Ada Lint, Staff Writer",
    "Published 2026-03-12 10:41",
    "March 12, 2026",
    "Updated 3 hours ago",
    "5 min read",
    "Photo: Ada Lint/Harbour Courier",
    "Council votes to keep the night ferry",
    "The council voted on Tuesday to keep the night ferry running for another year, after riders filled the hall.",
    "“We heard every one of you tonight,” said Mayor Ines Calloway.",
    "Read more: Ferry fares to rise in May",
    "© 2026 Harbour Courier. All rights reserved.",
    "Sign up for our newsletter",
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<a href=\"/x\">",
    "</a>",
    "<h1>",
    "</h1>",
    "<br>",
    "<script>var a = 1 < 2;</script>",
    "<!--",
    "-->",
    "&mdash;",
    "&amp;",
    "&#8220;",
    "# ",
    "> ",
    "- ",
    "|",
    "\n",
    "\n\n",
    "\r\n",
    " ",
];

fn soup() -> impl Strategy<Value = String> {
    proptest::collection::vec(0..PIECES.len(), 0..80).prop_map(|ks| {
        ks.into_iter()
            .map(|k| PIECES[k])
            .collect::<Vec<_>>()
            .join("")
    })
}

/// A tag or an entity the cleaner should have taken out.
fn residue(p: &str) -> Option<&'static str> {
    [
        "<div>", "</div>", "<p>", "</p>", "</a>", "<br>", "&mdash;", "&amp;", "&#8220;",
    ]
    .into_iter()
    .find(|r| p.contains(r))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]
    #[test]
    fn page_soups_never_panic_and_leave_no_tags(s in soup()) {
        for cleaned in [clean_text(&s, &Meta::default()), clean_html(&s), clean_markdown(&s)] {
            for p in &cleaned.paragraphs {
                prop_assert!(residue(p).is_none(), "{p:?} from {s:?}");
            }
        }
    }
}
