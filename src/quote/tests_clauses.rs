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
            Some("Police".to_string())
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
