//! The card in the spotlight, and the timer's digits, for the back of the
//! room. The card's title is drawn large in the font ([`super::bigtext`]);
//! the timer's digits (and `+` for overtime) in block letters of a 3×5
//! pixel font, each pixel as many cells as fit. A pixel is the theme's
//! ([`Theme::pixel`]): █ where ambiguous characters are narrow, a coloured
//! (or reversed) space where they are wide, so the letters look the same in
//! both. Suits show by symbol and name as well as colour.

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::BorderType;

use super::bigtext;
use crate::deck::{Card, Pile, Suit};
use crate::i18n::{self, Lang, workshop as t};
use crate::text;
use crate::tui::theme::Theme;
use crate::tui::wide::{Block, Paragraph};

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
        '+' => ["...", ".#.", "###", ".#.", "..."],
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

/// What a card shows in block letters: `10♥`, `★` for a joker.
pub fn big_face(card: &Card) -> String {
    let symbol = crate::workshop::report::symbol(Pile::of(card.face));
    match card.face.rank() {
        Some(rank) => format!("{}{symbol}", rank.label()),
        None => symbol.to_string(),
    }
}

/// How a card in the spotlight is marked.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks {
    /// Its key (`1`–`5`), and how many cards the hand has.
    pub number: usize,
    pub count: usize,
    pub pledged: bool,
}

/// The card in the spotlight, for the back of the room: its title as large
/// as the card's width allows ([`bigtext`]), the action at the largest size
/// at which it fits, else as text; the rank and suit small, in a corner, in
/// the suit's colour (with its name: never colour alone). The other
/// language's title and action follow where there is room.
pub fn card(frame: &mut Frame, area: Rect, card: &Card, lang: Lang, theme: &Theme, marks: Marks) {
    let suit_style = theme.suit(card.face.suit());
    let mut block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(suit_style)
        .title(Line::styled(
            format!(
                " {} ",
                i18n::fill_named(
                    t::CARD_OF.get(lang),
                    &[("n", &marks.number), ("count", &marks.count)]
                )
            ),
            theme.title(),
        ));
    if marks.pledged {
        block = block.title(
            Line::styled(format!(" {} ", t::PLEDGED_MARK.get(lang)), theme.good())
                .alignment(Alignment::Right),
        );
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 6 || inner.height < 3 {
        return;
    }
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width - 2,
        ..inner
    };
    let columns = inner.width;
    let rows = inner.height;
    let center = |line: Line<'static>| line.alignment(Alignment::Center);
    let wrap = |text_in: &str, style: Style| -> Vec<Line<'static>> {
        text::wrap(text_in, usize::from(columns))
            .into_iter()
            .map(|line| center(Line::styled(line, style)))
            .collect()
    };
    let other = lang.companion();

    // The corner: rank and suit, small, with the suit's name and theme.
    let corner = Line::from(vec![
        Span::styled(
            format!("{} ", super::super::app::corner(card)),
            suit_style.patch(theme.title()),
        ),
        Span::styled(
            crate::workshop::report::pile_name(Pile::of(card.face), lang),
            suit_style,
        ),
    ]);
    let minutes = Line::styled(
        i18n::fill(i18n::MINUTES_SHORT.get(lang), card.minutes),
        theme.dim(),
    )
    .alignment(Alignment::Right);
    let title = card.title.as_str(lang);
    let action = card.action.as_str(lang);
    let other_title = wrap(card.title.as_str(other), theme.dim());
    let other_action = wrap(card.action.as_str(other), theme.dim());

    // Rows: the corner, the title, a gap, the action, the minutes. The
    // action needs its plain lines at least; the title takes what is left,
    // in at most three lines.
    let plain_action = wrap(action, Style::default());
    let fixed = 1 + 1 + 1;
    // At most half the card (but 12 rows where there are), so the action
    // has room to be drawn large too.
    let title_room = rows
        .saturating_sub(fixed + plain_action.len() as u16)
        .min((rows / 2).max(12));
    let big_title = bigtext::fit(title, columns, title_room, 3, &bigtext::SIZES);
    let mut out: Vec<Line> = vec![corner];
    match &big_title {
        Some((px, lines)) => out.extend(
            bigtext::draw(lines, *px, theme.title(), theme)
                .into_iter()
                .map(center),
        ),
        None => out.extend(wrap(title, theme.title())),
    }
    // The other language's title, under it, where there is room.
    let used = out.len() as u16;
    let left = rows.saturating_sub(used + plain_action.len() as u16 + 2);
    if left >= other_title.len() as u16 {
        out.extend(other_title);
    }
    out.push(Line::raw(""));
    // The action: as large as the rest of the card allows.
    let used = out.len() as u16;
    let room = rows.saturating_sub(used + 1);
    let action_sizes: Vec<u16> = bigtext::SIZES
        .iter()
        .copied()
        .filter(|px| big_title.as_ref().is_none_or(|(title_px, _)| px < title_px))
        .collect();
    match bigtext::fit(action, columns, room, usize::MAX, &action_sizes) {
        Some((px, lines)) => out.extend(
            bigtext::draw(&lines, px, Style::default(), theme)
                .into_iter()
                .map(center),
        ),
        None => out.extend(plain_action),
    }
    // The other language's action where it fits.
    let used = out.len() as u16;
    if used + 1 + (other_action.len() as u16) < rows {
        out.push(Line::raw(""));
        out.extend(other_action);
    }
    out.truncate(usize::from(rows.saturating_sub(1)));
    while out.len() + 1 < usize::from(rows) {
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
        for c in "0123456789AJQK:+♥♦♠♣★".chars() {
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
