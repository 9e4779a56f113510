//! The printed deck's look: colours and the card's size in points. Shared by
//! the faces, the backs, the sheets and the paper tracker, so they read as one set.

use super::geometry::{CARD_H, CARD_W};
use super::scene::{Rgb, pt};
use crate::deck::{Card, Suit};

/// The card's trim size in points.
pub fn card_size() -> (f32, f32) {
    (pt(CARD_W), pt(CARD_H))
}

/// Body text.
pub const INK: Rgb = Rgb(0x22, 0x22, 0x22);
/// Secondary text: the English under the Chinese, tips.
pub const INK_SOFT: Rgb = Rgb(0x55, 0x55, 0x55);
/// Crop marks, rulers, hairlines.
pub const MARK: Rgb = Rgb(0x00, 0x00, 0x00);
/// The backs' ground and the tracker's header.
pub const NAVY: Rgb = Rgb(0x1f, 0x33, 0x4d);
/// Accents on dark grounds: the backs' frame, the jokers' titles.
pub const GOLD: Rgb = Rgb(0xf2, 0xc1, 0x4e);

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

/// The two jokers: `joker-red` (爱邻日) is red, any other joker black.
pub fn joker_color(card: &Card) -> Rgb {
    if card.id == "joker-red" {
        Rgb(0xa3, 0x12, 0x2a)
    } else {
        Rgb(0x1c, 0x1c, 0x28)
    }
}
