//! Counts with fixed keys, shared by the review, the tea talk, the summary
//! and the roll-up: per suit, per source, and how streaks are spread. No
//! key comes from outside data, so nothing but numbers can reach a summary
//! through them.

use std::ops::AddAssign;

use serde::{Deserialize, Serialize};

use super::card::CardRef;
use super::model::Source;
use crate::journal::rules;

/// Check-ins per suit. `none`: checked in with no card named; `other`: a
/// card id that names no suit (a hand-edited file).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuitCounts {
    pub hearts: u64,
    pub spades: u64,
    pub clubs: u64,
    pub diamonds: u64,
    pub joker: u64,
    pub none: u64,
    pub other: u64,
}

impl SuitCounts {
    /// Counts a check-in with this card (as the resident's per-suit count
    /// does: [`rules::suit_of`], `none` without a card).
    pub fn count(&mut self, card: Option<&str>) {
        let slot = match card.map_or("none", rules::suit_of) {
            "hearts" => &mut self.hearts,
            "spades" => &mut self.spades,
            "clubs" => &mut self.clubs,
            "diamonds" => &mut self.diamonds,
            "joker" => &mut self.joker,
            "none" => &mut self.none,
            _ => &mut self.other,
        };
        *slot += 1;
    }

    pub fn total(&self) -> u64 {
        self.hearts + self.spades + self.clubs + self.diamonds + self.joker + self.none + self.other
    }

    /// The four suits in deck order, for a balance chart.
    pub fn suits(&self) -> [(crate::deck::Suit, u64); 4] {
        use crate::deck::Suit;
        [
            (Suit::Hearts, self.hearts),
            (Suit::Spades, self.spades),
            (Suit::Clubs, self.clubs),
            (Suit::Diamonds, self.diamonds),
        ]
    }
}

impl AddAssign for SuitCounts {
    fn add_assign(&mut self, other: SuitCounts) {
        self.hearts = self.hearts.saturating_add(other.hearts);
        self.spades = self.spades.saturating_add(other.spades);
        self.clubs = self.clubs.saturating_add(other.clubs);
        self.diamonds = self.diamonds.saturating_add(other.diamonds);
        self.joker = self.joker.saturating_add(other.joker);
        self.none = self.none.saturating_add(other.none);
        self.other = self.other.saturating_add(other.other);
    }
}

/// Check-ins per way in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceCounts {
    pub app: u64,
    pub paper: u64,
    pub wechat: u64,
}

impl SourceCounts {
    pub fn count(&mut self, source: Source) {
        match source {
            Source::App => self.app += 1,
            Source::Paper => self.paper += 1,
            Source::Wechat => self.wechat += 1,
        }
    }
}

impl AddAssign for SourceCounts {
    fn add_assign(&mut self, other: SourceCounts) {
        self.app = self.app.saturating_add(other.app);
        self.paper = self.paper.saturating_add(other.paper);
        self.wechat = self.wechat.saturating_add(other.wechat);
    }
}

/// How many members have a current streak in each band: none, under a
/// week, one week, two weeks, a whole round or more.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreakSpread {
    #[serde(rename = "0")]
    pub zero: u64,
    #[serde(rename = "1-6")]
    pub under_a_week: u64,
    #[serde(rename = "7-13")]
    pub a_week: u64,
    #[serde(rename = "14-20")]
    pub two_weeks: u64,
    #[serde(rename = "21+")]
    pub a_round: u64,
}

impl StreakSpread {
    pub fn count(&mut self, streak: u32) {
        let slot = match streak {
            0 => &mut self.zero,
            1..=6 => &mut self.under_a_week,
            7..=13 => &mut self.a_week,
            14..=20 => &mut self.two_weeks,
            _ => &mut self.a_round,
        };
        *slot += 1;
    }

    /// The bands with their labels (`0`, `1-6`, …), lowest first.
    pub fn bands(&self) -> [(&'static str, u64); 5] {
        [
            ("0", self.zero),
            ("1-6", self.under_a_week),
            ("7-13", self.a_week),
            ("14-20", self.two_weeks),
            ("21+", self.a_round),
        ]
    }
}

impl AddAssign for StreakSpread {
    fn add_assign(&mut self, other: StreakSpread) {
        self.zero = self.zero.saturating_add(other.zero);
        self.under_a_week = self.under_a_week.saturating_add(other.under_a_week);
        self.a_week = self.a_week.saturating_add(other.a_week);
        self.two_weeks = self.two_weeks.saturating_add(other.two_weeks);
        self.a_round = self.a_round.saturating_add(other.a_round);
    }
}

/// A whole card (not a suit alone) a check-in named, for "top cards".
pub fn whole_card(card: &str) -> Option<String> {
    CardRef::from_id(card).and_then(|card| card.deck_id())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suits_are_counted_as_the_resident_counts_them() {
        let mut counts = SuitCounts::default();
        for card in [
            Some("hearts-7"),
            Some("clubs"),
            Some("joker-red"),
            None,
            Some("x"),
        ] {
            counts.count(card);
        }
        assert_eq!(
            counts,
            SuitCounts {
                hearts: 1,
                clubs: 1,
                joker: 1,
                none: 1,
                other: 1,
                ..SuitCounts::default()
            }
        );
        assert_eq!(counts.total(), 5);
        let mut twice = counts;
        twice += counts;
        assert_eq!(twice.total(), 10);
    }

    #[test]
    fn streak_bands() {
        let mut spread = StreakSpread::default();
        for streak in [0, 1, 6, 7, 13, 14, 20, 21, 400] {
            spread.count(streak);
        }
        assert_eq!(spread.bands().map(|(_, n)| n), [1, 2, 2, 2, 2]);
        let json = serde_json::to_string(&spread).expect("json");
        assert_eq!(json, r#"{"0":1,"1-6":2,"7-13":2,"14-20":2,"21+":2}"#);
    }

    #[test]
    fn top_cards_are_whole_cards() {
        assert_eq!(whole_card("hearts-7").as_deref(), Some("hearts-7"));
        assert_eq!(whole_card("clubs"), None);
        assert_eq!(whole_card("joker-black").as_deref(), Some("joker-black"));
        assert_eq!(whole_card("=cmd()"), None);
    }
}
