use super::*;

fn kind(s: &str) -> LineKind {
    classify(s)
}

#[test]
fn share_buttons_run_together() {
    assert!(matches!(
        kind("Share this articleComments"),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(
        kind("FacebookTwitterEmail"),
        LineKind::Boilerplate(_)
    ));
    // A button's name with a capital inside.
    assert!(matches!(
        kind("Share: Facebook Twitter WhatsApp Email"),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(kind("12 Comments"), LineKind::CommentsHeading));
    assert!(matches!(
        kind("34 responses to “Lynn: We needed to win”"),
        LineKind::CommentsHeading
    ));
    assert!(matches!(kind("Comments"), LineKind::CommentsHeading));
    // An empty comment section starts one too.
    for empty in [
        "No comments yet Comment from the forums",
        "Be the first to comment!",
        "Comments are subject to our community guidelines, which can be viewed here.",
    ] {
        assert!(matches!(kind(empty), LineKind::CommentsHeading), "{empty}");
    }
    assert!(matches!(
        kind("No comments yet from the board, which meets Monday."),
        LineKind::Text
    ));
}

#[test]
fn widgets_and_menus() {
    assert!(matches!(kind("Listen Live"), LineKind::Boilerplate(_)));
    // A live blog's list of its own entries.
    assert!(matches!(kind("Key events"), LineKind::Boilerplate(_)));
    assert!(matches!(
        kind("Show key events only"),
        LineKind::Boilerplate(_)
    ));
    assert_eq!(
        kind("Key events in the trial so far were set out by the judge."),
        LineKind::Text
    );
    // A prompt to sign in, a text-size control, where the writer filed
    // from; not a sentence about registering or reporting.
    for line in [
        "Log in, register or subscribe to save articles for later.",
        "Normal text sizeLarger text sizeVery large text size",
        "Reporting from Albany",
        "Reporting from Kyiv, Ukraine",
    ] {
        assert!(matches!(kind(line), LineKind::Boilerplate(_)), "{line}");
    }
    for line in [
        "Register to vote by Friday if you want a say in the runoff.",
        "Reporting from the front lines has become far more dangerous.",
    ] {
        assert_eq!(kind(line), LineKind::Text, "{line}");
    }
    // Share buttons on a line of their own: "Buffer", "Pin".
    assert!(matches!(kind("Buffer"), LineKind::Boilerplate(_)));
    assert!(matches!(kind("Pin"), LineKind::Boilerplate(_)));
    assert!(matches!(
        kind("Like this article?"),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(kind("ADVERTISEMENT"), LineKind::Boilerplate(_)));
    assert!(matches!(
        kind("Our Standards: The Northwire Trust Principles."),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(
        kind("Home | News | Region | Sport"),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(
        kind("Sign up for our morning newsletter"),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(
        kind("Photo: Lena Park / Getty Images"),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(
        kind("Read more: Ferry fares rise again"),
        LineKind::Boilerplate(_)
    ));
}

#[test]
fn related_headings() {
    assert_eq!(kind("You might also like"), LineKind::RelatedHeading);
    assert_eq!(kind("YOU MAY ALSO LIKE:"), LineKind::RelatedHeading);
    assert_eq!(kind("Recommended Stories"), LineKind::RelatedHeading);
    assert_eq!(kind("Read this next"), LineKind::RelatedHeading);
    assert_eq!(
        kind("More from The Harbor Gazette"),
        LineKind::RelatedHeading
    );
}

#[test]
fn bylines_stamps_copyright() {
    assert_eq!(kind("By Marta Quinlan"), LineKind::Byline);
    assert_eq!(
        kind("Written by Marta Quinlan, MS, RD on November 14, 2025"),
        LineKind::Byline
    );
    assert_eq!(
        kind("Written by hand, the letters were read aloud at the meeting."),
        LineKind::Text
    );
    assert_eq!(kind("By Marta Quinlan and Odile Brun"), LineKind::Byline);
    // What the writer does before the name; not a sentence that goes on.
    assert_eq!(
        kind("By political reporter Marta Quinlan"),
        LineKind::Byline
    );
    assert_eq!(
        kind("By chief Europe correspondent Odile Brun"),
        LineKind::Byline
    );
    assert_eq!(
        kind("By our reporter's count the Senate has met on nine days this year."),
        LineKind::Text
    );
    assert_eq!(
        kind("By Marta Quinlan , Odile Brun on Monday, November 18th, 2019 at 11:08 a.m."),
        LineKind::Byline
    );
    assert_ne!(
        kind("By the end of the year the board had spent on the harbour more than it ever had."),
        LineKind::Byline
    );
    // A name and a job, then the date and an update time between bars.
    assert_eq!(
        kind("By Marta Quinlan, Political Editor | Thursday, December 3, 2026 | Updated 9:41 AM"),
        LineKind::Byline
    );
    assert_ne!(
        kind("By the end of the year | the board had spent more than it ever had | on the harbour"),
        LineKind::Byline
    );
    assert_eq!(
        kind("Published 9:14 AM, March 3, 2026"),
        LineKind::Timestamp
    );
    assert_eq!(kind("March 3, 2026"), LineKind::Timestamp);
    assert_eq!(kind("© 2026 The Harbor Gazette"), LineKind::Copyright);
}

#[test]
fn captions_promos_teasers_writers() {
    assert!(matches!(
        kind("A worker loads trims into his truck in Hialeah, Fla. (AP Photo/Lynne Sladky)"),
        LineKind::Boilerplate("photo caption")
    ));
    assert!(matches!(
        kind("The clinic in Beijing where patients sought treatmentCredit: EPA"),
        LineKind::Boilerplate("photo credit")
    ));
    assert!(matches!(
        kind("GET FOX BUSINESS ON THE GO BY CLICKING HERE"),
        LineKind::Boilerplate(_)
    ));
    assert!(matches!(
        kind("China furious at Macron [INSIGHT]| Nets make final decision"),
        LineKind::Boilerplate("teaser links")
    ));
    assert_eq!(
        kind("Robert Burns, AP National Security Writer"),
        LineKind::Byline
    );
    assert_eq!(
        kind("| UPDATED: 11:05, Tue, Nov 19, 2019"),
        LineKind::Timestamp
    );
    assert_eq!(kind("Published 1 day ago"), LineKind::Timestamp);
    for stamp in [
        "32M ago",
        "1h ago",
        "3 hours ago",
        "12H ago 34 photos",
        "an hour ago",
    ] {
        assert_eq!(kind(stamp), LineKind::Timestamp, "{stamp}");
    }
    for text in [
        "Two years ago the ferry stopped.",
        "He left 3 hours ago and never came back to the harbour",
        "Ago",
    ] {
        assert_ne!(kind(text), LineKind::Timestamp, "{text}");
    }
    assert_eq!(
        kind("34 responses to “Lynn: We needed to win”"),
        LineKind::CommentsHeading
    );
    // Text in a script without case is not "all capitals".
    assert_eq!(kind("そんな用途を考慮してか"), LineKind::Text);
}

#[test]
fn a_caption_ending_in_its_credit_goes() {
    for line in [
        "Tobias K. Ferrand Submitted photo",
        "The old mill in 1952 Contributed photo",
        "Mayor Ines Calloway File photo",
    ] {
        assert!(matches!(kind(line), LineKind::Boilerplate(_)), "{line}");
    }
    // A sentence that ends on the words is text.
    assert_eq!(
        kind("Nobody at the paper had seen the file photo."),
        LineKind::Text
    );
}

#[test]
fn embedded_posts() {
    assert!(matches!(
        kind("pic.twitter.com/3BDxq9"),
        LineKind::Boilerplate("embedded post")
    ));
    assert!(matches!(
        kind("[embed]https://video.example/clip[/embed]"),
        LineKind::Boilerplate(_)
    ));
    // A post's signature says who wrote it: it stays.
    assert_eq!(
        kind("— Tilly Ames (@tillyames) March 2, 2026"),
        LineKind::Text
    );
}

#[test]
fn text_stays_text() {
    for s in [
        "“We will not close the ferry terminal,” said Mayor Ines Calloway.",
        "Subscribers to the service said it would help them plan their week.",
        "By the end of the meeting, nobody had changed their mind.",
        "Share prices fell sharply on Tuesday after the announcement.",
        "Home care workers say they are stretched thin.",
    ] {
        assert_eq!(kind(s), LineKind::Text, "{s}");
    }
}

/// The line readers as they were before they read bytes: the fast ones
/// must agree with them.
mod reference {
    use super::super::{UI_WORDS, is_icon_name, word_count};
    use crate::clean::residue::split_run_together;

    pub fn is_ui_words_only(line: &str) -> bool {
        let set = crate::words::WordSet::new(UI_WORDS);
        let mut n = 0;
        for raw in line
            .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '•' | '·' | '»' | '›'))
        {
            // A word the set holds whole ("WhatsApp") is one word.
            let whole = raw.trim_matches(|c: char| !c.is_alphanumeric());
            let words = if !whole.is_empty() && set.contains(whole) {
                vec![whole.to_string()]
            } else {
                split_run_together(raw)
                    .split(' ')
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
                    .filter(|w| !w.is_empty())
                    .collect()
            };
            for w in words {
                n += 1;
                // An icon font's ligature ("chevron_left") is furniture too.
                let ui =
                    w.bytes().all(|b| b.is_ascii_digit()) || set.contains(&w) || is_icon_name(&w);
                if n > 12 || !ui {
                    return false;
                }
            }
        }
        n > 0
    }

    pub fn is_separator_menu(line: &str) -> bool {
        let parts: Vec<&str> = line
            .split(['|', '•', '·', '»', '›'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        parts.len() >= 3 && parts.iter().all(|p| word_count(p) <= 3)
    }
}

fn line_from_pieces() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    proptest::collection::vec(
        prop_oneof![
            proptest::sample::select(vec![
                "Share",
                "this",
                "article",
                "Comments",
                "Home",
                "news",
                "said",
                "Maria",
                "2026",
                " ",
                "  ",
                "|",
                " | ",
                "•",
                "·",
                "»",
                "›",
                "\u{a0}",
                "\u{2003}",
                "\u{3000}",
                "\t",
                "\u{85}",
                "\u{2028}",
                "“",
                "”",
                "—",
                "é",
                "É",
                "日本",
                "語",
                "articleComments",
                "WhatsApp",
                "iPhone",
                "Σ",
                ",",
                ".",
            ])
            .prop_map(str::to_string),
            any::<char>().prop_map(String::from),
        ],
        0..20,
    )
    .prop_map(|v| v.concat())
}

proptest::proptest! {
    #[test]
    fn byte_readers_agree_with_char_readers(line in line_from_pieces()) {
        // The ASCII shortcut counts as the general reader does.
        proptest::prop_assert_eq!(word_count(&line), cjk_word_count(&line));
        proptest::prop_assert_eq!(is_ui_words_only(&line), reference::is_ui_words_only(&line));
        proptest::prop_assert_eq!(is_separator_menu(&line), reference::is_separator_menu(&line));
        proptest::prop_assert_eq!(crate::words::to_lower(&line), line.to_lowercase());
    }
}

proptest::proptest! {
    #[test]
    fn word_counts_agree_with_the_split_count(
        s in "([a-z]{1,4}|[ \t\n\x0b]|\u{a0}|\u{2003}|“|”|—|中文字|ひら|\u{1F600}){0,30}"
    ) {
        proptest::prop_assert_eq!(word_count(&s), cjk_word_count(&s));
    }
}

#[test]
fn sales_pitches_and_reader_prompts() {
    for pitch in [
        "Get Harbour Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.",
        "Get the app for as little as Rs 599 for the first year. Use the code HARBOUR to subscribe.",
        "Tell us what YOU think...",
    ] {
        assert!(matches!(kind(pitch), LineKind::Boilerplate(_)), "{pitch}");
    }
    // Prices and "click" in an article's own sentences stay.
    for prose in [
        "The ferry company said a return ticket would cost £11.99 from April, up from £9.50.",
        "Readers who click here and there on the council's website will not find the minutes.",
        "We want to tell us what you think about that, the mayor joked at the long meeting on Tuesday night.",
    ] {
        assert_eq!(kind(prose), LineKind::Text, "{prose}");
    }
}

/// Lines that come close to every rule `page_mark` shortcuts: headings,
/// see-also links, copyright, credits, bylines, stamps, furniture.
fn meta_line_pieces() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    proptest::collection::vec(
        proptest::sample::select(vec![
            "Related",
            "Stories",
            "Read more:",
            "See also:",
            "Comments",
            "12",
            "Leave a reply",
            "©",
            "2026",
            "Copyright",
            "All rights reserved",
            "Photo:",
            "Credit:",
            "By",
            "Jane",
            "Doe",
            "Published",
            "Updated",
            "March",
            "3,",
            "10:42",
            "a.m.",
            "ago",
            "hours",
            "[VIDEO]",
            "Share",
            "Facebook",
            "Subscribe",
            "Newsletter",
            "Sign up",
            "Home",
            "News",
            "said",
            "the",
            "mayor",
            "|",
            "/",
            "-",
            "—",
            ":",
            ".",
            "WATCH",
            "(@jdoe)",
            "Jane Doe, Harbour Times Writer",
            "Staff Reporter",
            ",",
            "China",
            "[INSIGHT]",
            "Caption (AP Photo/Jane Doe)",
            "HARBOUR",
            "FERRY",
        ])
        .prop_map(str::to_string),
        1..14,
    )
    .prop_map(|v| v.join(" "))
}

proptest::proptest! {
    #[test]
    fn page_mark_agrees_with_classify(line in meta_line_pieces()) {
        let kind = classify(&line);
        let marked = (kind.is_story_link() || kind.is_meta()).then_some(kind);
        proptest::prop_assert_eq!(page_mark(&line), marked);
    }
}

#[test]
fn page_marks_cover_each_kind() {
    for (line, kind) in [
        ("Related stories", LineKind::RelatedHeading),
        ("12 Comments", LineKind::CommentsHeading),
        ("By Jane Doe", LineKind::Byline),
        // (Found by the property above: the bar byline was left to the
        // full classification.)
        ("Jane Related | 2026 10:42", LineKind::Byline),
        (
            "Jane Doe | Chennai | Updated: 02 Dec 2026, 09:15 IST",
            LineKind::Byline,
        ),
        ("Published March 3, 2026", LineKind::Timestamp),
        ("© 2026 Harbour Times", LineKind::Copyright),
        (
            "Read more: Ferry fares rise again",
            LineKind::Boilerplate(SEE_ALSO_LINK),
        ),
        ("Jane Doe, Harbour Times Staff Writer", LineKind::Byline),
        (
            "Ferry fares rise again [INSIGHT]",
            LineKind::Boilerplate(TEASER_LINKS),
        ),
    ] {
        assert_eq!(classify(line), kind, "{line}");
        assert_eq!(page_mark(line), Some(kind), "{line}");
    }
    for line in [
        "Share this articleComments",
        "The mayor said the ferry would run.",
        "",
    ] {
        assert_eq!(page_mark(line), None, "{line}");
    }
}

/// A newsroom's unsigned byline in small letters ("By staff reporters |
/// World Wire", "By our correspondent in Brussels") is a byline, so the
/// headline above it is not joined to it; "By the way, ..." is not one.
#[test]
fn an_unsigned_byline_in_small_letters_is_a_byline() {
    for line in [
        "By staff reporters | World Wire",
        "By staff reporters",
        "By our correspondent in Brussels",
        "By staff and agencies",
        "By a staff writer",
    ] {
        assert_eq!(kind(line), LineKind::Byline, "{line}");
    }
    for line in [
        "By the way, this is not a byline",
        "By our own count the bill failed",
    ] {
        assert_ne!(kind(line), LineKind::Byline, "{line}");
    }
    let raw = "Ceasefire talks resume as shelling eases\nBy staff reporters | World Wire\n\n\
               Negotiators from both sides returned to the table on Saturday as shelling along \
               the front eased, officials said.\n";
    let c = crate::clean::clean_text(raw, &crate::article::Meta::default());
    assert_eq!(c.meta.title, "Ceasefire talks resume as shelling eases");
}

/// A site's plea after the story, in whole sentences, is a footer prompt;
/// a speaker asking the same in quotes is not.
#[test]
fn a_sites_plea_in_whole_sentences_is_a_footer_prompt() {
    for line in [
        "Need more space? Subscribe to our sister title \"Night Skies\" for the latest news \
         from the final frontier!",
        "Join our forums to keep talking about the latest missions! And if you have a news \
         tip, let us know at: tips@harbor-gazette.example.",
        "Odile Marchetti's book about the harbour, \"Low Water\", is out now. Follow her on \
         Twitter @odilem. Follow us on Twitter @harborgazette or Facebook.",
    ] {
        assert!(is_footer_prompt(line), "{line}");
    }
    for line in [
        "“Join our campaign and save the night ferry,” she said at the rally.",
        "The ferry company said it would publish the new timetable on Friday.",
    ] {
        assert!(!is_footer_prompt(line), "{line}");
    }
}

#[test]
fn a_line_of_hashtags_is_the_pages_topics() {
    for line in [
        "tags #Harbour Council #Ferries #Fares",
        "#Ferries #HarbourCouncil",
    ] {
        assert!(
            matches!(kind(line), LineKind::Boilerplate("tags")),
            "{line}"
        );
    }
    // A sentence with hashtags in it, and numbers, are text.
    assert_eq!(
        kind("Supporters posted #SaveTheFerry and #NightCrossing all week."),
        LineKind::Text
    );
    assert!(!matches!(
        kind("#1 and #2 seeds meet in the final"),
        LineKind::Boilerplate("tags")
    ));
}

/// A caption of more than 25 words (or more than 60) that ends in its
/// picture's credit is no article text; a long sentence that only
/// mentions a photograph is.
#[test]
fn a_long_caption_ending_in_its_credit_is_boilerplate() {
    let caption = "‘The harbour wall has held for a hundred years, but the storms that \
        batter it now are stronger, more frequent and arrive earlier in the autumn than \
        anyone here can remember.’ Photograph: Weald Chronicle via Pixstock";
    assert!(word_count(caption) > 25);
    assert_eq!(kind(caption), LineKind::Boilerplate("photo credit"));
    let long = format!(
        "{} {}",
        "The pods would keep the crew asleep for months.".repeat(8),
        "Credit: Orbital Works"
    );
    assert!(word_count(&long) > 60);
    assert_eq!(kind(&long), LineKind::Boilerplate("photo credit"));
    let text = "The council published a photograph of the cracked wall on Tuesday, and \
        engineers said the repairs would take most of the winter and cost far more than \
        the sum set aside for them in the spring: about two million.";
    assert!(word_count(text) > 25);
    assert_eq!(kind(text), LineKind::Text);
}
