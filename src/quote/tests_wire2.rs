//! Found from stories written for the 46th stop, in the style of wire and
//! broadsheet political news: a plural's possessive before a described
//! person, an Irish particle opening a sentence, an aide described after
//! an owner's possessive, ranks and a courtesy title after an office.

use super::tests::speakers;
use super::{Kind, detect};

/// "Plaintiffs' lawyer Simone Achterberg of the Fair Districts Project
/// said": the lawyer, not the project.
#[test]
fn a_plurals_possessive_may_open_a_person_of_a_body() {
    for owner in ["Plaintiffs'", "Farmers’", "The plaintiffs'"] {
        let got = speakers(&format!(
            "{owner} lawyer Simone Achterberg of the Fair Districts Project said: \
             “We have waited three election cycles to be heard.”"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Simone Achterberg"), "{owner}");
    }
}

/// "Ó Súilleabháin was not convinced. “...,” he repeated": the particle
/// that opens the sentence opens his name, so he is the subject a
/// pronoun may mean, not the man quoted before.
#[test]
fn an_irish_particle_may_open_a_sentences_subject() {
    let got = speakers(
        "Fisherman Pádraig Ó Súilleabháin, whose family has fished the bay for \
         generations, was among the first to speak.\n\n\
         “You've drawn lines on a map over our fishing grounds,” he said.\n\n\
         Energy Minister Colm Devereux said in a statement that the benefit \
         funds would be “generous and guaranteed in law”.\n\n\
         Ó Súilleabháin, however, was not convinced. “We've heard that one \
         before, many times over,” he said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Pádraig Ó Súilleabháin"),
        "{got:?}"
    );
}

/// "said the chief counsel, Naomi Feldstein" and "said Harwell's chief
/// counsel, Naomi Feldstein": the name in the apposition. A title in small
/// letters ("chief") is no people's word before a noun ("one European
/// diplomat"); without a name, the aide is the speaker, not the owner.
#[test]
fn an_aide_described_before_a_name_in_apposition() {
    for (tag, want) in [
        (
            "said the chief counsel, Naomi Feldstein.",
            "Naomi Feldstein",
        ),
        (
            "said the general counsel, Naomi Feldstein.",
            "Naomi Feldstein",
        ),
        (
            "said Okafor-Reyes's chief counsel, Naomi Feldstein.",
            "Naomi Feldstein",
        ),
        (
            "said Harwell's spokesman, Naomi Feldstein.",
            "Naomi Feldstein",
        ),
        (
            "said Harwell's chief of staff, Naomi Feldstein.",
            "Naomi Feldstein",
        ),
        ("said Harwell's chief counsel.", "Harwell's chief counsel"),
    ] {
        let got = speakers(&format!(
            "“We wrote this bill with the courts in mind,” {tag}"
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some(want), "{tag}");
    }
}

/// "the general replied" after "General Sir Rowan Ellesmere", and "the
/// minister said" after "Health Minister Dr Amara Osei": a rank is an
/// office, and a courtesy title between the office and the name hides
/// neither.
#[test]
fn a_rank_and_an_office_before_a_courtesy_title() {
    for (named, tag, want) in [
        (
            "General Sir Rowan Ellesmere",
            "the general replied",
            "Rowan Ellesmere",
        ),
        (
            "Admiral Rowan Ellesmere",
            "the admiral said",
            "Rowan Ellesmere",
        ),
        (
            "Colonel Rowan Ellesmere",
            "the colonel said",
            "Rowan Ellesmere",
        ),
        (
            "Health Minister Dr Amara Osei",
            "the minister said",
            "Amara Osei",
        ),
    ] {
        let got = speakers(&format!(
            "Giving evidence to the committee, {named} said recruitment had \
             fallen for five years running.\n\n\
             The committee's chairman, Julian Brathwaite, asked whether the \
             targets could be met.\n\n\
             “Today, yes. In three years I would not want to promise that,” {tag}."
        ));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some(want),
            "{named}: {got:?}"
        );
    }
}

/// "One senior nurse, who asked not to be named, said morale was low." then
/// a paragraph that opens with "“...,” she said": the nurse, not the woman
/// named before her. A care worker's noun names an unnamed speaker.
#[test]
fn she_after_an_unnamed_speaker_in_the_paragraph_before() {
    for noun in ["senior nurse", "midwife", "senior official"] {
        let got = speakers(&format!(
            "Fiona MacAllister said the resignation changed nothing.\n\n\
             One {noun}, who asked not to be named for fear of disciplinary \
             action, said morale on the wards was the lowest she had seen.\n\n\
             “People are crying in the toilets between shifts,” she said."
        ));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some(format!("One {noun}").as_str()),
            "{got:?}"
        );
    }
}

