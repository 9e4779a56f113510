//! Outside text made safe to show: in a terminal, and in a spreadsheet.
//!
//! Text that came from a file, an argument, the environment or an import can
//! hold control characters. Printed as they are, `ESC [ …` sequences retitle
//! the terminal, hide or recolour what follows, or worse on some terminals;
//! a carriage return overwrites the start of a line; bidirectional overrides
//! (U+202E …) make text read in a different order than it is stored. One
//! predicate, [`is_unsafe`], decides which characters those are, and every
//! printing path uses it:
//!
//! - [`inline`] for a value inside a line (a note, a name, a card id, a
//!   path): each unsafe character is shown visibly, as Rust writes it
//!   (`\u{1b}`, `\n`), so the reader sees that something is there;
//! - [`message`] for a whole message of several lines (an error): the same,
//!   but line breaks and tabs stay;
//! - [`strip`] for a fixed-width screen cell (the TUI's backend), where a
//!   visible escape would not fit: unsafe characters are dropped;
//! - [`TerminalSafe`], a writer that applies [`message`] to everything that
//!   goes through it: `main` puts it in front of standard output and standard
//!   error when they are terminals, so a path that forgets to sanitise a value
//!   still cannot reach the terminal raw.
//!
//! JSON output needs none of this (serde_json escapes control characters),
//! and machine exports keep the exact text.
//!
//! For spreadsheets, [`spreadsheet_cell`] neutralises a cell that a
//! spreadsheet would run as a formula (the OWASP rule: a leading `=`, `+`,
//! `-`, `@`, tab or carriage return gets a `'` in front). Every CSV written
//! for people uses it; the journal's CSV export, which is read back by
//! `journal import`, keeps the exact text ([`machine_cell`]), and
//! [`undo_spreadsheet_cell`] takes such a `'` off again on import.

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

/// True for a character that must not reach a terminal as it is: C0
/// controls (line breaks and tabs included), DEL, C1 controls, the
/// bidirectional embeddings, overrides, isolates and marks, and the Unicode
/// line and paragraph separators.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{61c}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
    )
}

/// A value shown inside a line: every unsafe character written visibly
/// (`\u{1b}`, `\n`, `\u{202e}`); anything else unchanged.
pub fn inline(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// A message of one or more lines: like [`inline`], but `\n` and `\t` stay.
pub fn message(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

/// For a screen cell of fixed width: unsafe characters dropped.
pub fn strip(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().filter(|&c| !is_unsafe(c)).collect())
}

/// `Display` for an outside value inside a line: `format!("{}", Shown(name))`.
#[derive(Debug, Clone, Copy)]
pub struct Shown<'a>(pub &'a str);

impl fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&inline(self.0))
    }
}

