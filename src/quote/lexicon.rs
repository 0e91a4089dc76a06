//! The word lists the quote finder reads names and speakers with: titles,
//! speech verbs, speaker nouns, occupations, organisation words.

/// Titles that may precede a name (compared lowercase, without a final dot).
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sen", "senator", "rep", "gov",
    "governor", "president", "vice", "prime", "minister", "mayor", "councillor", "councilor",
    "judge", "chief", "gen", "general", "col", "capt", "captain", "lt", "sgt", "officer", "sir",
    "dame", "lord", "lady", "rev", "father", "sister", "nurse", "coach", "chancellor", "secretary",
    "commissioner", "inspector", "superintendent", "detective", "deputy", "ambassador", "king",
    "queen", "prince", "princess", "pope", "bishop", "rabbi", "imam", "st", "mp", "mep", "speaker",
    "clerk", "treasurer", "comptroller", "auditor", "councilmember", "councilman",
    "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember",
    "supervisor", "delegate", "undersecretary", "under-secretary", "justice", "executive", "ceo",
    // "Cllr Morwenna Pengelly", "Chief Constable X", "Det. Insp. X", "Sheriff X".
    "cllr", "constable", "insp", "det", "supt", "sheriff", "archbishop", "cardinal", "pastor",
    "deacon", "sheikh", "mufti", "emir", "admiral", "commander", "lieutenant", "colonel",
    "brigadier", "sergeant", "baroness", "baron", "viscount", "datuk", "dato", "datin", "seri",
    // "Cmdt. Renaud Fercoq", "Maj. Gen. X", "Atty. Gen. X", "the Hon. X".
    "cmdt", "cmdr", "maj", "brig", "adm", "cpl", "pte", "atty", "hon",
    // "Alhaji Musa X", "Shri Rajendra X", "Smt. Kavita X", "Begum X".
    "alhaji", "alhaja", "mallam", "shri", "sri", "smt", "shrimati", "begum", "pandit", "sultan",
    // "HRH Igwe Chukwuemeka X", "Oba X": traditional rulers.
    "hrh", "igwe", "oba",
    // "Mme Delacroix", "Herr Weber", "Signora Rossi", "Señor Garcia".
    "mme", "madame", "mlle", "monsieur", "herr", "frau", "signor", "signora", "señor", "señora",
    "senhor", "senhora",
    // "Taoiseach Ciarán X", "Co-leader Ruaridh X".
    "taoiseach", "tánaiste", "tanaiste", "co-leader", "cm", "pm",
    // "Sens. Annika X and Raymond Y said": two senators' title.
    "sens", "reps",
    // "Senate President pro Tem Yolanda X".
    "tem", "tempore",
    // "Magistrate Colm X", "Coroner Ines X".
    "magistrate", "coroner",
    // "Professor Emeritus Iolo X".
    "emeritus", "emerita",
    // "City Controller Abe X", "County Assessor X", "Selectwoman X".
    "controller", "assessor", "recorder", "selectman", "selectwoman", "selectperson",
    "councilperson", "archdeacon",
    // "Puan Siti X", "Encik Faisal X": Malay for Mrs and Mr.
    "puan", "encik",
    // "Cr Ann X" (an Australian councillor), "Mx", "Ald X", "Trooper X",
    // "Ayatollah X".
    "cr", "mx", "ald", "alderperson", "trooper", "ayatollah",
];

