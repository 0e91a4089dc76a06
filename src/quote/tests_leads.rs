//! Found from stories written for the 43rd stop: a sentence that describes
//! its subject leads into a quote with no tag; a quote that speaks of "my
//! dad" is not the dad's; two given names stay one name.

use super::tests::speakers;
use super::{Kind, detect};

/// "Asked about her, X was careful. “...”": a sentence that describes its
/// subject leads into the quote; one that only places them does not.
#[test]
fn a_sentence_that_describes_its_subject_leads_in() {
    let story = |lead: &str| {
        format!(
            "Governor Walter Lindgren-Osei leaves office next month, Lindgren-Osei said on \
             Tuesday.\n\n\
             His successor takes office in January. {lead} “She will do it her way. That is \
             how it should be.”"
        )
    };
    for lead in [
        "Asked about her, Lindgren-Osei was careful.",
        "Lindgren-Osei was more direct.",
        "He sounded tired.",
    ] {
        let got = speakers(&story(lead));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some("Walter Lindgren-Osei"),
            "{lead}: {got:?}"
        );
    }
    let got = speakers(&story("Lindgren-Osei was in Paris at the time."));
    assert_eq!(got.last().map(|(_, s)| s.as_deref()), Some(None), "{got:?}");
}

/// "His father, Kenji, ran the feed store. ... “My dad never once asked
/// ...,” he said": the father is the last man named, but the quote speaks
/// of "my dad": it is the son's.
#[test]
fn a_quote_about_my_dad_is_not_the_dads() {
    let got = speakers(
        "Governor Walter Nakamura-Briggs leaves office next month, Nakamura-Briggs said.\n\n\
         Nakamura-Briggs grew up in a farming town. His father, Kenji, ran the feed store.\n\n\
         “My dad never once asked who a customer voted for. He asked if they paid their \
         bill,” he said.\n\n\
         “Kenji was the best man I knew,” said a neighbour, Orla Fennimore-Tate. “He never \
         once raised his voice,” she said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Walter Nakamura-Briggs"),
            Some("Orla Fennimore-Tate"),
            Some("Orla Fennimore-Tate")
        ],
        "{got:?}"
    );
    // Without "my dad" the pronoun still finds the father.
    let got = speakers(
        "Governor Walter Nakamura-Briggs leaves office next month, Nakamura-Briggs said.\n\n\
         His father, Kenji, ran the feed store for forty years.\n\n\
         “I sold feed to every farmer in the county and never asked how they voted,” he said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Kenji Nakamura-Briggs"),
        "{got:?}"
    );
}

/// "Luz María Carrasco, 67, ...": a first given name no list holds, before
/// one a list holds, is part of the name; a word that describes the person
/// ("Israeli", "Democrat") or opens a question ("Would") is not.
#[test]
fn two_given_names_stay_one_name() {
    for (written, full) in [
        ("Luz María Carrasco", "Luz María Carrasco"),
        ("Israeli Benjamin Carrasco", "Benjamin Carrasco"),
        ("Democrat Maria Carrasco", "Maria Carrasco"),
        ("Veteran Maria Carrasco", "Maria Carrasco"),
    ] {
        let got = speakers(&format!(
            "Tenant organizers packed the hearing room. {written}, 67, who has rented the \
             same apartment for 22 years, came to speak.\n\n\
             “Three families on my floor left this year,” Carrasco said."
        ));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some(full),
            "{written}: {got:?}"
        );
    }
}

/// "The Chancellor told the Commons: “...”" after "the shadow chancellor
/// Harriet X": the shadow chancellor holds another office; "the shadow
/// chancellor" is still hers.
#[test]
fn a_shadow_or_deputy_office_is_another_office() {
    let got = speakers(
        "The shadow chancellor Harriet Vane-Osborne said the plan would fail.\n\n\
         The Chancellor told the Commons: “Families who drive to work are not a cash \
         machine.”\n\n\
         “This budget breaks every promise,” the shadow chancellor said.\n\n\
         Lieutenant Governor Ana Ruiz-Castellanos chaired the meeting.\n\n\
         “We will sign it next week,” the governor said.",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![
            Some("Chancellor"),
            Some("Harriet Vane-Osborne"),
            Some("governor")
        ],
        "{got:?}"
    );
}

/// "The Treasury estimates it will cost £3.1bn. The Chancellor told the
/// Commons: “...”": a number's dot ends a sentence, so the listener is not
/// taken for the speaker.
#[test]
fn a_number_before_a_full_stop_ends_the_sentence() {
    let got = speakers(
        "Fuel duty will be frozen. The Treasury estimates the freeze will cost £3.1bn. The \
         Chancellor told the Commons: “Families who drive to work are not a cash machine.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Chancellor"), "{got:?}");
}

/// "X ended her speech by saying: “...”": the subject of what was done by
/// saying it.
#[test]
fn by_saying_is_the_subjects() {
    for (lead, who) in [
        ("Ada Reyes ended her speech by saying:", "Ada Reyes"),
        ("The Chancellor closed her speech by saying:", "Chancellor"),
    ] {
        let got = speakers(&format!(
            "Fuel duty will be frozen. {lead} “Families who drive to work are not a cash \
             machine.”"
        ));
        assert_eq!(got[0].1.as_deref(), Some(who), "{lead}: {got:?}");
    }
}

