//! Scanning a text for full names: runs of capitalised name words, less
//! the titles and descriptions before them, kept in the order they appear.

use super::titles::is_department;
use super::*;

/// Letters, digits and the marks that stay inside a name word ("O'Neil",
/// "Jean-Luc", "St.").
fn is_word_char(c: char) -> bool {
    // ASCII: a table lookup.
    const WORD: [bool; 128] = {
        let mut t = [false; 128];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            t[b] = c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'.');
            b += 1;
        }
        t
    };
    match WORD.get(c as usize) {
        Some(&w) => w,
        None => crate::words::is_alnum(c) || c == '’',
    }
}

/// Where the scan, with no run of name words open, next meets a word that
/// starts with a capital: words that start lower case are stepped over
/// whole, other chars one by one (a digit does not start a word, so "3D"
/// has the word "D").
#[inline(always)]
fn next_capitalised(text: &[char], mut i: usize) -> Option<usize> {
    while let Some(&c) = text.get(i) {
        if c.is_ascii_uppercase()
            || (!c.is_ascii() && crate::words::is_alpha(c) && c.is_uppercase())
        {
            return Some(i);
        }
        i += 1;
        if crate::words::is_alpha(c) {
            while text.get(i).is_some_and(|&c| is_word_char(c)) {
                i += 1;
            }
        }
    }
    None
}

/// Where a nickname in quote marks that opens at `i` ends, when a
/// capitalised word follows it ("“Brad” Whitcomb"): the space after its
/// closing mark.
pub(crate) fn nickname_end(text: &[char], i: usize) -> Option<usize> {
    if !matches!(text.get(i), Some('“' | '"' | '‘' | '\'')) {
        return None;
    }
    let start = i + 1;
    let mut j = start;
    while text
        .get(j)
        .is_some_and(|&c| crate::words::is_alpha(c) || c == '-')
    {
        j += 1;
    }
    let capital = text.get(start).is_some_and(|c| c.is_uppercase());
    (capital
        && (2..=12).contains(&(j - start))
        && matches!(text.get(j), Some('”' | '"' | '’' | '\''))
        && text.get(j + 1) == Some(&' ')
        && text.get(j + 2).is_some_and(|c| c.is_uppercase()))
    .then_some(j + 1)
}

/// Titles of offices held by one person, named before a surname
/// ("President Harmon"): unlike "General", never the start of a company's
/// name.
fn is_office(word: &str) -> bool {
    matches!(
        word,
        "President"
            | "Sen"
            | "Senator"
            | "Rep"
            | "Gov"
            | "Governor"
            | "Mayor"
            | "Speaker"
            | "Chancellor"
            | "Secretary"
            | "Judge"
            | "Commissioner"
    )
}

/// Do the words before `at` read "ambassador to" or "envoy to the"?
fn envoy_to(text: &[char], at: usize) -> bool {
    let before = |s: &str| crate::words::ends_with_at(text, at, s);
    let Some(to) = ["to the ", "to "]
        .iter()
        .find(|s| before(s))
        .map(|s| at - s.len())
    else {
        return false;
    };
    let end = to.saturating_sub(1);
    let start = text[..end]
        .iter()
        .rposition(|c| !is_word_char(*c))
        .map_or(0, |k| k + 1);
    to > 0
        && text[end] == ' '
        && crate::quote::members::is_envoy(&text[start..end].iter().collect::<String>())
}

impl NameBook {
    /// Scans `text` for runs of 2-4 name words (after optional titles).
    pub fn scan(text: &[char]) -> NameBook {
        let mut book = Self::scan_lines(text, 0, text.len());
        book.index();
        book
    }

    /// [`NameBook::scan`], with the text cut in two at a newline near its
    /// middle and the halves read on two cores. A newline ends every name,
    /// so the names are the same.
    pub fn scan_par(text: &[char]) -> NameBook {
        let mid = text.len() / 2;
        let Some(cut) = text[mid..]
            .iter()
            .position(|&c| c == '\n')
            .map(|k| mid + k + 1)
        else {
            return Self::scan(text);
        };
        let (mut book, tail) = rayon::join(
            || Self::scan_lines(text, 0, cut),
            || Self::scan_lines(text, cut, text.len()),
        );
        book.full.extend(tail.full);
        book.titled.extend(tail.titled);
        book.given_alone.extend(tail.given_alone);
        for (surname, g) in tail.honorific {
            book.honorific
                .entry(surname)
                .and_modify(|was| {
                    if *was != g {
                        *was = None;
                    }
                })
                .or_insert(g);
        }
        book.index();
        book
    }

