//! Word lists of page furniture: navigation and button words, widget
//! phrases, headings of related-story lists.

/// Words that make up navigation, share buttons and widgets. A short line made
/// only of these (and numbers) is boilerplate.
pub const UI_WORDS: &[&str] = &[
    "a",
    "about",
    "accept",
    "account",
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertising",
    "all",
    "and",
    "app",
    "apps",
    "archive",
    "article",
    "articles",
    "audio",
    "author",
    "back",
    "bluesky",
    "bookmark",
    "business",
    "by",
    "cancel",
    "caption",
    "click",
    "close",
    "comment",
    "comments",
    "contact",
    "content",
    "continue",
    "cookie",
    "cookies",
    "copy",
    // A share button's word once the link is copied.
    "copied",
    "culture",
    "e-edition",
    "e-mail",
    "edition",
    "email",
    // A newsletter form's field: "Enter your email address".
    "enter",
    "address",
    "enlarge",
    "expand",
    "facebook",
    "feedback",
    "follow",
    "font",
    "for",
    "from",
    "full",
    "gift",
    "help",
    "here",
    "hide",
    "home",
    "image",
    "images",
    "in",
    "instagram",
    "latest",
    "link",
    "linkedin",
    "listen",
    "live",
    "loading",
    "log",
    "login",
    "main",
    "manage",
    "menu",
    "min",
    "mins",
    "minute",
    "minutes",
    "more",
    "most",
    "navigation",
    "new",
    "news",
    "newsletter",
    "newsletters",
    "next",
    "now",
    "of",
    "on",
    "open",
    "obituaries",
    "opinion",
    "or",
    "our",
    "page",
    "photo",
    "photos",
    "pinterest",
    "pin",
    "buffer",
    "play",
    "podcast",
    "podcasts",
    "politics",
    "popular",
    "post",
    "previous",
    "print",
    "privacy",
    // A consent banner's button: "Manage preferences".
    "preferences",
    "read",
    "reddit",
    "register",
    "reply",
    "save",
    "screen",
    "search",
    "section",
    "sections",
    "see",
    "settings",
    "share",
    "shares",
    "show",
    "sign",
    "skip",
    "sponsored",
    "sport",
    "sports",
    "story",
    "subscribe",
    "tap",
    "technology",
    "telegram",
    "tweet",
    "messenger",
    "flipboard",
    "text",
    "the",
    "this",
    "threads",
    "to",
    "toggle",
    "top",
    "trending",
    "tumblr",
    "twitter",
    "up",
    "us",
    "via",
    "video",
    "videos",
    "view",
    "watch",
    "weather",
    "whatsapp",
    "sms",
    "world",
    "x",
    "you",
    "your",
    "youtube",
    // Account and browsing buttons ("Edit ProfileSign Out", "Browse All Posts").
    "edit",
    "profile",
    "browse",
    "posts",
    "logout",
    "signup",
    // The same buttons on pages in other languages: back, overview, home,
    // share, log in, search, more, comments.
    "zurück",
    "übersicht",
    "startseite",
    "teilen",
    "anmelden",
    "suche",
    "kommentare",
    "weiterlesen",
    "retour",
    "accueil",
    "partager",
    "connexion",
    "rechercher",
    "commentaires",
    "volver",
    "inicio",
    "compartir",
    "buscar",
    "comentarios",
    "voltar",
    "início",
    "compartilhar",
    "comentários",
    "indietro",
    "condividi",
    "commenti",
    "terug",
    "delen",
    "reacties",
    "kembali",
    "beranda",
    "bagikan",
    "komentar",
];

