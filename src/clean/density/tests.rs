use super::wordcount::{STOPWORDS, line_count};
use super::*;

/// Article paragraph `i`: a long line of prose, dense in function words.
fn prose(i: usize) -> String {
    format!(
        "Paragraph {i} of the article says that the council and the harbour board will meet again in the spring to look at the ferry timetable, which is what the riders had asked for at the hall on the night of the vote last year."
    )
}

#[test]
fn stopwords_are_sorted_and_unique() {
    assert!(
        STOPWORDS.windows(2).all(|w| w[0] < w[1]),
        "keep STOPWORDS sorted"
    );
}

#[test]
fn small_stretches_far_from_the_article_are_dropped() {
    let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
    units.extend((0..6).map(prose));
    units.extend((0..10).map(|i| format!("* Related link {i}")));
    // One long line after ten dropped ones: a comment, not the article.
    units.push("This is one more long line written by a reader in the comments below the story, and it reads like prose as well, though it is not a part of it at all, as anyone who reads it to the end of the page can see.".into());
    units.extend((0..10).map(|i| format!("Footer link {i}")));
    let k = keep(&units, &[], &[]);
    assert!((30..36).all(|i| k[i]), "the article stays");
    assert!(!k[46], "the far, small stretch goes");
}

#[test]
fn plain_sentences_between_article_paragraphs_stay() {
    let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
    units.push(prose(0));
    units.push("Ines Calloway: dealing in stolen copper, possession of burglary tools, held on $70,000 bond.".into());
    units.push("Bram Oduya: possession of stolen copper, trespass, held on $12,500 bond.".into());
    units.push(prose(1));
    units.extend((0..20).map(|i| format!("* Footer link {i}")));
    units.push("Harbour Gazette: ferry timetables, tide tables, parking permits.".into());
    let k = keep(&units, &[], &[]);
    assert!(
        k[30] && k[31] && k[32] && k[33],
        "the list inside the article stays"
    );
    assert!(!k[54], "a line like it outside the article does not");
}

#[test]
fn a_pages_own_function_words_count_with_lower_limits() {
    // 34 words, 6 of them the page’s own function words: density 0.18.
    let text = "Dewan kota memutuskan pada hari Selasa untuk tetap menjalankan kapal feri malam yang ramai sampai akhir tahun, dan rapat panjang di balai pelabuhan yang berlangsung hingga larut malam dihadiri warga yang marah di kota";
    let own = Stops::Own(
        ["yang", "dan", "di"]
            .iter()
            .map(|w| w.to_string())
            .collect(),
    );
    let n = words(text).count();
    let hits = words(text)
        .filter(|w| ["yang", "dan", "di"].contains(w))
        .count();
    assert_eq!((hits, n), (6, 34));
    let counts = |stops, words| LineCounts {
        stops,
        words,
        len: weighted_len(text),
        cjk_led: false,
    };
    assert_ne!(context_free(text, &own, counts(0, 0)), Class::Bad);
    // The same share of English function words is not prose.
    assert_eq!(
        context_free(text, &Stops::English, counts(6, 34)),
        Class::Bad
    );
}

#[test]
fn prose_is_kept_menus_are_not() {
    let mut units: Vec<String> = (0..24).map(|i| format!("* Menu item {i}")).collect();
    units.push("The council voted on Tuesday to keep the night ferry running until the end of the year, after a packed meeting at the harbour hall that went on past eleven, and the vote was closer than most of the people in the room had expected it to be.".into());
    units.push("“I can unpack now,” she said.".into());
    units.push("The fare will rise by forty cents from April, which is the first rise in six years, and the council said that it would review the fare again in the autumn when the figures for the winter are in and the new timetable has been tried.".into());
    units.extend((0..16).map(|i| format!("Related headline number {i}")));
    assert!(looks_like_page(&units));
    let k = keep(&units, &[], &[]);
    assert!(!k[0] && !k[23]);
    assert!(
        k[24] && k[25] && k[26],
        "prose and the short quote between it are kept"
    );
    assert!(!k[27] && !k[42]);
}

