//! Direct quotes: spans of text between quotation marks, paired with care
//! (see QUOTES.md: curly marks by direction, straight `"` by alternation
//! within a paragraph, a quote left open continues only into a paragraph
//! that opens with a mark, short quoted phrases are not quotes).

/// Quotes shorter than this many words are titles or scare quotes.
pub const MIN_WORDS: usize = 4;

fn is_open(c: char) -> bool {
    matches!(c, '“' | '«' | '„')
}

fn is_close(c: char) -> bool {
    matches!(c, '”' | '»')
}

/// A direct quote: char range in the text, marks included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    pub start: usize,
    pub end: usize,
    /// A paragraph quoted with no marks, after a paragraph that ends "He
    /// told MPs:" (see [`super::bare`]).
    pub bare: bool,
}

/// Where a span's words start and end (inside its marks), and its text
/// with the marks that reopen continued paragraphs taken out.
pub(super) fn inner(text: &[char], span: &QuoteSpan) -> (usize, usize, String) {
    if span.bare {
        return (
            span.start,
            span.end,
            text[span.start..span.end].iter().collect(),
        );
    }
    let inner_start = span.start + 1;
    let single = matches!(text[span.start], '\'' | '‘');
    let inner_end = if span.end > inner_start
        && (super::attrib::is_close(text[span.end - 1])
            || (single && matches!(text[span.end - 1], '\'' | '’')))
    {
        span.end - 1
    } else if span.end > inner_start + 1 && text[span.end - 2..span.end] == ['’', '’'] {
        span.end - 2
    } else {
        span.end
    };
    // (Not the spaces French and Swiss type sets inside « and »: "«
    // Nous ne lâcherons rien »".)
    let mut inner_start = inner_start;
    let mut inner_end = inner_end;
    while inner_start < inner_end && matches!(text[inner_start], ' ' | '\u{a0}' | '\u{202f}') {
        inner_start += 1;
    }
    while inner_end > inner_start && matches!(text[inner_end - 1], ' ' | '\u{a0}' | '\u{202f}') {
        inner_end -= 1;
    }
    let text: String = text[inner_start..inner_end.max(inner_start)]
        .iter()
        .collect();
    let text = text
        .split('\n')
        .map(|l| {
            if single {
                l.trim_start_matches(['\'', '‘'])
            } else {
                l.trim_start_matches(['“', '"', '«', '„']).trim_start()
            }
        })
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    (inner_start, inner_end, text)
}

