//! Found from stories written for the 45th stop, most of them from abroad:
//! surnames with particles that open a sentence ("De la Garza"), a
//! nickname in quote marks inside a name, a nationality before a speaker's
//! noun, a second verb after "conceded defeat".

use super::tests::speakers;
use super::{Kind, detect};

/// "Their spokesman, Efraín de la Garza, said ... “...,” De la Garza
/// said": the capital a particle takes at a sentence's start makes no new
/// person.
#[test]
fn a_particle_with_a_capital_is_the_same_surname() {
    for (full, short) in [
        ("Efraín de la Garza", "De la Garza"),
        ("Geertje van den Bosch", "Van den Bosch"),
        ("Hendrik de Wit", "De Wit"),
        ("Jan-Willem ter Horst", "Ter Horst"),
    ] {
        let got = speakers(&format!(
            "Their spokesman, {full}, said the blockade would go on.\n\n\
             “They signed it in the capital and told us about it on television,” {short} said."
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some(full), "{short}");
    }
}

/// "The House speaker, Bradley “Brad” Whitcomb, ...": the name is
/// "Bradley Whitcomb", and "Whitcomb told reporters" is he.
#[test]
fn a_nickname_in_quote_marks_stays_inside_the_name() {
    for nick in ["“Brad”", "\"Brad\""] {
        let got = speakers(&format!(
            "The House speaker, Bradley {nick} Whitcomb, has said he will hold a vote.\n\n\
             Asked whether he had the votes, Whitcomb told reporters: “We are still counting them.”"
        ));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some("Bradley Whitcomb"),
            "{nick}: {got:?}"
        );
    }
    // A quoted word between two names that is no nickname: a title.
    let got = speakers(
        "Mayor Ines Calloway called the plan “Fiasco” Tuesday. “We will not sign anything this week,” Calloway said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Ines Calloway")
    );
}

/// "said one European diplomat": the diplomat, not "European".
#[test]
fn a_nationality_before_a_speaker_noun_is_no_name() {
    for (tag, who) in [
        ("said one European diplomat", "one European diplomat"),
        ("said a senior Israeli official", "senior Israeli official"),
        (
            "said one Western official, who asked not to be named",
            "one Western official",
        ),
    ] {
        let got = speakers(&format!(
            "Talks went on late.\n\n“We have heard this before and we will hear it again,” {tag}."
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some(who), "{tag}");
    }
    // A name after the noun is the speaker still.
    let got = speakers(
        "“We have heard this before and we will hear it again,” said EU spokesman Piet Vanderlinden.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Piet Vanderlinden"));
}

/// "Huang conceded defeat and pledged to support the new leadership":
/// nothing reported ("pledged" is her second verb, not the clause's).
#[test]
fn conceded_defeat_and_a_second_verb_reports_nothing() {
    let q = detect(
        "The legislator Huang Mei-ling conceded defeat and pledged to support the new leadership.",
    );
    assert!(q.iter().all(|q| q.kind != Kind::Indirect), "{q:?}");
    let q =
        detect("The legislator Huang Mei-ling conceded the count was fair and pledged support.");
    assert_eq!(
        q.iter().filter(|q| q.kind == Kind::Indirect).count(),
        1,
        "{q:?}"
    );
}

/// "Rep. Jerome Whitaker III (R-Ga.) ... Whitaker said": one person, the
/// generation kept in the name.
#[test]
fn a_generation_after_the_surname_is_part_of_the_name() {
    let got = speakers(
        "Rep. Jerome Whitaker III (R-Ga.), the bill's sponsor, called it “the most important border vote in a decade.”\n\n\
         “We listened to the agents on the ground,” Whitaker said in an interview.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    for (_, s) in &got {
        assert_eq!(s.as_deref(), Some("Jerome Whitaker III"));
    }
}

/// "The state Chamber of Commerce said ...": the chamber, not "Commerce".
#[test]
fn a_word_of_scope_before_an_institution() {
    for scope in ["state", "county", "national"] {
        let q = detect(&format!(
            "The {scope} Chamber of Commerce said the increase was too fast for small firms."
        ));
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0].speaker.as_deref(),
            Some("Chamber of Commerce"),
            "{scope}"
        );
    }
}

