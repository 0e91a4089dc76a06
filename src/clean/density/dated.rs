//! Dated lists that end an article: a tour's or a season's dates under a
//! heading that says so ("The band's 2020 tour dates:", "Tour Dates"),
//! one line a date ("June 9 -- Harbour Arena, West Palm Beach,
//! FL"). Their lines are short and low in function words, so the density
//! test alone drops them.

/// Least run of dated lines that makes a list.
const MIN_ITEMS: usize = 3;
/// Most words of a dated line, and of the heading over the list.
const MAX_WORDS: usize = 16;

/// Does a dated item start at word `i` of `words`: "June 9 -- Coral
/// Sky", "Aug. 14 – St. Louis, MO @ Pier Theatre", "Sept. 3: Away at
/// Carrow" (a month, a day, then a dash, "@" or a colon soon after)?
fn item_starts(words: &[&str], i: usize) -> bool {
    let (Some(month), Some(day)) = (words.get(i), words.get(i + 1)) else {
        return false;
    };
    let digits = day.trim_end_matches([',', ':', '.']);
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| digits.strip_suffix(s))
        .unwrap_or(digits);
    (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (day.ends_with(':')
            || words[i + 2..]
                .iter()
                .take(3)
                .any(|w| matches!(*w, "-" | "--" | "–" | "—" | "@" | "|")))
        && super::super::meta::month_number(month).is_some()
}

/// A unit of dated items (scraped text joins a list's lines into one):
/// the number of items, and whether words stand before the first one
/// (a heading run in). `None` unless every item is short.
fn dated_items(unit: &str) -> Option<(usize, bool)> {
    let words: Vec<&str> = unit.split_whitespace().collect();
    let starts: Vec<usize> = (0..words.len())
        .filter(|&i| item_starts(&words, i))
        .collect();
    let first = *starts.first()?;
    let ends = starts.iter().skip(1).copied().chain([words.len()]);
    let short = starts.iter().zip(ends).all(|(s, e)| e - s <= MAX_WORDS);
    (short && (first == 0 || is_dates_heading(&words[..first].join(" "))))
        .then_some((starts.len(), first > 0))
}

/// Is `line` one dated item?
pub(in crate::clean) fn is_dated_item(line: &str) -> bool {
    // (Most lines open with no month: their words are not gathered.)
    let first = line.split_whitespace().next().unwrap_or("");
    super::super::meta::month_number(first).is_some() && dated_items(line) == Some((1, false))
}

/// Does a heading over a list name dates ("Tour Dates", "the 2020 tour
/// dates:")?
fn is_dates_heading(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (1..=MAX_WORDS).contains(&words)
        && line
            .split_whitespace()
            .any(|w| w.trim_end_matches(':').eq_ignore_ascii_case("dates"))
        && !line.trim_end().ends_with('.')
}

/// The units just after the article's last (`last`) that are its dated
/// list: a heading that names dates (a unit of its own, or run into the
/// list), or a last line ending in a colon, then [`MIN_ITEMS`] or more
/// dated items. Returns how many units after `last` belong to the article
/// (0 for none).
pub(super) fn dated_list_after(units: &[String], last: usize) -> usize {
    let rest = &units[last + 1..];
    let headed = rest.first().is_some_and(|l| is_dates_heading(l));
    let mut announced = headed || units[last].trim_end().ends_with(':');
    let mut items = 0;
    let mut taken = usize::from(headed);
    for unit in &rest[taken..] {
        match dated_items(unit) {
            Some((n, run_in)) if !run_in || (taken == 0 && !headed) => {
                announced |= run_in;
                items += n;
                taken += 1;
            }
            _ => break,
        }
    }
    if announced && items >= MIN_ITEMS {
        taken
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dated_lines_are_known_by_month_day_and_separator() {
        assert!(is_dated_item(
            "June 9 -- Harbour Arena, West Palm Beach, FL"
        ));
        assert!(is_dated_item("Aug. 14 – St. Louis, MO @ Pier Theatre"));
        assert!(is_dated_item("Sept. 3: Away at Carrow Road"));
        assert!(is_dated_item("October 21st – Leeds @ First Direct Arena"));
        // A sentence that starts with a date is no item.
        assert!(!is_dated_item(
            "June 9 was the day the band first played the amphitheatre in front of a crowd."
        ));
        assert!(!is_dated_item("May the best team win - and it did"));
        assert!(!is_dated_item("June 2026 – West Palm Beach"));
    }

    fn lines(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_list_needs_a_heading_or_a_colon_and_three_dates() {
        // Scraped text joins the lines of a list, heading and all.
        let joined = lines(&[
            "The band will be back on the road next summer.",
            "The 2020 tour dates: June 9 -- Harbour Arena, West Palm Beach, FL \
             June 10 -- Millpond Amphitheatre, Tampa, FL June 14 -- \
             Old Mill Pavilion, Alpharetta, GA",
            "More music news",
        ]);
        assert_eq!(dated_list_after(&joined, 0), 1);
        let page = lines(&[
            "The band will be back on the road next summer.",
            "The Velvet Tramlines Tour Dates",
            "June 9 – West Palm Beach, FL @ Harbour Arena",
            "June 10 – Tampa, FL @ Millpond Amphitheatre",
            "June 14 – Alpharetta, GA @ Riverside Music Park",
            "Related: More music news",
        ]);
        assert_eq!(dated_list_after(&page, 0), 4);
        let announced = lines(&[
            "The 50th anniversary tour dates:",
            "June 9 -- Harbour Arena, West Palm Beach, FL",
            "June 10 -- Millpond Amphitheatre, Tampa, FL",
            "June 14 -- Old Mill Pavilion, Alpharetta, GA",
        ]);
        assert_eq!(dated_list_after(&announced, 0), 3);
        // Two dates are no list; an events box under an unrelated heading
        // is not the article's.
        let two = lines(&[
            "Tour dates:",
            "June 9 -- Harbour Arena",
            "June 10 -- Old Mill Pavilion",
        ]);
        assert_eq!(dated_list_after(&two, 0), 0);
        let events = lines(&[
            "The council meets again in the new year.",
            "Upcoming events",
            "Dec 5 – Trivia night @ The Crown",
            "Dec 6 – Carol service @ St Mary's",
            "Dec 9 – Farmers market @ Town Square",
        ]);
        assert_eq!(dated_list_after(&events, 0), 0);
    }
}
