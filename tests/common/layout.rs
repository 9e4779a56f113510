//! Screens checked, not just pinned: a rendered screen (ratatui's
//! `TestBackend` as text) must show every label whole or cut with "…", and
//! keep a gap between its columns. Every snapshot of a screen goes through
//! [`assert_screen!`](crate::assert_screen), which runs these checks before
//! insta pins it; `tests/screen_checks.rs` keeps it that way and sweeps
//! every screen at the supported sizes.
//!
//! The rules, read off the text a person would see:
//! - a label never touches the right edge of the screen or of a box (the
//!   cell left of a box's right border): text that reaches an edge was cut
//!   there, unless it ends with "…". (A box's interior filled edge to edge,
//!   a card back's pattern, is not a label.)
//! - a column's symbol (a suit, ✓ ✗ ❄ ◉ …) never sits right after a letter
//!   or a digit: `complet♥ Hearts` is two columns run into each other.
//! - a key's symbol never ends a row after a word and a gap (`◉ 今天  ◌`,
//!   its word `待完成` on the next row): an item wrapped inside.

use unicode_width::UnicodeWidthChar;

const TOP_RIGHT: &str = "┐╮╗┓";
const BOTTOM_RIGHT: &str = "┘╯╝┛";
const VERTICAL: &str = "│║┃┤┫╢";
/// Symbols that begin a column or an item: never glued to a word.
const COLUMN_SYMBOLS: &str = "♥♠♣♦★☆✓✗❄◉○●◌";

/// The rows of a `TestBackend` screen, one cell a slot (`None` behind a
/// wide character).
fn grid(shown: &str) -> Vec<Vec<Option<char>>> {
    shown
        .lines()
        .map(|line| {
            let row = line.strip_prefix('"').unwrap_or(line);
            let row = match row.split_once("\" Hidden by multi-width symbols: ") {
                Some((row, _)) => row,
                None => row.strip_suffix('"').unwrap_or(row),
            };
            let mut cells = Vec::new();
            for c in row.chars() {
                let width = c.width().unwrap_or(0);
                if width == 0 {
                    continue;
                }
                cells.push(Some(c));
                cells.extend(std::iter::repeat_n(None, width - 1));
            }
            cells
        })
        .collect()
}

/// A letter, a digit or punctuation: part of a label. "…" marks a label
/// cut on purpose.
fn is_label(c: char) -> bool {
    c != '…'
        && (c.is_alphanumeric() || (c.is_ascii_punctuation() && c != '|') || is_cjk_punctuation(c))
}

fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF65}')
}

/// The character whose cell (or whose wide character's second half) is at `x`.
fn at(row: &[Option<char>], x: usize) -> Option<char> {
    row[..=x].iter().rev().find_map(|cell| *cell)
}

/// The columns of the right borders of the boxes on each row: a top-right
/// corner, borders below it, a bottom-right corner.
fn right_borders(grid: &[Vec<Option<char>>]) -> Vec<Vec<usize>> {
    let mut borders = vec![Vec::new(); grid.len()];
    for (y, row) in grid.iter().enumerate() {
        for (x, cell) in row.iter().enumerate() {
            if !cell.is_some_and(|c| TOP_RIGHT.contains(c)) {
                continue;
            }
            for (below, next) in grid.iter().enumerate().skip(y + 1) {
                match next.get(x).copied().flatten() {
                    Some(c) if BOTTOM_RIGHT.contains(c) => {
                        for inside in &mut borders[y + 1..below] {
                            inside.push(x);
                        }
                        break;
                    }
                    Some(c) if VERTICAL.contains(c) => {}
                    _ => break,
                }
            }
        }
    }
    borders
}

/// What is wrong with the screen's layout, one line a fault (empty when
/// every label is whole and every column apart).
pub fn layout_problems(shown: &str) -> Vec<String> {
    let grid = grid(shown);
    let borders = right_borders(&grid);
    let mut problems = Vec::new();
    let text = |row: &[Option<char>], from: usize, to: usize| -> String {
        row[from..to].iter().flatten().collect()
    };
    // A terminal model's text (not quoted) drops trailing blanks: only a
    // row as wide as the widest reaches the screen's edge.
    let quoted = shown.starts_with('"');
    let widest = grid.iter().map(Vec::len).max().unwrap_or(0);
    for (y, row) in grid.iter().enumerate() {
        if row.is_empty() {
            continue;
        }
        let mut edges = Vec::new();
        if quoted || row.len() == widest {
            edges.push(row.len());
        }
        edges.extend(borders[y].iter().copied());
        for edge in edges {
            let Some(last) = edge.checked_sub(1).and_then(|x| at(row, x)) else {
                continue;
            };
            if !is_label(last) {
                continue;
            }
            // A fill, not a label: no blank between the box's left border
            // (or the screen's edge) and the right one.
            let start = row[..edge]
                .iter()
                .rposition(|cell| cell.is_some_and(|c| c == ' ' || VERTICAL.contains(c)));
            if start.is_some_and(|x| row[x].is_some_and(|c| c != ' ')) {
                continue;
            }
            problems.push(format!(
                "row {y}: a label runs into the edge at column {edge} (cut? end it with … or \
                 leave a gap): …{}",
                text(row, edge.saturating_sub(30), edge)
            ));
        }
        for x in 1..row.len() {
            let (Some(symbol), Some(before)) = (row[x], at(row, x - 1)) else {
                continue;
            };
            if COLUMN_SYMBOLS.contains(symbol) && (before.is_alphanumeric() || before == '…') {
                problems.push(format!(
                    "row {y}: two columns touch at column {x} ({before}{symbol}): …{}…",
                    text(row, x.saturating_sub(20), (x + 10).min(row.len()))
                ));
            }
        }
        // A key's symbol left at the end of a row, its word on the next
        // (`◉ 今天  ◌` / `待完成`): a wrap inside an item.
        let cells: Vec<char> = row.iter().flatten().copied().collect();
        let line: String = cells.iter().collect();
        let trimmed = line.trim_end();
        if let Some(symbol) = trimmed.chars().last()
            && COLUMN_SYMBOLS.contains(symbol)
        {
            let before = trimmed[..trimmed.len() - symbol.len_utf8()].to_string();
            let gap = before.len() - before.trim_end().len();
            if gap >= 2 && before.trim_end().chars().last().is_some_and(is_label) {
                problems.push(format!(
                    "row {y}: a key's symbol {symbol} ends the row, apart from its word: …{}",
                    text(row, row.len().saturating_sub(30), row.len())
                ));
            }
        }
    }
    problems
}

/// Fails on a screen with a character cut in half, a label cut without "…"
/// or two columns touching; `name` says which screen.
pub fn assert_screen_ok(name: &str, shown: &str) {
    // A `TestBackend` dump (quoted rows) has every row as wide as the
    // screen; a terminal model's text (`common::vt`, ambiguous characters
    // two columns wide) is counted by that terminal, not by unicode-width.
    if shown.starts_with('"') {
        super::assert_no_cut_characters(shown);
    }
    let problems = layout_problems(shown);
    assert!(
        problems.is_empty(),
        "{name}: {} layout fault(s):\n  {}\n{shown}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// Checks a rendered screen ([`assert_screen_ok`]) and pins it with insta:
/// the one way a test snapshots a screen.
#[macro_export]
macro_rules! assert_screen {
    ($name:expr, $shown:expr) => {{
        let name: String = $name.into();
        let shown: &str = &$shown;
        $crate::common::layout::assert_screen_ok(&name, shown);
        insta::assert_snapshot!(name, shown);
    }};
}
