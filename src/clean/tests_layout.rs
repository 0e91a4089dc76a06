//! How papers lay out a page's header and foot: a writer's name and job on
//! one line with no comma, a heading over the story's topic tags.

use super::*;

/// A page in a broadsheet's layout: masthead and menu, the headline and
/// standfirst, "NAME Job" on one line, the date, the story, then its topic
/// tags under "Explore more on these topics".
fn broadsheet(writer: &str) -> String {
    format!(
        "Skip to main content\nSign in\nThe Westbridge Times\nNews\nOpinion\nSport\nCulture\n\
         Council to close three libraries as budget gap widens\n\
         Leader says there is no painless option as opposition vows to fight cuts\n\
         {writer}\nWed 18 Mar 2026 17.42 GMT\nShare\n\
         Three branch libraries will close in the autumn under budget plans approved by the \
         council's cabinet on Wednesday, despite a petition signed by 11,000 residents.\n\
         The council leader, Priya Natarajan, said the authority faced a gap of 24 million \
         pounds next year and had run out of easy savings.\n\
         “Libraries are not a luxury. For a lot of children on this estate, the library is \
         the only quiet place they have to do their homework,” said Conor Fitzgerald, who \
         leads the opposition group.\n\
         Explore more on these topics\nLocal government\nLibraries\nBudgets\nShare\n\
         Reuse this content\nMost viewed\nStorm warning as gales hit the coast\n"
    )
}

/// "Marcus X Local government correspondent", "Eleanor Y Political
/// editor": the byline, name and job apart; the line leaves the text.
#[test]
fn a_name_and_job_on_one_line_is_the_byline() {
    for (writer, want) in [
        (
            "Marcus Ellery Local government correspondent",
            "Marcus Ellery, Local government correspondent",
        ),
        (
            "Eleanor Whitfield Political editor",
            "Eleanor Whitfield, Political editor",
        ),
        (
            "Ana María Ruiz Chief political correspondent",
            "Ana María Ruiz, Chief political correspondent",
        ),
    ] {
        let c = clean_text(&broadsheet(writer), &Meta::default());
        assert_eq!(c.meta.byline.as_deref(), Some(want), "{writer}");
        assert!(
            !c.paragraphs.iter().any(|p| p.contains(writer)),
            "{writer}: {:?}",
            c.paragraphs
        );
        assert!(c.paragraphs.iter().any(|p| p.starts_with("Three branch")));
    }
}

/// A title-case line that ends in "Editor" is no byline, nor is a
/// sentence in small letters after two capitalised words.
#[test]
fn a_headline_or_sentence_ending_in_a_job_is_no_byline() {
    for line in [
        "Police Chief Named New Editor",
        "Priya Natarajan Thanked the editor",
        "Jane Doe, who worked as a reporter",
    ] {
        assert_eq!(meta::name_then_job(line), None, "{line}");
    }
}

/// "Explore more on these topics" and the tags under it leave the text.
#[test]
fn the_topic_tags_under_their_heading_go() {
    let c = clean_text(
        &broadsheet("Marcus Ellery Local government correspondent"),
        &Meta::default(),
    );
    let last = c.paragraphs.last().map(String::as_str).unwrap_or("");
    assert!(last.contains("homework"), "{:?}", c.paragraphs);
}

/// A page that sets a quotation in a block of its own cuts its sentence
/// before the tag ("its managing director, Torquil Baird, told the
/// Courier."): the cleaned text joins them again, so the tag names the
/// speaker.
#[test]
fn a_quotation_set_apart_from_its_tag_is_joined_to_it() {
    let html = "<html><head><title>Ferry operator scraps winter timetable</title></head>\
        <body><article><h1>Ferry operator scraps winter timetable</h1>\
        <p>Islanders on Inchmore will have two ferries a week instead of five this winter \
        after the operator scrapped its timetable on Monday.</p>\
        <p>Sound Ferries said two of its three vessels needed repairs that could not wait, \
        and that the work would take most of the winter.</p>\
        <blockquote><p>&ldquo;Safety comes first. We will not sail a ship we are not sure \
        of,&rdquo;</p></blockquote>\
        <p>its managing director, Torquil Baird, told the Courier.</p>\
        <p>The island's councillor said she had written to the transport minister about the \
        timetable and the state of the fleet.</p></article></body></html>";
    let cleaned = clean_html(html);
    assert!(
        cleaned.paragraphs.iter().any(|p| p
            == "“Safety comes first. We will not sail a ship we are not sure of,” its managing \
                director, Torquil Baird, told the Courier."),
        "{:?}",
        cleaned.paragraphs
    );
    let text = cleaned.paragraphs.join("\n\n");
    let quotes = crate::quote::detect(&text);
    let safety = quotes.iter().find(|q| q.text.starts_with("Safety"));
    assert_eq!(
        safety.and_then(|q| q.speaker.as_deref()),
        Some("Torquil Baird"),
        "{quotes:?}"
    );
}

