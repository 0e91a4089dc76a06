//! Speakers named before their quote: in a lead-in of their own, or by a
//! pronoun whose gender the article has shown.

use super::tests::speakers;
use super::tests_political::indirect;

/// "Her remarks, in part:" brings the words of the woman named before it,
/// across every paragraph of the quote, not the speaker after it.
#[test]
fn whose_remarks_a_colon_brings() {
    let got = speakers(
        "Governor declares housing emergency\n\n\
         Gov. Leticia Ambrose-Whitfield declared a housing emergency on Monday in a \
         televised address. Her remarks, in part:\n\n\
         “Tonight I am declaring a state of emergency on housing. Too many of our \
         neighbours are one rent increase away from the street.\n\n\
         “I know some of you will say this goes too far. I say the emergency is already here.”\n\n\
         Republican leader Thaddeus Okonjo-Bright said the order was an overreach. \
         “You don't get to rewrite zoning law with a pen,” he said.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Leticia Ambrose-Whitfield"));
    assert_eq!(got[1].1.as_deref(), Some("Thaddeus Okonjo-Bright"));
    // A name's words, and not a lead-in that names no words.
    assert_eq!(
        super::untagged::owner_of_words(&super::tokens::tokenize("Oduya's letter, in full:")),
        Some(super::phrases::Mention::Name("Oduya".into()))
    );
    assert_eq!(
        super::untagged::owner_of_words(&super::tokens::tokenize("The vote went as follows:")),
        None
    );
}

/// A person "he" has stood for is no later "she", even when neither given
/// name tells; a name given to men and women alike ("Oluwaseun") tells
/// nothing.
#[test]
fn a_person_once_he_is_no_later_she() {
    for given in ["Temitope", "Oluwaseun"] {
        let got = speakers(&format!(
            "The transit board voted on Thursday to raise fares.\n\n\
             Board member {given} Marchetti-Hale, the lone vote against, proposed a delay.\n\n\
             Board chair Ignatius Farrow-Lindqvist said the agency had no other choice. \
             “We cut everything we could cut,” he said.\n\n\
             “If the state comes through, we'll have raised fares for nothing,” she said."
        ));
        assert_eq!(got[0].1.as_deref(), Some("Ignatius Farrow-Lindqvist"));
        assert_eq!(
            got[1].1.as_deref(),
            Some(format!("{given} Marchetti-Hale").as_str())
        );
    }
}

/// "In a post on X, formerly Twitter, Reyes fired back: “...”": the aside
/// after the opening phrase is part of it; the sentence's subject speaks.
#[test]
fn an_aside_after_the_opening_phrase_hides_no_subject() {
    let got = speakers(
        "Shipping bill advances\n\n\
         Sen. Marisol Quintanilla-Reyes said the inspections would pay for themselves.\n\n\
         “I have nothing against safety,” Sen. Bartholomew Kinsella said. \
         “What I'm against is a mandate with no money behind it.”\n\n\
         In a post on X, formerly Twitter, Quintanilla-Reyes fired back: \
         “My grandfather loaded ships in Long Beach for thirty years.”",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Marisol Quintanilla-Reyes"));
}

/// The name in an apposition after a described speaker, also when the
/// description opens with "Another" or the name brings its institution.
#[test]
fn the_name_in_an_apposition_after_another_or_their_noun() {
    let got = speakers(
        "Voter ID law blocked\n\n\
         Another MP, Winslow Pennyfeather, said publicly that the deputy should \
         “put up or shut up.”\n\n\
         Their lawyer, Jonah Mendelsohn-Reyes of the Voting Access Project, said the \
         ruling “protects thousands of voters in time for the primary.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Winslow Pennyfeather"));
    assert_eq!(got[1].1.as_deref(), Some("Jonah Mendelsohn-Reyes"));
}

/// "..., state Sen. Ada Reyes, a Democrat from Millbrook, called it “...”":
/// the place in the description after the name is no speaker.
#[test]
fn a_description_after_the_name_names_no_speaker() {
    let got = speakers(
        "Governor vetoes spending bill\n\n\
         The bill's sponsor, state Sen. Henrietta Vasquez-Olmstead, a Democrat from \
         Millbrook, called the veto “a gift to every billionaire who wants to buy a judge.”",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Henrietta Vasquez-Olmstead"),
        "{got:?}"
    );
}

