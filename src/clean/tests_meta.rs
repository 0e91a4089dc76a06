//! Tests of the metadata a page's lines give: headlines, bylines, dates,
//! and the lines around them (buttons, stamps, bullets) that are not one.

use super::*;

/// A scraped page: 30 menu lines, `head`, `n` numbered copies of `para`
/// (each its own paragraph), 30 footer links.
fn scraped_page(head: &str, para: &str, n: usize) -> String {
    let mut page = String::new();
    for i in 0..30 {
        page.push_str(&format!("* Menu item {i}\n"));
    }
    page.push_str(head);
    for i in 0..n {
        page.push_str(&format!("Paragraph {i}: {para}\n\n"));
    }
    for i in 0..30 {
        page.push_str(&format!("* Footer link {i}\n"));
    }
    page
}

#[test]
fn bylines_lose_their_opening_words_and_dates_not_the_name() {
    for (line, name) in [
        ("By Jane Doe", "Jane Doe"),
        ("Written by Jane Doe", "Jane Doe"),
        ("written by Regan", "Regan"),
        // A column's or an analysis's kind before the name.
        (
            "Analysis by Horatio Lindqvist-Bamford",
            "Horatio Lindqvist-Bamford",
        ),
        ("Opinion by Ada Varga", "Ada Varga"),
        ("BY JANE DOE", "Jane Doe"),
        // An agency's initials keep their capitals.
        (
            "By TOMAS LINDQVIST, AP AUTO WRITER",
            "Tomas Lindqvist, AP Auto Writer",
        ),
        ("BY ADA VARGA (AFP)", "Ada Varga (AFP)"),
        // A writer's line is the name and the post, whole.
        (
            "Tomas Lindqvist, Staff Writer",
            "Tomas Lindqvist, Staff Writer",
        ),
        ("by Regan September 15, 2014", "Regan"),
        (
            "By Ada Varga on Monday, November 18th, 2019 at 11:08 a.m.",
            "Ada Varga",
        ),
        ("Bram Oduya — November 18, 2019", "Bram Oduya"),
        (
            "By Ines Albrecht, MS, RD on November 14, 2019",
            "Ines Albrecht, MS, RD",
        ),
        ("By Tamsin Vale 2019-11-18T20:51:19Z Science", "Tamsin Vale"),
        ("Tamsin Vale - 2019-04-10", "Tamsin Vale"),
        // A date in figures, an email, an affiliation after a bar, a
        // dash left over.
        ("By Ada Varga - 11/19/19 06:56 AM EST", "Ada Varga"),
        ("By Bram Oduya 19.11.2019", "Bram Oduya"),
        // Where the writer filed from.
        (
            "By Henrike Vasquez-Oldenburg in Berlin",
            "Henrike Vasquez-Oldenburg",
        ),
        (
            "By Ada Varga and Bram Oduya in New York",
            "Ada Varga and Bram Oduya",
        ),
        (
            "By Ines Albrecht ines@courier.example(555) 010-2030",
            "Ines Albrecht",
        ),
        ("By Tomas Lindqvist | Harbor Gazette", "Tomas Lindqvist"),
        // The outlet written for.
        (
            "By Gwendolyn Hartigan For The Evening Post",
            "Gwendolyn Hartigan",
        ),
        ("By Ada Varga for MailOnline", "Ada Varga"),
        // Not an outlet: "for" before small letters, or after one word.
        ("By Ada Varga for now", "Ada Varga for now"),
        ("By Staff Reports -", "Staff Reports"),
        // Not a date: a score, a version.
        ("By Ada Varga 3/4", "Ada Varga 3/4"),
        // What the writer does, in small letters before the name, goes
        // after it.
        (
            "By political reporter Lachlan Whitcombe-Ngo",
            "Lachlan Whitcombe-Ngo, political reporter",
        ),
        (
            "By chief Europe correspondent Ines Albrecht",
            "Ines Albrecht, chief Europe correspondent",
        ),
    ] {
        assert_eq!(meta::byline_name(line), name, "{line}");
    }
}

