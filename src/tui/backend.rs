//! A backend wrapper that keeps ambiguous-width characters from shifting a line.
//!
//! ♥ ♠ ♣ ♦ ✓ and friends take one column in most terminals but two in
//! terminals set to "ambiguous = wide" (common for Chinese users). ratatui
//! counts one, and its backend writes the next cell without moving the
//! cursor, so in a wide terminal the rest of the line, border included,
//! lands one column right. This wrapper sends every cell after such a
//! character in a new `draw` call, which always begins with an explicit
//! cursor move, so the line is put back in place. Widgets keep a space after
//! such a character, so its right half in a wide terminal hides only a space.
//!
//! It is also where outside text meets the screen last: a cell holding a
//! character [`crate::text::sanitize::is_unsafe`] names (a bidirectional
//! override riding on a name) is drawn without it.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// Wraps any backend; see the module docs.
#[derive(Debug)]
pub struct AmbiguousSafe<B> {
    inner: B,
}

impl<B> AmbiguousSafe<B> {
    pub fn new(inner: B) -> Self {
        AmbiguousSafe { inner }
    }
}

fn is_ambiguous(cell: &Cell) -> bool {
    let symbol = cell.symbol();
    crate::text::width(symbol) != crate::text::width_cjk(symbol)
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
        let items: Vec<(u16, u16, &'a Cell)> = content.collect();
        // ratatui drops control characters itself, but not bidirectional
        // overrides (zero-width, so they ride along in a cell's symbol):
        // the same predicate as every other printing path takes them out.
        let cleaned: Vec<Option<Cell>> = items.iter().map(|(_, _, cell)| clean(cell)).collect();
        let mut run: Vec<(u16, u16, &Cell)> = Vec::new();
        for (&(x, y, cell), clean) in items.iter().zip(&cleaned) {
            let cell = clean.as_ref().unwrap_or(cell);
            let split = is_ambiguous(cell);
            run.push((x, y, cell));
            if split {
                self.inner.draw(run.drain(..))?;
            }
        }
        self.inner.draw(run.into_iter())
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
    }

    impl Backend for Recorder {
        type Error = std::io::Error;

        fn draw<'a, I>(&mut self, content: I) -> std::io::Result<()>
        where
            I: Iterator<Item = (u16, u16, &'a Cell)>,
        {
            let run: String = content.map(|(_, _, cell)| cell.symbol()).collect();
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

    fn runs(symbols: &[&str]) -> Vec<String> {
        let cells: Vec<Cell> = symbols
            .iter()
            .map(|symbol| {
                let mut cell = Cell::default();
                cell.set_symbol(symbol);
                cell
            })
            .collect();
        let mut backend = AmbiguousSafe::new(Recorder::default());
        backend
            .draw(
                cells
                    .iter()
                    .enumerate()
                    .map(|(x, cell)| (x as u16, 0, cell)),
            )
            .expect("draw");
        backend.inner.calls
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
}
