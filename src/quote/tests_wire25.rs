//! Found from political stories written for the 70th stop (a spending
//! fight, a walkout, a party conference, statements of offices and
//! groups).

use super::tests::{assert_speakers, one, reported};

/// "Voss' office", "Harris’ lawyer": a name ending in "s" makes its
/// possessive with the apostrophe alone, as AP style writes it. The office,
/// spokesman or lawyer is the speaker, as with "Voss's".
#[test]
fn a_possessive_in_an_apostrophe_alone() {
    for mark in ["'", "’"] {
        let story = format!(
            "Sen. Marcus Voss{mark} office issued a statement on Wednesday evening.\n\n\
             “The senator has always followed the rules on disclosure,” the statement said.\n\n\
             “He has nothing to hide from anyone at all,” Voss{mark} lawyer said."
        );
        assert_speakers(
            &story,
            &[
                ("The senator", &format!("Marcus Voss{mark} office")),
                ("He has nothing", &format!("Voss{mark} lawyer")),
            ],
        );
        assert_eq!(
            reported(&format!(
                "Sen. Marcus Voss{mark} office said on Wednesday that the senator had followed \
                 the rules."
            )),
            one(
                "the senator had followed the rules",
                &format!("Sen. Marcus Voss{mark} office")
            )
        );
    }
}

/// A closing single mark after a word in "s" is still a closing mark when
/// it opened on that word ("‘Democrats’ said" quotes a word), and a word
/// in small letters is no name to own anything.
#[test]
fn a_scare_quoted_word_in_s_is_no_possessive() {
    let toks = super::tokens::tokenize("the ‘Democrats’ said and the bus' door and Voss' office");
    let texts: Vec<&str> = toks.iter().map(|t| t.text).collect();
    assert!(texts.contains(&"Democrats"), "{texts:?}");
    assert!(texts.contains(&"bus"), "{texts:?}");
    assert!(texts.contains(&"Voss'"), "{texts:?}");
}

/// "they said" after a sentence that opens with a party's members or a
/// group with a place after it ("Democrats in the state Senate walked
/// out", "Residents near the plant have complained") is that group,
/// without its auxiliary or a leading "The".
#[test]
fn they_after_a_party_or_a_group_with_a_place() {
    assert_speakers(
        "Democrats in the state Senate walked out of the chamber on Thursday.\n\n\
         “We will not sit here and let them rig the maps,” they said in a joint statement.\n\n\
         Residents near the plant have complained for years about the smell.\n\n\
         “It is like living next to a sewer every single day,” they said at a meeting.\n\n\
         The teachers voted to strike on Monday.\n\n\
         “We have been patient for far too long now,” they said.",
        &[
            ("We will not", "Democrats in the state Senate"),
            ("It is like", "residents near the plant"),
            ("We have been", "teachers"),
        ],
    );
}

/// "the group", "the organisation", "the charity" after a sentence whose
/// subject is a body named in full ("The Democratic Governors Association
/// released a statement", "The Marlow Chamber of Commerce issued",
/// "The Harbour Tenants Union held") is that body, not the noun.
#[test]
fn the_group_is_the_body_that_opened_the_sentence_before() {
    assert_speakers(
        "The Democratic Governors Association released a statement on Monday. “Voters will \
         hold them accountable in November,” the group said.\n\n\
         The Harbour Tenants Union held a meeting on Tuesday. “We are not going to pay \
         rents that go up every year,” the group said.\n\n\
         The Marlow Chamber of Commerce issued a statement on Friday. “The closures will \
         hurt every shop on the street,” the organisation said.\n\n\
         Shelterwell Trust opened a new hostel on Friday. “Nobody should have to sleep on \
         the street in winter,” the charity said.",
        &[
            ("Voters will", "Democratic Governors Association"),
            ("We are not", "Harbour Tenants Union"),
            ("The closures", "Marlow Chamber of Commerce"),
            ("Nobody should", "Shelterwell Trust"),
        ],
    );
}