/// "... Gwilym Tudor said. According to his family, Prosser spent his last
/// weeks reading. His daughter, Eluned, said": Prosser's daughter, the man
/// the paragraph names, not the last full name.
#[test]
fn his_relative_is_of_the_man_the_paragraph_names() {
    let got = speakers(
        "Tributes poured in for Aneurin Prosser, the former leader.\n\n\
         “We disagreed about almost everything except the things that mattered,” Gwilym Tudor said.\n\n\
         According to his family, Prosser spent his last weeks reading history. His daughter, \
         Eluned, said: “He wanted to know how the story ended, even the parts he missed.”",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Eluned Prosser")
    );
}

/// "His old rival, the former first minister Gwilym Tudor, remembered a
/// man who “...”": the subject named after a described one.
#[test]
fn a_described_subject_named_after_the_and_a_description() {
    let got = speakers(
        "Tributes poured in for Aneurin Prosser.\n\n\
         His old rival, the former first minister Gwilym Tudor, remembered a man who \
         “would fight you all day and buy you a drink at night.”",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1.as_deref(), Some("Gwilym Tudor"));
}

/// "His wife of fifty years, Margaret, sat beside him. “...,” she said":
/// Margaret Vickery.
#[test]
fn a_relative_of_so_many_years_shares_the_surname() {
    let got = speakers(
        "At 81, Sen. Harold Vickery says he has no plans to retire.\n\n\
         His wife of fifty years, Margaret, sat beside him during the interview. \
         “He'll retire when they carry him out of the chamber,” she said, laughing.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Margaret Vickery")
    );
}

/// "said the president of the national farmers' confederation, João Pedro
/// Lacerda": the name after the described speaker, past a plural's
/// possessive mark (not the country's president named before).
#[test]
fn a_described_speaker_with_a_plural_possessive_then_the_name() {
    for (tag, who) in [
        (
            "said the president of the national farmers' confederation, João Pedro Lacerda",
            "João Pedro Lacerda",
        ),
        (
            "said the head of the growers’ union, Maria Clara Vieira",
            "Maria Clara Vieira",
        ),
    ] {
        let got = speakers(&format!(
            "Brazilian President Luiz Henrique Barbosa spoke first.\n\n\
             “Farmers are being blamed for crimes they did not commit,” {tag}."
        ));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some(who),
            "{tag}"
        );
    }
}

/// "In a letter to the Prime Minister, Ms Ellery said she had done nothing
/// wrong": an opening phrase of up to nine words before the subject.
#[test]
fn a_long_opening_phrase_before_a_reported_clause() {
    for opening in [
        "In a letter to the Prime Minister,",
        "In his resignation letter to the prime minister,",
        "In a floor speech before the vote,",
    ] {
        let q = detect(&format!(
            "Jane Ellery resigned on Friday.\n\n{opening} Ellery said she had done nothing wrong but could not continue."
        ));
        let ind: Vec<_> = q.iter().filter(|q| q.kind == Kind::Indirect).collect();
        assert_eq!(ind.len(), 1, "{opening}: {q:?}");
        assert!(
            ind[0].text.starts_with("she had done nothing wrong"),
            "{opening}: {q:?}"
        );
        assert_eq!(ind[0].speaker.as_deref(), Some("Jane Ellery"));
    }
}

