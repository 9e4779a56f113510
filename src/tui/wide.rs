//! Drawing for the terminal's ambiguous width: every view draws text and
//! boxes through this module, so each screen is right in a terminal that
//! draws East Asian Ambiguous characters (♥ ♠ ♣ ★ · … “ ” ← → ▶, box lines,
//! █ ▀ ▄) one column wide *and* in one that draws them two wide.
//!
//! # Why
//!
//! ratatui counts every ambiguous character as one cell. A terminal set to
//! "ambiguous = wide" (xterm `-cjk_width`, PuTTY's CJK setting, gnome-terminal
//! and iTerm2's option, Chinese-locale Windows consoles) draws it two columns
//! wide, and when the next cell is written into its right half, the terminal
//! erases the whole character. So on such a terminal the suits, the box lines
//! and the big block digits vanished (`../shared/evidence/`).
//!
//! # How
//!
//! The width is known at start-up ([`crate::text::ambiguous`]: the
//! `tui::probe`, the `ambiguous_width` setting, else narrow). In *narrow* mode
//! everything here is ratatui's own and the output is exactly as before. In
//! *wide* mode:
//!
//! 1. **Layout gives such a character two columns.** [`text::width`],
//!    `pad`, `truncate` and `wrap` count it as two, and [`Paragraph`] and
//!    [`Block`] titles put its text through [`text::widen`], which adds a
//!    filler cell after it, so ratatui lays out two cells for it too.
//! 2. **The frame is sealed** ([`seal`], at the end of each TUI's `draw`): a
//!    character followed by its filler is marked as two cells wide
//!    ([`CellDiffOption::ForcedWidth`]), so ratatui never writes into its right
//!    half; one whose filler was cut off (a line truncated at the edge of its
//!    area, a popup over it) is replaced by a narrow look-alike.
//! 3. **The backend** (`tui::backend`) writes a blank where the right half
//!    goes, then the character, so even a terminal that turns out to draw it
//!    narrow shows the screen aligned.
//!
//! Where two columns do not fit the design, views draw with characters that
//! are one column everywhere, from the theme's wide-safe glyph set
//! ([`crate::tui::theme`]): box borders ([`border_set`]: ╌ ╎ and the arcs
//! ◜ ◝ ◟ ◞ instead of ─ │ ╭ ╮), big-glyph pixels as coloured (or, without
//! colour, reversed) spaces instead of █, and the suit column padded to the
//! widest suit (♦ is one column everywhere, ♥ ♠ ♣ ★ two in wide mode). The
//! grid's ✓ ✗ ❄ ◉ ◌ and the bars' ▰ are not ambiguous at all.
//!
//! A new view gets all this by using [`Paragraph`] and [`Block`] from here
//! instead of ratatui's (`tests/architecture.rs` checks), measuring with
//! [`crate::text`], and taking symbols from the theme.

use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{BorderType, Borders, Widget};

use crate::text::{self, Ambiguous};

/// `text` laid out for the terminal's ambiguous width: each span through
/// [`text::widen`] (unchanged in narrow mode).
pub fn widen_text<'a>(text: impl Into<Text<'a>>) -> Text<'a> {
    let mut text = text.into();
    if text::ambiguous() == Ambiguous::Narrow {
        return text;
    }
    for line in &mut text.lines {
        widen_spans(&mut line.spans);
    }
    text
}

/// A line laid out for the terminal's ambiguous width.
pub fn widen_line<'a>(line: impl Into<Line<'a>>) -> Line<'a> {
    let mut line = line.into();
    if text::ambiguous() == Ambiguous::Wide {
        widen_spans(&mut line.spans);
    }
    line
}

fn widen_spans(spans: &mut [Span<'_>]) {
    for span in spans {
        if let std::borrow::Cow::Owned(widened) = text::widen(&span.content) {
            span.content = widened.into();
        }
    }
}

/// ratatui's `Paragraph` for text laid out for the terminal's ambiguous
/// width. A line wider than its area is cut with "…" ([`cut_to`]), never
/// silently at the edge: a reader sees that there is more.
#[derive(Debug, Clone)]
pub struct Paragraph<'a> {
    text: Text<'a>,
    style: Style,
    alignment: Option<Alignment>,
    scroll: (u16, u16),
}