use proptest::prelude::*;

proptest::proptest! {
    /// The byte readers agree with the char readers they replace.
    #[test]
    fn byte_readers_agree(
        v in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::sample::select(vec![
                    "the", "Mayor", "said", " ", "'", "’", "“", "—", "é", "日本", "•", "*",
                    "|", " * ", " • ", " | ", " * * ", "2026", ",", ".", "\u{a0}", "ǅ", "가", "\u{f900}", "\u{e000}",
                    "According", "ACCORDING", "accordingly", "Through", "whom", "Whomever", "I", "a", "US", "It's",
                ])
                .prop_map(str::to_string),
                proptest::prelude::any::<char>().prop_map(String::from),
            ],
            0..120,
        )
    ) {
        let text = v.concat();
        let slow: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .collect();
        proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), slow.clone());
        let hits = slow.iter().filter(|w| is_english_stop(w)).count();
        let len: usize = text.chars().map(|c| if is_cjk(c) { 3 } else { 1 }).sum();
        let cjk_led = text.bytes().any(|b| b >= 0xE3);
        let counts = line_count(&text);
        proptest::prop_assert_eq!(
            (counts.stops, counts.words, counts.len, counts.cjk_led),
            (hits, slow.len(), len, cjk_led)
        );
        proptest::prop_assert_eq!(weighted_len(&text), len);
        proptest::prop_assert_eq!(is_short(&text), len < LENGTH_LOW);
        for mark in ["*", "•", "|"] {
            proptest::prop_assert_eq!(
                marks_between_spaces(&text, mark),
                text.matches(&format!(" {mark} ")).count()
            );
        }
    }
}

#[test]
fn prose_low_in_function_words_next_to_the_article_stays() {
    let prose = |i: usize| {
        format!(
            "Paragraph {i} of the article says that the council and the harbour board will meet again in the spring to look at the ferry timetable, which is what the riders had asked for at the hall on the night of the vote."
        )
    };
    let figures = "Harbour Freight shares are up 4.2 percent year-to-date while Tidewater Index futures gained 0.8 percent Tuesday morning.";
    let mut units: Vec<String> = (0..28).map(|i| format!("* Menu item {i}")).collect();
    // A heading over a standfirst (a video's caption, say): not the article.
    units.push("Harbour Freight results".into());
    units.push(figures.replace("shares", "stock"));
    units.push(figures.into());
    units.push("Continue Reading Below".into());
    units.extend((0..6).map(prose));
    units.push("ADVERTISEMENT".into());
    units.push(figures.replace("gained", "lost"));
    units.extend((0..10).map(|i| format!("* Footer link {i}")));
    units.push(figures.replace("Harbour", "Quay"));
    let k = keep(&units, &[], &[]);
    assert!((32..38).all(|i| k[i]), "the article stays");
    assert!(
        k[30] && k[39],
        "the figures next to it stay: {:?}",
        &k[28..41]
    );
    assert!(!k[29], "the standfirst under a heading goes");
    assert!(!k[31] && !k[38], "the widgets between go");
    assert!(!k[50], "figures far from the article go");
    assert!(k[..29].iter().all(|k| !k), "the menu goes");
}

fn long_prose(i: usize) -> String {
    format!(
        "Paragraph {i} of the article says that the council and the harbour board will meet again in the spring to look at the ferry timetable, which is what the riders had asked for at the hall on the night of the vote."
    )
}