/// Phrases that mark a short line as a widget, prompt or credit.
pub const WIDGET_PHRASES: &[&str] = &[
    "advertisement",
    "tell us what you think",
    "let us know what you think",
    "all rights reserved",
    "already a subscriber",
    "click here",
    "clicking here",
    "tap here",
    "continue reading",
    "cookie",
    "download the app",
    "embedded content",
    "open in a new window",
    "opens in a new window",
    "follow us",
    "getty images",
    "listen live",
    "listen to this article",
    "show key events",
    // "Normal text sizeLarger text sizeVery large text size".
    "text size",
    "newsletter",
    "privacy policy",
    "share this",
    "sign up",
    "skip to",
    // A search engine's follow button: "Add as preferred on Google", "Make
    // us a preferred source on Google".
    "preferred on google",
    "preferred source",
    // "Story continues below advertisement", "Article continues below".
    "continues below",
    "subscribe",
    "terms of use",
    "terms of service",
    "view this post on",
    "a post shared by",
    "embedded post",
    "requires javascript",
    "sharing is caring",
    "enable javascript",
    // "Please turn on JavaScript to use this feature".
    "turn on javascript",
    "like this article",
    "liked this article",
    "enjoy this article",
    "enjoyed this article",
    "learn more",
    // A consent banner of a network's sites in Europe: "Welcome to THE
    // HARBOR NETWORK'S EUROPEAN UNION EXPERIENCE".
    "european union experience",
];

/// How pages give their reading-time estimate ("4 min read", "Lesezeit:
/// 2 Minuten"), in several languages.
pub const READING_TIME_PHRASES: &[&str] = &[
    "reading time",
    "read time",
    "min read",
    "minute read",
    "mins read",
    "lesezeit",
    "lesedauer",
    "temps de lecture",
    "tiempo de lectura",
    "tempo de leitura",
    "tempo di lettura",
    "leestijd",
];

/// Headings of the lists of other headlines that follow an article.
pub const RELATED_HEADINGS: &[&str] = &[
    "you might also like",
    "you may also like",
    "you might like",
    "related",
    "related stories",
    "related articles",
    "related coverage",
    "related content",
    "related news",
    "more from",
    "more in",
    "more stories",
    "more news",
    "most read",
    "most popular",
    "most viewed",
    "popular now",
    "trending",
    "trending now",
    "recommended",
    "recommended for you",
    "read next",
    "read more",
    "top stories",
    "latest news",
    "latest stories",
    "don't miss",
    "don’t miss",
    "what to read next",
    "in other news",
    "more on this story",
    // Over a story's topic tags: "Explore more on these topics".
    "explore more on these topics",
    "more on these topics",
    "around the web",
    "from around the web",
    "editor's picks",
    "editor’s picks",
    "read this next",
    "recommended stories",
    "recommended articles",
    "recommended reading",
    "we recommend",
    "suggested reading",
    "you may be interested in",
    "you might be interested in",
    "also read",
    "read also",
    "see also",
    "also see",
    "more like this",
    "related reading",
    "further reading",
    "related posts",
    "you may have missed",
    "you might have missed",
    "editors' picks",
    "editors’ picks",
    "others are reading",
    "other people are reading",
    "people are also reading",
    "what others are reading",
];

/// Prefixes of inline "see also" lines: `Read more: Other headline`.
pub const SEE_ALSO_PREFIXES: &[&str] = &[
    "read more:",
    "also read:",
    // "Also Read | Headline".
    "also read |",
    "read also |",
    "read more |",
    "related |",
    "read also:",
    "related:",
    "see also:",
    "watch:",
    "listen:",
    "more:",
    "read:",
    "see more:",
    "read next:",
    "watch more:",
    "recommended:",
    "citation:",
    "topics:",
    "tags:",
    "filed under",
];

/// A list of phrases with a gate on their first two bytes: a line that
/// starts with no phrase's first two bytes, as most lines do, is turned away
/// by one bit lookup instead of a comparison with every phrase.
pub struct Phrases {
    items: &'static [&'static str],
    /// One bit for each pair of bytes that starts some phrase.
    gate: [u64; 1024],
}