/// "X said February was likely, while his counterpart at ANZ, Sophie
/// Nakamura, said the bank would “...”": the clause the quote stands in
/// names its speaker; the words after it ("Mirela added that ..., and the
/// letter Tobin wrote was") keep their first tag.
#[test]
fn a_later_clause_with_its_own_speaker_tags_the_quote() {
    for who in [
        "Sophie Nakamura",
        "his counterpart at ANZ, Sophie Nakamura,",
        "the chief economist at ANZ, Sophie Nakamura,",
    ] {
        let got = speakers(&format!(
            "Economists were divided. Bill Harcourt-Lim said February was \
             likely, while {who} said the bank would “want to see the wage \
             numbers first”."
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Sophie Nakamura"), "{who}");
    }
    let got = speakers(
        "Mirela Frayne and her brother Dorian Ashcombe answered by email.\n\n\
         “I once visited him with our parents at his apartment,” Dorian wrote. \
         “We went to an old downtown steakhouse with our father that night.” \
         Mirela added that he and Tobin had corresponded, and the letter Tobin \
         wrote was kind.",
    );
    assert_eq!(got[1].1.as_deref(), Some("Mirela Frayne"), "{got:?}");
}

/// "Senate President pro Tem Yolanda Brightwater": "Tem" is part of the
/// office, not of her name.
#[test]
fn pro_tem_is_part_of_the_office() {
    let got = speakers(
        "Senate President pro Tem Yolanda Brightwater, who negotiated the \
         money, was confident.\n\n\
         “I wouldn't have shaken hands on it if I didn't,” Brightwater said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Yolanda Brightwater"),
        "{got:?}"
    );
}

/// "The president of the National Farmers' Union, Thomas X, gave a
/// speech. He told delegates: “...”": the name in the apposition is the
/// sentence's subject, though the description holds a plural's possessive
/// and eight words; not a man named bare at the story's end.
#[test]
fn an_apposition_after_a_long_description_with_a_possessive() {
    let got = speakers(
        "The president of the National Farmers' Union, Thomas Abernethy-Wallace, \
         gave a fiery speech to the conference on Tuesday.\n\n\
         He told delegates:\n\n\
         “For forty years, every government has said it loves farmers.\n\n\
         “I'm not asking for special treatment. I'm asking for the same rules.”\n\n\
         Delegates were unconvinced. “She said the same last year,” said Gwyn \
         Rhys-Probert, a sheep farmer from Powys.",
    );
    assert_eq!(
        got.first().and_then(|(_, s)| s.as_deref()),
        Some("Thomas Abernethy-Wallace"),
        "{got:?}"
    );
}

/// "The Ogun State Governor, Prince Adebola X, ..." then "According to
/// him, the projects were funded “...”": "him" after "according to" is he,
/// and a title of rank says he is a man though his given name ends in "a".
#[test]
fn according_to_him_after_a_title_of_rank() {
    for (title, pronoun) in [("Prince", "him"), ("Alhaji", "him"), ("Dame", "her")] {
        let got = speakers(&format!(
            "The state governor, {title} Adebola Olaniyan-Coker, flagged off three \
             roads on Tuesday.\n\n\
             “We are not here to make promises that we cannot keep,” \
             Olaniyan-Coker said.\n\n\
             According to {pronoun}, the projects were funded “without \
             borrowing a single kobo”."
        ));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some("Adebola Olaniyan-Coker"),
            "{title}: {got:?}"
        );
    }
}

/// "Holloway held the seat for 27 years. His widow, Margaret, spoke at the
/// launch. “...,” she said": a widow takes the family's surname as a wife
/// does.
#[test]
fn a_widow_named_by_her_given_name_takes_the_surname() {
    let got = speakers(
        "The long-serving MP Derek Holloway died in the spring.\n\n\
         Holloway held the seat for 27 years. His widow, Margaret, spoke at the \
         launch. “Derek would have liked her. She's got the same fire,” she said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Margaret Holloway"),
        "{got:?}"
    );
}

