//! Found from stories written for the 66th stop (a campaign's ad, a town
//! hall, a foreign minister's counterpart, wire habits).

use super::tests::assert_speakers;

/// "“...,” as Rosalind X, the current holder, put it.": after the quote,
/// "as" and whoever put it so.
#[test]
fn as_someone_put_it_after_the_quote() {
    assert_speakers(
        "Voters in the district have elected the same family for sixty years. \
         \"People here know the name,\" as Rosalind Etherington, the current holder, put \
         it last week. \"That is an advantage, and it is also a burden.\"\n\n\
         \"Nobody here wants to hear about the budget,\" as one canvasser put it.",
        &[
            ("People here know", "Rosalind Etherington"),
            ("That is an advantage", "Rosalind Etherington"),
            ("Nobody here wants", "one canvasser"),
        ],
    );
}

/// "The governor: “...”" with no governor named is the governor, not the
/// leader of the opposition named after it, whichever side of the name
/// that office is given.
#[test]
fn an_office_is_not_a_later_name_given_another_office() {
    for later in [
        "The leader of the opposition, Rasmus Kellermann, disagreed.",
        "Rasmus Kellermann, the opposition leader, disagreed.",
    ] {
        assert_speakers(
            &format!(
                "Reaction to the ruling was swift.\n\n\
                 \"Today the court confirmed what we have said all along,\" the governor \
                 said.\n\n{later} \"This is a sad day for the rule of law,\" he said."
            ),
            &[
                ("Today the court", "governor"),
                ("This is a sad day", "Rasmus Kellermann"),
            ],
        );
    }
    // Named with the same office, the name still stands for it.
    assert_speakers(
        "\"Today the court confirmed what we have said all along,\" the governor said.\n\n\
         The state's governor, Rasmus Kellermann, spoke outside the court.",
        &[("Today the court", "Rasmus Kellermann")],
    );
}

/// "The campaign of state Sen. Odalys X released an ad ... “...,” she
/// says.": no one named may be "she" by what the article tells, so the
/// person named last whose gender it does not tell.
#[test]
fn a_pronoun_takes_a_person_of_unknown_gender_when_no_one_else_fits() {
    assert_speakers(
        "The campaign of state Sen. Odalys Fairweather released a television ad on Sunday \
         attacking her Republican opponent over his votes on school funding.\n\n\
         The spot shows empty classrooms as a narrator reads from his voting record. It ends \
         with Fairweather looking into the camera. \"Our kids deserve better than a \
         politician who votes against them,\" she says.",
        &[("Our kids deserve", "Odalys Fairweather")],
    );
}

/// "At a town hall on Saturday, a woman stood up and asked ...", then a
/// paragraph that opens with her question: the woman, past "a town hall",
/// and from the paragraph before.
#[test]
fn a_described_asker_in_the_paragraph_before() {
    let lede = "At a town hall on Saturday, a woman stood up and asked the congressman \
                about drug prices.";
    for sep in [" ", "\n\n"] {
        assert_speakers(
            &format!(
                "{lede}{sep}\"Why does my insulin cost $300 a month when it costs $30 across \
                 the border?\" she asked."
            ),
            &[("Why does my insulin", "woman")],
        );
    }
    // Described after a woman named before her, she is still the one.
    assert_speakers(
        &format!(
            "Gov. Ada Ruiz-Calloway spoke first, about the state budget. \"We balanced it \
             without a single new tax,\" she said.\n\n{lede}\n\n\"Why does my insulin cost \
             $300 a month when it costs $30 across the border?\" she asked."
        ),
        &[
            ("We balanced it", "Ada Ruiz-Calloway"),
            ("Why does my insulin", "woman"),
        ],
    );
}

/// "Residents of the Marlow Court tower block said ..." then "“...,” they
/// said": the residents, not the name of their block.
#[test]
fn they_are_a_group_named_with_its_place() {
    assert_speakers(
        "Residents of the Marlow Court tower block complained on Monday about the fire \
         doors.\n\n\"We wrote to the council, we wrote to the landlord, we wrote to our MP,\" \
         they said in a letter.",
        &[(
            "We wrote to the council",
            "Residents of the Marlow Court tower block",
        )],
    );
}

/// "“...,” said on Monday the region's governor, X": the speaker after a
/// phrase of time, or a bare weekday.
#[test]
fn an_inverted_verb_then_a_time_then_the_speaker() {
    for when in ["on Monday", "Monday", "last week"] {
        assert_speakers(
            &format!(
                "\"We are going to rebuild every one of those homes,\" said {when} the \
                 region's governor, Teodora Lindqvist-Amadi."
            ),
            &[("We are going to rebuild", "Teodora Lindqvist-Amadi")],
        );
    }
}

/// "Her counterpart, Jomo X, struck a similar tone. “...,” the minister
/// said.": a counterpart holds the same office, so is "the minister".
#[test]
fn a_counterpart_holds_the_same_office() {
    assert_speakers(
        "The foreign minister of Velmora arrived on Sunday for talks on the water \
         treaty.\n\n\"We did not come to sign anything,\" Adunni Castellanos told \
         reporters at the airport.\n\nHer counterpart, Jomo Wekesa-Brandt, struck a similar \
         tone. \"The door is open,\" the minister said at a joint appearance later in the \
         day.",
        &[
            ("We did not come", "Adunni Castellanos"),
            ("The door is open", "Jomo Wekesa-Brandt"),
        ],
    );
}