/// A page in Portuguese: menu, a short heading, the date in words
/// ("sábado, 14 de março de 2026 às 18:05"), a first sentence that
/// exclaims, the story, then a sidebar of promotions each under a "» "
/// heading.
fn regatta_page(heading: &str) -> String {
    format!(
        "Menu\nNotícias\nResultados\nCalendário\nContato\nPublicidade\n\
         {heading}\n\
         sábado, 14 de março de 2026 às 18:05\n\
         Compartilhe no WhatsApp\n\
         Nesta página você encontra sempre os resultados atualizados da regata de inverno até \
         a última prova!\n\
         A equipe de Porto Alvorada venceu a terceira prova da regata neste sábado, com vento \
         forte e mar agitado durante toda a tarde, e assumiu a liderança da classificação.\n\
         A comandante do barco, Helena Vasconcelos, disse que a tripulação treinou durante \
         todo o verão para enfrentar condições como as desta semana na baía.\n\
         A próxima prova será disputada no domingo, se o tempo permitir, com largada prevista \
         para as onze horas da manhã em frente ao clube náutico.\n\
         » Coluna de Mariana Teles\n\
         Clique na foto da Mariana e veja as colunas sobre vela, remo e outros esportes \
         náuticos que ela escreve toda semana para o nosso site!\n\
         » Publicidade\n\
         » Ranking dos Velejadores\n\
         Clique na imagem acima e veja como está o ranking dos velejadores nesta temporada da \
         regata de inverno e no geral de 2026.\n\
         » Calendário 2026\n\
         Clique e saiba as datas e os horários de todas as regatas da temporada, conheça as \
         raias, as estatísticas e a previsão do tempo para cada prova.\n"
    )
}

/// The date in Portuguese words is the story's date and leaves the text; the
/// sentence that exclaims is the story's first, not its headline; the
/// sidebar under "» " headings goes.
#[test]
fn a_page_in_portuguese_with_a_marked_sidebar() {
    for heading in [
        "Regata de Inverno",
        "Resultados da regata de inverno em Porto Alvorada",
    ] {
        let c = clean_text(&regatta_page(heading), &Meta::default());
        assert_eq!(c.meta.date.as_deref(), Some("2026-03-14"), "{heading}");
        let text = c.paragraphs.join("\n");
        assert!(!text.contains("14 de março"), "{text}");
        assert!(text.contains("Nesta página você encontra"), "{text}");
        assert!(text.contains("A próxima prova será disputada"), "{text}");
        for gone in ["»", "Clique", "Mariana Teles"] {
            assert!(!text.contains(gone), "{gone}: {text}");
        }
        assert!(!c.meta.title.contains("14 de março"), "{}", c.meta.title);
    }
}

/// Dates in the words of other languages: a day, the month and a year, with
/// "de" between them or none.
#[test]
fn dates_in_other_languages() {
    for (line, want) in [
        (
            "sexta-feira, 22 de outubro de 2010 às 20:13",
            Some("2010-10-22"),
        ),
        ("martes 5 de marzo de 2019", Some("2019-03-05")),
        ("22 octobre 2010", Some("2010-10-22")),
        ("22. Oktober 2010", Some("2010-10-22")),
        ("il 3 giugno 2021 alle ore 9", Some("2021-06-03")),
        ("The Mars 2020 mission", None),
        ("mars 2020", None),
    ] {
        assert_eq!(super::meta::find_date(line).as_deref(), want, "{line}");
    }
}

/// A paragraph cut in mid-sentence by an advert or by a link to another
/// story ("READ MORE: ...") set into it: the two halves are one paragraph
/// again, and the line after the link is neither joined to it nor taken
/// for an item of a list of headlines.
#[test]
fn a_paragraph_cut_by_an_advert_or_a_link_is_whole_again() {
    for cut in [
        "Advertisement",
        "READ MORE: Chancellor rules out tax rises before election",
    ] {
        let page = broadsheet("Marcus Ellery Local government correspondent").replace(
            "“Libraries are not a luxury. For a lot of children on this estate, the library is \
             the only quiet place",
            &format!(
                "“Libraries are not a luxury. For a lot of children on this estate, the library \
                 is\n{cut}\nthe only quiet place"
            ),
        );
        let out = clean_text(&page, &Meta::default());
        assert!(
            out.paragraphs.iter().any(|p| p.contains(
                "the library is the only quiet place they have to do their homework,” said \
                 Conor Fitzgerald"
            )),
            "{cut}: {:#?}",
            out.paragraphs
        );
        assert!(
            !out.paragraphs.iter().any(|p| p.contains("Chancellor")),
            "{:#?}",
            out.paragraphs
        );
    }
}