/// The reported clauses of "The former chief of staff to ex-Gov. X told
/// jurors that ..." (the aide, not the governor: a short title after a
/// hyphen keeps its dot) and of "The chamber warned that ..., while
/// environmental groups said ..." (the clause ends before the contrast).
#[test]
fn reported_clauses_of_an_aide_and_before_a_contrast() {
    let indirect = |text: &str| {
        detect(text)
            .into_iter()
            .filter(|q| q.kind == Kind::Indirect)
            .map(|q| (q.text, q.speaker.map(|s| s.to_string())))
            .collect::<Vec<_>>()
    };
    for gov in ["ex-Gov.", "Gov."] {
        let got = indirect(&format!(
            "The former chief of staff to {gov} Randall Pritchett-Hayes told jurors \
             on Tuesday that the governor personally ordered him to delete the emails."
        ));
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(
            got[0].1.as_deref(),
            Some(format!("former chief of staff to {gov} Randall Pritchett-Hayes").as_str()),
            "{gov}"
        );
    }
    let got = indirect(
        "The Chamber of Commerce warned that the congestion charge would drive \
         shoppers to suburban malls, while environmental groups said the \
         targets were too modest.",
    );
    assert_eq!(
        got.first().map(|(t, _)| t.as_str()),
        Some("the congestion charge would drive shoppers to suburban malls"),
        "{got:?}"
    );
    // The contrast's own clause is reported too, with its speaker.
    let got = indirect(
        "The Chamber of Commerce warned that the congestion charge would drive \
         shoppers to suburban malls, while the unions said that the targets were \
         far too modest.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, "the targets were far too modest");
    assert_eq!(got[1].1.as_deref(), Some("unions"));
    // (A bare plural in small letters opens that clause too.)
    let got = indirect(
        "The Chamber of Commerce warned that the congestion charge would drive \
         shoppers to suburban malls, while environmental groups said the targets \
         were far too modest.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1.as_deref(), Some("environmental groups"));
}

/// "Deputy Secretary-General Nomsa X told a rally": an office of two
/// words joined by a hyphen is no part of her name.
#[test]
fn a_hyphenated_office_is_no_part_of_the_name() {
    for office in [
        "Deputy Secretary-General",
        "Attorney-General",
        "Governor-General",
    ] {
        let got = speakers(&format!(
            "{office} Nomsa Dlamini-Mthembu told a rally in Soweto on Saturday: \
             “When you cut a grant, you are taking bread off a child's table.”"
        ));
        assert_eq!(
            got.first().and_then(|(_, s)| s.as_deref()),
            Some("Nomsa Dlamini-Mthembu"),
            "{office}"
        );
    }
}

/// "The 58-year-old Szabo shot back that ... “...,” he said": the man the
/// age describes is the sentence's subject, not the other man quoted
/// before; and "eleven consultants' reports" reports nothing (a speech
/// word after a plural's possessive mark is a noun).
#[test]
fn an_aged_subject_and_a_plurals_reports() {
    let got = speakers(
        "State Sen. Walter Brennan-Hughes and state Sen. Oliver Szabo met again.\n\n\
         “Ninety percent of the heavy vehicles on that road aren't from here,” \
         Brennan-Hughes said.\n\n\
         The 58-year-old Szabo shot back that the trucks carried goods for local \
         stores. “Who do you think pays when the truck pays? The customer,” he said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Oliver Szabo"),
        "{got:?}"
    );
    let got = detect(
        "The argument has now outlasted two governors, three transport \
         secretaries and, by one count, eleven consultants' reports.",
    );
    assert!(got.is_empty(), "{got:?}");
}

/// "Farmers Against Ruin", "Citizens For Safe Water": a campaign's name
/// keeps its capitalised small word, before a verb, after one and in an
/// apposition.
#[test]
fn a_campaigns_name_keeps_its_small_word() {
    for (text, want) in [
        (
            "“The arrest was political and cynical,” Farmers Against Ruin said.",
            "Farmers Against Ruin",
        ),
        (
            "“The arrest was political and cynical,” said a spokeswoman for Farmers Against Ruin.",
            "spokeswoman for Farmers Against Ruin",
        ),
        (
            "The mayor's campaign, Citizens For Safe Water, said in a statement: \
             “The vote was a disgrace to the city.”",
            "Citizens For Safe Water",
        ),
    ] {
        let got = speakers(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some(want), "{text}");
    }
}

/// "Mayor Lucinda Achterberg" and her husband, "Mr. Achterberg": "she"
/// may still be the mayor, whose given name says she is a woman; and "One
/// of them, a backbench MP, said:" is that MP.
#[test]
fn a_wife_after_her_husbands_honorific_and_one_of_a_group_described() {
    let got = speakers(
        "The husband of Mayor Lucinda Achterberg, Robert Achterberg, has resigned.\n\n\
         Mr. Achterberg said in a letter that he was leaving to spare the city \
         any further distraction.\n\n\
         The mayor said she had played no part in the hiring. “I didn't know he'd \
         applied until he told me he'd got it,” she said.",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("Lucinda Achterberg"),
        "{got:?}"
    );
    let got = speakers(
        "Her allies say she clashed with the chief of staff. One of them, a \
         backbench MP, said: “She was asked to threaten colleagues and refused.”",
    );
    assert_eq!(
        got.last().and_then(|(_, s)| s.as_deref()),
        Some("backbench MP"),
        "{got:?}"
    );
}

/// "Alex Chen ... Ms. Chen said ... “...,” she said": a given name both
/// men and women bear says neither, so the honorific does not make "Ms
/// Chen" another person.
#[test]
fn a_name_both_men_and_women_bear_takes_the_honorific() {
    for first in ["Alex", "Chris", "Sam"] {
        let got = speakers(&format!(
            "{first} Chen, the council treasurer, presented the budget.\n\n\
             Ms. Chen said the reserves would last two years. “We cannot keep \
             spending money we do not have,” she said."
        ));
        assert_eq!(
            got.last().and_then(|(_, s)| s.as_deref()),
            Some(format!("{first} Chen").as_str()),
            "{got:?}"
        );
    }
}
