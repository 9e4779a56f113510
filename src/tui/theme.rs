//! Colours and emphasis. Text is drawn in the terminal's default foreground
//! ([`text_in_default_colour`]), with bold and dim for hierarchy and reverse
//! for the selection; colour is for symbols (suits, day marks, borders).
//! Everything that matters also shows without colour:
//! suits by name and symbol, day states by symbol, the selection by a `>`
//! marker, because crossterm drops bold and reverse under NO_COLOR.
//!
//! And the wide-safe glyph set: symbols that keep their place in a terminal
//! that draws ambiguous characters two columns wide ([`crate::tui::wide`]).
//! [`Theme::suit_symbol`] pads a suit for a column of suits (♦ is one
//! column everywhere, ♥ ♠ ♣ ★ two in such a terminal), [`Theme::pixel`]
//! draws a big-glyph pixel (█ when narrow, a coloured or reversed space when
//! wide), and box borders come from [`crate::tui::wide::border_set`].

use ratatui::style::{Color, Modifier, Style};

use crate::deck::Suit;
use crate::text::{self, Ambiguous};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `--no-color` or a non-empty `NO_COLOR` (no-color.org).
    pub fn from_env(no_color_flag: bool) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme {
            color: !(no_color_flag || no_color),
        }
    }

    fn pick(&self, style: Style) -> Style {
        if self.color { style } else { Style::default() }
    }

    /// A suit's colour: from the 256-colour palette, which (unlike the
    /// first 16 colours) is the same in every terminal, so its contrast is
    /// known: at least 4.5:1 on black ([`SUITS`], tested), where ANSI blue
    /// is about 2:1 and vanishes on a projector.
    pub fn suit(&self, suit: Option<Suit>) -> Style {
        self.pick(Style::default().fg(Color::Indexed(suit_colour(suit, false))))
    }

    pub fn title(&self) -> Style {
        self.pick(Style::default().add_modifier(Modifier::BOLD))
    }

    /// Secondary text: the terminal's own foreground, dimmed. Not colour 8
    /// (grey), which some default palettes draw below 4.5:1 contrast, or
    /// nearly invisible, on their background.
    pub fn dim(&self) -> Style {
        self.pick(Style::default().add_modifier(Modifier::DIM))
    }

    pub fn accent(&self) -> Style {
        self.pick(Style::default().fg(Color::Yellow))
    }

    pub fn good(&self) -> Style {
        self.pick(Style::default().fg(Color::Green))
    }

    pub fn bad(&self) -> Style {
        self.pick(Style::default().fg(Color::Red))
    }

    pub fn selected(&self) -> Style {
        self.pick(Style::default().add_modifier(Modifier::REVERSED))
    }

    /// A suit's symbol (`★` for the jokers) padded to the widest suit symbol
    /// in this terminal, for a column of suits: `♥`, `♦` when narrow;
    /// `♥` (two columns) and `♦ ` when ambiguous characters are wide.
    pub fn suit_symbol(&self, suit: Option<Suit>) -> String {
        let widest = Suit::ALL
            .into_iter()
            .map(|suit| text::width(&suit.symbol().to_string()))
            .chain([text::width("★")])
            .max()
            .unwrap_or(1);
        text::pad(&suit.map_or('★', Suit::symbol).to_string(), widest)
    }

    /// One cell of a big glyph (block letters) drawn in `style`: `█` in that
    /// style when ambiguous characters are narrow; when they are wide (and
    /// █ would take two columns), a space on the style's colour, or a
    /// reversed space without colour — a shape either way.
    pub fn pixel(&self, style: Style) -> (&'static str, Style) {
        match text::ambiguous() {
            Ambiguous::Narrow => ("█", style),
            Ambiguous::Wide => match style.fg {
                Some(color) if self.color && color != Color::Reset => {
                    (" ", Style::default().bg(color))
                }
                _ => (" ", Style::default().add_modifier(Modifier::REVERSED)),
            },
        }
    }

    /// The marker before a selected line: shown in every theme.
    pub fn marker(&self, selected: bool) -> &'static str {
        if selected { "> " } else { "  " }
    }
}

/// The suits' colours (256-colour palette indexes) on a dark background,
/// then on a light one (the workshop's bright-room theme): hearts red,
/// spades blue, clubs green, diamonds orange (as printed), jokers rose.
pub const SUITS: [(Option<Suit>, u8, u8); 5] = [
    (Some(Suit::Hearts), 203, 160),
    (Some(Suit::Spades), 75, 25),
    (Some(Suit::Clubs), 77, 28),
    (Some(Suit::Diamonds), 215, 130),
    (None, 213, 127),
];

