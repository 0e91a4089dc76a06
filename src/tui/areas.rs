//! Where each region of the screen is. A pure function of the terminal size,
//! used both to draw and to map mouse clicks, so the two always agree.

use ratatui::layout::Rect;

/// Smallest terminal the full screen is drawn in.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// Columns beside the text for speaker names.
pub const MARGIN_WIDTH: u16 = 18;
/// Rows per article in the list.
pub const ROWS_PER_ITEM: u16 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub list: Rect,
    pub list_inner: Rect,
    pub reader: Rect,
    /// The column of text inside the reader (padded, capped at the max width).
    pub reader_text: Rect,
    /// The annotations pane under the reader, when shown.
    pub pane: Option<Rect>,
    /// Speaker names beside the text, when shown and there is room.
    pub margin: Option<Rect>,
    pub status: Rect,
}

fn inner(r: Rect) -> Rect {
    Rect::new(
        r.x + 1,
        r.y + 1,
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// The regions for a `width` x `height` terminal, or `None` when it is too
/// small. `pane`: the annotations pane takes the lower part of the reader.
pub fn areas(
    width: u16,
    height: u16,
    max_text_width: u16,
    pane: bool,
    speakers: bool,
) -> Option<Areas> {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        return None;
    }
    let main_h = height - 1;
    let list_w = (width * 35 / 100).clamp(18, 48);
    let list = Rect::new(0, 0, list_w, main_h);
    let pane_h = if pane { (main_h * 2 / 5).max(4) } else { 0 };
    let reader = Rect::new(list_w, 0, width - list_w, main_h - pane_h);
    let pane = pane.then(|| Rect::new(list_w, main_h - pane_h, width - list_w, pane_h));
    let r_in = inner(reader);
    let mut padded_w = r_in.width.saturating_sub(2);
    let with_margin = speakers && padded_w >= 50 + MARGIN_WIDTH;
    if with_margin {
        padded_w -= MARGIN_WIDTH;
    }
    let text_w = padded_w.min(max_text_width.max(1));
    let left_pad = 1 + (padded_w - text_w) / 2;
    let reader_text = Rect::new(r_in.x + left_pad, r_in.y, text_w, r_in.height);
    let margin = with_margin.then(|| {
        Rect::new(
            reader_text.x + text_w + 1,
            r_in.y,
            MARGIN_WIDTH - 1,
            r_in.height,
        )
    });
    Some(Areas {
        list,
        list_inner: inner(list),
        reader,
        reader_text,
        pane,
        margin,
        status: Rect::new(0, main_h, width, 1),
    })
}

impl Areas {
    /// Articles that fit in the list at once.
    pub fn list_rows(&self) -> usize {
        usize::from((self.list_inner.height / ROWS_PER_ITEM).max(1))
    }
}

pub fn contains(r: Rect, column: u16, row: u16) -> bool {
    column >= r.x && column < r.x + r.width && row >= r.y && row < r.y + r.height
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_small_is_none() {
        assert!(areas(39, 30, 100, false, false).is_none());
        assert!(areas(100, 9, 100, false, false).is_none());
        assert!(areas(40, 10, 100, false, false).is_some());
    }

    #[test]
    fn text_is_capped_and_centred() {
        let a = areas(200, 40, 60, false, false).expect("fits");
        assert_eq!(a.reader_text.width, 60);
        assert!(a.reader_text.x > a.reader.x + 1);
        let b = areas(80, 24, 100, false, false).expect("fits");
        assert_eq!(b.reader_text.width, b.reader.width - 4);
        assert_eq!(b.list.width + b.reader.width, 80);
        assert_eq!(b.status.y, 23);
        let c = areas(80, 24, 100, true, false).expect("fits");
        let pane = c.pane.expect("pane");
        assert_eq!(c.reader.height + pane.height, 23);
        assert_eq!(pane.y, c.reader.y + c.reader.height);
        let d = areas(160, 40, 100, false, true).expect("fits");
        let m = d.margin.expect("room for a margin");
        assert!(m.x > d.reader_text.x + d.reader_text.width - 1);
        assert!(
            areas(80, 24, 100, false, true)
                .expect("fits")
                .margin
                .is_none(),
            "no room"
        );
    }
}