impl<'a> Paragraph<'a> {
    pub fn new<T: Into<Text<'a>>>(text: T) -> Paragraph<'a> {
        Paragraph {
            text: widen_text(text),
            style: Style::default(),
            alignment: None,
            scroll: (0, 0),
        }
    }

    pub fn style<S: Into<Style>>(self, style: S) -> Paragraph<'a> {
        Paragraph {
            style: style.into(),
            ..self
        }
    }

    pub fn alignment(self, alignment: Alignment) -> Paragraph<'a> {
        Paragraph {
            alignment: Some(alignment),
            ..self
        }
    }

    pub fn scroll(self, offset: (u16, u16)) -> Paragraph<'a> {
        Paragraph {
            scroll: offset,
            ..self
        }
    }
}

impl Widget for Paragraph<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let mut text = self.text;
        if self.scroll.1 == 0 {
            for line in &mut text.lines {
                cut_to(line, usize::from(area.width));
            }
        }
        let mut paragraph = ratatui::widgets::Paragraph::new(text)
            .style(self.style)
            .scroll(self.scroll);
        if let Some(alignment) = self.alignment {
            paragraph = paragraph.alignment(alignment);
        }
        paragraph.render(area, buf);
    }
}

/// `line` (already widened) cut to `columns` cells with "…" at the end when
/// it is wider; unchanged when it fits. Cells are counted as ratatui lays
/// them out, grapheme by grapheme, and no grapheme is cut.
pub fn cut_to(line: &mut Line<'_>, columns: usize) {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    if line.width() <= columns {
        return;
    }
    let ellipsis = text::widen("…").into_owned();
    let mut budget = columns.saturating_sub(ellipsis.width());
    let mut kept: Vec<Span<'_>> = Vec::new();
    let mut style = line.style;
    for span in std::mem::take(&mut line.spans) {
        style = span.style;
        let mut end = 0;
        let mut full = true;
        for (at, grapheme) in span.content.grapheme_indices(true) {
            let width = grapheme.width();
            if width > budget {
                full = false;
                break;
            }
            budget -= width;
            end = at + grapheme.len();
        }
        if full {
            kept.push(span);
            continue;
        }
        let content = span.content[..end].to_string();
        // A widened character must keep its filler: drop one left without.
        let content =
            match content.strip_suffix(|c: char| text::ambiguous_extra(&c.to_string()) > 0) {
                Some(rest) if text::ambiguous() == Ambiguous::Wide => rest.to_string(),
                _ => content,
            };
        kept.push(Span::styled(content, span.style));
        break;
    }
    kept.push(Span::styled(ellipsis, style));
    line.spans = kept;
}

/// ratatui's `Block` with titles laid out for the terminal's ambiguous width
/// and, in wide mode, borders of one-column characters ([`border_set`]).
#[derive(Debug, Clone)]
pub struct Block<'a>(ratatui::widgets::Block<'a>);

impl<'a> Block<'a> {
    /// No borders, like ratatui's.
    pub fn new() -> Block<'a> {
        Block(ratatui::widgets::Block::new()).border_type(BorderType::Plain)
    }

    /// All borders, plain.
    pub fn bordered() -> Block<'a> {
        Block(ratatui::widgets::Block::bordered()).border_type(BorderType::Plain)
    }

    pub fn borders(self, borders: Borders) -> Block<'a> {
        Block(self.0.borders(borders))
    }

    pub fn border_type(self, kind: BorderType) -> Block<'a> {
        Block(self.0.border_set(border_set(kind)))
    }

    pub fn border_style<S: Into<Style>>(self, style: S) -> Block<'a> {
        Block(self.0.border_style(style))
    }

    pub fn style<S: Into<Style>>(self, style: S) -> Block<'a> {
        Block(self.0.style(style))
    }

    pub fn title<T: Into<Line<'a>>>(self, title: T) -> Block<'a> {
        Block(self.0.title(widen_line(title)))
    }

    pub fn title_bottom<T: Into<Line<'a>>>(self, title: T) -> Block<'a> {
        Block(self.0.title_bottom(widen_line(title)))
    }

    pub fn inner(&self, area: Rect) -> Rect {
        self.0.inner(area)
    }
}