/// "A party source was blunter: “...”": the source, a noun after a noun,
/// who is described, not "a party" doing something.
#[test]
fn a_party_source_was_blunter() {
    let got = speakers(
        "The leader rejected his criticism.\n\n\
         A party source was blunter: “He has been looking for a way out for months.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("party source"), "{got:?}");
}

/// "Interior Secretary Kipchumba X said ... “...,” he said.": a given name
/// ending in "-a" only guesses a woman; the subject of the sentence just
/// before, in the same paragraph, is the "he" (not a man named earlier).
#[test]
fn a_guessed_gender_gives_way_to_the_subject_just_before() {
    let text = "Opposition leader Kalonzo Musyoka-Mwangi said the protests were spontaneous. \
                “Kenyans are not being paid to protest,” he told a press conference.\n\n\
                Interior Secretary Kipchumba Murkomen-Otieno said 47 people had been arrested. \
                “We will restore order in every town,” he said. He warned that police would \
                deal firmly with anyone destroying property.";
    let got = speakers(text);
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Kipchumba Murkomen-Otieno"),
        "{got:?}"
    );
    let warned = detect(text)
        .into_iter()
        .find(|q| q.kind == Kind::Indirect && q.text.starts_with("police"));
    assert_eq!(
        warned.and_then(|q| q.speaker).as_deref(),
        Some("Kipchumba Murkomen-Otieno")
    );
    // A woman's name from the lists keeps its gender.
    let got = speakers(
        "Opposition leader Kalonzo Musyoka-Mwangi said the protests were spontaneous.\n\n\
         Interior Secretary Maria Murkomen-Otieno said 47 people had been arrested. “We will \
         restore order in every town,” he said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Kalonzo Musyoka-Mwangi"),
        "{got:?}"
    );
}

/// "The ministry issued a statement saying ... “...”": who issued it, not
/// the whole clause.
#[test]
fn who_issued_a_statement_saying() {
    for (lead, who) in [
        ("The ministry issued a statement saying", "ministry"),
        ("Ada Reyes later released a statement saying", "Ada Reyes"),
        (
            "Her office put out a statement saying",
            "Ada Reyes's office",
        ),
    ] {
        let got = speakers(&format!(
            "Premier Ada Reyes says her government will hold a referendum.\n\n\
             {lead} the question would be drafted “in consultation with all of the people.”"
        ));
        assert_eq!(got[0].1.as_deref(), Some(who), "{lead}: {got:?}");
    }
}

/// "Dr X, the trust's medical director, defended the plan." as a
/// paragraph of its own, then a paragraph that is all quote: hers. Not
/// when the quoted words go on into a sentence of the writer's.
#[test]
fn a_one_sentence_paragraph_leads_into_a_quote_paragraph() {
    let got = speakers(
        "Residents confronted their MP, Sir Geoffrey Plaistow, at the meeting. “I fought for \
         this unit then,” he said.\n\n\
         Dr Anjali Ramaswamy-Brooke, the trust's medical director, defended the plan.\n\n\
         “Births at Wexcombe have fallen by a third in ten years. We cannot safely staff the \
         unit.”",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Anjali Ramaswamy-Brooke"),
        "{got:?}"
    );
    let got = speakers(
        "Dr Anjali Ramaswamy-Brooke, the trust's medical director, defended the plan.\n\n\
         “Births at Wexcombe have fallen by a third” is the line the trust repeats in every \
         leaflet it prints.",
    );
    assert_eq!(got[0].1, None, "{got:?}");
}

/// "Her own deputies are restless. One of them, speaking on condition of
/// anonymity, put it bluntly: “...”": one of the deputies.
#[test]
fn one_of_them_put_it_bluntly() {
    let got = speakers(
        "Her own deputies are restless. One of them, speaking on condition of anonymity, put \
         it bluntly: “If this reform goes through as written, we will be wiped out.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("one of the deputies"), "{got:?}");
}

/// "The Housing Secretary told the Commons" after "the shadow housing
/// secretary X": the modifier stands before the phrase's own words.
#[test]
fn the_shadow_modifier_may_stand_before_the_offices_words() {
    let got = speakers(
        "The shadow housing secretary Philippa Rhys-Okafor said the review was a delay.\n\n\
         The Housing Secretary told the Commons: “No family should be priced out of the street \
         they grew up on.”\n\n\
         The leader's own councillors are uneasy. One of them, who asked not to be named, was \
         blunt: “If the review is a stall, we will vote against the budget.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("Housing Secretary"), Some("one of the councillors")],
        "{got:?}"
    );
}

/// A Q&A whose answers carry an "A:" label: each answer is the
/// interviewee's.
#[test]
fn answers_labelled_a_are_the_interviewees() {
    let got = speakers(
        "Assembly Speaker Gloria Mbatha-Venter was elected last month. We asked her about her \
         plans.\n\n\
         Q: Will you use your casting vote on the budget?\n\n\
         A: “Only if I have to, and only to keep the debate going.”\n\n\
         Q: Will you help your own party?\n\n\
         A. “Nobody has asked me for a favour, and nobody will get one.”",
    );
    let who: Vec<Option<&str>> = got.iter().map(|(_, s)| s.as_deref()).collect();
    assert_eq!(
        who,
        vec![Some("Gloria Mbatha-Venter"), Some("Gloria Mbatha-Venter")],
        "{got:?}"
    );
}

/// "The board censured him over posts that a colleague called “...”": the
/// noun phrase that opens the clause of the labelling verb.
#[test]
fn posts_that_a_colleague_called() {
    let got = speakers(
        "The board censured him over posts that a colleague called “cruel and beneath this \
         office.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("colleague"), "{got:?}");
}