/// "said supporters' club secretary Iwan Bevan": the name after a
/// descriptor that holds a plural's possessive mark.
#[test]
fn a_descriptor_with_a_plural_possessive_before_the_name() {
    for mark in ["'", "’"] {
        let got = speakers(&format!(
            "Fans were delighted.\n\n“We have waited forty years for a new ground,” said supporters{mark} club secretary Iwan Bevan."
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Iwan Bevan"), "{mark}");
    }
}

/// "Agriculture Minister Shri Mahendra Pratap Singh Rathore defended the
/// bill. “...,” he told the House.": the whole name, past two titles.
/// "Indonesian President Suryanto": a single name after an office, without
/// the country's word.
#[test]
fn long_titled_names_and_single_names_after_an_office() {
    let got = speakers(
        "The bill passed.\n\nAgriculture Minister Shri Mahendra Pratap Singh Rathore defended the bill. \
         “For the first time, farmers will get a guaranteed price,” he told the House.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Mahendra Pratap Singh Rathore"));
    let got = speakers(
        "Indonesian President Suryanto named a new cabinet on Sunday.\n\n\
         “This is a cabinet for work, not for politics,” Suryanto told reporters.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Suryanto"));
    let q = detect(
        "Finance Minister Sri Wahyuningsih, who has held the post for six years, said she was happy to continue in the role.",
    );
    assert_eq!(q[0].speaker.as_deref(), Some("Wahyuningsih"));
}

