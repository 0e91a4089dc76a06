//! Found from stories written for the 56th stop (a shipping group's
//! results, a law-firm merger, an actor's profile).

use super::tests::{speaker_of, speakers};
use super::tests_political::indirect;

/// "Analyst X of Baird & Whitcomb said ..." then "“...,” he wrote": the
/// analyst, not the firm's second name.
#[test]
fn a_firms_ampersand_joins_its_names() {
    let got = speakers(
        "Shipping group cuts jobs\n\n\
         Shares in Halvard Lines fell 9% after the carrier said it would cut 1,800 jobs.\n\n\
         Analyst Callum Prentiss of Baird & Whitcomb said the plan was overdue. “Investors have been asking for this for eighteen months,” he wrote in a note to clients.\n\n\
         Legal market consultant Priyanka Delacroix of Moorfield & Crane said such plans rarely went smoothly.\n\n\
         “Two boards means two sets of egos and two pay structures,” she said.",
    );
    assert_eq!(
        speaker_of(&got, "Investors have been").as_deref(),
        Some("Callum Prentiss"),
        "{got:?}"
    );
    assert_eq!(
        speaker_of(&got, "Two boards means").as_deref(),
        Some("Priyanka Delacroix"),
        "{got:?}"
    );
}

/// "Holloway & Strand’s managing partner, X, will become deputy." then
/// "“...,” he said": the partner, not "Ashby Holloway" named before (the
/// firm's first name is no person who acts).
#[test]
fn a_firm_joined_by_an_ampersand_owns_the_subject() {
    let got = speakers(
        "Law firms merge\n\n\
         The combined firm will be called Ashby Holloway. Senior partner Rosalind Ferrars-Kent will lead it.\n\n\
         Holloway & Strand’s managing partner, Benedikt Aaltonen, will become deputy.\n\n\
         “We have worked opposite each other on deals for twenty years,” he said.",
    );
    assert_eq!(
        speaker_of(&got, "We have worked").as_deref(),
        Some("Benedikt Aaltonen"),
        "{got:?}"
    );
}

/// "X pauses when asked whether he is nervous." then a paragraph that is
/// only a quote: X answers, as after "X pauses.".
#[test]
fn a_reaction_when_asked_leads_into_the_answer() {
    for lead in [
        "Ashworth-Bell pauses when asked whether he is nervous.",
        "He pauses when asked whether he is nervous.",
        "Ashworth-Bell laughs before answering.",
    ] {
        let got = speakers(&format!(
            "Actor returns to the stage\n\n\
             Dominic Ashworth-Bell is sitting in a cafe across the road from the theatre.\n\n\
             His wife, the novelist Kerensa Pryor, is less patient with fame. “Dom will stand in a supermarket for twenty minutes taking selfies,” she says.\n\n\
             {lead}\n\n\
             “Terrified. Which is how I know it’s worth doing.”"
        ));
        assert_eq!(
            speaker_of(&got, "Terrified").as_deref(),
            Some("Dominic Ashworth-Bell"),
            "{lead}: {got:?}"
        );
    }
}

/// "Dunmore captain Ashley X welcomed the interest. “...,” the defender
/// said.": the captain, not "Athletico Dunmore" named before; a club's
/// word before a described name is no surname.
#[test]
fn a_clubs_word_before_a_described_name_is_no_surname() {
    let got = speakers(
        "Transfer latest\n\n\
         Athletico Dunmore are closing in on a deal for striker Daan Verhoeven-Kuijt.\n\n\
         Dunmore captain Marcus Ogunleye welcomed the interest. “If he comes, he comes to help us. We will make him welcome,” the defender said.",
    );
    assert_eq!(
        speaker_of(&got, "If he comes").as_deref(),
        Some("Marcus Ogunleye"),
        "{got:?}"
    );
}

/// "Athletico Dunmore are closing in": a name a plural verb follows is a
/// team, and no "he" stands for it.
#[test]
fn a_name_with_a_plural_verb_is_no_person() {
    let got = speakers(
        "Transfer latest\n\n\
         Athletico Dunmore are closing in on a deal for a new striker.\n\n\
         “We have scored eleven goals in twelve games, and everybody can see it,” he said.",
    );
    assert_eq!(speaker_of(&got, "We have scored"), None, "{got:?}");
}