/// Finds the direct quotes in `text` (paragraphs separated by newlines).
pub fn find_spans(text: &[char]) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut open: Option<usize> = None;
    let mut i = 0;
    let mut para_start = 0;
    // Where the double marks stand: single marks quote only elsewhere.
    let mut doubles: Vec<usize> = Vec::new();
    let mut openers: Vec<usize> = Vec::new();
    // Where the paragraphs that end in a colon end.
    let mut colons: Vec<usize> = Vec::new();
    while i < text.len() {
        // Most of a text holds no mark: step over eight chars at a time
        // while none of them can be one (a test without branches).
        while let Some(chunk) = text.get(i..i + 8)
            && !chunk.iter().fold(false, |any, &c| {
                any | !c.is_ascii() | (c == '\n') | (c == '"') | (c == '\'')
            })
        {
            i += 8;
        }
        let Some(&c) = text.get(i) else {
            break;
        };
        // A single mark that may open a quote: kept for later.
        if c == '\'' || c == '‘' {
            if super::singles::opens_at(text, i) {
                openers.push(i);
            }
            i += 1;
            continue;
        }
        // Most chars are plain ASCII: one comparison turns them away.
        if (c.is_ascii() && c != '\n' && c != '"')
            || !matches!(c, '\n' | '"' | '“' | '”' | '«' | '»' | '„' | '’')
        {
            i += 1;
            continue;
        }
        // "who is 6'1\" and", "the 12\" pipe": feet and inches, not a
        // quote mark (unless a straight quote is open: "the answer was \"42\"").
        if c == '"'
            && (is_inches(text, i) || (open.is_none_or(|s| text[s] != '"') && is_size(text, i)))
        {
            i += 1;
            continue;
        }
        if c != '\n' && c != '’' {
            doubles.push(i);
        }
        if c == '\n' {
            // A paragraph that ends in a colon may introduce a block quote
            // with no marks (see [`super::bare`]).
            if text[para_start..i].iter().rev().find(|c| **c != ' ') == Some(&':') {
                colons.push(i);
            }
            // Paragraph end: an open quote continues only if the next
            // paragraph starts with an opening mark.
            let mut j = i;
            while j < text.len() && text[j].is_whitespace() {
                j += 1;
            }
            // A quote continues only into a paragraph that opens with the same
            // kind of mark: a stray straight mark must not swallow a curly quote.
            let continues = j < text.len()
                && open.is_some_and(|s| (text[s] == '"') == (text[j] == '"'))
                && (is_open(text[j]) || text[j] == '"');
            if let Some(s) = open
                && !continues
            {
                push_unclosed(&mut out, text, s, i);
                open = None;
            }
            if open.is_some() {
                doubles.push(j);
                i = j + 1; // skip the continuation mark
                para_start = j;
                continue;
            }
            i = j;
            para_start = j;
            continue;
        }
        // "“It was an attempt to mislead voters,’’ Moyes said": two right
        // single marks (wire copy's way of writing ”) close a curly quote.
        if c == '’' {
            if text.get(i + 1) == Some(&'’')
                && let Some(s) = open.filter(|&s| is_open(text[s]))
            {
                push(&mut out, text, s, i + 2);
                open = None;
                i += 2;
            } else {
                i += 1;
            }
            continue;
        }
        let straight_opens = c == '"' && open.is_none();
        // „German“ quotes close with the mark others open with.
        let low_open = open.is_some_and(|s| text[s] == '„');
        if (c == '“' && low_open) || ((is_close(c) || c == '"') && open.is_some()) {
            if let Some(s) = open.take() {
                // "We worked all our lives for this, said Ada Lint. "Now ...:
                // the closing mark after "this," was left out, and this
                // mark opens the next quote.
                if let Some(comma) = (c == '"' && text[s] == '"')
                    .then(|| missing_close(text, s, i, false))
                    .flatten()
                {
                    push(&mut out, text, s, comma + 1);
                    open = Some(i);
                } else {
                    push(&mut out, text, s, i + 1);
                }
            }
        } else if (is_open(c) || straight_opens) && open.is_none() {
            open = Some(i);
        }
        let _ = para_start;
        i += 1;
    }
    if let Some(s) = open {
        push_unclosed(&mut out, text, s, text.len());
    }
    let singles = super::singles::single_spans(text, &openers, &doubles);
    if !singles.is_empty() {
        for (s, e) in singles {
            // The marks are apostrophes to the word count: leave them out.
            // A paragraph that is one quote with no stop or comma in it is
            // a heading or a title ("‘Jewels after Jewels’").
            let inner = &text[s + 1..e - 1];
            let opens_line = s == 0 || text[s - 1] == '\n';
            let whole_paragraph = opens_line
                && text.get(e).is_none_or(|&c| c == '\n')
                && !inner.iter().any(|c| matches!(c, '.' | ',' | '!' | '?'));
            // "'Comes down to one guy': All eyes turn to ...": a headline
            // (another story's, as often as not), with no full stop after.
            let headline = opens_line
                && text.get(e) == Some(&':')
                && !text[e..]
                    .iter()
                    .take_while(|&&c| c != '\n')
                    .any(|&c| matches!(c, '.' | '!' | '?'));
            if enough_words(inner) && !whole_paragraph && !headline {
                out.push(QuoteSpan {
                    start: s,
                    end: e,
                    bare: false,
                });
            }
        }
        out.sort_by_key(|q| q.start);
    }
    super::bare::add_bare(text, &colons, &mut out);
    out
}

