//! A session's settings, as the facilitator sets them up: who takes part,
//! how many cards each, which piles are in play, minutes per turn, and the
//! seed. Every rule about them is checked here, once, for the command line
//! and the TUI alike.

use serde::{Deserialize, Serialize};

use crate::deck::{Deck, Pile};
use crate::input::{self, InputError, InputKind};
use crate::text;

/// Cards per hand.
pub const HAND_SIZES: std::ops::RangeInclusive<u8> = 1..=5;
/// Minutes per turn.
pub const TURN_MINUTES: std::ops::RangeInclusive<u16> = 1..=60;
/// Most participants in one session: one card each from a whole deck
/// (54). The one rule for how many can take part is this and
/// [`Setup::check`]'s: participants × cards each ≤ the cards in play
/// (README, `--help`).
pub const MAX_PARTICIPANTS: usize = 54;
/// A name must fit the spotlight's header and a report's table cell.
pub const NAME_COLUMNS: usize = 24;
/// Random seeds stay below 2²⁰, so a session code with everything that
/// shapes the deal ([`DealKey`]) has eight characters.
pub const RANDOM_SEED_LIMIT: u64 = 1 << 20;

/// What the facilitator chose before dealing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    pub participants: Vec<String>,
    pub hand: u8,
    /// The piles dealt from, in deck order.
    pub piles: Vec<Pile>,
    pub minutes: u16,
    pub seed: u64,
}

/// Why a setup cannot be dealt. Worded in [`super::describe`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetupError {
    NoParticipants,
    BlankName {
        position: usize,
    },
    DuplicateName {
        name: String,
    },
    NameTooLong {
        name: String,
    },
    TooManyParticipants {
        count: usize,
    },
    HandOutOfRange {
        hand: u8,
    },
    MinutesOutOfRange {
        minutes: u16,
    },
    NoPiles,
    NotEnoughCards {
        participants: usize,
        hand: u8,
        asked: usize,
        pool: usize,
    },
    /// A name that looks like several run together (`王阿姨/李叔叔`).
    Input(crate::input::InputError),
    /// A session code for another number of participants.
    SeatsDiffer {
        code: String,
        seats: usize,
        participants: usize,
    },
}

impl Setup {
    /// A setup with the usual choices: three cards each, every pile, five
    /// minutes a turn, a random seed.
    pub fn new(participants: Vec<String>) -> Setup {
        Setup {
            participants,
            hand: 3,
            piles: Pile::ALL.to_vec(),
            minutes: 5,
            seed: random_seed(),
        }
    }

    /// The session code, to write on a flip chart: it stands for the seed,
    /// the number of participants, the hand and the piles ([`DealKey`]).
    pub fn code(&self) -> String {
        code(self)
    }

    /// What shapes this setup's deal.
    pub fn key(&self) -> DealKey {
        DealKey {
            seed: self.seed,
            seats: self.participants.len(),
            hand: self.hand,
            piles: self.piles.clone(),
        }
    }

    /// Takes the seed, hand and piles of `key`; refused (nothing changed)
    /// when the key is for another number of participants, as the deal
    /// would not be the one the code stands for.
    pub fn apply_key(&mut self, key: &DealKey) -> Result<(), SetupError> {
        if key.seats != self.participants.len() {
            return Err(SetupError::SeatsDiffer {
                code: key.code(),
                seats: key.seats,
                participants: self.participants.len(),
            });
        }
        self.seed = key.seed;
        self.hand = key.hand;
        self.piles = key.piles.clone();
        Ok(())
    }

