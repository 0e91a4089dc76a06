//! Found from stories written for the 44th stop: a quote after a reaction
//! ("she laughs."), an aide to an office in capitals, a guess for "the
//! minister" that passes over a backbencher, men's names the lists lacked,
//! "he" for an unnamed speaker of no stated gender, a department after "to
//! the", a place after a speaker's noun phrase.

use super::tests::speakers;
use super::{Kind, detect};

/// The first direct quote `detect` found.
fn first_direct(got: &[super::Quote]) -> &super::Quote {
    got.iter()
        .find(|q| q.kind == Kind::Direct)
        .expect("a quote")
}

/// The speaker of the last direct quote `speakers` found.
fn last(got: &[(String, Option<String>)]) -> Option<&str> {
    got.last().and_then(|(_, s)| s.as_deref())
}

/// "Asked if she would leave the town, she laughs." ending a paragraph,
/// then a paragraph that is a quote with no tag: hers.
#[test]
fn a_quote_after_a_reaction_is_the_reacting_persons() {
    let story = |reaction: &str| {
        format!(
            "Mayor Bertrand Oyelaran-Fisk has spent two years looking for an employer. \
             “I've made four hundred phone calls,” he says.\n\n\
             Dolores Kwiatkowski-Reyes now drives forty minutes to a warehouse job. {reaction}\n\n\
             “Where would I go? My mother is buried here.”"
        )
    };
    for reaction in [
        "Asked if she would leave the town, she laughs.",
        "Asked if she would leave, Kwiatkowski-Reyes shrugged.",
        "Asked if she would leave, she shakes her head.",
    ] {
        let got = speakers(&story(reaction));
        assert_eq!(
            last(&got),
            Some("Dolores Kwiatkowski-Reyes"),
            "{reaction}: {got:?}"
        );
    }
    // A sentence that ends otherwise leads into nothing. (A second
    // sentence about her, "She took the job in March.", makes the
    // paragraph hers: tests_wire21.)
    let got = speakers(&story("The plant closed in March."));
    assert_eq!(last(&got), None, "{got:?}");
    // Nor does a reaction when the quote has words after it.
    let got = speakers(&story("Asked if she would leave, she laughs.").replace(
        "buried here.”",
        "buried here.” The town has lost a third of its people.",
    ));
    assert_eq!(last(&got), None, "{got:?}");
}

/// "“...,” one senior aide to the Speaker told me": the aide, not the
/// Speaker (an office in capitals after "to the").
#[test]
fn an_aide_to_an_office_in_capitals_is_the_aide() {
    for tag in [
        "one senior aide to the Speaker told me",
        "a senior aide to the Prime Minister said",
    ] {
        let text = format!(
            "House Speaker Colin Van der Berg-Ayodele met the Senate leader on Sunday.\n\n\
             “Nobody in that room trusts anybody else,” {tag}."
        );
        let got = speakers(&text);
        let who = last(&got).unwrap_or_default();
        assert!(who.contains("aide"), "{tag}: {got:?}");
    }
}

/// "The minister said she would write to him." after a backbencher spoke:
/// the guess for "the minister" passes over "Conservative backbencher Sir
/// Edmund X" to the minister named before him.
#[test]
fn the_minister_is_not_the_backbencher_named_last() {
    let text = "The prisons minister was accused of dodging the question on Tuesday.\n\n\
        Replying, Dame Priya Holloway-Strand said the programme was on track. “I am not going \
        to invent numbers,” she told MPs.\n\n\
        Conservative backbencher Sir Edmund Rackham-Tait intervened to ask about a prison in \
        his constituency. “My constituents were promised this jail would not be expanded,” he \
        said.\n\n\
        The minister said she would write to him.";
    let reported: Vec<_> = detect(text)
        .into_iter()
        .filter(|q| q.kind == Kind::Indirect && q.text.contains("write to him"))
        .map(|q| q.speaker.map(|s| s.to_string()))
        .collect();
    assert_eq!(
        reported,
        vec![Some("Priya Holloway-Strand".to_string())],
        "{reported:?}"
    );
}

/// "ex-Mayor Leopold X" is a man: a later "she replied" is the woman who
/// testified, not him, though he is the last subject before it.
#[test]
fn leopold_is_no_she() {
    let text = "A former aide to ex-Mayor Leopold Antwi-Bauer told jurors that she was told to \
        delete emails.\n\n\
        “He said, ‘Lose them. All of them,’” testified Rosalind Achterberg, who worked as the \
        mayor's scheduler.\n\n\
        Antwi-Bauer, 61, has pleaded not guilty.\n\n\
        “I kept them because I was scared,” she replied.";
    let got = speakers(text);
    assert_eq!(last(&got), Some("Rosalind Achterberg"), "{got:?}");
}

