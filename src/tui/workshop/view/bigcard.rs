//! Cards and the timer for the back of the room: ranks, suits and digits
//! drawn as block letters (a 3×5 pixel font, suits 7×5), each pixel as many
//! cells as fit, so a 3-card hand on a projector shows ranks ten rows tall.
//! Names and symbols still show in plain text below: a suit is never told
//! by shape or colour alone. A pixel is the theme's ([`Theme::pixel`]): █
//! where ambiguous characters are narrow, a coloured (or reversed) space
//! where they are wide, so the letters look the same in both.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::BorderType;

use crate::deck::{Card, Pile, Suit};
use crate::i18n::{self, Lang, workshop as t};
use crate::text;
use crate::tui::theme::Theme;
use crate::tui::wide::{Block, Paragraph};
use crate::workshop::report::pile_heading;

/// Rows of a glyph.
pub const ROWS: u16 = 5;

/// The pixels of a glyph, `#` on, row by row.
fn glyph(c: char) -> Option<[&'static str; 5]> {
    Some(match c {
        '0' => ["###", "#.#", "#.#", "#.#", "###"],
        '1' => [".#.", "##.", ".#.", ".#.", "###"],
        '2' => ["###", "..#", "###", "#..", "###"],
        '3' => ["###", "..#", "###", "..#", "###"],
        '4' => ["#.#", "#.#", "###", "..#", "..#"],
        '5' => ["###", "#..", "###", "..#", "###"],
        '6' => ["###", "#..", "###", "#.#", "###"],
        '7' => ["###", "..#", "..#", "..#", "..#"],
        '8' => ["###", "#.#", "###", "#.#", "###"],
        '9' => ["###", "#.#", "###", "..#", "###"],
        'A' => [".#.", "#.#", "###", "#.#", "#.#"],
        'J' => ["..#", "..#", "..#", "#.#", "###"],
        'Q' => ["###", "#.#", "#.#", "##.", ".##"],
        'K' => ["#.#", "##.", "#..", "##.", "#.#"],
        ':' => [".", "#", ".", "#", "."],
        '♥' => [".##.##.", "#######", ".#####.", "..###..", "...#..."],
        '♦' => ["...#...", "..###..", ".#####.", "..###..", "...#..."],
        '♠' => ["...#...", "..###..", ".#####.", "#######", "...#..."],
        '♣' => ["..###..", "..###..", "##.#.##", "#######", "...#..."],
        '★' => ["...#...", "#######", ".#####.", ".##.##.", "##...##"],
        _ => return None,
    })
}

/// The width in cells of `text` drawn with pixels `sx` cells wide, one
/// pixel apart; `None` if a character has no glyph.
pub fn width(text: &str, sx: u16) -> Option<u16> {
    let mut pixels = 0u16;
    for (i, c) in text.chars().enumerate() {
        if i > 0 {
            pixels += 1;
        }
        pixels += glyph(c)?[0].len() as u16;
    }
    Some(pixels * sx)
}

/// `text` in block letters: `ROWS * sy` lines, each pixel `sx` cells wide.
pub fn lines(text: &str, sx: u16, sy: u16) -> Vec<String> {
    let glyphs: Vec<[&str; 5]> = text.chars().filter_map(glyph).collect();
    let cell = |on: bool| if on { "█" } else { " " }.repeat(usize::from(sx));
    let mut out = Vec::new();
    for row in 0..5 {
        let mut line = String::new();
        for (i, g) in glyphs.iter().enumerate() {
            if i > 0 {
                line.push_str(&cell(false));
            }
            for pixel in g[row].chars() {
                line.push_str(&cell(pixel == '#'));
            }
        }
        for _ in 0..sy {
            out.push(line.clone());
        }
    }
    out
}

/// `text` in block letters like [`lines`], as lines of the theme's pixels
/// ([`Theme::pixel`]) in `style`: the same text and style as `lines` when
/// ambiguous characters are narrow; runs of spaces on the style's colour
/// when they are wide.
pub fn pixel_lines(
    text: &str,
    sx: u16,
    sy: u16,
    style: Style,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let (pixel, on) = theme.pixel(style);
    lines(text, sx, sy)
        .into_iter()
        .map(|line| {
            if pixel == "█" {
                return Line::styled(line, style);
            }
            // Runs of set and unset pixels, each one span.
            let mut spans: Vec<Span<'static>> = Vec::new();
            let mut run = String::new();
            let mut run_on = false;
            for c in line.chars() {
                let is_on = c == '█';
                if is_on != run_on && !run.is_empty() {
                    spans.push(pixel_span(std::mem::take(&mut run), run_on, on));
                }
                run_on = is_on;
                run.push(' ');
            }
            if !run.is_empty() {
                spans.push(pixel_span(run, run_on, on));
            }
            Line::from(spans)
        })
        .collect()
}

fn pixel_span(run: String, on: bool, style: Style) -> Span<'static> {
    if on {
        Span::styled(run, style)
    } else {
        Span::raw(run)
    }
}

/// The largest pixel size (wide, tall) at which `text` fits `columns` by
/// `rows`: square pixels (2×1 cells) preferred, 1×1 on a small screen.
pub fn scale(text: &str, columns: u16, rows: u16) -> Option<(u16, u16)> {
    [(4, 2), (3, 2), (2, 1), (1, 1)]
        .into_iter()
        .find(|&(sx, sy)| width(text, sx).is_some_and(|w| w <= columns) && ROWS * sy <= rows)
}

/// What a card shows in big letters: `10♥`, `★` for a joker.
fn big_face(card: &Card) -> String {
    let symbol = crate::workshop::report::symbol(Pile::of(card.face));
    match card.face.rank() {
        Some(rank) => format!("{}{symbol}", rank.label()),
        None => symbol.to_string(),
    }
}

