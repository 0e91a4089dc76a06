//! Found from stories written for the 60th stop (a joint press conference,
//! a water bill, a ceasefire, a veto, a blackout hearing).

use super::tests::{speaker_of, speakers};

const ZELENKO: &str = "Katarina Zelenko-Ames";
const ACHTERBERG: &str = "Rosalind Achterberg-Nunn";

/// Asserts who said each quote of `story`, by the words it starts with.
fn assert_speakers(story: &str, want: &[(&str, &str)]) {
    let got = speakers(story);
    for (start, who) in want {
        assert_eq!(
            speaker_of(&got, start).as_deref(),
            Some(*who),
            "{start}: {got:?}"
        );
    }
}

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
