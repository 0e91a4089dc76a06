//! The outlet named by a copyright line: `© 2026 The Harbor Gazette. All
//! rights reserved.` -> `The Harbor Gazette`.

/// The owner a copyright line names, if it names one. Before it may come
/// bullets, `©`, `(c)`, `@` used for `©`, "Copyright", "All rights
/// reserved" and years or ranges of years, in any order; it ends at a
/// sentence's end, a comma, a bar, a dash or a bracket, or before "All
/// rights reserved", "unless otherwise noted" or "powered by"; a year after
/// it is left out. An owner of more than six words is no name.
pub fn copyright_owner(line: &str) -> Option<String> {
    let mut rest = line.trim();
    loop {
        let before = rest.len();
        rest = rest
            .trim_start_matches(['*', '•', '·', '©', '-', '–', '—', ':'])
            .trim_start();
        if let Some(after) = rest.strip_prefix('@')
            && after.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
        {
            rest = after.trim_start();
        }
        for word in ["copyright", "(c)", "all rights reserved"] {
            if rest
                .get(..word.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(word))
            {
                rest = rest[word.len()..].trim_start();
            }
        }
        if let Some(after) = strip_year(rest) {
            rest = after.trim_start();
        }
        if rest.len() == before {
            break;
        }
    }
    let mut owner = rest;
    // Where the name ends.
    for stop in [". ", "|", ",", " - ", " – ", " — ", "(", ";"] {
        if let Some(i) = owner.find(stop) {
            owner = &owner[..i];
        }
    }
    let lower = owner.to_ascii_lowercase();
    for stop in [
        "all rights reserved",
        "unless otherwise noted",
        "powered by",
    ] {
        if let Some(i) = lower.find(stop) {
            owner = &owner[..i];
            break;
        }
    }
    let mut owner = owner.trim().trim_end_matches('.').trim_end();
    // "Gannett 2018", "Phys.org 2003".
    while let Some((head, last)) = owner.rsplit_once(' ')
        && strip_year(last).is_some_and(str::is_empty)
    {
        owner = head.trim_end();
    }
    let mut owner = owner.trim_end_matches([',', '-', '–', ' ']);
    // "Lakeside Courier Ltd": the outlet, not its company form.
    while let Some((head, last)) = owner.rsplit_once(' ')
        && matches!(
            last.trim_end_matches('.'),
            "Ltd" | "Limited" | "Inc" | "LLC" | "plc" | "PLC" | "GmbH" | "Pty"
        )
    {
        owner = head.trim_end_matches([',', ' ']);
    }
    let words = owner.split_whitespace().count();
    (words > 0 && words <= 6 && owner.chars().any(char::is_alphabetic)).then(|| owner.to_string())
}

/// `text` after a year ("2019") or a range of years ("2011-2019") that
/// opens it, if it opens so (and the year is a whole word).
fn strip_year(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let year = |i: usize| b.len() >= i + 4 && b[i..i + 4].iter().all(u8::is_ascii_digit);
    if !year(0) || b.get(4).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let rest = &text[4..];
    // "2011-2019", "2000 - 2019".
    let trimmed = rest.trim_start_matches([' ', '-', '–']);
    let tb = trimmed.as_bytes();
    if trimmed.len() < rest.len()
        && tb.len() >= 4
        && tb[..4].iter().all(u8::is_ascii_digit)
        && !tb.get(4).is_some_and(u8::is_ascii_alphanumeric)
        && rest[..rest.len() - trimmed.len()].contains(['-', '–'])
    {
        return Some(&trimmed[4..]);
    }
    Some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_of_copyright_lines() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "© 2026 The Harbor Gazette. All rights reserved.",
                Some("The Harbor Gazette"),
            ),
            ("© All rights reserved | Terms", None),
            (
                "Copyright © 2010 HARBOUR RACING. Todos os direitos reservados.",
                Some("HARBOUR RACING"),
            ),
            (
                "* Copyright ©2019 Tidewater & Company, Inc. All Rights Reserved.",
                Some("Tidewater & Company"),
            ),
            (
                "copyright Quayside 2019 - ISSN: 1234-5678",
                Some("Quayside"),
            ),
            (
                "© 2019 Northwind.com. All rights reserved (About Us).",
                Some("Northwind.com"),
            ),
            ("Copyright @ 2019 The Valley Wire.", Some("The Valley Wire")),
            (
                "© 2019 The Courier unless otherwise noted. All rights reserved.",
                Some("The Courier"),
            ),
            (
                "©All Rights Reserved Harbour Institute 2019, a nonprofit",
                Some("Harbour Institute"),
            ),
            ("© Copyright Ledger Group 2018", Some("Ledger Group")),
            (
                "© Bayside.org 2003 - 2019 powered by Bay Network",
                Some("Bayside.org"),
            ),
            (
                "© Copyright 2011-2019 ノート100YEN.com.",
                Some("ノート100YEN.com"),
            ),
            (
                "© 2000 - 2019 Coastline Media (www.coastline.example)",
                Some("Coastline Media"),
            ),
            ("© 2019", None),
            ("© 2019 2020", None),
            (
                "Copyright 2026 Harbor Gazette Media Group Holdings Limited of Bayside",
                None,
            ),
            ("© 1999ers Fan Club", Some("1999ers Fan Club")),
            (
                "© 2026 Lakeside Courier Ltd. All rights reserved.",
                Some("Lakeside Courier"),
            ),
            ("© 2019 Valley Wire, LLC", Some("Valley Wire")),
            ("© 2019 Ferry Holdings Pty Ltd", Some("Ferry Holdings")),
            // A lone word is left as it is.
            ("© 2019 Limited", Some("Limited")),
        ];
        for (line, want) in cases {
            assert_eq!(copyright_owner(line).as_deref(), *want, "{line}");
        }
    }

    proptest::proptest! {
        /// Any line: no panic, and an owner is a trimmed part of the line
        /// of one to six words.
        #[test]
        fn an_owner_is_part_of_the_line(line in "[©@*(c) a-zA-Z0-9.,|–-]{0,60}") {
            if let Some(owner) = copyright_owner(&line) {
                proptest::prop_assert!(line.contains(&owner), "{owner:?} not in {line:?}");
                proptest::prop_assert_eq!(owner.trim(), owner.as_str());
                let n = owner.split_whitespace().count();
                proptest::prop_assert!((1..=6).contains(&n));
            }
        }
    }
}