/// A line that ends without a stop but is no prose (a short heading) keeps
/// its own paragraph over one in small letters.
#[test]
fn a_short_heading_is_not_joined_to_the_next_line() {
    let mut kept = vec![
        "What happens next".to_string(),
        "councillors will vote on the plan in April.".to_string(),
    ];
    pullquote::join_split_tags(&mut kept);
    assert_eq!(kept.len(), 2, "{kept:?}");
}

/// A public broadcaster's page: "Image caption," on a line of its own over
/// the caption, and the frame around an embedded post ("Skip twitter post
/// by ...", "Allow X content?", the consent notice, "Accept and continue",
/// "End of twitter post by ..."). The frame and the caption go; the post
/// and the story stay.
#[test]
fn a_caption_label_over_its_caption_and_an_embedded_posts_frame_go() {
    let page = "Home\nNews\nUK\nPolitics\n\
        Rail strike talks collapse as union rejects pay offer\n\
        Rail strike talks collapse as union rejects pay offer\n\
        Gareth Pennington-Oakes\nTransport correspondent\nPublished 2 hours ago\n\
        Image caption,\n\
        Picket lines outside Fenbridge station during the last strike in October\n\
        The union's general secretary, Declan Moriarty-Shaw, said members had been offered \
        an insulting two per cent after eighteen months without a rise.\n\
        \"Our members keep this country moving and they deserve better than crumbs,\" he told \
        reporters outside the talks.\n\
        Skip twitter post by Declan Moriarty-Shaw\n\
        Allow X content?\n\
        This article contains content provided by X. We ask for your permission before \
        anything is loaded, as they may be using cookies and other technologies.\n\
        Accept and continue\n\
        The offer on the table is a real-terms pay cut. We will not recommend it.\n\
        — Declan Moriarty-Shaw (@DMoriartyShaw) December 1, 2026\n\
        End of twitter post by Declan Moriarty-Shaw\n\
        Transport Secretary Rosalind Achterberg urged both sides to return to the table and \
        keep talking through the weekend.\n\
        Related Topics\nRail strikes\n";
    let out = clean_text(page, &Meta::default());
    let text = out.paragraphs.join("\n");
    for gone in [
        "Picket lines",
        "Image caption",
        "Skip twitter",
        "Allow X",
        "content provided by",
        "Accept and continue",
        "End of twitter",
    ] {
        assert!(!text.contains(gone), "{gone}: {text}");
    }
    for kept in [
        "said members had been offered",
        "deserve better than crumbs",
        "a real-terms pay cut",
        "(@DMoriartyShaw)",
        "return to the table",
    ] {
        assert!(text.contains(kept), "{kept}: {text}");
    }
}

/// A wire story's page: "BY RENATA X AND DMITRI Y" in capitals under the
/// headline is its byline (title-cased, "and" in small letters), not a
/// shouted promo.
#[test]
fn a_byline_of_two_writers_in_capitals() {
    let page = "Skip to content\nAP NEWS\nPolitics\n\
        Senate passes stopgap bill hours before shutdown deadline\n\
        Senate passes stopgap bill hours before shutdown deadline\n\
        BY RENATA OSTROWSKI AND DMITRI KALLAS\n\
        Updated 11:52 PM UTC, December 4, 2026\nShare\n\
        WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday, sending it to \
        the president's desk just hours before a midnight deadline.\n\
        The vote was 71-27. Every Democrat and 24 Republicans voted in favor of the bill, which \
        keeps agencies funded through February.\n";
    let out = clean_text(page, &Meta::default());
    assert_eq!(
        out.meta.byline.as_deref(),
        Some("Renata Ostrowski and Dmitri Kallas")
    );
    assert_eq!(out.meta.date.as_deref(), Some("2026-12-04"));
    assert_eq!(out.paragraphs.len(), 2, "{:#?}", out.paragraphs);
}