/// "One senior frontbencher ... said", "One Conservative MP ... said", then
/// "Another said:": one unnamed speaker, then another like them.
#[test]
fn another_after_an_unnamed_frontbencher_or_mp() {
    for who in ["senior frontbencher", "Conservative MP"] {
        let got = speakers(&format!(
            "Leader survives confidence vote\n\n\
             Rufus Penhaligon said the result was a warning. Allies of the leader were \
             scathing. One {who}, who asked not to be named, said the challenge \
             had been “a self-indulgent exercise that handed the government a week of \
             free headlines.”\n\n\
             Another said: “Rufus has been plotting since the day she was elected.”"
        ));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some(format!("One {who}").as_str()));
        assert_eq!(got[1].1.as_deref(), Some(format!("another {who}").as_str()));
    }
}

/// "Ms Dunmore-Achebe paused before answering. “...,” she said.": a later
/// "Ms X" is a mention of the woman named in full before, so "she" is her
/// and not the woman quoted last.
#[test]
fn a_titled_surname_is_a_mention_of_the_full_name() {
    let got = speakers(
        "Leader survives vote\n\n\
         Philippa Dunmore-Achebe won the vote. “A win is a win,” she said.\n\n\
         The chief whip, Eleanor Voss, said she would meet both camps. \
         “The job now is to put this behind us,” Ms Voss told the BBC.\n\n\
         Asked by this newspaper whether she would offer Mr Penhaligon a job, \
         Ms Dunmore-Achebe paused before answering. \
         “My door is always open,” she said.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[2].1.as_deref(), Some("Philippa Dunmore-Achebe"));
}

/// "A spokeswoman for the federation said ... “...,” she said.": the
/// unnamed speaker whose noun says "she", not a man named before whose
/// given name tells nothing.
#[test]
fn she_after_an_unnamed_spokeswoman() {
    let got = speakers(
        "Farmers protest tariff pause\n\n\
         “The minister keeps saying the talks are progressing,” Kolawole said.\n\n\
         A spokeswoman for the federation said the group supported the talks. \
         “Open-ended talks are how you end up with nothing,” she said.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("spokeswoman for the federation"),
        "{got:?}"
    );
    // So is a spokeswoman for a body named in capitals.
    let got = speakers(
        "Farmers protest tariff pause\n\n\
         “The minister keeps saying the talks are progressing,” Bertrand Kolawole said.\n\n\
         A spokeswoman for the National Farmers' Federation said the group supported the \
         talks. “Open-ended talks are how you end up with nothing,” she said.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("spokeswoman for the National Farmers' Federation"),
        "{got:?}"
    );
    // A person named after her may still be the pronoun's.
    let got = speakers(
        "Farmers protest\n\n\
         A spokeswoman for the federation said the group supported the talks. \
         Petra Kolawole disagreed. “Open-ended talks are how you end up with nothing,” \
         she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Petra Kolawole"), "{got:?}");
}

/// "Rep. Delphine Achterberg, D-Ore., pressed him on whether ... “...,” he
/// replied.": the one who put it to "him" is not the "he" who answers.
#[test]
fn the_one_who_pressed_him_is_not_the_he_who_answers() {
    let got = speakers(
        "Aide testifies\n\n\
         Matthias Oyelaran-Price said he had warned the president. “He heard me out,” \
         Oyelaran-Price testified.\n\n\
         Rep. Delphine Achterberg, D-Ore., pressed him on whether anyone else had \
         objected. “I was not alone,” he replied.",
    );
    assert_eq!(
        got[1].1.as_deref(),
        Some("Matthias Oyelaran-Price"),
        "{got:?}"
    );
    // "him" inside a reported clause is the subject himself.
    let got = speakers(
        "Aide testifies\n\n\
         Matthias Oyelaran-Price said he had warned the president.\n\n\
         Gideon Strathmore said the panel had misled him. “I was not told,” he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Gideon Strathmore"), "{got:?}");
}

