//! Rows of a table in scraped text. A text browser or an HTML-to-text
//! converter sets a table's cells apart by runs of spaces, one row a line:
//!
//! ```text
//! Pos.  Driver           Points  Wins
//! 1     Wilhelmina Ost     5040     5
//! ```
//!
//! Such lines are read before their spaces are made single: they stay one
//! unit each, never joined as wrapped prose, and the density pass knows them.

/// Least cells of a row.
const MIN_CELLS: usize = 3;
/// Most chars of one cell: a longer one is prose set beside something else
/// (a page laid out in columns), not a table's cell.
const MAX_CELL: usize = 40;
/// Most bytes of a row, its ends trimmed.
const MAX_ROW_BYTES: usize = 400;
/// Least rows of a table, one under the other.
const MIN_ROWS: usize = 2;

/// The cells of a raw line set apart by two spaces or more, or a tab.
fn cells(raw: &str) -> usize {
    let blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\r');
    let b = raw.as_bytes();
    let start = b.iter().position(|c| !blank(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !blank(c)).map_or(start, |e| e + 1);
    // (By byte: the blanks are ASCII, so the cuts fall between chars.)
    let trimmed = &raw[start..end];
    if trimmed.len() > MAX_ROW_BYTES {
        return 0;
    }
    // A char takes at most four bytes.
    let too_long = |cell: &str| {
        cell.len() > MAX_CELL && (cell.len() > 4 * MAX_CELL || cell.chars().count() > MAX_CELL)
    };
    let b = trimmed.as_bytes();
    let (mut cells, mut cell_start, mut i) = (1, 0, 0);
    while i < b.len() {
        if !matches!(b[i], b' ' | b'\t') {
            i += 1;
            continue;
        }
        let gap = b[i..]
            .iter()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count();
        if gap >= 2 || b[i] == b'\t' {
            if too_long(&trimmed[cell_start..i]) {
                return 0;
            }
            cells += 1;
            cell_start = i + gap;
        }
        i += gap;
    }
    if too_long(&trimmed[cell_start..]) {
        return 0;
    }
    cells
}

/// Which of the lines are a table's rows: lines of [`MIN_CELLS`] cells or
/// more, in a run of [`MIN_ROWS`] or more with no blank line between.
/// `lines` pairs each line with its spaces made single; the raw line is
/// there only when its spacing was other than single spaces (see
/// [`normalize_line_spaced`](crate::clean::residue::normalize_line_spaced)).
pub(super) fn rows(lines: &[(Option<&str>, String)]) -> Vec<bool> {
    let is_row: Vec<bool> = lines
        .iter()
        .map(|(raw, normal)| !normal.is_empty() && raw.is_some_and(|r| cells(r) >= MIN_CELLS))
        .collect();
    let mut out = vec![false; lines.len()];
    for (start, end) in runs(&is_row) {
        if end - start >= MIN_ROWS {
            out[start..end].fill(true);
        }
    }
    out
}

/// The runs of `true` in `flags`, each as (first, one past its last).
pub(in crate::clean) fn runs(flags: &[bool]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        let start = from + flags.get(from..)?.iter().position(|r| *r)?;
        let end = flags[start..]
            .iter()
            .position(|r| !*r)
            .map_or(flags.len(), |p| start + p);
        from = end;
        Some((start, end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(text: &str) -> Vec<bool> {
        let lines: Vec<(Option<&str>, String)> = text
            .lines()
            .map(|l| {
                let (normal, spaced) = crate::clean::residue::normalize_line_spaced(l);
                (spaced.then_some(l), normal)
            })
            .collect();
        rows(&lines)
    }

    #[test]
    fn aligned_columns_are_rows() {
        let text = "  Standings after round 9:\n\
                    \x20   Pos.  Driver           Points  Wins\n\
                    \x20   1     Wilhelmina Ost     5040     5\n\
                    \x20   2     Tobias Renwick     4870     3\n\
                    \n\
                    \x20 The next round is in April.";
        assert_eq!(rows_of(text), [false, true, true, true, false, false]);
    }

    #[test]
    fn tabs_part_cells() {
        assert_eq!(
            rows_of("HD\tHarbour Depot\t225.86\nLW\tLowry Tools\t113.40"),
            [true, true]
        );
    }

    /// One aligned line alone, two cells, a cell of prose, and lines with
    /// single spaces are no table.
    #[test]
    fn other_lines_are_not_rows() {
        assert_eq!(
            rows_of("Pos.  Driver  Points\nThe council met."),
            [false, false]
        );
        assert_eq!(rows_of("Name    Value\nSpeed   12 knots"), [false, false]);
        let prose = "The council met on Friday to agree a plan for the harbour";
        assert_eq!(
            rows_of(&format!(
                "Home    News    {prose}\nSport    Weather    {prose}"
            )),
            [false, false]
        );
        assert_eq!(
            rows_of("1 Wilhelmina Ost 5040 5\n2 Tobias Renwick 4870 3"),
            [false, false]
        );
    }
}
