//! Which card a draw gives: the round's own shuffled order, skipping cards
//! already drawn in the round, so nothing repeats until the deck is used up;
//! then a fresh shuffle ("pass") of the deck.
//!
//! With the card ladder (a deck setting, on by default; docs/streak-rules.md
//! §2) the draw takes the first card of that same order that the round's
//! stage allows: small cards (A–4) for the round's first 7 check-in days,
//! then 5–10 and the black joker too, then J, Q and K; the red joker (the
//! 爱邻日 card) is drawn on the 20th of a month once the first week is
//! done. A new round passes over the previous round's last week of cards
//! while the stage has others. When the stage has no card left, the next
//! stage's cards are drawn, so nothing repeats until the deck is used up.
//!
//! The order must be the same on every machine and every version, so it uses
//! a named generator (ChaCha8, whose output is specified) and a Fisher–Yates
//! shuffle written out here rather than `rand`'s, whose algorithm may change.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};

use crate::deck::{Card, Effort, Face};

/// Days of a round on each rung of the ladder: check-in days 1–7 draw
/// small cards, 8–14 add the hour cards, 15 on add the group cards.
pub const RUNG_DAYS: u32 = 7;

/// The id of the 爱邻日 card, drawn on the 20th under the ladder.
pub const LOVE_DAY_CARD: &str = "joker-red";

/// How far up the ladder a card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    /// A–4: a few minutes, one neighbour.
    Small,
    /// 5–10, and the jokers other than the 爱邻日 card.
    Hour,
    /// J, Q, K.
    Group,
    /// The 爱邻日 card: drawn on a 20th (or when nothing else is left).
    LoveDay,
}

impl Tier {
    pub fn of(card: &Card) -> Tier {
        match card.face {
            Face::Suited(_, rank) => match rank.effort() {
                Effort::Moment => Tier::Small,
                Effort::Hour => Tier::Hour,
                Effort::Group => Tier::Group,
            },
            Face::Joker if card.id.eq_ignore_ascii_case(LOVE_DAY_CARD) => Tier::LoveDay,
            Face::Joker => Tier::Hour,
        }
    }

    /// The highest tier the ladder draws on `day` of a round (1-based: the
    /// round's check-ins before the draw, plus one).
    pub fn top_on(day: u32) -> Tier {
        match day.saturating_sub(1) / RUNG_DAYS {
            0 => Tier::Small,
            1 => Tier::Hour,
            _ => Tier::Group,
        }
    }
}

/// What a draw under the ladder needs besides the round's order.
#[derive(Debug, Clone, Copy)]
pub struct Climb<'a> {
    /// The day of the round the card is for (1–21, more when days are missed).
    pub day: u32,
    /// Whether that day is a 20th (爱邻日).
    pub love_day: bool,
    /// The previous round's last week of cards, passed over while others are left.
    pub avoid: &'a [String],
}

/// The deck's ids in the round's order for one pass through the deck.
pub fn shuffled<'a>(ids: &[&'a str], seed: u64, round: u32, pass: u32) -> Vec<&'a str> {
    let mut key = [0u8; 32];
    key[..8].copy_from_slice(&seed.to_le_bytes());
    key[8..12].copy_from_slice(&round.to_le_bytes());
    key[12..16].copy_from_slice(&pass.to_le_bytes());
    let mut rng = ChaCha8Rng::from_seed(key);
    let mut order = ids.to_vec();
    for i in (1..order.len()).rev() {
        let j = below(&mut rng, i as u64 + 1) as usize;
        order.swap(i, j);
    }
    order
}

/// A uniform number in `0..bound` (bound > 0), by rejection: no modulo bias.
fn below(rng: &mut ChaCha8Rng, bound: u64) -> u64 {
    let zone = u64::MAX - u64::MAX % bound;
    loop {
        let value = rng.next_u64();
        if value < zone {
            return value % bound;
        }
    }
}

