//! Nouns for what a named person is ("the senator", "the actor"), and
//! how an office stands before a name ("Sen.", "Gov.").

/// How a role noun stands before a name: itself, or its abbreviation
/// ("the governor" -> "Gov. Ada Ruiz", "the senator" -> "Sen. ...").
pub(super) fn title_forms(noun: &str) -> Vec<&str> {
    if noun.is_empty() {
        return Vec::new();
    }
    let short: &[&str] = match noun {
        "governor" => &["gov.", "gov"],
        "senator" => &["sen.", "sen"],
        "congressman" | "congresswoman" | "representative" => &["rep.", "rep"],
        "president" => &["pres."],
        "general" => &["gen."],
        "professor" => &["prof."],
        "doctor" => &["dr.", "dr"],
        "lieutenant" => &["lt."],
        "sergeant" => &["sgt."],
        "superintendent" => &["supt."],
        // "the judge" after "Justice X" or "Magistrate X" (a court's own
        // title for its judges).
        "judge" => &["justice", "magistrate"],
        // "the CM" after "Chief Minister X", "the PM" after "Prime Minister X".
        "cm" => &["chief minister"],
        "pm" => &["prime minister"],
        // "the chief executive" after "Transit Authority CEO X", and back.
        "executive" => &["ceo"],
        "ceo" => &["chief executive"],
        // "the monarch" after "HRH Igwe X", "Oba X", "King X".
        "monarch" => &["igwe", "oba", "emir", "king", "queen", "sultan"],
        _ => &[],
    };
    std::iter::once(noun).chain(short.iter().copied()).collect()
}

/// Nouns one person may be called by in turn: "the lawyer" after "The
/// family's attorney, Jo X".
pub(super) fn same_job(a: &str, b: &str) -> bool {
    const LAW: [&str; 5] = ["lawyer", "attorney", "counsel", "solicitor", "barrister"];
    a == b || (LAW.contains(&a) && LAW.contains(&b))
}

/// Jobs that hold no office: "the lawyer" is not someone named as "Mayor
/// X" or "Sen. X".
pub(super) fn is_private_job(noun: &str) -> bool {
    matches!(
        noun,
        "lawyer"
            | "attorney"
            | "barrister"
            | "solicitor"
            | "doctor"
            | "surgeon"
            | "nurse"
            | "teacher"
            | "farmer"
            | "columnist"
            | "commentator"
            | "journalist"
            | "broadcaster"
            | "economist"
            | "historian"
            | "researcher"
            | "scientist"
            | "academic"
            | "analyst"
            | "pollster"
            | "activist"
            | "campaigner"
            | "footballer"
            | "cricketer"
    )
}

/// "the Iowa Democrat", "the former Senator": lower-case "the", then
/// capitalised words ending in a role noun.
pub(super) fn is_role_phrase(n: &str) -> bool {
    n.strip_prefix("the ")
        .and_then(|rest| rest.rsplit(' ').next())
        .is_some_and(|last| is_office_role(&last.to_lowercase()))
}

/// [`is_role`], or "chief": an office in capitals ("Police Chief X",
/// "Fire Chief X") that "the chief" later names. (Not a role everywhere:
/// "The former chief of staff to Gov. X told ..." is no governor.)
pub(super) fn is_office_role(noun: &str) -> bool {
    noun == "chief" || is_role(noun)
}

/// Nouns for what a named person is ("the actor", "the senator"): a
/// definite "the NOUN" speaker is then the person last named.
pub(super) fn is_role(noun: &str) -> bool {
    // "the 41-year-old said".
    noun.ends_with("-year-old")
        || is_private_job(noun)
        || matches!(
            noun,
            "actor"
                | "actress"
                | "singer"
                | "songwriter"
                | "singer-songwriter"
                | "vocalist"
                | "frontman"
                | "frontwoman"
                | "guitarist"
                | "bassist"
                | "drummer"
                | "pianist"
                | "violinist"
                | "cellist"
                | "playwright"
                | "poet"
                | "star"
                | "rapper"
                | "musician"
                | "artist"
                | "author"
                | "novelist"
                | "player"
                | "coach"
                | "quarterback"
                | "senator"
                | "congressman"
                | "congresswoman"
                | "governor"
                | "mayor"
                | "president"
                | "minister"
                | "premier"
                | "chancellor"
                | "candidate"
                | "billionaire"
                | "businessman"
                | "businesswoman"
                | "entrepreneur"
                | "founder"
                | "prince"
                | "princess"
                | "duke"
                | "duchess"
                | "king"
                | "queen"
                | "monarch"
                | "pope"
                | "comedian"
                | "filmmaker"
                | "host"
                | "presenter"
                | "chef"
                | "designer"
                | "athlete"
                | "champion"
                | "striker"
                | "defendant"
                | "democrat"
                | "republican"
                // "the Vermont independent".
                | "independent"
                | "mogul"
                | "tycoon"
                | "magnate"
                | "nominee"
                | "frontrunner"
                | "front-runner"
                | "incumbent"
                | "challenger"
                | "hopeful"
                | "contender"
                | "lawmaker"
                | "legislator"
                | "sheriff"
                | "speaker"
                | "teenager"
                | "youngster"
                | "veteran"
                | "rookie"
                | "midfielder"
                | "goalkeeper"
                | "defender"
                | "winger"
                | "skipper"
                | "pensioner"
                | "widow"
                | "widower"
                | "grandmother"
                | "grandfather"
                | "schoolgirl"
                | "schoolboy"
                | "imam"
                | "rabbi"
                | "bishop"
                | "archbishop"
                | "priest"
                | "pastor"
                | "vicar"
                | "rector"
                | "cleric"
                | "cardinal"
                | "sprinter"
                | "cyclist"
                | "swimmer"
                | "boxer"
                | "golfer"
                // "the former harbour master said".
                | "master"
                | "harbourmaster"
                | "harbormaster"
                | "postmaster"
                | "diplomat"
                | "envoy"
                | "ambassador"
                | "banker"
                | "financier"
                | "investor"
                | "engineer"
                | "professor"
                | "developer"
                | "secretary"
                | "taoiseach"
                | "tánaiste"
                | "tanaiste"
                | "peer"
                | "cm"
                | "pm"
                // "the general told a parade" after "Gen. Tarquin X".
                | "general"
                | "admiral"
                | "colonel"
                | "brigadier"
                | "commander"
                | "prosecutor"
                | "backbencher"
                | "mp"
                | "grandee"
                | "chairman"
                | "chairwoman"
                | "councilman"
                | "councilwoman"
                | "councillor"
                | "councilor"
                | "commissioner"
                | "unionist"
                | "centrist"
                | "progressive"
                | "moderate"
                | "firebrand"
                | "populist"
                | "politician"
                | "boss"
        )
}
