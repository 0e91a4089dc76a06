//! What a quote with no speech verb of its own takes from the quote
//! before: words quoted in a later paragraph's sentence about something
//! else take nothing; a document's words go to its author.

use super::tests::speakers;

/// "The law requires outlets to register as “agents of foreign
/// influence.”" and "Marchers carried banners reading “...”", each in the
/// paragraph after a minister's quote: neither is the minister's.
#[test]
fn words_quoted_in_a_later_sentence_about_something_else_are_no_ones() {
    let got = speakers(
        "“This is about transparency and nothing more,” spokesman Milos Radovan told state \
         television.\n\n\
         The law requires news outlets funded from abroad to register as “agents of foreign \
         influence.”\n\n\
         “Nobody is being silenced by anyone here,” he said.\n\n\
         Marchers carried banners reading “Free press, free people” and chanted the names of \
         fined reporters.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("Milos Radovan"), None, Some("Milos Radovan"), None],
        "{got:?}"
    );
}

/// In the quote's own paragraph, a fragment after the speaker's quote is
/// still theirs: "“...,” Vaughan said. But the cells only appeared after
/// infection, which made Vaughan believe they were “...”".
#[test]
fn a_fragment_in_the_speakers_paragraph_stays_theirs() {
    let got = speakers(
        "“Sure enough, they were all over the place,” Ada Vaughan said. But the cells only \
         appeared after infection, which made the team believe they were “seeing a cell type \
         where it is not supposed to be.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("Ada Vaughan"), "{got:?}");
}

/// "The post, which has since been deleted, described the parents as
/// “...”": the post's words are its author's, the trustee quoted from her
/// email just before.
#[test]
fn a_documents_words_go_to_the_writer_quoted_before() {
    let got = speakers(
        "A school board member has resigned over a post on her Facebook page.\n\n\
         Trustee Judith Ellerbeck announced her resignation in an email. She wrote: “I do not \
         want my words to become a distraction from the work of this board.”\n\n\
         The post, which has since been deleted, described parents who spoke at a meeting as \
         “a mob with a parking permit.”",
    );
    assert_eq!(got[1].1.as_deref(), Some("Judith Ellerbeck"), "{got:?}");
}

/// "Gov. Harriet X's office released a statement. “...,” the statement
/// said.": the office is "Harriet X's office", without the title.
#[test]
fn an_office_speaks_without_its_owners_title() {
    let got = speakers(
        "Gov. Harriet Lindahl-Okoro's office released a statement on Monday night. “The \
         governor has full confidence in the budget,” the statement said.",
    );
    assert_eq!(
        got[0].1.as_deref(),
        Some("Harriet Lindahl-Okoro's office"),
        "{got:?}"
    );
}
