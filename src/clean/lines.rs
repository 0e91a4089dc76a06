//! Classifying one line of scraped text: menu and widget lines, headings of
//! "related" lists, embedded posts, bylines, timestamps.

use super::vocab::{READING_TIME_PHRASES, UI_WORDS, WIDGET_PHRASES};

mod middle;
pub(super) use middle::opens_see_also;
use middle::{ends_in_credit, is_copyright_notice, may_mark, middle_rules};

/// What a line is, as far as a single line can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// Navigation, share buttons, widgets, credits: drop.
    Boilerplate(&'static str),
    /// The heading of a list of other headlines: drop it and the list.
    RelatedHeading,
    /// The start of the readers' comments: the article has ended.
    CommentsHeading,
    /// `By Jane Doe`.
    Byline,
    /// A line that is only a date or a `Published ...`/`Updated ...` stamp.
    Timestamp,
    /// `© 2026 Outlet` and similar.
    Copyright,
    /// Anything else: probably text.
    Text,
}

impl LineKind {
    /// A link to another story that sites set into an article's text ("Read
    /// more: ...", "Headline [VIDEO]"): the article may go on after it.
    pub fn is_story_link(self) -> bool {
        matches!(self, Self::Boilerplate(TEASER_LINKS | SEE_ALSO_LINK))
    }

    /// Metadata, or a heading that starts a comment section or a list of
    /// other stories: a page keeps such lines for the body pass.
    pub fn is_meta(self) -> bool {
        matches!(
            self,
            Self::Byline
                | Self::Timestamp
                | Self::Copyright
                | Self::CommentsHeading
                | Self::RelatedHeading
        )
    }
}

/// Rule names of the lines [`LineKind::is_story_link`] knows.
const TEASER_LINKS: &str = "teaser links";
const SEE_ALSO_LINK: &str = "see-also link";

/// Does the line hold a widget phrase? One automaton pass over the line
/// instead of one search per phrase.
fn has_widget_phrase(lower: &str) -> bool {
    static AC: std::sync::LazyLock<Option<aho_corasick::AhoCorasick>> =
        std::sync::LazyLock::new(|| aho_corasick::AhoCorasick::new(WIDGET_PHRASES).ok());
    match &*AC {
        Some(ac) => ac.is_match(lower),
        None => WIDGET_PHRASES.iter().any(|p| lower.contains(p)),
    }
}

/// A short line made only of interface words and numbers ("Share this
/// articleComments", "Listen Live | 12"); stops at the first other word.
static UI_SET: std::sync::LazyLock<crate::words::WordSet> =
    std::sync::LazyLock::new(|| crate::words::WordSet::new(UI_WORDS));

/// Does the line hold a word of the page's furniture ("Back to Gallery",
/// "Watch CBSN Live", "Close share panel")? Function words do not count.
pub fn has_ui_word(line: &str) -> bool {
    line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '•' | '·' | '»' | '›'))
        .flat_map(split_at_case_change)
        .any(|w| {
            is_icon_name(w) || {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.len() > 3 && UI_SET.contains(w)
            }
        })
}

/// An icon font's ligature left in the text: "chevron_left",
/// "keyboard_arrow_down" (lowercase words joined by underscores).
pub fn is_icon_name(word: &str) -> bool {
    let b = word.as_bytes();
    b.contains(&b'_')
        && b.first().is_some_and(u8::is_ascii_lowercase)
        && b.last().is_some_and(u8::is_ascii_lowercase)
        && b.iter().all(|&c| c.is_ascii_lowercase() || c == b'_')
}

fn is_ui_words_only(line: &str) -> bool {
    // The words of `split_run_together(line)`, split lazily so that a line
    // of prose stops at its first word.
    let mut n = 0;
    for raw in
        line.split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '•' | '·' | '»' | '›'))
    {
        // "WhatsApp", "LinkedIn", "YouTube": a button's name in capitals
        // inside, before it is cut at its case change.
        let whole = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if whole.bytes().skip(1).any(|b| b.is_ascii_uppercase()) && UI_SET.contains(whole) {
            n += 1;
            if n > 12 {
                return false;
            }
            continue;
        }
        for w in split_at_case_change(raw)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
        {
            n += 1;
            let ui = w.bytes().all(|b| b.is_ascii_digit()) || UI_SET.contains(w) || is_icon_name(w);
            if n > 12 || !ui {
                return false;
            }
        }
    }
    n > 0
}

