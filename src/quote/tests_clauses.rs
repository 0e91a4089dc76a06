//! Reported speech: where a clause after a speech verb starts, and whose
//! clause it is.

use super::tests_political::indirect;

#[test]
fn about_before_a_number_opens_a_clause() {
    let got = indirect(
        "Thousands marched on Sunday.\n\n\
         Police said about 30,000 people took part in the march.\n\n\
         The mayor spoke about the plans for the square at length.",
    );
    assert_eq!(
        got,
        vec![(
            "about 30,000 people took part in the march".to_string(),
            Some("police".to_string())
        )]
    );
    // "about" before a topic is still no clause.
    assert!(indirect("Mayor Ines Calloway said about the plans that nobody asked.").is_empty());
}

#[test]
fn a_clause_after_a_semicolon_opens_with_its_speaker() {
    let got = indirect(
        "Thousands marched on Sunday.\n\n\
         Organisers put the crowd at 80,000; police said fewer than 30,000 people took part.",
    );
    assert_eq!(
        got,
        vec![(
            "fewer than 30,000 people took part".to_string(),
            Some("police".to_string())
        )]
    );
}

#[test]
fn a_participle_after_the_comma_is_no_reversed_attribution() {
    // The last speech verb is "writing", in the progressive; "accusing"
    // before it takes an object, not a clause.
    let got = indirect(
        "The complaint came on Wednesday.\n\n\
         A government watchdog group filed an ethics complaint on Wednesday against Sen. \
         Corwin Haldane, accusing the Ohio Republican of trading stocks in companies affected \
         by legislation he was writing.",
    );
    assert!(got.is_empty(), "{got:?}");
    // The reversed form itself still reads.
    let got = indirect(
        "The complaint came on Wednesday.\n\n\
         The trades broke no rule of the Senate, his chief of staff said.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_clause_with_paired_straight_marks_ends_at_its_sentence() {
    // The two straight marks around "stunned" close each other: the mark
    // after the full stop opens the next quote and is not the clause's.
    let got = indirect(
        "The veto came on Friday.\n\n\
         The sponsor, state Rep. Osvaldo Quintanilla, said he was \"stunned\" by the veto. \
         \"We worked with the county clerks for a year on this,\" he told the Courier.",
    );
    assert_eq!(
        got,
        vec![(
            "he was \"stunned\" by the veto".to_string(),
            Some("Osvaldo Quintanilla".to_string())
        )]
    );
    // One left open at the end is the clause's own.
    let got = indirect(
        "The funeral was on Monday.\n\nShe said the letter from the family was \"kind and loving.\"",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].0.ends_with("loving.\""), "{got:?}");
}

#[test]
fn undersecretary_is_a_title() {
    let got = super::tests::speakers(
        "The hearing opened at ten.\n\n\
         “The program is on track and the money is well spent,” Undersecretary Leonard \
         Achebe-Strauss said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Leonard Achebe-Strauss"));
}

/// "Police said ..." and "... police said" are one speaker, written as the
/// noun is; a name that holds the noun, and a title, keep their capitals.
#[test]
fn a_noun_capitalised_by_its_sentence_is_one_speaker_with_the_noun() {
    let text = "Thousands marched on Sunday.\n\n\
                Police said about 30,000 people took part.\n\n\
                “The crowd was calm from start to finish,” police said.\n\n\
                Residents near the square said the cleanup was quick.\n\n\
                “We are proud of how the day went,” Police Scotland said.";
    let speakers: Vec<Option<String>> = super::detect(text)
        .into_iter()
        .map(|q| q.speaker.map(|s| s.to_string()))
        .collect();
    assert_eq!(
        speakers,
        vec![
            Some("police".to_string()),
            Some("police".to_string()),
            Some("residents near the square".to_string()),
            Some("Police Scotland".to_string()),
        ]
    );
    assert_eq!(super::names::noun_case("Mayor"), None);
    assert_eq!(
        super::names::noun_case("Officials"),
        Some("officials".to_string())
    );
}

/// "emphasised her seniority" is an object, not a clause; an "-ed" word
/// after a preposition describes the object's noun ("a written response
/// included in the report") and makes no clause either.
#[test]
fn an_object_after_a_speech_verb_is_no_reported_clause() {
    assert!(
        indirect(
            "Aldersgate emphasised her seniority on the appropriations committee.\n\n\
             The county acknowledged the problem in a written response included in the report."
        )
        .is_empty()
    );
    // A clause of its own after the object-taking verb still counts.
    assert_eq!(
        indirect("The senator emphasised the deal had passed without a single amendment."),
        vec![(
            "the deal had passed without a single amendment".to_string(),
            Some("senator".to_string())
        )]
    );
}

