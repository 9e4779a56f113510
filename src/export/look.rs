//! The printed deck's look: colours and the card's size in points. Shared by
//! the faces, the backs, the sheets and the paper tracker, so they read as one set.

use super::scene::{Rgb, pt};
use crate::deck::{Card, Suit};

/// The size of the printed cards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CardSize {
    /// Poker size, 63 × 88 mm, nine to a sheet: the default.
    #[default]
    Poker,
    /// Large print (tarot size), 70 × 120 mm, four to a sheet: Chinese
    /// action text at 14 pt and tips at 11 pt, for older residents and for
    /// reading at arm's length (`export --large`).
    Large,
}

impl CardSize {
    /// Width and height of the trim in millimetres.
    pub fn mm(self) -> (f32, f32) {
        match self {
            CardSize::Poker => (63.0, 88.0),
            CardSize::Large => (70.0, 120.0),
        }
    }

    /// Width and height of the trim in points.
    pub fn points(self) -> (f32, f32) {
        let (w, h) = self.mm();
        (pt(w), pt(h))
    }

    /// Columns and rows of cards on a sheet.
    pub fn grid(self) -> (usize, usize) {
        match self {
            CardSize::Poker => (3, 3),
            CardSize::Large => (2, 2),
        }
    }

    /// Cards on one sheet.
    pub fn per_page(self) -> usize {
        let (columns, rows) = self.grid();
        columns * rows
    }
}

/// Body text.
pub const INK: Rgb = Rgb(0x22, 0x22, 0x22);
/// Secondary text: the English under the Chinese, tips.
pub const INK_SOFT: Rgb = Rgb(0x55, 0x55, 0x55);
/// Crop marks, rulers, hairlines.
pub const MARK: Rgb = Rgb(0x00, 0x00, 0x00);
/// The backs' ground and the tracker's header.
pub const NAVY: Rgb = Rgb(0x1f, 0x33, 0x4d);
/// Accents on the backs' navy: the panel's frame, the second title.
pub const GOLD: Rgb = Rgb(0xf2, 0xc1, 0x4e);
/// Titles on the jokers' dark grounds: a warm cream.
pub const CREAM: Rgb = Rgb(0xff, 0xea, 0xd2);
/// Cut lines between butting cards: seen on white and on the suits' colours.
pub const CUT: Rgb = Rgb(0x8a, 0x8a, 0x8a);

/// A four-colour deck, so suits are told apart in print at a glance (the
/// TUI's colours, with diamonds orange rather than a second red). Symbol and
/// name are printed too: colour is never the only sign.
pub fn suit_color(suit: Suit) -> Rgb {
    match suit {
        Suit::Hearts => Rgb(0xc6, 0x28, 0x39),
        Suit::Spades => Rgb(0x24, 0x47, 0x8f),
        Suit::Clubs => Rgb(0x1e, 0x7a, 0x46),
        Suit::Diamonds => Rgb(0xc7, 0x63, 0x1a),
    }
}

/// The two jokers: `joker-red` (爱邻日) is a warm rose, any other joker
/// ink black.
pub fn joker_color(card: &Card) -> Rgb {
    if card.id == "joker-red" {
        Rgb(0xa8, 0x36, 0x4b)
    } else {
        Rgb(0x1c, 0x1c, 0x28)
    }
}