/// "..., after a day that left both parties claiming victory.": a speech
/// verb in "-ing" at a sentence's end reports none of the words before it
/// (it had "averting a government" for a speaker).
#[test]
fn a_participle_at_the_end_reports_nothing_before_it() {
    assert_eq!(
        reported(
            "The Senate passed a stopgap spending bill late Friday, averting a government \
             shutdown with less than two hours to spare after a day of brinkmanship that left \
             both parties claiming victory."
        ),
        vec![]
    );
}

/// "Sen. Thomas Beaumont Jr. of Georgia said": the dot of "Jr." before a
/// word in small letters ends no sentence, and the speaker is the senator,
/// not "Georgia".
#[test]
fn a_generation_suffix_before_the_state() {
    for suffix in ["Jr.", "Sr."] {
        assert_eq!(
            reported(&format!(
                "Sen. Thomas Beaumont {suffix} of Georgia said the bill was a mistake."
            )),
            one(
                "the bill was a mistake",
                &format!("Thomas Beaumont {}", suffix.trim_end_matches('.'))
            )
        );
    }
}

/// "..., according to two people in the room.": who told of the words is
/// no part of them.
#[test]
fn according_to_after_a_reported_clause() {
    assert_eq!(
        reported(
            "Finch told colleagues in a closed-door meeting that the vote would happen on \
             Thursday, according to two people in the room."
        ),
        one("the vote would happen on Thursday", "Finch")
    );
}

/// "@RepBrackenridge wrote:", "@LyleBrackenridge wrote:": a handle that ends
/// in the surname of a person named in the story is that person.
#[test]
fn a_handle_that_ends_in_a_surname() {
    for handle in ["@RepBrackenridge", "@LyleBrackenridge"] {
        assert_speakers(
            &format!(
                "Rep. Lyle Brackenridge posted a reply within minutes. {handle} wrote: \"This \
                 is the most dishonest budget I have seen in twenty years.\""
            ),
            &[("This is the most", "Lyle Brackenridge")],
        );
    }
}

/// "said Sunday on Channel 4's 'Week in Review' that ...": a programme's
/// name, in quote marks or not, between the verb and "that" is no part of
/// what was said.
#[test]
fn a_programme_between_the_verb_and_that() {
    for show in ["'Week in Review'", "“Week in Review”", "Week in Review"] {
        assert_eq!(
            reported(&format!(
                "Reyes said Sunday on Channel 4's {show} that the party would hold the seat."
            )),
            one("the party would hold the seat", "Reyes"),
            "{show}"
        );
    }
}

/// "Speaking on Radio Wessex, the former minister said ...": a station is
/// no person for "the former minister" to stand for.
#[test]
fn a_radio_station_is_no_person() {
    let got = reported(
        "Speaking on Radio Wessex, the former minister said he would not rule out a \
         leadership bid.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("former minister"), "{got:?}");
}

/// "Judge X ruled that ...": what a court found is reported, said by the
/// judge or the court; "ruled out" and "ruled the country" report nothing.
#[test]
fn a_court_ruled_that() {
    assert_eq!(
        reported(
            "U.S. District Judge Cordelia Vane ruled that the state's new map diluted the \
             votes of Black residents."
        ),
        one(
            "the state's new map diluted the votes of Black residents",
            "Cordelia Vane"
        )
    );
    for none in [
        "The governor ruled out a special session before the end of the year.",
        "The general ruled the country for nine years before the elections.",
    ] {
        assert_eq!(reported(none), vec![], "{none}");
    }
}

/// "Several Republican lawmakers said ...", "Many Labour MPs were
/// furious": a party's word, or a noun in capitals, in the group a later
/// "they" stands for.
#[test]
fn they_after_a_party_s_lawmakers() {
    assert_speakers(
        "Several Republican lawmakers said they would oppose the nomination. “She is simply \
         not qualified,” they said in a letter.\n\n\
         Many Labour MPs were furious on Monday. “This is a betrayal of everything we stand \
         for,” they said.",
        &[
            ("She is simply", "Several Republican lawmakers"),
            ("This is a betrayal", "Many Labour MPs"),
        ],
    );
}
