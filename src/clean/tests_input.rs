//! How the input arrives: line ends of every kind, a header of "Key:
//! value" lines above the text, a sign-up box inside the story.

use super::tests::MESSY;
use super::*;

/// A web reader's "Title:" / "URL Source:" header is the article's
/// metadata, not its first lines; known metadata wins over it.
#[test]
fn a_key_value_header_gives_the_metadata() {
    let raw = "Title: Night ferry saved\n\nURL Source: https://gazette.test/ferry\n\n\
               Published Time: 2026-03-03T09:14:00Z\n\nMarkdown Content:\n\
               The council voted on Tuesday to keep the night ferry running until the end of \
               the year, after a packed meeting at the harbour hall.\n\n\
               “We heard every one of you,” said Mayor Ines Calloway. “The night ferry stays.”\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.meta.title, "Night ferry saved");
    assert_eq!(c.meta.url.as_deref(), Some("https://gazette.test/ferry"));
    assert_eq!(c.meta.date.as_deref(), Some("2026-03-03"));
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("The council voted"));
    let known = Meta {
        title: "Ferry stays".into(),
        ..Meta::default()
    };
    let c = clean_text(raw, &known);
    assert_eq!(c.meta.title, "Ferry stays");
    assert_eq!(c.meta.url.as_deref(), Some("https://gazette.test/ferry"));
}

/// Windows and classic Mac OS line ends clean as Unix ones do.
#[test]
fn every_kind_of_line_end_cleans_alike() {
    let unix = clean_text(MESSY, &Meta::default());
    for end in ["\r\n", "\r"] {
        let c = clean_text(&MESSY.replace('\n', end), &Meta::default());
        assert_eq!(c.paragraphs, unix.paragraphs, "{end:?}");
        assert_eq!(c.meta, unix.meta, "{end:?}");
    }
}

/// A newsletter's sign-up box in the middle of a story goes whole: its
/// prompt, its blurb and its fine print.
#[test]
fn a_newsletter_box_in_a_story_goes_whole() {
    let raw = "Ministers split over hospital parking\n\n\
               Ministers are split over plans to scrap hospital car parking charges, with \
               the Treasury warning that the cost cannot be found this year.\n\n\
               “Nobody should have to pay to visit a dying relative,” the health secretary, \
               Barnaby Quarrington, told MPs last month.\n\n\
               Sign up to Morning Briefing\n\n\
               Our morning email breaks down the key stories of the day\n\n\
               Privacy Notice: Newsletters may contain info about charities, online ads, and \
               content funded by outside parties.\n\n\
               after newsletter promotion\n\n\
               “We all want the same thing,” a Treasury spokesperson said of the plans.\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.paragraphs.len(), 3, "{:?}", c.paragraphs);
    assert!(c.paragraphs[2].starts_with("“We all want the same thing"));
    assert_eq!(c.rules.get("newsletter prompt"), Some(&2), "{:?}", c.rules);
}

