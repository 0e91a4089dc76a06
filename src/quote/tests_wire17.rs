//! Found from stories written for the 62nd stop (a whistleblower's
//! letter, a hearing, ceasefire talks).

use super::tests::{assert_speakers, speaker_of, speakers};

/// "The contractor, Castellan Aerospace, denied it. “...,” the company
/// said. ... “...,” she wrote.": the business the company's quote named is
/// no later "she", whatever its name looks like.
#[test]
fn a_name_that_spoke_as_the_company_is_no_he_or_she() {
    let story = "\
         The contractor, Castellan Aerospace, denied any retaliation. \"Personnel decisions \
         are made on the merits,\" the company said in a statement.\n\n\
         The whistleblower, a former accounting manager, has not been named.\n\n\
         \"I was told to stop coming to the weekly finance meetings,\" she wrote.";
    let got = speakers(story);
    assert_eq!(
        speaker_of(&got, "Personnel decisions").as_deref(),
        Some("Castellan Aerospace")
    );
    // (She is the whistleblower the sentence before opens with.)
    assert_eq!(
        speaker_of(&got, "I was told").as_deref(),
        Some("whistleblower"),
        "{got:?}"
    );
    // A woman named after the company's quote is "she".
    assert_speakers(
        &format!(
            "{story}\n\nHer lawyer, Leonora Vance, said the letter was sent in May. \
             \"She warned them three times,\" Vance said. \"They did nothing about any of it,\" she added \
             after a pause in the hearing."
        ),
        &[("They did nothing", "Leonora Vance")],
    );
}

/// "Rep. X asked Lindqvist-Obi why she had waited. “...,” she answered.":
/// the person the question was put to answers, named as well as "her".
/// With "he said" the asker may go on ("pressed Strand on the buybacks.
/// “You spent ...,” he said.").
#[test]
fn an_answer_after_a_named_person_was_asked_is_theirs() {
    let story = |tag: &str| {
        format!(
            "Inspector tells panel she was told to alter report\n\n\
             Harriet Lindqvist-Obi told the panel she was ordered to cut her findings. \
             \"He had crossed out every paragraph about the leak,\" Lindqvist-Obi said.\n\n\
             Rep. Aurelia Castellanos-Webb, a Democrat, asked Lindqvist-Obi why she had \
             waited so long to come forward.\n\n\
             \"Because I have two kids and a mortgage,\" she {tag}."
        )
    };
    for tag in ["answered", "replied", "responded"] {
        assert_speakers(
            &story(tag),
            &[("Because I have two kids", "Harriet Lindqvist-Obi")],
        );
    }
    // The one who asks need not have spoken: "The moderator, Felicity X,
    // asked Ingersoll whether he regretted ... “...,” he replied." after
    // his rival's quote.
    assert_speakers(
        "Former allies clash in debate\n\n\
         Rep. Wallace Ingersoll accused his rival of taking money. \"You took their checks \
         and then you voted to kill the cap,\" he said.\n\n\
         State Sen. Preston Aldridge said the donations had nothing to do with his vote. \"I \
         voted against that bill because it would have shut down the bank,\" he said.\n\n\
         The moderator, Felicity Ambrose-Khan, asked Ingersoll whether he regretted the tone \
         of the race.\n\n\
         \"I regret that it came to this,\" he replied.",
        &[("I regret that it came", "Wallace Ingersoll")],
    );
    assert_speakers(
        "Airline chiefs questioned over meltdown\n\n\
         \"It is not acceptable,\" said Clement Strand, chief executive of Meridian Air.\n\n\
         Sen. Barnaby Quayle-Tennant pressed Strand on the company's buybacks. \"You spent \
         four billion dollars buying back your own shares,\" he said.",
        &[("You spent four billion", "Barnaby Quayle-Tennant")],
    );
}

/// "The U.S. delegation was led by Deputy Secretary of State Evander
/// Ruiz-Kellerman. Asked ..., he said: “...”": the passive's agent acts, so
/// may be "he" though his given name is not a common one.
#[test]
fn the_agent_of_a_passive_may_be_the_pronoun() {
    let story = |who: &str| {
        format!(
            "Ministers meet as talks stall\n\n\
             Zhou Minghua told reporters his government was ready. \"We call on all \
             parties to return to the table,\" Zhou said.\n\n\
             The U.S. delegation was led by {who}. Asked whether Washington would support \
             sanctions, he said: \"We are not there yet. Everything is on the table.\""
        )
    };
    for (who, full) in [
        (
            "Deputy Secretary of State Evander Ruiz-Kellerman",
            "Evander Ruiz-Kellerman",
        ),
        ("Sen. Evander Ruiz", "Evander Ruiz"),
        ("Evander Ruiz", "Evander Ruiz"),
    ] {
        assert_speakers(&story(who), &[("We are not there yet", full)]);
    }
    // A titled name only mentioned is not made one who acts: "He" is
    // still the subject before it.
    assert_speakers(
        "Aide testifies on call\n\n\
         Morrison testified on Tuesday. \"I was on the call,\" Morrison said.\n\n\
         Morrison listened in on the president's call with Ukrainian President Ostap \
         Hrytsenko. He said he did not object. \"I thought there would be political \
         consequences,\" he said.",
        &[("I thought there would be", "Morrison")],
    );
}