/// "“...” -- that was how X described it": a dash typed as two hyphens;
/// "“...” That was X, ..., speaking at ...": a sentence pointing back.
#[test]
fn a_back_reference_after_two_hyphens_or_a_sentence() {
    assert_speakers(
        "\"This is a victory for every tenant in the city\" -- that was how Marisol \
         Achterberg, the tenants' union organiser, described the ruling.\n\n\
         \"There's a lot of anger out there, and a lot of it is justified.\" That was \
         Benedikt Oyama, the council's longest-serving member, speaking at Monday's \
         meeting.",
        &[
            ("This is a victory", "Marisol Achterberg"),
            ("There's a lot of anger", "Benedikt Oyama"),
        ],
    );
    // Not a place and a year.
    let got = super::tests::speakers(
        "\"There's a lot of anger out there, and a lot of it is justified.\" That was \
         Britain in 1990, when the riots broke out.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
}

/// A paragraph about a person in two sentences, the second opening with
/// their pronoun, then a paragraph that is a quote with no tag.
#[test]
fn an_untagged_quote_after_two_sentences_about_a_person() {
    let story = |pronoun: &str| {
        format!(
            "Gwendolyn Achterberg-Mensah, 58, has run the corner shop on Elm Row for 25 \
             years. {pronoun} remembers when the street had three banks.\n\n\
             \"Now there's none. If you want cash, you come to me.\""
        )
    };
    assert_speakers(
        &story("She"),
        &[("Now there's none", "Gwendolyn Achterberg-Mensah")],
    );
    let got = super::tests::speakers(&story("He"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, None, "{got:?}");
}

/// "the Justice Department said": "Justice" before a body's word is part
/// of its name, not a judge's title before a person's.
#[test]
fn a_title_before_a_bodys_word_names_the_body() {
    for (tag, who) in [
        ("the Justice Department said", "Justice Department"),
        (
            "a spokesperson for the Justice Ministry said",
            "spokesperson for the Justice Ministry",
        ),
        (
            "Leader of the Opposition Dr. Kavita Narayana said",
            "Kavita Narayana",
        ),
    ] {
        assert_speakers(
            &format!("\"We do not comment on ongoing investigations,\" {tag}."),
            &[("We do not comment", who)],
        );
    }
}

/// "Mireia Puigvert i Casals": a Catalan surname joined by "i", kept whole
/// as "e" and "y" join Portuguese and Spanish ones.
#[test]
fn a_catalan_surname_joined_by_i() {
    assert_speakers(
        "The Catalan regional president, Mireia Puigvert i Casals, called the refusal a \
         mistake. \"You cannot solve a political problem by ignoring it,\" she said.\n\n\
         \"We will keep asking, year after year,\" Puigvert i Casals said.",
        &[
            ("You cannot solve", "Mireia Puigvert i Casals"),
            ("We will keep asking", "Mireia Puigvert i Casals"),
        ],
    );
}

/// "HRH Igwe Chukwuemeka X ... “...,” the monarch said.": a traditional
/// ruler's titles, and "the monarch" who bears one.
#[test]
fn the_monarch_is_the_traditional_ruler_so_titled() {
    assert_speakers(
        "ABUJA — The Senate President, Distinguished Senator Oluwadamilare Adeyemi-Bakare, \
         has urged the executive to release funds.\n\n\
         Adeyemi-Bakare, who spoke on Thursday while receiving a delegation of traditional \
         rulers, said: \"We cannot continue to watch our people die on these roads.\"\n\n\
         Also speaking, the leader of the delegation, HRH Igwe Chukwuemeka Obiora, thanked \
         the Senate President. \"Your words today have given our people hope,\" the monarch \
         said.",
        &[
            ("We cannot continue", "Oluwadamilare Adeyemi-Bakare"),
            ("Your words today", "Chukwuemeka Obiora"),
        ],
    );
}

/// "“Who decided this?” demanded Dorian X": a demand tags a quote; "X
/// demanded that the minister appear" reports no speech.
#[test]
fn demanded_tags_a_quote_but_reports_no_clause() {
    assert_speakers(
        "\"Who decided this, and why weren't we told?\" demanded Dorian Achebe-Vance, a \
         parent at the school.",
        &[("Who decided this", "Dorian Achebe-Vance")],
    );
    let got = super::detect(
        "Councillor Beatrix Nwankwo demanded that the transport minister appear before the \
         council to explain the closures.",
    );
    assert!(
        got.iter().all(|q| q.kind != super::Kind::Indirect),
        "{got:?}"
    );
}

/// "When I asked Councillor X why he had changed his mind, he laughed.
/// “...”": the reporter's question is a clause of time; the one who
/// laughs answers, and the question is no reported speech of his.
#[test]
fn the_reporters_question_then_the_one_who_answers() {
    for sep in [" ", "\n\n"] {
        let story = format!(
            "When I asked Councillor Tobias Ferreira why he had changed his mind, he \
             laughed.{sep}\"I listened to the people who elected me. That's the job, isn't \
             it?\""
        );
        assert_speakers(&story, &[("I listened to the people", "Tobias Ferreira")]);
        let got = super::detect(&story);
        assert!(
            got.iter().all(|q| q.kind != super::Kind::Indirect),
            "{got:?}"
        );
    }
}