/// Words that start a sentence but are not names.
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "a", "an", "the", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before",
    "as", "at", "in", "on", "of", "for", "from", "to", "with", "by", "it", "its", "this", "that",
    "these", "those", "there", "here", "then", "now", "we", "i", "you", "he", "she", "they", "his",
    "her", "their", "our", "my", "your", "what", "who", "why", "how", "where", "which", "one",
    "some", "many", "most", "all", "no", "not", "never", "always", "yes", "last", "next", "today", "tonight",
    "yesterday", "tomorrow", "asked", "still", "even", "only", "instead", "however", "meanwhile",
    "also", "both", "each", "every", "such", "more", "less", "other", "since", "until", "because",
    "although", "though", "despite", "during", "under", "over", "inside", "outside", "later",
    "earlier", "afterward", "afterwards", "elsewhere", "nearby", "separately", "overall", "again",
    "indeed", "otherwise", "already", "finally", "initially", "ultimately", "across", "behind",
    "beyond", "around", "throughout", "among", "between", "against", "without", "within", "about",
    "unlike", "upstairs", "downstairs", "downtown", "another", "several", "any", "few", "recent",
    // Conjunctions and prepositions that open a clause ("Once Harmon left,").
    "once", "whenever", "unless", "whether", "amid", "upon", "towards", "toward", "except",
    // Greetings and interjections that open a quote ("Hey Twitter, ...").
    "hey", "hi", "hello", "dear", "oh", "thanks", "congratulations", "sorry", "please",
];

pub const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we"];

