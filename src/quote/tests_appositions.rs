//! Speakers named beside a description, after a colon, in a document or
//! an aside: the shapes a batch of political stories showed.

use super::tests::speakers;

/// "The legislature's top Republican, Senate Majority Leader X, called the
/// ruling an overreach. “...,” he said.": the name in the apposition to a
/// party's member is the subject the pronoun goes back to.
#[test]
fn the_name_beside_a_partys_member() {
    let got = speakers(
        "Map struck down\n\n\
         Attorney General Desmond Krieger-Yau said the state would appeal. “We respectfully \
         disagree with the court and we will appeal,” Krieger-Yau said.\n\n\
         The legislature's top Republican, Senate Majority Leader Bartholomew Greaves, called \
         the ruling an overreach. “An unelected judge has just redrawn the state,” he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Bartholomew Greaves"), "{got:?}");
}

/// "Another wanted to know whether the ambassador, Marguerite X, would be
/// offered another post. “...,” he said.": "he" is not the woman just
/// named, whose given name says so.
#[test]
fn he_is_not_a_woman_just_named() {
    let got = speakers(
        "Briefing\n\n\
         Press Secretary Lionel Abernathy-Cruz took questions. “I am not going to get into \
         private conversations,” Abernathy-Cruz said.\n\n\
         Another wanted to know whether the ambassador, Marguerite Osei-Lindqvist, would be \
         offered another post. “I have nothing for you on personnel,” he said.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Lionel Abernathy-Cruz"),
        "{got:?}"
    );
    for (name, g) in [
        ("Marguerite", "f"),
        ("Hamish", "m"),
        ("Siobhan", "f"),
        ("Dafydd", "m"),
    ] {
        let want = if g == "f" {
            super::given::Gender::Female
        } else {
            super::given::Gender::Male
        };
        assert_eq!(super::given::gender(name), Some(want), "{name}");
    }
}

/// "A friend who spoke with her on Wednesday, and who asked not to be
/// named ..., said she was “...”": the friend, past a relative clause
/// without commas.
#[test]
fn the_noun_before_a_relative_clause_without_commas() {
    for text in [
        "Recall\n\nMarguerite Osei-Lindqvist has not commented publicly. A friend who spoke \
         with her on Wednesday said she was “baffled and a little hurt” by the manner of her \
         recall.",
        "Recall\n\nMarguerite Osei-Lindqvist has not commented publicly. A friend who spoke \
         with her on Wednesday, and who asked not to be named because the conversation was \
         private, said she was “baffled and a little hurt” by the manner of her recall.",
    ] {
        let got = speakers(text);
        assert_eq!(got[0].1.as_deref(), Some("friend"), "{got:?}");
    }
}

/// A sentence names what someone said and quotes it after a colon, with
/// no speech verb: "His reasoning was simple: “...”", "Her answer:
/// “...”", "The message from the budget office was blunt: “...”".
#[test]
fn what_someone_said_before_a_colon() {
    let got = speakers(
        "Memo row\n\n\
         Budget Director Harlan Mbeki-Strand confirmed on Tuesday that he wrote the memo.\n\n\
         His reasoning was simple: “Numbers do not care which party you belong to.”\n\n\
         Finance Minister Greta Solberg-Adeyemi was asked about the memo at a briefing. Her \
         answer: “I have read it. I do not agree with all of it.”\n\n\
         The message from the budget office was blunt: “There is no version of this plan \
         that balances without new revenue.”\n\n\
         The treasury's response came late on Tuesday, in a two-line statement: “The \
         government does not comment on leaked documents.”\n\n\
         Ellery's verdict was harsh: “They promised tax cuts and more spending, all at once.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Harlan Mbeki-Strand"),
            Some("Greta Solberg-Adeyemi"),
            Some("budget office"),
            Some("treasury"),
            Some("Ellery"),
        ],
        "{got:?}"
    );
}

/// "Her daughter, Marguerite," takes her mother's surname, not the last
/// words of a placard quoted before ("Clean Water Is Not Radical").
#[test]
fn a_relatives_family_is_not_read_off_a_placard() {
    let got = speakers(
        "Arrested again\n\n\
         Eunice Blackstock-Oyelaran has been arrested eleven times. The most recent was last \
         spring, where she sat down in the road with a sign that read “Clean Water Is Not \
         Radical.”\n\n\
         Her daughter, Marguerite, worries. “She is ninety-two. I would like her to be \
         arrested a bit less,” Marguerite says.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Marguerite Blackstock-Oyelaran"),
        "{got:?}"
    );
}

/// "But the department's own guidance, published the same morning, says
/// eligibility will be “...”": the department speaks through its
/// guidance, not the minister quoted before.
#[test]
fn a_bodys_guidance_speaks_for_it() {
    let got = speakers(
        "School meals\n\n\
         Education Minister Fenella Okwuosa tried on Wednesday to clear up the confusion. \
         “No family that is eligible now will lose eligibility,” she said.\n\n\
         But the department's own guidance, published the same morning, says eligibility \
         will be “reassessed against the new threshold” from the start of term.",
    );
    assert_eq!(got[1].1.as_deref(), Some("department"), "{got:?}");
}