/// "“We will not,” said Sen. X, “wait ...”": the first part is too short to
/// be a quote, but the tag after it still names the second part's speaker.
#[test]
fn a_tag_after_a_short_first_part_names_the_second() {
    for tag in [
        "said Sen. Marisol Quintanilla-Reyes,",
        "said Sen. Marisol Quintanilla-Reyes, D-Calif., the bill's sponsor,",
    ] {
        let got = speakers(&format!(
            "Shipping bill advances\n\n\
             “We will not,” {tag} “wait for another vessel to lose power in a crowded \
             harbor before we act.”"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Marisol Quintanilla-Reyes"));
    }
}

/// "One EU diplomat described the mood as “...”": a labelling verb's
/// subject may be a noun that speaks, not only a name; a thing is none.
#[test]
fn a_speaker_noun_may_label_a_quote() {
    let got = speakers(
        "Summit stalls\n\n\
         Commission President Annelies Vanderstraeten said the talks would go on.\n\n\
         Diplomats said the talks had stalled. One EU diplomat described the mood in the \
         room as “frosty, bordering on glacial and then some”.",
    );
    assert_eq!(got[0].1.as_deref(), Some("One EU diplomat"), "{got:?}");
    let got = speakers(
        "Summit stalls\n\n\
         The summit ended early. A leaked document described the plan as “a framework for \
         managed decline”.",
    );
    assert_eq!(got[0].1, None, "{got:?}");
}

/// "..., when opposition leader Naledi Byrne accused the prime minister of
/// “...”": the subject of the clause the quote stands in, after a
/// description in small letters.
#[test]
fn a_described_subject_accuses_in_a_when_clause_or_a_sentence() {
    for lead in [
        "The confrontation began during question time, when opposition leader",
        "Opposition leader",
    ] {
        let got = speakers(&format!(
            "Opposition walks out\n\n\
             {lead} Naledi Kgositsile-Byrne accused Prime Minister Hendrik Oosterhuis of \
             “misleading this house and the country” over the cost of a power station.\n\n\
             Kgositsile-Byrne later said she would repeat it."
        ));
        assert_eq!(
            got[0].1.as_deref(),
            Some("Naledi Kgositsile-Byrne"),
            "{lead}: {got:?}"
        );
    }
}

/// "County Executive-elect Marguerite Lindgren-Achebe": the title, and its
/// "-elect", are no part of the name.
#[test]
fn an_executive_elect_is_titled() {
    let got = speakers(
        "Recount sought\n\n\
         The winner, County Executive-elect Marguerite Lindgren-Achebe, said she respected \
         the result. “The voters have spoken, and they spoke clearly,” she said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Marguerite Lindgren-Achebe"));
}

/// "Seán Ó Briain": the Irish particle stays in the name.
#[test]
fn an_irish_particle_stays_in_the_name() {
    let got = speakers(
        "Minister faces questions\n\n\
         The Minister for Housing, Seán Ó Briain, rejected the claims. \
         “Nothing has been hidden and nothing will be,” he said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Seán Ó Briain"), "{got:?}");
}

/// "A former aide to Gov. X testified that ..." and, opening the next
/// paragraph, "NAME, who worked as ..., told": the aide is that person. Not
/// a speaker described otherwise, nor a person the article named before.
#[test]
fn a_former_aide_is_the_person_the_next_paragraph_names() {
    let story = |lede: &str, earlier: &str| {
        indirect(&format!(
            "Aide testifies\n\n\
             {earlier}{lede} testified Thursday that she was instructed to delete text \
             messages about a state contract.\n\n\
             Rosalind Fairclough-Obi, who worked as the governor's scheduling director for \
             two years, told a committee that the order came from his chief of staff."
        ))
    };
    let got = story("A former aide to Gov. Lucius Pennington-Achebe", "");
    assert_eq!(
        got[0].1.as_deref(),
        Some("Rosalind Fairclough-Obi"),
        "{got:?}"
    );
    let got = story("A spokeswoman for Gov. Lucius Pennington-Achebe", "");
    assert_ne!(
        got[0].1.as_deref(),
        Some("Rosalind Fairclough-Obi"),
        "{got:?}"
    );
    let got = story(
        "A former aide to Gov. Lucius Pennington-Achebe",
        "Rosalind Fairclough-Obi was in the room. ",
    );
    assert_ne!(
        got[0].1.as_deref(),
        Some("Rosalind Fairclough-Obi"),
        "{got:?}"
    );
}

