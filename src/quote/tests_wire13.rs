//! Found from stories written for the 58th stop (a ferry contract, a
//! coalition walk-out, a family's lawsuit).

use super::tests::{speaker_of, speakers};
use super::tests_political::indirect;

/// "“...,” the veteran backbencher said", "the family's lawyer said": a
/// definite noun for what a named person is (a job, a seat, a party's
/// wing) is the person last named, as "the senator" is.
#[test]
fn a_job_or_a_seat_after_a_name_is_that_person() {
    for noun in [
        "veteran backbencher",
        "lawyer",
        "former prosecutor",
        "columnist",
        "committee chairman",
        "Labour MP",
        "trade unionist",
        "retired teacher",
        "centrist",
    ] {
        let got = speakers(&format!(
            "Budget row deepens\n\n\
             The finance minister, Olga Brandt, defended the plan on Monday. \"The numbers add \
             up and the plan is fair,\" Ms Brandt said.\n\n\
             Dai Morgan was unconvinced.\n\n\
             \"This plan will hurt the poorest families in the country,\" the {noun} said."
        ));
        assert_eq!(
            speaker_of(&got, "This plan").as_deref(),
            Some("Dai Morgan"),
            "{noun}: {got:?}"
        );
    }
}

/// "The family's attorney, Jo X," then "Mayor Rita Y said ...", then
/// "“...,” the lawyer said": the attorney, whom "lawyer" also names, not
/// the mayor named last. A job that holds no office passes over a name
/// given an office's title, back past all of that person's mentions.
#[test]
fn the_lawyer_is_the_attorney_not_the_mayor_named_since() {
    for intro in [
        "The family's attorney, Jo Pemberton, said",
        "Jo Pemberton, who represents the family, said",
    ] {
        let got = speakers(&format!(
            "Family sues city over crash\n\n\
             The family of a cyclist killed at a junction has sued the city.\n\n\
             {intro} the junction had been flagged as dangerous three times.\n\n\
             Mayor Rita Holm said the city would not comment. \"We grieve with the family and \
             we will respond in court,\" Holm said.\n\n\
             \"They were warned three times and did nothing,\" the lawyer said."
        ));
        assert_eq!(
            speaker_of(&got, "They were warned").as_deref(),
            Some("Jo Pemberton"),
            "{intro}: {got:?}"
        );
        assert_eq!(speaker_of(&got, "We grieve").as_deref(), Some("Rita Holm"));
    }
}

/// An unnamed lawyer stays the lawyer; a former economist may now hold an
/// office ("Prime Minister X").
#[test]
fn an_unnamed_lawyer_and_a_former_job_keep_their_readings() {
    let got = speakers(
        "Family sues city over crash\n\n\
         A lawyer for the family said the junction had been flagged three times.\n\n\
         Mayor Rita Holm said the city would not comment. \"We grieve with the family,\" \
         Holm said.\n\n\
         \"They were warned three times and did nothing,\" the lawyer said.",
    );
    assert_eq!(
        speaker_of(&got, "They were warned").as_deref(),
        Some("lawyer for the family"),
        "{got:?}"
    );
}

/// "Political scientist Karin X of the state university said CLAUSE": the
/// person before a body named in small letters ("of the state
/// university", "at a London think tank") speaks.
#[test]
fn a_name_before_a_body_in_small_letters_speaks() {
    for subject in [
        "Political scientist Karin Lutz of the state university",
        "Karin Lutz at a London think tank",
        "Karin Lutz from the farmers' union",
    ] {
        let got = indirect(&format!(
            "Talks collapse\n\n\
             Coalition talks collapsed on Friday.\n\n\
             {subject} said a minority government was now the most likely outcome."
        ));
        assert_eq!(
            got.first().and_then(|(_, s)| s.as_deref()),
            Some("Karin Lutz"),
            "{subject}: {got:?}"
        );
    }
}

/// A sheriff's debate that names him, then `s`.
fn sheriff(s: &str) -> String {
    format!(
        "Sheriff debate\n\n\
         The two candidates met on Tuesday.\n\n\
         Sheriff Wade Pruitt spoke first.\n\n{s}"
    )
}