impl Default for Block<'_> {
    fn default() -> Self {
        Block::new()
    }
}

impl Widget for Block<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        self.0.render(area, buf);
    }
}

/// Light lines of one column in every terminal, with rounded corners: the
/// wide-mode stand-in for plain and rounded boxes.
pub const WIDE_SAFE_LIGHT: border::Set<'static> = border::Set {
    top_left: "◜",
    top_right: "◝",
    bottom_left: "◟",
    bottom_right: "◞",
    vertical_left: "╎",
    vertical_right: "╎",
    horizontal_top: "╌",
    horizontal_bottom: "╌",
};

/// Heavy lines of one column in every terminal: the wide-mode stand-in for
/// double and thick boxes (a selected card, time's up).
pub const WIDE_SAFE_HEAVY: border::Set<'static> = border::Set {
    top_left: "◜",
    top_right: "◝",
    bottom_left: "◟",
    bottom_right: "◞",
    vertical_left: "╏",
    vertical_right: "╏",
    horizontal_top: "╍",
    horizontal_bottom: "╍",
};

/// The characters of a box of `kind` in the terminal's ambiguous width:
/// ratatui's own when narrow; in wide mode (where every box-drawing line is
/// two columns) [`WIDE_SAFE_LIGHT`] or [`WIDE_SAFE_HEAVY`].
pub fn border_set(kind: BorderType) -> border::Set<'static> {
    match (text::ambiguous(), kind) {
        (Ambiguous::Narrow, kind) => BorderType::border_symbols(kind),
        (Ambiguous::Wide, BorderType::Double | BorderType::Thick) => WIDE_SAFE_HEAVY,
        (Ambiguous::Wide, _) => WIDE_SAFE_LIGHT,
    }
}

/// Makes a drawn frame safe for a wide-ambiguous terminal (nothing in narrow
/// mode): each ambiguous character followed by its filler is marked as
/// taking both cells, so the right half is never written into; a character
/// whose filler is missing gets a one-column stand-in ([`narrow_stand_in`]),
/// and a filler without its character becomes a blank. Call it last in a
/// frame, after every widget and popup.
pub fn seal(buf: &mut Buffer) {
    if text::ambiguous() == Ambiguous::Narrow {
        return;
    }
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let symbol = buf[(x, y)].symbol();
            // Blanks and ASCII, most of a screen, are one column everywhere.
            if symbol.len() == 1 {
                x += 1;
                continue;
            }
            if symbol.contains(text::FILLER) {
                buf[(x, y)].set_symbol(" ");
                x += 1;
                continue;
            }
            let narrow = text::width_narrow(symbol).max(1) as u16;
            let extra = text::ambiguous_extra(symbol) as u16;
            if extra == 0 {
                x = x.saturating_add(narrow);
                continue;
            }
            let end = x.saturating_add(narrow + extra);
            let filled = end <= area.right()
                && (x + narrow..end).all(|f| buf[(f, y)].symbol().contains(text::FILLER));
            if filled {
                let cells = NonZeroU16::new(narrow + extra).unwrap_or(NonZeroU16::MIN);
                buf[(x, y)].set_diff_option(CellDiffOption::ForcedWidth(cells));
                x = end;
            } else {
                let stand_in = narrow_stand_in(symbol);
                buf[(x, y)].set_symbol(stand_in);
                x += 1;
            }
        }
    }
}

/// A one-column character for an ambiguous one that lost its second
/// column: lines for box lines, `#` for blocks, else a blank.
pub fn narrow_stand_in(symbol: &str) -> &'static str {
    match symbol.chars().next().unwrap_or(' ') {
        '─' | '━' | '═' | '┄' | '┅' | '┈' | '┉' => "-",
        '│' | '┃' | '║' | '┆' | '┇' | '┊' | '┋' => "|",
        '\u{2500}'..='\u{257F}' => "+",
        '\u{2580}'..='\u{259F}' => "#",
        _ => " ",
    }
}