/// A suit's palette index on a dark (`light` false) or light background.
pub fn suit_colour(suit: Option<Suit>, light: bool) -> u8 {
    SUITS
        .iter()
        .find(|(s, _, _)| *s == suit)
        .map_or(15, |&(_, dark, bright)| if light { bright } else { dark })
}

/// The RGB of a 256-colour palette index from 16 up (the colour cube and
/// the greys, fixed by xterm and followed by every 256-colour terminal);
/// `None` for the first 16, which each terminal themes as it likes.
pub fn palette_rgb(index: u8) -> Option<(u8, u8, u8)> {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    match index {
        16..=231 => {
            let i = index - 16;
            Some((
                LEVELS[usize::from(i / 36)],
                LEVELS[usize::from(i / 6 % 6)],
                LEVELS[usize::from(i % 6)],
            ))
        }
        232..=255 => {
            let grey = 8 + 10 * (index - 232);
            Some((grey, grey, grey))
        }
        _ => None,
    }
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn channel(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let luminance =
        |(r, g, b): (u8, u8, u8)| 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Text in the terminal's own foreground, as a pass over a drawn frame
/// (every TUI's `draw` ends with it): a letter or digit drawn in a colour
/// (an accent, a suit's name, an error) keeps its emphasis as bold but is
/// drawn in the default foreground, which the terminal's palette makes
/// readable on its own background. The first 16 colours are each
/// terminal's own, and no fixed colour reads at 4.5:1 on both a dark and
/// a light default background (Solarized dark and light have none), so
/// colour stays only on symbols that say what they say by their shape too:
/// the suits, the day marks, bars, borders, the big glyphs
/// (`tests/contrast.rs` checks every screen on eight common palettes).
/// Cells with a background colour of their own keep their colours (the
/// bright-room theme sets both).
pub fn text_in_default_colour(buffer: &mut ratatui::buffer::Buffer) {
    for cell in buffer.content.iter_mut() {
        if is_text(cell.symbol()) && cell.fg != Color::Reset && cell.bg == Color::Reset {
            cell.fg = Color::Reset;
            cell.modifier.insert(Modifier::BOLD);
        }
    }
}

/// Whether a cell's character is text (letters, digits, punctuation, in
/// any script) rather than a symbol: arrows, box drawing, blocks,
/// geometric shapes, the suits and other signs (U+2190–U+2BFF), emoji.
pub fn is_text(cell: &str) -> bool {
    cell.chars().any(|c| {
        let symbol = matches!(u32::from(c), 0x2190..=0x2BFF | 0x1F000..);
        !c.is_whitespace() && !c.is_control() && !symbol
    })
}

/// The bright-room theme, as a pass over a drawn frame: black on white,
/// and every colour swapped for its counterpart that reads on white (the
/// suits' light colours, a dark amber for yellow, grey 240 for dim text).
/// Only colours change; reversed cells stay reversed.
pub fn lighten(buffer: &mut ratatui::buffer::Buffer) {
    for cell in buffer.content.iter_mut() {
        let fg = light_colour(cell.fg, Color::Indexed(16));
        let bg = light_colour(cell.bg, Color::Indexed(231));
        cell.fg = fg;
        cell.bg = bg;
    }
}

/// A colour of the dark theme on the light one; `reset` stands for the
/// terminal's default.
fn light_colour(color: Color, reset: Color) -> Color {
    if let Color::Indexed(index) = color
        && let Some(&(_, _, bright)) = SUITS.iter().find(|(_, dark, _)| *dark == index)
    {
        return Color::Indexed(bright);
    }
    match color {
        Color::Reset => reset,
        Color::Yellow | Color::LightYellow => Color::Indexed(130),
        Color::Green | Color::LightGreen => Color::Indexed(28),
        Color::Red | Color::LightRed => Color::Indexed(160),
        Color::Blue | Color::LightBlue => Color::Indexed(25),
        Color::Magenta | Color::LightMagenta => Color::Indexed(127),
        Color::DarkGray | Color::Gray => Color::Indexed(240),
        Color::White => Color::Indexed(16),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suit_colours_read_on_black_and_the_light_ones_on_white() {
        let (black, white) = ((0, 0, 0), (255, 255, 255));
        for (suit, dark, light) in SUITS {
            let on_black = contrast(palette_rgb(dark).expect("in the cube"), black);
            let on_white = contrast(palette_rgb(light).expect("in the cube"), white);
            assert!(on_black >= 4.5, "{suit:?} {dark}: {on_black:.2}:1 on black");
            assert!(
                on_white >= 4.5,
                "{suit:?} {light}: {on_white:.2}:1 on white"
            );
            assert_eq!(
                Theme { color: true }.suit(suit).fg,
                Some(Color::Indexed(dark))
            );
        }
        // What the palette replaced: ANSI blue (xterm's 0,0,238) on black.
        assert!(contrast((0, 0, 238), black) < 3.0);
        // The light theme's other colours read on white too.
        for color in [
            Color::Yellow,
            Color::Green,
            Color::Red,
            Color::DarkGray,
            Color::Reset,
        ] {
            let Color::Indexed(index) = light_colour(color, Color::Indexed(16)) else {
                panic!("{color:?} not mapped");
            };
            let ratio = contrast(palette_rgb(index).expect("cube"), white);
            assert!(ratio >= 4.5, "{color:?}: {ratio:.2}:1 on white");
        }
        assert_eq!(palette_rgb(196), Some((255, 0, 0)));
        assert_eq!(palette_rgb(244), Some((128, 128, 128)));
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
    }

    #[test]
    fn no_text_is_drawn_in_grey() {
        let theme = Theme { color: true };
        for style in [
            theme.dim(),
            theme.title(),
            theme.accent(),
            theme.good(),
            theme.bad(),
        ] {
            assert_ne!(style.fg, Some(Color::DarkGray), "{style:?}");
            assert_ne!(style.fg, Some(Color::Gray), "{style:?}");
        }
    }

    #[test]
    fn coloured_text_is_drawn_in_the_default_foreground_and_symbols_keep_colour() {
        for text in ["小", "A", "7", "：", "-", "…"] {
            assert!(is_text(text), "{text}");
        }
        for symbol in [
            "♥", "★", "✓", "✗", "❄", "◉", "▰", "█", "─", "│", "▶", "→", " ", "🃏",
        ] {
            assert!(!is_text(symbol), "{symbol}");
        }
        let mut buffer = ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, 4, 1));
        buffer[(0, 0)].set_symbol("♥").set_fg(Color::Indexed(203));
        buffer[(1, 0)].set_symbol("红").set_fg(Color::Indexed(203));
        buffer[(3, 0)].set_symbol("：").set_fg(Color::Yellow);
        let mut lit = buffer.clone();
        lit[(2, 0)]
            .set_symbol("A")
            .set_fg(Color::Indexed(16))
            .set_bg(Color::Indexed(231));
        text_in_default_colour(&mut buffer);
        assert_eq!(
            buffer[(0, 0)].fg,
            Color::Indexed(203),
            "a suit keeps its colour"
        );
        assert_eq!(buffer[(1, 0)].fg, Color::Reset);
        assert!(buffer[(1, 0)].modifier.contains(Modifier::BOLD));
        assert_eq!(buffer[(3, 0)].fg, Color::Reset);
        text_in_default_colour(&mut lit);
        assert_eq!(
            lit[(2, 0)].fg,
            Color::Indexed(16),
            "its own background: kept"
        );
    }

    #[test]
    fn suit_symbols_line_up_in_both_widths() {
        let theme = Theme { color: true };
        assert_eq!(theme.suit_symbol(Some(Suit::Hearts)), "♥");
        assert_eq!(theme.suit_symbol(Some(Suit::Diamonds)), "♦");
        text::with_ambiguous(Ambiguous::Wide, || {
            for suit in Suit::ALL.map(Some).into_iter().chain([None]) {
                assert_eq!(text::width(&theme.suit_symbol(suit)), 2, "{suit:?}");
            }
            assert_eq!(theme.suit_symbol(Some(Suit::Diamonds)), "♦ ");
        });
    }

    #[test]
    fn pixels_are_blocks_when_narrow_and_spaces_with_a_shape_when_wide() {
        let red = Style::default().fg(Color::Red);
        let colour = Theme { color: true };
        let mono = Theme { color: false };
        assert_eq!(colour.pixel(red), ("█", red));
        text::with_ambiguous(Ambiguous::Wide, || {
            assert_eq!(colour.pixel(red), (" ", Style::default().bg(Color::Red)));
            let reversed = Style::default().add_modifier(Modifier::REVERSED);
            assert_eq!(mono.pixel(mono.suit(Some(Suit::Hearts))), (" ", reversed));
            assert_eq!(colour.pixel(Style::default()), (" ", reversed));
        });
    }
}
