//! Page geometry of the print-and-play sheets, as pure data in millimetres.
//!
//! Nine poker-size cards (63 × 88 mm) sit 3 × 3, centred on the paper (four
//! large-print cards, 70 × 120 mm, 2 × 2). A fronts page is followed by its
//! backs page, on which every card's back is placed behind its front for
//! the chosen duplex flip, then moved by the user's `--back-offset`
//! (printers shift the second side a little).
//!
//! **Why the cards butt, with one cut between neighbours.** At home the deck
//! is cut with scissors or a paper trimmer. Cards that touch share their cut
//! lines: a 3 × 3 sheet is 8 straight cuts right across it (4 each way),
//! where cards with gutters take 36 (each card cut on its four sides). The
//! shared cut lines are drawn as hairlines across the grid and continued by
//! crop marks into the margins. A cut a little off the line shows a sliver
//! of the neighbour, which is the same colour band on a suit's page. The
//! backs are one continuous ground across the whole grid, 3 mm past its
//! outer edge like the fronts, so duplex drift never shows white between
//! cards; nothing on a back but its centred emblem comes within 4 mm of a
//! trim. For a print shop's guillotine, `--bleed` gives every card its own
//! 3 mm bleed and 6 mm gutters instead, with crop marks in the gutters.
//! Everything here is checked by tests without drawing anything.

pub use super::look::CardSize;

/// Points (PDF's unit) per millimetre.
pub const PT_PER_MM: f32 = 72.0 / 25.4;

/// Bleed drawn around each card with `--bleed`, and around the grid of
/// butting cards without it (where the paper has room).
pub const BLEED: f32 = 3.0;

/// How near the paper's edge an office printer can print. Cards (their trim)
/// always stay inside; bleed and crop marks may reach into it.
pub const PRINTABLE_MARGIN: f32 = 4.0;

/// Crop marks: the gap left outside the card (or its bleed), and their length.
pub const MARK_GAP: f32 = 1.0;
pub const MARK_LEN: f32 = 4.0;
/// A crop mark shorter than this is left out rather than drawn as a dot.
const MARK_MIN: f32 = 1.5;
/// Room kept above and below the cards for the page's header and footer.
pub const NOTE_BAND: f32 = 3.0;

/// The paper the deck is printed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
    /// ISO A3, 297 × 420 mm: posters and trackers.
    A3,
}

impl Paper {
    /// Width and height in millimetres, portrait.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
            Paper::A3 => (297.0, 420.0),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "Letter",
            Paper::A3 => "A3",
        }
    }
}

/// How the printer turns the sheet for the second side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Duplex {
    /// Flip on the long edge (the usual duplex setting): backs mirrored left to right.
    Long,
    /// Flip on the short edge: backs mirrored top to bottom.
    Short,
    /// Single-sided: backs pages printed as they are, to cut and glue.
    None,
}

/// A rectangle in millimetres, y pointing down from the page's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

impl Rect {
    pub fn new(x: f32, y: f32, w: f32, h: f32) -> Rect {
        Rect { x, y, w, h }
    }

    pub fn right(&self) -> f32 {
        self.x + self.w
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.h
    }

    /// True when `other` lies wholly inside (edges may touch, within 1 µm).
    pub fn contains(&self, other: &Rect) -> bool {
        const EPS: f32 = 1e-3;
        other.x >= self.x - EPS
            && other.y >= self.y - EPS
            && other.right() <= self.right() + EPS
            && other.bottom() <= self.bottom() + EPS
    }

    /// True when the two share more than an edge.
    pub fn overlaps(&self, other: &Rect) -> bool {
        const EPS: f32 = 1e-3;
        self.x < other.right() - EPS
            && other.x < self.right() - EPS
            && self.y < other.bottom() - EPS
            && other.y < self.bottom() - EPS
    }

    /// Grown by the given amounts on each side.
    pub fn outset(&self, left: f32, top: f32, right: f32, bottom: f32) -> Rect {
        Rect::new(
            self.x - left,
            self.y - top,
            self.w + left + right,
            self.h + top + bottom,
        )
    }

    pub fn translate(&self, dx: f32, dy: f32) -> Rect {
        Rect::new(self.x + dx, self.y + dy, self.w, self.h)
    }

    /// Mirrored left to right on a page `page_w` wide.
    fn mirror_x(&self, page_w: f32) -> Rect {
        Rect::new(page_w - self.right(), self.y, self.w, self.h)
    }

    /// Mirrored top to bottom on a page `page_h` high.
    fn mirror_y(&self, page_h: f32) -> Rect {
        Rect::new(self.x, page_h - self.bottom(), self.w, self.h)
    }
}

/// A straight line segment, for crop marks and rulers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Line {
    pub x1: f32,
    pub y1: f32,
    pub x2: f32,
    pub y2: f32,
}

