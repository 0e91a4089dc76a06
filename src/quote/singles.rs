//! Quotes in single marks, as some papers print every quote ('We will not
//! be bullied,' she said). Read only in paragraphs that hold no double
//! mark: there a single mark is a quote inside a quote, or an apostrophe.

/// Does a single quote open at `i`: a mark at the text's or a line's
/// start, or after a space, a bracket, a dash or a colon, before a letter?
pub(super) fn opens_at(text: &[char], i: usize) -> bool {
    let c = text[i];
    let before_ok = i == 0
        || matches!(
            text[i - 1],
            ' ' | '(' | '[' | '—' | '–' | ':' | '\n' | '\u{a0}'
        );
    let next = text.get(i + 1).copied().unwrap_or(' ');
    // "'90s", "'em": a straight mark before a digit or a word it shortens.
    (c == '‘' || c == '\'')
        && before_ok
        && (next.is_alphabetic() || (c == '‘' && next.is_numeric()))
}

/// Does a single quote close at `j`: a mark after a letter or a stop, not
/// inside a word ("don't"), not a plural's apostrophe ("the workers' union")?
fn closes_at(text: &[char], j: usize, pe: usize) -> bool {
    if !matches!(text[j], '’' | '\'') {
        return false;
    }
    let prev = text[j - 1];
    let next = if j + 1 < pe { text[j + 1] } else { ' ' };
    if prev.is_whitespace() || next.is_alphanumeric() {
        return false;
    }
    let lower_after = text
        .get(j + 2..pe)
        .and_then(|r| r.first())
        .is_some_and(|c| c.is_lowercase());
    if !(prev == 's' && next == ' ' && lower_after) {
        return true;
    }
    // "told the meeting it faced 'impossible choices' after a fall in
    // funding. 'Every pound ...'": the next mark (past those inside words)
    // opens a quote, so this one closed the quote open before it.
    (j + 1..pe)
        .find(|&k| {
            matches!(text[k], '\'' | '‘' | '’')
                && !(text[k - 1].is_alphanumeric()
                    && text.get(k + 1).is_some_and(|c| c.is_alphanumeric()))
        })
        .is_some_and(|k| opens_at(text, k))
}

/// The single-quoted spans (marks included, `(start, end)` in chars) of
/// the paragraphs of `text` that hold no double mark. `openers` are where
/// a single quote may open ([`opens_at`]), `doubles` where the double
/// marks stand, both in order. A quote left open at a paragraph's end goes
/// on when the next paragraph opens with a mark.
pub(super) fn single_spans(
    text: &[char],
    openers: &[usize],
    doubles: &[usize],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // A quote still open at the end of the paragraph that ended at `pe`.
    let mut open: Option<(usize, usize)> = None;
    let mut next = 0;
    while let Some(&first) = openers.get(next) {
        let ps = text[..first]
            .iter()
            .rposition(|&c| c == '\n')
            .map_or(0, |k| k + 1);
        let pe = text[first..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(text.len(), |k| first + k);
        next += openers[next..].partition_point(|&o| o < pe);
        let k = doubles.partition_point(|&d| d < ps);
        if doubles.get(k).is_some_and(|&d| d < pe) {
            open = None;
            continue;
        }
        // A continued quote: the mark opening this paragraph reopens it.
        let continued = open.and_then(|(s, end)| {
            let gap_blank = text[end..first].iter().all(|c| c.is_whitespace());
            gap_blank.then_some(s)
        });
        let (mut cur, mut i) = match continued {
            Some(s) => (Some(s), first + 1),
            None => (None, first),
        };
        while i < pe {
            if matches!(text[i], '\'' | '‘' | '’') {
                match cur {
                    Some(s) if closes_at(text, i, pe) => {
                        out.push((s, i + 1));
                        cur = None;
                    }
                    None if opens_at(text, i) => cur = Some(i),
                    _ => {}
                }
            }
            i += 1;
        }
        open = cur.map(|s| (s, pe));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{opens_at, single_spans};

    fn quotes(s: &str) -> Vec<String> {
        let t: Vec<char> = s.chars().collect();
        let doubles: Vec<usize> = (0..t.len())
            .filter(|&i| matches!(t[i], '"' | '“' | '”' | '„' | '«' | '»'))
            .collect();
        let openers: Vec<usize> = (0..t.len()).filter(|&i| opens_at(&t, i)).collect();
        single_spans(&t, &openers, &doubles)
            .into_iter()
            .map(|(a, b)| t[a..b].iter().collect())
            .collect()
    }

    #[test]
    fn single_marks_quote_where_no_double_mark_stands() {
        assert_eq!(
            quotes("'We will not be bullied,' she said. 'It's the workers' right.'"),
            ["'We will not be bullied,'", "'It's the workers' right.'"]
        );
        assert_eq!(
            quotes("He said: ‘Nobody wins when this ends up in court.’"),
            ["‘Nobody wins when this ends up in court.’"]
        );
        // Inside a double-quoted paragraph, single marks are nested quotes.
        assert!(quotes("“She said 'no way, never again' to me,” he said.").is_empty());
        // Apostrophes alone make no quote.
        assert!(quotes("The players' union said it didn't agree in the '90s.").is_empty());
    }

    /// "'impossible choices' after a fall ... 'Every pound ...'": a plural's
    /// mark before a small letter closes the quote when the next mark opens
    /// one; "the workers' right" inside a quote still does not.
    #[test]
    fn a_plurals_mark_closes_a_quote_when_another_opens_next() {
        assert_eq!(
            quotes(
                "He said the council faced 'impossible choices' after a fall in funding. \
                 'Every pound we raise stays here,' he said."
            ),
            ["'impossible choices'", "'Every pound we raise stays here,'"]
        );
        assert_eq!(
            quotes("'It is the workers' right to strike,' she said. 'Always.'"),
            ["'It is the workers' right to strike,'", "'Always.'"]
        );
    }

    #[test]
    fn a_single_quote_goes_on_into_a_paragraph_that_opens_with_a_mark() {
        let got = quotes("She said: 'We will fight.\n\n'And we will win,' she added.");
        assert_eq!(got, ["'We will fight.\n\n'And we will win,'"]);
        let got = quotes("She said: 'We will fight.\n\nThen she left.");
        assert!(got.is_empty());
    }
}