    /// The deck's ids that are in play, in deck order.
    pub fn pool<'d>(&self, deck: &'d Deck) -> Vec<&'d str> {
        deck.cards
            .iter()
            .filter(|card| self.piles.contains(&Pile::of(card.face)))
            .map(|card| &*card.id)
            .collect()
    }

    /// Checks every rule; `pool` is the number of cards in play.
    pub fn check(&self, pool: usize) -> Result<(), SetupError> {
        check_names(&self.participants)?;
        if !HAND_SIZES.contains(&self.hand) {
            return Err(SetupError::HandOutOfRange { hand: self.hand });
        }
        if !TURN_MINUTES.contains(&self.minutes) {
            return Err(SetupError::MinutesOutOfRange {
                minutes: self.minutes,
            });
        }
        if self.piles.is_empty() {
            return Err(SetupError::NoPiles);
        }
        let asked = self.participants.len() * usize::from(self.hand);
        if asked > pool {
            return Err(SetupError::NotEnoughCards {
                participants: self.participants.len(),
                hand: self.hand,
                asked,
                pool,
            });
        }
        Ok(())
    }

    /// Adds the participants typed (one name, or a list: `王阿姨，李叔叔`)
    /// at the end, after checking them; returns the names added.
    pub fn add(&mut self, typed: &str) -> Result<Vec<String>, SetupError> {
        let added = input::names(typed).map_err(SetupError::Input)?;
        if added.is_empty() {
            return Err(SetupError::BlankName {
                position: self.participants.len() + 1,
            });
        }
        let mut names = self.participants.clone();
        names.extend(added.iter().cloned());
        check_names(&names)?;
        self.participants = names;
        Ok(added)
    }

    /// Removes participant `index`, if there is one.
    pub fn remove(&mut self, index: usize) {
        if index < self.participants.len() {
            self.participants.remove(index);
        }
    }

    /// Moves participant `index` by `by` places (negative = up), within the list.
    /// Returns the new index.
    pub fn shift(&mut self, index: usize, by: isize) -> usize {
        let last = self.participants.len().saturating_sub(1);
        if index > last {
            return index;
        }
        let to = index.saturating_add_signed(by).min(last);
        let name = self.participants.remove(index);
        self.participants.insert(to, name);
        to
    }

    /// Puts `pile` in play or takes it out, keeping deck order.
    pub fn toggle(&mut self, pile: Pile) {
        if let Some(at) = self.piles.iter().position(|p| *p == pile) {
            self.piles.remove(at);
        } else {
            self.piles.push(pile);
            self.piles.sort();
        }
    }
}

/// Participants as typed (a `--participants` list, a file, a form): see
/// [`input::names`]; the list is then checked like any other.
pub fn parse_names(typed: &str) -> Result<Vec<String>, SetupError> {
    let names = input::names(typed).map_err(SetupError::Input)?;
    check_names(&names)?;
    Ok(names)
}

/// Checks a participant list: not empty, no blank, over-long or repeated name.
pub fn check_names(names: &[String]) -> Result<(), SetupError> {
    if names.is_empty() {
        return Err(SetupError::NoParticipants);
    }
    if names.len() > MAX_PARTICIPANTS {
        return Err(SetupError::TooManyParticipants { count: names.len() });
    }
    let mut seen = std::collections::HashSet::new();
    for (index, name) in names.iter().enumerate() {
        if name.trim().is_empty() {
            return Err(SetupError::BlankName {
                position: index + 1,
            });
        }
        if text::width_narrow(name) > NAME_COLUMNS {
            return Err(SetupError::NameTooLong { name: name.clone() });
        }
        if !seen.insert(input::clean_name(name).to_lowercase()) {
            return Err(SetupError::DuplicateName { name: name.clone() });
        }
    }
    Ok(())
}

/// A fresh seed for a session.
pub fn random_seed() -> u64 {
    rand::random::<u64>() % RANDOM_SEED_LIMIT
}

/// Crockford's base 32: no I, L, O or U, so a code read aloud or from a
/// flip chart is not mistaken.
const CODE_DIGITS: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Everything that shapes a deal, as a session code carries it: the seed,
/// the number of seats (participants), the hand and the piles in play. The
/// same key and deck deal the same hands on any machine, whatever the
/// participants are called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DealKey {
    pub seed: u64,
    pub seats: usize,
    pub hand: u8,
    pub piles: Vec<Pile>,
}

impl DealKey {
    /// The piles as five bits, in [`Pile::ALL`] order.
    fn pile_bits(&self) -> u128 {
        Pile::ALL
            .iter()
            .enumerate()
            .filter(|(_, pile)| self.piles.contains(pile))
            .map(|(bit, _)| 1u128 << bit)
            .sum()
    }

    /// The key as one number: seed, then 6 bits of seats, 3 of hand, 5 of piles.
    fn packed(&self) -> u128 {
        let seats = self.seats.min(63) as u128;
        ((u128::from(self.seed) << 6 | seats) << 3 | u128::from(self.hand & 7)) << 5
            | self.pile_bits()
    }

    fn unpack(value: u128) -> Option<DealKey> {
        let piles: Vec<Pile> = Pile::ALL
            .into_iter()
            .enumerate()
            .filter(|(bit, _)| value & (1 << bit) != 0)
            .map(|(_, pile)| pile)
            .collect();
        let hand = ((value >> 5) & 7) as u8;
        let seats = ((value >> 8) & 63) as usize;
        let seed = u64::try_from(value >> 14).ok()?;
        let sensible = !piles.is_empty()
            && HAND_SIZES.contains(&hand)
            && (1..=MAX_PARTICIPANTS).contains(&seats);
        sensible.then_some(DealKey {
            seed,
            seats,
            hand,
            piles,
        })
    }

    /// The key as a session code: base 32, at least four digits, then a
    /// check digit (Luhn mod 32), which catches a mistyped digit and two
    /// digits swapped.
    pub fn code(&self) -> String {
        let mut digits = Vec::new();
        let mut rest = self.packed();
        while rest > 0 || digits.len() < 4 {
            digits.push((rest % 32) as usize);
            rest /= 32;
        }
        digits.reverse();
        digits.push(check_digit(&digits));
        digits
            .into_iter()
            .map(|d| char::from(CODE_DIGITS[d]))
            .collect()
    }

