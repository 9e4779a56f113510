//! Which card a draw gives: the round's own shuffled order, skipping cards
//! already drawn in the round, so nothing repeats until the deck is used up;
//! then a fresh shuffle ("pass") of the deck.
//!
//! The order must be the same on every machine and every version, so it uses
//! a named generator (ChaCha8, whose output is specified) and a Fisher–Yates
//! shuffle written out here rather than `rand`'s, whose algorithm may change.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};

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
    let times = |id: &str| drawn.iter().filter(|d| d.as_str() == id).count();
    let pass = ids.iter().map(|id| times(id)).min()?;
    let pass_number = u32::try_from(pass).unwrap_or(u32::MAX);
    shuffled(ids, seed, round, pass_number)
        .into_iter()
        .find(|id| times(id) == pass)
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

    #[test]
    fn rounds_and_seeds_shuffle_differently() {
        let ids = ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        assert_ne!(shuffled(&ids, 1, 1, 0), shuffled(&ids, 1, 2, 0));
        assert_ne!(shuffled(&ids, 1, 1, 0), shuffled(&ids, 2, 1, 0));
        assert_eq!(next_card(&[], 1, 1, &[]), None);
    }
}