/// "Some groups said ...; others said ...": the first clause ends at the
/// semicolon, where the next speaker's begins.
#[test]
fn a_clause_ends_where_another_speakers_begins() {
    let got = indirect(
        "Some groups said the bill gave away too much on enforcement; \
         others said it was the best deal possible.",
    );
    assert_eq!(
        got.first(),
        Some(&(
            "the bill gave away too much on enforcement".to_string(),
            Some("Some groups".to_string())
        ))
    );
    // With no speech verb after it, the clause goes on past the semicolon.
    assert_eq!(
        indirect("Some groups said the bill gave away too much; it was a bad deal for families.")
            .first()
            .map(|(t, _)| t.as_str()),
        Some("the bill gave away too much; it was a bad deal for families")
    );
}

/// "..., after a report found that patients waited nine hours to be
/// admitted.": a verb in the passive at the end of a sentence reports
/// nothing before it; "CLAUSE, the minister admitted." still does.
#[test]
fn a_passive_verb_at_the_end_reports_nothing() {
    assert!(
        indirect(
            "Premier orders inquiry\n\n\
             The premier announced an independent inquiry on Monday into waiting times, \
             after a report found that patients waited a median of nine hours to be admitted."
        )
        .is_empty()
    );
    let got = indirect(
        "Premier orders inquiry\n\n\
         The waiting times at the state's largest hospital had been far too long for years, \
         Health Minister Sebastian Oyinlola-Carr admitted.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Sebastian Oyinlola-Carr"));
}

/// "Sheriff X, who had said last month that his office would not enforce
/// the law, responded the next morning.": the clause ends where the
/// sentence's own verb comes; a clause with commas of its own keeps them.
#[test]
fn a_clause_in_the_subjects_relative_ends_at_the_main_verb() {
    let got = indirect(
        "Sheriff feuds with governor\n\n\
         Sheriff Thaddeus Kowalczyk-Bello, who had said last month that his office would not \
         enforce the new storage law, responded the next morning.",
    );
    assert_eq!(
        got,
        vec![(
            "his office would not enforce the new storage law".to_string(),
            Some("Thaddeus Kowalczyk-Bello".to_string())
        )]
    );
    let got = indirect(
        "Sheriff feuds with governor\n\n\
         Sheriff Thaddeus Kowalczyk-Bello said that his deputies, stretched thin, would not \
         enforce the law.",
    );
    assert_eq!(
        got[0].0,
        "his deputies, stretched thin, would not enforce the law"
    );
}

/// "The department said in a letter to her office that a bypass was ...":
/// what was said starts after "that", not at the letter.
#[test]
fn said_in_a_letter_to_someone_that() {
    let got = super::tests_political::indirect(
        "Bypass\n\n\
         The department said in a letter to her office that a bypass was not currently \
         programmed for funding this decade.\n\n\
         His lawyer, Geraldine Osei-Watkins, said outside court that her client would appeal \
         the verdict.",
    );
    assert_eq!(
        got[0].0, "a bypass was not currently programmed for funding this decade",
        "{got:?}"
    );
}

/// "The head of the armed forces has warned ministers that the army ...":
/// what was said starts after the listener and "that".
#[test]
fn warned_a_listener_that() {
    let got = super::tests_political::indirect(
        "Army\n\n\
         The head of the armed forces has warned ministers that the army risks becoming \
         hollowed out unless the budget rises.",
    );
    assert_eq!(
        got[0],
        (
            "the army risks becoming hollowed out unless the budget rises".to_string(),
            Some("head of the armed forces".to_string())
        ),
        "{got:?}"
    );
}

/// "Engineers warned their managers about cracks in the dam ...": what the
/// warning was about is no reported clause; "Standing before supporters,
/// Senator X thanked her volunteers and conceded the race." reports what
/// she did. Neither is indirect speech; "warned people to stay away" and a
/// clause before "X said." still are.
#[test]
fn a_warning_about_something_and_a_second_verb_report_no_clause() {
    let got = indirect(
        "Dam\n\n\
         Engineers at the state water agency warned their managers about cracks in the dam \
         at least eleven months before it failed.\n\n\
         Standing in front of a few hundred supporters in a hotel ballroom, Senator Adaeze \
         Okafor thanked her volunteers and conceded the race for governor.\n\n\
         Health officials warned people to stay away from the flooded streets.\n\n\
         Pollster Ingrid Halvorsen-Bey cautioned against reading too much into a single \
         result.\n\n\
         The council's chief executive insisted on a full audit before any decision was \
         made.\n\n\
         Labour's regional director argued the case for a government inquiry in a letter to \
         the housing minister.\n\n\
         The dam had been inspected only once in a decade, the agency's director said.",
    );
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        texts,
        [
            "people to stay away from the flooded streets",
            "The dam had been inspected only once in a decade"
        ],
        "{got:?}"
    );
}

/// "X confirmed the appointment of a reviewer and said the review would
/// take six weeks.": the first verb reports no clause; the subject's second
/// verb does.
#[test]
fn the_second_verb_of_a_subject_reports_the_clause() {
    let got = indirect(
        "Housing list\n\n\
         Councillor Bernard Oyelowo-Finch confirmed the appointment of an independent \
         reviewer and said the review would take six weeks.",
    );
    assert_eq!(
        got,
        [(
            "the review would take six weeks".to_string(),
            Some("Bernard Oyelowo-Finch".to_string())
        )],
        "{got:?}"
    );
}