    /// The key a code stands for (`K3MQ7X2A`, `k3mq-7x2a`, full-width
    /// forms; O, I and L read as 0, 1 and 1); `None` for a code that does
    /// not check or stands for no deal.
    pub fn of_code(code: &str) -> Option<DealKey> {
        let folded = input::fold(code);
        let mut digits = Vec::new();
        for c in folded.trim().chars() {
            if c == '-' || c == ' ' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            digits.push(CODE_DIGITS.iter().position(|d| char::from(*d) == c)?);
        }
        let check = digits.pop()?;
        if digits.len() < 4 || digits.len() > 26 || check_digit(&digits) != check {
            return None;
        }
        let value = digits.iter().try_fold(0u128, |value, d| {
            value.checked_mul(32)?.checked_add(*d as u128)
        })?;
        DealKey::unpack(value)
    }
}

/// Luhn mod 32 over base-32 digits, most significant first.
fn check_digit(digits: &[usize]) -> usize {
    let mut factor = 2;
    let mut sum = 0;
    for digit in digits.iter().rev() {
        let added = factor * digit;
        sum += added / 32 + added % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    (32 - sum % 32) % 32
}

/// The session code of a setup (see [`DealKey::code`]).
pub fn code(setup: &Setup) -> String {
    setup.key().code()
}

/// A seed as typed: a number (full-width digits too).
pub fn parse_seed(typed: &str) -> Result<u64, InputError> {
    input::seed(typed).map_err(|_| InputError::new(typed, InputKind::NotASeed))
}

/// A seed, or a session code standing for a whole deal, as typed into the
/// setup's seed field.
pub fn parse_seed_or_code(typed: &str) -> Result<SeedOrCode, InputError> {
    if let Ok(seed) = input::seed(typed) {
        return Ok(SeedOrCode::Seed(seed));
    }
    DealKey::of_code(typed)
        .map(SeedOrCode::Code)
        .ok_or_else(|| InputError::new(typed, InputKind::NotASeed))
}

/// What the setup's seed field was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeedOrCode {
    Seed(u64),
    Code(DealKey),
}

