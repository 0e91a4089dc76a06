//! American political epithets: "the Ohio Republican", "the Texas
//! Democrat", "the Texan", "the Democrat" stand for the person named
//! before with that party and state ("Sen. Gideon Marlowe, R-Texas,",
//! "Rep. Ada Ruiz, a Democrat from Ohio,"); "the Easton Democrat" for a
//! state lawmaker tagged with a home town ("state Sen. X, D-Easton,").

use super::attrib::Attributor;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Party {
    Republican,
    Democrat,
    Independent,
}

/// Where a member is from: a state (an index into `STATES`), or the town
/// a state lawmaker's tag gives ("D-Easton").
#[derive(Clone, PartialEq, Eq, Debug)]
pub(super) enum Home {
    State(usize),
    Town(String),
}

/// Each state: its name, then the forms it also goes by after a party's
/// letter ("R-Calif.", "D-CA") and the word for its people ("Californian").
#[rustfmt::skip]
const STATES: &[(&str, &[&str], &str)] = &[
    ("Alabama", &["Ala.", "AL"], "Alabamian"), ("Alaska", &["AK"], "Alaskan"),
    ("Arizona", &["Ariz.", "AZ"], "Arizonan"), ("Arkansas", &["Ark.", "AR"], "Arkansan"),
    ("California", &["Calif.", "CA"], "Californian"), ("Colorado", &["Colo.", "CO"], "Coloradan"),
    ("Connecticut", &["Conn.", "CT"], "Nutmegger"), ("Delaware", &["Del.", "DE"], "Delawarean"),
    ("Florida", &["Fla.", "FL"], "Floridian"), ("Georgia", &["Ga.", "GA"], "Georgian"),
    ("Hawaii", &["HI"], "Hawaiian"), ("Idaho", &["ID"], "Idahoan"),
    ("Illinois", &["Ill.", "IL"], "Illinoisan"), ("Indiana", &["Ind.", "IN"], "Hoosier"),
    ("Iowa", &["IA"], "Iowan"), ("Kansas", &["Kan.", "Kans.", "KS"], "Kansan"),
    ("Kentucky", &["Ky.", "KY"], "Kentuckian"), ("Louisiana", &["La.", "LA"], "Louisianan"),
    ("Maine", &["ME"], "Mainer"), ("Maryland", &["Md.", "MD"], "Marylander"),
    ("Massachusetts", &["Mass.", "MA"], "Bay Stater"), ("Michigan", &["Mich.", "MI"], "Michigander"),
    ("Minnesota", &["Minn.", "MN"], "Minnesotan"), ("Mississippi", &["Miss.", "MS"], "Mississippian"),
    ("Missouri", &["Mo.", "MO"], "Missourian"), ("Montana", &["Mont.", "MT"], "Montanan"),
    ("Nebraska", &["Neb.", "Nebr.", "NE"], "Nebraskan"), ("Nevada", &["Nev.", "NV"], "Nevadan"),
    ("New Hampshire", &["N.H.", "NH"], "New Hampshirite"), ("New Jersey", &["N.J.", "NJ"], "New Jerseyan"),
    ("New Mexico", &["N.M.", "N.Mex.", "NM"], "New Mexican"), ("New York", &["N.Y.", "NY"], "New Yorker"),
    ("North Carolina", &["N.C.", "NC"], "North Carolinian"), ("North Dakota", &["N.D.", "ND"], "North Dakotan"),
    ("Ohio", &["OH"], "Ohioan"), ("Oklahoma", &["Okla.", "OK"], "Oklahoman"),
    ("Oregon", &["Ore.", "Oreg.", "OR"], "Oregonian"), ("Pennsylvania", &["Pa.", "Penn.", "PA"], "Pennsylvanian"),
    ("Rhode Island", &["R.I.", "RI"], "Rhode Islander"), ("South Carolina", &["S.C.", "SC"], "South Carolinian"),
    ("South Dakota", &["S.D.", "SD"], "South Dakotan"), ("Tennessee", &["Tenn.", "TN"], "Tennessean"),
    ("Texas", &["Tex.", "TX"], "Texan"), ("Utah", &["UT"], "Utahn"),
    ("Vermont", &["Vt.", "VT"], "Vermonter"), ("Virginia", &["Va.", "VA"], "Virginian"),
    ("Washington", &["Wash.", "WA"], "Washingtonian"), ("West Virginia", &["W.Va.", "W.V.", "WV"], "West Virginian"),
    ("Wisconsin", &["Wis.", "Wisc.", "WI"], "Wisconsinite"), ("Wyoming", &["Wyo.", "WY"], "Wyomingite"),
];