#[test]
fn a_written_by_line_is_a_byline_not_the_headline() {
    let page = scraped_page(
        "Hiking the ridge above the reservoir\n\nby Wren Calder September 15, 2014\nwritten by Wren Calder\n\nSharing is caring!\n\n",
        "we set out before dawn with the children in a carrier and two bottles of water each, and the trail climbed steadily through the pines until the whole valley opened below us.",
        4,
    );
    let c = clean_text(&page, &Meta::default());
    assert_eq!(c.meta.title, "Hiking the ridge above the reservoir");
    assert_eq!(c.meta.byline.as_deref(), Some("Wren Calder"));
    assert_eq!(c.meta.date.as_deref(), Some("2014-09-15"));
    assert_eq!(c.paragraphs.len(), 4, "{:?}", c.paragraphs);
}

#[test]
fn a_button_before_the_article_is_not_its_headline() {
    let para = "The council voted on Tuesday to keep the night ferry running through the winter, after riders filled the hall to ask for it, and the harbour board agreed to share the cost.";
    let page = |before: &str| scraped_page(before, para, 4);
    let headline = "Night ferry will keep running this winter";
    let long_headline = "Night ferry will keep running this winter, council says";
    for (text, title) in [
        // The headline, then a gallery's button.
        (
            page("Night ferry will keep running this winter\n\n1 / 23\n\nBack to Gallery\n\n"),
            headline,
        ),
        // A live-video button over an article whose first line is its headline.
        (
            page("Watch Harbour Live\n\nNight ferry will keep running this winter, council says\n\n"),
            long_headline,
        ),
        // A breadcrumb's step is no headline either.
        (
            page("3. Harbour & Coast\n\nNight ferry will keep running this winter, council says\n\n"),
            long_headline,
        ),
        // The same in a short text, which is read line by line.
        (
            "3. Harbour & Coast\n\nNight ferry will keep running this winter\n\nThe council voted on Tuesday to keep the night ferry running through the winter.\n".to_string(),
            headline,
        ),
        // Nor is the outlet under a byline set out over several lines.
        (
            page("Night ferry will keep running this winter\n\nBy\n\nWren Calder\n\nThe Harbour Times\n\n"),
            headline,
        ),
        // A short headline of plain words is still one.
        (page("Ferry stays afloat\n\n"), "Ferry stays afloat"),
        // Account buttons run together, an icon font's ligature, a button
        // in German, a filing label and an agency's credit are none.
        (
            page("Night ferry will keep running this winter\n\nEdit ProfileSign Out\n\n"),
            headline,
        ),
        (
            page("Night ferry will keep running this winter\n\nchevron_left Browse All Posts\n\n"),
            headline,
        ),
        (
            page("Night ferry will keep running this winter\n\nZurück zur Übersicht\n\n"),
            headline,
        ),
        (
            page("Night ferry will keep running this winter\n\nFiled to: Harbour news\n\n"),
            headline,
        ),
        (
            page("Night ferry will keep running this winter\n\nThe Associated Press\n\n"),
            headline,
        ),
        // A headline that names an agency among other words is still one.
        (
            page("Associated Press reporters return to the harbour\n\n"),
            "Associated Press reporters return to the harbour",
        ),
    ] {
        let c = clean_text(&text, &Meta::default());
        assert_eq!(c.meta.title, title, "{text}");
    }
}

#[test]
fn a_stamp_before_the_headline_gives_the_date_not_the_title() {
    let text = "Mon 18 Nov 2019 18.54 GMT\n\nNight ferry will keep running this winter\n\nThe council voted on Tuesday to keep the night ferry running through the winter, after riders filled the hall.\n\nThe harbour board agreed to share the cost, the mayor said.\n";
    let c = clean_text(text, &Meta::default());
    assert_eq!(c.meta.title, "Night ferry will keep running this winter");
    assert_eq!(c.meta.date.as_deref(), Some("2019-11-18"));
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    // Prose that opens with a date is the article, not a stamp.
    let text = "On March 3, 2026 the council voted to keep the night ferry running through the winter\n\nThe harbour board agreed to share the cost, the mayor said.\n";
    let c = clean_text(text, &Meta::default());
    assert!(
        c.meta.title.starts_with("On March 3, 2026") || c.paragraphs[0].starts_with("On March 3"),
        "{c:?}"
    );
    for stamp in [
        "21:17 18.11.2019 Get short URL",
        "Posted on Maret 30, 2015 by Admin",
        "Published Wed, Nov 20 2019 4:29 AM EST",
        "Nov 19, 2019 at 9:08 GMT",
        "Carlos Vale 27/09/2018 Comment! Music , Games",
    ] {
        assert!(stamps::is_stamp_like(stamp), "{stamp}");
    }
    for headline in [
        "Fox News Flash top entertainment headlines for Nov. 19",
        "7 key questions heading into the 2020 Democratic debate",
        "Milan Design Week 2018: a light installation",
    ] {
        assert!(!stamps::is_stamp_like(headline), "{headline}");
    }
}