/// Words that make a lowercase noun phrase a speaker ("a spokesman", "officials").
#[rustfmt::skip]
pub const SPEAKER_NOUNS: &[&str] = &[
    // "her own deputies": members of a parliament.
    "deputies", "deputy", "delegate", "emissary",
    "spokesman", "spokeswoman", "spokesperson", "official", "officials", "company", "statement",
    // Businesses and institutions by their line ("“...,” the airline said").
    // (Not those that mostly qualify a noun of people: "School officials".)
    "airline", "carrier", "retailer", "insurer", "lender", "carmaker", "automaker", "chain",
    "broadcaster", "publisher", "supermarket", "manufacturer", "supplier", "contractor",
    "utility", "startup", "conglomerate", "distributor", "airlines", "retailers", "insurers",
    "lenders", "manufacturers", "suppliers",
    // "a confidant of X said": someone close to a named person.
    "confidant", "confidante",
    // "“...,” the pair said in a joint statement": two people named before.
    "pair", "duo", "trio",
    // "a senior League figure ... the figure said".
    "figure",
    // "the three-judge panel said".
    "panel",
    // Offices of local bodies, schools and churches ("the council's convener, X, says").
    "taoiseach", "tánaiste", "tanaiste", "peer", "chairperson",
    "convener", "convenor", "provost", "ombudsman", "registrar", "warden", "chaplain",
    "coordinator", "administrator", "curator", "headteacher", "headmaster", "headmistress",
    "rector", "vicar", "priest", "pastor", "surgeon", "paramedic", "firefighter", "trustee",
    "imam", "rabbi", "bishop", "archbishop", "cleric", "cardinal", "sprinter", "cyclist",
    // "the monarch said", of a traditional ruler ("HRH Igwe X").
    "monarch",
    "swimmer", "boxer", "golfer",
    "opponent", "rival", "rivals", "predecessor", "successor", "rebel", "rebels", "dissident",
    "dissidents",
    "police", "government", "ministry", "department", "council", "board", "union", "spokespeople",
    "party", "parties",
    "source", "sources", "report", "residents", "critics", "opponents", "supporters", "experts",
    "analysts", "organisers", "organizers", "campaigners", "lawyers", "lawyer", "prosecutors",
    "investigators", "researchers", "scientists", "doctors", "nurses", "teachers", "parents",
    "workers", "passengers", "farmers", "growers", "fishermen", "association", "trust", "agency",
    "operator", "developer", "district", "authority", "authorities", "committee", "group", "mayor",
    "minister", "chair", "chairman", "chairwoman", "director", "manager", "owner", "president",
    "secretary", "treasurer", "superintendent", "principal", "leader", "chief", "executive",
    "founder", "organiser", "resident", "witness", "victim", "family", "neighbour", "neighbor",
    "patient", "student", "driver", "worker", "teacher", "farmer", "fan", "fans", "expert",
    "analyst", "economist", "strategist", "investor", "investors", "trader", "traders", "observer",
    "observers", "professor", "researcher", "scientist", "doctor", "physician", "adviser",
    "advisor", "advisers", "advisors", "aide", "aides", "ally", "allies", "lawmaker", "lawmakers",
    "legislator", "legislators", "senator", "candidate", "voter", "voters", "activist",
    "activists", "protester", "protesters", "protestor", "protestors", "member", "members",
    "citizen", "citizens", "customer", "customers", "employee", "employees", "staff", "person",
    "people", "man", "woman", "men", "women", "friend", "friends", "relative", "relatives",
    "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "insider",
    "insiders", "colleague", "colleagues", "counterpart", "counterparts", "partner", "ceo", "boss", "coach", "player", "players",
    "teammate", "writer", "author", "authors", "journalist", "reporter", "editor", "commentator",
    "critic", "historian", "specialist", "consultant", "engineer", "pilot", "soldier", "commander",
    "diplomat", "diplomats", "ambassador", "envoy", "negotiator", "regulator", "regulators",
    "prosecutor", "attorney", "judge", "officer", "officers", "agent", "agents", "representative",
    "representatives", "actor", "actress", "singer", "guitarist", "musician", "artist", "user",
    "users", "commenter", "commenters", "viewer", "viewers", "reader", "readers", "study",
    "survey", "letter", "filing", "lawsuit", "complaint", "indictment", "memo", "office",
    "guidance", "guidelines", "manifesto", "memorandum",
    "embassy", "administration", "campaign", "firm", "body", "team", "club", "league", "court", "army",
    "military", "navy", "delegation", "delegates", "governor", "governors", "congressman",
    "congresswoman", "sheriff", "councillor", "councilor", "councilman", "councilwoman",
    "commissioner", "chancellor", "premier", "nominee", "incumbent", "challenger", "spokesmen",
    "spokeswomen", "senators", "ministers", "mayors", "negotiators", "defendant", "plaintiff",
    "counsel",
    // Parties to a case and people held or displaced ("One petitioner said").
    "petitioner", "claimant", "applicant", "appellant", "detainee", "detainees", "prisoner",
    "prisoners", "inmate", "inmates", "migrant", "migrants", "refugee", "refugees", "survivor",
    "survivors", "shopper", "shoppers", "mourner", "mourners", "villager", "villagers",
    "pollster", "pollsters", "strategists", "economists", "speaker", "mp", "mps", "mep",
    "meps", "msp", "msps", "backbencher", "backbenchers", "frontbencher", "frontbenchers",
    "mediator", "mediators", "companies", "opposition", "coalition", "cabinet", "regime",
    "firms", "groups", "unions", "organisations", "organizations", "agencies", "hospitals",
    "families", "leaders", "ministries", "governments",
    // Bodies a story names in full first ("the National Audit Bureau ...
    // the bureau said").
    "bureau", "watchdog", "commission", "inspectorate", "tribunal", "institute", "foundation",
    "head", "heads", "fisherman", "shopkeeper", "landlord", "tenant", "tenants", "landlords",
    "charity", "organisation", "organization",
    // Institutions by their kind ("“...,” the bank said in a statement",
    // "the hospital said").
    "bank", "banks", "fund", "hospital", "university", "college", "school", "museum", "church",
    "city", "county",
    // Ranks ("the general said" after "General Sir Rowan X").
    "general", "generals", "admiral", "admirals", "colonel", "brigadier", "marshal",
    // A person described by age, standing or place in a team ("the
    // teenager said", "the veteran", "the goalkeeper").
    "teenager", "youngster", "veteran", "rookie", "striker", "midfielder", "goalkeeper",
    "defender", "winger", "skipper", "pensioner", "widow", "widower", "grandmother",
    "grandfather", "schoolgirl", "schoolboy", "boy", "girl", "boys", "girls",
    // Care workers ("One senior nurse, who asked not to be named, said").
    "nurse", "midwife", "midwives", "carer",
    // Local and court offices with no agent's ending ("the clerk said",
    // "the justice wrote").
    "clerk", "clerks", "justice", "justices", "magistrate", "coroner", "dean", "whip",
    "alderman", "alderwoman", "assemblyman", "assemblywoman", "assemblymember",
    "councilmember",
];