    /// The names in `text[from..to]`, where `from` starts a line (or the
    /// text) and `to` ends one; not yet indexed.
    fn scan_lines(text: &[char], from: usize, to: usize) -> NameBook {
        let mut book = NameBook::default();
        // The words of the current run: char range (trailing dots dropped)
        // and whether the word is a title.
        let mut run: Vec<(usize, usize, bool)> = Vec::new();
        let mut word = String::new();
        let mut i = from;
        while i < to {
            if run.is_empty() {
                // Nothing to end: step to the next word that starts with a capital.
                match next_capitalised(&text[..to], i) {
                    Some(at) => i = at,
                    None => break,
                }
            }
            let c = text[i];
            if !crate::words::is_alpha(c) {
                // ("Bradley “Brad” Whitcomb": a nickname in quote marks
                // inside a name is stepped over.)
                if let Some(e) = nickname_end(text, i).filter(|&e| e < to)
                    && run.last().is_some_and(|w| !w.2)
                {
                    i = e;
                    continue;
                }
                if c != ' ' && !run.is_empty() {
                    book.flush(text, &mut run);
                }
                i += 1;
                continue;
            }
            // A word: capitalised if it opens a run, any word inside one.
            let start = i;
            i += 1;
            while i < text.len() && is_word_char(text[i]) {
                i += 1;
            }
            let mut end = i;
            while end > start && text[end - 1] == '.' {
                end -= 1;
            }
            // "R.J. Whitlock": initials, dots kept, end no sentence.
            if end < i && text[start..i].len() <= 6 {
                word.clear();
                word.extend(&text[start..i]);
                if is_initials(&word) {
                    run.push((start, i, false));
                    continue;
                }
            }
            word.clear();
            word.extend(&text[start..end]);
            // "Nora E. Vance": a middle initial inside a run.
            let initial = !run.is_empty()
                && end - start == 1
                && text[start].is_uppercase()
                && text.get(end) == Some(&'.');
            if is_name_word(&word)
                || initial
                || ((is_particle(&word) || is_suffix(&word)) && !run.is_empty())
            {
                // (Whether it is a title matters only for a word kept.)
                // ("Angela King", "Ruth Bishop": after a given name, a
                // title's word is a surname.)
                let after_given = || {
                    run.last().is_some_and(|w: &(usize, usize, bool)| {
                        !w.2 && is_given_name(&text[w.0..w.1].iter().collect::<String>())
                    })
                };
                let title = is_title(&word) && !(is_surname_title(&word) && after_given());
                let ends_sentence = text[i - 1] == '.' && !title && end - start > 1;
                // The initial keeps its dot: "Nora E. Vance".
                run.push((start, end + usize::from(initial), title));
                if ends_sentence {
                    book.flush(text, &mut run);
                }
            } else {
                book.flush(text, &mut run);
            }
            // Punctuation other than a space ends a name.
            if i < text.len() && text[i] != ' ' {
                book.flush(text, &mut run);
            }
        }
        book.flush(text, &mut run);
        book
    }