#[test]
fn a_page_byline_field_is_a_name_or_nothing() {
    for (raw, name) in [
        ("By Jane Doe", Some("Jane Doe")),
        ("Posted by Vortex", Some("Vortex")),
        ("PTI,", Some("PTI")),
        ("JERUSALEM POST STAFF", Some("Jerusalem Post Staff")),
        (
            "Associated Press November 19, 2019, 9:02 AM",
            Some("Associated Press"),
        ),
        ("FEDERICA LUSIARDI - 2019-04-10", Some("Federica Lusiardi")),
        ("By", None),
        ("Name *", None),
        ("Nama (wajib)", None),
        ("", None),
    ] {
        assert_eq!(meta::clean_byline(raw).as_deref(), name, "{raw}");
    }
    assert!(meta::is_placeholder_date("0001-01-01T00:00:00Z"));
    assert!(!meta::is_placeholder_date("2019-11-19"));
    assert!(!meta::is_placeholder_date("19.11.2019"));
}

#[test]
fn a_lede_under_empty_share_bullets_is_kept_and_the_headline_found_past_them() {
    let mut head = String::from(
        "Harbour board saves the night ferry\n\nThe night ferry at the old quay, on Tuesday evening.\n\n",
    );
    for _ in 0..2 {
        head.push_str("Harbour Wire March 3, 2026, 9:02 AM\n");
        head.push_str("  * \n  * \n  * \n  * \n  * \n");
    }
    // The lede: full of names, so low in function words.
    head.push_str("\nKESSEL — Mayor Ada Ruiz, Councillor Bram Oduya and Harbour Board chair Ines Albrecht signed the Kessel Night Ferry Compact, a 2-1 vote securing the Kessel-Varga crossing.\n\n");
    let page = scraped_page(
        &head,
        "the council said the ferry would run every night through the winter, and that the harbour board would share the cost of the crew with the town.",
        5,
    );
    let c = clean_text(&page, &Meta::default());
    assert!(
        c.paragraphs
            .iter()
            .any(|p| p.starts_with("KESSEL — Mayor Ada Ruiz")),
        "{:?}",
        c.paragraphs
    );
    assert_eq!(c.meta.title, "Harbour board saves the night ferry");
}

#[test]
fn a_reading_time_is_not_the_article() {
    let text = "Ferry fares to rise in spring\n\n5 min read\n\nReading time: 3 minutes\n\nTempo de leitura: 1 minuto\n\nThe council said on Tuesday that ferry fares would rise by ten pence in the spring, the first rise in four years.\n\nRiders said they would accept it if the night service stayed.\n";
    let c = clean_text(text, &Meta::default());
    assert_eq!(c.meta.title, "Ferry fares to rise in spring");
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    // A sentence about reading stays.
    let c = clean_text(
        "Library hours\n\nThe library will add two hours of reading time on Sundays from May.\n",
        &Meta::default(),
    );
    assert_eq!(c.paragraphs.len(), 1, "{:?}", c.paragraphs);
}

#[test]
fn a_dated_copyright_line_names_the_source_over_a_photo_credit() {
    let para = "The harbour board said on Tuesday that the night ferry would keep running until the end of the year, after a long meeting at the hall.";
    let mut page = scraped_page(
        "Night ferry to keep running\n\n© WIRE AGENCY / POOL\n\n",
        para,
        6,
    );
    page.push_str("© 2026 Harbour Times. All rights reserved.\n");
    let c = clean_text(&page, &Meta::default());
    assert_eq!(c.meta.source.as_deref(), Some("Harbour Times"));
    // Without a dated line, the first one stands.
    let page = scraped_page(
        "Night ferry to keep running\n\n© WIRE AGENCY / POOL\n\n",
        para,
        6,
    );
    let c = clean_text(&page, &Meta::default());
    assert_eq!(c.meta.source.as_deref(), Some("WIRE AGENCY / POOL"));
}

