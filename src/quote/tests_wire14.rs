//! Found from stories written for the 59th stop (an election night, a
//! protest camp, a fuel-duty revolt, a transit hearing, grain-corridor
//! talks, a school meals bill).

use super::tests::{speaker_of, speakers};

/// "But a party strategist, who asked not to be named, was blunter:
/// “...”", "A Treasury source hit back: “...”": an unnamed speaker whose
/// noun says they speak, before a colon with no speech verb.
#[test]
fn an_unnamed_speaker_before_a_colon_without_a_speech_verb() {
    for (lead, want) in [
        (
            "But a party strategist, who asked not to be named, was blunter:",
            "party strategist",
        ),
        ("A party strategist was blunter:", "party strategist"),
        ("A Treasury source hit back:", "Treasury source"),
        ("The party strategist shot back:", "party strategist"),
    ] {
        let got = speakers(&format!(
            "Eastmoor falls on a low turnout\n\n\
             The defeated candidate, Hugh Pellow, was gracious about the result.\n\n\
             {lead} \"We lost this seat in the spring, not tonight.\""
        ));
        assert_eq!(
            speaker_of(&got, "We lost this seat").as_deref(),
            Some(want),
            "{lead}: {got:?}"
        );
    }
    // Not the mood, and not a phrase cut short by the words before the
    // colon.
    let got = speakers(
        "Eastmoor falls on a low turnout\n\n\
         Counting ended after midnight in the town hall.\n\n\
         The mood was grim: \"We lost this seat in the spring, not tonight.\"",
    );
    assert_eq!(speaker_of(&got, "We lost this seat"), None, "{got:?}");
}

/// "Her friend Tomas, 27, held a sign. “...,” he said.": a given name right
/// after a determiner's noun for a person is the sentence's subject, whom
/// "he" names.
#[test]
fn a_name_right_after_her_friend_is_the_subject() {
    for (subject, pronoun, want) in [
        ("Her friend Tomas, 27,", "he", "Tomas"),
        ("Her friend Tomas", "he", "Tomas"),
        ("His neighbour Ada Kell", "she", "Ada Kell"),
    ] {
        let got = speakers(&format!(
            "Protesters camp outside ministry\n\n\
             Several hundred people camped outside the housing ministry on Sunday.\n\n\
             {subject} held a sign reading \"Homes not assets\". \"We are not leaving until \
             someone comes out to talk to us,\" {pronoun} said."
        ));
        assert_eq!(
            speaker_of(&got, "We are not leaving").as_deref(),
            Some(want),
            "{subject}: {got:?}"
        );
    }
}

/// "A diplomat from Velmora said", "An official from one of the five
/// states said": the one from the place speaks, not the place.
#[test]
fn a_speaker_from_somewhere_is_not_the_place() {
    for (subject, want) in [
        ("A diplomat from Velmora", "diplomat from Velmora"),
        ("A spokesman from Acme", "spokesman from Acme"),
        (
            "A diplomat from one of the five states, speaking on condition of anonymity \
             because talks were private,",
            "diplomat from one of the five states",
        ),
    ] {
        let got = speakers(&format!(
            "Grain corridor proposed\n\n\
             Ministers met on Monday to discuss the corridor plan for grain ships.\n\n\
             {subject} said the plan was \"ambitious, maybe too ambitious\"."
        ));
        assert_eq!(
            speaker_of(&got, "ambitious, maybe").as_deref(),
            Some(want),
            "{subject}: {got:?}"
        );
    }
}

/// "City Council member Lorraine X (D-Ward 4) accused transit officials
/// Thursday of “...”": the subject past a description after two words in
/// capitals, and past the party's tag after the name.
#[test]
fn a_described_council_member_with_a_tag_accuses() {
    for subject in [
        "City Council member Lorraine Okoye (D-Ward 4)",
        "City Council member Lorraine Okoye",
        "Rep. Lorraine Okoye (D-Ill.)",
    ] {
        let got = speakers(&format!(
            "Transit delays hearing\n\n\
             The hearing on bus delays lasted four hours.\n\n\
             {subject} accused transit officials Thursday of \"treating riders like an \
             afterthought\" during the hearing."
        ));
        assert_eq!(
            speaker_of(&got, "treating riders").as_deref(),
            Some("Lorraine Okoye"),
            "{subject}: {got:?}"
        );
    }
}

