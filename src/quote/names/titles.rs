//! Titles before a name: offices ("Gov.", "Secretary-General"), a party's
//! member, and the honorifics that tell "he" from "she".

use super::{TITLE_SET, is_occupation};
use crate::quote::given::Gender;

#[inline]
pub fn is_title(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    // "Governor-elect Nadine Prescott", "President-elect".
    // (Only a capitalised one: "Secretary-General".)
    TITLE_SET.contains(w)
        || (w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && w.as_bytes().contains(&b'-')
            && is_hyphenated_title(w))
}

/// "Governor-elect", and an office of two words ("Secretary-General",
/// "Attorney-General"); kept out of line, as few words hold a hyphen.
#[inline(never)]
fn is_hyphenated_title(w: &str) -> bool {
    // ("Rep.-elect Dana X": the abbreviation keeps its dot.)
    w.strip_suffix("-elect")
        .is_some_and(|t| TITLE_SET.contains(t.trim_end_matches('.')))
        || w.split_once('-').is_some_and(|(a, b)| {
            TITLE_SET.contains(b) && (TITLE_SET.contains(a) || is_occupation(a))
        })
}

/// A title that is also a common surname ("Angela King", "Ruth Bishop"):
/// after a given name it is the surname.
#[inline]
pub fn is_surname_title(word: &str) -> bool {
    matches!(
        word,
        "King"
            | "Bishop"
            | "Judge"
            | "Prince"
            | "Pope"
            | "Constable"
            | "Sheriff"
            | "Deacon"
            | "Baron"
            | "Cardinal"
            | "Clerk"
            | "Coach"
            | "Chancellor"
            | "Marshal"
            | "Major"
    )
}

/// A member of a party named by it ("Republican", "Tories"): a noun in
/// capitals.
#[inline]
pub fn is_party_member(w: &str) -> bool {
    matches!(
        w.strip_suffix('s').unwrap_or(w),
        "Republican" | "Democrat" | "Conservative" | "Tory" | "Torie" | "Liberal" | "Socialist"
    )
}

/// A word of a party's name ("Liberal", "Democrat", "Lib", "Dem",
/// "Labour"): no name of a person, when every word of a name is one.
#[inline]
pub fn is_party_word(w: &str) -> bool {
    is_party_member(w)
        || matches!(
            w,
            "Social"
                | "Democratic"
                | "Lib"
                | "Dem"
                | "Dems"
                | "GOP"
                | "Labour"
                | "Independent"
                | "Green"
        )
}

/// Does a party's name end with `w` ("Liberal Democrat", "Lib Dem",
/// "Scottish Labour")? No person's name does.
#[inline]
pub fn ends_party_name(w: &str) -> bool {
    is_party_member(w) || matches!(w, "Dem" | "Dems" | "Labour" | "GOP")
}

/// Is `word` a title written short, whose dot belongs to it ("Sen.",
/// "Dr.")? A title written in full ends a sentence with its dot ("said the
/// governor.").
#[inline]
pub fn is_short_title(word: &str) -> bool {
    matches!(
        crate::words::lower(word).as_ref(),
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "prof"
            | "sen"
            | "sens"
            | "rep"
            | "reps"
            | "gov"
            | "gen"
            | "col"
            | "capt"
            | "lt"
            | "sgt"
            | "rev"
            | "st"
            | "det"
            | "insp"
            | "supt"
            | "cllr"
            | "cmdt"
            | "cmdr"
            | "maj"
            | "brig"
            | "adm"
            | "cpl"
            | "pte"
            | "atty"
            | "hon"
            | "smt"
    )
}

/// A courtesy title that says nothing of an office: "Mr", "Ms.", "Dr".
#[inline]
pub fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Mx" | "Dr"
    )
}

/// The gender an honorific gives ("Mr.", "Mrs", "Ms.").
#[inline]
pub fn gender_of_honorific(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.') {
        "Mr" | "Mister" | "MR" => Some(Gender::Male),
        "Ms" | "Mrs" | "Miss" | "MS" | "MRS" => Some(Gender::Female),
        // Titles of rank or respect that say it too ("Prince Adebola X",
        // "Alhaji Musa X", "Dame Philippa X", "Smt. Kavita X").
        "Sir" | "Prince" | "King" | "Lord" | "Duke" | "Baron" | "Alhaji" | "Mallam" | "Shri"
        | "Sheikh" => Some(Gender::Male),
        "Dame" | "Lady" | "Princess" | "Queen" | "Duchess" | "Baroness" | "Alhaja" | "Smt"
        | "Shrimati" | "Begum" => Some(Gender::Female),
        "Monsieur" | "Herr" | "Signor" | "Señor" | "Senhor" => Some(Gender::Male),
        "Mme" | "Madame" | "Mlle" | "Frau" | "Signora" | "Señora" | "Senhora" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

/// `full`, the name a mention opening with the honorific `h` would stand
/// for, unless its given name says the other gender: then the honorific
/// and the surname ("Ms Ellery-Banks" is not "Marcus Ellery-Banks", her
/// husband).
pub fn with_honorific(h: &str, surname: &str, full: &str) -> String {
    let first = full.split(' ').next().unwrap_or("");
    match (
        gender_of_honorific(h),
        crate::quote::given::likely_gender(first),
    ) {
        (Some(a), Some(b)) if a != b && full.contains(' ') => {
            format!("{} {surname}", h.trim_end_matches('.'))
        }
        _ => full.to_string(),
    }
}

/// Words that name a government department ("Secretary of Homeland
/// Security", "Minister of Foreign Affairs").
pub(in crate::quote) fn is_department(word: &str) -> bool {
    matches!(
        word,
        "State"
            | "Defense"
            | "Defence"
            | "Homeland"
            | "Security"
            | "Health"
            | "Human"
            | "Services"
            | "Treasury"
            | "Labor"
            | "Labour"
            | "Commerce"
            | "Energy"
            | "Education"
            | "Agriculture"
            | "Justice"
            | "Interior"
            | "Transportation"
            | "Transport"
            | "Housing"
            | "Veterans"
            | "Affairs"
            | "Finance"
            | "Foreign"
            | "Home"
            | "War"
            | "Trade"
            | "Economy"
            | "Environment"
            | "Information"
            | "Water"
            | "Power"
            | "Culture"
            | "Tourism"
            | "Communications"
            | "Petroleum"
            | "Railways"
            | "Industry"
            | "Planning"
            | "Development"
            | "Science"
            | "Technology"
            | "Immigration"
            | "Employment"
            | "Works"
            | "Revenue"
            | "Fisheries"
            | "Forestry"
            | "Mines"
            | "Welfare"
            | "Infrastructure"
            | "Aviation"
            | "Broadcasting"
    )
}