#[test]
fn a_details_line_with_a_web_address_is_not_the_headline() {
    let para = "If you want a book that makes the long road feel short, this is it: the pages come with a record of songs made for riding, and the pictures are good.";
    let head = "Road and Song: a book review\n\n21/06/2014 Ada Varga Books , Reviews\n\nTested by: Bram Oduya Price: 40 Euro More info: www.example.com/en | +49 40 000 00\n\n";
    let c = clean_text(&scraped_page(head, para, 6), &Meta::default());
    assert_eq!(c.meta.title, "Road and Song: a book review");
}

#[test]
fn a_kicker_in_capitals_over_the_headline_is_no_masthead() {
    let para = "The council voted on Tuesday to keep the night ferry running through the winter, after riders filled the hall to ask for it, and the harbour board agreed to share the cost.";
    let headline = "Night ferry will keep running this winter";
    for (head, source) in [
        // A kicker right above the headline names no outlet.
        ("FERRY FEARS\n\n", None),
        // A publication's name in capitals is its masthead; so is a line in
        // capitals with another line of the page's head between it and the
        // headline.
        ("THE HARBOUR GAZETTE\n\n", Some("The Harbour Gazette")),
        ("FERRY FEARS\n\nHarbour ferries\n\n", Some("Ferry Fears")),
    ] {
        let text = format!("{head}{headline}\n\n{para}\n\n{para} Then the vote.\n");
        let c = clean_text(&text, &Meta::default());
        assert_eq!(c.meta.title, headline, "{text}");
        assert_eq!(c.meta.source.as_deref(), source, "{text}");
    }
}

/// Above a page's article, the headline is not an agency in capitals
/// under its byline, a sign-in prompt or a "More on ..." heading.
#[test]
fn the_headline_is_not_an_agency_a_prompt_or_a_lists_heading() {
    let para = "The council voted on Tuesday to keep the night ferry running through the winter, after riders filled the hall to ask for it, and the harbour board agreed to share the cost.";
    let headline = "Night ferry will keep running this winter";
    for head in [
        "Night ferry will keep running this winter\n\nBy Jane Doe\n\nHARBOUR WIRE, COAST NEWS\n\n",
        "Night ferry will keep running this winter\n\nYou are signed in as\n\n",
        "Night ferry will keep running this winter\n\nMore on Harbour Politics\n\n",
    ] {
        let c = clean_text(&scraped_page(head, para, 4), &Meta::default());
        assert_eq!(c.meta.title, headline, "{head:?}");
        assert!(
            c.paragraphs[0].starts_with("Paragraph 0:"),
            "{:?}",
            c.paragraphs
        );
    }
}

/// A text browser's page: the site's name over the headline, which its
/// copyright line repeats, is no headline; the headline under it is, and a
/// share bar with "SMS" and "Save" in it is dropped.
#[test]
fn the_sites_name_over_the_headline_is_a_masthead() {
    let page = "   [1]Skip to main content\n   [2]The Lakeshore Ledger\n     * [3]News\n\
                \x20    * [4]Politics\n   [5]Subscribe [6]Log in\n\n\
                Harbour authority approves breakwater despite cost concerns\n\n\
                \x20  By [7]Celestine Muriuki-Hale\n   Published March 4, 2026 at 7:12 pm\n\n\
                Facebook Twitter WhatsApp SMS Email Print Save\n\n\
                \x20  The Lakeshore Harbour Authority voted 6-3 on Wednesday to build a new\n\
                \x20  breakwater at the east entrance of the harbour, a project that staff\n\
                \x20  estimate will cost $40 million over four years.\n\n\
                \x20  \"Every winter we lose part of the east pier. We can keep patching it, or\n\
                \x20  we can fix it,\" authority chair Bartholomew Oyelaran said before the\n\
                \x20  vote.\n\n\
                \x20  Construction is expected to begin in the spring of 2027, officials said.\n\n\
                \x20  (c) 2026 The Lakeshore Ledger | [17]Privacy | [18]Terms\n\
                \x20  © 2026 The Lakeshore Ledger. All rights reserved.\n";
    let c = clean_text(page, &Meta::default());
    assert_eq!(
        c.meta.title,
        "Harbour authority approves breakwater despite cost concerns"
    );
    assert_eq!(c.meta.source.as_deref(), Some("The Lakeshore Ledger"));
    assert!(
        c.paragraphs[0].starts_with("The Lakeshore Harbour Authority voted"),
        "{:?}",
        c.paragraphs
    );
    assert_eq!(c.paragraphs.len(), 3, "{:?}", c.paragraphs);
}