/// "state Sen. Marcus X, D-Easton," then "the Easton Democrat": a state
/// lawmaker's home town in the tag; and a Democrat is never the one last
/// tagged a Republican.
#[test]
fn the_easton_democrat_is_the_senator_tagged_d_easton() {
    let story = |tag: &str| {
        speakers(&format!(
            "Governor signs school meals bill\n\n\
             The bill passed on Friday after a long debate in the chamber.\n\n\
             The sponsor, state Sen. Marcus Oyelaran{tag}, called it a proud moment.\n\n\
             \"It is a nice idea with no way to pay for it,\" said Senate Minority Leader Dale \
             Krumholz, R-Fenwick.\n\n\
             \"We found money for a stadium nobody asked for,\" the Easton Democrat said."
        ))
    };
    let got = story(", D-Easton");
    assert_eq!(
        speaker_of(&got, "We found money").as_deref(),
        Some("Marcus Oyelaran"),
        "{got:?}"
    );
    let got = story("");
    assert_eq!(speaker_of(&got, "We found money"), None, "{got:?}");
}

/// "The council gave the ferry contract to Northline Shipping." then
/// "“...,” the company said": a business by the word that ends its name,
/// named as an object or opening the story's first paragraph.
#[test]
fn the_company_is_the_business_named_before_as_an_object() {
    for (sentence, want) in [
        (
            "The council gave the ferry contract to Northline Shipping after a tender.",
            "Northline Shipping",
        ),
        (
            "Northline Shipping has won the ferry contract after a tender.",
            "Northline Shipping",
        ),
        (
            "The ferry contract was awarded to Brightwell Foods Ltd last year.",
            "Brightwell Foods Ltd",
        ),
    ] {
        let got = speakers(&format!(
            "Contract row over ferries\n\n{sentence}\n\n\
             \"We are confident the service will improve from the first week,\" the company \
             said."
        ));
        assert_eq!(
            speaker_of(&got, "We are confident").as_deref(),
            Some(want),
            "{sentence}: {got:?}"
        );
    }
}

/// "Amos X was unconvinced. “...,” the former harbour master said.": a
/// harbour master is a role a named person has.
#[test]
fn the_former_harbour_master_is_the_person_named_before() {
    let got = speakers(
        "Budget row deepens\n\n\
         The finance minister, Olga Brandt, defended the plan on Monday. \"The numbers add up \
         and the plan is fair,\" Ms Brandt said.\n\n\
         Amos Kettering was unconvinced.\n\n\
         \"This plan will hurt the poorest families in the country,\" the former harbour master \
         said.",
    );
    assert_eq!(
        speaker_of(&got, "This plan").as_deref(),
        Some("Amos Kettering"),
        "{got:?}"
    );
}

/// "The Basque party's spokeswoman in parliament, Miren X, denied any
/// deal.": a noun for one who speaks and where she serves, then her name,
/// is no clause she reported; "CLAUSE, Miren X, the spokeswoman, said."
/// still is.
#[test]
fn a_spokeswoman_in_parliament_before_her_name_is_no_reported_clause() {
    let got = super::detect(
        "Vote survived\n\nThe government survived the vote on Wednesday.\n\n\
         The Basque party's spokeswoman in parliament, Miren Etxeberria, denied any deal.",
    );
    assert!(
        got.iter().all(|q| !q.text.contains("spokeswoman")),
        "{got:?}"
    );
    let got = super::detect(
        "Vote survived\n\nThe government survived the vote on Wednesday.\n\n\
         The plan would leave the party in debt for years, Miren Etxeberria, the spokeswoman, \
         said.",
    );
    assert!(
        got.iter().any(
            |q| q.text == "The plan would leave the party in debt for years"
                && q.speaker.as_deref() == Some("Miren Etxeberria")
        ),
        "{got:?}"
    );
}