/// The state a written form names: its name or one of its short forms
/// (`short` also allows the abbreviations that only follow a party's
/// letter).
fn state_of(s: &str, short: bool) -> Option<usize> {
    let s = s.trim_end_matches([',', ')']);
    STATES.iter().position(|(name, forms, _)| {
        *name == s
            || (short
                && forms
                    .iter()
                    .any(|f| *f == s || f.trim_end_matches('.') == s))
    })
}

/// The last words of the names for states' people ("Texan", "Yorker").
fn demonym_ends() -> &'static crate::words::FxHashSet<&'static str> {
    static SET: std::sync::LazyLock<crate::words::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| {
            STATES
                .iter()
                .filter_map(|(_, _, people)| people.rsplit(' ').next())
                .collect()
        });
    &SET
}

fn party_of(word: &str) -> Option<Party> {
    match word {
        "Republican" | "GOP" => Some(Party::Republican),
        "Democrat" | "Democratic" => Some(Party::Democrat),
        "Independent" | "independent" => Some(Party::Independent),
        _ => None,
    }
}

/// The party a phrase's last word names ("the Easton Democrat").
pub(super) fn party_named_last(phrase: &str) -> Option<Party> {
    party_of(phrase.rsplit(' ').next()?)
}

fn party_letter(c: char) -> Option<Party> {
    match c {
        'R' => Some(Party::Republican),
        'D' => Some(Party::Democrat),
        'I' => Some(Party::Independent),
        _ => None,
    }
}

/// What an epithet says of the person it stands for: "Ohio Republican"
/// (party and state), "Easton Democrat" (party and town), "Texan"
/// (state), "Democrat" (party). Articles ("the") are skipped; anything
/// else is no epithet.
pub(super) fn epithet(phrase: &str) -> Option<(Option<Party>, Option<Home>)> {
    // Most speaker phrases end in no party, office or state's people: the
    // last word turns them away before any allocation.
    let last = phrase.rsplit(' ').next()?;
    if party_of(last).is_none()
        && !matches!(
            last,
            "senator" | "congressman" | "congresswoman" | "lawmaker" | "legislator" | "governor"
        )
        && !demonym_ends().contains(last)
    {
        return None;
    }
    // ("the 67-year-old Ohio Democrat": an age says nothing of either.)
    let words: Vec<&str> = phrase
        .split_whitespace()
        .skip_while(|w| matches!(*w, "the" | "The"))
        .filter(|w| !w.ends_with("-year-old"))
        .collect();
    let (last, before) = words.split_last()?;
    // ("the first-term Democrat": a word that describes the member.)
    let before = match before {
        [adj, rest @ ..] if is_member_adjective(adj) => rest,
        _ => before,
    };
    if let Some(party) = party_of(last) {
        if before.is_empty() {
            return Some((Some(party), None));
        }
        let place = before.join(" ");
        if let Some(s) = state_of(&place, false) {
            return Some((Some(party), Some(Home::State(s))));
        }
        // ("the Easton Democrat": one or two words in capitals.)
        return (before.len() <= 2
            && before
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)))
        .then_some((Some(party), Some(Home::Town(place))));
    }
    // "the Vermont senator", "the Ohio congresswoman".
    if matches!(
        *last,
        "senator" | "congressman" | "congresswoman" | "lawmaker" | "legislator" | "governor"
    ) && !before.is_empty()
    {
        return state_of(&before.join(" "), false).map(|s| (None, Some(Home::State(s))));
    }
    let all = words.join(" ");
    STATES
        .iter()
        .position(|(_, _, people)| *people == all)
        .map(|s| (None, Some(Home::State(s))))
}

