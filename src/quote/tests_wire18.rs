//! Found from stories written for the 63rd stop (a regulator's hearing, a
//! transit levy, a bail law).

use super::tests::{assert_speakers, speaker_of, speakers};

/// "For Rep. X, the answer was simple: “...”": the person the opening
/// phrase names leads into the quote; not a party's members ("For
/// Democrats, ...") nor a phrase that goes on past a short description.
#[test]
fn the_person_a_for_phrase_names_leads_into_a_quote() {
    let story = "\
         Rep. Mortimer Achebe-Stroud opened the hearing.\n\n\
         For Rep. Anneliese Brannigan, the answer was simple: \"Somebody is not telling \
         the truth, and we are going to find out who.\"";
    assert_speakers(story, &[("Somebody is not telling", "Anneliese Brannigan")]);
    // A surname alone, once the full name is known.
    assert_speakers(
        "Rep. Anneliese Brannigan chaired the hearing.\n\n\
         To Brannigan, the choice is obvious: \"We subpoena the notes and we read every \
         page of them.\"",
        &[("We subpoena the notes", "Anneliese Brannigan")],
    );
    let got = speakers(
        "Rep. Anneliese Brannigan chaired the hearing.\n\n\
         For Democrats, the message was clear: \"Somebody is not telling the truth, and \
         we are going to find out who.\"",
    );
    assert_ne!(
        speaker_of(&got, "Somebody is not").as_deref(),
        Some("Democrats"),
        "{got:?}"
    );
}

/// "The moderator, Delphine X, asked Whitlock about his time at the bank.
/// “...,” he said.": the man asked answers when the one asking is a woman,
/// also past a sentence about him ("He said he had left the firm."); a man
/// asking a man may go on himself.
#[test]
fn the_person_asked_answers_when_the_asker_cannot_be_the_pronoun() {
    let story = "\
         Treasurer Ferdinand Adebayo-Kline spoke first. \"When I took over, this fund was \
         in trouble,\" he said.\n\n\
         His challenger, Cornelius Whitlock-Baptiste, spoke next. \"The market went up for \
         everybody,\" Whitlock-Baptiste said.\n\n\
         Adebayo-Kline smiled. \"That is a good line, but it is not true,\" he said.\n\n";
    assert_speakers(
        &format!(
            "{story}The moderator, Delphine Okwuosa, asked Whitlock-Baptiste about his time at \
             Harrowgate Capital. \"I was not there at the time of any of it,\" he said."
        ),
        &[
            ("That is a good line", "Ferdinand Adebayo-Kline"),
            ("I was not there", "Cornelius Whitlock-Baptiste"),
        ],
    );
    assert_speakers(
        &format!(
            "{story}The moderator, Delphine Okwuosa, asked Whitlock-Baptiste about his time at \
             Harrowgate Capital. He said he had left the firm two years before.\n\n\
             \"I was not there at the time of any of it,\" he said."
        ),
        &[("I was not there", "Cornelius Whitlock-Baptiste")],
    );
    // The asker a man: he may be pressing on.
    let got = speakers(&format!(
        "{story}The moderator, Desmond Okwuosa, asked Whitlock-Baptiste about his time at \
         Harrowgate Capital. \"Were you there at the time of any of it?\" he said."
    ));
    assert_ne!(
        speaker_of(&got, "Were you there").as_deref(),
        Some("Cornelius Whitlock-Baptiste"),
        "{got:?}"
    );
}

/// "“...,” the airline said in an emailed statement.": a business named by
/// its line of trade is the business named before, as "the company" is;
/// before, no speaker was found, and the next paragraph's lent its own.
#[test]
fn a_business_by_its_line_of_trade_speaks() {
    assert_speakers(
        "Sky Meridian cancelled more than 300 flights on Saturday as pilots walked out.\n\n\
         \"We deeply regret the disruption to our customers,\" the airline said in an \
         emailed statement.\n\n\
         The pilots' union said the offer was a pay cut. \"Our members have not had a \
         raise in four years,\" union president Benedetta Okonkwo-Harris said.",
        &[
            ("We deeply regret", "Sky Meridian"),
            ("Our members have not", "Benedetta Okonkwo-Harris"),
        ],
    );
    let got = speakers(
        "Harrowgate Retail said sales fell by a tenth. \"Shoppers are cautious and we \
         expect them to stay that way,\" the retailer said.",
    );
    assert_eq!(
        speaker_of(&got, "Shoppers are cautious").as_deref(),
        Some("Harrowgate Retail"),
        "{got:?}"
    );
}

/// "X survived the vote, after a debate in which members of his own party
/// accused him of running the council “...”": the words are not the
/// subject's, whom others called so, but those others'; "X accused him of
/// ..." still is the subject's.
#[test]
fn what_others_called_the_subject_is_not_the_subjects() {
    for (lede, who) in [
        (
            "Council leader Archibald Nwachukwu-Fry survived a vote on Thursday, after a \
             debate in which members of his own party accused him of running the council \
             \"like a private club of old friends.\"",
            "members of his own party",
        ),
        (
            "Council leader Archibald Nwachukwu-Fry survived a vote on Thursday, after \
             critics called him \"a leader who has run out of road.\"",
            "critics",
        ),
    ] {
        let got = speakers(lede);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some(who), "{lede}");
    }
    assert_speakers(
        "Council leader Archibald Nwachukwu-Fry accused him of running the council \"like a \
         private club of old friends.\"",
        &[("like a private club", "Archibald Nwachukwu-Fry")],
    );
}

/// "Under questioning from prosecutor Clarissa X, the witness, Margarethe
/// Y, said ...": the name ending the opening phrase is not described by
/// the words after its comma (the sentence's subject); the name those
/// words stand beside is.
#[test]
fn a_name_ending_an_opening_phrase_is_not_the_noun_after_it() {
    assert_speakers(
        "Under questioning from prosecutor Clarissa Thornbury-Adewale, the witness, \
         Margarethe Lindholm-Oduya, said she recognised him.\n\n\
         \"He came in just after midnight with two other men,\" Lindholm-Oduya said.\n\n\
         \"I did not do anything about it. He was the boss,\" the witness said.",
        &[("I did not do anything", "Margarethe Lindholm-Oduya")],
    );
    // Set off as an apposition, the name is the noun's.
    assert_speakers(
        "The prosecutor, Clarissa Thornbury-Adewale, the witness's first questioner, \
         opened the day.\n\n\
         \"We will show you every page of the records,\" the questioner said.",
        &[("We will show you", "Clarissa Thornbury-Adewale")],
    );
}
