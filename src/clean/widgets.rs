//! Page furniture that reads almost like text: breadcrumbs, WordPress
//! shortcodes, picture captions and credits, reporting credits,
//! newsletter, "follow us" and affiliate notices.

/// What kind of furniture `line` is, if any (`lower` is it in lowercase).
pub fn furniture(line: &str, lower: &str, n_words: usize) -> Option<&'static str> {
    if n_words > 60 || !maybe_furniture(lower) {
        return None;
    }
    let quotes =
        memchr::memchr(b'"', line.as_bytes()).is_some() || crate::words::has_char(line, '“');
    if !quotes && is_picture_caption(line, lower) {
        return Some("photo caption");
    }
    if !quotes && is_cookie_notice(lower) {
        return Some("cookie notice");
    }
    if n_words > 30 {
        return None;
    }
    if is_reporting_credit(lower) {
        return Some("reporting credit");
    }
    if lower.contains("affiliate link")
        || lower.contains("affiliate and/or")
        || lower.contains("may earn a commission")
        || lower.contains("may contain affiliate")
        || lower.contains("affiliate commission")
    {
        return Some("affiliate notice");
    }
    if !quotes
        && (lower.contains("may be reached at") || lower.contains("can be reached at"))
        && line.contains('@')
    {
        return Some("contact line");
    }
    if (lower.contains(" tel") || lower.contains(" fax")) && has_phone_number(lower) {
        return Some("contact line");
    }
    if lower.starts_with("if you enjoyed this") || lower.starts_with("if you liked this") {
        return Some("subscription pitch");
    }
    // "12 issues for £11.99. Click here for more information.", "Use the
    // code ... for as little as Rs 599": a sales pitch, not the article.
    if !quotes
        && (lower.contains("click here")
            || lower.contains("tap here")
            || lower.contains("use the code")
            || lower.contains("promo code"))
        && (has_price(lower) || lower.contains("subscri"))
    {
        return Some("subscription pitch");
    }
    if is_breadcrumbs(line) {
        return Some("breadcrumbs");
    }
    if is_shortcode(line) {
        return Some("shortcode");
    }
    if lower.starts_with("image copyright") || lower.starts_with("image caption") {
        return Some("photo caption");
    }
    if !quotes && is_newsletter_prompt(lower) {
        return Some("newsletter prompt");
    }
    if !quotes && n_words <= 16 && is_follow_prompt(lower) {
        return Some("follow prompt");
    }
    None
}

/// Where a caption says people stand.
const POSITIONS: &[&str] = &[
    ", left,",
    "(left)",
    ", right,",
    "(right)",
    ", center,",
    "(centre)",
    "(center)",
    ", pictured ",
];
/// A caption's closing credit.
const CREDITED: &[&str] = &[
    "(ap)",
    "(reuters)",
    "(afp)",
    "(epa)",
    "(getty images)",
    "(ap photo)",
];
/// Agencies whose name ends a caption.
const AGENCIES: &[&str] = &[
    "ap",
    "reuters",
    "afp",
    "epa",
    "getty images",
    "shutterstock",
    "ap photo",
];

/// A quick test that lets most lines of text through untouched: one
/// automaton pass for every phrase the rules below look for, and the few
/// starts and ends they need.
/// A printed page's running head or foot, as text taken from a PDF has
/// them: a short line that ends in "Page 3" or "Page 3 of 7" ("Capitol
/// Ledger — March 4, 2026 Page 3", "Continued on page 12"), or starts with
/// "Page 3 of 7".
pub fn is_page_number(lower: &str) -> bool {
    /// `s` less the number it ends with.
    fn less_number(s: &str) -> Option<&str> {
        let rest = s.trim_end_matches(|c: char| c.is_ascii_digit());
        (rest.len() < s.len()).then_some(rest)
    }
    let t = lower.trim();
    let ends = less_number(t).is_some_and(|rest| {
        let rest = rest
            .strip_suffix(" of ")
            .and_then(less_number)
            .unwrap_or(rest);
        rest == "page " || rest.ends_with(" page ")
    });
    let starts = t.strip_prefix("page ").is_some_and(|rest| {
        let number = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        number.len() < rest.len()
            && number
                .strip_prefix(" of ")
                .is_some_and(|of| of.starts_with(|c: char| c.is_ascii_digit()))
    });
    ends || starts
}