/// "X pointed out that CLAUSE" reports speech; "pointed out the flaws"
/// and "pointed to the figures" do not.
#[test]
fn pointed_out_that_reports_speech() {
    let got = indirect(&sheriff(
        "Pruitt pointed out that the county had not lost any money this year.",
    ));
    assert_eq!(
        got,
        vec![(
            "the county had not lost any money this year".to_string(),
            Some("Wade Pruitt".to_string())
        )]
    );
    for s in [
        "Pruitt pointed out the flaws in the county budget to the commission.",
        "Pruitt pointed to the county budget figures released last week.",
    ] {
        assert_eq!(indirect(&sheriff(s)), vec![], "{s}");
    }
}

/// "One of the holdouts, Rep. Dana X of Kansas, was less coy. “...,” she
/// said.": a name whose given name says no gender, described by the
/// apposition before it (past its title, "state Rep.", and a place after
/// it), is a person the pronoun may stand for.
#[test]
fn an_apposition_past_a_title_makes_an_unsure_name_a_person() {
    for intro in [
        "One of the holdouts, Rep. Dana Fairweather of Kansas, was less coy.",
        "One holdout, Rep. Dana Fairweather, was less coy.",
        "The third holdout, state Rep. Dana Fairweather, was less coy.",
    ] {
        let got = speakers(&format!(
            "Deal done\n\n\
             The chairman called the vote at midnight.\n\n\
             \"There was no deal at all, only talks,\" Rep. Bill Castellano told reporters.\n\n\
             {intro}\n\n\
             \"I got a hearing and I am not going to pretend otherwise,\" she said."
        ));
        assert_eq!(
            speaker_of(&got, "I got a hearing").as_deref(),
            Some("Dana Fairweather"),
            "{intro}: {got:?}"
        );
    }
}

/// "Mme Delacroix", "Frau Weber", "Señora Garcia", "M. Benali": European
/// honorifics name the person named in full before; one of the other
/// gender than the given name ("Herr Weber" after "Anna Weber") is
/// someone else.
#[test]
fn european_honorifics_name_the_person_named_before() {
    let text = |tag: &str| {
        format!(
            "Lanes stay\n\n\
             The mayor, Sophie Delacroix, defended the lanes. Her rival, Anna Weber, the \
             deputy, Karim Benali, and Ana Garcia disagreed.\n\n\
             \"We will never go back to the traffic of the past,\" {tag} said."
        )
    };
    for (tag, want) in [
        ("Mme Delacroix", "Sophie Delacroix"),
        ("Frau Weber", "Anna Weber"),
        ("Señora Garcia", "Ana Garcia"),
        ("M. Benali", "Karim Benali"),
        ("Herr Weber", "Herr Weber"),
    ] {
        let got = speakers(&text(tag));
        assert_eq!(got[0].1.as_deref(), Some(want), "{tag}: {got:?}");
    }
}

/// "“...!” one man yelled from the back": a heckler's verb after the quote
/// ("yelled", "retorted", "snapped", "interjected") is a speech verb, and
/// the phrase before it the speaker, not the group shouting before.
#[test]
fn a_shouted_verb_after_a_quote_names_its_phrase() {
    for tag in [
        "one man yelled from the back of the room",
        "one resident retorted",
        "one woman interjected",
    ] {
        let got = speakers(&format!(
            "Town hall\n\n\
             About 200 residents packed the hall on Monday.\n\n\
             Several residents shouted him down. \"You said that last year and the year \
             before!\" {tag}."
        ));
        let want = tag.split(' ').take(2).collect::<Vec<_>>().join(" ");
        assert_eq!(got[0].1.as_deref(), Some(want.as_str()), "{tag}: {got:?}");
    }
}

/// "X shot back that CLAUSE" ("fired back", "hit back") reports speech;
/// without "that" the words are gunfire or a date.
#[test]
fn shot_back_that_reports_speech() {
    for verb in ["shot", "fired", "hit"] {
        let got = indirect(&sheriff(&format!(
            "Pruitt {verb} back that the county had not lost any money this year."
        )));
        assert_eq!(
            got.first().and_then(|(_, s)| s.as_deref()),
            Some("Wade Pruitt"),
            "{verb}: {got:?}"
        );
    }
    for s in [
        "Police fired back and the suspect fled the scene in a car.",
        "The officer was shot back in 2019 and the county paid his bills.",
    ] {
        assert_eq!(indirect(&sheriff(s)), vec![], "{s}");
    }
}
