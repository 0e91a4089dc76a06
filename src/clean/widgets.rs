//! Page furniture that reads almost like text: breadcrumbs, WordPress
//! shortcodes, picture credits, newsletter and "follow us" prompts.

/// What kind of furniture `line` is, if any (`lower` is it in lowercase).
pub fn furniture(line: &str, lower: &str, n_words: usize) -> Option<&'static str> {
    if n_words > 30 {
        return None;
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
    let quotes = line.contains(['“', '"']);
    if !quotes && is_newsletter_prompt(lower) {
        return Some("newsletter prompt");
    }
    if !quotes && n_words <= 16 && is_follow_prompt(lower) {
        return Some("follow prompt");
    }
    None
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
            || lower.contains("in your inbox"))
}

/// "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube."
fn is_follow_prompt(lower: &str) -> bool {
    lower.starts_with("follow ")
        && [
            "twitter",
            "facebook",
            "instagram",
            "youtube",
            "tiktok",
            "linkedin",
        ]
        .iter()
        .any(|s| lower.contains(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Option<&'static str> {
        furniture(line, &line.to_lowercase(), line.split_whitespace().count())
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
    }

    #[test]
    fn text_is_not_furniture() {
        for line in [
            "The council said 5 > 3 was not a reason.",
            "Rates > inflation > wages: the board’s three worries, in order of size, for next year.",
            "[1] Alarm fatigue: impacts on patient safety, 2015.",
            "She said the newsletter had 4,000 readers before the paper closed it in March.",
            "“Subscribe to nothing,” Calloway told the newsletter’s readers in her last column.",
            "Followers on Twitter asked the mayor to explain the fare rise.",
        ] {
            assert_eq!(kind(line), None, "{line}");
        }
    }
}
