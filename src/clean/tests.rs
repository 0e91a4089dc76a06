use super::*;
use proptest::prelude::*;

pub(super) const MESSY: &str = "\
THE HARBOR GAZETTE
Home | News | Harbour | Sport | Opinion
Listen Live
Sign in
https://www.harbor-gazette.example/news/ferry-vote
Council votes to keep night ferry running
Council votes to keep night ferry running
By Marta Quinlan
Published 9:14 AM, March 3, 2026
Share this articleComments
The council voted on Tuesday to keep the night ferry running until...
The council voted on Tuesday to keep the night ferry running until the end of the year, after a packed meeting at the harbour hall.
“We heard every one of you,” said Mayor Ines Calloway. “The night ferry stays.</a>”
ADVERTISEMENT
Sign up for our morning newsletter to get the headlines
Fares will rise by 40 cents &mdash; the first rise in six years &amp; the last, she said.
— Tilly Ames (@tillyames) March 2, 2026
pic.twitter.com/3BDxq9
<a href=\"\">Opponents</a> said the cost would fall on the town’s youngest workers.
You might also like
Ferry fares rise again
Lighthouse keeper retires after 40 years
Harbour seals return to the north pier
© 2026 The Harbor Gazette. All rights reserved.
";

/// A long page is cleaned on all cores: the same result as on one thread.
#[test]
fn a_long_page_cleans_the_same_on_all_cores() {
    let mut page = String::new();
    let mut part = 0;
    while page.len() < 3 * 128 * 1024 {
        for line in MESSY.lines() {
            page.push_str(line);
            // Long lines differ from part to part, as a long article's do.
            if line.len() > 60 {
                page.push_str(&format!(" (part {part})"));
            }
            page.push('\n');
        }
        part += 1;
    }
    assert!(units::is_long(&units::to_units(&page)));
    let parallel = clean_text(&page, &Meta::default());
    units::ONE_THREAD.with(|c| c.set(true));
    assert!(!units::is_long(&units::to_units(&page)));
    let one_thread = clean_text(&page, &Meta::default());
    units::ONE_THREAD.with(|c| c.set(false));
    assert!(parallel.paragraphs.len() > 100, "{:?}", parallel.rules);
    assert_eq!(parallel, one_thread);
}

#[test]
fn messy_scraped_article() {
    let c = clean_text(MESSY, &Meta::default());
    assert_eq!(c.meta.title, "Council votes to keep night ferry running");
    assert_eq!(c.meta.byline.as_deref(), Some("Marta Quinlan"));
    assert_eq!(c.meta.date.as_deref(), Some("2026-03-03"));
    assert_eq!(c.meta.source.as_deref(), Some("The Harbor Gazette"));
    assert_eq!(
        c.meta.url.as_deref(),
        Some("https://www.harbor-gazette.example/news/ferry-vote")
    );
    assert_eq!(
        c.paragraphs,
        vec![
            "The council voted on Tuesday to keep the night ferry running until the end of the year, after a packed meeting at the harbour hall.",
            "“We heard every one of you,” said Mayor Ines Calloway. “The night ferry stays.”",
            "Fares will rise by 40 cents — the first rise in six years & the last, she said.",
            // An embedded post's signature says who wrote it; its picture
            // link goes.
            "— Tilly Ames (@tillyames) March 2, 2026",
            "Opponents said the cost would fall on the town’s youngest workers.",
        ]
    );
}

#[test]
fn teaser_lists_with_relative_times_are_dropped() {
    let mut raw = String::from(
        "Harbour board delays the dredging\n\n\
         The harbour board put off the dredging of the north channel on Monday, saying the bids it had were far too high for a job of that size.\n\n\
         “We will not pay twice what it is worth,” said Ines Calloway, who chairs the board, after the meeting on the pier.\n\n",
    );
    for (i, ago) in ["32M ago", "1H ago", "2H ago", "14H ago"]
        .iter()
        .enumerate()
    {
        raw.push_str(&format!(
            "Lighthouse story number {i} draws a crowd\n\nA short line of teaser text about story {i} for the list.\n\n{ago}\n\n"
        ));
    }
    raw.push_str("The board will meet again in June to look at new bids, its secretary said on Tuesday evening after the vote.\n");
    let c = clean_text(&raw, &Meta::default());
    assert!(
        c.paragraphs
            .iter()
            .all(|p| !p.contains("Lighthouse") && !p.contains("teaser")),
        "{:#?}",
        c.paragraphs
    );
    assert_eq!(c.paragraphs.len(), 3, "{:#?}", c.paragraphs);
    assert_eq!(c.rules.get("teaser list"), Some(&8));
}