/// The pieces of a word cut between a lowercase and an uppercase letter
/// ("articleComments" -> "article", "Comments"), as `split_run_together` cuts.
fn split_at_case_change(word: &str) -> impl Iterator<Item = &str> {
    let mut rest = word;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut prev: Option<char> = None;
        let cut = rest.char_indices().find_map(|(i, c)| {
            let cut = prev.is_some_and(char::is_lowercase) && c.is_uppercase();
            prev = Some(c);
            cut.then_some(i)
        });
        let (piece, tail) = rest.split_at(cut.unwrap_or(rest.len()));
        rest = tail;
        Some(piece)
    })
}

/// Does the line end like a sentence (period, question mark, closing quote)?
pub fn ends_like_sentence(line: &str) -> bool {
    line.trim_end()
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | ':' | ';' | ')'))
}

/// Words in a line; in scripts written without spaces (Chinese, Japanese)
/// every two characters count as a word.
pub fn word_count(line: &str) -> usize {
    let scan = crate::words::scan_words(line.as_bytes());
    if scan.from_u3000 {
        cjk_word_count(line)
    } else {
        crate::words::words_of(line, scan)
    }
}

/// Word count where every two CJK characters count as a word.
fn cjk_word_count(line: &str) -> usize {
    line.split_whitespace()
        .map(|w| {
            if !w.bytes().any(|b| b >= 0xE3) {
                return 1;
            }
            let cjk = w.chars().filter(|c| is_cjk(*c)).count();
            if cjk == 0 { 1 } else { cjk.div_ceil(2) }
        })
        .sum()
}

pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

/// Written in capitals: some uppercase letters and no lowercase ones (so not
/// a script without case).
pub fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Classifies one normalised, non-empty line.
pub fn classify(line: &str) -> LineKind {
    finish(line, word_count(line), None)
}

/// [`classify`] for a line whose word count is known, and, when `middle` is
/// given, what [`middle_rules`] make of it.
fn finish(line: &str, n_words: usize, middle: Option<Option<LineKind>>) -> LineKind {
    if n_words == 0 {
        return LineKind::Boilerplate("empty");
    }
    if n_words > 60 {
        // Only two rules can fire on a long line; skip the lowercase copy.
        if is_embedded_post(line) {
            return LineKind::Boilerplate("embedded post");
        }
        if ends_in_credit(line) {
            return LineKind::Boilerplate("photo credit");
        }
        return if is_separator_menu(line) {
            LineKind::Boilerplate("menu")
        } else {
            LineKind::Text
        };
    }
    // The lowercase line goes into a buffer kept by each thread (taken, so
    // that a rule classifying another line meanwhile has its own).
    thread_local! {
        static LOWER: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
    }
    let mut lower = LOWER.take();
    crate::words::to_lower_into(line, &mut lower);
    let kind = finish_lowered(line, &lower, n_words, middle);
    LOWER.set(lower);
    kind
}

/// [`finish`] for a line of more than one word and at most 60, with its
/// lowercase copy.
fn finish_lowered(
    line: &str,
    lower: &str,
    n_words: usize,
    middle: Option<Option<LineKind>>,
) -> LineKind {
    if let Some(rule) = super::widgets::furniture(line, lower, n_words) {
        return LineKind::Boilerplate(rule);
    }
    if n_words <= 12 && super::widgets::is_page_number(lower) {
        return LineKind::Boilerplate("page number");
    }
    if n_words > 25 {
        if is_embedded_post(line) {
            return LineKind::Boilerplate("embedded post");
        }
        if is_copyright_notice(lower) {
            return LineKind::Boilerplate("copyright");
        }
        if ends_in_credit(line) {
            return LineKind::Boilerplate("photo credit");
        }
        return if is_separator_menu(line) {
            LineKind::Boilerplate("menu")
        } else {
            LineKind::Text
        };
    }
    let middle = middle.unwrap_or_else(|| middle_rules(line, lower, n_words));
    if let Some(kind) = middle {
        return kind;
    }
    if is_embedded_post(line) || is_embed_notice(lower, n_words) {
        return LineKind::Boilerplate("embedded post");
    }
    if is_ui_words_only(line) {
        return LineKind::Boilerplate("menu or share buttons");
    }
    if n_words <= 6 && is_reading_time(lower) {
        return LineKind::Boilerplate("reading time");
    }
    let short = n_words <= 5 || (n_words <= 14 && !ends_like_sentence(line));
    // A widget phrase on a short line, or a wire service's footer, which is
    // a sentence of its own ("Our Standards: The ... Trust Principles.").
    // ("Key events", over a live blog's list of its own entries.)
    if (short && has_widget_phrase(lower))
        || (n_words <= 12 && lower.starts_with("our standards:"))
        || lower == "key events"
        || (n_words <= 14 && is_account_prompt(lower))
    {
        return LineKind::Boilerplate("widget or prompt");
    }
    if n_words <= 12 && is_media_credit(lower) {
        return LineKind::Boilerplate("photo credit");
    }
    if n_words <= 15 && is_hashtag_line(lower) {
        return LineKind::Boilerplate("tags");
    }
    if is_separator_menu(line) {
        return LineKind::Boilerplate("menu");
    }
    LineKind::Text
}

