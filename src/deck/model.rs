//! The deck as plain, validated data: suits, ranks, faces and cards.
//!
//! These types are only built by [`super::validate`], so a `Card` in hand is
//! always a valid card: its id matches its face, its text is within limits.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::deck as text;
use crate::i18n::{Lang, Localized, Text};

/// The four poker suits, one per dimension of community building.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Suit {
    /// ♥ 红桃 — 邻里破冰, neighbour icebreaking.
    Hearts,
    /// ♠ 黑桃 — 兴趣社群, interest groups.
    Spades,
    /// ♣ 梅花 — 互助友好, mutual aid.
    Clubs,
    /// ♦ 方块 — 空间环境, shared space.
    Diamonds,
}

impl Suit {
    /// All suits in deck order.
    pub const ALL: [Suit; 4] = [Suit::Hearts, Suit::Spades, Suit::Clubs, Suit::Diamonds];

    /// The id prefix and JSON name: `hearts`, `spades`, `clubs`, `diamonds`.
    pub fn key(self) -> &'static str {
        match self {
            Suit::Hearts => "hearts",
            Suit::Spades => "spades",
            Suit::Clubs => "clubs",
            Suit::Diamonds => "diamonds",
        }
    }

    /// The suit symbol. Ambiguous-width: one column in most terminals, two in
    /// terminals set to "ambiguous = wide", so never align columns after it.
    pub fn symbol(self) -> char {
        match self {
            Suit::Hearts => '♥',
            Suit::Spades => '♠',
            Suit::Clubs => '♣',
            Suit::Diamonds => '♦',
        }
    }

    /// The card-game name of the suit: 红桃 / Hearts.
    pub fn name(self) -> Text {
        match self {
            Suit::Hearts => text::SUIT_HEARTS,
            Suit::Spades => text::SUIT_SPADES,
            Suit::Clubs => text::SUIT_CLUBS,
            Suit::Diamonds => text::SUIT_DIAMONDS,
        }
    }

    /// The programme's theme for the suit: 邻里破冰 / neighbour icebreaking.
    pub fn theme(self) -> Text {
        match self {
            Suit::Hearts => text::THEME_HEARTS,
            Suit::Spades => text::THEME_SPADES,
            Suit::Clubs => text::THEME_CLUBS,
            Suit::Diamonds => text::THEME_DIAMONDS,
        }
    }
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A rank from ace to king. Ranks stand for effort: see the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Rank {
    Ace,
    Two,
    Three,
    Four,
    Five,
    Six,
    Seven,
    Eight,
    Nine,
    Ten,
    Jack,
    Queen,
    King,
}

impl Rank {
    /// All ranks in order.
    pub const ALL: [Rank; 13] = [
        Rank::Ace,
        Rank::Two,
        Rank::Three,
        Rank::Four,
        Rank::Five,
        Rank::Six,
        Rank::Seven,
        Rank::Eight,
        Rank::Nine,
        Rank::Ten,
        Rank::Jack,
        Rank::Queen,
        Rank::King,
    ];

    /// How the rank is printed on a card and written in a deck file: `A`, `7`, `K`.
    pub fn label(self) -> &'static str {
        const LABELS: [&str; 13] = [
            "A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K",
        ];
        LABELS[self as usize]
    }

    /// Parses a deck file's rank label. Case-insensitive for the letters.
    pub fn from_label(label: &str) -> Option<Rank> {
        Rank::ALL
            .into_iter()
            .find(|rank| rank.label().eq_ignore_ascii_case(label))
    }

    /// The effort band the rank belongs to.
    pub fn effort(self) -> Effort {
        match self {
            Rank::Ace | Rank::Two | Rank::Three | Rank::Four => Effort::Moment,
            Rank::Jack | Rank::Queen | Rank::King => Effort::Group,
            _ => Effort::Hour,
        }
    }
}

impl fmt::Display for Rank {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What a rank says about the effort a card asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    /// A–4: a few minutes, with one neighbour.
    Moment,
    /// 5–10: up to an hour or so, a few households.
    Hour,
    /// J, Q, K: a planned group or whole-stairwell effort.
    Group,
}

/// What is printed on the face of a card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    Suited(Suit, Rank),
    Joker,
}

impl Face {
    /// The suit, if the card has one.
    pub fn suit(self) -> Option<Suit> {
        match self {
            Face::Suited(suit, _) => Some(suit),
            Face::Joker => None,
        }
    }

    /// The rank, if the card has one.
    pub fn rank(self) -> Option<Rank> {
        match self {
            Face::Suited(_, rank) => Some(rank),
            Face::Joker => None,
        }
    }

