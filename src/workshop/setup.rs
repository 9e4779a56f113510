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
/// Most participants in one session: a large room, or 60 tables.
pub const MAX_PARTICIPANTS: usize = 60;
/// A name must fit the spotlight's header and a report's table cell.
pub const NAME_COLUMNS: usize = 24;
/// Random seeds stay below 32⁶, so their session code has six characters.
pub const RANDOM_SEED_LIMIT: u64 = 1 << 30;

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

    /// The short code that stands for the seed, to write on a flip chart.
    pub fn code(&self) -> String {
        code(self.seed)
    }

    /// The deck's ids that are in play, in deck order.
    pub fn pool<'d>(&self, deck: &'d Deck) -> Vec<&'d str> {
        deck.cards
            .iter()
            .filter(|card| self.piles.contains(&Pile::of(card.face)))
            .map(|card| card.id.as_str())
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

/// The seed as a short code: base 32, at least four characters (`42` → `001A`).
pub fn code(seed: u64) -> String {
    let mut digits = Vec::new();
    let mut rest = seed;
    while rest > 0 || digits.len() < 4 {
        digits.push(CODE_DIGITS[(rest % 32) as usize]);
        rest /= 32;
    }
    digits.reverse();
    String::from_utf8_lossy(&digits).into_owned()
}

/// A seed as typed: a number, or the session code that stands for one
/// (full-width forms too).
pub fn parse_seed(typed: &str) -> Result<u64, InputError> {
    input::seed(typed)
        .ok()
        .or_else(|| seed_of_code(typed))
        .ok_or_else(|| InputError::new(typed, InputKind::NotASeed))
}

/// A session code as typed (`001A`, `００１ａ`).
pub fn parse_code(typed: &str) -> Result<u64, InputError> {
    seed_of_code(typed).ok_or_else(|| InputError::new(typed, InputKind::NotACode))
}

/// The seed a code stands for; case-insensitive, and O/I/L read as 0/1/1.
pub fn seed_of_code(code: &str) -> Option<u64> {
    let folded = input::fold(code);
    let code = folded.trim();
    if code.is_empty() {
        return None;
    }
    code.chars().try_fold(0u64, |seed, c| {
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        let digit = CODE_DIGITS.iter().position(|d| char::from(*d) == c)?;
        seed.checked_mul(32)?.checked_add(digit as u64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn codes_round_trip_and_are_short() {
        assert_eq!(code(42), "001A");
        assert_eq!(code(0), "0000");
        assert_eq!(code(RANDOM_SEED_LIMIT - 1).len(), 6);
        for seed in [0, 1, 42, 31, 32, 1 << 29, u64::MAX] {
            assert_eq!(seed_of_code(&code(seed)), Some(seed), "{seed}");
        }
        assert_eq!(seed_of_code("001a"), Some(42));
        assert_eq!(seed_of_code("O01A"), Some(42));
        assert_eq!(seed_of_code("U"), None);
        assert_eq!(seed_of_code(""), None);
        assert_eq!(seed_of_code("ZZZZZZZZZZZZZZ"), None, "overflows u64");
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
        assert_eq!(parse_seed("001a"), Ok(42));
        assert_eq!(parse_seed("００１Ａ"), Ok(42));
        assert_eq!(
            parse_seed("zz!").map_err(|e| e.kind),
            Err(InputKind::NotASeed)
        );
        assert_eq!(parse_code("001A"), Ok(42));
        assert_eq!(
            parse_code("!").map_err(|e| e.kind),
            Err(InputKind::NotACode)
        );
    }
}