    /// Indexes the full names found by surname and by given name.
    fn index(&mut self) {
        let book = self;
        for (_, full) in &book.full {
            // The first time a name is seen is the one that counts.
            if book.exact.contains(full) {
                continue;
            }
            book.exact.insert(full.clone());
            let mut words = full.rsplit(' ');
            let (Some(mut last), first) = (words.next(), full.split(' ').next()) else {
                continue;
            };
            // "Jim McAllister Jr" and "Jerome Whitaker III" are "McAllister"
            // and "Whitaker".
            if is_suffix(last)
                && let Some(w) = words.next()
            {
                last = w;
            }
            match book.by_surname.get(last) {
                Some(first) if first != full => {
                    book.shared.insert(last.to_string());
                }
                Some(_) => {}
                None => {
                    book.by_surname.insert(last.to_string(), full.clone());
                }
            }
            // "Luiz Bittencourt e Souza" is "Bittencourt" as well: the first
            // of two surnames joined by "e" or "y".
            if let Some((head, _)) = full.split_once(" e ").or_else(|| full.split_once(" y "))
                && let Some(first_surname) = head.rsplit(' ').next().filter(|_| head.contains(' '))
            {
                book.by_surname
                    .entry(first_surname.to_string())
                    .or_insert_with(|| full.clone());
            }
            // "Andrés Felipe Ortega Salinas" is "Ortega" as well: the first of
            // two Spanish surnames.
            if let Some((first_surname, _)) = family_name(full).split_once(' ') {
                book.by_surname
                    .entry(first_surname.to_string())
                    .or_insert_with(|| full.clone());
            }
            // "Siti Rahmah binti Ismail" is "Rahmah" as well: the last word
            // of her own name, before "binti" (daughter of).
            if let Some(own) = full
                .split(' ')
                .position(|w| super::PATRONYMIC.contains(&w))
                .filter(|&k| k >= 2)
                .and_then(|k| full.split(' ').nth(k - 1))
            {
                book.by_surname
                    .entry(own.to_string())
                    .or_insert_with(|| full.clone());
            }
            // "Xi Jinping" is "Xi" as well; "Maria Lopez" is "Maria".
            if let Some(first) = first
                && full.split(' ').count() <= 3
                && crate::quote::phrases::person_like(full)
            {
                book.by_first
                    .entry(first.to_string())
                    .or_insert_with(|| full.clone());
            }
        }
    }

    /// Notes the gender an honorific gave `surname`; none when two
    /// honorifics disagree.
    fn note_honorific(&mut self, surname: &str, g: Gender) {
        self.honorific
            .entry(surname.to_string())
            .and_modify(|was| {
                if *was != Some(g) {
                    *was = None;
                }
            })
            .or_insert(Some(g));
    }

