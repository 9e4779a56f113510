//! A backend wrapper that keeps ambiguous-width characters where the layout
//! put them.
//!
//! ♥ ♠ ♣ ♦ ✓ and friends take one column in most terminals but two in
//! terminals set to "ambiguous = wide" (common for Chinese users); ratatui
//! counts one. How the frame copes depends on the width the TUI found at
//! start-up ([`crate::text::ambiguous`]; see [`crate::tui::wide`]):
//!
//! - **Narrow.** The layout gives such a character one cell. In case the
//!   terminal draws it wide after all, every cell after it is sent in a new
//!   `draw` call, which always begins with an explicit cursor move, so the
//!   rest of the line is not pushed one column right.
//! - **Wide.** The layout gave it two cells and the frame was sealed
//!   ([`crate::tui::wide::seal`]): the character's cell is marked as two wide,
//!   and ratatui never sends the cell under its right half. Here a blank is
//!   written there first, then the character: a wide terminal draws the
//!   character over both, a terminal that draws it narrow after all shows
//!   the blank, and the line stays aligned either way.
//!
//! It is also where outside text meets the screen last: a cell holding a
//! character [`crate::text::sanitize::is_unsafe`] names (a bidirectional
//! override riding on a name) is drawn without it.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Cell, CellDiffOption};
use ratatui::layout::{Position, Size};

use crate::text::Ambiguous;

/// Wraps any backend; see the module docs.
#[derive(Debug)]
pub struct AmbiguousSafe<B> {
    inner: B,
    width: Ambiguous,
}

impl<B> AmbiguousSafe<B> {
    /// Writes to `inner` for a terminal that draws ambiguous characters `width`.
    pub fn new(inner: B, width: Ambiguous) -> Self {
        AmbiguousSafe { inner, width }
    }

    /// The backend written to.
    pub fn inner(&self) -> &B {
        &self.inner
    }

    /// The backend written to, to take what was written (tests).
    pub fn inner_mut(&mut self) -> &mut B {
        &mut self.inner
    }
}

/// How many cells right of `cell` its character covers, as the frame's
/// seal marked it (0 for all but wide-mode ambiguous characters).
fn covers(cell: &Cell) -> u16 {
    match cell.diff_option {
        CellDiffOption::ForcedWidth(cells) => cells.get() - 1,
        _ => 0,
    }
}

fn is_ambiguous(cell: &Cell) -> bool {
    crate::text::ambiguous_extra(cell.symbol()) > 0
}

