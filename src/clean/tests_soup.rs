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
    // Hard-wrapped prose: a word cut at a hyphen, a line that opens with
    // a letter wider than a byte, and other scripts.
    "The council met on Friday to agree a plan for the harbour and its mar-\n",
    "écoles and shops that line the quay were also part of the plan they made\n",
    "İstanbul’s ferries and the ﬁrst Ωmega line run on\u{200b} time here\n",
    "日本の記事です。",
    // A table's rows, cells set apart by runs of spaces and a tab.
    "Pos.   Driver          Points\n",
    "1      Wilhelmina Ost    5040\n",
    "HD\tHARBOUR DEPOT INC.\t225.86\n",
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

/// A post embedded in a story, in a wrapper whose class Readability reads
/// as page furniture ("social-media-embed"), stays with its signature.
#[test]
fn an_embedded_post_in_a_social_wrapper_stays() {
    let para = |s: &str| format!("<p>{s}</p>");
    let body: String = [
        "The council voted on Tuesday to keep the night ferry running until the end of the \
         year, after a packed meeting at the harbour hall that ran past eleven o'clock.",
        "Seven councillors backed the motion and two voted against, ending a month of \
         uncertainty for the shift workers who use the late crossing.",
        "A good many people at the meeting posted about it as the vote came in.",
    ]
    .iter()
    .map(|s| para(s))
    .collect::<String>();
    let post = r#"<div class="social-media-embed"><blockquote class="twitter-tweet"><p lang="en">Standing room only at the harbour hall tonight. <a href="https://t.example/x">pic.twitter.com/Hx7Ferry</a></p>— Tilly Ames (@tillyames) <a href="https://twitter.example/tillyames/status/1">March 2, 2026</a></blockquote></div>"#;
    let tail = para(
        "Councillor Bram Oduya, who voted against, said the council had ducked the harder \
         question of who should pay for the crossing in the long run.",
    );
    let html = format!(
        "<html><head><title>Night ferry saved</title></head><body><article>\
         <h1>Night ferry saved</h1>{body}{post}{tail}</article></body></html>"
    );
    let c = clean_html(&html);
    assert!(
        c.paragraphs
            .iter()
            .any(|p| p.starts_with("Standing room only at the harbour hall tonight.")),
        "{:?}",
        c.paragraphs
    );
    assert!(
        c.paragraphs
            .iter()
            .any(|p| p == "— Tilly Ames (@tillyames) March 2, 2026"),
        "{:?}",
        c.paragraphs
    );
}