/// The writer's job on its own line under the byline ("Political
/// Editor", "Statehouse reporter") is no paragraph, and a bare name over
/// one ("Hendrik Vossberg" over "Berlin correspondent") is the byline.
#[test]
fn a_writers_job_under_the_byline_is_no_paragraph() {
    let body = "Talks on forming a new government in the state collapsed on Friday after the \
                Greens walked out of the negotiations.\n\n\
                The conservative leader rejected the claim and said the talks had been fair.\n";
    for (head, byline) in [
        ("By Anselm Kovac\nStatehouse reporter", "Anselm Kovac"),
        ("Hendrik Vossberg\nBerlin correspondent", "Hendrik Vossberg"),
    ] {
        let c = clean_text(
            &format!("Coalition talks collapse as Greens walk out\n{head}\n\n{body}"),
            &Meta::default(),
        );
        assert_eq!(c.meta.byline.as_deref(), Some(byline));
        assert!(
            c.paragraphs[0].starts_with("Talks on forming"),
            "{:?}",
            c.paragraphs
        );
    }
}

/// A bare name over the writer's job under a standfirst (the summary line
/// under the headline) is the byline too, not the article's first
/// paragraph.
#[test]
fn a_bare_name_over_a_job_under_a_standfirst_is_the_byline() {
    let c = clean_text(
        "Ex-minister says party is sleepwalking towards defeat
         The former cabinet minister made the remarks on a podcast hosted by two former aides
         Ingrid Fairclough-Adeyemi
         Political Correspondent
         Published 4 December 2026

         A former cabinet minister has warned that the governing party is heading for a \
         defeat it will not recover from unless it changes leader.

         The party's chairman said the remarks were nothing new and the party was united.
",
        &Meta::default(),
    );
    assert_eq!(c.meta.byline.as_deref(), Some("Ingrid Fairclough-Adeyemi"));
    assert!(
        !c.paragraphs
            .iter()
            .any(|p| p == "Ingrid Fairclough-Adeyemi"),
        "{:?}",
        c.paragraphs
    );
    assert!(
        c.paragraphs
            .iter()
            .any(|p| p.starts_with("A former cabinet minister")),
        "{:?}",
        c.paragraphs
    );
}

/// "Ravindra Subramaniam-Rao | Chennai | Updated: 02 Dec 2026, 09:15 IST"
/// is the byline and the date; a bare name over the writer's email address
/// is the byline, and the address no paragraph. Names with a hyphen, an
/// apostrophe or "Mc" are bare names too.
#[test]
fn a_piped_byline_and_an_email_under_a_name_are_no_paragraphs() {
    let body = "Talks on forming a new government in the state collapsed on Friday after the \
                Greens walked out of the negotiations.\n\n\
                The conservative leader rejected the claim and said the talks had been fair.\n";
    for (head, byline, date) in [
        (
            "Ravindra Subramaniam-Rao | Chennai | Updated: 02 Dec 2026, 09:15 IST",
            "Ravindra Subramaniam-Rao",
            Some("2026-12-02"),
        ),
        (
            "Nathaniel Osei-Boateng\nnosei@example.test",
            "Nathaniel Osei-Boateng",
            None,
        ),
        (
            "Orla McKay\nEmail: orla.mckay@example.test",
            "Orla McKay",
            None,
        ),
        ("Sean O'Neil\nBerlin correspondent", "Sean O'Neil", None),
        // Dots between the parts, the outlet among them.
        (
            "Kirsten Abernethy-Lau · CBC News · Posted: Dec 02, 2026 4:00 AM EST",
            "Kirsten Abernethy-Lau",
            Some("2026-12-02"),
        ),
        (
            "Kirsten Abernethy-Lau • Updated 3 December 2026",
            "Kirsten Abernethy-Lau",
            Some("2026-12-03"),
        ),
        // A job between the bars is no outlet.
        (
            "Kirsten Abernethy-Lau | Education Reporter | Updated 3 December 2026",
            "Kirsten Abernethy-Lau",
            Some("2026-12-03"),
        ),
        // A name whose capital is beyond ASCII.
        (
            "Émilie Beauchesne-Tardif · The Northern Record · Posted: Feb 12, 2026 4:05 PM ET",
            "Émilie Beauchesne-Tardif",
            Some("2026-02-12"),
        ),
    ] {
        let c = clean_text(
            &format!("Coalition talks collapse as Greens walk out\n{head}\n\n{body}"),
            &Meta::default(),
        );
        assert_eq!(c.meta.byline.as_deref(), Some(byline), "{head}");
        assert_eq!(c.meta.date.as_deref(), date, "{head}");
        // The outlet between the dots, not a place between the bars.
        let outlet = ["CBC News", "The Northern Record"]
            .into_iter()
            .find(|o| head.contains(o));
        assert_eq!(c.meta.source.as_deref(), outlet, "{head}");
        assert!(
            c.paragraphs[0].starts_with("Talks on forming"),
            "{head}: {:?}",
            c.paragraphs
        );
    }
    // Not a line of the story that holds an address in a sentence.
    let c = clean_text(
        &format!(
            "Coalition talks collapse as Greens walk out\n\n{body}\nReaders can write to \
             letters@example.test with their views on the talks.\n"
        ),
        &Meta::default(),
    );
    assert!(
        c.paragraphs
            .iter()
            .any(|p| p.contains("letters@example.test")),
        "{:?}",
        c.paragraphs
    );
}