/// "The owner of the Sandpiper Hotel says ..." and "“...,” Fenella Greig
/// told the Courier.": the one holder of a post is the person the next
/// paragraph names speaking; not one named before, nor one who does not
/// speak there.
#[test]
fn the_owner_is_the_person_the_next_paragraph_names_speaking() {
    let story = |earlier: &str, next: &str| {
        indirect(&format!(
            "Seafront hotel stays\n\n\
             {earlier}The owner of the Sandpiper Hotel says she will not sell the building \
             to developers.\n\n\
             {next}"
        ))
    };
    let speaking = "“My family has run this hotel since 1921, and I am not going to sell,” \
                    Fenella Greig told the Courier.";
    let got = story("", speaking);
    assert_eq!(got[0].1.as_deref(), Some("Fenella Greig"), "{got:?}");
    let got = story("Fenella Greig opened a cafe last year. ", speaking);
    assert_ne!(got[0].1.as_deref(), Some("Fenella Greig"), "{got:?}");
    let got = story("", "Fenella Greig bought the hotel in 1998 from her uncle.");
    assert_ne!(got[0].1.as_deref(), Some("Fenella Greig"), "{got:?}");
    // Nor one who speaks of something else.
    let got = story(
        "",
        "Councillor Fenella Greig said the council would review the seafront plan.",
    );
    assert_ne!(got[0].1.as_deref(), Some("Fenella Greig"), "{got:?}");
}

/// "Sen. Caspian Ellsworth-Obi, a moderate ..., for his part said he was
/// “...”": the aside before the verb hides no speaker.
#[test]
fn for_his_part_before_the_verb() {
    let got = speakers(
        "Bill stalls\n\n\
         House Speaker Rosalind Achterberg-Nwosu said the Senate should act.\n\n\
         Sen. Caspian Ellsworth-Obi, a moderate Republican who has voted with Democrats, \
         for his part said he was “open to a conversation” about the bill.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Caspian Ellsworth-Obi"),
        "{got:?}"
    );
}

/// A given name ending as women's names do ("Ottoline", "Bernadette",
/// "Estelle") is a woman's, so "he said" after her answer goes to the man
/// who asked.
#[test]
fn a_womans_ending_tells_she() {
    use super::given::{Gender, likely_gender};
    for name in ["Ottoline", "Bernadette", "Estelle"] {
        assert_eq!(likely_gender(name), Some(Gender::Female), "{name}");
    }
    assert_eq!(likely_gender("Constantine"), None);
    let got = speakers(
        "Nominee questioned\n\n\
         “Do you believe the amendment protects a right to carry?” Sen. Lysander \
         Hawthorne-Obi asked.\n\n\
         “The Supreme Court has said that it does, and I am bound by it,” Judge Ottoline \
         Brathwaite-Singh answered.\n\n\
         “That's not what I asked you, judge,” he said.",
    );
    assert_eq!(
        got[2].1.as_deref(),
        Some("Lysander Hawthorne-Obi"),
        "{got:?}"
    );
}

/// "Opposition parties in the region, which voted against it, accused the
/// president of “...”": a group named by a plural noun, not the speaker
/// before.
#[test]
fn a_plural_group_after_a_capitalised_word_accuses() {
    let got = speakers(
        "Assembly votes\n\n\
         “The constitution is not a menu,” spokeswoman Paloma Ruiz de Alarcón said.\n\n\
         Opposition parties in the region, which voted against the motion, accused the \
         president of “manufacturing a crisis to distract from the hospitals.”",
    );
    // (In small letters, as other groups named by a common noun are:
    // "opposition" is a speaker noun of its own.)
    assert_eq!(got[1].1.as_deref(), Some("opposition parties"), "{got:?}");
}