/// A byline printed as a name over its author's job, on a scraped page
/// whose short lines the density pass drops.
#[test]
fn a_name_over_a_reporters_job_is_the_byline() {
    let raw = "Skip to main content\n\
         Open navigation menu\n\
         The Weald Chronicle\n\
         Subscribe now\n\
         Log in\n\
         UK\n\
         World\n\
         Politics\n\
         Business\n\
         Climate\n\
         Sport\n\
         Culture\n\
         Politics\n\
         Ministers split over hospital car parking charges\n\
         Plans to scrap fees in England face Treasury resistance\n\
         Ministers split over hospital car parking charges\n\
         Imogen Farrow-Tate\n\
         Political correspondent\n\
         Wed 4 Mar 2026 06.00 GMT\n\
         Last modified on Wed 4 Mar 2026 09.12 GMT\n\
         Share on Facebook\n\
         Share on Twitter\n\
         Share via Email\n\
         Image: A hospital car park in Kent. Photograph: Weald Chronicle\n\
         Ministers are split over plans to scrap hospital car parking charges in England, with the Treasury warning that the £300m annual cost cannot be found this year, the Chronicle understands.\n\
         The health secretary, Barnaby Quarrington, is understood to favour abolishing the fees for all patients and visitors by the end of the parliament.\n\
         “Nobody should have to pay to visit a dying relative,” Quarrington told MPs last month. “It is a tax on the sick, and I want it gone.”\n\
         Advertisement\n\
         But Treasury officials have pushed back. One source said the chancellor, Priya Venkataraman-Hale, had “serious reservations” about committing to the cost before the autumn budget.\n\
         Sign up to Morning Briefing\n\
         Our morning email breaks down the key stories of the day\n\
         Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties.\n\
         after newsletter promotion\n\
         “We all want the same thing. The question is when, and how we pay for it,” a Treasury spokesperson said.\n\
         Patients' groups have campaigned for years for the charges to be dropped. Delphine Okoro-Marsh, of the Patients First alliance, said: “Every month of delay is another month of cancer patients paying to park for their chemotherapy.”\n\
         Explore more on these topics\n\
         Health\n\
         NHS\n\
         Treasury\n\
         Share\n\
         Reuse this content\n\
         Most viewed\n\
         Storm warning for the Weald coast\n\
         Council tax to rise 4.9%\n\
         Village shop saved by crowdfunder\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.meta.byline.as_deref(), Some("Imogen Farrow-Tate"));
    assert!(!c.paragraphs.iter().any(|p| p.contains("correspondent")));
    // "By X" over "Staff Writer" is X.
    let units = ["By Philippa Oduya".to_string(), "Staff Writer".to_string()];
    assert_eq!(
        super::meta::name_over_job(&units).as_deref(),
        Some("Philippa Oduya")
    );
    let units = ["The Night Ferry".to_string(), "Running late".to_string()];
    assert_eq!(super::meta::name_over_job(&units), None);
}

/// A band's tour dates under the story, one a line, are the story's end:
/// each date stays a line of its own, and the links after them still go.
#[test]
fn tour_dates_under_a_story_stay_one_a_line() {
    let body = "The Velvet Tramlines announced on Monday that they will tour the country next \
                summer for the first time in a decade, with a new album due in the spring.\n\n\
                The band's singer said the shows would draw on every record they have made, \
                from the early singles to the songs they recorded last winter in a barn.\n\n";
    for (heading, items) in [
        (
            "The Velvet Tramlines 2027 tour dates:\n",
            [
                "June 9 -- Harbour Arena, Kestrel Bay, FL",
                "June 11 -- Millpond Amphitheatre, Tampa, FL",
                "June 14 -- Old Mill Pavilion, Alpharetta, GA",
                "Aug. 2 -- Riverside Music Park, Clarkston, MI",
            ],
        ),
        (
            "Tour Dates\n\n",
            [
                "June 9 – Kestrel Bay, FL @ Harbour Arena",
                "June 11 – Tampa, FL @ Millpond Amphitheatre",
                "June 14 – Alpharetta, GA @ Old Mill Pavilion",
                "August 2 – Clarkston, MI @ Riverside Music Park",
            ],
        ),
    ] {
        let raw = format!(
            "THE NIGHT OWL\nHome | Music | Film | Festivals\nListen Live\nSign in\n\
             Band announces tour\nBy Odile Marchetti\nShare this articleComments\n\n\
             {body}{heading}{}\n\nYou might also like\nTen albums to hear this week\n\
             Festival line-up revealed\nSinger cancels shows\n\
             © 2026 The Night Owl. All rights reserved.\n",
            items.join("\n")
        );
        let c = clean_text(&raw, &Meta::default());
        for item in items {
            assert!(
                c.paragraphs.iter().any(|p| p == item),
                "{item}: {:?}",
                c.paragraphs
            );
        }
        assert!(
            !c.paragraphs.iter().any(|p| p.contains("Ten albums")),
            "{:?}",
            c.paragraphs
        );
    }
}

/// A network's page seen from Europe: a consent banner over the headline,
/// then the writer and outlet over the stamp, then a picture's caption
/// over its credit. The headline is the title; the writer is the byline;
/// none of those lines is the story's.
#[test]
fn a_networks_page_under_its_consent_banner() {
    let raw = "Welcome to THE HARBOR GAZETTE NETWORK’S EUROPEAN UNION EXPERIENCE\n\n\
               Learn More\n\n\
               Ferry crews vote to strike over night shifts\n\n\
               Odile P. Marchetti Harbor Gazette\n\
               Published 2:16 AM EST Nov 20, 2026\n\
               Ferry crew members gather outside the terminal\n\
               Ines Calloway, Associated Press\n\n\
               Crews on the night ferry voted on Tuesday to strike for two days next month, \
               after talks over the new shift pattern broke down.\n\n\
               The union said members had backed the action by a wide margin, and that the \
               company had refused to discuss the rota since September.\n\n\
               © 2026 The Harbor Gazette\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.meta.title, "Ferry crews vote to strike over night shifts");
    assert_eq!(c.meta.byline.as_deref(), Some("Odile P. Marchetti"));
    assert_eq!(c.meta.date.as_deref(), Some("2026-11-20"));
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    assert!(c.paragraphs[0].starts_with("Crews on the night ferry"));
}

