//! A terminal screen for tests, modelled on xterm: it replays what the TUI's
//! real backend (`AmbiguousSafe` over crossterm) writes — cursor moves,
//! colours and attributes, text — onto a grid of cells, with a character's
//! width as the terminal counts it: East Asian Ambiguous characters one
//! column in a narrow terminal, two in a wide one (`xterm -cjk_width`). A
//! two-column character takes two cells, and writing into either of them
//! erases the whole character, as xterm does. That is how the suits and
//! borders vanished before: each screen is checked against it.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::{TerminalOptions, Viewport};
use unicode_width::UnicodeWidthChar;
use xiaoshi::text::Ambiguous;
use xiaoshi::tui::backend::AmbiguousSafe;

/// A cell of the model screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VtCell {
    /// The character(s) shown; empty for a blank and for the right half of
    /// a two-column character.
    pub text: String,
    pub pen: Pen,
    /// The right half of the two-column character in the cell to the left.
    pub right_half: bool,
}

/// Colours (as 256-colour indexes) and attributes, as SGR set them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pen {
    pub fg: Option<u16>,
    pub bg: Option<u16>,
    pub bold: bool,
    pub dim: bool,
    pub italic: bool,
    pub underline: bool,
    pub reverse: bool,
    pub crossed: bool,
}

/// The screen of a terminal that draws ambiguous characters `width`.
pub struct Screen {
    pub width: u16,
    pub height: u16,
    ambiguous: Ambiguous,
    cells: Vec<VtCell>,
    x: u16,
    y: u16,
    /// At the right margin after a character: the next one wraps (xterm's
    /// "last column" flag).
    wrap_next: bool,
    pen: Pen,
    pending: Vec<u8>,
}

impl Screen {
    pub fn new(width: u16, height: u16, ambiguous: Ambiguous) -> Screen {
        Screen {
            width,
            height,
            ambiguous,
            cells: vec![VtCell::default(); usize::from(width) * usize::from(height)],
            x: 0,
            y: 0,
            wrap_next: false,
            pen: Pen::default(),
            pending: Vec::new(),
        }
    }

    pub fn cell(&self, x: u16, y: u16) -> &VtCell {
        &self.cells[usize::from(y) * usize::from(self.width) + usize::from(x)]
    }

    fn cell_mut(&mut self, x: u16, y: u16) -> &mut VtCell {
        let width = usize::from(self.width);
        &mut self.cells[usize::from(y) * width + usize::from(x)]
    }

    /// How many columns the terminal gives `c`.
    fn char_width(&self, c: char) -> u16 {
        let width = match self.ambiguous {
            Ambiguous::Narrow => c.width(),
            Ambiguous::Wide => c.width_cjk(),
        };
        width.unwrap_or(0) as u16
    }

    /// Replays bytes written to the terminal.
    pub fn feed(&mut self, bytes: &[u8]) {
        self.pending.extend_from_slice(bytes);
        let input = std::mem::take(&mut self.pending);
        let mut at = 0;
        while at < input.len() {
            let byte = input[at];
            if byte == 0x1b {
                match self.escape(&input[at..]) {
                    Some(used) => at += used,
                    None => {
                        // An unfinished sequence: wait for the rest.
                        self.pending = input[at..].to_vec();
                        return;
                    }
                }
                continue;
            }
            let len = utf8_len(byte);
            if at + len > input.len() {
                self.pending = input[at..].to_vec();
                return;
            }
            let text = String::from_utf8_lossy(&input[at..at + len]).into_owned();
            at += len;
            for c in text.chars() {
                self.put(c);
            }
        }
    }

    /// Handles the escape sequence at the start of `bytes`; how many bytes
    /// it took, or `None` if it is not complete yet.
    fn escape(&mut self, bytes: &[u8]) -> Option<usize> {
        let second = *bytes.get(1)?;
        if second != b'[' {
            return Some(2);
        }
        let mut end = 2;
        while end < bytes.len() && !(0x40..=0x7e).contains(&bytes[end]) {
            end += 1;
        }
        let last = *bytes.get(end)?;
        let params = std::str::from_utf8(&bytes[2..end]).unwrap_or("");
        if !params.starts_with('?') {
            self.csi(params, last);
        }
        Some(end + 1)
    }