/// A word that describes a member before the party's name: "the
/// first-term Democrat", "a veteran Republican".
fn is_member_adjective(w: &str) -> bool {
    matches!(
        w,
        "first-term"
            | "second-term"
            | "freshman"
            | "veteran"
            | "moderate"
            | "progressive"
            | "longtime"
            | "centrist"
            | "former"
    )
}

impl Attributor<'_> {
    /// Does the apposition just after a name (at `end`) describe the person
    /// by `adj` ("Imogen X, a first-term Democrat")?
    fn described_as(&self, end: usize, adj: &str) -> bool {
        let after: String = self
            .text
            .get(end..)
            .unwrap_or_default()
            .iter()
            .take(48)
            .collect();
        after.split([' ', ',']).any(|w| w == adj)
    }

    /// The party and state given just after a name: ", R-Ohio", " (D-N.M.)",
    /// ", Republican of Ohio", ", a Democrat from Texas".
    fn tag_after(&self, end: usize) -> Option<(Party, Option<Home>)> {
        // Most names are followed by neither ", " nor " (".
        if !matches!(self.text.get(end..end + 2)?, [',', ' '] | [' ', '(']) {
            return None;
        }
        let after: String = self.text.get(end..)?.iter().take(48).collect();
        let rest = after
            .strip_prefix(", ")
            .or_else(|| after.strip_prefix(" ("))?;
        let mut chars = rest.chars();
        if let (Some(letter), Some('-')) = (chars.next(), chars.next())
            && let Some(party) = party_letter(letter)
        {
            // "R-Ohio", "D-N.M.", "R-West Virginia".
            let tail = chars.as_str();
            let two: String = tail
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            let one = tail.split_whitespace().next().unwrap_or("");
            let state = state_of(&two, true).or_else(|| state_of(one, true));
            // ("D-Easton": a state lawmaker's home town.)
            let town = || {
                let town = one.trim_end_matches([',', ')', ';']);
                (town.starts_with(char::is_uppercase) && town.chars().all(char::is_alphabetic))
                    .then(|| Home::Town(town.to_string()))
            };
            return Some((party, state.map(Home::State).or_else(town)));
        }
        // "Republican of Ohio", "a Democrat from New York".
        let rest = rest.strip_prefix("a ").unwrap_or(rest);
        // ("a first-term Democrat from the Eastside".)
        let rest = rest
            .split_once(' ')
            .filter(|(adj, _)| is_member_adjective(adj))
            .map_or(rest, |(_, r)| r);
        let (word, tail) = rest.split_once(' ')?;
        let party = party_of(word)?;
        let tail = tail
            .strip_prefix("of ")
            .or_else(|| tail.strip_prefix("from "));
        let state = tail.and_then(|t| {
            let words: Vec<&str> = t.split_whitespace().take(2).collect();
            state_of(&words.join(" "), false)
                .or_else(|| words.first().and_then(|w| state_of(w, false)))
        });
        Some((party, state.map(Home::State)))
    }

    /// The party the tag after the last mention of `name` before `pos`
    /// gives ("Dale X, R-Fenwick,": Republican).
    pub(super) fn party_tagged(&self, name: &str, pos: usize) -> Option<Party> {
        let to = self.book.full.partition_point(|(at, _)| *at < pos);
        self.book.full[..to]
            .iter()
            .rev()
            .take(40)
            .filter(|(_, full)| full == name)
            .find_map(|(at, full)| self.tag_after(at + full.chars().count()).map(|(p, _)| p))
    }

    /// "Sen. Margarethe X ... The Nevada Democrat stunned colleagues":
    /// with no party tag to go by, the lawmaker named last before `pos`
    /// (a few names and paragraphs back at most), by the title before the
    /// name.
    pub(super) fn untagged_member(&self, pos: usize) -> Option<String> {
        // (The titles a senator, a representative or a governor bears,
        // and a state lawmaker's.)
        let titles: Vec<&str> = ["senator", "representative", "governor"]
            .into_iter()
            .flat_map(super::roles::title_forms)
            .chain(["assemblyman", "assemblywoman", "del."])
            .collect();
        let to = self.book.full.partition_point(|(at, _)| *at < pos);
        self.book.full[..to]
            .iter()
            .rev()
            .take_while(|(at, _)| at + 3000 >= pos)
            .take(8)
            .find(|(at, _)| {
                let before = super::holders::text_before(self.text, *at);
                before
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| titles.contains(&w))
            })
            .map(|(_, n)| self.canon(n))
    }

    /// The person an epithet ("the Ohio Republican", "the Texan") stands
    /// for: of the people named before `pos` with a party and state that
    /// fit, the one mentioned last.
    pub(super) fn epithet_person(&self, phrase: &str, pos: usize) -> Option<String> {
        let (party, state) = epithet(phrase)?;
        // "the first-term Democrat": one described so, of the Democrats.
        let adjective = phrase.split(' ').find(|w| is_member_adjective(w));
        // (Names up to a long article's length back, and the last few
        // candidates of each list: a bound on the work of each epithet.)
        let to = self.book.full.partition_point(|(at, _)| *at < pos);
        let from = self.book.full.partition_point(|(at, _)| *at + 20_000 < pos);
        // The names whose tag fits, each name's tag read once (and only
        // the last two hundred names').
        let tagged: crate::words::FxHashSet<&str> = self.book.full[from..to]
            .iter()
            .rev()
            .take(200)
            .filter(|(at, full)| {
                let end = at + full.chars().count();
                self.tag_after(end).is_some_and(|(p, s)| {
                    party.is_none_or(|want| want == p)
                        && state.as_ref().is_none_or(|want| s.as_ref() == Some(want))
                }) && adjective.is_none_or(|adj| self.described_as(end, adj))
            })
            .map(|(_, full)| full.as_str())
            .collect();
        if tagged.is_empty() {
            return None;
        }
        let fits = |name: &str| tagged.contains(name);
        // The people named, quoted or made the subject of a sentence
        // before `pos`, the last first.
        let last_of = |v: &[(usize, String)]| {
            v[..v.partition_point(|(at, _)| *at < pos)]
                .iter()
                .rev()
                .take(40)
                .find(|(_, n)| fits(n))
                .map(|(at, n)| (*at, n.clone()))
        };
        [
            last_of(&self.people),
            last_of(&self.quoted),
            last_of(&self.book.full),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|(at, _)| *at)
        .map(|(_, n)| n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epithets_give_party_and_state() {
        let ohio = state_of("Ohio", false).map(Home::State);
        assert!(ohio.is_some());
        assert_eq!(
            epithet("the Ohio Republican"),
            Some((Some(Party::Republican), ohio))
        );
        assert_eq!(
            epithet("New Mexico Democrat"),
            Some((
                Some(Party::Democrat),
                state_of("New Mexico", false).map(Home::State)
            ))
        );
        assert_eq!(
            epithet("Texan"),
            Some((None, state_of("Texas", false).map(Home::State)))
        );
        assert_eq!(epithet("the Democrat"), Some((Some(Party::Democrat), None)));
        assert_eq!(
            epithet("the Vermont senator"),
            Some((None, state_of("Vermont", false).map(Home::State)))
        );
        assert_eq!(epithet("the senior senator"), None);
        assert_eq!(epithet("the senator"), None);
        assert_eq!(epithet("Ohio"), None);
        // A town, which only a member tagged with it ("R-Paris") fits.
        assert_eq!(
            epithet("the Paris Republican"),
            Some((Some(Party::Republican), Some(Home::Town("Paris".into()))))
        );
        assert_eq!(epithet("the big-city Republican"), None);
    }

    #[test]
    fn short_forms_name_states() {
        assert_eq!(state_of("N.M.", true), state_of("New Mexico", false));
        assert_eq!(state_of("Calif.", true), state_of("California", false));
        assert_eq!(state_of("Calif", true), state_of("California", false));
        assert_eq!(state_of("Calif.", false), None);
    }
}