#[test]
fn a_dropped_prose_sentence_keeps_two_stretches_one_article() {
    // A shopping article: an introduction, then each item's name (long and
    // with few function words), its description, its shop links.
    let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
    units.extend((0..2).map(long_prose));
    for i in 0..3 {
        units.push(format!(
            "Tide Clock Model {i} 12in Brass Marine Barometer Wall Set with Hygrometer for $39.99 (Originally $59)"
        ));
        units.push("It is on sale again, at the price it had at the start of the year, and that is why it is here.".into());
        units.push(format!("* Get it at Quayside Store for $39.9{i}"));
        units.push("* Also at Harbour Goods".into());
    }
    // The longest stretch: the article's body.
    units.extend((2..8).map(long_prose));
    units.extend((0..10).map(|i| format!("* Footer link {i}")));
    let k = keep(&units, &[], &[]);
    assert!((44..50).all(|i| k[i]), "the body stays");
    assert!(
        k[30] && k[31],
        "the introduction, twelve lines before it, stays with it: {:?}",
        &k[30..44]
    );
    assert!(
        (32..44)
            .filter(|i| units[*i].starts_with("* "))
            .all(|i| !k[i])
    );
}

#[test]
fn links_to_other_stories_do_not_end_the_article() {
    let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
    units.extend((0..6).map(long_prose));
    units.push("DON'T MISS".into());
    units.push("Ferry fares to rise in the spring [INSIGHT]".into());
    units.push("Quay Council v Harbour Board: Tidewater Court makes final ruling on ferry fares row [VIDEO]".into());
    units.push("Tide tables for the whole year [MAPS]".into());
    units.push("Council leader on the timetable [REACTION]".into());
    let after =
        "Riders who spoke at the hall asked for a later last sailing on Fridays and Saturdays.";
    units.push(after.into());
    units.push(after.replace("Fridays", "Sundays"));
    units.extend((0..10).map(|i| format!("* Footer link {i}")));
    let mut links = vec![false; units.len()];
    for l in &mut links[37..41] {
        *l = true;
    }
    let k = keep(&units, &links, &[]);
    assert!(k[41] && k[42], "the article goes on after the links");
    assert!((36..41).all(|i| !k[i]), "the links go: {:?}", &k[30..43]);
    let k = keep(&units, &[], &[]);
    assert!(!k[41], "without knowing them, five lines part the text");
}

#[test]
fn a_flattened_list_of_sentences_does_not_cut_the_article_in_two() {
    // Short paragraphs (near-good: under 200 chars) open the article; a
    // list of sentences flattened into one line stands between them and
    // the long paragraphs.
    let intro = |i: usize| {
        format!(
            "Opening paragraph {i} is where the writer tells you what this is about and why it is worth all of your time today."
        )
    };
    let long = |i: usize| {
        format!(
            "Paragraph {i} of the article says that the council and the harbour board will meet again in the spring to look at the ferry timetable, which is what the riders had asked for at the hall on the night of the vote last year."
        )
    };
    let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
    units.extend((0..6).map(intro));
    units.push(
        "* You will see that the ferry runs later in the summer than it does now * The board will pay for the new pier out of its own reserves * Riders can have their say at the hall in the spring"
            .into(),
    );
    units.extend((0..6).map(long));
    units.extend((0..20).map(|i| format!("* Footer link {i}")));
    let k = keep(&units, &[], &[]);
    assert!((30..36).all(|i| k[i]), "the opening paragraphs stay");
    assert!(k[36], "so does the list between them and the rest");
    assert!((37..43).all(|i| k[i]));
}

#[test]
fn a_row_of_buttons_flattened_into_a_line_is_no_list_of_sentences() {
    assert!(!prose_items(
        "* Click to share on Facebook (Opens in new window) * Click to share on Twitter (Opens in new window) * Click to email this to a friend (Opens in new window)"
    ));
    assert!(!prose_items("* Home * News * Sport * Weather"));
    assert!(prose_items(
        "* You will see that the ferry runs later in the summer * The board will pay for the new pier out of its own reserves"
    ));
}