/// How a card in the spotlight is marked.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks {
    /// Its key (`1`–`5`).
    pub number: usize,
    pub selected: bool,
    pub pledged: bool,
}

/// A card of the spotlight's hand, as large as `area` allows.
pub fn card(frame: &mut Frame, area: Rect, card: &Card, lang: Lang, theme: &Theme, marks: Marks) {
    let suit_style = theme.suit(card.face.suit());
    let mut block = Block::bordered()
        .border_type(if marks.selected {
            BorderType::Double
        } else {
            BorderType::Rounded
        })
        .border_style(if marks.selected {
            theme.accent()
        } else {
            suit_style
        })
        .title(Line::styled(format!(" {} ", marks.number), theme.title()));
    if marks.selected {
        block = block.title(
            Line::styled(format!(" {} ", t::SELECTED.get(lang)), theme.accent())
                .alignment(Alignment::Right),
        );
    }
    if marks.pledged {
        block = block.title_bottom(
            Line::styled(format!(" {} ", t::PLEDGED_MARK.get(lang)), theme.good())
                .alignment(Alignment::Right),
        );
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 6 || inner.height < 4 {
        return;
    }
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width - 2,
        ..inner
    };
    let columns = inner.width;
    let center = |line: Line<'static>| line.alignment(Alignment::Center);
    let wrap = |text_in: &str, style: Style| -> Vec<Line<'static>> {
        text::wrap(text_in, usize::from(columns))
            .into_iter()
            .map(|line| center(Line::styled(line, style)))
            .collect()
    };
    let other = lang.companion();
    let heading = wrap(&pile_heading(Pile::of(card.face), lang), suit_style);
    // Both titles in the languages' order, whichever leads.
    let titles: Vec<Line> = Lang::ALL
        .into_iter()
        .filter(|l| *l == lang || *l == other)
        .flat_map(|l| wrap(card.title.as_str(l), theme.title()))
        .collect();
    let action = wrap(card.action.as_str(lang), Style::default());
    let other_action = wrap(card.action.as_str(other), theme.dim());
    let minutes = center(Line::styled(
        i18n::fill(i18n::MINUTES_SHORT.get(lang), card.minutes),
        theme.dim(),
    ));

    // Text below the big face: heading, titles, action, minutes; the other
    // language's action and the blank lines only where they fit.
    let text_rows = heading.len() + titles.len() + action.len() + 1;
    let rows = usize::from(inner.height);
    let face = big_face(card);
    let big_room = rows.saturating_sub(text_rows + 3);
    let big = scale(&face, columns, big_room as u16);
    let mut out: Vec<Line> = Vec::new();
    match big {
        Some((sx, sy)) => {
            out.push(Line::raw(""));
            out.extend(
                pixel_lines(&face, sx, sy, suit_style, theme)
                    .into_iter()
                    .map(center),
            );
        }
        None => out.push(center(Line::from(Span::styled(
            format!("{} ", super::super::app::corner(card)),
            suit_style.patch(theme.title()),
        )))),
    }
    let spare = |out: &Vec<Line>, more: usize| out.len() + more < rows;
    if spare(&out, text_rows + 1) {
        out.push(Line::raw(""));
    }
    let heading_rows = heading.len();
    out.extend(heading);
    if spare(&out, text_rows - heading_rows + 1) {
        out.push(Line::raw(""));
    }
    out.extend(titles);
    if spare(&out, action.len() + 2) {
        out.push(Line::raw(""));
    }
    out.extend(action);
    if spare(&out, other_action.len() + 2) {
        out.push(Line::raw(""));
        out.extend(other_action);
    }
    out.truncate(rows.saturating_sub(1));
    // On a tall screen the face sits in the middle, not at the top.
    let spare = rows.saturating_sub(out.len() + 1) / 2;
    out.splice(0..0, std::iter::repeat_n(Line::raw(""), spare));
    while out.len() + 1 < rows {
        out.push(Line::raw(""));
    }
    out.push(minutes);
    frame.render_widget(Paragraph::new(out), inner);
}

/// A suit's symbol and name, e.g. for the setup screen's piles.
pub fn suit_label(suit: Option<Suit>, lang: Lang) -> String {
    match suit {
        Some(suit) => format!("{} {}", suit.symbol(), suit.name().get(lang)),
        None => format!("★ {}", i18n::JOKER.get(lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs_have_five_rows_of_equal_width() {
        for c in "0123456789AJQK:♥♦♠♣★".chars() {
            let rows = glyph(c).expect("a glyph");
            assert!(rows.iter().all(|r| r.len() == rows[0].len()), "{c}");
        }
    }

    #[test]
    fn block_letters_scale_and_measure() {
        assert_eq!(width("10", 1), Some(7));
        assert_eq!(width("10 ♥", 2), None, "a space has no glyph");
        assert_eq!(width("5:00", 2), Some(26));
        let drawn = lines("1", 2, 2);
        assert_eq!(drawn.len(), 10);
        assert_eq!(drawn[0], "  ██  ");
        assert!(drawn.iter().all(|l| text::width(l) == 6));
    }

    #[test]
    fn the_scale_fits_the_room() {
        assert_eq!(scale("10♥", 200, 40), Some((4, 2)));
        assert_eq!(scale("10♥", 31, 6), Some((2, 1)));
        assert_eq!(scale("10♥", 16, 6), Some((1, 1)));
        assert_eq!(scale("10♥", 10, 6), None);
        assert_eq!(scale("10♥", 80, 4), None);
    }
}
