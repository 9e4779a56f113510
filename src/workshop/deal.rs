//! Dealing from one shuffled deck, as at a real table: hands are dealt round
//! by round from the shoe; swapped cards go to the discards; when the shoe
//! is empty the discards are shuffled back in. No card is dealt twice while
//! the shoe lasts.
//!
//! The shuffle is the journal's: ChaCha8 and a written-out Fisher–Yates, so
//! the same seed and setup deal the same hands on every machine and version.

use serde::{Deserialize, Serialize};

use super::setup::{Setup, SetupError};
use crate::journal::draw::shuffled;

/// The shuffle's "round" for workshop decks, apart from any journal round.
const WORKSHOP_ROUND: u32 = u32::MAX;

/// The cards on the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Each participant's hand, in setup order.
    pub hands: Vec<Vec<String>>,
    /// Cards still to be dealt, the next one first.
    pub shoe: Vec<String>,
    /// Cards swapped out or returned by a new deal.
    pub discards: Vec<String>,
    /// How often the discards were shuffled back into the shoe.
    pub reshuffles: u32,
    /// Swaps each participant made since this deal (by setup order; a
    /// missing entry is none).
    #[serde(default)]
    pub swaps: Vec<u8>,
}

/// Why a card cannot be dealt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DealError {
    NoCardLeft,
    NoParticipant(usize),
    NoCard { slot: usize },
}

/// What a swap did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Swap {
    pub out: String,
    pub dealt: String,
    /// The discards had to be shuffled back in first.
    pub reshuffled: bool,
}

/// Deals `setup.hand` cards to each participant from `pool` (the ids in
/// play, in deck order), one card to each in turn, as a dealer does.
pub fn deal(setup: &Setup, pool: &[&str]) -> Result<Table, SetupError> {
    setup.check(pool.len())?;
    let mut table = Table {
        hands: vec![Vec::new(); setup.participants.len()],
        shoe: shuffled(pool, setup.seed, WORKSHOP_ROUND, 0)
            .into_iter()
            .map(str::to_string)
            .collect(),
        discards: Vec::new(),
        reshuffles: 0,
        swaps: vec![0; setup.participants.len()],
    };
    table.fill_hands(setup.hand, setup.seed);
    Ok(table)
}

impl Table {
    /// Every card on the table, dealt or not: the pool, whatever happened.
    pub fn card_count(&self) -> usize {
        self.hands.iter().map(Vec::len).sum::<usize>() + self.shoe.len() + self.discards.len()
    }

    /// The next card; shuffles the discards back in when the shoe is empty.
    /// Returns the card and whether a reshuffle happened.
    fn draw(&mut self, seed: u64) -> Option<(String, bool)> {
        let reshuffled = self.shoe.is_empty() && !self.discards.is_empty();
        if reshuffled {
            self.reshuffles += 1;
            let discards: Vec<&str> = self.discards.iter().map(String::as_str).collect();
            self.shoe = shuffled(&discards, seed, WORKSHOP_ROUND, self.reshuffles)
                .into_iter()
                .map(str::to_string)
                .collect();
            self.discards.clear();
        }
        if self.shoe.is_empty() {
            return None;
        }
        Some((self.shoe.remove(0), reshuffled))
    }

    /// Tops every hand up to `hand` cards, one card per participant in turn.
    /// Returns whether the discards were shuffled back in. The setup check
    /// guarantees enough cards for a deal; if not, hands stay short.
    fn fill_hands(&mut self, hand: u8, seed: u64) -> bool {
        let mut reshuffled = false;
        for _ in 0..hand {
            for player in 0..self.hands.len() {
                if self.hands[player].len() >= usize::from(hand) {
                    continue;
                }
                match self.draw(seed) {
                    Some((card, again)) => {
                        reshuffled |= again;
                        self.hands[player].push(card);
                    }
                    None => return reshuffled,
                }
            }
        }
        reshuffled
    }

    /// Swaps card `slot` of `player`'s hand for the next card. The card
    /// given back goes to the discards after the new one is dealt, so it
    /// never comes straight back.
    pub fn swap(&mut self, player: usize, slot: usize, seed: u64) -> Result<Swap, DealError> {
        let hand = self
            .hands
            .get(player)
            .ok_or(DealError::NoParticipant(player))?;
        if slot >= hand.len() {
            return Err(DealError::NoCard { slot });
        }
        let (dealt, reshuffled) = self.draw(seed).ok_or(DealError::NoCardLeft)?;
        let out = std::mem::replace(&mut self.hands[player][slot], dealt.clone());
        self.discards.push(out.clone());
        Ok(Swap {
            out,
            dealt,
            reshuffled,
        })
    }

