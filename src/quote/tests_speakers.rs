//! Speakers named before their quote: in a lead-in of their own, or by a
//! pronoun whose gender the article has shown.

use super::tests::speakers;

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