/// "Harbor Gazette" over the menu, without "The": a paper's name, the
/// page's source. "Local News" or "World Press" over the headline is a
/// menu's item, no paper.
#[test]
fn a_papers_name_without_the_over_the_menu_is_the_source() {
    let page = |top: &str| {
        format!(
            "Advertisement\n{top}\nSections\nPolitics\nSports\nSubscribe\n\
             Governor vetoes rent cap bill, setting up override fight\n\
             By Cornelius Abernathy\nNovember 12, 2026 at 5:47 p.m. EST\n\
             Gov. Theodora Lindqvist on Wednesday vetoed a bill that would have capped annual \
             rent increases at five percent, calling it well-intentioned but deeply flawed.\n\
             In a letter to legislative leaders, Lindqvist said the cap would discourage the \
             construction of new housing at a time when the state needs more of it.\n"
        )
    };
    let out = clean_text(&page("Harbor Gazette"), &Meta::default());
    assert_eq!(out.meta.source.as_deref(), Some("Harbor Gazette"));
    assert_eq!(
        out.meta.title,
        "Governor vetoes rent cap bill, setting up override fight"
    );
    for menu in ["Local News", "World Press"] {
        let out = clean_text(&page(menu), &Meta::default());
        assert_ne!(out.meta.source.as_deref(), Some(menu));
    }
}

/// A wire story's page: "Copy Link" and "copied" from the share button,
/// and "Associated Press writer X contributed to this report." at the end.
/// Both go; the story's last line stays.
#[test]
fn a_wire_storys_share_button_and_credit_line_go() {
    let page = "Lawmakers reach deal on flood defense funding after months of talks\n\
                By TOBIAS WRENN Associated Press\n\
                Share\nCopy Link\ncopied\n\
                CAPITAL CITY (AP) — State lawmakers reached a deal Wednesday on a $2.1 billion \
                package to rebuild flood defenses along the Calder River.\n\
                “This is the biggest investment in flood protection in the history of this \
                state,” Speaker Leona Abbot said at a news conference.\n\
                The House is expected to vote on the package Friday.\n\
                ___\n\
                Associated Press writers Dominic Farrell in Millbrook and Ines Ruiz in Tarrow \
                contributed to this report.\n";
    let out = clean_text(page, &Meta::default());
    assert!(
        !out.paragraphs
            .iter()
            .any(|p| p.contains("contributed") || p.eq_ignore_ascii_case("copied")),
        "{:#?}",
        out.paragraphs
    );
    assert_eq!(
        out.paragraphs.last().map(String::as_str),
        Some("The House is expected to vote on the package Friday."),
        "{:#?}",
        out.paragraphs
    );
}

/// "Photo: Drivers queue at the tunnel entrance on Monday. (Ledger/X Y)"
/// and "Caption: ..." between the paragraphs: a picture's caption, by the
/// label that opens it, leaves the text (its quote with it).
#[test]
fn a_caption_labelled_photo_or_caption_goes() {
    let page = "Harbour tunnel tolls to rise by a third\n\
                Drivers using the harbour tunnel will pay a third more from January, the \
                transport authority confirmed on Tuesday.\n\
                Photo: Drivers queue at the tunnel entrance on Monday. (Westport Daily \
                Ledger/Ambrose Pell)\n\
                “Nobody likes paying more, but the alternative is closing lanes for months at \
                a time,” said the authority's chief executive, Mireille Castellane.\n\
                Caption: “We were not consulted,” says traders' association chair Ysolde Barr.\n\
                The authority said it would offer a discount to drivers who use the tunnel \
                more than 40 times a month.\n";
    let out = clean_text(page, &Meta::default());
    assert_eq!(out.paragraphs.len(), 3, "{:#?}", out.paragraphs);
    assert!(
        !out.paragraphs
            .iter()
            .any(|p| p.starts_with("Photo:") || p.starts_with("Caption:")),
        "{:#?}",
        out.paragraphs
    );
}

/// "Westport Daily Ledger" over the stamp under the headline: a masthead,
/// the source, with no writer; "Odile Marchetti Harbor Gazette" is still a
/// writer and an outlet.
#[test]
fn a_masthead_over_the_stamp_is_the_source_not_a_writer() {
    let page = |line: &str| {
        format!(
            "Harbour tunnel tolls to rise by a third\n{line}\nUpdated 2 December 2026 6:05pm\n\
             Drivers using the harbour tunnel will pay a third more from January, the \
             transport authority confirmed on Tuesday. The rise is the first in six years.\n"
        )
    };
    for masthead in [
        "Westport Daily Ledger",
        "The Westport Ledger",
        "Westport Ledger",
    ] {
        let out = clean_text(&page(masthead), &Meta::default());
        assert_eq!(out.meta.byline, None, "{masthead}");
        assert_eq!(out.meta.source.as_deref(), Some(masthead));
    }
    let out = clean_text(&page("Odile Marchetti Harbor Gazette"), &Meta::default());
    assert_eq!(out.meta.byline.as_deref(), Some("Odile Marchetti"));
    assert_eq!(out.meta.source.as_deref(), Some("Harbor Gazette"));
}