/// "A member of one delegation ... said ... “...,” he said.": the pronoun
/// is the unnamed member brought in just before, in the same paragraph,
/// though his noun says no gender and a man was named before.
#[test]
fn he_after_an_unnamed_speaker_in_his_paragraph_is_that_speaker() {
    for intro in [
        "A member of one delegation, who spoke on condition of anonymity because he was not \
         authorised to brief the press, said",
        "One delegate said",
    ] {
        let text = format!(
            "Ambassador Tobias Lindqvist-Mbeki said the talks would go on. “We are closer \
             than we were,” he said.\n\n\
             {intro} the main obstacle was a list of 40 names. “Those 40 are the whole \
             negotiation,” he said."
        );
        let got = speakers(&text);
        let who = last(&got).unwrap_or_default();
        assert!(who.contains("delegat"), "{intro}: {got:?}");
    }
    // A named man between them is "he" again.
    let got = speakers(
        "One delegate said the main obstacle was a list of names. Ambassador Tobias \
         Lindqvist-Mbeki disagreed. “It is not the list,” he said.",
    );
    assert_eq!(last(&got), Some("Tobias Lindqvist-Mbeki"), "{got:?}");
}

/// "Chief Secretary to the Treasury Lucinda X": the department after "to
/// the" is no part of her name.
#[test]
fn a_department_after_to_the_is_no_part_of_the_name() {
    let got = speakers(
        "Chief Secretary to the Treasury Lucinda Ashworth-Baines spoke on the radio.\n\n\
         “The chancellor has been very clear,” she said.",
    );
    assert_eq!(last(&got), Some("Lucinda Ashworth-Baines"), "{got:?}");
}

/// "The UN envoy leading prisoner-exchange talks in Geneva said ...": the
/// envoy, not the city.
#[test]
fn the_speaker_before_a_place_is_not_the_place() {
    let reported: Vec<_> = detect(
        "The UN envoy leading prisoner-exchange talks in Geneva said there was no agreement \
         yet but that both sides would meet again.",
    )
    .into_iter()
    .filter(|q| q.kind == Kind::Indirect)
    .map(|q| q.speaker.map(|s| s.to_string()))
    .collect();
    assert_eq!(reported, vec![Some("UN envoy".to_string())], "{reported:?}");
}

/// "a farmer named Gus X stood up and asked ... “...,” he said": the man
/// so named is the sentence's subject, though his given name tells
/// nothing (here "Ansel", which no list holds).
#[test]
fn a_person_named_after_a_noun_is_the_subject() {
    let got = speakers(
        "When Premier Roland Achterberg set off on his tour, he promised to listen.\n\n\
         At a town hall in Millbrook, a farmer named Ansel Thorvaldsen stood up and asked the \
         premier why the bus had been cut. “My daughter can't get to college without it,” he \
         said.",
    );
    assert_eq!(last(&got), Some("Ansel Thorvaldsen"), "{got:?}");
}

/// "a move their leader called “...”": the leader labels it, not "move
/// their leader".
#[test]
fn a_label_in_a_clause_without_that_is_its_subjects() {
    let got = speakers(
        "The speaker suspended eleven members on Wednesday, a move their leader called “a day \
         of shame for democracy”.",
    );
    assert_eq!(got[0].1.as_deref(), Some("their leader"), "{got:?}");
}

/// "A statement from the state governor's office backed the speaker.
/// “...,” it read.": the office, not the man quoted before.
#[test]
fn it_read_is_the_document_the_sentence_before_opens_with() {
    let got = speakers(
        "“We asked questions,” said Hon. Babajide Okonkwo-Alli.\n\n\
         A statement from the state governor's office backed the speaker. “The governor \
         respects the independence of the legislature,” it read.",
    );
    assert_eq!(last(&got), Some("state governor's office"), "{got:?}");
}

/// "“...,” was her response.", "“...,” was the verdict of Sen. X.": the
/// answer is the one the phrase names.
#[test]
fn was_her_response_names_the_speaker() {
    let got = speakers(
        "Treasurer Lachlan Okonjo-Pryor released the update. “Every dollar came from people \
         who paid their taxes,” he said.\n\n\
         Opposition spokeswoman Fiona Castellano-Reid was unimpressed. “The Treasurer is \
         taking credit for iron ore prices,” was her response.\n\n\
         “The surplus was built on cuts to people who need help,” was the verdict of Sen. \
         Mehreen Achterberg-Doyle.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Lachlan Okonjo-Pryor"),
            Some("Fiona Castellano-Reid"),
            Some("Mehreen Achterberg-Doyle")
        ],
        "{got:?}"
    );
}

