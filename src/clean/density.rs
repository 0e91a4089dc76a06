//! Paragraph classification for whole-page scraped text, in the spirit of
//! jusText: long paragraphs dense in function words are article text; short
//! ones take the class of their neighbours; link-like lines (bullets) and
//! word lists are boilerplate.

use super::lines::is_cjk;
use wordcount::{LineCounts, is_english_stop, line_counts, words};

pub(super) mod dated;
mod tables;
mod wordcount;

const LENGTH_LOW: usize = 70;
const LENGTH_HIGH: usize = 200;
/// Function-word density limits. jusText's 0.30/0.32 go with its long
/// stoplists; ours is short (about 130 words), so prose scores lower.
const STOPWORDS_LOW: f64 = 0.25;
const STOPWORDS_HIGH: f64 = 0.35;
/// The same limits for a page's own function words (its 40 most common
/// words of up to five letters): a shorter list, so lower densities.
const OWN_STOPWORDS_LOW: f64 = 0.15;
const OWN_STOPWORDS_HIGH: f64 = 0.25;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Good,
    NearGood,
    Short,
    Bad,
}

/// The function words of a page's language: English ones when the page is
/// English, else the page's own most frequent short words in long lines;
/// none for scripts written without spaces.
#[derive(Debug, Clone)]
enum Stops {
    English,
    Own(crate::words::FxHashSet<String>),
    None,
}

impl Stops {
    /// Function-word density below which a line is boilerplate.
    fn low(&self) -> f64 {
        match self {
            Stops::Own(_) => OWN_STOPWORDS_LOW,
            _ => STOPWORDS_LOW,
        }
    }

    /// Function-word density from which a long line is text.
    fn high(&self) -> f64 {
        match self {
            Stops::Own(_) => OWN_STOPWORDS_HIGH,
            _ => STOPWORDS_HIGH,
        }
    }
}

fn stops_of(units: &[String], lines: &[LineCounts]) -> Stops {
    // CJK letters are led by bytes of 0xE3 and up: a page without those has
    // none, and its letters need not be counted.
    if lines.iter().any(|c| c.cjk_led) {
        let (mut cjk, mut letters) = (0usize, 0usize);
        for u in units {
            if u.is_ascii() {
                letters += u.bytes().filter(u8::is_ascii_alphabetic).count();
                continue;
            }
            for c in u.chars() {
                cjk += usize::from(is_cjk(c));
                letters += usize::from(c.is_alphabetic());
            }
        }
        if cjk * 10 > letters.max(1) * 3 {
            return Stops::None;
        }
    }
    let english: usize = lines.iter().map(|c| c.stops).sum();
    let total: usize = lines.iter().map(|c| c.words).sum();
    let total = total.max(1);
    if english * 100 >= total * 15 {
        return Stops::English;
    }
    // The page's own function words: short words found in several long lines.
    const OWN_MAX_LETTERS: usize = 5;
    const OWN_MIN_LINES: usize = 2;
    let mut counts: crate::words::FxHashMap<std::borrow::Cow<str>, usize> =
        crate::words::FxHashMap::default();
    let mut seen = crate::words::FxHashSet::default();
    for u in units.iter().filter(|u| u.chars().count() >= 80) {
        seen.clear();
        // Lowercasing never shortens a word, so a longer one is passed by.
        for w in words(u).filter(|w| w.chars().count() <= OWN_MAX_LETTERS) {
            let w = match w.is_ascii() {
                true => crate::words::lower(w).into_cow(),
                false => std::borrow::Cow::Owned(w.to_lowercase()),
            };
            if w.chars().count() <= OWN_MAX_LETTERS && seen.insert(w.clone()) {
                *counts.entry(w).or_default() += 1;
            }
        }
    }
    let mut ranked: Vec<(String, usize)> = counts
        .into_iter()
        .filter(|(_, n)| *n >= OWN_MIN_LINES)
        .map(|(w, n)| (w.into_owned(), n))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if ranked.len() < 8 {
        return Stops::None;
    }
    Stops::Own(ranked.into_iter().take(40).map(|(w, _)| w).collect())
}