/// One card's place on a page: where it is cut (trim) and how far its
/// artwork reaches (bleed; equal to the trim without `--bleed`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub trim: Rect,
    pub bleed: Rect,
}

/// What the user chose for the sheets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SheetOptions {
    pub paper: Paper,
    pub bleed: bool,
    pub duplex: Duplex,
    /// Millimetres the backs are moved by, right and down.
    pub back_offset: (f32, f32),
    pub size: CardSize,
}

impl Default for SheetOptions {
    fn default() -> Self {
        SheetOptions {
            paper: Paper::A4,
            bleed: false,
            duplex: Duplex::Long,
            back_offset: (0.0, 0.0),
            size: CardSize::Poker,
        }
    }
}

/// The layout of every card sheet of one export.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub options: SheetOptions,
    pub width: f32,
    pub height: f32,
    /// Bleed around every card: [`BLEED`] with `--bleed`, else none (the
    /// cards butt, and only the grid's outer edge has bleed).
    pub bleed: f32,
    /// Bleed past the grid's outer edges, left and right, and top and
    /// bottom: [`BLEED`], or less where the paper has no room for it and
    /// the page notes (Letter's top and bottom).
    pub outer: (f32, f32),
    /// Space between neighbouring cards: twice the bleed, so every card has
    /// its full bleed on every side.
    pub gutter: f32,
    /// The trim size of a card, in mm.
    pub card: (f32, f32),
    pub columns: usize,
    pub rows: usize,
    fronts: Vec<Slot>,
}

impl Sheet {
    /// The layout for `options`, or why the paper cannot take it.
    pub fn new(options: SheetOptions) -> Result<Sheet, LayoutError> {
        let (width, height) = options.paper.size();
        let card = options.size.mm();
        let (columns, rows) = options.size.grid();
        let bleed = if options.bleed { BLEED } else { 0.0 };
        let gutter = 2.0 * bleed;
        let grid_w = columns as f32 * card.0 + (columns - 1) as f32 * gutter;
        let grid_h = rows as f32 * card.1 + (rows - 1) as f32 * gutter;
        let left = (width - grid_w) / 2.0;
        let top = (height - grid_h) / 2.0;
        // Butting cards get bleed past the grid where the paper has room:
        // into the printer's margin at the sides, and short of the notes
        // above and below.
        let outer = if options.bleed {
            (BLEED, BLEED)
        } else {
            (
                BLEED.min(left).max(0.0),
                BLEED.min(top - NOTE_BAND - PRINTABLE_MARGIN).max(0.0),
            )
        };
        let fronts = (0..columns * rows)
            .map(|index| {
                let (row, column) = (index / columns, index % columns);
                let trim = Rect::new(
                    left + column as f32 * (card.0 + gutter),
                    top + row as f32 * (card.1 + gutter),
                    card.0,
                    card.1,
                );
                let side =
                    |outside: bool, inner: f32, outer: f32| if outside { outer } else { inner };
                Slot {
                    trim,
                    bleed: trim.outset(
                        side(column == 0, bleed, outer.0),
                        side(row == 0, bleed, outer.1),
                        side(column + 1 == columns, bleed, outer.0),
                        side(row + 1 == rows, bleed, outer.1),
                    ),
                }
            })
            .collect();
        // Cards inside the printable area, with room above and below for
        // the page's header and its "print at 100%" line.
        let needed = grid_h + 2.0 * (outer.1 + NOTE_BAND + PRINTABLE_MARGIN);
        if needed > height + 1e-3 || grid_w + 2.0 * PRINTABLE_MARGIN > width + 1e-3 {
            return Err(LayoutError::NoRoom {
                paper: options.paper,
                bleed: options.bleed,
                needed,
                height,
            });
        }
        // The offset undoes a printer's shift, so the backs may reach into the
        // printer's margin, but not off the paper.
        let (dx, dy) = options.back_offset;
        if dx.abs() > left + 1e-3 || dy.abs() > top + 1e-3 {
            return Err(LayoutError::OffsetOffPaper {
                offset: options.back_offset,
                max: (left, top),
            });
        }
        Ok(Sheet {
            options,
            width,
            height,
            bleed,
            outer,
            gutter,
            card,
            columns,
            rows,
            fronts,
        })
    }

    /// Cards on one sheet.
    pub fn per_page(&self) -> usize {
        self.columns * self.rows
    }

    /// The smallest rectangle holding every card's trim (`bleed` false) or
    /// bleed on the fronts (`back` false) or backs page: the PDF's TrimBox
    /// and BleedBox.
    pub fn extent(&self, back: bool, bleed: bool) -> Rect {
        let slots: Vec<Slot> = (0..self.per_page())
            .map(|i| if back { self.back(i) } else { self.front(i) })
            .collect();
        let rects = slots.iter().map(|s| if bleed { s.bleed } else { s.trim });
        let (mut x1, mut y1, mut x2, mut y2) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for r in rects {
            x1 = x1.min(r.x);
            y1 = y1.min(r.y);
            x2 = x2.max(r.right());
            y2 = y2.max(r.bottom());
        }
        Rect::new(x1, y1, x2 - x1, y2 - y1)
    }

