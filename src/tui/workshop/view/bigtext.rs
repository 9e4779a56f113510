//! Words drawn large, for the back of the room: the speaker's name, the
//! card's title and, where the card is wide enough, its action. Each
//! character is drawn from the compiled-in bold font (Noto Sans CJK, the
//! one the printed cards use) at a size in pixels, and each pixel is a
//! terminal cell's half: `▀ ▄ █` where ambiguous characters are narrow, so
//! a 16-pixel character is 16 columns by 8 rows. Where they are wide those
//! blocks would take two columns, so a cell is one coloured (or reversed)
//! space, on when its two pixels are on together, as [`Theme::pixel`] draws
//! the rank digits.
//!
//! The coverage of each character is worked out once per size and kept
//! (a name and a few titles: a few hundred small bitmaps). Without the font
//! (it is compiled in, so only in a broken build) nothing is drawn large and
//! the views fall back to plain text.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::export::Fonts;
use crate::export::raster::{self, Coverage};
use crate::export::scene::Weight;
use crate::text::{self, Ambiguous};
use crate::tui::theme::Theme;

/// Pixel sizes tried, largest first.
pub const SIZES: [u16; 7] = [28, 24, 20, 16, 14, 12, 10];

/// Marks that never start a line (they stay with the character before).
const NO_START: &str = "，。、；：！？）」』】》,.;:!?)";

/// Coverage from which a pixel is on.
const ON: u8 = 112;

static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();

fn fonts() -> Option<&'static Fonts> {
    FONTS.get_or_init(|| Fonts::builtin().ok()).as_ref()
}

/// Glyph coverages by (character, pixel height); `None` where no font has it.
type GlyphCache = HashMap<(char, u16), Option<Rc<Coverage>>>;

thread_local! {
    static GLYPHS: RefCell<GlyphCache> =
        RefCell::new(HashMap::new());
}

/// The coverage of `c` at `px`, kept once worked out.
fn glyph(c: char, px: u16) -> Option<Rc<Coverage>> {
    GLYPHS.with(|cache| {
        cache
            .borrow_mut()
            .entry((c, px))
            .or_insert_with(|| {
                let fonts = fonts()?;
                raster::coverage(fonts, Weight::Bold, c, px).map(Rc::new)
            })
            .clone()
    })
}

/// The columns `c` takes at `px` (its advance); `None` if the font lacks it.
fn advance(c: char, px: u16) -> Option<u16> {
    glyph(c, px).map(|g| u16::try_from(g.width).unwrap_or(u16::MAX))
}

/// Rows one line takes at `px`.
pub fn rows(px: u16) -> u16 {
    px.div_ceil(2)
}

/// Columns `line` takes at `px`; `None` if a character cannot be drawn.
pub fn width(line: &str, px: u16) -> Option<u16> {
    line.chars()
        .try_fold(0u16, |sum, c| Some(sum.saturating_add(advance(c, px)?)))
}

