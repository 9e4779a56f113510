//! Colours and emphasis. Everything that matters also shows without colour:
//! suits by name and symbol, day states by symbol, the selection by a `>`
//! marker, because crossterm drops bold and reverse under NO_COLOR.

use ratatui::style::{Color, Modifier, Style};

use crate::deck::Suit;

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

    pub fn dim(&self) -> Style {
        self.pick(Style::default().fg(Color::DarkGray))
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

    /// The marker before a selected line: shown in every theme.
    pub fn marker(&self, selected: bool) -> &'static str {
        if selected { "> " } else { "  " }
    }
}