/// A consent banner: "We use cookies to improve your experience. By
/// continuing to browse, you agree to our use of cookies." It speaks to the
/// reader of the site itself, which an article about cookie rules does not.
fn is_cookie_notice(lower: &str) -> bool {
    lower.contains("cookie")
        && [
            "we use",
            "uses cookies",
            "you agree",
            "you consent",
            "your consent",
            "your experience",
            "your browsing",
            "our site",
            "our website",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

fn maybe_furniture(lower: &str) -> bool {
    const MARKS: &[&str] = &[
        "cookie",
        "affiliate",
        "may earn a commission",
        "reached at",
        "newsletter",
        "inbox",
        " > ",
        "image copyright",
        "image caption",
        "reporting by",
        "contributed",
        "editing by",
        "writing by",
        "compiled by",
        "reporting from",
        " tel",
        " fax",
        "if you enjoyed this",
        "if you liked this",
        "click here",
        "tap here",
        "use the code",
        "promo code",
    ];
    static AC: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::new(MARKS.iter().chain(POSITIONS).chain(CREDITED)).ok()
        });
    let t = lower.trim_end();
    let marked = match &*AC {
        Some(ac) => ac.is_match(lower),
        None => MARKS
            .iter()
            .chain(POSITIONS)
            .chain(CREDITED)
            .any(|m| lower.contains(m)),
    };
    marked
        || lower.starts_with('[')
        || lower.starts_with("follow ")
        || lower.starts_with("subscribe to ")
        || [
            "ap",
            "reuters",
            "afp",
            "epa",
            "images",
            "shutterstock",
            "photo",
        ]
        .iter()
        .any(|a| t.ends_with(a))
}

/// "News > Nation", "Home > Sport > Football".
fn is_breadcrumbs(line: &str) -> bool {
    if !line.contains(" > ") {
        return false;
    }
    let parts: Vec<&str> = line.split(" > ").map(str::trim).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.split_whitespace().count()) && !p.ends_with('.'))
}

/// `[button link="..."] Send us YOUR review[/button]`.
fn is_shortcode(line: &str) -> bool {
    let t = line.trim_start();
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    let name_len = rest
        .bytes()
        .take_while(|b| b.is_ascii_lowercase() || *b == b'_')
        .count();
    name_len >= 2
        && rest[name_len..].starts_with([' ', ']'])
        && (line.contains("[/") || rest.find(']').is_some_and(|e| rest[..e].contains('=')))
}

/// "Get the day's top headlines delivered to your inbox by subscribing to
/// our newsletter."
fn is_newsletter_prompt(lower: &str) -> bool {
    (lower.contains("newsletter") || lower.contains("inbox"))
        && (lower.contains("subscrib")
            || lower.contains("sign up")
            || lower.contains("signing up")
            || lower.contains("to your inbox")
            || lower.contains("in your inbox")
            // The fine print under a sign-up box: "Privacy Notice:
            // Newsletters may contain info about charities, ...".
            || lower.starts_with("privacy notice"))
}

/// A short line in a newsletter's sign-up box, between its prompt and
/// its fine print ("Sign up to Morning Briefing" / "Our morning email
/// breaks down the key stories of the day" / "Privacy Notice: ..."): a
/// line of text of at most 20 words, with no quote mark, after a line
/// dropped as furniture and before a newsletter's (its fine print).
pub fn newsletter_blurbs(units: &[String], kinds: &mut [super::lines::LineKind]) {
    use super::lines::LineKind;
    const PROMPT: LineKind = LineKind::Boilerplate("newsletter prompt");
    for i in 1..kinds.len().saturating_sub(1) {
        let (before, after) = (kinds[i - 1], kinds[i + 1]);
        let u = &units[i];
        if kinds[i] == LineKind::Text
            && matches!(before, LineKind::Boilerplate(_))
            && after == PROMPT
            && u.split_whitespace().count() <= 20
            && !u.contains(['"', '“', '”'])
        {
            kinds[i] = PROMPT;
        }
    }
}