impl Phrases {
    /// Every phrase must be at least two bytes long (checked when built).
    pub const fn new(items: &'static [&'static str]) -> Self {
        let mut gate = [0u64; 1024];
        let mut i = 0;
        while i < items.len() {
            let b = items[i].as_bytes();
            assert!(b.len() >= 2, "a phrase of under two bytes");
            let k = pair(b[0], b[1]);
            gate[k >> 6] |= 1 << (k & 63);
            i += 1;
        }
        Self { items, gate }
    }

    /// Might `s` start with one of the phrases? `false` settles it.
    pub fn may_start(&self, s: &str) -> bool {
        match s.as_bytes() {
            [a, b, ..] => {
                let k = pair(*a, *b);
                self.gate[k >> 6] >> (k & 63) & 1 == 1
            }
            _ => false,
        }
    }

    /// Does `s` start with one of the phrases?
    pub fn starts(&self, s: &str) -> bool {
        self.may_start(s) && self.items.iter().any(|p| s.starts_with(p))
    }

    /// Is `s` one of the phrases?
    pub fn holds(&self, s: &str) -> bool {
        self.may_start(s) && self.items.contains(&s)
    }
}

const fn pair(a: u8, b: u8) -> usize {
    (a as usize) << 8 | b as usize
}

/// News agencies and broadcasters known by their initials: a name in
/// capitals title-cased keeps these ("TOM KRISHER, AP AUTO WRITER" ->
/// "Tom Krisher, AP Auto Writer").
/// News agencies by name: a line that is only one ("The Associated Press")
/// credits the story; it is no headline.
pub const AGENCY_NAMES: &[&str] = &[
    "associated press",
    "agence france-presse",
    "agence france presse",
    "press association",
    "united press international",
    "reuters",
    "bloomberg news",
    "australian associated press",
    "press trust of india",
];

/// Labels that open a line of a story's filing details ("Filed to: Weird
/// medicine", "Tags: ferries, winter"): such a line is no headline.
pub const FILING_LABELS: &[&str] = &[
    "filed to:",
    "filed under:",
    "filed in:",
    "posted in:",
    "tags:",
    "tagged:",
    "topics:",
    "categories:",
    "category:",
    "more on:",
];

/// Words of publications' names: a line in capitals with one of them is
/// a masthead, not a headline's kicker.
pub const PUBLICATION_WORDS: &[&str] = &[
    "the",
    "news",
    "times",
    "post",
    "daily",
    "weekly",
    "gazette",
    "herald",
    "tribune",
    "journal",
    "chronicle",
    "express",
    "star",
    "mail",
    "observer",
    "guardian",
    "independent",
    "review",
    "courier",
    "ledger",
    "wire",
    "press",
    "telegraph",
    "mirror",
    "sun",
    "standard",
    "record",
    "bulletin",
    "dispatch",
    "examiner",
    "inquirer",
    "globe",
    "sentinel",
    "register",
    "online",
    "magazine",
    "notes",
    "report",
    "reporter",
    "today",
    "media",
    "network",
    "radio",
    "tv",
    "channel",
    "blog",
    "digest",
    "monitor",
    "echo",
    "argus",
    "advertiser",
    "telegram",
    "citizen",
    "voice",
    "world",
    "gazeta",
    "zeitung",
    "diario",
    "jornal",
    "giornale",
];

pub const AGENCY_ACRONYMS: &[&str] = &[
    "AAP", "ABC", "AFP", "ANI", "ANSA", "AP", "BBC", "CBC", "CBS", "CNN", "DPA", "EFE", "IANS",
    "NBC", "NPR", "PA", "PTI", "RTE", "UPI",
];

#[cfg(test)]
mod phrase_tests {
    use super::Phrases;

    static P: Phrases = Phrases::new(&["read more:", "related", "re", "tags:"]);

    proptest::proptest! {
        #[test]
        fn agrees_with_a_scan(s in "(read more:|related|re|tags:|r|t|x| )*") {
            let items = ["read more:", "related", "re", "tags:"];
            proptest::prop_assert_eq!(P.starts(&s), items.iter().any(|p| s.starts_with(p)));
            proptest::prop_assert_eq!(P.holds(&s), items.contains(&s.as_str()));
        }
    }

    #[test]
    fn turns_away_other_starts() {
        assert!(!P.starts("rx"));
        assert!(!P.starts(""));
        assert!(P.starts("tags: a, b"));
        assert!(P.holds("related"));
        assert!(!P.holds("relate"));
    }
}
