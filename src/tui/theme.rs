//! Colours and emphasis. Everything that matters also shows without colour:
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

    pub fn suit(&self, suit: Option<Suit>) -> Style {
        self.pick(Style::default().fg(match suit {
            Some(Suit::Hearts) | Some(Suit::Diamonds) => Color::Red,
            Some(Suit::Spades) => Color::Blue,
            Some(Suit::Clubs) => Color::Green,
            None => Color::Magenta,
        }))
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

#[cfg(test)]
mod tests {
    use super::*;

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