/// `text` in lines no wider than `columns` at `px`: Chinese breaks between
/// any two characters (but not before a closing mark), other scripts at
/// spaces (a word wider than a line is broken). `None` if a character
/// cannot be drawn.
pub fn wrap(text_in: &str, px: u16, columns: u16) -> Option<Vec<String>> {
    let mut lines = Vec::new();
    // Words: each Chinese character alone, runs of other characters; a
    // space ends a word (and stays on it), a closing mark joins the word
    // before it.
    let mut words: Vec<String> = Vec::new();
    let mut in_word = false;
    for c in text_in.trim().chars() {
        let cjk = text::width_narrow(c.encode_utf8(&mut [0; 4])) == 2;
        match words.last_mut() {
            Some(last) if NO_START.contains(c) || c == ' ' => {
                last.push(c);
                in_word = in_word && c != ' ';
            }
            Some(last) if in_word && !cjk => last.push(c),
            _ => {
                words.push(c.to_string());
                in_word = !cjk;
            }
        }
    }
    let mut line = String::new();
    let mut used = 0u16;
    for word in words {
        let w = width(&word, px)?;
        if used + w <= columns {
            line.push_str(&word);
            used += w;
            continue;
        }
        if !line.trim().is_empty() {
            lines.push(line.trim_end().to_string());
        }
        line = String::new();
        used = 0;
        let word = word.trim_start();
        // A word wider than the line: broken between characters.
        for c in word.chars() {
            let w = advance(c, px)?;
            if used + w > columns && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += w;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines
        .iter()
        .any(|l| width(l, px).is_none_or(|w| w > columns))
    {
        return None;
    }
    Some(lines)
}

/// The largest of `sizes` at which `text` fits `columns` × `rows_room`, in
/// at most `most_lines` lines, and its lines.
pub fn fit(
    text_in: &str,
    columns: u16,
    rows_room: u16,
    most_lines: usize,
    sizes: &[u16],
) -> Option<(u16, Vec<String>)> {
    sizes.iter().find_map(|&px| {
        let lines = wrap(text_in, px, columns)?;
        let fits = !lines.is_empty()
            && lines.len() <= most_lines
            && lines.len() as u16 * rows(px) <= rows_room;
        fits.then(|| (px, balance(text_in, px, columns, lines)))
    })
}

/// `lines` made as even as they can be in as many lines: the narrowest
/// width that still takes no more lines, so a title of nine characters in
/// two lines is five and four, not eight and one alone.
fn balance(text_in: &str, px: u16, columns: u16, lines: Vec<String>) -> Vec<String> {
    if lines.len() < 2 {
        return lines;
    }
    let count = lines.len();
    let mut best = lines;
    let mut narrower = columns;
    while narrower > px {
        narrower -= 1;
        match wrap(text_in, px, narrower) {
            Some(tried) if tried.len() == count => best = tried,
            _ => break,
        }
    }
    best
}

/// `lines` drawn at `px` in `style`, each text line `rows(px)` terminal
/// lines: half blocks when ambiguous characters are narrow, the theme's
/// pixels when they are wide.
pub fn draw(lines: &[String], px: u16, style: Style, theme: &Theme) -> Vec<Line<'static>> {
    let wide = text::ambiguous() == Ambiguous::Wide;
    let (pixel, pixel_style) = theme.pixel(style);
    let mut out = Vec::new();
    for line in lines {
        let glyphs: Vec<Rc<Coverage>> = line.chars().filter_map(|c| glyph(c, px)).collect();
        for row in 0..rows(px) {
            let (top, bottom) = (u32::from(row) * 2, u32::from(row) * 2 + 1);
            let mut cells = String::new();
            let mut spans: Vec<Span<'static>> = Vec::new();
            let mut run_on = false;
            let flush = |cells: &mut String, on: bool, spans: &mut Vec<Span<'static>>| {
                if cells.is_empty() {
                    return;
                }
                let text_run = std::mem::take(cells);
                spans.push(match (wide, on) {
                    (true, true) => Span::styled(text_run, pixel_style),
                    (true, false) => Span::raw(text_run),
                    (false, _) => Span::styled(text_run, style),
                });
            };
            for g in &glyphs {
                for x in 0..g.width {
                    if wide {
                        // One cell for two pixels: on when they are on between them.
                        let on = avg(g.at(x, top), g.at(x, bottom)) >= ON;
                        if on != run_on {
                            flush(&mut cells, run_on, &mut spans);
                            run_on = on;
                        }
                        cells.push_str(if on { pixel } else { " " });
                    } else {
                        let (t, b) = (g.at(x, top) >= ON, g.at(x, bottom) >= ON);
                        cells.push(match (t, b) {
                            (true, true) => '█',
                            (true, false) => '▀',
                            (false, true) => '▄',
                            (false, false) => ' ',
                        });
                    }
                }
            }
            flush(&mut cells, run_on, &mut spans);
            out.push(Line::from(spans));
        }
    }
    out
}

fn avg(a: u8, b: u8) -> u8 {
    ((u16::from(a) + u16::from(b)) / 2) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_is_a_square_of_pixels_and_wraps_between_characters() {
        assert_eq!(width("王阿姨", 16), Some(48));
        assert_eq!(rows(16), 8);
        let lines = wrap("介绍两位邻居认识", 16, 60).expect("drawn");
        assert_eq!(lines, ["介绍两", "位邻居", "认识"]);
        // Fitted, the lines are balanced: no character left alone.
        let (_, lines) = fit("给新邻居留张欢迎卡", 96, 12, 3, &[12]).expect("fits");
        assert_eq!(lines, ["给新邻居留", "张欢迎卡"]);
        assert_eq!(
            wrap("Take out a neighbour's rubbish", 10, 80).expect("drawn"),
            ["Take out a", "neighbour's", "rubbish"]
        );
        // Closing punctuation stays with the character before it.
        let lines = wrap("一二三，四", 10, 30).expect("drawn");
        assert!(lines.iter().all(|l| !l.starts_with('，')), "{lines:?}");
    }

    #[test]
    fn the_largest_size_that_fits_is_chosen() {
        let (px, lines) = fit("王阿姨", 100, 20, 1, &SIZES).expect("fits");
        assert_eq!((px, lines.len()), (28, 1));
        let (px, _) = fit("王阿姨", 40, 20, 1, &SIZES).expect("fits");
        assert_eq!(px, 12, "three characters in 40 columns");
        assert_eq!(fit("王阿姨", 20, 20, 1, &SIZES), None);
    }

    #[test]
    fn a_character_draws_as_half_blocks_with_something_on() {
        let theme = Theme { color: false };
        let drawn = draw(&["王".to_string()], 16, Style::default(), &theme);
        assert_eq!(drawn.len(), 8);
        let text: String = drawn
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
                    + "\n"
            })
            .collect();
        assert!(text.contains('█'), "{text}");
        assert!(text.lines().all(|l| text::width(l) == 16), "{text}");
        // 王: three strokes across, so some rows are mostly on.
        let full = text
            .lines()
            .filter(|l| l.chars().filter(|c| *c != ' ').count() >= 10)
            .count();
        assert!(full >= 2, "{text}");
        text::with_ambiguous(Ambiguous::Wide, || {
            let wide = draw(&["王".to_string()], 16, Style::default(), &theme);
            for line in &wide {
                let shown: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                assert!(shown.chars().all(|c| c == ' '), "spaces only: {shown:?}");
                assert_eq!(text::width(&shown), 16);
            }
        });
    }
}
