//! Found from stories written for the 61st stop (a leaked recording, a
//! video of an arrest, a refinery walkout, a climate summit).

use super::tests::assert_speakers;

/// "In the video, one officer can be heard shouting: “...”. The boy ...
/// can be heard replying: “...”": the one shouting and the one replying,
/// by the -ing form of their verbs after "can be heard".
#[test]
fn those_heard_shouting_or_replying_in_a_video_speak() {
    assert_speakers(
        "Police chief apologises after video of arrest\n\n\
         The chief apologised on Friday after a video showed officers pinning a 15-year-old \
         boy to the pavement.\n\n\
         In the video, one officer can be heard shouting: \"Stop resisting or you will make \
         it worse for yourself!\" The boy, who is not resisting, can be heard replying: \"I am \
         not doing anything, I am not doing anything.\"",
        &[("Stop resisting", "one officer"), ("I am not doing", "boy")],
    );
    // A girl's words, said plainly.
    assert_speakers(
        "Pupils march on the town hall\n\n\
         Hundreds of pupils marched on Friday. \"We will be back every week until they \
         listen,\" one girl said.",
        &[("We will be back", "one girl")],
    );
}

/// "The refinery's owner, Halvorsen Kestrel, said ... “...,” the company
/// said": the business set off by commas after "owner", whatever the
/// paragraphs before hold.
#[test]
fn the_company_is_the_business_named_in_an_apposition_before() {
    let story = "Refinery workers walk out over safety\n\n\
         About 600 workers at the Kestrel Point refinery walked off the job on Monday.\n\n\
         The refinery's owner, Halvorsen Kestrel, said the plant was safe. \"Safety is our \
         first priority and the refinery operates within every limit,\" the company said.";
    assert_speakers(story, &[("Safety is our", "Halvorsen Kestrel")]);
    // A person in the apposition is no business: "the company" stays.
    let person = "Refinery workers walk out over safety\n\n\
         About 600 workers at the Kestrel Point refinery walked off the job on Monday.\n\n\
         Its chief executive, Fergus Aldington, said the plant was safe. \"Safety is our \
         first priority and the refinery operates within every limit,\" the company said.";
    assert_speakers(person, &[("Safety is our", "company")]);
    // A landlord's name that ends like a builder's, anywhere before.
    assert_speakers(
        "Tower block emptied\n\n\
         Engineers found the panels were unsafe. The building is managed by Meridian Homes \
         on behalf of the council.\n\n\
         \"We were given paperwork that said the panels were compliant,\" the company said.",
        &[("We were given", "Meridian Homes")],
    );
}

/// "A senior negotiator from one of the large coal-producing nations,
/// speaking on condition of anonymity, said ... “...,” he said": the
/// unnamed negotiator, however long the account of where he is from, and
/// not the summit's president named before.
#[test]
fn an_unnamed_speaker_with_a_long_account_of_where_from_speaks() {
    assert_speakers(
        "Climate summit ends with weaker deal\n\n\
         The summit's president, Eamon Delacroix-Nwosu, brought down the gavel at dawn. \"It is \
         not everything. It is not nothing,\" Delacroix-Nwosu told the delegates.\n\n\
         A senior negotiator from one of the large coal-producing nations, speaking on \
         condition of anonymity, said the demand had never been realistic. \"You cannot shut \
         four hundred power stations by decree,\" he said.",
        &[
            ("It is not everything", "Eamon Delacroix-Nwosu"),
            (
                "You cannot shut",
                "senior negotiator from one of the large coal-producing nations",
            ),
        ],
    );
}

/// "..., Howitt says. Just because scientists became aware of “taste”
/// receptors first, “that doesn't mean ...”": a quote that finishes a
/// sentence with no speaker of its own goes on with the tag before it;
/// not past a name in its own sentence.
#[test]
fn a_quote_finishing_an_untagged_sentence_goes_on_with_the_tag_before() {
    assert_speakers(
        "Tuft cells\n\n\
         It is not clear which function came first, or whether they evolved together, Maren \
         Howitt says. Just because scientists became aware of “taste” receptors on the \
         tongue first, “that doesn't mean that's the order in which it evolved.”",
        &[("that doesn't mean", "Maren Howitt")],
    );
    let got = super::tests::speakers(
        "Tuft cells\n\n\
         It is not clear which function came first, Maren Howitt says. When Dr. Ilse Brandt \
         finished her thesis, “nobody had looked at the gut at all for these cells.”",
    );
    assert_ne!(
        super::tests::speaker_of(&got, "nobody had looked").as_deref(),
        Some("Maren Howitt"),
        "{got:?}"
    );
}

/// "President X claimed victory as the House concluded its third hearing":
/// what was claimed, then a clause of time with a verb of its own; no
/// reported speech. "X claimed the bridge would open by spring" still is.
#[test]
fn a_claim_of_victory_as_something_happened_reports_no_speech() {
    let got = super::tests_political::indirect(
        "Impeachment hearings\n\n\
         President Arlo Fenwick claimed victory as the House concluded its third public \
         hearing of the week.\n\n\
         Senator Ada Kell claimed the bridge would open by spring next year at the latest.",
    );
    assert_eq!(
        got,
        vec![(
            "the bridge would open by spring next year at the latest".to_string(),
            Some("Ada Kell".to_string())
        )]
    );
}

/// "A voice identified as Marchbanks' can be heard saying: “...”", "A man
/// identified as Ivo Brandt told the court:": the one named.
#[test]
fn a_voice_identified_as_someone_is_theirs() {
    assert_speakers(
        "Party chairman quits after leaked recording\n\n\
         The chairman of the Unity Party, Gideon Marchbanks, resigned on Thursday.\n\n\
         In the recording, a voice identified as Marchbanks' can be heard saying: \"You look \
         after us at the election, we look after you after it.\"\n\n\
         A man identified as Ivo Brandt told the court: \"I never saw the money and I never \
         asked for it.\"",
        &[
            ("You look after us", "Gideon Marchbanks"),
            ("I never saw the money", "Ivo Brandt"),
        ],
    );
}

/// "Former royal PR aides called it not a car crash, but “...”" (a
/// benchmark page), "Former royal aides said:": a plural noun for people
/// after words that open the sentence, with no determiner, is the speaker
/// (not "Former", nor no one); past "not ..., but" to the label.
#[test]
fn aides_named_by_words_before_them_speak() {
    assert_speakers(
        "Royal interview\n\n\
         Former royal PR aides called it not a car crash, but “an articulated lorry crash of \
         an interview”.\n\n\
         Former royal aides said: “It was the worst hour of television in years.”\n\n\
         Senior Democratic aides said: “Nobody on the committee was told in advance.”",
        &[
            ("an articulated lorry crash", "Former royal PR aides"),
            ("It was the worst hour", "Former royal aides"),
            ("Nobody on the committee", "Senior Democratic aides"),
        ],
    );
    // A sentence that opens with a preposition has no such subject.
    let got = super::tests_political::indirect(
        "Election ads\n\n\
         Despite parliamentary reports urging new rules to regulate the way digital ads are \
         targeted at voters, officials have made no changes to the law.",
    );
    assert!(
        got.iter()
            .all(|(_, who)| who.as_deref() != Some("Despite parliamentary reports")),
        "{got:?}"
    );
}