/// Three paragraphs of article, for rules about what follows an article.
const SHORT_ARTICLE: &str = "The harbour board put off the dredging of the north channel on Monday, saying the bids it had were far too high for a job of that size.\n\n\
    “We will not pay twice what it is worth,” said Ines Calloway, who chairs the board.\n\n\
    The board will meet again in June to look at new bids.\n\n";

#[test]
fn an_about_heading_over_a_line_naming_the_author_ends_the_article() {
    let body = SHORT_ARTICLE;
    let tail = "About Marta Quinlan\n\nMarta Quinlan is a freelance writer based in Port Ellen. Her work has appeared in the Gazette.\n\nRead more from this author\n\nFerry fares to rise in the spring\n\nTide tables for the whole year\n";
    let c = clean_text(&format!("{body}{tail}"), &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:#?}", c.paragraphs);
    // The box and the headlines after it ("Read more ..." goes by a rule of
    // its own).
    assert!(
        c.rules.get("author box").is_some_and(|n| *n >= 4),
        "{:?}",
        c.rules
    );
    // In another language, with the name inside the line about her.
    let german = "Über Marta Quinlan\n\nAls Redakteurin schreibt Marta Quinlan seit 2015 über Fähren und Inseln.\n";
    let c = clean_text(&format!("{body}{german}"), &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:#?}", c.paragraphs);
    // A heading about something else, or a name the next line does not
    // name, is not a box.
    for other in [
        "About the North Channel\n\nThe North Channel is the harbour's deepest and busiest route in and out.\n",
        "About Marta Quinlan\n\nThe board will hear from the riders' group at its meeting in June.\n",
    ] {
        let c = clean_text(&format!("{body}{other}"), &Meta::default());
        assert_eq!(c.paragraphs.len(), 5, "{:#?}", c.paragraphs);
    }
}

#[test]
fn author_box_after_the_article_is_dropped() {
    let body = SHORT_ARTICLE;
    let boxed = format!(
        "{body}Marta Quinlan\n\nMarta covers the harbour and the islands for the Gazette and has written about ferries since 2015.\n"
    );
    let c = clean_text(&boxed, &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:#?}", c.paragraphs);
    assert_eq!(c.rules.get("author box"), Some(&2));
    let handle = boxed.replace("Marta Quinlan\n\n", "Marta Quinlan\n\n@mquinlan\n\n");
    let c = clean_text(&handle, &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:#?}", c.paragraphs);
    // A closing paragraph about someone is not a box without the name line.
    let plain = format!("{body}Calloway has chaired the board since 2019.\n");
    assert_eq!(clean_text(&plain, &Meta::default()).paragraphs.len(), 4);
}

#[test]
fn a_closing_paragraph_about_the_bylined_writer_is_dropped() {
    let body = SHORT_ARTICLE;
    let page = format!(
        "By Marta Quinlan, Harbour Reporter\n\n{body}Marta Quinlan is the Gazette's harbour reporter. She has covered the board since 2019.\n"
    );
    let c = clean_text(&page, &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:#?}", c.paragraphs);
    assert_eq!(c.rules.get("author box"), Some(&1));
    // About someone else, or with no byline: the article's own text.
    let other = page.replace("Marta Quinlan is the", "Ines Calloway is the");
    assert_eq!(clean_text(&other, &Meta::default()).paragraphs.len(), 4);
    let unsigned = page.replace("By Marta Quinlan, Harbour Reporter\n\n", "");
    assert_eq!(clean_text(&unsigned, &Meta::default()).paragraphs.len(), 4);
}

#[test]
fn a_newsletter_forms_email_field_is_dropped() {
    let body = SHORT_ARTICLE;
    let page = format!("{body}Enter your email address\n\nThe dredging bids close on Friday.\n");
    let c = clean_text(&page, &Meta::default());
    assert!(
        !c.paragraphs.iter().any(|p| p.contains("Enter your")),
        "{:#?}",
        c.paragraphs
    );
    assert_eq!(c.paragraphs.len(), 4, "{:#?}", c.paragraphs);
}

#[test]
fn a_press_releases_company_description_is_dropped() {
    let body = SHORT_ARTICLE;
    let release = format!(
        "{body}Quayside Dredging is a leading provider of harbour services, headquartered in Port Ellis and employing 300 people.\n\nFor more information visit www.quayside.example.\n"
    );
    let c = clean_text(&release, &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:#?}", c.paragraphs);
    assert_eq!(c.rules.get("company boilerplate"), Some(&2));
    // A last paragraph about a person is the article.
    let person =
        format!("{body}Calloway is a former harbour pilot who has chaired the board since 2019.\n");
    assert_eq!(clean_text(&person, &Meta::default()).paragraphs.len(), 4);
}

#[test]
fn each_rule_is_named() {
    let c = clean_text(MESSY, &Meta::default());
    for rule in [
        "masthead",
        "menu",
        "newsletter prompt",
        "menu or share buttons",
        "duplicate line",
        "teaser line",
        "embedded post",
        "related headlines",
        "byline",
        "timestamp",
        "copyright",
    ] {
        assert!(
            c.rules.contains_key(rule),
            "rule {rule} did not fire: {:?}",
            c.rules
        );
    }
}

#[test]
fn no_headline_gives_first_sentence_title() {
    let c = clean_text(
        "The river rose two metres overnight and the old bridge was closed before dawn by the county engineers, who said it would stay shut until the water falls. Residents were told to keep away.\n",
        &Meta::default(),
    );
    assert_eq!(
        c.meta.title,
        "The river rose two metres overnight and the old bridge was closed…"
    );
    assert_eq!(c.paragraphs.len(), 1);
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let raw = "Headline about wrapped text here\n\nThis paragraph was wrapped by a tool that breaks lines\nat about sixty characters, so each line ends mid sentence\nand must be joined back together.\n\n“Short line,” she said.\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(
        c.paragraphs[0],
        "This paragraph was wrapped by a tool that breaks lines at about sixty characters, so each line ends mid sentence and must be joined back together."
    );
    assert_eq!(c.paragraphs[1], "“Short line,” she said.");
}

/// A headline on the line just above a byline, a share button, a
/// newsletter prompt or a section path is the title, not the first line of
/// a paragraph with them.
#[test]
fn a_headline_over_a_byline_or_a_menu_line_is_the_title() {
    let body = "The minister for small business has resigned after leaked messages showed her \
                discussing a government contract with a donor.\n\n\
                In a letter, she said she had made an error of judgement but denied any \
                wrongdoing in the matter.\n";
    for under in [
        "By Political Staff",
        "Share this article",
        "Sign up for our newsletter",
        "Home > News > Nation",
    ] {
        let raw = format!("Minister quits over leaked messages\n{under}\n\n{body}");
        let c = clean_text(&raw, &Meta::default());
        assert_eq!(
            c.meta.title, "Minister quits over leaked messages",
            "{under}"
        );
        assert!(
            c.paragraphs[0].starts_with("The minister for small business"),
            "{under}: {:?}",
            c.paragraphs
        );
    }
    // Two lines of wrapped prose are still one paragraph.
    let raw = format!(
        "Minister quits\n\nThe minister resigned on Sunday after messages showed her talking\n\
         about a contract with a donor who had given money.\n\n{body}"
    );
    let c = clean_text(&raw, &Meta::default());
    assert_eq!(
        c.paragraphs[0],
        "The minister resigned on Sunday after messages showed her talking about a contract \
         with a donor who had given money."
    );
}

#[test]
fn preset_title_is_not_repeated_in_body() {
    let preset = Meta {
        title: "Night ferry stays".into(),
        ..Meta::default()
    };
    let c = clean_text(
        "Night ferry stays\nThe council voted to keep it.\n",
        &preset,
    );
    assert_eq!(c.meta.title, "Night ferry stays");
    assert_eq!(c.paragraphs, vec!["The council voted to keep it."]);
}

#[test]
fn clean_text_keeps_its_words() {
    let clean = "A quiet town votes\n\nThe vote was close, and the count went on past midnight.\n\n“We did not expect this many people,” said Ada Brenner, the clerk. “It shows how much the ferry matters.”\n\nShe said the result would be published on Friday.\n";
    let c = clean_text(clean, &Meta::default());
    let words_in: usize = clean.split_whitespace().count();
    let words_out: usize = c.meta.title.split_whitespace().count()
        + c.paragraphs
            .iter()
            .map(|p| p.split_whitespace().count())
            .sum::<usize>();
    assert_eq!(words_in, words_out);
}

#[test]
fn html_page_through_readability() {
    let html = r#"<!doctype html><html><head><title>Pier repairs begin | Coastline Courier</title>
<meta property="og:site_name" content="Coastline Courier">
<meta property="article:published_time" content="2026-02-11T08:00:00Z">
<meta name="author" content="Rafe Ostrander"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Pier repairs begin</h1>
<p>Work on the north pier began on Monday, two years after the storm that cracked its pilings, and the first crews were on site before sunrise.</p>
<p>“It has been a long wait, and we are glad it is finally over,” said harbour master Odile Brun, who has pressed for the repairs since the storm.</p>
<p>She said the pier would reopen in the summer if the weather held, and that the cost had been shared between the town and the county.</p>
<p>Share this article</p>
</article><aside><h2>You might also like</h2><ul><li>Seal pups counted</li></ul></aside>
<footer>© 2026 Coastline Courier</footer></body></html>"#;
    let c = clean_html(html);
    assert_eq!(c.meta.title, "Pier repairs begin");
    assert_eq!(c.meta.source.as_deref(), Some("Coastline Courier"));
    assert_eq!(c.meta.date.as_deref(), Some("2026-02-11"));
    assert_eq!(c.meta.byline.as_deref(), Some("Rafe Ostrander"));
    assert_eq!(c.paragraphs.len(), 3, "{:?}", c.paragraphs);
    assert!(c.paragraphs[1].contains("said harbour master Odile Brun"));
}

#[test]
fn picture_captions_are_not_the_article() {
    let body = "<p>Work on the north pier began on Monday, two years after the storm that cracked its pilings, and the first crews were on site before sunrise.</p>
<p>The harbour master said the pier would reopen in the summer if the weather held, and that the cost had been shared between the town and the county.</p>";
    let html = format!(
        r#"<html><head><title>Pier repairs begin</title></head><body><article>
<h1>Pier repairs begin</h1>
<figure><img src="a.jpg" alt=""><figcaption>Crews unload pilings beside the cracked north pier on Monday morning, seen from the lighthouse.</figcaption></figure>
{body}
<div class="image"><img src="b.jpg"><div class="caption-text">An artist's impression of the rebuilt pier at high tide, with the new lamps lit.</div></div>
</article></body></html>"#
    );
    let c = clean_html(&html);
    let text = c.paragraphs.join("\n");
    assert!(text.contains("first crews were on site"), "{text}");
    assert!(!text.contains("Crews unload"), "{text}");
    assert!(!text.contains("artist's impression"), "{text}");
    // A story wrapper whose class names captions is the story, not a caption.
    let wrapped =
        format!(r#"<html><body><div class="story has-captions">{body}</div></body></html>"#);
    let c = clean_html(&wrapped);
    assert!(
        c.paragraphs.join("\n").contains("first crews were on site"),
        "{:?}",
        c.paragraphs
    );
}

#[test]
fn html_without_article_falls_back_to_text() {
    let c = clean_html("<html><body><div>Just a line</div></body></html>");
    assert!(!c.notes.is_empty() || !c.paragraphs.is_empty());
}

fn has_tag_residue(s: &str) -> bool {
    let b = s.as_bytes();
    b.windows(2).enumerate().any(|(i, w)| {
        w[0] == b'<'
            && (w[1].is_ascii_alphabetic() || w[1] == b'/')
            && s[i..].contains('>')
            && s[i..]
                .find('>')
                .is_some_and(|g| !s[i..i + g].contains(' ') || s[i..i + g].contains('='))
    })
}

proptest! {
    #[test]
    fn never_panics_on_arbitrary_text(s in any::<String>()) {
        let _ = clean_text(&s, &Meta::default());
        let _ = clean_markdown(&s);
    }

    #[test]
    fn no_tags_entities_or_duplicates(
        parts in proptest::collection::vec(
            prop_oneof![
                "[A-Za-z ,.“”]{1,60}",
                Just("<a href=\"\">".to_string()),
                Just("</a>".to_string()),
                Just("&mdash;".to_string()),
                Just("&amp;amp;".to_string()),
                Just("&#8220;".to_string()),
                Just("\n".to_string()),
                Just("Share this articleComments\n".to_string()),
            ],
            0..40,
        )
    ) {
        let raw: String = parts.concat();
        let c = clean_text(&raw, &Meta::default());
        let mut seen = std::collections::HashSet::new();
        for p in &c.paragraphs {
            prop_assert!(!has_tag_residue(p), "tag residue in {p:?}");
            prop_assert!(!p.contains("&mdash;") && !p.contains("&amp;") && !p.contains("&#"), "entity in {p:?}");
            prop_assert!(seen.insert(dedup_key(p)), "duplicate paragraph {p:?}");
            prop_assert!(!p.chars().any(crate::sanitize::is_unsafe_char));
        }
    }
}

#[test]
fn a_scraped_page_takes_its_title_from_above_the_article_but_not_from_a_menu() {
    let mut page = String::new();
    for i in 0..40 {
        page.push_str(&format!("* Menu item number {i}\n\n"));
    }
    page.push_str("* Avengers Endgame Trailer Review\n\n");
    let para = |i: usize| {
        format!(
            "Paragraph {i} of the story says that the council and the harbour board will meet again in the spring to look at the ferry timetable, which is what the riders had asked for at the hall.\n\n"
        )
    };
    for i in 0..8 {
        page.push_str(&para(i));
    }
    for i in 0..20 {
        page.push_str(&format!("* Footer link number {i}\n\n"));
    }
    let c = clean_text(&page, &Meta::default());
    assert!(!c.meta.title.starts_with("* "), "{}", c.meta.title);
    assert!(c.paragraphs.iter().any(|p| p.starts_with("Paragraph 1 ")));
    // A headline just above the article is the title.
    let headed = page.replace(
        "* Avengers Endgame Trailer Review\n\n",
        "* Avengers Endgame Trailer Review\n\nCouncil keeps the night ferry running\n\n",
    );
    let c = clean_text(&headed, &Meta::default());
    assert_eq!(c.meta.title, "Council keeps the night ferry running");
    // Not a line far above it: a menu's last line is not the headline.
    let far = page.replace(
        "* Menu item number 0\n\n",
        "* Menu item number 0\n\nRead the whole harbour guide here\n\n",
    );
    let c = clean_text(&far, &Meta::default());
    assert_ne!(c.meta.title, "Read the whole harbour guide here");
}

#[test]
fn a_first_paragraph_that_ends_a_sentence_is_not_the_title() {
    let text = "Gov. Ada Ruiz is defending the state's new slogan, “Salt, we're on it.”\n\n\
                The tagline drew criticism on Monday, but Ruiz said the backlash proved the campaign was working.\n";
    let c = clean_text(text, &Meta::default());
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    assert_eq!(
        c.meta.title,
        "Gov. Ada Ruiz is defending the state's new slogan, “Salt, we're on…"
    );
    // A headline line above it is still the title.
    let c = clean_text(
        &format!("Ruiz defends the new salt slogan\n\n{text}"),
        &Meta::default(),
    );
    assert_eq!(c.meta.title, "Ruiz defends the new salt slogan");
    assert_eq!(c.paragraphs.len(), 2);
}

/// "Politics | Local Government" above the headline is the page's section
/// path, not its title; "Election night | Live updates" is no path.
#[test]
fn a_section_path_above_the_headline_is_no_title() {
    let raw = "Share this article\nListen Live\nPolitics | Local Government\n\n\
               County commissioners approve jail expansion over objections\n\n\
               By Staff | Posted 3 hours ago\n\n\
               Commissioners voted 3-2 Monday to approve a $62 million expansion of the county \
               jail, despite objections from residents who packed the meeting room.\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(
        c.meta.title,
        "County commissioners approve jail expansion over objections"
    );
    assert!(super::is_section_path("News › World › Europe"));
    assert!(!super::is_section_path("Election night | Live updates"));
}

/// A page dumped by a text browser, its links numbered ("[11]Share"): the
/// headline, byline and article come out as from any scraped page.
#[test]
fn a_text_browsers_dump_reads_as_a_page() {
    let mut raw = String::from("   [1]Skip to content\n   [2]The Valley Times\n");
    for i in 0..30 {
        raw.push_str(&format!("     * [{}]Section {i}\n", i + 3));
    }
    raw.push_str(
        "\n   Local\n\nCounty approves new jail despite protests\n\n   \
         By [40]Marcus Whitfield-Oyo | mwhitfield@valleytimes.example\n   \
         March 4, 2026 at 6:12 p.m.\n   [41]Share [42]Tweet [43]Email\n\n",
    );
    for i in 0..4 {
        raw.push_str(&format!(
            "   Paragraph {i}: the county board voted on Tuesday to build a new\n   \
             jail, rejecting pleas from residents who said the money should go\n   \
             to mental health services instead.\n\n"
        ));
    }
    raw.push_str("   [50]RELATED: Sheriff asks for more deputies in budget request\n\n");
    let c = clean_text(&raw, &Meta::default());
    assert_eq!(c.meta.title, "County approves new jail despite protests");
    assert_eq!(c.meta.byline.as_deref(), Some("Marcus Whitfield-Oyo"));
    assert_eq!(c.paragraphs.len(), 4, "{:?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("Paragraph 0: the county board"));
}

/// An extracted article opening with its section's label in capitals
/// loses it; one opening with a dateline keeps that.
#[test]
fn an_html_articles_section_label_goes_but_not_its_dateline() {
    let page = |label: &str| {
        format!(
            r#"<!doctype html><html><head><title>Pier repairs begin | Coastline Courier</title></head>
<body><article><div class="kicker">{label}</div><h1>Pier repairs begin</h1>
<p>Work on the north pier began on Monday, two years after the storm that cracked its pilings, and the first crews were on site before sunrise.</p>
<p>“It has been a long wait, and we are glad it is finally over,” said harbour master Odile Brun, who has pressed for the repairs since the storm.</p>
<p>She said the pier would reopen in the summer if the weather held, and that the cost had been shared between the town and the county.</p>
</article></body></html>"#
        )
    };
    let c = clean_html(&page("TRANSPORT"));
    assert!(
        c.paragraphs[0].starts_with("Work on the north pier"),
        "{:?}",
        c.paragraphs
    );
    let c = clean_html(&page("KESSEL, COASTSHIRE"));
    assert_eq!(c.paragraphs[0], "KESSEL, COASTSHIRE", "{:?}", c.paragraphs);
}

/// A headline over a byline and a date with no blank line between: three
/// lines, not one wrapped paragraph, so the title is the headline and the
/// byline and date are read.
#[test]
fn a_headline_over_a_byline_and_a_date_is_not_one_wrapped_line() {
    let raw = "MP's fury as bus route axed: 'This is a kick in the teeth for pensioners'\n\
               By Gwendolyn Marsh-Obi For The Evening Post\n\
               Published: 17:32 GMT, 3 December 2026\n\n\
               An MP has hit out at a bus company's decision to scrap a rural route used by \
               hundreds of pensioners, calling the decision a disgrace.\n\n\
               The company said the route was losing money and could not be kept running.\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(
        c.meta.title,
        "MP's fury as bus route axed: 'This is a kick in the teeth for pensioners'"
    );
    assert_eq!(c.meta.date.as_deref(), Some("2026-12-03"));
    assert!(
        c.paragraphs[0].starts_with("An MP has hit out"),
        "{:?}",
        c.paragraphs
    );
}
