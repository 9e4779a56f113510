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

impl<B: Backend> Backend for AmbiguousSafe<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut run: Vec<(u16, u16, &'a Cell)> = Vec::new();
        for item in content {
            let split = is_ambiguous(item.2);
            run.push(item);
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
    use ratatui::backend::CrosstermBackend;

    /// Renders cells through the wrapper and returns the bytes sent.
    fn sent(cells: &[(u16, &str)]) -> String {
        let mut backend = AmbiguousSafe::new(CrosstermBackend::new(Vec::<u8>::new()));
        let cells: Vec<(u16, u16, Cell)> = cells
            .iter()
            .map(|&(x, symbol)| (x, 0, Cell::new(symbol)))
            .collect();
        backend
            .draw(cells.iter().map(|(x, y, cell)| (*x, *y, cell)))
            .expect("draw");
        String::from_utf8(backend.inner.writer().clone()).expect("utf8")
    }

    #[test]
    fn moves_the_cursor_after_an_ambiguous_character() {
        // ESC[1;4H is "move to column 4" (1-based): sent right after the ♥.
        let bytes = sent(&[(0, "A"), (1, "♥"), (2, " "), (3, "│")]);
        let heart = bytes.find('♥').expect("heart");
        assert!(bytes[heart..].contains("\u{1b}[1;3H"), "{bytes:?}");
    }

    #[test]
    fn plain_text_is_sent_in_one_run() {
        let bytes = sent(&[(0, "A"), (1, "B"), (2, "C")]);
        assert_eq!(bytes.matches("\u{1b}[1;").count(), 1, "{bytes:?}");
    }
}
