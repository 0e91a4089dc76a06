//! A live blog's list of key events at its top: "7:30pm: Treasurer rises
//! to deliver budget", each a stamp and the heading of an entry that the
//! page prints again below, under its stamp.

/// The stamp a key event's line opens with ("7:30pm:", "08.10 GMT",
/// "14:02 -"), and what follows it; `None` when it opens with none.
fn after_stamp(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let h = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&h)
        || !matches!(b.get(h), Some(b':' | b'.'))
        || !b.get(h + 1..h + 3)?.iter().all(u8::is_ascii_digit)
    {
        return None;
    }
    let mut rest = line[h + 3..].trim_start();
    for part in ["am", "pm", "AM", "PM", "a.m.", "p.m."] {
        if let Some(r) = rest.strip_prefix(part) {
            rest = r.trim_start();
            break;
        }
    }
    // A zone in capitals ("GMT", "ET", "AEDT").
    let zone = rest.bytes().take_while(u8::is_ascii_uppercase).count();
    if (2..=4).contains(&zone) && rest[zone..].starts_with([' ', ':']) {
        rest = &rest[zone..];
    }
    let rest = rest.trim_start_matches([' ', ':', '-', '–', '—']);
    (!rest.is_empty()).then_some(rest)
}

/// The lines of `kept` that list a key event: a stamp, then words that a
/// later line holds on its own (the entry's heading).
pub(super) fn key_events(kept: &[String]) -> Vec<usize> {
    // Most articles have no line that opens with a time: nothing to index.
    let listed: Vec<(usize, &str)> = kept
        .iter()
        .enumerate()
        .filter_map(|(i, l)| Some((i, after_stamp(l)?)))
        .collect();
    if listed.is_empty() {
        return Vec::new();
    }
    let later: crate::words::FxHashMap<&str, usize> = kept
        .iter()
        .enumerate()
        .map(|(i, l)| (l.as_str(), i))
        .collect();
    listed
        .into_iter()
        .filter(|&(i, heading)| later.get(heading).is_some_and(|&j| j > i))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &[&str]) -> Vec<String> {
        s.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn a_key_events_list_is_found_by_the_headings_below() {
        let kept = lines(&[
            "7:30pm: Treasurer rises to deliver budget",
            "08.10 GMT Surplus forecast for next year",
            "9:15 - Nothing below repeats this one",
            "8:52pm",
            "The shadow treasurer has been speaking to reporters.",
            "Surplus forecast for next year",
            "The Treasurer says the budget will return to surplus.",
            "7:30pm",
            "Treasurer rises to deliver budget",
        ]);
        assert_eq!(key_events(&kept), [0, 1]);
    }

    #[test]
    fn stamps_are_read_in_their_usual_forms() {
        assert_eq!(after_stamp("7:30pm: Rises"), Some("Rises"));
        assert_eq!(after_stamp("08.10 GMT Surplus"), Some("Surplus"));
        assert_eq!(after_stamp("14:02 – Vote"), Some("Vote"));
        assert_eq!(after_stamp("10.15 a.m. ET: Vote"), Some("Vote"));
        assert_eq!(after_stamp("8:52pm"), None);
        // A number that is no time, and prose that opens with one.
        assert_eq!(after_stamp("2026 was a year"), None);
        assert_eq!(after_stamp("3.5 per cent of voters"), None);
    }
}