proptest::proptest! {
    /// The two sweeps give what a walk out from each line finds.
    #[test]
    fn nearest_past_matches_a_walk_from_each_line(ks in proptest::collection::vec(0..4u8, 0..60)) {
        let classes: Vec<Class> = ks
            .iter()
            .map(|k| [Class::Good, Class::NearGood, Class::Short, Class::Bad][usize::from(*k)])
            .collect();
        // Skip short and near-good lines, and bad ones at even places.
        let skip = |c: Class, i: usize| {
            matches!(c, Class::Short | Class::NearGood) || (c == Class::Bad && i.is_multiple_of(2))
        };
        let walk = |i: usize, step: isize| -> Option<Class> {
            let mut j = i as isize + step;
            while j >= 0 && (j as usize) < classes.len() {
                let c = classes[j as usize];
                if !skip(c, j as usize) {
                    return Some(c);
                }
                j += step;
            }
            None
        };
        let (before, after) = nearest_past(&classes, skip);
        for i in 0..classes.len() {
            proptest::prop_assert_eq!(before[i], walk(i, -1));
            proptest::prop_assert_eq!(after[i], walk(i, 1));
        }
    }
}

/// "“This government has made the railways a luxury,” he said." ends the
/// article before an advert and a list of links: short, but a quote with
/// its tag is article text. A short line that is no quote is not kept.
#[test]
fn a_short_quote_with_its_tag_ends_the_article() {
    for (last, kept) in [
        (
            "“This government has made the railways a luxury,” he said.",
            true,
        ),
        ("\"We will fight this,\" Calloway added.", true),
        ("Sign up for our morning newsletter.", false),
    ] {
        let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
        units.extend((0..6).map(prose));
        units.push(last.into());
        units.push("Advertisement".into());
        units.push("You might also like".into());
        units.extend((0..10).map(|i| format!("Related headline number {i}")));
        let k = keep(&units, &[], &[]);
        assert_eq!(k[36], kept, "{last}");
    }
}

/// A short sentence right after the article closes it ("The company was
/// also ordered to pay costs."); one after a related-stories heading, or a
/// short line of a few words, does not.
#[test]
fn a_short_closing_sentence_right_after_the_article_stays() {
    let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
    units.extend((0..6).map(prose));
    units.push("The company was also ordered to pay £180,000 in costs.".into());
    units.push("More on this story".into());
    units.push("The board was also told to pay the riders back in full.".into());
    units.push("Sign up now.".into());
    units.extend((0..10).map(|i| format!("* Related link {i}")));
    let k = keep(&units, &[], &[]);
    assert!(k[36], "the closing sentence stays");
    assert!(!k[37] && !k[38] && !k[39], "what follows the heading goes");
}

/// A lede under a picture's caption that ends in its credit ("...
/// [File: Reuters]"): the caption is no heading, so the lede is the
/// article's, not a standfirst. Under a heading it is still dropped.
#[test]
fn a_lede_under_a_captions_credit_stays() {
    let build = |over: &str| {
        let mut units: Vec<String> = (0..30).map(|i| format!("* Menu item {i}")).collect();
        units.push("Ferry riders win a later last sailing".into());
        units.push(over.into());
        units.push(
            "Two harbour pilots have been hurt in a collision off the north quay, the port authority said in a statement on Wednesday."
                .into(),
        );
        units.push("“The cause of the collision is under investigation, and the quay will stay open,” the statement said.".into());
        units.extend((0..3).map(|i| format!("* Related story {i}")));
        units.extend((0..6).map(long_prose));
        units.extend((0..10).map(|i| format!("* Footer link {i}")));
        units
    };
    let caption = "Roughly 40 pilots work the harbour, twelve years after the new quay opened [File: Tidewater Photo]";
    let k = keep(&build(caption), &[], &[]);
    assert!(k[32] && k[33], "lede and quote stay: {:?}", &k[30..40]);
    let k = keep(&build("Quay Council v Harbour Board"), &[], &[]);
    assert!(
        !k[32] && k[33],
        "under a heading, a standfirst: {:?}",
        &k[30..40]
    );
}
