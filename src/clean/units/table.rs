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

/// The cells of a raw line set apart by two spaces or more (a tab was made
/// a space before), or `None` when the line is too long to be a row. A
/// cell may still be too long to be a table's: see [`fits`].
fn cells(raw: &str) -> Option<impl Iterator<Item = &str>> {
    let trimmed = raw.trim_matches(' ');
    (trimmed.len() <= MAX_ROW_BYTES).then(|| {
        trimmed
            .split("  ")
            .map(|c| c.trim_matches(' '))
            .filter(|c| !c.is_empty())
    })
}

/// Is this cell short enough to be a table's? (A char takes at most four
/// bytes.)
fn fits(cell: &str) -> bool {
    cell.len() <= MAX_CELL || (cell.len() <= 4 * MAX_CELL && cell.chars().count() <= MAX_CELL)
}

/// How many cells a raw line has, 0 when one of them is too long.
fn cell_count(raw: &str) -> usize {
    cells(raw)
        .and_then(|mut cells| cells.try_fold(0, |n, c| fits(c).then_some(n + 1)))
        .unwrap_or(0)
}

/// A table's rows with their cells lined up: each cell's spaces made
/// single, then padded to its column's width, two spaces between columns.
/// (A paragraph of the cleaned text holds a run of spaces only so: see
/// [`is_table_row`].)
pub(super) fn aligned(raws: &[&str]) -> Vec<String> {
    let rows: Vec<Vec<String>> = raws
        .iter()
        .map(|r| {
            cells(r)
                .into_iter()
                .flatten()
                .map(crate::clean::residue::normalize_line)
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = Vec::new();
    for row in &rows {
        for (k, cell) in row.iter().enumerate() {
            let w = cell.chars().count();
            match widths.get_mut(k) {
                Some(max) => *max = (*max).max(w),
                None => widths.push(w),
            }
        }
    }
    rows.into_iter()
        .map(|row| {
            let mut line = String::new();
            let last = row.len().saturating_sub(1);
            for (k, cell) in row.into_iter().enumerate() {
                let pad = widths[k] - cell.chars().count();
                line.push_str(&cell);
                if k < last {
                    line.extend(std::iter::repeat_n(' ', pad + 2));
                }
            }
            line
        })
        .collect()
}

/// Is this paragraph of cleaned text a table's row? Only a row, its cells
/// lined up by [`aligned`], holds a run of spaces (two between columns).
pub fn is_table_row(paragraph: &str) -> bool {
    paragraph.contains("  ")
}

/// Which of the lines are a table's rows: lines of [`MIN_CELLS`] cells or
/// more, in a run of [`MIN_ROWS`] or more with no blank line between.
/// `lines` pairs each line with its spaces made single; the raw line is
/// there only when its spacing was other than single spaces (see
/// [`normalize_line_spaced`](crate::clean::residue::normalize_line_spaced)).
pub(super) fn rows(lines: &[(Option<&str>, String)]) -> Vec<bool> {
    let is_row: Vec<bool> = lines
        .iter()
        .map(|(raw, normal)| !normal.is_empty() && raw.is_some_and(|r| cell_count(r) >= MIN_CELLS))
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

    /// Cells set apart by runs of any length are lined up anew, each
    /// column as wide as its widest cell, two spaces between.
    #[test]
    fn rows_are_lined_up() {
        assert_eq!(
            aligned(&[
                "    Pos.  Driver                 Points",
                "    1     Wilhelmina Ost          5040",
                "    12    Bo Li     970",
            ]),
            [
                "Pos.  Driver          Points",
                "1     Wilhelmina Ost  5040",
                "12    Bo Li           970",
            ]
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