/// "Speaking on a politics programme, Marguerite X, general secretary of
/// Unison Public, said ...": the name after the opening phrase, not the
/// body in the apposition.
#[test]
fn an_opening_phrase_does_not_hide_the_name_before_the_apposition() {
    let got = speakers(
        "Speaking on a Sunday morning politics programme, Marguerite Delacroix-Bello, general \
         secretary of Unison Public, said the offer was “an insult to people who kept this \
         country running”.\n\n\
         “Our members are not asking for the moon,” she said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(who, vec![Some("Marguerite Delacroix-Bello"); 2], "{got:?}");
}

/// "Rep. Gloria X, D-Fairview, who wrote the bill, said the formula
/// “...”": the representative, not her district; "wrote" in the relative
/// clause is no tag.
#[test]
fn a_party_and_place_before_who_is_no_speaker() {
    let got = detect(
        "Rep. Gloria Esposito-Nakamura, D-Fairview, who wrote the bill, said the current \
         formula “punishes poor districts for being poor.”",
    );
    let q = first_direct(&got);
    assert_eq!(
        q.speaker.as_deref(),
        Some("Gloria Esposito-Nakamura"),
        "{got:?}"
    );
    assert_eq!(q.cue.as_deref(), Some("said"), "{got:?}");
}

/// "The letter, organised by veteran MP Dame Constance X, warns the
/// chancellor that the cuts “...”": the organiser speaks through it.
#[test]
fn a_letter_organised_by_a_person_is_theirs() {
    let got = detect(
        "The letter, organised by veteran MP Dame Constance Whitlow-Ibe, warns the chancellor \
         that the cuts “will push tens of thousands of disabled people into poverty”.",
    );
    let q = first_direct(&got);
    assert_eq!(
        q.speaker.as_deref(),
        Some("Constance Whitlow-Ibe"),
        "{got:?}"
    );
}

/// "Angela King", "Jennifer Judge": a title that is a common surname,
/// after a given name, is the surname; "King said" and "said Judge" are
/// those people, not offices.
#[test]
fn a_surname_that_is_a_title_names_its_person() {
    for surname in ["King", "Judge", "Bishop", "Chancellor"] {
        let got = speakers(&format!(
            "Councillor Jennifer {surname} spoke first at the meeting on Tuesday.\n\n\
             “The budget does not add up for our residents,” {surname} said.\n\n\
             “We will vote against it next week,” said {surname}."
        ));
        let full = format!("Jennifer {surname}");
        let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(who, vec![Some(full.as_str()); 2], "{got:?}");
    }
    // An office before a name is still an office.
    let got = speakers("“We will appeal this ruling at once,” said Judge Maria Okafor-Lund.");
    assert_eq!(got[0].1.as_deref(), Some("Maria Okafor-Lund"), "{got:?}");
}

/// Vox pops: "Shopkeeper Dimitri X, 58: “...”"; and "In Callum X's words,
/// “...”", "In the words of Callum X, “...”".
#[test]
fn a_name_and_age_before_a_colon_and_in_their_words() {
    let got = speakers(
        "Shopkeeper Dimitri Papadakis-Reid, 58: “I've voted for them all over the years.”\n\n\
         Retired nurse Winifred Olawale-Hart, 74: “The hospital is all I care about.”\n\n\
         In Callum Oduya-Price's words, “Twelve years in one seat is long enough.”\n\n\
         In the words of Beatrice Harcourt-Nnaji, “I know this town and it knows me.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Dimitri Papadakis-Reid"),
            Some("Winifred Olawale-Hart"),
            Some("Callum Oduya-Price"),
            Some("Beatrice Harcourt-Nnaji")
        ],
        "{got:?}"
    );
}

/// A quote paragraph, then who said it: "So said the Cabinet Secretary,
/// Dame Judith X, ..." (the name in the apposition, not the office) and
/// "That was opposition leader Maria X, asked ..."; not "That was Britain
/// in 1990".
#[test]
fn so_said_and_that_was_name_the_paragraph_before() {
    let got = speakers(
        "“There are 400 people in that building and one of them talked.”\n\n\
         So said the Cabinet Secretary, Dame Judith Ferrars-Nwosu, in evidence to MPs.\n\n\
         “Honestly? I have no idea what he meant.”\n\n\
         That was opposition leader Maria Castellanos-Hyde, asked about the speech.\n\n\
         “We were the richest country in Europe and nobody noticed.”\n\n\
         That was Britain in 1990, as the minister remembers it.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Judith Ferrars-Nwosu"),
            Some("Maria Castellanos-Hyde"),
            None
        ],
        "{got:?}"
    );
}

/// "He said goodbye to his staff", "She explained the rules to the new
/// members": a word said or a thing explained, no reported clause; "said
/// no warning had been ignored" and "explained the delay was caused by
/// ..." still report one.
#[test]
fn a_word_said_or_a_thing_explained_is_no_reported_clause() {
    let reported = |text: &str| -> Vec<String> {
        detect(text)
            .into_iter()
            .filter(|q| q.kind == Kind::Indirect)
            .map(|q| q.text)
            .collect()
    };
    for text in [
        "Mayor Ada Lindqvist-Oyelaran said goodbye to her staff on Friday.",
        "Mayor Ada Lindqvist-Oyelaran explained the rules to the new members.",
    ] {
        assert_eq!(reported(text), Vec::<String>::new(), "{text}");
    }
    assert_eq!(
        reported("The board's chair, Nadia Petrov, said no warning had been ignored."),
        vec!["no warning had been ignored".to_string()]
    );
    assert_eq!(
        reported("Mayor Ada Lindqvist-Oyelaran explained the delay was caused by the storm."),
        vec!["the delay was caused by the storm".to_string()]
    );
}