/// The frame a page puts around a post it embeds ("Skip twitter post by
/// X", "Allow X content?", "This article contains content provided by
/// X. We ask for your permission ...", "Accept and continue", "End of
/// Instagram post by X"); the post itself stays.
fn is_embed_notice(lower: &str, n_words: usize) -> bool {
    const PLATFORMS: &[&str] = &[
        "twitter",
        "x",
        "instagram",
        "facebook",
        "youtube",
        "tiktok",
        "bluesky",
        "threads",
    ];
    let framed = |rest: &str| {
        rest.split_once(' ').is_some_and(|(platform, what)| {
            PLATFORMS.contains(&platform)
                && (what.starts_with("post") || what.starts_with("content") || what == "video")
        })
    };
    (n_words <= 12
        && (lower
            .strip_prefix("skip ")
            .or_else(|| lower.strip_prefix("end of "))
            .is_some_and(framed)
            || lower.strip_prefix("allow ").is_some_and(framed)))
        || (n_words <= 3 && lower == "accept and continue")
        || lower.starts_with("this article contains content provided by")
}

/// "Log in, register or subscribe to save articles for later.": a prompt
/// to sign in, even as a sentence.
fn is_account_prompt(lower: &str) -> bool {
    (lower.starts_with("log in") || lower.starts_with("sign in"))
        && ["subscribe", "register", "save"]
            .iter()
            .any(|w| lower.contains(w))
}

/// What the page pass learns of a line ([`page_line`]), kept so that
/// [`PageLine::classify`] need not work it out again.
#[derive(Debug, Clone, Copy)]
pub struct PageLine {
    n_words: usize,
    /// What [`middle_rules`] made of the line, when they were asked (a line
    /// of one to 25 words).
    middle: Option<Option<LineKind>>,
    mark: Option<LineKind>,
}

impl PageLine {
    /// The line's kind when [`classify`] makes it a story link or metadata
    /// ([`LineKind::is_meta`]), else `None`.
    pub fn mark(&self) -> Option<LineKind> {
        self.mark
    }

    /// `classify(line)`, for the line this was made of.
    pub fn classify(&self, line: &str) -> LineKind {
        match self.mark {
            Some(kind) => kind,
            None => finish(line, self.n_words, self.middle),
        }
    }
}