/// In a straight-quoted span `text[s..e]`, a comma followed by a speech
/// verb and a name ("..., said Ada Lint, 67.") or by a pronoun and a verb
/// ("..., she said."): the comma where the quote really ended.
/// With `unclosed` (no closing mark came before the paragraph ended), a
/// name before the verb counts too ("..., Council President Ada Lint
/// said"); in a closed span that may be speech the quote reports.
fn missing_close(text: &[char], s: usize, e: usize, unclosed: bool) -> Option<usize> {
    // Most quotes hold no ", " at all: no copy of them is made.
    if !text[s + 1..e].windows(2).any(|w| w == [',', ' ']) {
        return None;
    }
    let inner: String = text[s + 1..e].iter().collect();
    let mut at = 0;
    while let Some(k) = inner[at..].find(", ") {
        let comma = at + k;
        let mut words = inner[comma + 2..].split(' ').take(5);
        let w1 = words.next().unwrap_or("");
        let mut rest = words.clone();
        let w2 = rest.next().unwrap_or("").trim_end_matches(['.', ',']);
        // "..., they said we couldn't fix the roads,": the verb reports a
        // clause inside the quote, not the quote.
        let clause = rest.next().is_some_and(|w3| {
            matches!(
                w3,
                "that"
                    | "we"
                    | "they"
                    | "he"
                    | "she"
                    | "it"
                    | "i"
                    | "I"
                    | "you"
                    | "the"
                    | "a"
                    | "an"
                    | "there"
                    | "this"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
            )
        });
        // "said (retired nurse) Ada Lint"; "she said."
        // "..., Council President Ada Lint said": a name, then the verb.
        let caps = inner[comma + 2..]
            .split(' ')
            .take(6)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .count();
        let named_then_verb = unclosed
            && (1..=5).contains(&caps)
            && inner[comma + 2..]
                .split(' ')
                .nth(caps)
                .is_some_and(|v| super::phrases::is_cue(v.trim_end_matches(['.', ','])));
        let tag = (super::phrases::is_cue(w1) && words.any(|w| w.starts_with(char::is_uppercase))
            || named_then_verb
            || matches!(w1, "he" | "she" | "they") && super::phrases::is_cue(w2) && !clause)
            && !w1.ends_with("ing")
            // "..., she said, 'There's always room,'": a quote inside the
            // quote, which goes on.
            && !nested_after(&inner[comma + 2..]);
        if tag {
            return Some(s + 1 + inner[..comma].chars().count());
        }
        at = comma + 2;
    }
    None
}

/// Does a single-quoted passage open a few words into `rest` ("she said,
/// 'There's ...")?
fn nested_after(rest: &str) -> bool {
    rest.split(' ')
        .take(6)
        .skip(1)
        .any(|w| w.starts_with(['\'', '‘']) && w.chars().nth(1).is_some_and(char::is_alphabetic))
}