/// "202-628-8500": three, three and four digits.
fn has_phone_number(lower: &str) -> bool {
    // A run of digits and dashes shaped 555-123-4567.
    lower
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .any(|w| {
            let b = w.as_bytes();
            b.len() == 12
                && b.iter()
                    .enumerate()
                    .all(|(i, &c)| (c == b'-') == (i == 3 || i == 7))
        })
}

/// "(Reporting by Ada Varga; Editing by Bram Oduya)", "Additional reporting
/// by Femi Adeyemi".
fn is_reporting_credit(lower: &str) -> bool {
    let t = lower.trim_start_matches(['(', '[']);
    [
        "reporting by ",
        "additional reporting by ",
        "editing by ",
        "writing by ",
        "compiled by ",
        "additional reporting from ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        // "Associated Press writer X contributed to this report.", "X in
        // Rome contributed reporting.": a wire's credit line.
        || (t.split_whitespace().count() <= 40
            && [
                " contributed to this report",
                " contributed to this story",
                " contributed to this article",
                " contributed reporting",
            ]
            .iter()
            .any(|p| t.contains(p)))
        // "Reporting from Albany": where the writer filed from, under the
        // byline.
        || (t.starts_with("reporting from ")
            && t.split_whitespace().count() <= 6
            && !t.trim_end().ends_with(['.', '!', '?']))
}

/// A picture's caption: who stands where ("Mark Esper, left, and ..."), or
/// text that ends in the agency's name ("... in New York.Reuters",
/// "... Timothy Weeks AP").
fn is_picture_caption(line: &str, lower: &str) -> bool {
    let t = lower.trim_end();
    if POSITIONS.iter().any(|p| t.contains(p)) || CREDITED.iter().any(|c| t.ends_with(c)) {
        return true;
    }
    AGENCIES.iter().any(|a| {
        t.strip_suffix(a).is_some_and(|head| {
            // Run into the sentence (".Reuters") or after a name without a
            // full stop ("Weeks AP"), never the end of a sentence.
            head.ends_with('.') && !head.ends_with(". ")
                || (head.ends_with(' ')
                    && !head.trim_end().ends_with(['.', '!', '?', ':', ','])
                    && line
                        .trim_end()
                        .ends_with(|c: char| c.is_uppercase() || c == 's')
                    && line
                        .get(..head.len())
                        .and_then(|h| h.split_whitespace().next_back())
                        .is_some_and(|w| w.starts_with(char::is_uppercase)))
        })
    })
}

/// "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
/// "Subscribe to the Gazette on YouTube", "Follow AP's full coverage at ...".
fn is_follow_prompt(lower: &str) -> bool {
    const WHERE: &[&str] = &[
        "coverage",
        "http",
        "twitter",
        "facebook",
        "instagram",
        "youtube",
        "tiktok",
        "linkedin",
    ];
    (lower.starts_with("follow ") || lower.starts_with("subscribe to "))
        && WHERE.iter().any(|s| lower.contains(s))
}

/// A price: a currency sign or "rs"/"usd" right before a digit.
fn has_price(lower: &str) -> bool {
    lower
        .match_indices(['£', '$', '€', '₹'])
        .any(|(k, m)| lower[k + m.len()..].starts_with(|c: char| c.is_ascii_digit()))
        || ["rs ", "rs.", "usd ", "inr "].iter().any(|p| {
            lower.match_indices(p).any(|(k, _)| {
                (k == 0 || !lower.as_bytes()[k - 1].is_ascii_alphanumeric())
                    && lower[k + p.len()..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
            })
        })
}

/// Where a link to another story that ends a paragraph starts ("...
/// shortage of crew. Read more: Crew shortage hits ferry routes"): after a
/// sentence's end, a label, then a headline of at most 16 words that ends
/// no sentence.
pub fn inline_teaser_at(p: &str) -> Option<usize> {
    // (The label and 16 words fit in the paragraph's last 300 bytes, and
    // most paragraphs hold no ": " there: only the tail is read.)
    let from = p.len().saturating_sub(300);
    let from = (from..p.len()).find(|&i| p.is_char_boundary(i))?;
    let tail = &p.as_bytes()[from..];
    let colon =
        from + memchr::memrchr_iter(b':', tail).find(|&i| tail.get(i + 1) == Some(&b' '))?;
    let label = ["Read more", "Also read", "Read also", "Related"]
        .iter()
        .find(|l| {
            colon >= l.len()
                && p.is_char_boundary(colon - l.len())
                && p[colon - l.len()..colon].eq_ignore_ascii_case(l)
        })?;
    let at = colon - label.len();
    let before = p[..at].trim_end();
    let headline = &p[colon + 2..];
    // ("Read More", "READ MORE", "Read more": a capital first.)
    (at > 0
        && p[at..].starts_with(|c: char| c.is_uppercase())
        && p[..at].ends_with(' ')
        && before.ends_with(['.', '!', '?', '”', '"'])
        && (1..=16).contains(&headline.split_whitespace().count())
        && !headline.trim_end().ends_with(['.', '!', '?']))
    .then_some(before.len())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_story_link_that_ends_a_paragraph_is_found() {
        let p =
            "The operator said the cuts were needed. Read more: Crew shortage hits ferry routes";
        assert_eq!(
            inline_teaser_at(p).map(|e| &p[..e]),
            Some("The operator said the cuts were needed.")
        );
        let p = "“We will appeal,” she said. ALSO READ: Judge blocks ferry cuts";
        assert_eq!(
            inline_teaser_at(p).map(|e| &p[..e]),
            Some("“We will appeal,” she said.")
        );
        // Not prose that goes on, a label that opens the paragraph, or a
        // sentence after the label.
        for p in [
            "Read more: Crew shortage hits ferry routes",
            "The union asked members to read more: the leaflet, the ballot paper and the offer",
            "The report is long. Read more: it explains why the crews left in the spring.",
        ] {
            assert_eq!(inline_teaser_at(p), None, "{p}");
        }
    }
    use super::*;

    fn kind(line: &str) -> Option<&'static str> {
        furniture(line, &line.to_lowercase(), line.split_whitespace().count())
    }

    #[test]
    fn a_printed_pages_head_or_foot_is_a_page_number() {
        for line in [
            "Capitol Ledger — March 4, 2026 Page 3",
            "Page 12",
            "page 3 of 7",
            "Page 3 of 7 The Harbour Ledger",
            "The Harbour Ledger, Wednesday 4 March 2026 | Page 14 of 20",
            // A jump line, as furniture as the running head.
            "Continued on page 12",
        ] {
            assert!(is_page_number(&line.to_lowercase()), "{line}");
        }
        for line in [
            "The front page",
            "He read page 3 aloud, then left.",
            "She won 2 of 5 races",
            "Page 3 girls",
            "Homepage 3",
        ] {
            assert!(!is_page_number(&line.to_lowercase()), "{line}");
        }
    }

    #[test]
    fn furniture_is_named() {
        assert_eq!(kind("News > Nation"), Some("breadcrumbs"));
        assert_eq!(kind("Home > Sport > Harbour rowing"), Some("breadcrumbs"));
        assert_eq!(
            kind(
                "[button link=”https://x.example/kit/” type=”big”] Send us YOUR kit review[/button]"
            ),
            Some("shortcode")
        );
        assert_eq!(
            kind("Image copyright Getty Images Image caption The ferry at dawn"),
            Some("photo caption")
        );
        assert_eq!(
            kind(
                "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter."
            ),
            Some("newsletter prompt")
        );
        assert_eq!(
            kind("Follow the Gazette on Instagram, Facebook and Twitter."),
            Some("follow prompt")
        );
        assert_eq!(
            kind(
                "Follow the Gazette’s full coverage of the ferry at https://gazette.example/ferry"
            ),
            Some("follow prompt")
        );
        assert_eq!(
            kind(
                "Harbour master Ines Calloway, left, and pilot Bram Oduya walk the north pier in March."
            ),
            Some("photo caption")
        );
        assert_eq!(
            kind("The ferry leaves the north pier at dawn.Reuters"),
            Some("photo caption")
        );
        assert_eq!(
            kind("Pilots Ada Varga and Bram Oduya AP"),
            Some("photo caption")
        );
        assert_eq!(
            kind("(Reporting by Ada Varga; Editing by Bram Oduya)"),
            Some("reporting credit")
        );
        assert_eq!(
            kind("Additional reporting by Femi Adeyemi"),
            Some("reporting credit")
        );
        assert_eq!(
            kind("Associated Press writer Dominic Farrell contributed to this report."),
            Some("reporting credit")
        );
        assert_eq!(
            kind("Ines Ruiz in Tarrow contributed reporting."),
            Some("reporting credit")
        );
        // (A sentence of the story that speaks of contributions stays.)
        assert_eq!(
            kind("Donors contributed more than $4 million to the campaign last year."),
            None
        );
        assert_eq!(
            kind(
                "This post may contain affiliate and/or referral links. Please see my disclosure page."
            ),
            Some("affiliate notice")
        );
        assert_eq!(
            kind("Have a tip? Marta Quinlan may be reached at mquinlan@gazette.example."),
            Some("contact line")
        );
        assert_eq!(
            kind("The north pier in Port Ellis, Ore. (AP)"),
            Some("photo caption")
        );
        assert_eq!(
            kind("The Harbor Gazette 12 Quay Street | 555-628-8500 tel | 555-628-8503 fax"),
            Some("contact line")
        );
        assert_eq!(
            kind("If you enjoyed this article, we have a proposition for you: join the club."),
            Some("subscription pitch")
        );
    }

    #[test]
    fn text_is_not_furniture() {
        for line in [
            "(AP) — The ferry ran late again on Tuesday, the operator said.",
            "Call 555-628-8500 to book a seat, the operator said in a statement on its website.",
            "The council said 5 > 3 was not a reason.",
            "Rates > inflation > wages: the board’s three worries, in order of size, for next year.",
            "[1] Alarm fatigue: impacts on patient safety, 2015.",
            "She said the newsletter had 4,000 readers before the paper closed it in March.",
            "“Subscribe to nothing,” Calloway told the newsletter’s readers in her last column.",
            "Followers on Twitter asked the mayor to explain the fare rise.",
            "The ferry will leave at 6:55 on Tuesday, the board said in March.",
            "Shares fell in the afternoon, according to AP",
            "“We sat, left, and came back,” she said of the meeting.",
            "The pilots union said the vote was on March 3, 2026 at the hall near the north pier.",
            "(AP) — The ferry ran late again on Tuesday, the operator said.",
            "Call 555-628-8500 to book a seat, the operator said in a statement on its website.",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }

    proptest::proptest! {
        /// The phone number test agrees with its first version, which cut
        /// each run at its dashes.
        #[test]
        fn phone_numbers_are_found_as_before(line in "[0-9\\- a]{0,30}") {
            let before = line
                .split(|c: char| !(c.is_ascii_digit() || c == '-'))
                .any(|w| {
                    let parts: Vec<usize> = w.split('-').map(str::len).collect();
                    parts == [3, 3, 4] && w.bytes().filter(u8::is_ascii_digit).count() == 10
                });
            proptest::prop_assert_eq!(super::has_phone_number(&line), before);
        }
    }

    #[test]
    fn a_phone_number_is_three_three_four_digits() {
        assert!(super::has_phone_number("call 555-123-4567 today"));
        assert!(!super::has_phone_number("call 555-1234-567 today"));
        assert!(!super::has_phone_number("call 5551234567 today"));
    }
}
