//! The commas between a speaker and the speech verb: an apposition
//! ("Oduya, who voted against, said"), a name in one ("the transport lead,
//! Lucinda Harrow, said"), an opening phrase before the name.

use super::names::{self, is_particle, is_title};
use super::phrases::{
    Mention, backward_speaker, is_calendar_word, is_manner_of_speaking, is_speaker_name_word, join,
};
use super::tokens::Token;

/// The speaker of words before a speech verb that end in a comma
/// (`toks[..end]`): `Ok` with what the comma settles (a speaker or none),
/// or `Err(k)`, the comma that opens an aside the speaker stands before.
pub(super) fn across_comma(toks: &[Token<'_>], end: usize) -> Result<Option<Mention>, usize> {
    // "Speaking on a politics programme, Marguerite X, general secretary
    // of Unison Public, said": past the opening phrase.
    if toks.first().is_some_and(|t| {
        t.text.starts_with(char::is_uppercase)
            && (is_manner_of_speaking(&t.lower())
                || matches!(t.text, "Appearing" | "Asked" | "Interviewed" | "Questioned"))
    }) && let Some(c) = toks.iter().take(15).position(|t| t.is(","))
        && toks[..c].iter().all(|t| t.word)
        && c + 2 < end
        && let Some(m @ Mention::Name(_)) = backward_speaker(&toks[c + 1..end])
    {
        return Ok(Some(m));
    }
    // "Dylan Nelson, a fellow at the institute in Munich, Germany, and
    // co-author of the study, said": the name before the first comma is
    // the subject, however long the appositions after it.
    // "Tobias Hallingford Jr., R-Ohio, said": the suffix's dot too.
    let suffixed =
        |f: usize| f > 2 && toks[f - 1].is(".") && matches!(toks[f - 2].text, "Jr" | "Sr");
    if let Some(f) = toks.iter().position(|t| t.is(","))
        && (1..=7).contains(&f)
        && f < end - 1
        && let words = f - usize::from(suffixed(f))
        && words <= 6
        && toks[..words].iter().all(|t| t.word)
        && is_speaker_name_word(toks[words - 1].text)
        // (Not "his counterpart at ANZ, Sophie Nakamura, said": a
        // determiner opens a description.)
        && !super::lexicon::DETERMINERS.contains(&toks[0].text)
        // (Nor "Hebbleford's MP, Abena X, said" or "Local MP, Abena X,
        // said": an office before the comma, a name after it.)
        && !(super::names::is_speaker_noun(toks[words - 1].text)
            && toks
                .get(f + 1)
                .is_some_and(|t| t.word && super::names::is_name_word(t.text)))
        && let Some(Mention::Name(n)) = backward_speaker(&toks[..f])
        // The name is all the words before the comma.
        && n.len() == toks[..words].iter().map(|t| t.text.len() + 1).sum::<usize>() - 1
        && !is_calendar_word(&n)
    {
        return Ok(Some(Mention::Name(n)));
    }
    let Some(k) = toks[..end - 1].iter().rposition(|t| t.is(",")) else {
        return Ok(None);
    };
    let inner = &toks[k + 1..end - 1];
    // ("One of the petitioners, a 34-year-old man who asked that his name
    // not be used because he feared for relatives, said": a long
    // description, in words only, may stand between them.)
    let described = end - k <= 32
        && inner.first().is_some_and(|t| matches!(t.text, "a" | "an"))
        && inner.iter().all(|t| t.word);
    if end - k > 18 && !described {
        return Ok(None);
    }
    // "One rebel, speaking on condition of anonymity, said", "A senior
    // official, speaking to reporters in Brussels, said": the aside
    // says how they spoke; the speaker is before it.
    if inner.first().is_some_and(|t| is_manner_of_speaking(t.text)) {
        return Ok(backward_speaker(&toks[..k]));
    }
    // "The letter, organised by veteran MP Dame Constance X, warns": the
    // person who wrote or organised the document.
    if let [verb, by, rest @ ..] = inner
        && by.is("by")
        && matches!(
            verb.text,
            "organised" | "organized" | "written" | "drafted" | "signed" | "sent" | "penned"
        )
        && k >= 2
        && super::documents::is_document(&toks[k - 1].lower())
        && let Some(m @ Mention::Name(_)) = super::phrases::forward_speaker(rest)
    {
        return Ok(Some(m));
    }
    // "But Dr Gideon Mallory, of the University of Leeds, said", "The
    // economist Ana Ruiz, from Valencia, said": where the speaker is
    // from, after the name.
    if inner
        .first()
        .is_some_and(|t| matches!(t.text, "of" | "from" | "at"))
        && k > 0
        && let Some(m @ Mention::Name(_)) = backward_speaker(&toks[..k])
    {
        return Ok(Some(m));
    }
    // ("Abercrombie's group, Farmers Against Ruin, said": a body's name
    // may hold a capitalised small word between its name words.)
    let link = |i: usize| {
        i > 0
            && i + 1 < inner.len()
            && (super::orgs::is_campaign_link(inner[i].text)
                || matches!(inner[i].text, "Of" | "And" | "On" | "&"))
    };
    if !inner.is_empty()
        && (0..inner.len()).all(|i| {
            let t = &inner[i];
            t.word && (is_speaker_name_word(t.text) || is_title(t.text) || is_particle(t.text))
                || link(i)
        })
    {
        return Ok(Some(Mention::Name(join(inner))));
    }
    // "One resident, a former machinist named Earl Tobin, said";
    // "Another, a railway worker who gave his name only as Mathieu,
    // said".
    let named = |k: usize| {
        inner[k].is("named") || (inner[k].is("as") && inner[..k].iter().any(|t| t.is("name")))
    };
    if let Some(n) = (0..inner.len()).find(|&k| named(k))
        && n + 1 < inner.len()
        && inner[n + 1..]
            .iter()
            .all(|t| t.word && is_speaker_name_word(t.text))
    {
        return Ok(Some(Mention::Name(join(&inner[n + 1..]))));
    }
    // "Their lawyer, Jonah Reyes of the Voting Access Project, said":
    // a name with its institution.
    let name_of_body = (4..=12).contains(&inner.len())
        && is_speaker_name_word(inner[0].text)
        && inner[1..inner.len().min(5)]
            .iter()
            .any(|t| matches!(t.text, "of" | "at" | "from"));
    // "The bill's sponsor, state Sen. Ada Reyes, a Democrat from
    // Millbrook, said": a description after the name names a place, not
    // the speaker.
    if inner.first().is_some_and(|t| matches!(t.text, "a" | "an")) {
        if let Some(m @ Mention::Name(_)) = backward_speaker(&toks[..=k]) {
            return Ok(Some(m));
        }
        // "One of them, a backbench MP, said": the one of a group, as the
        // description says.
        if let [one, of, them] = &toks[..k]
            && one.text.eq_ignore_ascii_case("one")
            && of.is("of")
            && matches!(them.text, "them" | "those" | "us")
            && (2..=4).contains(&inner.len())
            && inner.iter().all(|t| t.word)
            && inner
                .last()
                .is_some_and(|t| names::is_speaker_noun(t.text) || names::is_occupation(t.text))
        {
            return Ok(Some(Mention::Phrase(join(inner))));
        }
    } else if (inner.len() <= 5
        || name_of_body
        // "The head of the mission, former Botswana foreign minister
        // Kgosi X,": a longer description before the name, no clause.
        || (inner.len() <= 7
            && !inner
                .iter()
                .any(|t| !t.word || t.is("by") || t.text.ends_with("ed"))
            && inner[inner.len() - 2..]
                .iter()
                .all(|t| is_speaker_name_word(t.text))
            && {
                let d = inner[inner.len() - 3].text;
                d.starts_with(char::is_lowercase) && (is_title(d) || names::is_occupation(d))
            }))
        // "Her neighbour, florist Jens Aalto, said": the name in the
        // apposition. Not a relative clause: "Luisa Marchetti, who
        // chairs the Progressive Caucus, said" is Marchetti.
        && !inner
            .first()
            .is_some_and(|t| matches!(t.text, "who" | "whose" | "which" | "whom" | "that"))
        && let Some(Mention::Name(n)) = backward_speaker(inner)
    {
        return Ok(Some(Mention::Name(n)));
    }
    // "Sen. Alicia Montaño (D-N.M.), who voted against the bill,
    // said": the aside before the relative clause.
    Err(k)
}