    /// Ends a run of name words: 2-4 of them (titles and a leading
    /// occupation left out) are a full name.
    fn flush(&mut self, text: &[char], run: &mut Vec<(usize, usize, bool)>) {
        // One word is no full name, and no title with a surname.
        if run.len() < 2 {
            // (A given name alone is noted: "Work on it is led by
            // Lachlan.")
            // (Not one opening a sentence, as most lone capitals do: a
            // sentence's subject is read elsewhere.)
            if let [(s, e, false)] = run[..]
                && (3..=12).contains(&(e - s))
                && s >= 2
                && text[s - 1] == ' '
                && (text[s - 2].is_lowercase() || text[s - 2] == ',')
            {
                // (Into a buffer on the stack: most runs are no given name.)
                let mut buf = [0u8; 48];
                let mut n = 0;
                for &c in &text[s..e] {
                    n += c.encode_utf8(&mut buf[n..]).len();
                }
                if let Ok(w) = std::str::from_utf8(&buf[..n])
                    && is_given_name(w)
                {
                    self.given_alone.push((s, w.to_string()));
                }
            }
            run.clear();
            return;
        }
        let word = |w: &(usize, usize, bool)| -> String { text[w.0..w.1].iter().collect() };
        // A possessive ends the name, without its "'s" ("Warren Buffett's")
        // or the apostrophe after an "s" ("Marcus Voss' office").
        let possessive = |&(s, e, _): &(usize, usize, bool)| {
            if e - s > 2 && text[e - 1] == 's' && is_apostrophe(text[e - 2]) {
                Some(2)
            } else if e - s > 2 && is_apostrophe(text[e - 1]) && text[e - 2] == 's' {
                Some(1)
            } else {
                None
            }
        };
        if let Some((p, cut)) = run
            .iter()
            .enumerate()
            .find_map(|(k, w)| Some((k, possessive(w)?)))
        {
            if run.len() - p >= 3 {
                // "Labour's Seraphina Mbatha", "South Korea's Kim Ji-hoon":
                // the party's or the country's, then the name.
                run.drain(..=p);
            } else {
                run.truncate(p + 1);
                run[p].1 -= cut;
            }
        }
        // "The Harbour City Property Owners Association": an institution
        // keeps every word ("Harbour" is no occupation there), up to six.
        let body = run.last().is_some_and(|&(s, e, _)| {
            crate::words::short_word_is(&text[s..e], super::super::orgs::is_head)
        });
        // The name follows the last title or occupation when two or more
        // words do ("White House Press Secretary Stephanie Grisham",
        // "Festival Director Imelda Rourke"); other titles are left
        // out, then a leading occupation ("Baker Tomasz Wrobel") and a word
        // before a given name ("Israeli Benjamin Netanyahu", "Secretary of
        // Defense Mark Esper").
        // ("Prince Adebola X", "Alhaji Musa X": the gender a title of rank
        // gives, read before the titles are left out.)
        let mut ranked = None;
        if run.len() > 2
            && !body
            && let Some(t) = run.iter().rposition(|w| w.2 || is_occupation(&word(w)))
            && run.len() - t > 2
        {
            ranked = run[..=t]
                .iter()
                .filter(|w| w.2)
                .find_map(|w| gender_of_honorific(&word(w)));
            run.drain(..=t);
        } else if run.len() > 2
            && !body
            && let Some(t) = run.iter().rposition(|w| w.2)
            && run.len() - t == 2
        {
            // "Indonesian President Suryanto": one name after an office is
            // a surname (or a single name), not a full name with the words
            // before.
            run.drain(..t);
        }
        // "Mr. Caldwell", "Ms. Ana Petrakis": an honorific tells "he" from
        // "she", and makes a lone surname a person.
        if let Some(h) = run.iter().position(|w| w.2)
            && let Some(g) =
                gender_of_honorific(&text[run[h].0..run[h].1].iter().collect::<String>())
            && let Some(&(ns, ne, false)) = run.last()
            && run.len() > h + 1
        {
            let surname: String = text[ns..ne].iter().collect();
            self.note_honorific(&surname, g);
            if run.len() == h + 2 {
                self.titled.push((run[h].0, surname));
            }
        } else if let Some(g) = ranked
            && !run.iter().any(|w| w.2)
            && run.len() >= 2
            && let Some(&(ns, ne, false)) = run.last()
        {
            let surname: String = text[ns..ne].iter().collect();
            self.note_honorific(&surname, g);
        } else if let [office, (ns, ne, false)] = run[..]
            && office.2
            && is_office(&word(&office))
        {
            // "President Harmon", "Sen. Okoro": a surname after an office,
            // which "the president" may later stand for.
            self.titled.push((ns, text[ns..ne].iter().collect()));
        }
        run.retain(|w| !w.2);
        // "Secretary of State Eleanor Vasquez-Reid", "Minister of Foreign
        // Affairs Ana Lind": the department is not part of the name.
        let after = |s: &str| {
            run.first()
                .is_some_and(|w| crate::words::ends_with_at(text, w.0, s))
        };
        // "Minister for Information Haroon Qureshi-Baig", "Minister for
        // Water and Power Farida Khan" too.
        // ("Chief Secretary to the Treasury Lucinda X" too.)
        let to_the = after("to the ") && run.first().is_some_and(|w| is_department(&word(w)));
        if after("of ") || after("for ") || after("and ") || to_the {
            let mut keep = run
                .iter()
                .position(|w| !is_department(&word(w)))
                .unwrap_or(run.len());
            // "Mayor of London Sadiq Okafor": a place after an office, then
            // the name, from a given name, else its last two words.
            if keep == 0 && run.len() >= 3 && office_before_of(text, run[0].0) {
                keep = (1..run.len() - 1)
                    .find(|&k| is_given_name(&word(&run[k])))
                    .unwrap_or(run.len() - 2);
            }
            if run.len() - keep >= 2 {
                run.drain(..keep);
            }
        } else if after("of the ") || envoy_to(text, run.first().map_or(0, |w| w.0)) {
            // "Leader of the Opposition P. Lakshmi Narayana", "ambassador
            // to the European Union Gordon Sondland": the body's words
            // before a given name or an initial.
            let keep = run
                .iter()
                .position(|w| {
                    let w = word(w);
                    is_given_name(&w) || w.len() == 1 || (is_initials(&w) && !is_suffix(&w))
                })
                .unwrap_or(run.len())
                .min(run.len().saturating_sub(2));
            run.drain(..keep);
        }
        let mut first = 0;
        while !body && run.len() - first > 2 && is_occupation(&word(&run[first])) {
            first += 1;
        }
        if run.len() - first >= 3
            && !is_given_name(&word(&run[first]))
            && !is_initials(&word(&run[first]))
            && super::may_describe(&word(&run[first]))
            && is_given_name(&word(&run[first + 1]))
        {
            first += 1;
        }
        let names = &run[first..];
        // "Liberal Democrat councillor X", "Lib Dem leader": a party, not a
        // person.
        if names
            .iter()
            .all(|&(s, e, _)| crate::words::short_word_is(&text[s..e], super::is_party_word))
        {
            run.clear();
            return;
        }
        // "Agnieszka and Tomasz Wrobel-Hale": the given name before "and"
        // shares the surname.
        if let [given, .., (ss, se, _)] = names
            && !body
            && let Some(other) = given_before_and(text, given.0)
        {
            let mut full: String = text[other.0..other.1].iter().collect();
            full.push(' ');
            full.extend(&text[*ss..*se]);
            self.full.push((other.0, full));
        }
        // "Jose Miguel de la Cruz": particles do not count.
        let core = names
            .iter()
            .filter(|w| !(text[w.0].is_lowercase() && is_particle(&word(w))))
            .count();
        if (((2..=4).contains(&core) && names.len() <= 6)
            || (body && (5..=6).contains(&names.len())))
            && !plural_subject(text, names[0].0, names[names.len() - 1].1)
        {
            let mut full = String::new();
            for (k, &(s, e, _)) in names.iter().enumerate() {
                if k > 0 {
                    full.push(' ');
                }
                full.extend(&text[s..e]);
            }
            self.full.push((names[0].0, full));
        }
        run.clear();
    }
}