    fn csi(&mut self, params: &str, last: u8) {
        let numbers: Vec<u16> = params.split(';').map(|p| p.parse().unwrap_or(0)).collect();
        let first = numbers.first().copied().unwrap_or(0);
        match last {
            b'H' | b'f' => {
                let row = numbers.first().copied().unwrap_or(1).max(1);
                let column = numbers.get(1).copied().unwrap_or(1).max(1);
                self.y = (row - 1).min(self.height - 1);
                self.x = (column - 1).min(self.width - 1);
                self.wrap_next = false;
            }
            b'J' if first == 2 || first == 3 => {
                self.cells.fill(VtCell::default());
            }
            b'K' => {
                let (from, to) = match first {
                    0 => (self.x, self.width),
                    1 => (0, self.x + 1),
                    _ => (0, self.width),
                };
                for x in from..to {
                    *self.cell_mut(x, self.y) = VtCell::default();
                }
            }
            b'm' => self.sgr(&numbers),
            _ => {}
        }
    }

    fn sgr(&mut self, numbers: &[u16]) {
        let mut i = 0;
        while i < numbers.len() {
            let n = numbers[i];
            match n {
                0 => self.pen = Pen::default(),
                1 => self.pen.bold = true,
                2 => self.pen.dim = true,
                3 => self.pen.italic = true,
                4 => self.pen.underline = true,
                7 => self.pen.reverse = true,
                9 => self.pen.crossed = true,
                21 | 22 => {
                    self.pen.bold = false;
                    self.pen.dim = false;
                }
                23 => self.pen.italic = false,
                24 => self.pen.underline = false,
                27 => self.pen.reverse = false,
                29 => self.pen.crossed = false,
                30..=37 => self.pen.fg = Some(n - 30),
                90..=97 => self.pen.fg = Some(n - 90 + 8),
                39 => self.pen.fg = None,
                40..=47 => self.pen.bg = Some(n - 40),
                100..=107 => self.pen.bg = Some(n - 100 + 8),
                49 => self.pen.bg = None,
                38 | 48 | 58 => {
                    let color = match numbers.get(i + 1) {
                        Some(5) => {
                            i += 2;
                            numbers.get(i).copied()
                        }
                        Some(2) => {
                            i += 4;
                            // Truecolour is not used by the TUI; keep it distinct.
                            Some(1000)
                        }
                        _ => None,
                    };
                    match n {
                        38 => self.pen.fg = color,
                        48 => self.pen.bg = color,
                        _ => {}
                    }
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// Blanks the whole two-column character that covers (x, y), if any.
    fn erase_wide_at(&mut self, x: u16, y: u16) {
        if self.cell(x, y).right_half && x > 0 {
            *self.cell_mut(x - 1, y) = VtCell::default();
            *self.cell_mut(x, y) = VtCell::default();
        } else if x + 1 < self.width && self.cell(x + 1, y).right_half {
            *self.cell_mut(x, y) = VtCell::default();
            *self.cell_mut(x + 1, y) = VtCell::default();
        }
    }

    fn put(&mut self, c: char) {
        match c {
            '\r' => {
                self.x = 0;
                self.wrap_next = false;
                return;
            }
            '\n' => {
                self.y = (self.y + 1).min(self.height - 1);
                return;
            }
            '\x07' => return,
            '\x08' => {
                self.x = self.x.saturating_sub(1);
                return;
            }
            c if c.is_control() => return,
            _ => {}
        }
        let width = self.char_width(c);
        if width == 0 {
            // A combining character joins the character before it.
            let x = self.x.saturating_sub(1);
            let y = self.y;
            self.cell_mut(x, y).text.push(c);
            return;
        }
        if self.wrap_next || self.x + width > self.width {
            if self.x + width > self.width && !self.wrap_next {
                // A two-column character at the last column: xterm leaves it
                // blank and wraps.
                let (x, y) = (self.x, self.y);
                self.erase_wide_at(x, y);
            }
            self.x = 0;
            self.y = (self.y + 1).min(self.height - 1);
            self.wrap_next = false;
        }
        let (x, y) = (self.x, self.y);
        for covered in x..x + width {
            self.erase_wide_at(covered, y);
        }
        let pen = self.pen;
        *self.cell_mut(x, y) = VtCell {
            text: c.to_string(),
            pen,
            right_half: false,
        };
        if width == 2 {
            *self.cell_mut(x + 1, y) = VtCell {
                text: String::new(),
                pen,
                right_half: true,
            };
        }
        if x + width >= self.width {
            self.x = self.width - 1;
            self.wrap_next = true;
        } else {
            self.x = x + width;
        }
    }

    /// A row as a person reads it: each character once, blanks as spaces.
    pub fn row(&self, y: u16) -> String {
        self.row_shown(y, false)
    }

    /// A row with each cell of a filled block (a coloured or reversed
    /// blank: a big-glyph pixel) shown as █, for snapshots.
    pub fn row_with_blocks(&self, y: u16) -> String {
        self.row_shown(y, true)
    }

    fn row_shown(&self, y: u16, blocks: bool) -> String {
        let mut out = String::new();
        for x in 0..self.width {
            let cell = self.cell(x, y);
            if cell.right_half {
                continue;
            }
            let blank = cell.text.is_empty() || cell.text == " ";
            if blank && blocks && (cell.pen.reverse || cell.pen.bg.is_some()) {
                out.push('█');
            } else if blank {
                out.push(' ');
            } else {
                out.push_str(&cell.text);
            }
        }
        out
    }

    /// The whole screen, a line a row.
    pub fn text(&self) -> String {
        (0..self.height)
            .map(|y| self.row_with_blocks(y))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// A ratatui colour as the terminal's 256-colour index (as crossterm sends it).
pub fn color_index(color: Color) -> Option<u16> {
    Some(match color {
        Color::Reset => return None,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) => u16::from(i),
        Color::Rgb(..) => 1000,
    })
}

/// The pen a buffer cell asks for.
pub fn pen_of(cell: &ratatui::buffer::Cell) -> Pen {
    let m = cell.modifier;
    Pen {
        fg: color_index(cell.fg),
        bg: color_index(cell.bg),
        bold: m.contains(Modifier::BOLD),
        dim: m.contains(Modifier::DIM),
        italic: m.contains(Modifier::ITALIC),
        underline: m.contains(Modifier::UNDERLINED),
        reverse: m.contains(Modifier::REVERSED),
        crossed: m.contains(Modifier::CROSSED_OUT),
    }
}

/// Bytes written, kept where the test can take them.
#[derive(Clone, Default)]
pub struct Written(Rc<RefCell<Vec<u8>>>);

impl Write for Written {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A TUI's real backend writing into memory, and what it wrote.
pub struct MemoryTerminal {
    pub terminal: Terminal<AmbiguousSafe<CrosstermBackend<Written>>>,
    written: Written,
}

impl MemoryTerminal {
    /// Draws a frame; the frame drawn.
    pub fn draw(&mut self, render: impl FnOnce(&mut ratatui::Frame)) -> Buffer {
        self.terminal.draw(render).expect("draw").buffer.clone()
    }

    /// Everything the backend has written since the last time, taken.
    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.written.0.borrow_mut())
    }
}

/// A terminal of `width` × `height` whose backend lays out for `layout`.
pub fn memory_terminal(width: u16, height: u16, layout: Ambiguous) -> MemoryTerminal {
    // What is checked is what a colour terminal receives, whatever NO_COLOR
    // the test runs under.
    ratatui::crossterm::style::force_color_output(true);
    let written = Written::default();
    let terminal = Terminal::with_options(
        AmbiguousSafe::new(CrosstermBackend::new(written.clone()), layout),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )
    .expect("terminal");
    MemoryTerminal { terminal, written }
}

/// Where the model shows something other than the frame meant, one line
/// a difference: each cell's character and colours where the frame put it,
/// a two-column character over the next cell, as the frame marked it
/// ([`CellWidth`], ratatui's and the seal's).
pub fn differences(screen: &Screen, frame: &Buffer) -> Vec<String> {
    let mut found = Vec::new();
    for y in 0..frame.area.height {
        let mut x = 0;
        while x < frame.area.width {
            let cell = &frame[(x, y)];
            let wide = cell.cell_width().max(1);
            let shown = screen.cell(x, y);
            let want = cell.symbol();
            let blank = |text: &str| text.is_empty() || text == " ";
            let same_text =
                !shown.right_half && (shown.text == want || (blank(&shown.text) && blank(want)));
            if !same_text {
                found.push(format!(
                    "({x},{y}): frame {want:?}, screen {:?}{}",
                    shown.text,
                    if shown.right_half {
                        " (right half)"
                    } else {
                        ""
                    }
                ));
            } else if want != " " && shown.pen != pen_of(cell) {
                found.push(format!(
                    "({x},{y}) {want:?}: frame {:?}, screen {:?}",
                    pen_of(cell),
                    shown.pen
                ));
            } else if want == " "
                && (shown.pen.bg != pen_of(cell).bg || shown.pen.reverse != pen_of(cell).reverse)
            {
                found.push(format!(
                    "({x},{y}) blank: frame {:?}, screen {:?}",
                    pen_of(cell),
                    shown.pen
                ));
            }
            if wide == 2 && x + 1 < frame.area.width && !screen.cell(x + 1, y).right_half {
                found.push(format!("({x},{y}) {want:?} should cover the next cell"));
            }
            x += wide;
        }
    }
    found
}
