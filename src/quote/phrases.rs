//! Speaker phrases around speech verbs: "Oduya said", "said Mayor Ines
//! Calloway", "a police spokesman said", "according to X".

pub use super::cues::is_cue;
use super::lexicon::{AUX, DETERMINERS};
use super::names::{self, is_name_word, is_particle, is_pronoun, is_title};
use super::tokens::Token;

pub use super::forward::{VERBS, forward_speaker, full_name_len};
pub use super::sentence::speaker_in;
pub(super) use super::word_kinds::{is_manner_of_speaking, is_party_state};

/// A word that may stand between a speaker and the verb: the auxiliaries and
/// adverbs above, or any lower-case "-ly" adverb ("Brooke tearfully asked").
pub(super) fn is_aux(t: &Token<'_>) -> bool {
    static SET: std::sync::LazyLock<crate::words::WordSet> =
        std::sync::LazyLock::new(|| crate::words::WordSet::new(AUX));
    if !t.word {
        return false;
    }
    if SET.contains(t.text) {
        return true;
    }
    // "have long argued", "has always said", "has since said": in small
    // letters only ("Jo Long said").
    if matches!(t.text, "long" | "always" | "often" | "since" | "already") {
        return true;
    }
    // (Only a word ending in "ly" is lowercased.)
    let b = t.text.as_bytes();
    b.len() >= 2
        && b[b.len() - 2..].eq_ignore_ascii_case(b"ly")
        && t.text.starts_with(|c: char| c.is_ascii_lowercase())
        && {
            let w = t.lower();
            w.len() >= 5 && w.ends_with("ly") && !names::is_speaker_noun(&w)
        }
}

/// "Monday", "November": capitalised, but no speaker.
pub(super) fn is_calendar_word(w: &str) -> bool {
    let w = crate::words::lower(w);
    crate::words::WEEKDAYS.contains(&w.as_ref()) || crate::words::MONTHS.contains(&w.as_ref())
}

/// "Ferrante's", "Okonjo’s", and a name's in "s'" ("Voss'", "Harris’"), as
/// the tokens keep it.
pub fn is_possessive(w: &str) -> bool {
    owner_of(w).is_some()
}

/// The owner a possessive names: "Ferrante's" -> "Ferrante", "Voss'" ->
/// "Voss".
pub fn owner_of(w: &str) -> Option<&str> {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .or_else(|| {
            w.strip_suffix(['\'', '’'])
                .filter(|o| o.len() >= 2 && o.ends_with('s'))
        })
}

/// A word that can stand in a speaker's name: a name word, or an acronym.
pub fn is_speaker_name_word(w: &str) -> bool {
    is_name_word(w) || names::is_acronym(w)
}

pub use super::heads::person_like;