/// A session code as typed (`K3MQ7X2A`, `ｋ３ｍｑ－７ｘ２ａ`).
pub fn parse_code(typed: &str) -> Result<DealKey, InputError> {
    DealKey::of_code(typed).ok_or_else(|| InputError::new(typed, InputKind::NotACode))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn key(seed: u64, seats: usize, hand: u8, piles: &[Pile]) -> DealKey {
        DealKey {
            seed,
            seats,
            hand,
            piles: piles.to_vec(),
        }
    }

    #[test]
    fn codes_carry_the_whole_deal_and_read_back() {
        let all = key(42, 3, 3, &Pile::ALL);
        assert_eq!(all.code(), "N0VZH");
        assert_eq!(DealKey::of_code("n0vzh"), Some(all.clone()));
        assert_eq!(DealKey::of_code("N0VZ-H"), Some(all.clone()));
        assert_eq!(DealKey::of_code("NOVZH"), Some(all.clone()), "O reads as 0");
        assert_eq!(DealKey::of_code("Ｎ０ＶＺＨ"), Some(all.clone()));
        let random = key(RANDOM_SEED_LIMIT - 1, MAX_PARTICIPANTS, 5, &Pile::ALL);
        assert_eq!(random.code().len(), 8, "{}", random.code());
        for key in [
            all,
            random,
            key(0, 1, 1, &[Pile::Joker]),
            key(u64::MAX, 40, 2, &[Pile::Hearts, Pile::Clubs]),
        ] {
            assert_eq!(DealKey::of_code(&key.code()), Some(key.clone()), "{key:?}");
        }
        assert_eq!(DealKey::of_code("U"), None);
        assert_eq!(DealKey::of_code(""), None);
        assert_eq!(DealKey::of_code("N0VZ0"), None, "the check digit");
        assert_eq!(DealKey::of_code("0NVZH"), None, "two digits swapped");
        assert_eq!(
            DealKey::of_code("001A"),
            None,
            "a seed-only code of version 1"
        );
    }

    #[test]
    fn a_code_sets_a_setup_of_as_many_participants() {
        let mut setup = Setup::new(names(&["a", "b"]));
        let wanted = key(7, 2, 4, &[Pile::Hearts]);
        setup.apply_key(&wanted).expect("two seats");
        assert_eq!(setup.key(), wanted);
        let three = key(9, 3, 1, &Pile::ALL);
        assert!(matches!(
            setup.apply_key(&three),
            Err(SetupError::SeatsDiffer {
                seats: 3,
                participants: 2,
                ..
            })
        ));
        assert_eq!(setup.key(), wanted, "nothing changed");
    }

    #[test]
    fn names_are_checked() {
        let mut setup = Setup::new(names(&["王阿姨", "李叔叔"]));
        assert_eq!(
            setup.add(" 王阿姨 "),
            Err(SetupError::DuplicateName {
                name: "王阿姨".into()
            })
        );
        assert_eq!(setup.add("  "), Err(SetupError::BlankName { position: 3 }));
        assert!(matches!(
            setup.add("一二三四五六七八九十一二三"),
            Err(SetupError::NameTooLong { .. })
        ));
        assert_eq!(setup.add("Table  7").expect("ok"), ["Table 7"]);
        assert_eq!(setup.participants[2], "Table 7");
        assert_eq!(
            setup.add("小明，张奶奶").expect("a list"),
            ["小明", "张奶奶"]
        );
        assert!(matches!(
            setup.add("刘师傅/赵老师"),
            Err(SetupError::Input(_))
        ));
        assert_eq!(setup.participants.len(), 5, "nothing added when refused");
        let mut dup = Setup::new(names(&["Ming", "ming"]));
        assert!(matches!(
            dup.check(54),
            Err(SetupError::DuplicateName { .. })
        ));
        dup.participants.clear();
        assert_eq!(dup.check(54), Err(SetupError::NoParticipants));
    }

    #[test]
    fn ranges_and_pool_size_are_checked() {
        let mut setup = Setup::new(names(&["a", "b", "c"]));
        assert_eq!(setup.check(54), Ok(()));
        setup.hand = 6;
        assert_eq!(setup.check(54), Err(SetupError::HandOutOfRange { hand: 6 }));
        setup.hand = 5;
        assert!(matches!(
            setup.check(13),
            Err(SetupError::NotEnoughCards {
                asked: 15,
                pool: 13,
                ..
            })
        ));
        let message = setup.check(13).expect_err("too few").to_string();
        assert!(message.contains("at most 4 cards each"), "{message}");
        setup.minutes = 0;
        setup.hand = 1;
        assert_eq!(
            setup.check(54),
            Err(SetupError::MinutesOutOfRange { minutes: 0 })
        );
        setup.minutes = 5;
        setup.piles.clear();
        assert_eq!(setup.check(54), Err(SetupError::NoPiles));
    }

    #[test]
    fn participants_are_reordered_and_piles_toggled() {
        let mut setup = Setup::new(names(&["a", "b", "c"]));
        assert_eq!(setup.shift(0, 1), 1);
        assert_eq!(setup.participants, names(&["b", "a", "c"]));
        assert_eq!(setup.shift(1, -5), 0);
        assert_eq!(setup.shift(0, 9), 2);
        assert_eq!(setup.participants, names(&["b", "c", "a"]));
        setup.remove(1);
        setup.remove(7);
        assert_eq!(setup.participants, names(&["b", "a"]));
        setup.toggle(Pile::Spades);
        setup.toggle(Pile::Spades);
        assert_eq!(setup.piles, Pile::ALL.to_vec());
        setup.toggle(Pile::Hearts);
        setup.toggle(Pile::Hearts);
        assert_eq!(setup.piles, Pile::ALL.to_vec(), "kept in deck order");
    }

    #[test]
    fn names_come_from_files_and_lists() {
        assert_eq!(
            parse_names("王阿姨\n\n# 第二桌\n 李叔叔 \r\nTable 3\n"),
            Ok(names(&["王阿姨", "李叔叔", "Table 3"]))
        );
        assert_eq!(
            parse_names("王阿姨，李叔叔、小明"),
            Ok(names(&["王阿姨", "李叔叔", "小明"]))
        );
        assert_eq!(parse_names(" ，"), Err(SetupError::NoParticipants));
        assert_eq!(
            parse_names("王阿姨,王阿姨"),
            Err(SetupError::DuplicateName {
                name: "王阿姨".into()
            })
        );
    }

    #[test]
    fn seeds_are_numbers_or_codes() {
        assert_eq!(parse_seed("42"), Ok(42));
        assert_eq!(parse_seed("４２"), Ok(42));
        assert_eq!(
            parse_seed("zz!").map_err(|e| e.kind),
            Err(InputKind::NotASeed)
        );
        assert_eq!(parse_seed_or_code("42"), Ok(SeedOrCode::Seed(42)));
        assert_eq!(
            parse_seed_or_code("N0VZH"),
            Ok(SeedOrCode::Code(key(42, 3, 3, &Pile::ALL)))
        );
        assert_eq!(parse_code("N0VZH").map(|k| k.seed), Ok(42));
        assert_eq!(
            parse_code("!").map_err(|e| e.kind),
            Err(InputKind::NotACode)
        );
    }
}