    /// The page, as a rectangle.
    pub fn page(&self) -> Rect {
        Rect::new(0.0, 0.0, self.width, self.height)
    }

    /// Where an office printer prints.
    pub fn printable(&self) -> Rect {
        self.page().outset(
            -PRINTABLE_MARGIN,
            -PRINTABLE_MARGIN,
            -PRINTABLE_MARGIN,
            -PRINTABLE_MARGIN,
        )
    }

    /// The `index`th card (0–8, row by row) on a fronts page.
    pub fn front(&self, index: usize) -> Slot {
        self.fronts[index % self.per_page()]
    }

    /// Where the back of the `index`th front goes on the backs page: behind
    /// its front once the sheet is turned, then moved by the back offset.
    pub fn back(&self, index: usize) -> Slot {
        let front = self.front(index);
        let (dx, dy) = self.options.back_offset;
        let place = |rect: Rect| {
            let turned = match self.options.duplex {
                Duplex::Long => rect.mirror_x(self.width),
                Duplex::Short => rect.mirror_y(self.height),
                Duplex::None => rect,
            };
            turned.translate(dx, dy)
        };
        Slot {
            trim: place(front.trim),
            bleed: place(front.bleed),
        }
    }

    /// Turns a point of the front side into the point behind it on the back
    /// side (without the offset): for the calibration sheet's targets.
    pub fn behind(&self, x: f32, y: f32) -> (f32, f32) {
        match self.options.duplex {
            Duplex::Long => (self.width - x, y),
            Duplex::Short => (x, self.height - y),
            Duplex::None => (x, y),
        }
    }

    /// Crop marks of a fronts page: every cut line extended into the
    /// margins, outside the cards and their bleed, where the margin has room.
    /// With bleed the cut lines are also marked across the gutters between
    /// cards: those marks stand on bleed that is cut away with the gutter.
    pub fn crop_marks(&self) -> Vec<Line> {
        let first = self.front(0);
        let last = self.front(self.per_page() - 1);
        let (reach_x, reach_y) = (self.outer.0 + MARK_GAP, self.outer.1 + MARK_GAP);
        let (top, bottom) = (first.trim.y - reach_y, last.trim.bottom() + reach_y);
        let (left, right) = (first.trim.x - reach_x, last.trim.right() + reach_x);
        let mut cuts_x: Vec<f32> = Vec::new();
        let mut cuts_y: Vec<f32> = Vec::new();
        for slot in &self.fronts {
            for x in [slot.trim.x, slot.trim.right()] {
                push_unique(&mut cuts_x, x);
            }
            for y in [slot.trim.y, slot.trim.bottom()] {
                push_unique(&mut cuts_y, y);
            }
        }
        let up = top.min(MARK_LEN);
        let down = (self.height - bottom).min(MARK_LEN);
        let out_left = left.min(MARK_LEN);
        let out_right = (self.width - right).min(MARK_LEN);
        let mut marks = Vec::new();
        for &x in &cuts_x {
            if up >= MARK_MIN {
                marks.push(Line::vertical(x, top - up, top));
            }
            if down >= MARK_MIN {
                marks.push(Line::vertical(x, bottom, bottom + down));
            }
        }
        for &y in &cuts_y {
            if out_left >= MARK_MIN {
                marks.push(Line::horizontal(y, left - out_left, left));
            }
            if out_right >= MARK_MIN {
                marks.push(Line::horizontal(y, right, right + out_right));
            }
        }
        if self.gutter > 0.0 {
            for row in 0..self.rows - 1 {
                let (y1, y2) = (
                    self.front(row * self.columns).trim.bottom(),
                    self.front((row + 1) * self.columns).trim.y,
                );
                for &x in &cuts_x {
                    marks.push(Line::vertical(x, y1, y2));
                }
            }
            for column in 0..self.columns - 1 {
                let (x1, x2) = (
                    self.front(column).trim.right(),
                    self.front(column + 1).trim.x,
                );
                for &y in &cuts_y {
                    marks.push(Line::horizontal(y, x1, x2));
                }
            }
        }
        marks
    }