/// Is the straight mark at `i` the inches of a height ("6'1\"")?
fn is_inches(text: &[char], i: usize) -> bool {
    let digits = text[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    let j = i - digits;
    digits > 0 && j >= 2 && text[j - 1] == '\'' && text[j - 2].is_ascii_digit()
}

/// A straight mark after a number that stands alone and before a word in
/// small letters or a number: "a 12\" pipe", "the 55\" screen", "34\"
/// 3440x1440"; or, after a number of one or two digits, before a
/// capital: "65\" LG TV".
fn is_size(text: &[char], i: usize) -> bool {
    let digits = text[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || **c == '.')
        .count();
    let j = i - digits;
    text[j].is_ascii_digit()
        && (j == 0 || text[j - 1] == ' ')
        && text.get(i + 1) == Some(&' ')
        && text.get(i + 2).is_some_and(|c| {
            c.is_lowercase() || c.is_ascii_digit() || (c.is_uppercase() && digits <= 2)
        })
}

/// A quote whose closing mark never comes, closed at its paragraph's end:
/// "“We have balanced the books, Council President X said." ends before
/// its tag, where the mark was left out.
fn push_unclosed(out: &mut Vec<QuoteSpan>, text: &[char], start: usize, end: usize) {
    match missing_close(text, start, end, true) {
        Some(comma) => push(out, text, start, comma + 1),
        None => push(out, text, start, end),
    }
}

fn push(out: &mut Vec<QuoteSpan>, text: &[char], start: usize, end: usize) {
    if enough_words(&text[start..end]) {
        out.push(QuoteSpan {
            start,
            end,
            bare: false,
        });
    }
}

/// Does `chars` hold at least [`MIN_WORDS`] words (runs of letters, digits
/// and apostrophes)?
fn enough_words(chars: &[char]) -> bool {
    let is_word = |c: char| crate::words::is_alnum(c) || c == '\'' || c == '’';
    let mut words = 0;
    let mut in_word = false;
    for &c in chars {
        let w = is_word(c);
        if w && !in_word {
            words += 1;
            if words >= MIN_WORDS {
                return true;
            }
        }
        in_word = w;
    }
    false
}

/// The quote containing char `pos`, if any.
pub fn span_at(spans: &[QuoteSpan], pos: usize) -> Option<QuoteSpan> {
    spans
        .iter()
        .copied()
        .find(|s| s.start <= pos && pos < s.end)
}

/// "“The Tide Gauge That Nobody Reads”" is a title, not a quote.
pub(super) fn is_title_case(text: &str) -> bool {
    // "“Takin’ It to the Streets,”": the comma or dot before the closing
    // mark belongs to the sentence around the title.
    let text = text.trim_end_matches([',', '.', ' ']);
    // Words a title leaves in lower case ("What a Fool Believes").
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "or", "with", "from",
        "as", "but", "nor", "is",
    ];
    if text.contains(['.', ',', '!', '?']) {
        return false;
    }
    // At most sixteen words, each capitalised or small, one at least
    // capitalised (a book's or a report's title runs long: "Harbour
    // Money: A Proven Path to All the Savings You Will Ever Need"); a long
    // quote stops at its seventeenth word.
    let mut capitalised = false;
    for (n, w) in text.split_whitespace().enumerate() {
        let upper = w.starts_with(char::is_uppercase);
        capitalised |= upper;
        let fits = upper || w.starts_with(|c: char| !c.is_alphabetic()) || SMALL.contains(&w);
        if n >= 16 || !fits {
            return false;
        }
    }
    capitalised
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(s: &str) -> Vec<String> {
        let t: Vec<char> = s.chars().collect();
        find_spans(&t)
            .iter()
            .map(|q| t[q.start..q.end].iter().collect())
            .collect()
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(
            quotes(
                "“We heard every one of you,” said Ines. \"The ferry stays at a fair fare,\" she added."
            ),
            vec![
                "“We heard every one of you,”",
                "\"The ferry stays at a fair fare,\""
            ]
        );
    }

    #[test]
    fn a_headline_in_single_marks_is_no_quote() {
        assert!(quotes("'Comes down to one guy': All eyes turn to the envoy\n\nText.").is_empty());
        assert_eq!(
            quotes("'We will not give up on this town,' she said: nobody doubted it."),
            ["'We will not give up on this town,'"]
        );
    }

    #[test]
    fn a_height_in_feet_and_inches_is_no_mark() {
        assert_eq!(
            quotes(
                "Vanstone, who is 6'1\" and a former player, was relieved. \"Nobody wins a lockout, \
                 nobody,\" Vanstone said. \"The fans lost the most of all.\""
            ),
            [
                "\"Nobody wins a lockout, nobody,\"",
                "\"The fans lost the most of all.\""
            ]
        );
    }

    #[test]
    fn a_size_in_inches_is_no_mark_but_a_quoted_number_is_quoted() {
        assert_eq!(
            quotes(
                "He said the 12\" pipe shortage was hitting builders. \"Every week this goes on, \
                 the backlog gets worse,\" Llewellyn said.\n\n\"Nobody wins a long strike,\" said Obi."
            ),
            [
                "\"Every week this goes on, the backlog gets worse,\"",
                "\"Nobody wins a long strike,\""
            ]
        );
        assert_eq!(
            quotes("The sign by the gate said \"keep out of zone 12\" and nothing more, she said."),
            ["\"keep out of zone 12\""]
        );
        // A deals page: sizes before a number or a brand.
        assert_eq!(
            quotes(
                "Dell Alienware 34\" 3440x1440 Curved Monitor, Now $649. Also 45% off the 65\" \
                 LG 4K Smart TV, Now $549. \"It is the best price we have seen,\" said Ada Lint."
            ),
            ["\"It is the best price we have seen,\""]
        );
        // A quote that ends in a year before its speaker stays a quote.
        assert_eq!(
            quotes("He said: \"We will be carbon neutral by 2050\" Mayor Lint said nothing."),
            ["\"We will be carbon neutral by 2050\""]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_before_its_tag() {
        assert_eq!(
            quotes(
                "“We have made choices nobody likes, Council President Ada Lint said at the end."
            ),
            ["“We have made choices nobody likes,"]
        );
        assert_eq!(
            quotes("“We have made choices nobody likes, she said at the end."),
            ["“We have made choices nobody likes,"]
        );
        // Closed by its mark, a name and a verb inside are the speech's own.
        assert_eq!(
            quotes("\"When I asked, Mom said no to all of it,\" Lint said."),
            ["\"When I asked, Mom said no to all of it,\""]
        );
    }

    #[test]
    fn scare_quotes_are_skipped() {
        assert!(quotes("The so-called “hacktivist” group said no.").is_empty());
    }

    #[test]
    fn multi_paragraph_quote_continues_only_with_an_opening_mark() {
        let q = quotes(
            "“This is a patch on the hull,” he said. “We need the real numbers.\n\n“Somebody has to put them on the table,” he said.",
        );
        assert_eq!(q.len(), 2);
        assert!(q[1].starts_with("“We need") && q[1].ends_with("table,”"));
        // A stray mark closes at the paragraph end and does not wreck the rest.
        let q = quotes(
            "“An unclosed quote runs on here\n\nNew paragraph without mark. “A proper quote here now,” she said.",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(q[1], "“A proper quote here now,”");
    }

    #[test]
    fn a_left_out_straight_closing_mark_before_the_tag() {
        assert_eq!(
            quotes(
                "\"We worked all our lives for this, said nurse Ada Lint, 67. \"Now they want to take it away.\n\nNext."
            ),
            vec![
                "\"We worked all our lives for this,",
                "\"Now they want to take it away."
            ]
        );
        // A comma and a speech verb inside a quote are left alone otherwise.
        assert_eq!(
            quotes("\"I asked, said nothing more, and we left,\" Lint said."),
            vec!["\"I asked, said nothing more, and we left,\""]
        );
        // "..., they said we couldn't ...": speech reported inside the quote.
        assert_eq!(
            quotes("\"Years ago, they said we couldn't fix the roads,\" Ortega said. \"We did.\""),
            vec!["\"Years ago, they said we couldn't fix the roads,\""]
        );
        // "she said, 'There's ...'": a quote inside the quote.
        assert_eq!(
            quotes("\"When I asked, she said, 'There's always room,'\" Tobin said."),
            vec!["\"When I asked, she said, 'There's always room,'\""]
        );
    }

    #[test]
    fn titles_are_short_and_capitalised() {
        for title in [
            "The Tide Gauge That Nobody Reads",
            "What a Fool Believes",
            "Takin’ It to the Streets,",
            "1,000 Ships",
            // A book's and a report's titles, longer than eight words.
            "Harbour Money: A Proven Path to All the Savings You Will Ever Need,",
            "The Effects of Tolls and Ferry Fares in the Council’s Projections,",
        ] {
            assert_eq!(is_title_case(title), !title.starts_with('1'), "{title}");
        }
        let seventeen = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen \
                         Fourteen Fifteen Sixteen Seventeen";
        for quote in [
            "We will not pay twice what it is worth",
            "One Two Three Four Five Six Seven Eight nine",
            seventeen,
            "the end of an era",
            "",
        ] {
            assert!(!is_title_case(quote), "{quote}");
        }
        assert!(is_title_case(
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen \
             Fifteen Sixteen"
        ));
    }
}