/// True for a cell [`seal`] marked as two columns wide.
pub fn is_forced_wide(cell: &Cell) -> bool {
    matches!(cell.diff_option, CellDiffOption::ForcedWidth(w) if w.get() > 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(width: u16, widget: impl Widget) -> Buffer {
        let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
        widget.render(buf.area, &mut buf);
        seal(&mut buf);
        buf
    }

    fn symbols(buf: &Buffer) -> Vec<String> {
        buf.content.iter().map(|c| c.symbol().to_string()).collect()
    }

    #[test]
    fn narrow_mode_draws_as_ratatui_does() {
        let buf = rendered(6, Paragraph::new("5 ♥ x"));
        assert_eq!(symbols(&buf), ["5", " ", "♥", " ", "x", " "]);
        assert!(!buf.content.iter().any(is_forced_wide));
        assert_eq!(border_set(BorderType::Rounded), border::ROUNDED);
    }

    #[test]
    fn wide_mode_gives_an_ambiguous_character_two_cells() {
        text::with_ambiguous(Ambiguous::Wide, || {
            let buf = rendered(6, Paragraph::new("5 ♥ x"));
            let shown = symbols(&buf);
            assert_eq!(shown[..2], ["5", " "]);
            assert_eq!(shown[2], "♥");
            assert!(shown[3].contains(text::FILLER));
            assert_eq!(shown[4..], [" ", "x"]);
            assert!(is_forced_wide(&buf[(2, 0)]));
        });
    }

    #[test]
    fn a_character_cut_off_at_the_edge_gets_a_stand_in() {
        text::with_ambiguous(Ambiguous::Wide, || {
            // As any widget may leave it: the last character's second cell
            // is past the edge, so seal gives it a one-column stand-in.
            for (line, stand_in) in [("ab─", "-"), ("ab♥", " ")] {
                let mut buf = Buffer::empty(Rect::new(0, 0, 3, 1));
                buf.set_string(0, 0, text::widen(line), ratatui::style::Style::default());
                seal(&mut buf);
                assert_eq!(symbols(&buf), ["a", "b", stand_in], "{line}");
            }
        });
    }

    #[test]
    fn a_line_too_wide_for_its_area_ends_with_an_ellipsis() {
        text::with_ambiguous(Ambiguous::Wide, || {
            // The ellipsis is ambiguous too: two cells in a wide terminal.
            let buf = rendered(3, Paragraph::new("ab♥"));
            assert_eq!(symbols(&buf)[..2], ["a", "…"]);
            assert!(is_forced_wide(&buf[(1, 0)]));
        });
    }

    #[test]
    fn centred_text_is_measured_in_the_wide_width() {
        text::with_ambiguous(Ambiguous::Wide, || {
            let buf = rendered(8, Paragraph::new("♥♠").alignment(Alignment::Center));
            // Four columns of text in eight: two blank on either side.
            assert_eq!(buf[(2, 0)].symbol(), "♥");
            assert_eq!(buf[(4, 0)].symbol(), "♠");
        });
    }

    #[test]
    fn wide_mode_boxes_use_one_column_characters() {
        text::with_ambiguous(Ambiguous::Wide, || {
            let mut buf = Buffer::empty(Rect::new(0, 0, 6, 3));
            Block::bordered()
                .border_type(BorderType::Rounded)
                .title("♥")
                .render(buf.area, &mut buf);
            seal(&mut buf);
            for cell in buf.content.iter() {
                let symbol = cell.symbol();
                assert!(
                    text::first_ambiguous(symbol).is_none() || is_forced_wide(cell),
                    "{symbol:?} is ambiguous"
                );
            }
            assert_eq!(buf[(0, 0)].symbol(), "◜");
            assert_eq!(buf[(0, 1)].symbol(), "╎");
        });
    }

    #[test]
    fn a_stray_filler_becomes_a_blank() {
        text::with_ambiguous(Ambiguous::Wide, || {
            let filler = text::FILLER.to_string();
            let buf = rendered(3, Paragraph::new(format!("a{filler}b")));
            assert_eq!(symbols(&buf), ["a", " ", "b"]);
        });
    }
}