    /// The cut lines inside the grid of butting cards: every edge two cards
    /// share, drawn right across the grid so it is one cut with scissors.
    /// None with gutters (`--bleed`), where the crop marks cross them.
    pub fn cut_lines(&self) -> Vec<Line> {
        if self.gutter > 0.0 {
            return Vec::new();
        }
        let first = self.front(0).trim;
        let last = self.front(self.per_page() - 1).trim;
        let mut lines = Vec::new();
        for column in 1..self.columns {
            let x = self.front(column).trim.x;
            lines.push(Line::vertical(x, first.y, last.bottom()));
        }
        for row in 1..self.rows {
            let y = self.front(row * self.columns).trim.y;
            lines.push(Line::horizontal(y, first.x, last.right()));
        }
        lines
    }

    /// Where a line of small print goes above (`top`) or below the cards:
    /// its centre (x, y) and how wide it may be, in mm. Beyond the crop
    /// marks' reach it may use the printable width; where the margin is too
    /// narrow for that (A4 with bleed, plain Letter) it sits in the marks'
    /// band, between the middle column's marks.
    pub fn note_place(&self, top: bool, beside_marks: bool) -> (f32, f32, f32) {
        let grid_edge = if top {
            self.front(0).trim.y
        } else {
            self.height - self.front(self.per_page() - 1).trim.bottom()
        };
        let from_edge = |distance: f32| {
            if top {
                distance
            } else {
                self.height - distance
            }
        };
        let marks_end = grid_edge - self.outer.1 - MARK_GAP - MARK_LEN;
        let full_width = self.width - 2.0 * PRINTABLE_MARGIN - 10.0;
        if !beside_marks || marks_end - PRINTABLE_MARGIN >= NOTE_BAND {
            let inner = if beside_marks {
                marks_end
            } else {
                grid_edge - self.outer.1
            };
            let centre = (PRINTABLE_MARGIN + inner) / 2.0;
            (self.width / 2.0, from_edge(centre), full_width)
        } else {
            let centre = (PRINTABLE_MARGIN + grid_edge - self.outer.1) / 2.0;
            (self.width / 2.0, from_edge(centre), self.card.0 - 4.0)
        }
    }
}

/// The paper cannot take the layout asked for (worded in `super::describe`).
#[derive(Debug, Clone, PartialEq)]
pub enum LayoutError {
    NoRoom {
        paper: Paper,
        bleed: bool,
        needed: f32,
        height: f32,
    },
    OffsetOffPaper {
        offset: (f32, f32),
        max: (f32, f32),
    },
}

impl Line {
    fn vertical(x: f32, y1: f32, y2: f32) -> Line {
        Line {
            x1: x,
            y1,
            x2: x,
            y2,
        }
    }

    fn horizontal(y: f32, x1: f32, x2: f32) -> Line {
        Line {
            x1,
            y1: y,
            x2,
            y2: y,
        }
    }

    /// The segment's bounding box (zero-width for a vertical line).
    pub fn bounds(&self) -> Rect {
        let (x, y) = (self.x1.min(self.x2), self.y1.min(self.y2));
        Rect::new(x, y, (self.x1 - self.x2).abs(), (self.y1 - self.y2).abs())
    }
}

fn push_unique(values: &mut Vec<f32>, value: f32) {
    if !values.iter().any(|v| (v - value).abs() < 1e-3) {
        values.push(value);
    }
}

/// What one page of a card export shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Fronts,
    Backs,
    /// The duplex test sheet: its first and its second side.
    CalibrationFront,
    CalibrationBack,
}

/// One page: its kind and the cards on it (indexes into the deck).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PagePlan {
    pub kind: PageKind,
    pub cards: std::ops::Range<usize>,
}