/// "“Are you going to pull it?” a reporter shouted as she walked away.
/// “We're going to have the votes,” she replied.": a reply to a question
/// is not the questioner's, whatever verb put the question.
#[test]
fn a_reply_to_a_shouted_question_is_not_the_questioners() {
    assert_speakers(
        "Speaker's gamble\n\n\
         Speaker Margarethe von der Hellen had spent weeks insisting she had the votes.\n\n\
         \"Are you going to pull it if you don't have the votes?\" a reporter shouted as she \
         walked away.\n\n\
         \"We're going to have the votes,\" she replied without turning around.",
        &[
            ("Are you going to pull", "reporter"),
            ("We're going to have", "Margarethe von der Hellen"),
        ],
    );
}

/// "“...,” the former president wrote." at the top, then "“...,” said
/// Abigail Thornquist, a law professor.": the first person shown speaking
/// after the opening lines stands for the office only when nothing calls
/// them something else (a description after the name, a title for another
/// job). (Named bare, they still do: see `tests_offices`.)
#[test]
fn an_office_at_the_top_is_not_a_later_speaker_described_otherwise() {
    let story = |office: &str, who: &str| {
        format!(
            "\"This judge has hated me from the first day, and everybody knows it,\" \
             {office} wrote on his social media platform.\n\n\
             Legal experts said the attacks could backfire. \"Judges are human, but they \
             are also very good at ignoring noise,\" said {who}."
        )
    };
    for (office, who, want) in [
        (
            "the former president",
            "Abigail Thornquist, a law professor",
            "former president",
        ),
        (
            "the president",
            "Abigail Thornquist, a law professor",
            "president",
        ),
        ("the president", "Judge Abigail Thornquist", "president"),
    ] {
        assert_speakers(&story(office, who), &[("This judge has hated", want)]);
    }
}

/// "The message from Gov. X to lawmakers on Monday was blunt: “...”": the
/// speaker ends where whom the message was for, or when, begins.
#[test]
fn the_message_from_someone_to_others_is_theirs() {
    for rest in ["to lawmakers on Monday", "on Monday", "to the legislature"] {
        assert_speakers(
            &format!(
                "Governor presses lawmakers\n\n\
                 The message from Gov. Annaliese Brightwater {rest} was blunt: \"You have \
                 nine days left. Use them.\""
            ),
            &[("You have nine days", "Annaliese Brightwater")],
        );
    }
}

/// "Justice Ashby pressed him further. “...?” he asked.": the one who
/// pressed goes on asking; only an answer is the other's.
#[test]
fn a_question_asked_after_pressing_him_is_the_pressers() {
    let story = |quote: &str, tag: &str| {
        format!(
            "Court hears challenge\n\n\
             The solicitor general, Ezra Lindqvist, said the law left the method to the \
             companies. \"The legislature set the goal,\" he told the court.\n\n\
             Justice Wendell Ashby pressed him further. \"{quote}\" he {tag}."
        )
    };
    assert_speakers(
        &story(
            "So the state has passed a law it doesn't know how to follow?",
            "asked",
        ),
        &[("So the state has passed", "Wendell Ashby")],
    );
    assert_speakers(
        &story("The companies know very well how to follow it,", "replied"),
        &[("The companies know", "Ezra Lindqvist")],
    );
}

/// "The distributor, Harrowgate Freight, denied it. “...,” the company
/// said.": a distributor (or wholesaler, importer, haulier ...) set off by
/// commas is a business.
#[test]
fn a_distributor_in_an_apposition_is_the_company() {
    for noun in ["distributor", "wholesaler", "haulier"] {
        assert_speakers(
            &format!(
                "Depot row\n\n\
                 The {noun}, Harrowgate Freight, denied cutting the drivers' hours. \"Rotas \
                 are set by need and by nothing else,\" the company said in a statement."
            ),
            &[("Rotas are set", "Harrowgate Freight")],
        );
    }
}

/// "The whistleblower, a former accounting manager, has not been named.
/// “...,” she wrote.": a person's noun that opens the sentence before, with
/// no name in it, is who "she" is; a body's noun is not ("The committee
/// voted ...").
#[test]
fn she_is_the_unnamed_person_the_sentence_before_opens_with() {
    let story = |subject: &str| {
        format!(
            "Panel hears complaint\n\n\
             Rep. Harriet Lindgren opened the hearing. \"We will hear everyone today,\" \
             Lindgren said.\n\n\
             {subject} has not been publicly named.\n\n\
             \"I was told to stop coming to the weekly finance meetings,\" she wrote."
        )
    };
    assert_speakers(
        &story("The whistleblower, a former accounting manager,"),
        &[("I was told to stop", "whistleblower")],
    );
    assert_speakers(&story("The patient"), &[("I was told to stop", "patient")]);
    // Not a body, nor a man's noun for "she".
    for subject in ["The committee", "The spokesman"] {
        assert_speakers(
            &story(subject),
            &[("I was told to stop", "Harriet Lindgren")],
        );
    }
}

/// "In a letter ..., she described the months as “...”." then "“...,” she
/// wrote.": a "she" that stands for no one named goes on with the quote
/// just before, tagged "she" too.
#[test]
fn a_pronoun_for_someone_unnamed_goes_on_with_the_quote_before() {
    assert_speakers(
        "The whistleblower, a former accounting manager, has not been publicly named. In a \
         letter to the inspector general, she described the months after her complaint as \
         \"the most isolating of my professional life.\"\n\n\
         \"I was told to stop coming to the weekly finance meetings,\" she wrote.",
        &[
            ("the most isolating", "whistleblower"),
            ("I was told to stop", "whistleblower"),
        ],
    );
}
