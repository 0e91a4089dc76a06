//! Tables in scraped text: rows of cells set apart by runs of spaces, as a
//! text browser or an HTML-to-text converter writes them.

use super::*;

/// Menu lines, `body`, then a margin of other stories' blurbs (long prose
/// of their own) far below, past a run of footer links.
fn page_with(body: &str) -> String {
    let mut page = String::new();
    for i in 0..24 {
        page.push_str(&format!("    * Section {i}\n"));
    }
    page.push_str("\n      Regional Rally Standings\n\n      Share this page\n\n");
    page.push_str(body);
    for i in 0..12 {
        page.push_str(&format!("    * Footer link {i}\n"));
    }
    for i in 0..3 {
        page.push_str(&format!(
            "\n    » Column {i}\n\n        Read the column in which our writer looks back on the \
             season, the cars, the crews and the weather that made race {i} one to remember.\n"
        ));
    }
    page
}

fn driver_rows(n: usize) -> String {
    let mut rows = String::from("        Pos.  Driver              Points  Wins  Top 5\n");
    for i in 1..=n {
        rows.push_str(&format!(
            "        {i:<4}  Driver Number{i:<6}  {:>6}  {:>4}  {:>5}\n",
            5000 - 90 * i,
            i % 4,
            (20 - i) % 9
        ));
    }
    rows
}

/// A standings page: two short sentences, a sentence ending in a colon,
/// then the table. Each sentence is too short to read as article text, and
/// the rows have no function words, but the sentence introduces the table:
/// all of it is the article, and the menu is not.
#[test]
fn a_table_a_sentence_introduces_is_the_article() {
    let body = format!(
        "      On this page you will always find the latest standings of the series, updated after every race.\n\n\
         \x20     Save it to your favourites and come back after every race to check it.\n\n\
         \x20     Final standings of the Harbour Cup series after all twelve rounds:\n\n\
         {}\n",
        driver_rows(14)
    );
    let cleaned = clean_text(&page_with(&body), &Meta::default());
    let text = cleaned.paragraphs.join("\n");
    assert!(text.contains("after all twelve rounds:"), "{text}");
    assert!(text.contains("latest standings of the series"), "{text}");
    // Each row a paragraph, its cells lined up in columns.
    for i in [1, 7, 14] {
        let row = format!(
            "{i:<4}  {:<15}  {:<6}  ",
            format!("Driver Number{i}"),
            5000 - 90 * i
        );
        assert!(
            cleaned.paragraphs.iter().any(|p| p.starts_with(&row)),
            "row {i}: {text}"
        );
    }
    assert!(
        cleaned
            .paragraphs
            .iter()
            .any(|p| p == "Pos.  Driver           Points  Wins  Top 5"),
        "{text}"
    );
    assert!(!text.contains("Section 3"), "{text}");
    assert_eq!(cleaned.meta.title, "Regional Rally Standings");
}

/// A ticker's table in capitals between two paragraphs of a business
/// story: each row is a paragraph of its own, kept, not joined to the next
/// row nor dropped as a shouted promo.
#[test]
fn a_table_inside_the_article_keeps_its_rows() {
    let lede = "Harbour Depot reported quarterly earnings that topped estimates as \
                revenue fell short, sending its shares lower before the opening bell.";
    let next = "The retailer earned $2.8 billion, or $2.53 a share, as revenue rose 3.5 \
                percent, and analysts had expected a little more of both than that.";
    let body = format!(
        "      {lede}\n\n      Continue Reading Below\n\n\
         \x20     Ticker  Security               Last    Change  Change %\n\
         \x20     HD      HARBOUR DEPOT INC.     225.86  -12.99  -5.44%  \n\
         \x20     LW      LOWRY TOOLS INC.       113.40  -1.62   -1.41%  \n\
         \x20     \n\n      {next}\n\n"
    );
    let cleaned = clean_text(&page_with(&body), &Meta::default());
    let text = cleaned.paragraphs.join("\n");
    let at = |p: &str| cleaned.paragraphs.iter().position(|q| q == p);
    let rows = [
        at("Ticker  Security            Last    Change  Change %"),
        at("HD      HARBOUR DEPOT INC.  225.86  -12.99  -5.44%"),
        at("LW      LOWRY TOOLS INC.    113.40  -1.62   -1.41%"),
    ];
    assert!(rows.iter().all(Option::is_some), "{text}");
    assert!(at(lede) < rows[0] && rows[2] < at(next), "{text}");
}

/// The rows of a table stay one unit each, their cells lined up anew
/// however far apart they were set; the prose around them is still joined
/// where it was wrapped.
#[test]
fn rows_are_units_of_their_own() {
    let (units, rows) = units::to_units_and_rows(
        "The council set out its budget for the year, which it said would\n\
         cover the harbour works and the new ferry.\n\
         Item       Cost     Share\n\
         Harbour   4.2m  61%\n\
         \x20Ferry      2.7m     39%\n",
    );
    assert_eq!(
        units,
        [
            "The council set out its budget for the year, which it said would cover the \
             harbour works and the new ferry.",
            "Item     Cost  Share",
            "Harbour  4.2m  61%",
            "Ferry    2.7m  39%",
        ]
    );
    assert_eq!(rows, [false, true, true, true]);
}