fn stopword_density(text: &str, stops: &Stops, english: LineCounts) -> f64 {
    if matches!(stops, Stops::English) {
        let (hits, n) = (english.stops, english.words);
        return if n == 0 { 0.0 } else { hits as f64 / n as f64 };
    }
    let mut n = 0usize;
    let mut hits = 0usize;
    for w in words(text) {
        n += 1;
        let hit = match stops {
            Stops::English => is_english_stop(w),
            Stops::Own(set) => set.contains(crate::words::lower(w).as_ref()),
            Stops::None => false,
        };
        hits += usize::from(hit);
    }
    if n == 0 { 0.0 } else { hits as f64 / n as f64 }
}

/// Length in "Latin chars": a CJK character counts as three.
fn weighted_len(text: &str) -> usize {
    let b = text.as_bytes();
    // CJK letters are three-byte sequences led by 0xE3 and up; without them
    // the length is the number of chars, the bytes that do not continue one.
    // Eight bytes at a time: a continuation byte is 0b10xxxxxx.
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut continuations = 0;
    let mut words = b.chunks_exact(8);
    for word in &mut words {
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(word);
        let x = u64::from_le_bytes(bytes);
        // Bit 7 of each byte, and bits 6 and 5 shifted onto it: a byte of
        // 0xE0 and up has all three, and is looked at (curly quotes and
        // dashes are led by 0xE2).
        if x & (x << 1) & (x << 2) & HIGH != 0 && word.iter().any(|&c| c >= 0xE3) {
            return weighted_len_by_char(text);
        }
        continuations += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    let tail = words.remainder();
    if tail.iter().any(|&c| c >= 0xE3) {
        return weighted_len_by_char(text);
    }
    continuations += tail.iter().filter(|&&c| (c as i8) < -0x40).count();
    b.len() - continuations
}

/// `weighted_len(text) < LENGTH_LOW`, measured only when the byte length
/// leaves it open: a char weighs at most its bytes (a CJK char three of
/// three), and no char is longer than four bytes.
fn is_short(text: &str) -> bool {
    match text.len() {
        n if n < LENGTH_LOW => true,
        n if n >= 4 * LENGTH_LOW => false,
        _ => weighted_len(text) < LENGTH_LOW,
    }
}

fn weighted_len_by_char(text: &str) -> usize {
    text.chars().map(|c| if is_cjk(c) { 3 } else { 1 }).sum()
}

fn has_sentence_marks(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '।'))
}

/// A bulleted line ("* Home", "• Sport"): a menu or list item.
pub(super) fn is_list_item(text: &str) -> bool {
    text.starts_with("* ")
        || text.starts_with("• ")
        || text.starts_with("- ")
        || text.starts_with("+ ")
}

/// A list flattened into one line: "* Share on Facebook * Share on Twitter * Email".
fn is_flat_list(text: &str) -> bool {
    // A byte scan for the ASCII marks; '•' is looked for only without them.
    if memchr::memchr2(b'*', b'|', text.as_bytes()).is_none() && !crate::words::has_char(text, '•')
    {
        return false;
    }
    marks_between_spaces(text, "*")
        + marks_between_spaces(text, "•")
        + marks_between_spaces(text, "|")
        >= 2
}

/// `text.matches(" {mark} ").count()`, with the places to look found by
/// `memchr` on the mark's first byte.
fn marks_between_spaces(text: &str, mark: &str) -> usize {
    let (b, m) = (text.as_bytes(), mark.as_bytes());
    let mut count = 0;
    // Where the last match ended: matches do not overlap.
    let mut end = 0;
    for at in memchr::memchr_iter(m[0], b) {
        // (`at > end` also keeps `at - 1` in the text.)
        let whole = at > end
            && b[at - 1] == b' '
            && b[at..].starts_with(m)
            && b.get(at + m.len()) == Some(&b' ');
        if whole {
            count += 1;
            end = at + m.len() + 1;
        }
    }
    count
}

/// Are the items of a flattened list sentences: eight words or more on
/// average, and no two opening alike ("Click to share on Facebook (Opens in
/// new window) * Click to share on ..." is a row of buttons)?
fn prose_items(text: &str) -> bool {
    let items = || {
        text.split(['*', '|', '•'])
            .map(str::trim)
            .filter(|i| !i.is_empty())
    };
    // Menus and rows of links fail on length, before anything is copied.
    let (n, words) = items().fold((0, 0), |(n, w), i| {
        (n + 1, w + crate::words::count_words(i))
    });
    if n == 0 || words < 8 * n {
        return false;
    }
    let mut openings: Vec<String> = items()
        .map(|i| {
            crate::words::to_lower(&i.split_whitespace().take(2).collect::<Vec<_>>().join(" "))
        })
        .collect();
    openings.sort_unstable();
    openings.dedup();
    openings.len() == n
}