/// "Agnieszka and Tomasz Wrobel-Hale": the char range of a lone given name
/// followed by " and " that ends at `at` (where a full name starts), when
/// that full name opens with a given name too.
fn given_before_and(text: &[char], at: usize) -> Option<(usize, usize)> {
    const AND: [char; 5] = [' ', 'a', 'n', 'd', ' '];
    let e = at.checked_sub(AND.len())?;
    if text[e..at] != AND {
        return None;
    }
    let s = text[..e]
        .iter()
        .rposition(|c| !is_word_char(*c))
        .map_or(0, |k| k + 1);
    // A lone word: no capitalised word right before it ("Mary Smith and
    // John Doe").
    let lone = s < 2 || text[s - 1] != ' ' || {
        let p = text[..s - 1]
            .iter()
            .rposition(|c| !is_word_char(*c))
            .map_or(0, |k| k + 1);
        !text[p..s - 1].first().is_some_and(|c| c.is_uppercase())
    };
    let word: String = text[s..e].iter().collect();
    let next: String = text[at..]
        .iter()
        .take_while(|c| is_word_char(**c))
        .collect();
    (s < e && lone && is_given_name(&word) && is_given_name(&next)).then_some((s, e))
}

/// Is the word before " of " ending at `at` an office ("Mayor of ",
/// "Governor of ")?
fn office_before_of(text: &[char], at: usize) -> bool {
    let Some(end) = at.checked_sub(4) else {
        return false;
    };
    if text[end..at].iter().ne([' ', 'o', 'f', ' '].iter()) {
        return false;
    }
    let start = text[..end]
        .iter()
        .rposition(|c| !c.is_alphabetic())
        .map_or(0, |k| k + 1);
    let word: String = text[start..end].iter().collect();
    is_title(&word) && word.starts_with(char::is_uppercase)
}

/// "Athletico Dunmore are closing in on a deal": a name (chars
/// `start..end`) that a plural verb follows is a team or a firm, not a
/// person; but not the last of two people ("Ada Ruiz and Tom Berg are").
fn plural_subject(text: &[char], start: usize, end: usize) -> bool {
    let after: String = text[end..].iter().take(6).collect();
    if !(after.starts_with(" are ") || after.starts_with(" were ")) {
        return false;
    }
    let before: String = text[start.saturating_sub(5)..start].iter().collect();
    !(before.ends_with(" and ") || before.ends_with("& ") || before.ends_with(", "))
}