/// "His spokesman says that is because Pryor is busy": "that" is the
/// reported clause's subject, kept in it.
#[test]
fn that_as_the_subject_of_the_reported_clause() {
    let q =
        detect("His spokesman, Evan Kessler, says that is because Pryor is busy in Washington.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].text, "that is because Pryor is busy in Washington");
    let q = detect("His spokesman, Evan Kessler, says that Pryor is busy in Washington.");
    assert_eq!(q[0].text, "Pryor is busy in Washington");
}

/// "“You've been offered a deal, haven't you?” Stroud asked. / “I have,”
/// she said. “But I'm telling the truth.”": the tag of the short answer
/// names the witness, not the asker.
#[test]
fn the_tag_of_a_short_answer_is_not_the_askers() {
    let got = speakers(
        "Trial hears from former aide\n\n\
         Rebecca Tolliver, who worked in the governor's office for four years, testified on Wednesday about the contract.\n\n\
         “You have been offered a deal, have you not?” Stroud asked.\n\n\
         “I have,” she said. “But I am telling the truth.”",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("Rebecca Tolliver"));
}

/// "Ms Ellery-Banks said ... “...,” she wrote." then "Her husband, Marcus
/// Ellery-Banks, ... Mr Ellery-Banks said": two people of one surname, told
/// apart by the honorific.
#[test]
fn a_wife_and_husband_of_one_surname() {
    let q = detect(
        "A minister resigned on Friday night.\n\n\
         In a letter to the Prime Minister, Ms Ellery-Banks said she had done nothing wrong.\n\n\
         “I have always acted in good faith,” she wrote.\n\n\
         Her husband, Marcus Ellery-Banks, is a director of the firm. Mr Ellery-Banks said in a \
         statement that his wife had never discussed the contracts with him.",
    );
    let by = |start: &str| {
        q.iter()
            .find(|q| q.text.starts_with(start))
            .and_then(|q| q.speaker.as_deref())
    };
    assert_eq!(by("she had done nothing"), Some("Ms Ellery-Banks"), "{q:?}");
    assert_eq!(by("I have always acted"), Some("Ms Ellery-Banks"), "{q:?}");
    assert_eq!(
        by("his wife had never"),
        Some("Marcus Ellery-Banks"),
        "{q:?}"
    );
}

/// "“...” — Senate Majority Leader Thomas Keller Jr.": a signature with an
/// office in capitals and a generation; "Thomas Keller" later is the same
/// man.
#[test]
fn a_dash_signature_with_an_office_and_a_generation() {
    let got = speakers(
        "Reaction poured in.\n\n\
         “Judge Whitmore is one of the finest legal minds of her generation.” — Senate Majority Leader Thomas Keller Jr.\n\n\
         “Judge Whitmore will serve this country with distinction.” — Majority Leader Thomas Keller",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    for (_, s) in &got {
        assert_eq!(s.as_deref(), Some("Thomas Keller Jr"));
    }
}

/// "But an ally of Raghavan said: “...”": the ally, not Raghavan.
#[test]
fn an_ally_of_a_named_person_is_someone_else() {
    let got = speakers(
        "The business secretary, Anand Raghavan, declined to comment. But an ally of Raghavan said: \
         “He has made his views clear to everyone in the room.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("ally of Raghavan"));
    // ("an ally of Raghavan's said": the possessive does not make "said" a
    // noun.)
    let got = speakers(
        "The business secretary, Anand Raghavan, declined to comment. But an ally of Raghavan's said: \
         “He has made his views clear to everyone in the room.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("ally of Raghavan's"));
}

/// "The firm announced a new North American integrated alarm system with
/// a partner": an object, not a clause ("integrated" describes the
/// system); "announced a deal had been reached" and "recalled a man who
/// never stopped working" report.
#[test]
fn an_ed_word_inside_an_indefinite_object_is_no_verb() {
    let q = detect(
        "The firm announced a new North American integrated alarm system with a hospital partner.",
    );
    assert!(q.is_empty(), "{q:?}");
    for s in [
        "The ministry announced a deal had been reached with the unions overnight.",
        "His daughter, Beatriz, recalled a man who never stopped working for the town.",
    ] {
        assert_eq!(detect(s).len(), 1, "{s}");
    }
}

/// "CLAUSE, the Inner Mongolia health commission said": the commission,
/// not the place; "CLAUSE, when, in fact, he responded quickly.": nothing
/// reported (the verb is in a clause of time).
#[test]
fn reversed_clauses_read_the_speaker_from_its_noun() {
    let q = detect(
        "A man was diagnosed with plague in the region.\n\n\
         As yet, there is no evidence linking the third case to the earlier two, \
         the Inner Mongolia health commission said, according to local media.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].speaker.as_deref(),
        Some("Inner Mongolia health commission")
    );
    let q = detect(
        "The party posted an edited interview with Ada Reyes-Holm. The video had been altered to \
         show Reyes-Holm failing to answer a question, when, in fact, she responded quickly.",
    );
    assert!(q.is_empty(), "{q:?}");
}

/// "When his editors asked him to explain, he would respond (he'd reply),
/// “...”": his words, not those of the woman quoted before.
#[test]
fn a_habitual_reply_after_would() {
    for tag in ["he would respond,", "he'd respond,", "he’d reply:"] {
        let got = speakers(&format!(
            "The writer Martin Ford-Hale worked alone. “It makes the books dense in a powerful way,” \
             Ines Walton said. When his editors asked him to explain himself, {tag} “I have a horror of being obvious.”"
        ));
        assert_eq!(got.len(), 2, "{tag}: {got:?}");
        assert_eq!(got[1].1.as_deref(), Some("Martin Ford-Hale"), "{tag}");
    }
}

/// "Raghunath's remarks came a day after the opposition spokesman, Gareth
/// Llwyd-Price, said the government had “...”": "remarks" after a name's
/// possessive is a noun; the quote is the spokesman's.
#[test]
fn a_speech_noun_after_a_possessive_is_no_cue() {
    let got = speakers(
        "The minister spoke on Tuesday.\n\n\
         Raghunath's remarks came a day after the opposition housing spokesman, Gareth \
         Llwyd-Price, said the government had “given up on first-time buyers.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("Gareth Llwyd-Price"));
    // "she's said" is "she has said".
    let q =
        detect("Maria Lund-Oyelaran has been clear. She's said she will run again in the spring.");
    assert_eq!(q.len(), 1, "{q:?}");
}

/// "Premier X defended the deal, as health unions threatened action over
/// what they called “...”": "they" is the group in the same sentence, not
/// the premier.
#[test]
fn they_is_a_group_earlier_in_the_sentence() {
    let got = speakers(
        "Premier Alastair McGillivray defended a hospital deal, as health unions threatened \
         strike action over what they called “privatisation by the back door.”",
    );
    assert_eq!(got[0].1.as_deref(), Some("health unions"));
    // ("told reporters they": a listener is no group that speaks.)
    let q = detect(
        "Premier Alastair McGillivray told reporters they would see “three new hospitals built by 2030.”",
    );
    assert_eq!(
        q[0].speaker.as_deref(),
        Some("Alastair McGillivray"),
        "{q:?}"
    );
}