fn context_free(text: &str, stops: &Stops, english: LineCounts) -> Class {
    let len = english.len;
    if is_list_item(text) && crate::words::count_words(text) < 12 {
        return Class::Bad;
    }
    if is_flat_list(text) {
        // A list of sentences flattened into one line ("* You build your
        // website in its own corner * Search engines will ...") may be the
        // article's own; a menu or a list of headlines is low in function
        // words.
        return if prose_items(text) && stopword_density(text, stops, english) >= stops.high() {
            Class::Short
        } else {
            Class::Bad
        };
    }
    if len < LENGTH_LOW {
        return Class::Short;
    }
    if matches!(stops, Stops::None) {
        // No function words to go by: long sentences are text.
        return match (has_sentence_marks(text), len > LENGTH_HIGH) {
            (true, true) => Class::Good,
            (true, false) => Class::NearGood,
            _ => Class::Bad,
        };
    }
    let sd = stopword_density(text, stops, english);
    let (low, high) = (stops.low(), stops.high());
    if sd >= high {
        if len > LENGTH_HIGH {
            Class::Good
        } else {
            Class::NearGood
        }
    } else if sd >= low {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// Does this text look like a whole scraped page (many short lines) rather
/// than an article? Only then is it classified.
pub fn looks_like_page(units: &[String]) -> bool {
    if units.len() < 40 {
        return false;
    }
    let short = super::units::map_lines(units, |_, u| is_short(u))
        .into_iter()
        .filter(|s| *s)
        .count();
    short * 10 >= units.len() * 5
}

/// Which units to keep. `story_links` marks the lines the line rules know as
/// links to other stories set into an article ("Read more: ...", "Headline
/// [VIDEO]"); a line past its end is not one. `rows` marks a table's rows.
pub fn keep(units: &[String], story_links: &[bool], rows: &[bool]) -> Vec<bool> {
    let english = line_counts(units);
    let stops = stops_of(units, &english);
    let mut classes: Vec<Class> =
        super::units::map_lines(units, |i, u| context_free(u, &stops, english[i]));
    // A short article may have no long paragraph: then the best there is counts.
    if !classes.contains(&Class::Good) {
        for c in &mut classes {
            if *c == Class::NearGood {
                *c = Class::Good;
            }
        }
    }
    tables::introduced(units, rows, &mut classes);
    // Near-good next to good is good (looking past short blocks).
    let past_short = |c: Class, _: usize| matches!(c, Class::Short | Class::NearGood);
    let (before, after) = nearest_past(&classes, past_short);
    for (i, c) in classes.iter_mut().enumerate() {
        if *c == Class::NearGood {
            let good = before[i] == Some(Class::Good) || after[i] == Some(Class::Good);
            *c = if good { Class::Good } else { Class::Bad };
        }
    }
    // Sentences low in function words ("Jane Doe: possession of ..., held
    // on $70,000 bond.") between two parts of the article belong to it.
    let sentence = |i: usize| {
        units[i].trim_end().ends_with(['.', '!', '?', '"', '”']) && !is_list_item(&units[i])
    };
    // Each bad line is looked at once.
    let bad_sentence: Vec<bool> = classes
        .iter()
        .enumerate()
        .map(|(i, c)| *c == Class::Bad && sentence(i))
        .collect();
    let past_sentences =
        |c: Class, i: usize| matches!(c, Class::Short | Class::NearGood) || bad_sentence[i];
    let (before, after) = nearest_past(&classes, past_sentences);
    for (i, c) in classes.iter_mut().enumerate() {
        if bad_sentence[i] && before[i] == Some(Class::Good) && after[i] == Some(Class::Good) {
            *c = Class::Good;
        }
    }
    let (before, after) = nearest_past(&classes, past_short);
    for (i, c) in classes.iter_mut().enumerate() {
        if *c == Class::Short {
            let good = before[i] == Some(Class::Good) && after[i] == Some(Class::Good);
            *c = if good { Class::Good } else { Class::Bad };
        }
    }
    // Nothing reads like an article: drop only the lists, the line rules do the rest.
    if !classes.contains(&Class::Good) {
        return units
            .iter()
            .map(|u| !(is_list_item(u) || is_flat_list(u)))
            .collect();
    }
    let keep: Vec<bool> = classes.into_iter().map(|c| c == Class::Good).collect();
    let density = |i: usize| stopword_density(&units[i], &stops, english[i]);
    // Which dropped lines are prose, worked out for all of them at once (on
    // all cores for a long page).
    let prose = super::units::map_lines(units, |i, u| {
        !keep[i] && is_prose_sentence(u) && density(i) >= STOPWORDS_LOW
    });
    let keep = main_block(units, keep, |i| prose[i]);
    let story_link = |i: usize| story_links.get(i).copied().unwrap_or(false);
    let row = |i: usize| rows.get(i).copied().unwrap_or(false);
    grow_article(units, keep, density, story_link, row)
}

/// For each line, the class of the nearest line before it and of the
/// nearest after it that `skip` does not pass over (`None` at the page's
/// ends). Two sweeps, so a page of ten thousand menu lines costs no more
/// than its length.
fn nearest_past(
    classes: &[Class],
    skip: impl Fn(Class, usize) -> bool,
) -> (Vec<Option<Class>>, Vec<Option<Class>>) {
    let mut before = Vec::with_capacity(classes.len());
    let mut last = None;
    for (i, &c) in classes.iter().enumerate() {
        before.push(last);
        if !skip(c, i) {
            last = Some(c);
        }
    }
    let mut after = vec![None; classes.len()];
    let mut next = None;
    for (i, &c) in classes.iter().enumerate().rev() {
        after[i] = next;
        if !skip(c, i) {
            next = Some(c);
        }
    }
    (before, after)
}

/// A dropped line this close to the article (in lines) may still belong to it.
const EDGE_LINES: usize = 3;
/// Least function-word density of a prose line next to the article: news
/// about money or sport is full of names and figures ("Home Depot shares are
/// up 39 percent year-to-date while the S&P 500 is up 24.5 percent.").
const EDGE_STOPWORDS: f64 = 0.12;

/// Is this a sentence of prose: long, ending like a sentence, neither a list
/// nor shouting?
fn is_prose_sentence(text: &str) -> bool {
    !is_short(text)
        && text.trim_end().ends_with(['.', '!', '?', '"', '”'])
        && !is_list_item(text)
        && !is_flat_list(text)
        && !super::lines::is_all_caps(text)
}

/// Prose sentences low in function words just before or after the article's
/// stretch (past at most [`EDGE_LINES`] other lines, and on while more
/// come) are part of it: the density test alone drops business and sports
/// text. Links to other stories do not count among those lines: sites set
/// them into the article's text, which goes on after them. Nor do a
/// table's rows (`row`), which are the article's when it goes on past them.
fn grow_article(
    units: &[String],
    mut keep: Vec<bool>,
    density: impl Fn(usize) -> f64,
    story_link: impl Fn(usize) -> bool,
    row: impl Fn(usize) -> bool,
) -> Vec<bool> {
    let (Some(first), Some(last)) = (keep.iter().position(|k| *k), keep.iter().rposition(|k| *k))
    else {
        return keep;
    };
    let prose = |i: usize| {
        (is_prose_sentence(&units[i]) && density(i) >= EDGE_STOPWORDS)
            || is_attributed_quote(&units[i])
    };
    // A tour's dates under the article's last line are its own.
    let listed = dated::dated_list_after(units, last);
    for k in &mut keep[last + 1..=last + listed] {
        *k = true;
    }
    let last = last + listed;
    // Outwards from each end, while prose keeps coming.
    for step in [-1isize, 1] {
        let mut at = if step < 0 { first } else { last } as isize;
        let mut gap = 0;
        // Rows passed since the last line kept.
        let mut rows_passed = Vec::new();
        loop {
            at += step;
            if at < 0 || at as usize >= units.len() || gap > EDGE_LINES {
                break;
            }
            let i = at as usize;
            if story_link(i) {
                continue;
            }
            if row(i) {
                rows_passed.push(i);
                continue;
            }
            // Right after the article, a short closing sentence ("The
            // company was also ordered to pay £180,000 in costs.").
            let closing =
                step > 0 && gap == 0 && closing_sentence(&units[i]) && density(i) >= EDGE_STOPWORDS;
            if !prose(i) && !closing {
                gap += 1;
                continue;
            }
            // Before the article, a sentence right under a heading is the
            // standfirst or the caption of a video: not article text. (A
            // bare bullet or rule, "*" or "|", heads nothing; nor does a
            // line that closes the header, a byline or an update's stamp.)
            // (A picture's caption ending in its credit, "... invaded the
            // country 2001 [File: Reuters]", is no heading: the lede under
            // it is the article's.)
            if step < 0
                && i > 0
                && super::lines::is_headline_like(&units[i - 1])
                && units[i - 1].chars().any(char::is_alphabetic)
                && !closes_header(&units[i - 1])
                && !super::headline::ends_in_photo_credit(&units[i - 1])
                && !row(i - 1)
            {
                break;
            }
            keep[i] = true;
            for r in rows_passed.drain(..) {
                keep[r] = true;
            }
            gap = 0;
        }
    }
    keep
}

/// "By Jane Doe", "Last modified on Wed 25 Mar 2026 18.41 GMT": the last
/// lines of a story's header, over its first paragraph (a standfirst
/// stands above them, or right under the headline or its date).
fn closes_header(line: &str) -> bool {
    let lower = line.trim_start().to_lowercase();
    (lower.starts_with("by ") && line.split_whitespace().count() <= 6)
        || (["updated", "last updated", "last modified", "modified"]
            .iter()
            .any(|p| lower.starts_with(p))
            && super::stamps::is_stamp_like(line))
}

/// A short sentence that may close an article: a capital, eight words or
/// more, a full stop, no list's mark.
fn closing_sentence(text: &str) -> bool {
    text.starts_with(char::is_uppercase)
        && text.ends_with('.')
        && text.split_whitespace().count() >= 8
        && !is_list_item(text)
        && !is_flat_list(text)
}

/// "“This government has made the railways a luxury,” he said.": a
/// quote with its speech tag, however short, is article text.
fn is_attributed_quote(text: &str) -> bool {
    const CUES: &[&str] = &[
        "said", "says", "added", "adds", "told", "asked", "wrote", "insisted",
    ];
    let text = text.trim();
    if !text.starts_with(['"', '“']) || !text.ends_with('.') || text.len() > 400 {
        return false;
    }
    let Some(close) = text
        .rfind([',', '?', '!'])
        .filter(|&c| text[c + 1..].starts_with(['"', '”']))
    else {
        return false;
    };
    let tag: Vec<&str> = text[close + 1..]
        .trim_start_matches(['"', '”'])
        .trim_end_matches('.')
        .split_whitespace()
        .collect();
    (2..=6).contains(&tag.len()) && tag.iter().any(|w| CUES.contains(w))
}

/// Dropped lines that may stand between two parts of one article.
const MAX_GAP: usize = 6;
/// A stretch of kept text with less than this share of the largest one's
/// characters is something else (comments, teasers, a sign-up form).
const MIN_SHARE: f64 = 0.5;

/// The article is one stretch of the page: stretches of kept units apart
/// from it (after more than [`MAX_GAP`] dropped lines) and much smaller are
/// other things. A dropped line of prose (`prose`) does not part two
/// stretches: the text goes on around it (a shopping list's items between
/// their descriptions).
fn main_block(units: &[String], keep: Vec<bool>, prose: impl Fn(usize) -> bool) -> Vec<bool> {
    let (gap_max, share) = (MAX_GAP, MIN_SHARE);
    // Clusters of kept units: (first, last, mass).
    let mut clusters: Vec<(usize, usize, usize)> = Vec::new();
    let mut gap = 0;
    for (i, k) in keep.iter().enumerate() {
        if !*k {
            gap = if prose(i) { 0 } else { gap + 1 };
            continue;
        }
        let mass = units[i].len();
        match clusters.last_mut() {
            Some(c) if gap <= gap_max => {
                c.1 = i;
                c.2 += mass;
            }
            _ => clusters.push((i, i, mass)),
        }
        gap = 0;
    }
    let Some(main) = clusters.iter().map(|c| c.2).max() else {
        return keep;
    };
    let mut keep = keep;
    for c in &clusters {
        if (c.2 as f64) < main as f64 * share {
            for k in &mut keep[c.0..=c.1] {
                *k = false;
            }
        }
    }
    keep
}

#[cfg(test)]
mod tests;