impl<B: Backend> AmbiguousSafe<B> {
    /// Draws cells already cleaned, as the terminal's width needs.
    fn draw_clean<'c>(
        &mut self,
        content: impl Iterator<Item = (u16, u16, &'c Cell)>,
    ) -> Result<(), B::Error> {
        match self.width {
            Ambiguous::Narrow => {
                let mut run: Vec<(u16, u16, &'c Cell)> = Vec::new();
                for item in content {
                    let split = is_ambiguous(item.2);
                    run.push(item);
                    if split {
                        self.inner.draw(run.drain(..))?;
                    }
                }
                self.inner.draw(run.into_iter())
            }
            Ambiguous::Wide => {
                let content: Vec<(u16, u16, &'c Cell)> = content.collect();
                // A blank for the cells under each wide character's right half,
                // made first so that the cells sent can borrow them.
                let blanks: Vec<Cell> = content
                    .iter()
                    .filter(|(_, _, cell)| covers(cell) > 0)
                    .map(|(_, _, cell)| {
                        let mut blank = (*cell).clone();
                        blank.set_symbol(" ");
                        blank.set_diff_option(CellDiffOption::None);
                        blank
                    })
                    .collect();
                let mut blanks = blanks.iter();
                let mut ordered = Vec::with_capacity(content.len() * 2);
                for (x, y, cell) in content {
                    let covered = covers(cell);
                    if covered > 0
                        && let Some(blank) = blanks.next()
                    {
                        for right in 1..=covered {
                            ordered.push((x.saturating_add(right), y, blank));
                        }
                    }
                    ordered.push((x, y, cell));
                }
                self.inner.draw(ordered.into_iter())
            }
        }
    }
}

/// The cell without characters that must not reach a terminal, if it had any.
fn clean(cell: &Cell) -> Option<Cell> {
    match crate::text::sanitize::strip(cell.symbol()) {
        std::borrow::Cow::Borrowed(_) => None,
        std::borrow::Cow::Owned(symbol) => {
            let mut cell = cell.clone();
            cell.set_symbol(if symbol.is_empty() { " " } else { &symbol });
            Some(cell)
        }
    }
}

impl<B: Backend> Backend for AmbiguousSafe<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let content: Vec<(u16, u16, &'a Cell)> = content.collect();
        // ratatui drops control characters itself, but not bidirectional
        // overrides (zero-width, so they ride along in a cell's symbol):
        // the same predicate as every other printing path takes them out.
        let cleaned: Vec<Option<Cell>> = content.iter().map(|(_, _, cell)| clean(cell)).collect();
        let content = content
            .iter()
            .zip(&cleaned)
            .map(|(&(x, y, cell), clean)| (x, y, clean.as_ref().unwrap_or(cell)));
        self.draw_clean(content)
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> Result<Size, Self::Error> {
        self.inner.size()
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Records each `draw` call's cells, to see where runs were split.
    #[derive(Default)]
    struct Recorder {
        calls: Vec<String>,
        cells: Vec<(u16, String)>,
    }

    impl Backend for Recorder {
        type Error = std::io::Error;

        fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
        where
            I: Iterator<Item = (u16, u16, &'a Cell)>,
        {
            let mut run = String::new();
            for (x, _, cell) in content {
                run.push_str(cell.symbol());
                self.cells.push((x, cell.symbol().to_string()));
            }
            if !run.is_empty() {
                self.calls.push(run);
            }
            Ok(())
        }
        fn hide_cursor(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn show_cursor(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn get_cursor_position(&mut self) -> std::io::Result<Position> {
            Ok(Position::ORIGIN)
        }
        fn set_cursor_position<P: Into<Position>>(&mut self, _: P) -> std::io::Result<()> {
            Ok(())
        }
        fn clear(&mut self) -> std::io::Result<()> {
            Ok(())
        }
        fn clear_region(&mut self, _: ClearType) -> std::io::Result<()> {
            Ok(())
        }
        fn size(&self) -> std::io::Result<Size> {
            Ok(Size::new(80, 24))
        }
        fn window_size(&mut self) -> std::io::Result<WindowSize> {
            Ok(WindowSize {
                columns_rows: Size::new(80, 24),
                pixels: Size::new(0, 0),
            })
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn cells(symbols: &[&str]) -> Vec<Cell> {
        symbols
            .iter()
            .map(|symbol| {
                let mut cell = Cell::default();
                cell.set_symbol(symbol);
                cell
            })
            .collect()
    }

    fn drawn(width: Ambiguous, cells: &[Cell], at: &[u16]) -> Recorder {
        let mut backend = AmbiguousSafe::new(Recorder::default(), width);
        backend
            .draw(cells.iter().zip(at).map(|(cell, x)| (*x, 0, cell)))
            .expect("draw");
        backend.inner
    }

    fn runs(symbols: &[&str]) -> Vec<String> {
        let at: Vec<u16> = (0..symbols.len() as u16).collect();
        drawn(Ambiguous::Narrow, &cells(symbols), &at).calls
    }

    #[test]
    fn a_new_run_starts_after_each_ambiguous_character() {
        // Each run begins with a cursor move in a real backend.
        assert_eq!(runs(&["A", "♥", " ", "│", "x"]), ["A♥", " │", "x"]);
    }

    #[test]
    fn plain_and_chinese_text_stay_in_one_run() {
        assert_eq!(runs(&["A", "B", "邻", "", "C"]), ["AB邻C"]);
    }

    #[test]
    fn bidirectional_overrides_never_reach_the_terminal() {
        assert_eq!(runs(&["王", "a\u{202e}", "\u{2066}", "b"]), ["王a b"]);
    }

    #[test]
    fn in_wide_mode_the_right_half_is_blanked_before_the_character() {
        // As the diff sends a sealed frame: the filler under ♥ is skipped.
        let mut sent = cells(&["A", "♥", "x"]);
        sent[1].set_diff_option(CellDiffOption::ForcedWidth(
            std::num::NonZeroU16::new(2).expect("two"),
        ));
        let recorded = drawn(Ambiguous::Wide, &sent, &[0, 1, 3]);
        let order: Vec<(u16, &str)> = recorded
            .cells
            .iter()
            .map(|(x, symbol)| (*x, symbol.as_str()))
            .collect();
        assert_eq!(order, [(0, "A"), (2, " "), (1, "♥"), (3, "x")]);
    }
}