    /// The JSON name of the face's suit: a suit key or `joker`.
    pub fn suit_key(self) -> &'static str {
        self.suit().map_or("joker", Suit::key)
    }

    /// The name shown to people: `红桃 7` / `Hearts 7`, `大小王` / `Joker`.
    pub fn name(self, lang: Lang) -> String {
        match self {
            Face::Suited(suit, rank) => format!("{} {}", suit.name().get(lang), rank.label()),
            Face::Joker => crate::i18n::JOKER.get(lang).to_string(),
        }
    }

    /// The id a suited card must have: `hearts-7`, `spades-a`.
    pub fn expected_id(suit: Suit, rank: Rank) -> String {
        format!("{}-{}", suit.key(), rank.label().to_ascii_lowercase())
    }
}

/// A deck's text: borrowed from the binary for the built-in deck (baked at
/// build time, see `baked.rs`, so it costs nothing to have), owned for a
/// deck loaded from a file. Reads, prints and serialises as a plain string.
pub type DeckText = Cow<'static, str>;

/// A validated card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// Stable id (`hearts-7`, `joker-red`): history refers to cards by it, so
    /// editing a card's text never breaks a resident's journal.
    pub id: DeckText,
    pub face: Face,
    pub title: Localized<DeckText>,
    pub action: Localized<DeckText>,
    /// A rough estimate of the time the act takes.
    pub minutes: u16,
    pub tip: Option<Localized<DeckText>>,
}

/// A validated deck: its name, version and cards in file order.
///
/// The built-in deck borrows all of it (texts and the card list) from the
/// binary; only a deck loaded from a file owns its parts. Change a card with
/// `cards.to_mut()`, which copies a borrowed list first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deck {
    pub name: Localized<DeckText>,
    pub version: DeckText,
    /// True when the deck claims all 52 suited cards (and was checked for them).
    pub complete: bool,
    /// Whether the daily draw climbs the ranks through a round (small cards
    /// first): the card ladder of docs/streak-rules.md §2. On by default.
    pub ladder: bool,
    pub cards: Cow<'static, [Card]>,
}

impl Deck {
    /// Finds a card by id. Ids are compared case-insensitively, as people type them.
    pub fn card(&self, id: &str) -> Option<&Card> {
        self.cards
            .iter()
            .find(|card| card.id.eq_ignore_ascii_case(id))
    }

    /// A card as screens and messages name it: `梅花 5「帮邻居照看花草」` /
    /// `Clubs 5 "…"`, in every language; an id the deck does not have is
    /// shown as it is, made safe for the terminal.
    pub fn quoted(&self, id: &str) -> Localized<String> {
        Localized::from_fn(|lang| match self.card(id) {
            Some(card) => crate::i18n::fill_named(
                crate::i18n::CARD_QUOTED.get(lang),
                &[
                    ("face", &card.face.name(lang)),
                    ("title", &card.title.as_str(lang)),
                ],
            ),
            None => crate::text::sanitize::Shown(id).to_string(),
        })
    }

    /// The cards of one suit, or the jokers when `suit` is `None`.
    pub fn cards_of(&self, suit: Option<Suit>) -> impl Iterator<Item = &Card> {
        self.cards
            .iter()
            .filter(move |card| card.face.suit() == suit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rank_labels_round_trip() {
        for rank in Rank::ALL {
            assert_eq!(Rank::from_label(rank.label()), Some(rank));
            assert_eq!(Rank::from_label(&rank.label().to_lowercase()), Some(rank));
        }
        assert_eq!(Rank::from_label("1"), None);
        assert_eq!(Rank::from_label("11"), None);
        assert_eq!(Rank::from_label("Ace"), None);
    }

    #[test]
    fn expected_ids_are_lowercase_suit_and_rank() {
        assert_eq!(Face::expected_id(Suit::Hearts, Rank::Seven), "hearts-7");
        assert_eq!(Face::expected_id(Suit::Spades, Rank::Ace), "spades-a");
        assert_eq!(Face::expected_id(Suit::Diamonds, Rank::Ten), "diamonds-10");
        assert_eq!(Face::expected_id(Suit::Clubs, Rank::King), "clubs-k");
    }

    #[test]
    fn effort_bands_follow_the_documented_scheme() {
        assert_eq!(Rank::Ace.effort(), Effort::Moment);
        assert_eq!(Rank::Four.effort(), Effort::Moment);
        assert_eq!(Rank::Five.effort(), Effort::Hour);
        assert_eq!(Rank::Ten.effort(), Effort::Hour);
        assert_eq!(Rank::Jack.effort(), Effort::Group);
        assert_eq!(Rank::King.effort(), Effort::Group);
    }

    #[test]
    fn face_names_in_both_languages() {
        let face = Face::Suited(Suit::Clubs, Rank::Queen);
        assert_eq!(face.name(Lang::Zh), "梅花 Q");
        assert_eq!(face.name(Lang::En), "Clubs Q");
        assert_eq!(Face::Joker.suit_key(), "joker");
    }
}
