//! A pile of the deck: one suit, or the two jokers. `deck list --suit` and a
//! workshop's "suits in play" both name cards this way.

use serde::{Deserialize, Serialize};

use super::model::{Face, Suit};

/// One suit's thirteen cards, or the jokers. Chinese names and symbols are
/// accepted on the command line too.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Pile {
    /// ♥ 红桃 邻里破冰 neighbour icebreaking
    #[value(alias = "heart", alias = "红桃", alias = "♥")]
    Hearts,
    /// ♠ 黑桃 兴趣社群 interest groups
    #[value(alias = "spade", alias = "黑桃", alias = "♠")]
    Spades,
    /// ♣ 梅花 互助友好 mutual aid
    #[value(alias = "club", alias = "梅花", alias = "♣")]
    Clubs,
    /// ♦ 方块 空间环境 shared space
    #[value(alias = "diamond", alias = "方块", alias = "♦")]
    Diamonds,
    /// The two jokers (大小王)
    #[value(alias = "jokers", alias = "大小王")]
    Joker,
}

impl Pile {
    /// Every pile, in deck order.
    pub const ALL: [Pile; 5] = [
        Pile::Hearts,
        Pile::Spades,
        Pile::Clubs,
        Pile::Diamonds,
        Pile::Joker,
    ];

    /// The suit of the pile, or `None` for the jokers.
    pub fn suit(self) -> Option<Suit> {
        match self {
            Pile::Hearts => Some(Suit::Hearts),
            Pile::Spades => Some(Suit::Spades),
            Pile::Clubs => Some(Suit::Clubs),
            Pile::Diamonds => Some(Suit::Diamonds),
            Pile::Joker => None,
        }
    }

    /// The pile a card face belongs to.
    pub fn of(face: Face) -> Pile {
        match face.suit() {
            Some(Suit::Hearts) => Pile::Hearts,
            Some(Suit::Spades) => Pile::Spades,
            Some(Suit::Clubs) => Pile::Clubs,
            Some(Suit::Diamonds) => Pile::Diamonds,
            None => Pile::Joker,
        }
    }

    /// The name used in files and JSON: a suit key or `joker`.
    pub fn key(self) -> &'static str {
        self.suit().map_or("joker", Suit::key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Rank;

    #[test]
    fn every_face_has_its_pile() {
        for pile in Pile::ALL {
            let face = match pile.suit() {
                Some(suit) => Face::Suited(suit, Rank::Seven),
                None => Face::Joker,
            };
            assert_eq!(Pile::of(face), pile);
            assert_eq!(pile.key(), face.suit_key());
        }
    }
}
