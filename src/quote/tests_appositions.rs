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