fn escape(text: &str, keep_lines: bool) -> Cow<'_, str> {
    let kept = |c: char| keep_lines && (c == '\n' || c == '\t');
    if !text.chars().any(|c| is_unsafe(c) && !kept(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) && !kept(c) {
            push_visible(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

fn push_visible(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
    }
}

/// A writer that shows what it is given as [`message`] does: unsafe
/// characters visibly, line breaks and tabs as they are; bytes that are not
/// UTF-8 as `\xNN`. A character split between two writes is put back
/// together.
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// The start of a UTF-8 sequence whose end has not arrived yet.
    carry: Vec<u8>,
}

impl<W: Write> TerminalSafe<W> {
    pub fn new(inner: W) -> TerminalSafe<W> {
        TerminalSafe {
            inner,
            carry: Vec::new(),
        }
    }

    fn emit(&mut self, bytes: &[u8], at_end: bool) -> io::Result<()> {
        let mut rest = bytes;
        let mut out = String::new();
        loop {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    out.push_str(&message(text));
                    break;
                }
                Err(error) => {
                    let (valid, after) = rest.split_at(error.valid_up_to());
                    // Checked valid by from_utf8 just above.
                    out.push_str(&message(std::str::from_utf8(valid).unwrap_or_default()));
                    match error.error_len() {
                        Some(bad) => {
                            for byte in &after[..bad] {
                                out.push_str(&format!("\\x{byte:02x}"));
                            }
                            rest = &after[bad..];
                        }
                        // An incomplete sequence at the end: wait for the rest.
                        None if !at_end => {
                            self.carry.extend_from_slice(after);
                            break;
                        }
                        None => {
                            for byte in after {
                                out.push_str(&format!("\\x{byte:02x}"));
                            }
                            break;
                        }
                    }
                }
            }
        }
        self.inner.write_all(out.as_bytes())
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut bytes = std::mem::take(&mut self.carry);
        bytes.extend_from_slice(buf);
        self.emit(&bytes, false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for TerminalSafe<W> {
    fn drop(&mut self) {
        if !self.carry.is_empty() {
            let carry = std::mem::take(&mut self.carry);
            let _ = self.emit(&carry, true);
            let _ = self.inner.flush();
        }
    }
}

/// The characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell of a CSV for people, safe to open in a spreadsheet: text that
/// starts like a formula gets a `'` in front (the OWASP rule), so it shows as
/// text and never runs.
pub fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_START) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A cell of a CSV that xiaoshi reads back (`journal export --format csv`):
/// the exact text, except that text which already starts with `'` before a
/// formula character gets one more `'`, so that [`undo_spreadsheet_cell`]
/// gives it back exactly.
pub fn machine_cell(text: &str) -> Cow<'_, str> {
    if quoted_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Takes off one `'` in front of a formula character: the one
/// [`spreadsheet_cell`] (or [`machine_cell`]) put there, for a CSV on its
/// way back into xiaoshi.
pub fn undo_spreadsheet_cell(text: &str) -> &str {
    if quoted_formula(text) {
        &text[1..]
    } else {
        text
    }
}

/// `'`, any more `'`, then a formula character.
fn quoted_formula(text: &str) -> bool {
    text.strip_prefix('\'')
        .is_some_and(|rest| rest.trim_start_matches('\'').starts_with(FORMULA_START))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_visibly() {
        assert_eq!(inline("王阿姨"), "王阿姨");
        assert!(matches!(inline("plain"), Cow::Borrowed(_)));
        assert_eq!(inline("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(inline("x\ny\tz\r"), "x\\ny\\tz\\r");
        assert_eq!(inline("\u{9b}31m\u{7f}"), "\\u{9b}31m\\u{7f}");
        assert_eq!(inline("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(
            inline("\u{2066}\u{2069}\u{200f}"),
            "\\u{2066}\\u{2069}\\u{200f}"
        );
    }

    #[test]
    fn messages_keep_their_lines() {
        assert_eq!(
            message("error: x\n  hint: \u{1b}[2J"),
            "error: x\n  hint: \\u{1b}[2J"
        );
        assert_eq!(message("a\tb"), "a\tb");
        assert_eq!(message("a\rb"), "a\\rb");
    }

    #[test]
    fn cells_drop_what_cannot_be_shown() {
        assert_eq!(strip("a\u{202e}"), "a");
        assert_eq!(strip("邻里"), "邻里");
    }

    #[test]
    fn nothing_else_is_touched() {
        // Chinese, emoji with joiners, full-width punctuation, a BOM-free text.
        let text = "帮王阿姨收快递，👨‍👩‍👧「谢谢」— ok…";
        assert_eq!(inline(text), text);
        assert_eq!(message(text), text);
    }

    #[test]
    fn the_writer_sanitises_a_stream_split_anywhere() {
        let input = "好\u{1b}[31m红\u{202e}\n第二行\t!".as_bytes();
        for split in 0..=input.len() {
            let mut out = Vec::new();
            {
                let mut writer = TerminalSafe::new(&mut out);
                writer.write_all(&input[..split]).expect("write");
                writer.write_all(&input[split..]).expect("write");
            }
            assert_eq!(
                String::from_utf8(out).expect("utf8"),
                "好\\u{1b}[31m红\\u{202e}\n第二行\t!",
                "split at {split}"
            );
        }
    }

    #[test]
    fn the_writer_shows_bytes_that_are_not_utf8() {
        let mut out = Vec::new();
        {
            let mut writer = TerminalSafe::new(&mut out);
            writer.write_all(b"a\xffb\xe5").expect("write");
        }
        assert_eq!(String::from_utf8(out).expect("utf8"), "a\\xffb\\xe5");
    }

    #[test]
    fn formula_cells_are_neutralised_and_restored() {
        for cell in ["=1+1", "+86 123", "-2", "@SUM(A1)", "\tx", "\rx"] {
            let safe = spreadsheet_cell(cell);
            assert_eq!(safe, format!("'{cell}"));
            assert_eq!(undo_spreadsheet_cell(&safe), cell);
        }
        assert_eq!(spreadsheet_cell("王阿姨"), "王阿姨");
        assert_eq!(spreadsheet_cell("it's"), "it's");
        assert_eq!(undo_spreadsheet_cell("'quoted'"), "'quoted'");
        assert_eq!(spreadsheet_cell(""), "");
    }

    #[test]
    fn machine_cells_round_trip_exactly() {
        for text in ["=1+1", "'=1+1", "''-x", "'", "it's", "-", "plain", ""] {
            assert_eq!(undo_spreadsheet_cell(&machine_cell(text)), text, "{text:?}");
        }
        assert_eq!(
            machine_cell("=1+1"),
            "=1+1",
            "exact: machine CSVs are not for people"
        );
        assert_eq!(machine_cell("'=1"), "''=1");
    }
}