/// A card for another story set into this one (its section, its headline
/// twice, its teaser) goes whole; the story around it stays.
#[test]
fn a_card_for_another_story_inside_the_story_goes() {
    let raw = "THE HARBOR GAZETTE\nHome | News | Harbour | Sport\nSign in\n\
               Ferry crews vote to strike over night shifts\n\
               By Odile Marchetti\n\n\
               Crews on the night ferry voted on Tuesday to strike for two days next month, \
               after talks over the new shift pattern broke down late on Monday.\n\n\
               The union said members had backed the action by a wide margin, and that the \
               company had refused to discuss the rota since September.\n\n\
               The company said it was disappointed and would keep the day crossings running \
               with managers at the helm if the strike went ahead.\n\n\
               Business\n\
               Harbour authority raises mooring fees for the first time in a decade\n\
               Business\n\
               Harbour authority raises mooring fees for the first time in a decade\n\
               Boat owners will pay a fifth more from April, the authority said on Monday.\n\n\
               Talks are due to resume at the conciliation service on Friday morning, the union \
               said, and both sides have agreed to attend.\n\n\
               © 2026 The Harbor Gazette\n";
    let c = clean_text(raw, &Meta::default());
    assert!(
        !c.paragraphs
            .iter()
            .any(|p| p.contains("mooring fees") || p.contains("Boat owners")),
        "{:?}",
        c.paragraphs
    );
    assert_eq!(c.paragraphs.len(), 4, "{:?}", c.paragraphs);
    assert!(c.paragraphs[3].starts_with("Talks are due"));
}

/// "Read this next", then items of a headline, a reviewer, a teaser and
/// "READ MORE": every teaser goes with its item, though each reads like a
/// sentence of the story.
#[test]
fn teasers_over_read_more_links_go_with_their_list() {
    let mut raw = String::from(
        "THE HARBOR GAZETTE\nHome | News | Harbour | Sport\nSign in\n\
         Ferry crews vote to strike over night shifts\nBy Odile Marchetti\n\n\
         Crews on the night ferry voted on Tuesday to strike for two days next month, after \
         talks over the new shift pattern broke down late on Monday.\n\n\
         The union said members had backed the action by a wide margin, and that the company \
         had refused to discuss the rota since September.\n\n\
         Read this next\n",
    );
    for (head, teaser) in [
        (
            "Harbour authority raises mooring fees",
            "Boat owners will pay a fifth more from April. Learn what the rise means for you.",
        ),
        (
            "Night bus trial ends early",
            "The trial ran for six weeks before drivers left. Find out why the council ended it.",
        ),
        (
            "Lighthouse keeper retires after 40 years",
            "She kept the light through eleven winters of storms. Read her story in her words.",
        ),
    ] {
        raw.push_str(&format!(
            "* {head}\nReviewed by Ines Calloway, Harbour Desk\n{teaser}\nREAD MORE\n"
        ));
    }
    let c = clean_text(&raw, &Meta::default());
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
}

/// "... shortage of crew. Read more: Crew shortage hits ferry routes": the
/// link to another story at a paragraph's end goes, the paragraph stays.
#[test]
fn a_story_link_at_a_paragraphs_end_goes() {
    let text = "Coastal towns brace for ferry cuts\n\
        Island communities off the north coast say they are being cut adrift after the operator halved winter sailings.\n\
        Northern Isles Ferries said the cuts were needed because of a shortage of crew. Read more: Crew shortage hits ferry routes\n\
        The islands' member of parliament called on ministers to step in before the winter timetable starts.\n";
    let c = clean_text(text, &Meta::default());
    assert_eq!(
        c.paragraphs[1],
        "Northern Isles Ferries said the cuts were needed because of a shortage of crew."
    );
    assert_eq!(c.paragraphs.len(), 3, "{:?}", c.paragraphs);
}