/// "Ashley", like "Jordan", is a name men and women bear: "he" may be
/// Ashley X.
#[test]
fn ashley_may_be_a_man() {
    let got = speakers(
        "Transfer latest\n\n\
         Club captain Ashley Ogunleye welcomed the interest in the striker.\n\n\
         “If he comes, he comes to help us. We will make him welcome,” he said.",
    );
    assert_eq!(
        speaker_of(&got, "If he comes").as_deref(),
        Some("Ashley Ogunleye"),
        "{got:?}"
    );
}

/// "That was not how second-year student Fintan X saw it. “...,” he said.":
/// Irish given names say the gender a lone mention needs ("Fintan",
/// "Eamon", "Enda").
#[test]
fn irish_given_names_say_the_gender() {
    for given in ["Fintan", "Eamon", "Enda", "Cathal"] {
        let got = speakers(&format!(
            "Students occupy university building\n\n\
             A university spokesperson said: “We respect the right to protest, but it must be lawful.”\n\n\
             That was not how second-year student {given} Ruane saw it. “They’ve locked the library at night to save money,” he said."
        ));
        assert_eq!(
            speaker_of(&got, "They’ve locked").as_deref(),
            Some(format!("{given} Ruane").as_str()),
            "{got:?}"
        );
    }
}

/// "Work on it is led by Lachlan." then "“...,” he said.": a given name
/// alone, after "Lachlan X" was named in full, is a mention of him, later
/// than the apprentice named before it.
#[test]
fn a_given_name_alone_is_a_mention_of_the_full_name() {
    let got = speakers(
        "Organ builders get a royal warrant\n\n\
         The company is now run by Ottilie Brandreth-Sykes and her cousin Lachlan Brandreth.\n\n\
         The workshop employs 14 people, including apprentice Jago Penrose, 19. “I wanted to be a carpenter, and then I heard one played,” he said.\n\n\
         The firm’s latest commission is for a cathedral in Norway. Work on it is led by Lachlan.\n\n\
         “It’s 3,200 pipes, and every one of them has to be voiced by hand,” he said.",
    );
    assert_eq!(
        speaker_of(&got, "It’s 3,200").as_deref(),
        Some("Lachlan Brandreth"),
        "{got:?}"
    );
}

/// "In a statement posted on the council’s website on Friday evening, he
/// said ..." then "“...,” the statement said.": the statement is his; the
/// participle after the document ("posted") is no speech verb of its own.
#[test]
fn a_documents_participle_phrase_is_no_speaker() {
    for lead in [
        "In a statement posted on the council’s website on Friday evening, he said he could no longer lead the group.",
        "In a letter sent to members on Friday, he said he could no longer lead the group.",
    ] {
        let noun = if lead.contains("letter") {
            "letter"
        } else {
            "statement"
        };
        let got = speakers(&format!(
            "Council leader quits\n\n\
             The leader of Ashgrove District Council, Cllr Bernard Oyelaran-Whyte, has resigned after his own group voted against his plan.\n\n\
             {lead}\n\n\
             “I have given this council eleven years of my life. I have no regrets about the plan,” the {noun} said."
        ));
        assert_eq!(
            speaker_of(&got, "I have given").as_deref(),
            Some("Bernard Oyelaran-Whyte"),
            "{lead}: {got:?}"
        );
    }
}

/// "In a statement posted on the council’s website on Friday evening, he
/// said CLAUSE": the participle after the document is no verb of the
/// sentence, and the long opening phrase ends at its comma.
#[test]
fn a_statement_posted_somewhere_then_he_said_reports_a_clause() {
    let got = indirect(
        "Council leader quits\n\n\
         The leader of the council, Cllr Bernard Oyelaran-Whyte, resigned on Friday.\n\n\
         In a statement posted on the council’s website on Friday evening, he said he could no longer lead the group.",
    );
    assert_eq!(
        got,
        vec![(
            "he could no longer lead the group".to_string(),
            Some("Bernard Oyelaran-Whyte".to_string())
        )],
        "{got:?}"
    );
}
