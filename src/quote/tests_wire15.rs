//! Found from stories written for the 60th stop (a joint press conference,
//! a water bill, a ceasefire, a veto, a blackout hearing).

use super::tests::{assert_speakers, speaker_of, speakers};

const ZELENKO: &str = "Katarina Zelenko-Ames";
const ACHTERBERG: &str = "Rosalind Achterberg-Nunn";

/// "The defence minister, X, and the foreign minister, Y, appeared ...":
/// "the foreign minister" is Y, both as a tag and as the subject of a
/// sentence a "she said" then goes back to, and not X, whose portfolio is
/// another.
#[test]
fn a_ministers_portfolio_tells_two_ministers_apart() {
    let story = "Two ministers, one microphone\n\n\
         The defence minister, Katarina Zelenko-Ames, and the foreign minister, Rosalind \
         Achterberg-Nunn, appeared together on Tuesday.\n\n\
         \"The timeline depends on the shipyard, and the shipyard depends on steel,\" the \
         defence minister said.\n\n\
         \"Nobody was surprised by this at all,\" the foreign minister said.\n\n\
         The foreign minister then took a question about the northern dispute. \"We will \
         talk to anyone who wants to talk,\" she said.";
    assert_speakers(
        story,
        &[
            ("The timeline", ZELENKO),
            ("Nobody was surprised", ACHTERBERG),
            ("We will talk", ACHTERBERG),
        ],
    );
    // Titles in capitals, the same.
    assert_speakers(
        "Two ministers, one microphone\n\n\
         Defence Minister Katarina Zelenko-Ames spoke first. Foreign Minister Rosalind \
         Achterberg-Nunn spoke after her.\n\n\
         \"Nobody was surprised by this at all,\" the foreign minister said.\n\n\
         \"The timeline depends on the shipyard,\" the defence minister said.",
        &[
            ("Nobody was surprised", ACHTERBERG),
            ("The timeline", ZELENKO),
        ],
    );
    // A phrase with no portfolio is still the minister named last.
    assert_speakers(
        "Budget day\n\n\
         The finance minister, Leopold Achebe-Strand, presented the budget on Tuesday.\n\n\
         \"Every line of this budget has been paid for,\" the minister said.",
        &[("Every line", "Leopold Achebe-Strand")],
    );
}

/// "X's pledge to “...”", "the governor's promise to “...”", "directives
/// from President X to “...”", "a request by X to “...”": the words a
/// pledge, a call or an order quotes are its owner's, not those of the
/// sentence's subject ("Critics pointed to ...").
#[test]
fn the_owner_of_a_pledge_or_an_order_speaks_its_words() {
    assert_speakers(
        "Crackdown widens\n\n\
         Gov. Wendell Oyelaran-Pike took office in January.\n\n\
         The detentions began with directives from President Halvard Ostrom to \"show \
         absolutely no mercy to the enemies of the state\" in the region.\n\n\
         Critics pointed to the governor's pledge to \"clean up every street corner in this \
         city by the summer.\"\n\n\
         Opposition leader Ines Makarova-Dunn's repeated promise to \"tear up the treaty on \
         the first day in office\" has alarmed diplomats.\n\n\
         The ruling followed a request by Attorney General Felix Amundsen to \"pause all \
         deportations until the court has ruled on them.\"",
        &[
            ("show absolutely no mercy", "Halvard Ostrom"),
            ("clean up every street", "Wendell Oyelaran-Pike"),
            ("tear up the treaty", "Ines Makarova-Dunn"),
            ("pause all deportations", "Felix Amundsen"),
        ],
    );
    // Not a trip to a place, nor a noun that names no speech.
    let got = speakers(
        "Crackdown widens\n\n\
         Gov. Wendell Oyelaran-Pike took office in January.\n\n\
         The governor's trip to \"the most beautiful valley in the whole country\" was cut \
         short.",
    );
    assert_eq!(speaker_of(&got, "the most beautiful"), None, "{got:?}");
}