/// The next card of the round: the first card of the current pass's order
/// that has been drawn fewer times than the rest. `None` for an empty deck.
pub fn next_card<'a>(ids: &[&'a str], seed: u64, round: u32, drawn: &[String]) -> Option<&'a str> {
    left_in_pass(ids, seed, round, drawn).into_iter().next()
}

/// The cards of the current pass not drawn yet, in the pass's order.
fn left_in_pass<'a>(ids: &[&'a str], seed: u64, round: u32, drawn: &[String]) -> Vec<&'a str> {
    let times = |id: &str| drawn.iter().filter(|d| d.as_str() == id).count();
    let Some(pass) = ids.iter().map(|id| times(id)).min() else {
        return Vec::new();
    };
    let pass_number = u32::try_from(pass).unwrap_or(u32::MAX);
    shuffled(ids, seed, round, pass_number)
        .into_iter()
        .filter(|id| times(id) == pass)
        .collect()
}

/// The next card of the round under the ladder: of the cards left in the
/// pass (in the round's order), the 爱邻日 card on a 20th after the first
/// week; else the first the day's rung allows that the previous round's
/// last week did not have, else the first the rung allows, climbing a rung
/// when the rung has none left; else the first left. `cards` are the deck's
/// ids with their tiers. `None` for an empty deck.
pub fn ladder_card<'a>(
    cards: &[(&'a str, Tier)],
    seed: u64,
    round: u32,
    drawn: &[String],
    climb: Climb<'_>,
) -> Option<&'a str> {
    let ids: Vec<&str> = cards.iter().map(|(id, _)| *id).collect();
    let left = left_in_pass(&ids, seed, round, drawn);
    let tier = |id: &str| {
        cards
            .iter()
            .find(|(card, _)| *card == id)
            .map_or(Tier::Hour, |(_, tier)| *tier)
    };
    let top = Tier::top_on(climb.day);
    if climb.love_day
        && top > Tier::Small
        && let Some(card) = left.iter().find(|id| tier(id) == Tier::LoveDay)
    {
        return Some(card);
    }
    let avoided = |id: &str| climb.avoid.iter().any(|card| card == id);
    for rung in [Tier::Small, Tier::Hour, Tier::Group] {
        if rung < top {
            continue;
        }
        let allowed: Vec<&str> = left.iter().copied().filter(|id| tier(id) <= rung).collect();
        if let Some(card) = allowed.iter().find(|id| !avoided(id)).or(allowed.first()) {
            return Some(card);
        }
    }
    left.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn ids() -> Vec<String> {
        (1..=54).map(|i| format!("card-{i}")).collect()
    }

    #[test]
    fn the_order_is_pinned_across_machines_and_versions() {
        let ids = ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let order = shuffled(&ids, 42, 1, 0);
        // If this changes, every saved round would deal differently: don't.
        assert_eq!(
            &order[..5],
            ["card-11", "card-16", "card-10", "card-39", "card-9"]
        );
        // The whole order, and one from the far ends of seed, round and
        // pass: every draw of the shuffle (and each number the rejection in
        // `below` turns away) is pinned, not only the first few.
        let numbers = |order: Vec<&str>| -> Vec<u32> {
            order
                .iter()
                .map(|id| id["card-".len()..].parse().expect("a number"))
                .collect()
        };
        assert_eq!(
            numbers(order),
            [
                11, 16, 10, 39, 9, 25, 43, 34, 32, 1, 21, 12, 31, 17, 35, 27, 47, 30, 15, 26, 46,
                54, 33, 3, 38, 42, 40, 44, 53, 4, 19, 28, 7, 51, 41, 36, 8, 6, 29, 20, 37, 23, 18,
                13, 49, 5, 14, 48, 45, 2, 22, 24, 52, 50
            ]
        );
        assert_eq!(
            numbers(shuffled(&ids, u64::MAX, 7, 3)),
            [
                41, 21, 33, 7, 27, 8, 11, 50, 35, 13, 44, 9, 51, 5, 31, 54, 48, 14, 22, 3, 18, 34,
                53, 23, 6, 38, 16, 1, 42, 20, 12, 40, 46, 25, 4, 52, 47, 45, 10, 36, 2, 30, 49, 15,
                26, 19, 37, 43, 29, 24, 32, 17, 28, 39
            ]
        );
        // Three cards, six seeds: a small deck is shuffled too.
        let orders: Vec<String> = (0..6)
            .map(|seed| shuffled(&["a", "b", "c"], seed, 1, 0).concat())
            .collect();
        assert_eq!(orders, ["cba", "bca", "bca", "cab", "acb", "bca"]);
    }

    #[test]
    fn no_card_repeats_until_the_deck_is_used_up() {
        let ids = ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut drawn: Vec<String> = Vec::new();
        for _ in 0..54 {
            let card = next_card(&ids, 7, 3, &drawn).expect("card");
            drawn.push(card.to_string());
        }
        assert_eq!(drawn.iter().collect::<HashSet<_>>().len(), 54);
        // The second pass starts over, again without repeats.
        for _ in 0..54 {
            let card = next_card(&ids, 7, 3, &drawn).expect("card");
            drawn.push(card.to_string());
        }
        assert_eq!(drawn[54..].iter().collect::<HashSet<_>>().len(), 54);
    }

    /// The built-in deck's ids and tiers.
    fn ladder() -> Vec<(String, Tier)> {
        crate::deck::Deck::builtin()
            .expect("deck")
            .cards
            .iter()
            .map(|card| (card.id.to_string(), Tier::of(card)))
            .collect()
    }

    /// A round of `days` draws, one per check-in day, from `first_date`'s
    /// day of the month on.
    fn climb(seed: u64, days: u32, first_date: u32, avoid: &[String]) -> Vec<String> {
        let owned = ladder();
        let cards: Vec<(&str, Tier)> = owned.iter().map(|(id, t)| (id.as_str(), *t)).collect();
        let mut drawn: Vec<String> = Vec::new();
        for day in 1..=days {
            let climb = Climb {
                day,
                love_day: (first_date + day - 1) % 31 == 20,
                avoid,
            };
            let card = ladder_card(&cards, seed, 1, &drawn, climb).expect("card");
            drawn.push(card.to_string());
        }
        drawn
    }

    #[test]
    fn the_ladder_order_is_pinned_across_machines_and_versions() {
        // If this changes, every saved round would deal differently: don't.
        assert_eq!(
            climb(42, 21, 1, &[]),
            [
                "spades-3",
                "diamonds-4",
                "hearts-a",
                "spades-4",
                "clubs-a",
                "clubs-4",
                "spades-2",
                "hearts-10",
                "hearts-9",
                "clubs-8",
                "clubs-6",
                "spades-8",
                "clubs-5",
                "clubs-9",
                "hearts-j",
                "clubs-k",
                "spades-q",
                "hearts-q",
                "diamonds-8",
                // The 20th of the month, after the first week: 爱邻日.
                "joker-red",
                "spades-k",
            ]
        );
    }

    #[test]
    fn each_week_of_a_round_climbs_a_rung() {
        let tiers: std::collections::HashMap<String, Tier> = ladder().into_iter().collect();
        for seed in 0..200 {
            // From the 21st: no 20th in the round.
            let round = climb(seed, 21, 21, &[]);
            let tier = |card: &String| tiers[card];
            assert!(
                round[..7].iter().all(|c| tier(c) == Tier::Small),
                "{round:?}"
            );
            assert!(
                round[7..14].iter().all(|c| tier(c) <= Tier::Hour),
                "{round:?}"
            );
            assert!(round.iter().all(|c| tier(c) != Tier::LoveDay), "{round:?}");
            assert_eq!(round.iter().collect::<HashSet<_>>().len(), 21, "no repeat");
        }
    }

    #[test]
    fn the_red_joker_comes_on_a_20th_after_the_first_week() {
        // Day 10 of the round is the 20th: the 爱邻日 card.
        let round = climb(5, 21, 11, &[]);
        assert_eq!(round[9], LOVE_DAY_CARD);
        assert_eq!(round.iter().filter(|c| *c == LOVE_DAY_CARD).count(), 1);
        // Day 5 is the 20th: the first week stays small (the card is
        // offered with a key instead).
        let round = climb(5, 21, 16, &[]);
        assert_ne!(round[4], LOVE_DAY_CARD);
    }

    #[test]
    fn a_new_round_passes_over_the_last_week_of_the_round_before() {
        for seed in 0..100 {
            let before = climb(seed, 21, 21, &[]);
            let avoid = before[14..].to_vec();
            let after = climb(seed + 1000, 21, 21, &avoid);
            for card in &after[..14] {
                assert!(!avoid.contains(card), "{card} again in {after:?}");
            }
        }
    }

    #[test]
    fn a_rung_used_up_climbs_to_the_next_and_nothing_repeats() {
        // Drawing every day without checking in stays on the first rung: its
        // 16 small cards, then the next rung's, then the rest of the deck.
        let owned = ladder();
        let cards: Vec<(&str, Tier)> = owned.iter().map(|(id, t)| (id.as_str(), *t)).collect();
        let mut drawn: Vec<String> = Vec::new();
        let climb = Climb {
            day: 1,
            love_day: false,
            avoid: &[],
        };
        for _ in 0..54 {
            let card = ladder_card(&cards, 3, 1, &drawn, climb).expect("card");
            drawn.push(card.to_string());
        }
        assert_eq!(drawn.iter().collect::<HashSet<_>>().len(), 54);
        let tier = |card: &String| owned.iter().find(|(id, _)| id == card).expect("id").1;
        assert!(drawn[..16].iter().all(|c| tier(c) == Tier::Small));
        assert!(drawn[16..40].iter().all(|c| tier(c) == Tier::Hour));
        assert_eq!(drawn[53], LOVE_DAY_CARD, "the 爱邻日 card comes last");
        // Then a second pass, again from the small cards.
        let card = ladder_card(&cards, 3, 1, &drawn, climb).expect("card");
        assert_eq!(tier(&card.to_string()), Tier::Small);
        assert_eq!(ladder_card(&[], 3, 1, &[], climb), None);
    }

    #[test]
    fn tiers_follow_the_ranks() {
        assert_eq!(Tier::top_on(1), Tier::Small);
        assert_eq!(Tier::top_on(7), Tier::Small);
        assert_eq!(Tier::top_on(8), Tier::Hour);
        assert_eq!(Tier::top_on(14), Tier::Hour);
        assert_eq!(Tier::top_on(15), Tier::Group);
        assert_eq!(Tier::top_on(40), Tier::Group);
        let deck = crate::deck::Deck::builtin().expect("deck");
        let tier = |id: &str| Tier::of(deck.card(id).expect("card"));
        assert_eq!(tier("hearts-4"), Tier::Small);
        assert_eq!(tier("hearts-5"), Tier::Hour);
        assert_eq!(tier("clubs-j"), Tier::Group);
        assert_eq!(tier("joker-black"), Tier::Hour);
        assert_eq!(tier("joker-red"), Tier::LoveDay);
    }

    #[test]
    fn rounds_and_seeds_shuffle_differently() {
        let ids = ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        assert_ne!(shuffled(&ids, 1, 1, 0), shuffled(&ids, 1, 2, 0));
        assert_ne!(shuffled(&ids, 1, 1, 0), shuffled(&ids, 2, 1, 0));
        assert_eq!(next_card(&[], 1, 1, &[]), None);
    }
}