/// "Jonah Whitcombe-Adair" alone under the headline and its date, over the
/// first paragraph: the byline. "Breaking News" there is no writer.
#[test]
fn a_bare_writers_name_over_the_first_paragraph_is_the_byline() {
    let text = |top: &str| {
        format!(
            "Prime minister survives confidence vote by 14 votes\n\
             Tuesday 1 December 2026 21:40 GMT\n\
             {top}\n\
             The prime minister has survived a confidence vote of her own MPs by 14 votes, but the margin left her authority damaged.\n\
             Her challenger said the result showed the party was split down the middle, and that the matter was not settled.\n"
        )
    };
    let c = clean_text(&text("Jonah Whitcombe-Adair"), &Meta::default());
    assert_eq!(c.meta.byline.as_deref(), Some("Jonah Whitcombe-Adair"));
    assert!(
        c.paragraphs[0].starts_with("The prime minister"),
        "{:?}",
        c.paragraphs
    );
    let c = clean_text(&text("Breaking News"), &Meta::default());
    assert_eq!(c.meta.byline, None);
}

/// "Share via Email" after the headline, and "Share on Facebook Share on X
/// Share via Email" run together after the story: share buttons, gone.
#[test]
fn share_via_email_is_a_button() {
    let raw = "Survivors recall the landslide\n\n\
               Survivors recall the landslide\n\n\
               Share on Facebook\nShare on Twitter\nShare via Email\n\n\
               Ten years ago this week, a hillside above the fishing village gave way after \
               three days of rain, burying eleven houses and killing seven people.\n\n\
               Agnes Polwhele-Grant was in her kitchen when she heard what she thought was \
               thunder, and then the back wall of her house was gone.\n\n\
               Share on Facebook Share on X Share via Email\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    assert!(
        c.paragraphs[0].starts_with("Ten years ago"),
        "{:?}",
        c.paragraphs
    );
}

/// "Also Read | Headline" with a bar, and "Others are reading" over another
/// story's headline: links to other stories, gone.
#[test]
fn also_read_with_a_bar_and_others_are_reading_are_links() {
    let raw = "Monsoon: schools shut for two days\n\n\
               Schools and colleges in three coastal districts will remain closed on Thursday \
               and Friday after the weather office issued a red alert for heavy rainfall.\n\n\
               \"We have evacuated 4,200 people to relief camps so far,\" the district collector \
               told reporters at the collectorate on Wednesday evening.\n\n\
               Also Read | Traffic diverted on highway after landslide\n\n\
               Others are reading\n\
               Heat records fall across the Southwest\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
}

/// A headline with a tail after a dash ("... — but not everyone is happy")
/// over the same headline without it: the short copy is no paragraph.
#[test]
fn a_headlines_part_before_a_dash_printed_again_is_a_copy() {
    let raw = "State budget deal reached after all-night session &mdash; but not everyone is happy\n\n\
               State budget deal reached after all-night session\n\n\
               After a 14-hour session that stretched past dawn, legislative leaders announced a \
               $61 billion budget agreement early Friday, hours before the fiscal year ends.\n\n\
               \"Nobody got everything they wanted, and that's usually how you know it's a fair \
               deal,\" the governor said at a news conference in the Capitol rotunda.\n";
    let c = clean_text(raw, &Meta::default());
    assert!(
        c.meta.title.starts_with("State budget deal"),
        "{:?}",
        c.meta.title
    );
    assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    assert!(
        c.paragraphs[0].starts_with("After a 14-hour"),
        "{:?}",
        c.paragraphs
    );
}

/// The recall story's page cleaned: its headline the title, the masthead
/// the source, its lede first.
fn assert_recall_story(c: &Cleaned) {
    assert_eq!(
        c.meta.title,
        "State senator faces recall vote after redistricting fight"
    );
    assert_eq!(c.meta.source.as_deref(), Some("The Valley Courier"));
    assert!(
        c.paragraphs[0].starts_with("Voters in the 14th"),
        "{:?}",
        c.paragraphs
    );
}