/// "ALSO READ" over a list of other stories' headlines at the end: the
/// list goes with its heading.
#[test]
fn an_also_read_list_goes() {
    let c = clean_text(
        "Chief Minister vows to fight the river water award

         Chief Minister K. Anbuselvi on Tuesday rejected the tribunal's award on the sharing          of river water, saying the state would move the Supreme Court within a week.

         Farmers' leader P. Ayyakannu-Selvam, who led a protest march in the delta last month,          said the farmers would march on the capital if the water did not come.

         ALSO READ
         Delta farmers begin indefinite fast
         Assembly passes resolution on river award
",
        &Meta::default(),
    );
    assert!(
        c.paragraphs
            .last()
            .is_some_and(|p| p.starts_with("Farmers' leader")),
        "{:?}",
        c.paragraphs
    );
}

/// "Crime & Courts" over the headline: a section's label, not the title
/// (the headline was kept as the first paragraph).
#[test]
fn a_section_label_with_an_ampersand_is_not_the_headline() {
    let text = "Crime & Courts\n\
        Witness tells jury she saw defendant leave warehouse before fire\n\
        By Noor Vandersloot, Courts Reporter\n\
        A former warehouse manager testified Tuesday that she saw the defendant leave the building through a side door about ten minutes before the fire.\n\
        The trial is expected to last three weeks, and the defence will call its first witness on Monday.\n";
    let c = clean_text(text, &Meta::default());
    assert_eq!(
        c.meta.title,
        "Witness tells jury she saw defendant leave warehouse before fire"
    );
    assert!(
        c.paragraphs[0].starts_with("A former warehouse manager"),
        "{:?}",
        c.paragraphs
    );
    // A headline of four words with an ampersand in it is still one.
    let c = clean_text(
        &text.replace(
            "Crime & Courts\nWitness tells jury she saw defendant leave warehouse before fire",
            "Marks & Spencer Falters",
        ),
        &Meta::default(),
    );
    assert_eq!(c.meta.title, "Marks & Spencer Falters");
}

/// "Analysis by X" under the headline is the byline, not the first
/// paragraph.
#[test]
fn an_analysis_by_line_is_the_byline() {
    let text = "Why the governor's veto may backfire\n\
        Analysis by Horatio Lindqvist-Bamford\n\
        When the governor vetoed the rent bill on Thursday, she framed it as a stand for the state's small landlords, and her allies lined up behind her.\n\
        The bill's sponsor was having none of it, and said he had the votes to override the veto in the Senate.\n";
    let c = clean_text(text, &Meta::default());
    assert_eq!(c.meta.byline.as_deref(), Some("Horatio Lindqvist-Bamford"));
    assert!(
        c.paragraphs[0].starts_with("When the governor"),
        "{:?}",
        c.paragraphs
    );
}