/// "Cllr Morwenna Pengelly ... Cllr Pengelly said", "Chief Constable
/// Alistair X": titles of British local government and police are no part
/// of the name; "the imam said" after "Imam Yusuf X" is him, past a quote
/// too short to count.
#[test]
fn british_titles_and_clergy() {
    let got = speakers(
        "Market Street\n\n\
         Cllr Morwenna Pengelly, who proposed it, said the street was “choked with traffic \
         from seven in the morning to seven at night.”\n\n\
         “Shops on pedestrianised streets do better, not worse,” Cllr Pengelly said.\n\n\
         Chief Constable Alistair Mbeki-Grant welcomed the appeal. “Our officers cannot do \
         this alone,” he said.\n\n\
         Imam Yusuf Hamdan-Ali, of the Eastgate mosque, spoke next. “Anger is \
         understandable,” the imam said. “But anger that burns down your neighbour's shop \
         burns down your own street.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Morwenna Pengelly"),
            Some("Morwenna Pengelly"),
            Some("Alistair Mbeki-Grant"),
            Some("Yusuf Hamdan-Ali"),
        ],
        "{got:?}"
    );
}

/// "South Korea's Kim Ji-hoon" is Kim Ji-hoon; "Aminah binti Yusof" and
/// "Jose Miguel de la Cruz" keep their particles, and a later "de la Cruz"
/// or "Cruz" is the full name.
#[test]
fn names_with_a_country_before_them_or_particles_inside() {
    let got = speakers(
        "Fishing talks\n\n\
         South Korea's Kim Ji-hoon, attending as an observer, said Seoul hoped for “a code \
         of conduct with teeth.”\n\n\
         Malaysian minister Aminah binti Yusof said her country would not give way. “Our \
         fishermen were there before any of these lines were drawn,” she said.\n\n\
         Philippine Foreign Secretary Jose Miguel de la Cruz, who hosted the meeting, said \
         they would meet again. “Three months without an incident would be progress,” de la \
         Cruz said. “We have been here before,” Cruz added.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("Kim Ji-hoon"),
            Some("Aminah binti Yusof"),
            Some("Jose Miguel de la Cruz"),
            Some("Jose Miguel de la Cruz"),
        ],
        "{got:?}"
    );
}

/// A quote that is its whole paragraph, then "That warning came from Dr.
/// X, a surgeon ...": X, not the speaker carried from before.
#[test]
fn that_warning_came_from() {
    let got = speakers(
        "Convoy\n\n\
         “We had every permit we were asked for, and then they asked for one more,” said \
         Fenna Dijkstra-Mol, who leads the mission.\n\n\
         “The people waiting on the other side of that gate do not have until Saturday.”\n\n\
         That warning came from Dr. Samir Haddad-Rahimi, a surgeon at the only working \
         hospital in the district.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Samir Haddad-Rahimi"), "{got:?}");
}

/// "Another, a railway worker who gave his name only as Mathieu, said
/// ...": the name he gave.
#[test]
fn a_name_given_only_as() {
    let got = speakers(
        "Pensions\n\n\
         One of the protesters, a 58-year-old nurse named Odile Fontaine-Mbaye, said she \
         had worked nights for thirty years. “My back is finished,” she said.\n\n\
         Another, a railway worker who gave his name only as Mathieu, said the union would \
         not back down. “We have done this before, and we won,” he said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Mathieu"), "{got:?}");
}

/// "In her resignation letter, Brackenbury said the messages were “unkind
/// and indefensible” and that she had apologised." and a quote that is its
/// whole paragraph: hers, though her sentence quotes words of its own, not
/// the speaker of the paragraph after.
#[test]
fn a_reported_sentence_with_words_quoted_leads_into_a_quote() {
    let got = speakers(
        "Minister quits\n\n\
         In her resignation letter, Brackenbury said the messages were “unkind and \
         indefensible” and that she had apologised personally.\n\n\
         “I have let down the prime minister, my colleagues and, most of all, the person I \
         wrote about. I am sorry.”\n\n\
         The charity's chief executive, Desmond Afolabi-Grey, said he accepted the apology.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Brackenbury"), "{got:?}");
}

/// "When it was her turn, Falconer-Diallo went straight for the housing
/// bill. “...,” she told the audience.": the subject after the clause that
/// opens the sentence is the "she", not the woman quoted before.
#[test]
fn the_subject_after_an_opening_when_clause() {
    let got = speakers(
        "Hustings\n\n\
         Rosamund Achterberg-Nwosu faces Imogen Falconer-Diallo.\n\n\
         Achterberg-Nwosu spoke first. “When I was elected, the maternity unit was due to \
         close,” she said.\n\n\
         When it was her turn, Falconer-Diallo went straight for the housing bill. \
         “Eleven hundred families are still on the waiting list,” she told the audience.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Imogen Falconer-Diallo"),
        "{got:?}"
    );
}

/// "Dr. Helena X, chief economist at the Carrow Institute, said ... “...,”
/// the economist said.": the economist just named, as "the senator" is.
#[test]
fn the_economist_just_named() {
    let got = speakers(
        "Rate cut\n\n\
         The central bank governor, Cornelius Abara-Whyte, defended the timing. “We move \
         when the evidence moves us,” he said.\n\n\
         Dr. Helena Marchetti-Obi, chief economist at the Carrow Institute, said the move \
         was overdue. “They waited for the data to be perfect, and the data is never \
         perfect,” the economist said.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Helena Marchetti-Obi"), "{got:?}");
}