/// The pages for `cards` cards, `per_page` a sheet: each fronts page
/// followed by its backs page, after the calibration sheet's two sides if
/// asked for.
pub fn plan_pages(cards: usize, per_page: usize, calibration: bool) -> Vec<PagePlan> {
    let mut pages = Vec::new();
    if calibration {
        pages.push(PagePlan {
            kind: PageKind::CalibrationFront,
            cards: 0..0,
        });
        pages.push(PagePlan {
            kind: PageKind::CalibrationBack,
            cards: 0..0,
        });
    }
    for start in (0..cards).step_by(per_page) {
        let range = start..(start + per_page).min(cards);
        for kind in [PageKind::Fronts, PageKind::Backs] {
            pages.push(PagePlan {
                kind,
                cards: range.clone(),
            });
        }
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(paper: Paper, bleed: bool, duplex: Duplex) -> Sheet {
        sized(paper, bleed, duplex, CardSize::Poker)
    }

    fn sized(paper: Paper, bleed: bool, duplex: Duplex, size: CardSize) -> Sheet {
        Sheet::new(SheetOptions {
            paper,
            bleed,
            duplex,
            back_offset: (0.0, 0.0),
            size,
        })
        .expect("room on the paper")
    }

    fn every_sheet() -> Vec<Sheet> {
        let mut sheets = Vec::new();
        for size in [CardSize::Poker, CardSize::Large] {
            for paper in [Paper::A4, Paper::Letter] {
                for bleed in [false, true] {
                    if paper == Paper::Letter && bleed && size == CardSize::Poker {
                        continue;
                    }
                    for duplex in [Duplex::Long, Duplex::Short, Duplex::None] {
                        sheets.push(sized(paper, bleed, duplex, size));
                    }
                }
            }
        }
        sheets
    }

    #[test]
    fn a_rect_contains_what_lies_within_its_edges_and_nothing_past_them() {
        let outer = Rect::new(10.0, 20.0, 30.0, 40.0);
        assert!(outer.contains(&outer), "edges may touch");
        assert!(outer.contains(&Rect::new(11.0, 21.0, 5.0, 5.0)));
        for past in [
            Rect::new(9.9, 21.0, 5.0, 5.0),  // left
            Rect::new(11.0, 19.9, 5.0, 5.0), // top
            Rect::new(35.1, 21.0, 5.0, 5.0), // right
            Rect::new(11.0, 55.1, 5.0, 5.0), // bottom
        ] {
            assert!(!outer.contains(&past), "{past:?}");
        }
    }

    #[test]
    fn rects_sharing_an_edge_within_the_tolerance_do_not_overlap() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(&Rect::new(5.0, 5.0, 10.0, 10.0)));
        // Reaching exactly the tolerance (1 µm) into `a`, on its right and
        // below it; asked both ways round, every edge is tried.
        let into = 1e-3;
        for b in [
            Rect::new(a.right() - into, 0.0, 10.0, 10.0),
            Rect::new(0.0, a.bottom() - into, 10.0, 10.0),
        ] {
            assert!(!a.overlaps(&b), "{b:?}");
            assert!(!b.overlaps(&a), "{b:?}");
        }
    }

    #[test]
    fn a_rect_moves_right_and_down() {
        assert_eq!(
            Rect::new(1.0, 2.0, 3.0, 4.0).translate(5.0, 6.0),
            Rect::new(6.0, 8.0, 3.0, 4.0)
        );
    }

    #[test]
    fn the_printable_area_is_the_page_less_the_printers_margin_all_round() {
        let s = sheet(Paper::A4, false, Duplex::Long);
        let m = PRINTABLE_MARGIN;
        assert_eq!(
            s.printable(),
            Rect::new(m, m, 210.0 - 2.0 * m, 297.0 - 2.0 * m)
        );
    }

    #[test]
    fn papers_are_named_as_printers_name_them() {
        // The name is in the "no room on the paper" message.
        let names = [Paper::A4, Paper::Letter, Paper::A3].map(Paper::name);
        assert_eq!(names, ["A4", "Letter", "A3"]);
    }

    #[test]
    fn a4_cards_are_centred_and_butt_with_bleed_only_around_the_grid() {
        let s = sheet(Paper::A4, false, Duplex::Long);
        assert_eq!(s.front(0).trim, Rect::new(10.5, 16.5, 63.0, 88.0));
        assert_eq!(s.front(4).trim, Rect::new(73.5, 104.5, 63.0, 88.0));
        assert_eq!(s.front(8).trim, Rect::new(136.5, 192.5, 63.0, 88.0));
        assert_eq!(s.gutter, 0.0);
        assert_eq!(s.outer, (3.0, 3.0));
        // The corner card bleeds out of the grid, not into its neighbours.
        assert_eq!(s.front(0).bleed, s.front(0).trim.outset(3.0, 3.0, 0.0, 0.0));
        assert_eq!(s.front(4).bleed, s.front(4).trim);
        assert_eq!(s.front(8).bleed, s.front(8).trim.outset(0.0, 0.0, 3.0, 3.0));
        // Letter has no room above and below for 3 mm and the page notes.
        let letter = sheet(Paper::Letter, false, Duplex::Long);
        assert_eq!(letter.outer.0, 3.0);
        assert!(
            letter.outer.1 > 0.5 && letter.outer.1 < 1.0,
            "{:?}",
            letter.outer
        );
    }

    #[test]
    fn shared_edges_are_one_cut_right_across_the_grid() {
        for s in every_sheet() {
            let lines = s.cut_lines();
            if s.options.bleed {
                assert!(lines.is_empty());
                continue;
            }
            assert_eq!(lines.len(), s.columns - 1 + s.rows - 1);
            let grid = s.extent(false, false);
            for line in &lines {
                let b = line.bounds();
                assert!(grid.contains(&b), "{line:?}");
                // On an edge cards share, never through a card.
                for i in 0..s.per_page() {
                    let card = s.front(i).trim;
                    let through_x = b.w == 0.0 && b.x > card.x + 0.01 && b.x < card.right() - 0.01;
                    let through_y = b.h == 0.0 && b.y > card.y + 0.01 && b.y < card.bottom() - 0.01;
                    assert!(!through_x && !through_y, "{line:?} through card {i}");
                }
                assert!(b.w == grid.w || b.h == grid.h, "right across: {line:?}");
                // An edge one card's bottom (or right) shares with another's
                // top (or left), not the grid's outer edge.
                let shared = |at: f32, ends: fn(&Rect) -> f32, starts: fn(&Rect) -> f32| {
                    let cards = (0..s.per_page()).map(|i| s.front(i).trim);
                    cards.clone().any(|c| (ends(&c) - at).abs() < 1e-3)
                        && cards.into_iter().any(|c| (starts(&c) - at).abs() < 1e-3)
                };
                if b.h == 0.0 {
                    assert!(shared(b.y, Rect::bottom, |r| r.y), "{line:?}");
                } else {
                    assert!(shared(b.x, Rect::right, |r| r.x), "{line:?}");
                }
            }
            for (i, a) in lines.iter().enumerate() {
                assert!(!lines[i + 1..].contains(a), "cut twice: {a:?}");
            }
        }
    }

    #[test]
    fn crop_marks_start_just_past_the_bleed_and_stop_at_the_paper() {
        let close = |a: f32, b: f32| (a - b).abs() < 1e-3;
        let (mut drawn, mut left_out) = (0, 0);
        for s in every_sheet() {
            let first = s.front(0).trim;
            let last = s.front(s.per_page() - 1).trim;
            // Where each side's marks begin (past the grid's outer bleed and
            // the gap), and how much paper is left beyond that point.
            let top = first.y - s.outer.1 - MARK_GAP;
            let bottom = last.bottom() + s.outer.1 + MARK_GAP;
            let left = first.x - s.outer.0 - MARK_GAP;
            let right = last.right() + s.outer.0 + MARK_GAP;
            let room = [top, s.height - bottom, left, s.width - right];
            let mut per_side = [0usize; 4];
            for mark in s.crop_marks() {
                let b = mark.bounds();
                // (side, the end nearest the cards, length); marks across
                // the gutters, inside the grid, are not checked here.
                let (side, start, length) = if b.w == 0.0 && b.bottom() < first.y - s.outer.1 {
                    (0, b.bottom(), b.h)
                } else if b.w == 0.0 && b.y > last.bottom() + s.outer.1 {
                    (1, b.y, b.h)
                } else if b.h == 0.0 && b.right() < first.x - s.outer.0 {
                    (2, b.right(), b.w)
                } else if b.h == 0.0 && b.x > last.right() + s.outer.0 {
                    (3, b.x, b.w)
                } else {
                    continue;
                };
                let begins = [top, bottom, left, right][side];
                assert!(
                    close(start, begins),
                    "{:?}: {mark:?} starts at {start}",
                    s.options
                );
                let long = room[side].min(MARK_LEN);
                assert!(
                    close(length, long),
                    "{:?}: {mark:?} is {length} long",
                    s.options
                );
                assert!(s.page().contains(&b), "{mark:?} off the paper");
                per_side[side] += 1;
            }
            let cuts = |vertical: bool| {
                let mut at: Vec<f32> = Vec::new();
                for i in 0..s.per_page() {
                    let t = s.front(i).trim;
                    let edges = if vertical {
                        [t.x, t.right()]
                    } else {
                        [t.y, t.bottom()]
                    };
                    for edge in edges {
                        push_unique(&mut at, edge);
                    }
                }
                at.len()
            };
            for (side, room) in room.into_iter().enumerate() {
                let want = if room.min(MARK_LEN) >= MARK_MIN {
                    drawn += 1;
                    cuts(side < 2)
                } else {
                    left_out += 1;
                    0
                };
                assert_eq!(per_side[side], want, "{:?}: side {side}", s.options);
            }
        }
        assert!(
            drawn > 0 && left_out > 0,
            "both cases tried: {drawn}, {left_out}"
        );
    }

    #[test]
    fn large_print_cards_sit_four_to_a_sheet() {
        let s = sized(Paper::A4, false, Duplex::Long, CardSize::Large);
        assert_eq!((s.columns, s.rows, s.per_page()), (2, 2, 4));
        assert_eq!(s.front(0).trim, Rect::new(35.0, 28.5, 70.0, 120.0));
        assert_eq!(s.front(3).trim, Rect::new(105.0, 148.5, 70.0, 120.0));
        assert_eq!(s.outer, (3.0, 3.0));
    }

    #[test]
    fn every_card_is_inside_the_printable_area_and_cards_never_overlap() {
        for s in every_sheet() {
            for i in 0..s.per_page() {
                for slot in [s.front(i), s.back(i)] {
                    assert!(s.printable().contains(&slot.trim), "{:?} {i}", s.options);
                    assert!(s.page().contains(&slot.bleed), "{:?} {i}", s.options);
                    assert!(slot.bleed.contains(&slot.trim));
                }
                for j in 0..i {
                    assert!(!s.front(i).bleed.overlaps(&s.front(j).bleed));
                    assert!(!s.back(i).bleed.overlaps(&s.back(j).bleed));
                }
            }
        }
    }

    #[test]
    fn bleed_is_three_millimetres_all_round_and_letter_has_no_room_for_it() {
        let a4 = sheet(Paper::A4, true, Duplex::Long);
        assert_eq!(a4.gutter, 6.0);
        for i in 0..a4.per_page() {
            let slot = a4.front(i);
            assert_eq!(slot.bleed, slot.trim.outset(3.0, 3.0, 3.0, 3.0));
        }
        assert_eq!(a4.front(0).trim.x, 4.5);
        assert_eq!(a4.front(0).trim.y, 10.5);

        let letter = Sheet::new(SheetOptions {
            paper: Paper::Letter,
            bleed: true,
            ..SheetOptions::default()
        });
        let error = letter.expect_err("Letter is 17.6 mm shorter than A4");
        assert!(
            matches!(error, LayoutError::NoRoom { height: 279.4, .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("--paper a4"), "{error}");
    }

    #[test]
    fn long_edge_backs_mirror_left_to_right() {
        let s = sheet(Paper::A4, false, Duplex::Long);
        for row in 0..s.rows {
            for column in 0..s.columns {
                let back = s.back(row * s.columns + column);
                let opposite = s.front(row * s.columns + (s.columns - 1 - column));
                assert_eq!(back, opposite);
            }
        }
    }

    #[test]
    fn short_edge_backs_mirror_top_to_bottom() {
        let s = sheet(Paper::Letter, false, Duplex::Short);
        for row in 0..s.rows {
            for column in 0..s.columns {
                let back = s.back(row * s.columns + column);
                let opposite = s.front((s.rows - 1 - row) * s.columns + column);
                assert!((back.trim.x - opposite.trim.x).abs() < 1e-3);
                assert!((back.trim.y - opposite.trim.y).abs() < 1e-3);
            }
        }
    }

    #[test]
    fn single_sided_backs_stay_in_place() {
        let s = sheet(Paper::A4, true, Duplex::None);
        for i in 0..s.per_page() {
            assert_eq!(s.back(i), s.front(i));
        }
    }

    #[test]
    fn mirrored_bleed_follows_its_card() {
        // A corner card's back sits in the opposite corner, its bleed with it.
        let s = sheet(Paper::A4, true, Duplex::Long);
        let front = s.front(0);
        let back = s.back(0);
        let front_left = front.trim.x - front.bleed.x;
        let front_right = front.bleed.right() - front.trim.right();
        assert!((back.bleed.right() - back.trim.right() - front_left).abs() < 1e-3);
        assert!((back.trim.x - back.bleed.x - front_right).abs() < 1e-3);
    }

    #[test]
    fn back_offset_moves_only_the_backs() {
        let mut options = SheetOptions {
            back_offset: (1.5, -2.0),
            ..SheetOptions::default()
        };
        let moved = Sheet::new(options).expect("fits");
        options.back_offset = (0.0, 0.0);
        let still = Sheet::new(options).expect("fits");
        for i in 0..moved.per_page() {
            assert_eq!(moved.front(i), still.front(i));
            assert_eq!(moved.back(i).trim, still.back(i).trim.translate(1.5, -2.0));
            assert_eq!(
                moved.back(i).bleed,
                still.back(i).bleed.translate(1.5, -2.0)
            );
        }
    }

    #[test]
    fn behind_is_its_own_inverse_and_matches_the_backs() {
        for s in every_sheet() {
            let (x, y) = (30.0, 50.0);
            let (bx, by) = s.behind(x, y);
            assert_eq!(s.behind(bx, by), (x, y));
            let front = s.front(0).trim;
            let back = s.back(0).trim;
            let (cx, cy) = s.behind(front.x + front.w / 2.0, front.y + front.h / 2.0);
            assert!((cx - (back.x + back.w / 2.0)).abs() < 1e-3);
            assert!((cy - (back.y + back.h / 2.0)).abs() < 1e-3);
        }
    }

    #[test]
    fn crop_marks_sit_outside_every_card_and_mark_every_cut() {
        for s in every_sheet() {
            let marks = s.crop_marks();
            let grid = s.extent(false, true);
            for mark in &marks {
                // The mark without its end points, a hair wide: touching a
                // card's corner with its end is what a crop mark does.
                let b = mark.bounds();
                let (along_x, along_y) = if b.w > 0.0 {
                    (-0.01, 0.01)
                } else {
                    (0.01, -0.01)
                };
                let bounds = b.outset(along_x, along_y, along_x, along_y);
                assert!(s.page().contains(&mark.bounds()), "{mark:?}");
                for i in 0..s.per_page() {
                    assert!(!s.front(i).trim.overlaps(&bounds), "{mark:?} on card {i}");
                    if !grid.overlaps(&bounds) {
                        continue;
                    }
                    // Inside the grid only gutter marks, on bleed cut away.
                    assert!(s.options.bleed, "{mark:?}");
                }
            }
            // Every cut line has its marks: above and below the grid, and
            // (with bleed) across the gutters too.
            let (cuts_x, cuts_y) = if s.options.bleed {
                (2 * s.columns, 2 * s.rows)
            } else {
                (s.columns + 1, s.rows + 1)
            };
            let vertical = marks.iter().filter(|m| m.x1 == m.x2).count();
            let horizontal = marks.len() - vertical;
            let (gutters_v, gutters_h) = if s.options.bleed {
                (cuts_x * (s.rows - 1), cuts_y * (s.columns - 1))
            } else {
                (0, 0)
            };
            let up_down = marks
                .iter()
                .filter(|m| {
                    m.x1 == m.x2 && !grid.overlaps(&m.bounds().outset(0.01, -0.01, 0.01, -0.01))
                })
                .count();
            assert_eq!(up_down, 2 * cuts_x, "{:?}", s.options);
            assert_eq!(vertical, 2 * cuts_x + gutters_v, "{:?}", s.options);
            // At the sides, where the margin has room for marks.
            assert!(horizontal >= gutters_h, "{:?}", s.options);
        }
    }

    #[test]
    fn page_notes_sit_in_the_printable_margins_clear_of_the_marks() {
        for s in every_sheet() {
            for top in [true, false] {
                for beside_marks in [true, false] {
                    let (x, y, width) = s.note_place(top, beside_marks);
                    assert_eq!(x, s.width / 2.0);
                    let half = NOTE_BAND / 2.0;
                    let band = Rect::new(x - width / 2.0, y - half, width, NOTE_BAND);
                    assert!(
                        s.printable().contains(&band),
                        "{:?} {top} {band:?}",
                        s.options
                    );
                    for i in 0..s.per_page() {
                        assert!(!s.front(i).bleed.overlaps(&band), "{:?} {top}", s.options);
                    }
                    if beside_marks {
                        for mark in s.crop_marks() {
                            let b = mark.bounds();
                            let across =
                                |lo: f32, hi: f32, from: f32, to: f32| hi > from && lo < to;
                            let hit = across(b.x, b.right().max(b.x + 1e-3), band.x, band.right())
                                && across(b.y, b.bottom().max(b.y + 1e-3), band.y, band.bottom());
                            assert!(!hit, "{:?} top={top}: {mark:?} crosses {band:?}", s.options);
                        }
                    }
                }
            }
        }
        // On plain A4 the footer has the whole width below the marks: the
        // printable width, less 5 mm each side.
        let a4 = sheet(Paper::A4, false, Duplex::Long);
        assert_eq!(a4.note_place(false, true).2, a4.printable().w - 10.0);
        // With bleed it fits between the middle column's marks.
        let bled = sheet(Paper::A4, true, Duplex::Long);
        assert_eq!(bled.note_place(false, true).2, bled.card.0 - 4.0);
        assert!(
            bled.note_place(false, false).2 > 150.0,
            "backs pages have no marks"
        );
    }

    #[test]
    fn back_offsets_may_not_move_the_backs_off_the_paper() {
        let options = |bleed, back_offset| SheetOptions {
            bleed,
            back_offset,
            ..SheetOptions::default()
        };
        assert!(Sheet::new(options(false, (10.5, -16.5))).is_ok());
        let error = Sheet::new(options(false, (11.0, 0.0))).expect_err("off the paper");
        assert!(
            error.to_string().contains("at most 10.5 mm left or right"),
            "{error}"
        );
        assert!(Sheet::new(options(true, (4.5, 0.0))).is_ok());
        assert!(Sheet::new(options(true, (-5.0, 0.0))).is_err());
        assert!(Sheet::new(options(false, (0.0, 17.0))).is_err());
    }

    #[test]
    fn fifty_four_cards_make_six_fronts_and_six_backs_pages_interleaved() {
        let pages = plan_pages(54, 9, false);
        assert_eq!(pages.len(), 12);
        for (n, page) in pages.iter().enumerate() {
            let expected = if n % 2 == 0 {
                PageKind::Fronts
            } else {
                PageKind::Backs
            };
            assert_eq!(page.kind, expected);
            assert_eq!(page.cards, (n / 2) * 9..(n / 2) * 9 + 9);
        }
        let partial = plan_pages(10, 9, true);
        assert_eq!(partial.len(), 6);
        assert_eq!(partial[0].kind, PageKind::CalibrationFront);
        assert_eq!(partial[1].kind, PageKind::CalibrationBack);
        assert_eq!(partial[4].cards, 9..10);
    }
}