    /// Counts a swap made by `player`.
    pub fn count_swap(&mut self, player: usize) {
        if self.swaps.len() < self.hands.len() {
            self.swaps.resize(self.hands.len(), 0);
        }
        if let Some(count) = self.swaps.get_mut(player) {
            *count = count.saturating_add(1);
        }
    }

    /// A new deal: every hand goes to the discards, but for the card
    /// `keep[player]` names (a pledged card stays with its owner, first in
    /// the hand), and fresh hands are dealt from the shoe; everyone's swaps
    /// start again. Returns whether the discards were shuffled back in.
    pub fn redeal(&mut self, hand: u8, seed: u64, keep: &[Option<String>]) -> bool {
        for (player, cards) in self.hands.iter_mut().enumerate() {
            let kept = keep
                .get(player)
                .and_then(Option::as_ref)
                .filter(|card| cards.contains(card))
                .cloned();
            for card in cards.drain(..) {
                if kept.as_ref() != Some(&card) {
                    self.discards.push(card);
                }
            }
            cards.extend(kept);
        }
        self.swaps = vec![0; self.hands.len()];
        self.fill_hands(hand, seed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn pool(n: usize) -> Vec<String> {
        (1..=n).map(|i| format!("c{i}")).collect()
    }

    fn setup(players: usize, hand: u8, seed: u64) -> Setup {
        let mut setup = Setup::new((1..=players).map(|i| format!("p{i}")).collect());
        setup.hand = hand;
        setup.seed = seed;
        setup
    }

    #[test]
    fn the_deal_is_pinned_across_machines_and_versions() {
        let ids = pool(54);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let table = deal(&setup(3, 2, 42), &ids).expect("deal");
        // If this changes, a seed written on a flip chart deals differently: don't.
        assert_eq!(
            table.hands,
            vec![vec!["c19", "c3"], vec!["c22", "c20"], vec!["c38", "c30"]]
        );
    }

    #[test]
    fn swaps_never_return_the_card_just_given_back() {
        let ids = pool(4);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut table = deal(&setup(1, 3, 1), &ids).expect("deal");
        let first = table.swap(0, 0, 1).expect("swap");
        assert!(!first.reshuffled);
        assert!(table.shoe.is_empty());
        let second = table.swap(0, 0, 1).expect("reshuffle");
        assert!(second.reshuffled);
        assert_eq!(second.dealt, first.out, "the only discard comes back");
        assert_eq!(table.reshuffles, 1);
        assert_eq!(table.card_count(), 4);
    }

    #[test]
    fn a_full_table_has_nothing_to_swap() {
        let ids = pool(2);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut table = deal(&setup(2, 1, 1), &ids).expect("deal");
        assert_eq!(table.swap(0, 0, 1), Err(DealError::NoCardLeft));
        assert_eq!(table.swap(5, 0, 1), Err(DealError::NoParticipant(5)));
        assert_eq!(table.swap(0, 3, 1), Err(DealError::NoCard { slot: 3 }));
        assert_eq!(table.card_count(), 2, "a failed swap loses nothing");
    }

    #[test]
    fn swaps_are_counted_in_a_table_saved_before_they_were() {
        let ids = pool(10);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let mut table = deal(&setup(3, 2, 9), &ids).expect("deal");
        // A session file written before swaps were counted has none.
        table.swaps.clear();
        table.count_swap(2);
        table.count_swap(2);
        table.count_swap(0);
        assert_eq!(table.swaps, vec![1, 0, 2]);
    }

    #[test]
    fn a_new_deal_uses_the_shoe_first_then_reshuffles() {
        let ids = pool(10);
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        // 6 cards needed, 4 left in the shoe: the last two come after a reshuffle.
        let mut table = deal(&setup(3, 2, 9), &ids).expect("deal");
        let before: HashSet<String> = table.shoe.iter().cloned().collect();
        let reshuffled = table.redeal(2, 9, &[]);
        assert!(reshuffled);
        let dealt: Vec<String> = table.hands.concat();
        assert!(before.iter().all(|card| dealt.contains(card)), "shoe first");
        assert_eq!(dealt.iter().collect::<HashSet<_>>().len(), 6);
        assert_eq!(table.card_count(), 10);
        assert_eq!(table.reshuffles, 1);
    }
}