/// A page's line, as the page pass needs it: see [`PageLine::mark`].
/// Cheaper than `classify`: the furniture test runs only on a line that
/// would be marked, and the rules after the middle ones, which mark
/// nothing, not at all.
pub fn page_line(line: &str) -> PageLine {
    let n_words = word_count(line);
    // An empty line, and past furniture a line of over 25 words, is
    // boilerplate or text.
    if n_words == 0 || n_words > 25 {
        return PageLine {
            n_words,
            middle: None,
            mark: None,
        };
    }
    // The lowercase line goes into a buffer kept by each thread: a page's
    // lines are lowered one after another.
    thread_local! {
        static LOWER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    LOWER.with_borrow_mut(|lower| {
        crate::words::to_lower_into(line, lower);
        // A line no rule would mark is left for `classify`, should it be kept.
        if !may_mark(line, lower, n_words) {
            return PageLine {
                n_words,
                middle: None,
                mark: None,
            };
        }
        let middle = middle_rules(line, lower, n_words);
        // `classify` asks the furniture test before the middle rules.
        let mark = middle.filter(|kind| {
            (kind.is_story_link() || kind.is_meta())
                && super::widgets::furniture(line, lower, n_words).is_none()
        });
        PageLine {
            n_words,
            middle: Some(middle),
            mark,
        }
    })
}

/// The page pass's mark of a line: see [`PageLine::mark`].
#[cfg(test)]
fn page_mark(line: &str) -> Option<LineKind> {
    page_line(line).mark()
}

/// "Reading time: 3 minutes", "4 min read", "Lesezeit: 2 Minuten",
/// "Tempo de leitura: 1 minuto": a page's estimate, not the article.
fn is_reading_time(lower: &str) -> bool {
    lower.bytes().any(|b| b.is_ascii_digit())
        && READING_TIME_PHRASES.iter().any(|p| lower.contains(p))
}

/// "pic.twitter.com/3BDx", "[embed]": what an embedded post leaves of its
/// picture or frame. (Its signature, "— Jane Doe (@janedoe) March 3,
/// 2026", stays: it says who wrote the post the article quotes.)
fn is_embedded_post(line: &str) -> bool {
    let starts = |p: &str| {
        line.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    };
    starts("pic.twitter.com") || starts("[embed")
}

fn is_media_credit(lower: &str) -> bool {
    [
        "photo:",
        "image:",
        "photograph:",
        "credit:",
        "photo by ",
        "photo illustration",
        "(photo",
        "image source",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || lower.ends_with("/getty images")
        || lower.ends_with("/ap")
        || lower.ends_with("/reuters")
        // "Tobias K. Ferrand Submitted photo": a gallery's caption, its
        // credit at the end.
        || [
            " submitted photo",
            " contributed photo",
            " courtesy photo",
            " file photo",
            " staff photo",
        ]
        .iter()
        .any(|p| lower.ends_with(p))
        // "Marta Quinlan, Associated Press": a photographer and agency.
        || ([", associated press", ", ap", ", reuters", ", afp", ", usa today"]
            .iter()
            .any(|p| lower.ends_with(p))
            && lower.split_whitespace().count() <= 6)
}

/// "tags #Harbour Council #Ferries #Fares", "#Brexit #Politics": a page's
/// topics as hashtags, no sentence.
fn is_hashtag_line(lower: &str) -> bool {
    // (The cheap tests first: few lines open so.)
    if !(lower.starts_with('#') || lower.starts_with("tags") || lower.starts_with("topics")) {
        return false;
    }
    let tags = lower
        .split_whitespace()
        .filter(|w| {
            w.len() > 1 && w.starts_with('#') && !w[1..].starts_with(|c: char| c.is_ascii_digit())
        })
        .count();
    tags >= 2 && !ends_like_sentence(lower)
}

/// `News | World | Politics | Sport`: short items between separators.
fn is_separator_menu(line: &str) -> bool {
    // Three parts need two separators. Each separator holds one of these
    // bytes ('|', and the last bytes of '•', '·', '»', '›'), so a line with
    // fewer of them has no menu; counting bytes is a quick first look.
    let marks = crate::words::count_bytes(line.as_bytes(), |b| {
        matches!(b, b'|' | 0xA2 | 0xB7 | 0xBB | 0xBA)
    });
    if marks < 2 || line.matches(['|', '•', '·', '»', '›']).nth(1).is_none() {
        return false;
    }
    let mut parts = 0;
    for p in line
        .split(['|', '•', '·', '»', '›'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if word_count(p) > 3 {
            return false;
        }
        parts += 1;
    }
    parts >= 3
}

/// A closing line that asks the reader to share, comment or subscribe and
/// quotes nobody: "Bay Notes is reader-funded. Share this post · Leave a comment".
pub fn is_footer_prompt(line: &str) -> bool {
    let lower = line.to_lowercase();
    let asks = [
        "share this",
        "leave a comment",
        "subscribe",
        "newsletter",
        "follow us",
        "sign up",
    ]
    .iter()
    .filter(|p| lower.contains(*p))
    .count();
    // A site's own plea, whole sentences and all ("Need more space?
    // Subscribe to our sister title ...", "Join our Space Forums to keep
    // talking ...", "... Follow him on Twitter @x.").
    let pleads = [
        "subscribe to our",
        "join our ",
        "follow us on",
        "follow him on",
        "follow her on",
        "follow them on",
        "sign up for our",
        "let us know at",
    ]
    .iter()
    .any(|p| lower.contains(*p));
    // (Quote marks around a title, "Night Skies", are no speech.)
    let speech = line.contains(['“', '"'])
        && (!pleads || lower.contains(" said") || lower.contains(" says"));
    (asks >= 1 || pleads) && !speech && (asks >= 2 || pleads || !ends_like_sentence(line))
}

/// Does a line look like a headline in a list of other stories?
pub fn is_headline_like(line: &str) -> bool {
    let n = word_count(line);
    (1..=20).contains(&n) && !line.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests;