/// Occupations written before a name ("grower Halina Sobczak").
#[rustfmt::skip]
pub const OCCUPATIONS: &[&str] = &[
    "baker", "grower", "farmer", "nurse", "teacher", "driver", "porter", "florist", "fisherman",
    "engineer", "owner", "resident", "student", "worker", "organiser", "organizer", "retired",
    "union", "shopkeeper", "landlord", "tenant", "glassblower", "novelist", "ecologist", "keeper",
    "hydrologist", "librarian", "director", "manager", "chair", "treasurer", "captain", "kitchen",
    "head", "harbour", "harbor", "board", "planning", "tower", "station", "choir", "county",
    "moderator", "host", "anchor", "presenter", "panelist", "panellist",
    // "Campaigner Delyth X", "Pollster Ian X".
    "campaigner", "protester", "protestor", "pensioner", "commuter", "volunteer", "lawyer",
    "attorney", "economist", "analyst", "historian", "strategist", "pollster", "consultant",
    // "Accountant Horatio X went further", "Activist Ama X".
    "accountant", "auditor", "architect", "surveyor", "solicitor", "barrister", "activist",
    "researcher", "scientist", "journalist", "photographer", "filmmaker", "entrepreneur",
    "investor", "landowner", "epidemiologist",
    // Trades: "Harbourmaster Fionnbarr X", "Publican Dervla X".
    "harbourmaster", "harbormaster", "shepherd", "crofter", "publican", "plumber",
    "electrician", "carpenter", "builder", "mechanic", "miner", "ferryman", "postman", "cleaner",
    "chef", "barber", "hairdresser", "butcher", "grocer", "pharmacist", "welder", "fisherwoman",
    // Party words: "Republican Dale Harmon", "Liberal Democrat Fiona McTavish".
    "republican", "democrat", "democratic", "liberal", "conservative", "labour", "tory", "gop",
];

/// Speech verbs in every form.
#[rustfmt::skip]
pub const CUES: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
    "asked", "asks", "wrote", "writes", "explained", "explains", "noted", "notes", "argued",
    "argues", "insisted", "insists", "claimed", "claims", "declared", "declares", "continued",
    "continues", "recalled", "recalls", "warned", "warns", "warning", "tweeted", "tweets",
    "replied", "replies", "responded", "responds", "acknowledged", "acknowledges", "admitted",
    "admits", "announced", "announces", "suggested", "suggests", "stressed", "stresses", "urged",
    "urges", "urging", "complained", "complains", "testified", "testifies", "confirmed", "confirms",
    "denied", "denies", "concluded", "concludes", "revealed", "reveals", "joked", "jokes",
    "observed", "observes", "remarked", "remarks", "predicted", "predicts", "conceded", "concedes",
    "pointed", "shouted", "whispered", "wondered", "agreed", "agrees", "countered", "counters",
    "laughed", "sighed", "cautioned", "cautions", "promised", "promises", "maintained",
    "maintains", "emphasised", "emphasized", "reported", "reports", "comments", "commented",
    "quipped", "quips", "stated", "reiterated", "reiterates", "written", "exclaimed", "boasted",
    "boasts", "lamented", "laments", "recounted", "recounts", "answered", "answers", "mused",
    "muses", "elaborated", "noting", "explaining", "arguing", "insisting", "asking", "wonders",
    "texted", "posted", "writing", "alleging", "claiming", "alleged", "alleges", "assured",
    "assures",
    // "he would respond, “...”", "she'd reply:".
    "respond", "reply",
    // "“...!” one man yelled.", "“...,” the sheriff retorted."
    "retorted", "retorts", "yelled", "yells", "screamed", "snapped", "interjected", "scoffed",
    "fumed", "chanted", "chanting",
    // "“Who decided this?” demanded one parent."
    "demanded",
    // "One officer can be heard shouting: “...”", "he is heard replying".
    "shouting", "yelling", "replying",
];