/// Is token `i` a "one" that stands alone, between marks or at the ends?
pub(super) fn is_lone_one(toks: &[Token<'_>], i: usize) -> bool {
    let apart = |k: Option<&Token<'_>>| k.is_none_or(|t| !t.word);
    matches!(toks[i].text, "one" | "One")
        && apart(i.checked_sub(1).and_then(|k| toks.get(k)))
        && apart(toks.get(i + 1))
}

/// The last `mark` among the `n` tokens before `end`.
fn last_within(toks: &[Token<'_>], end: usize, n: usize, mark: &str) -> Option<usize> {
    let from = end.saturating_sub(n);
    toks[from..end]
        .iter()
        .rposition(|t| t.is(mark))
        .map(|k| from + k)
}

/// A speaker as written, and what kind of phrase it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Mention {
    Name(String),
    Pronoun(String),
    /// "a spokesman", "officials".
    Phrase(String),
}

/// Is `toks[i]` the possessive mark of a capitalised plural, inside a name
/// ("the Rail Users' Alliance", "the Farmers’ Federation")? It follows the
/// word with no space, and a capitalised word follows it.
pub fn owner_mark(toks: &[Token<'_>], i: usize) -> bool {
    plural_mark(toks, i)
        && toks[i - 1].text.starts_with(char::is_uppercase)
        && toks
            .get(i + 1)
            .is_some_and(|t| t.word && t.text.starts_with(char::is_uppercase))
}

/// Is `toks[i]` a plural's possessive mark ("farmers'", "Users’"): an
/// apostrophe right after a word that ends in "s"?
pub fn plural_mark(toks: &[Token<'_>], i: usize) -> bool {
    matches!(toks[i].text, "'" | "’")
        && i > 0
        && toks[i - 1].word
        && toks[i - 1].text.ends_with('s')
        && toks[i - 1].pos + toks[i - 1].text.chars().count() == toks[i].pos
}

/// How many of the first `max` tokens of `toks`, words in small letters
/// that describe a noun, run up to and through their last speaker noun
/// ("immigration minister", "top aides"), or None when none is one.
pub(super) fn through_described_noun(toks: &[Token<'_>], max: usize) -> Option<usize> {
    let run = toks
        .iter()
        .take(max)
        .take_while(|t| t.word && t.text.starts_with(char::is_lowercase))
        .count();
    (0..run)
        .rev()
        .find(|&n| names::is_speaker_noun(toks[n].text))
        .map(|n| n + 1)
}

pub fn join(toks: &[Token<'_>]) -> String {
    let mut s = String::with_capacity(toks.iter().map(|t| t.text.len() + 1).sum());
    for t in toks {
        if !s.is_empty() && t.word {
            s.push(' ');
        }
        s.push_str(t.text);
    }
    s
}

/// The words before a speech verb at `v` that can name its speaker: the
/// sentence up to it, or its last 200 words in a sentence longer than
/// that (a paragraph of thousands of quotes and no full stop is not read
/// from its start for each verb).
pub fn before_verb<'t, 'a>(toks: &'t [Token<'a>], v: usize) -> &'t [Token<'a>] {
    &toks[v.saturating_sub(200)..v]
}

/// "a walkout by the opposition", "a speech by the governor": the noun
/// phrase of a determiner and up to three words ending `toks` in a speaker
/// noun in small letters ("the opposition", "the state's governor").
pub(super) fn noun_phrase_ending(toks: &[Token<'_>]) -> Option<Mention> {
    let noun = toks.last()?;
    if !(noun.word
        && noun.text.starts_with(char::is_lowercase)
        && names::is_speaker_noun(noun.text))
    {
        return None;
    }
    let d = toks.iter().rev().take(4).position(|t| {
        matches!(
            t.lower().as_ref(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
        ) || is_possessive(t.text)
    })?;
    let phrase = &toks[toks.len() - 1 - d..];
    phrase
        .iter()
        .all(|t| t.word)
        .then(|| Mention::Phrase(join(phrase)))
}

/// The speaker phrase that ends `toks` (the words before a speech verb).
/// "Leader of the Opposition Siddalingaiah Gowda said": the office's
/// holder, not the office with the name.
pub fn backward_speaker(toks: &[Token<'_>]) -> Option<Mention> {
    backward_speaker_with_office(toks).map(|m| super::holders::without_office(toks, m))
}

fn backward_speaker_with_office(toks: &[Token<'_>]) -> Option<Mention> {
    // "MEXICO CITY, Nov 28 (Reuters) - Mexican President X on Friday
    // defended ...": the place's comma opens no apposition.
    let toks = super::reported_clause::after_dateline(toks);
    let toks = super::word_kinds::past_opening_adverb(toks);
    let mut end = toks.len();
    while end > 0 && is_aux(&toks[end - 1]) {
        end -= 1;
    }
    // "Ada Kell on Wednesday said", "The ministry last week denied": the
    // speaker before a phrase of time.
    // ("His deputy, X, last week said": after an apposition's comma too.)
    // (Only a word that can end one is looked at further: most do not.)
    if end >= 2
        && super::subject_words::may_end_time_phrase(toks[end - 1].text)
        && let Some(k) = (end.saturating_sub(4).max(1)..end)
            .find(|&k| super::subject_words::time_phrase(&toks[k..end]) == end - k)
        && (toks[k - 1].word || (k >= 2 && toks[k - 1].is(",") && toks[k - 2].word))
    {
        end = k;
        while end > 0 && is_aux(&toks[end - 1]) {
            end -= 1;
        }
    }
    // "X was quoted as saying": as "X was heard saying"; "X was quoted by
    // a Sunday paper as saying" too. "The agency quoted a spokesman as
    // saying": the one quoted.
    if end >= 3
        && toks[end - 1].is("as")
        && let Some(q) = toks[..end - 1]
            .iter()
            .rposition(|t| t.is("quoted"))
            .filter(|&q| end - 1 - q <= 9)
    {
        let between = &toks[q + 1..end - 1];
        let passive = q > 0
            && matches!(
                toks[q - 1].text,
                "be" | "been" | "was" | "were" | "is" | "are"
            );
        if between.is_empty() || (passive && between[0].is("by")) {
            end = q + 1;
        } else if !passive && between.iter().all(|t| t.word) {
            return backward_speaker(between);
        }
    }
    end = super::heard::before_heard(toks, end);
    if let Some(m) = super::heard::identified_as(toks, end) {
        return Some(m);
    }
    // "Sen. Ada Reyes, a moderate, for her part said": the aside before the
    // verb (the comma before it closes the apposition).
    if end >= 4
        && toks[end - 1].is("part")
        && matches!(toks[end - 2].text, "his" | "her" | "their" | "its")
        && toks[end - 3].is("for")
    {
        end -= 3;
    }
    // "“...,” one said", "One told this newspaper:": one of a group named
    // before.
    if end >= 1 && is_lone_one(toks, end - 1) {
        return Some(Mention::Phrase("one".into()));
    }
    // "Another said:": one more of them.
    if end >= 1
        && toks[end - 1].text.eq_ignore_ascii_case("another")
        && (end == 1 || !toks[end - 2].word)
    {
        return Some(Mention::Phrase("another".into()));
    }
    // "Organizers of a campaign to recall Mayor X said", "Officials at the
    // Department of Community Development confirmed": the group, not X.
    // "Lawmakers in the Senate said", "Democrats in the House said",
    // "Republican leaders in the Legislature said": the group in a body,
    // not the body (a word may qualify the group's noun).
    let group_noun = |k: usize| {
        toks[k].text.ends_with('s')
            && (names::is_speaker_noun(&toks[k].lower()) || names::is_party_member(toks[k].text))
            && matches!(toks[k + 1].text, "of" | "at" | "for" | "from" | "in")
    };
    // ("Lawyers for the defendant, former state Sen. X, said": a name set
    // after the group's phrase is the one it speaks for, not the group.)
    let group_end = match toks[..end].iter().position(|t| t.is(",")) {
        Some(c) if toks[end - 1].is(",") && end - c <= 10 => c,
        _ => end,
    };
    if group_end > 3
        && group_end <= 12
        && toks[0].text.starts_with(char::is_uppercase)
        && (group_noun(0)
            || (group_end > 4
                && !names::is_title(toks[0].text)
                && toks[1].text.starts_with(char::is_lowercase)
                && group_noun(1)))
        && toks[..group_end].iter().all(|t| t.word)
    {
        return Some(Mention::Phrase(join(&toks[..group_end])));
    }
    // "Tomas Reyes Jr. said": the suffix's dot.
    if end > 2 && toks[end - 1].is(".") && matches!(toks[end - 2].text, "Jr" | "Sr") {
        end -= 1;
    }
    // "Senate Minority Leader Bruce Hallenbeck, who has said": the name
    // before "who".
    if end > 2 && toks[end - 1].is("who") && toks[end - 2].is(",") {
        end -= 2;
        // "... after a speech by the governor, who called it": the noun
        // phrase before the comma.
        if let Some(m) = noun_phrase_ending(&toks[..end]) {
            return Some(m);
        }
        // "Rep. Gloria X, D-Fairview, who wrote the bill": past the party
        // and place.
        if end > 2
            && toks[end - 1].word
            && is_party_state(toks[end - 1].text)
            && toks[end - 2].is(",")
        {
            end -= 2;
        }
    }
    if end > 2 && toks[end - 1].is("which") && toks[end - 2].is(",") {
        return super::orgs::named_before(&toks[..end - 2])
            .map(Mention::Name)
            .or_else(|| noun_phrase_ending(&toks[..end - 2]));
    }
    // "Sen. Harold Pruitt (R-Tex.) said", "Ines Calloway (pictured) said":
    // a short aside in brackets between the name and the verb.
    let before_aside = |end: usize| {
        if end > 2
            && toks[end - 1].is(")")
            && let Some(open) = last_within(toks, end - 1, 9, "(")
            && open > 0
        {
            open
        } else {
            end
        }
    };
    end = before_aside(end);
    // "The ministry issued a statement saying", "the Electoral Board, which
    // regulates campaign finances, issued a statement warning", "Her office
    // put out a video saying": who put it out.
    if end >= 4
        && ({
            let noun = toks[end - 1].lower();
            super::documents::is_document(&noun) || matches!(noun.as_ref(), "video" | "tweet")
        })
        && matches!(toks[end - 2].lower().as_ref(), "a" | "an" | "the")
    {
        let v = end - 3 - usize::from(toks[end - 3].is("out") && toks[end - 4].is("put"));
        if v > 0 && toks[v].word && toks[v].text.starts_with(char::is_lowercase) {
            return backward_speaker(&toks[..v]);
        }
    }
    // "One of its authors, Sen. Philippa Oyenuga-Marsh, R-Idaho, said": a
    // party and state after the name are no name.
    if end > 3
        && toks[end - 1].is(",")
        && let Some(k) = last_within(toks, end - 1, 4, ",")
        && is_party_state(toks[k + 1].text)
    {
        // The apposition's comma stays when one opened it before the name.
        end = k + usize::from(toks[..k].iter().any(|t| t.is(",")));
        if end > 2 && toks[end - 1].is(".") && matches!(toks[end - 2].text, "Jr" | "Sr") {
            end -= 1;
        }
    }
    // "Oduya, who voted against, said": drop the apposition; but in "the
    // transport lead, Lucinda Harrow, said" the apposition is the name.
    if end > 1 && toks[end - 1].is(",") {
        match super::apposition::across_comma(toks, end) {
            Ok(m) => return m,
            Err(k) => end = before_aside(k),
        }
        // "Transit rider Ada Sze, 67, who spoke at the hearing, said": the
        // age before the relative clause is no name either.
        if end > 2
            && toks[end - 2].is(",")
            && toks[end - 1].text.len() <= 3
            && toks[end - 1].text.bytes().all(|b| b.is_ascii_digit())
        {
            end -= 2;
        }
    }
    // "A friend who spoke with her on Wednesday said": the noun before a
    // relative clause without commas.
    if let Some(w) = toks[..end].iter().rposition(|t| t.is("who"))
        && w >= 2
        && end - w <= 12
        && end - w >= 3
        && toks[w + 1..end].iter().all(|t| t.word)
        && toks[w - 1].text.starts_with(char::is_lowercase)
        && names::is_speaker_noun(toks[w - 1].text)
    {
        end = w;
    }
    if end == 0 {
        return None;
    }
    let last = &toks[end - 1];
    let starts_clause = |i: usize| super::nouns::starts_clause(toks, i);
    if super::groups::body_itself(toks, end) {
        return Some(Mention::Pronoun("it".into()));
    }
    if last.word && is_pronoun(last.text) {
        let after_determiner = end >= 2 && DETERMINERS.contains(&toks[end - 2].lower().as_ref());
        return (!after_determiner).then(|| Mention::Pronoun(last.lower().into_owned()));
    }
    // "he'd respond", "she's said", "they've put out": the pronoun with
    // "would", "has" or "have" in it.
    if last.word
        && let Some(p) = ["'d", "’d", "'s", "’s", "'ve", "’ve"]
            .iter()
            .find_map(|d| last.text.strip_suffix(d))
        && is_pronoun(p)
        // (Only "they" has "have": not "As we've noted".)
        && (!last.text.ends_with("ve") || p.eq_ignore_ascii_case("they"))
    {
        return Some(Mention::Pronoun(crate::words::lower(p).into_owned()));
    }
    // "Leader of the Opposition Dr. Kavita X": an office with small words
    // in it, then a title and the name, which is the speaker.
    let run = toks[..end]
        .iter()
        .rev()
        .take_while(|t| t.word && is_speaker_name_word(t.text) && !is_title(t.text))
        .count();
    if run >= 1
        && end > run + 1
        && let j = end - run - 1
        && toks[j].word
        && is_title(toks[j].text)
        && toks[j].text.starts_with(char::is_uppercase)
        // (Not "the Justice Department": a body's word ends no name.)
        && !super::lexicon::ORG_WORDS.contains(&crate::words::lower(toks[end - 1].text).as_ref())
        // (Not "chief of staff to Gov. X": the person served.)
        && !(j > 0 && matches!(toks[j - 1].text, "to" | "for" | "with"))
        && toks[..j]
            .iter()
            .rev()
            .take(6)
            .any(|t| matches!(t.text, "of" | "the"))
    {
        return Some(Mention::Name(join(&toks[j + 1..end])));
    }
    if let Some(m) = super::orgs::org_speaker_before(&toks[..end], starts_clause) {
        return Some(m);
    }
    // "Karin Lutz of the state university said": the person before a body
    // in small letters.
    if let Some(k) = super::members::small_body_link(&toks[..end])
        && let Some(m) = super::members::person_of_body(&toks[..end], k, starts_clause)
    {
        return Some(m);
    }
    let mut b = end;
    while b > 0
        && ((toks[b - 1].word
            && (is_speaker_name_word(toks[b - 1].text)
                || is_title(toks[b - 1].text)
                || (is_particle(toks[b - 1].text) && b < end)))
            // "the Rail Users' Alliance": a plural's possessive mark.
            || (b < end && owner_mark(toks, b - 1) && is_speaker_name_word(toks[b - 2].text))
            // "Moorfield & Crane": a firm's ampersand.
            || (b < end
                && b >= 2
                && toks[b - 1].is("&")
                && toks[b - 2].word
                && is_speaker_name_word(toks[b - 2].text))
            // "Farmers Against Ruin": a campaign's capitalised small word.
            || (b < end
                && b >= 2
                && super::orgs::is_campaign_link(toks[b - 1].text)
                && is_speaker_name_word(toks[b - 2].text)))
    {
        b -= 1;
    }
    b = super::members::past_envoy_body(toks, b, end);
    // A name ends in a name word: "Ford's father" is no name.
    if b < end
        && toks[b..end]
            .iter()
            .any(|t| is_speaker_name_word(t.text) && !is_title(t.text))
        && !(is_title(last.text) && last.text.starts_with(char::is_lowercase))
    {
        // Lowercase descriptors before the name: "chief executive Anouk
        // Pellegrini"; an age too: "the 67-year-old Democrat".
        let mut d = b;
        while d > 0
            && b - d < 4
            && toks[d - 1].word
            && (toks[d - 1]
                .text
                .chars()
                .all(|c| c.is_lowercase() || c == '-')
                || toks[d - 1].text.ends_with("-year-old"))
        {
            d -= 1;
        }
        // ("an ally of Raghavan", "a diplomat from Velmora": the ally and
        // the diplomat speak; see below.)
        let noun_of = |p: usize| {
            p >= 1
                && matches!(
                    toks[p].lower().as_ref(),
                    "to" | "for" | "of" | "with" | "from"
                )
                && names::is_speaker_noun(toks[p - 1].text)
        };
        if starts_clause(d) && !(d + 1..b).any(noun_of) {
            return Some(Mention::Name(join(&toks[d..end])));
        }
        // "Officials in Brussels said", "Business owners on Mill Road
        // said": people named by a noun, then where they are.
        if b >= 2
            && matches!(
                toks[b - 1].text,
                "in" | "on" | "at" | "near" | "across" | "outside" | "around"
            )
            && let Some(Mention::Phrase(p)) = super::nouns::noun_phrase_before(toks, b - 1)
        {
            return Some(Mention::Phrase(format!("{p} {}", join(&toks[b - 1..end]))));
        }
        if let Some(m) = super::nouns::noun_before_place(toks, b) {
            return Some(m);
        }
        // "A former top aide to Speaker Raymond Pulaski testified": the aide
        // speaks, not the name after "to"/"for"/"of"/"with".
        // (one word may stand between: "to ex-House Speaker ..."; or a
        // short title and its dot: "to ex-Gov. X").
        if let Some(p) = (d.saturating_sub(3)..b).rev().find(|&p| noun_of(p))
            && let Some(k) = (p.saturating_sub(5)..p)
                // "Aides to Vaughn said": the noun may open the clause itself.
                .find(|&k| {
                    (DETERMINERS.contains(&toks[k].lower().as_ref())
                        || (k + 1 == p && !is_title(toks[k].text)))
                        && starts_clause(k)
                })
        {
            return Some(Mention::Phrase(join(&toks[k..end])));
        }
        // "Gideon Marsh of Carrow Economics said": the person before the
        // institution speaks.
        if d < b
            && let Some(m) = super::members::person_of_body(toks, d, starts_clause)
        {
            return Some(m);
        }
        // "One Conservative MP said": one of a party's members, unnamed.
        if d == b
            && b >= 1
            && matches!(toks[b - 1].text, "One" | "one" | "A" | "An" | "a" | "an")
            && starts_clause(b - 1)
            && (names::is_acronym(last.text) || names::is_speaker_noun(last.text))
        {
            return Some(Mention::Phrase(join(&toks[b - 1..end])));
        }
        if starts_clause(b) || b - d < 4 && toks[..d].iter().all(|t| t.word) && d <= 3 {
            return Some(Mention::Name(join(&toks[b..end])));
        }
        // "... by the union's Femi Adeyemi said" and other long subjects: take the name only.
        // Titles before it do not count: "at odds with Senate Minority
        // Leader Bruce Hallenbeck, who has said".
        let b = toks[b..end - 1]
            .iter()
            .rposition(|t| is_title(t.text) || names::is_occupation(t.text))
            .map_or(b, |t| b + t + 1);
        return (end - b <= 4).then(|| Mention::Name(join(&toks[b..end])));
    }
    // "“...,” King said" after "Angela King": a surname that is also a
    // title, alone at the clause's start (the article's full name for it
    // is found later).
    if end - b == 1
        && is_title(toks[b].text)
        && is_name_word(toks[b].text)
        && !toks[b].text.ends_with('.')
        && starts_clause(b)
    {
        return Some(Mention::Name(toks[b].text.to_string()));
    }
    // An office named with capitals and no name: "the Prime Minister said".
    if b < end
        && b >= 1
        && toks[b - 1].text.eq_ignore_ascii_case("the")
        && starts_clause(b - 1)
        && toks[b..end]
            .iter()
            .all(|t| is_title(t.text) && t.text.starts_with(char::is_uppercase))
    {
        return Some(Mention::Phrase(join(&toks[b - 1..end])));
    }
    if let Some(m) = super::nouns::aide_to_office(toks, b, end) {
        return Some(m);
    }
    super::nouns::noun_phrase_before(toks, end)
}