/// A consent banner over a page ("We use cookies ... you agree to our use of
/// cookies." with "Accept all" and "Manage preferences" under it) is no part
/// of the article, is not its title, and takes the menu under it along;
/// "Article continues below" goes as "Story continues below" does, and so
/// does a prompt to turn on JavaScript. A
/// paragraph about cookie rules stays.
#[test]
fn a_cookie_banner_and_a_continues_below_line_go() {
    let raw = "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.\n\
               Accept all\nManage preferences\nSkip to content\nThe Valley Courier\nNews\nPolitics\nObituaries\ne-Edition\n\
               Politics\nState senator faces recall vote after redistricting fight\nBy Renata Kowalczyk\n\
               Voters in the 14th Senate District will decide in June whether to recall state Sen. Lucinda Marsh, the first recall of a sitting state senator in more than 30 years.\n\
               Article continues below\n\
               Please turn on JavaScript to use this feature\n\
               The recall was organized by a coalition of ranchers angry over a vote on a redistricting plan that split their county in three.\n\
               Marsh also backed a bill that limits the use of cookies by state agencies' websites, which the ranchers opposed as well.\n\
               \"She sold us out to keep her own seat safe,\" said Dwayne Kittredge, who chairs the recall committee.\n\
               Copyright © 2026 The Valley Courier. All rights reserved.\n";
    let c = clean_text(raw, &Meta::default());
    assert_recall_story(&c);
    assert!(
        !c.paragraphs.iter().any(|p| p.contains("cookies to improve")
            || p.contains("preferences")
            || p.contains("continues below")
            || p.contains("JavaScript")),
        "{:?}",
        c.paragraphs
    );
    assert!(
        c.paragraphs
            .iter()
            .any(|p| p.contains("use of cookies by state agencies")),
        "{:?}",
        c.paragraphs
    );
}

/// A whole page whose header ends in a byline or an update's stamp ("Last
/// modified on ...") keeps its first paragraph under them: only a sentence
/// right under a heading is a standfirst.
#[test]
fn the_first_paragraph_under_an_update_stamp_stays() {
    let page = "Sign in\n\
               Subscribe for £1\n\
               The Morning Courant\n\
               UK news\n\
               World\n\
               Politics\n\
               Money\n\
               Health\n\
               Home > Politics\n\
               Chancellor's spring statement: what it means for your pay packet\n\
               Tax thresholds frozen for another two years as Treasury hunts for £9bn\n\
               Photograph: Hallam Pike/PA\n\
               Eleanor Whitfield Political editor\n\
               Wed 25 Mar 2026 14.02 GMT\n\
               Last modified on Wed 25 Mar 2026 18.41 GMT\n\
               The chancellor has frozen income tax thresholds for a further two years, a move that will drag almost a million more workers into higher tax bands by the end of the decade.\n\
               Delivering her spring statement to the Commons, Harriet Ormsby said the freeze was \"the fair way\" to repair the public finances without raising headline rates.\n\
               “I will not ask working people to pay a penny more on their tax rate,” she told MPs. “But I will ask everyone to share in the work of repair.”\n\
               Image source, PA Media\n\
               Image caption, Harriet Ormsby leaves Downing Street before the statement\n\
               The shadow chancellor, Giles Carrow, said the freeze was \"a stealth tax by any other name\".\n\
               “She promised not to raise taxes and she has raised taxes. The only thing she has frozen is her own credibility,” he said.\n\
               Economists at the Institute for Fiscal Analysis said the policy would raise £9.2bn a year by 2029. Its director, Dr Fenella Marsh, said: “This is the largest stealth tax rise in a generation, and the people who pay most are those on middle incomes.”\n\
               Related Topics\n\
               Taxation\n\
               Harriet Ormsby\n\
               Spring statement\n\
               More on this story\n\
               Five things you missed in the spring statement\n\
               Published\n\
               1 hour ago\n\
               What the freeze means if you earn £30,000\n\
               Published\n\
               3 hours ago\n\
               Around the web\n\
               Paid Content\n\
               Doctors stunned by this one simple trick\n\
               Sponsored\n\
               Most viewed\n\
               Comments (412)\n\
               Join the discussion\n";
    for (from, to) in [
        ("", ""),
        (
            "Wed 25 Mar 2026 14.02 GMT\nLast modified on Wed 25 Mar 2026 18.41 GMT\n",
            "By Eleanor Whitfield\n",
        ),
    ] {
        let raw = if from.is_empty() {
            page.to_string()
        } else {
            page.replace(from, to)
        };
        let c = clean_text(&raw, &Meta::default());
        assert!(
            c.paragraphs[0].starts_with("The chancellor has frozen"),
            "{from:?}: {:?}",
            c.paragraphs
        );
        assert!(
            !c.paragraphs
                .iter()
                .any(|p| p.starts_with("Tax thresholds frozen"))
        );
    }
}