/// Words between a speaker and the verb ("Oduya also said", "she has said").
#[rustfmt::skip]
pub const AUX: &[&str] = &[
    "also", "later", "then", "previously", "once", "has", "had", "have", "was", "is", "would",
    "will", "again", "simply", "just", "only", "further", "recently", "earlier", "instead",
    "however", "first", "finally", "now", "still", "even", "did", "does", "might", "may", "could",
];

/// Words that mark an organisation or place rather than a person.
#[rustfmt::skip]
pub const ORG_WORDS: &[&str] = &[
    "radio", "television", "broadcasting", "channel", "fm",
    "trust", "council", "board", "company", "fibre", "renewables", "coaches", "ledger", "gazette",
    "post", "tribune", "courier", "wire", "notes", "street", "road", "quay", "primary", "hall",
    "library", "university", "ministry", "department", "association", "party", "inc", "ltd",
    "media", "news", "group", "bank", "banks", "club", "school", "hospital", "college", "church",
    "centre", "center", "court", "house", "times", "journal", "daily", "weekly", "union", "fund",
    "foundation", "institute", "agency", "service", "services", "authority", "commission",
    "committee", "corporation", "corp", "airlines", "airport", "station", "park", "bridge",
    "river", "sea", "island", "county", "city", "town", "state", "republic", "kingdom", "united",
    "national", "international", "federal", "north", "south", "east", "west", "market", "energy",
    "health", "police", "government", "office", "works", "holdings", "partners", "hotel",
    "restaurant", "cafe", "shop", "store", "museum", "theatre", "theater", "gallery", "studio",
    "studios", "records", "festival", "robotics", "systems", "technologies", "labs", "motors",
    "airways", "machine", "research", "sciences", "academy", "clinic", "stadium", "arena",
    "prison", "cathedral", "mosque", "synagogue", "temple", "parliament",
    // Lines of business and kinds of body ("Halvorsen Shipping", "the
    // industry's trade body").
    "shipping", "foods", "industries", "logistics", "insurance", "pharmaceuticals", "plc", "llc",
    "mining", "brewery", "telecom", "railways", "rail", "alliance", "federation", "society",
    "league", "firm", "body",
    // Sporting events ("the Andalucia Open", "the Davis Cup").
    "open", "cup", "championship", "championships", "games", "masters", "classic", "trophy",
    "prix", "tour",
];

/// Words that cannot be part of a speaker description.
pub const FUNCTION_WORDS: &[&str] = &[
    "that", "this", "would", "will", "could", "should", "can", "to", "at", "in", "on", "of", "for",
    "with", "by", "from", "and", "or", "but", "it", "is", "was", "be", "been", "not", "no", "as",
    "if", "when", "he", "she", "they", "we", "i", "you", "there", "had", "has", "have",
    // "Asked whether House leaders ...": a question's words are not a speaker.
    "whether", "why", "how", "what", "where", "who", "about",
];

/// Determiners and possessives that start a descriptive speaker phrase.
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "one", "some", "many", "two", "three",
    "several", "another",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_name_each_word_once() {
        for list in [
            TITLES,
            NOT_NAMES,
            PRONOUNS,
            SPEAKER_NOUNS,
            OCCUPATIONS,
            CUES,
            AUX,
            ORG_WORDS,
            FUNCTION_WORDS,
            DETERMINERS,
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert!(seen.insert(w), "{w} twice");
            }
        }
    }
}