/// "The Valley Courier" over a site's menu, in title case and with no
/// copyright line to name it, is the source, not the title; "The Comeback"
/// over a story is still its headline.
#[test]
fn a_title_case_masthead_is_the_source() {
    let raw = "The Valley Courier\nNews\nPolitics\nObituaries\n\
               State senator faces recall vote after redistricting fight\nBy Renata Kowalczyk\n\
               Voters in the 14th Senate District will decide in June whether to recall state Sen. Lucinda Marsh, the first recall of a sitting state senator in more than 30 years.\n\
               The recall was organized by a coalition of ranchers angry over a vote on a redistricting plan that split their county in three.\n";
    let c = clean_text(raw, &Meta::default());
    assert_recall_story(&c);
    let c = clean_text(
        &raw.replacen("The Valley Courier", "The Comeback Kid", 1),
        &Meta::default(),
    );
    assert_eq!(c.meta.title, "The Comeback Kid");
}

/// A picture's credit alone on its line ("Getty Images") over its caption:
/// the caption is no headline, and neither is a search engine's follow
/// button ("Add as preferred on Google"); the headline above them is.
#[test]
fn a_caption_under_a_bare_picture_credit_is_no_headline() {
    let raw = "Skip to main content\n\
               Accessibility help\n\
               Home\n\
               News\n\
               Sport\n\
               Weather\n\
               Video\n\
               Audio\n\
               Menu\n\
               Politics\n\
               Councils warn of 'impossible choices' as social care costs soar\n\
               12 minutes ago\n\
               Share\n\
               Save\n\
               Add as preferred on Google\n\
               Martha Quigley\n\
               Local government correspondent\n\
               Getty Images\n\
               Care homes say they cannot fill vacancies at the rates councils pay\n\
               Council leaders have warned they face \"impossible choices\" over the next year, as the cost of adult social care rises faster than any other part of their budgets.\n\
               A survey of 120 councils by the Local Authorities Association found nine in ten expect to overspend on care this year.\n\
               The association's chair, Cllr Rhiannon Pryce, said councils had \"run out of things to cut\".\n\
               \"We have closed the libraries, we have cut the bins, we have sold the buildings,\" she said. \"What is left is the care of people who cannot look after themselves. That is not something you can trim.\"\n\
               The government said it had given councils an extra £600m this year.\n\
               A spokesperson for the Department for Communities said: \"We recognise the pressures councils face, which is why we have increased funding in real terms.\"\n\
               But Cllr Pryce said the money had been \"swallowed whole\" by rising wages and energy bills.\n\
               In Northmoor, the council's deputy leader, Tobias Fenn, said the authority might have to issue a section 114 notice, effectively declaring itself bankrupt.\n\
               \"Nobody goes into local government to write that letter,\" he said. \"But I would rather write it than break the law.\"\n\
               More on this story\n\
               Councils 'on the brink' over care costs\n\
               29 Jan\n\
               Care worker shortage hits record high\n\
               14 Feb\n\
               Related internet links\n\
               Local Authorities Association\n\
               We are not responsible for the content of external sites.\n\
               Top stories\n\
               Live. PM faces MPs after by-election defeat\n\
               Storm Edith: Thousands without power\n\
               Copyright 2026 Northern Broadcasting. All rights reserved. We are not responsible for the content of external sites. Read about our approach to external linking.\n";
    let c = clean_text(raw, &Meta::default());
    assert_eq!(
        c.meta.title,
        "Councils warn of 'impossible choices' as social care costs soar"
    );
    assert!(
        c.paragraphs[0].starts_with("Council leaders have warned"),
        "{:?}",
        c.paragraphs
    );
    for credit in [
        "AFP via Getty Images",
        "PA Media",
        "EPA-EFE/REX/Shutterstock",
    ] {
        let c = clean_text(&raw.replace("Getty Images", credit), &Meta::default());
        assert!(
            c.meta.title.starts_with("Councils warn"),
            "{credit}: {}",
            c.meta.title
        );
    }
}
