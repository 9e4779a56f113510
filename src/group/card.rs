//! Cards as people write them by hand: `h7`, `♥7`, `红7`, `红桃7`,
//! `hearts-7`, `梅花K`, `♣k`, `方块A`, `黑桃10`, `１０`, `大王`, or only a
//! suit (`♣`, `梅花`) when the rank was not noted.
//!
//! [`parse`] reads a whole field (the paper grid's cell, a `--card` value);
//! [`parse_prefix`] finds a card at the start of a piece of running text (a
//! 接龙 line), and is stricter about what may follow, so that `红十字会` or
//! `梅花开了` are words, not cards.

use std::fmt;

use serde::{Serialize, Serializer};

use super::normal::{self, half_width};
use crate::deck::{Rank, Suit};
use crate::i18n::Lang;

/// A card named by hand: a suit with or without its rank, or a joker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CardRef {
    Suited {
        suit: Suit,
        rank: Option<Rank>,
    },
    /// `red`: the red joker (大王), else the black one (小王).
    Joker {
        red: bool,
    },
}

impl CardRef {
    /// The id recorded in the member's journal: a deck id (`hearts-7`,
    /// `joker-red`) for a whole card, the suit key (`clubs`) for a suit
    /// alone. `journal::rules::suit_of` reads the suit from either, so
    /// per-suit counts are the resident's.
    pub fn id(&self) -> String {
        match self {
            CardRef::Suited {
                suit,
                rank: Some(rank),
            } => crate::deck::Face::expected_id(*suit, *rank),
            CardRef::Suited { suit, rank: None } => suit.key().to_string(),
            CardRef::Joker { red: true } => "joker-red".to_string(),
            CardRef::Joker { red: false } => "joker-black".to_string(),
        }
    }

    /// The deck card's id, if this names one card (not a suit alone).
    pub fn deck_id(&self) -> Option<String> {
        match self {
            CardRef::Suited { rank: None, .. } => None,
            _ => Some(self.id()),
        }
    }

    /// Reads an id written by [`CardRef::id`] (or any standard deck id).
    pub fn from_id(id: &str) -> Option<CardRef> {
        if let Some(colour) = id.strip_prefix("joker-") {
            return match colour {
                "red" => Some(CardRef::Joker { red: true }),
                "black" => Some(CardRef::Joker { red: false }),
                _ => None,
            };
        }
        let (suit, rank) = match id.split_once('-') {
            Some((suit, rank)) => (suit, Some(rank)),
            None => (id, None),
        };
        let suit = Suit::ALL.into_iter().find(|s| s.key() == suit)?;
        let rank = match rank {
            Some(label) => Some(Rank::from_label(label)?),
            None => None,
        };
        Some(CardRef::Suited { suit, rank })
    }

    /// The suit key (`hearts` … `diamonds`) or `joker`.
    pub fn suit_key(&self) -> &'static str {
        match self {
            CardRef::Suited { suit, .. } => suit.key(),
            CardRef::Joker { .. } => "joker",
        }
    }

    pub fn suit(&self) -> Option<Suit> {
        match self {
            CardRef::Suited { suit, .. } => Some(*suit),
            CardRef::Joker { .. } => None,
        }
    }

    pub fn rank(&self) -> Option<Rank> {
        match self {
            CardRef::Suited { rank, .. } => *rank,
            CardRef::Joker { .. } => None,
        }
    }

    /// As people read it: `红桃 7`, `梅花`, `大王` / `Hearts 7`, `Clubs`, `Red joker`.
    pub fn name(&self, lang: Lang) -> String {
        match self {
            CardRef::Suited { suit, rank } => match rank {
                Some(rank) => format!("{} {}", suit.name().get(lang), rank.label()),
                None => suit.name().get(lang).to_string(),
            },
            CardRef::Joker { red } => {
                let text = if *red {
                    crate::i18n::group::JOKER_RED
                } else {
                    crate::i18n::group::JOKER_BLACK
                };
                text.get(lang).to_string()
            }
        }
    }
}

impl fmt::Display for CardRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.id())
    }
}

impl Serialize for CardRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.id())
    }
}

/// How a suit was written: decides how sure a card in running text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    /// `♥`: a card even when words follow at once (`♣帮忙`).
    Symbol,
    /// `红桃`, `hearts`: unmistakable with a rank (`梅花K帮忙`); alone, a
    /// card only when the text ends there (`梅花开了` is a flower).
    Full,
    /// `红`, `h`: only a card when a rank follows and the text ends there.
    Short,
}

/// Suit spellings, longest first so `红桃` wins over `红`.
const SUITS: &[(&str, Suit, Written)] = &[
    ("diamonds", Suit::Diamonds, Written::Full),
    ("diamond", Suit::Diamonds, Written::Full),
    ("hearts", Suit::Hearts, Written::Full),
    ("spades", Suit::Spades, Written::Full),
    ("clubs", Suit::Clubs, Written::Full),
    ("heart", Suit::Hearts, Written::Full),
    ("spade", Suit::Spades, Written::Full),
    ("club", Suit::Clubs, Written::Full),
    ("红桃", Suit::Hearts, Written::Full),
    ("红心", Suit::Hearts, Written::Full),
    ("黑桃", Suit::Spades, Written::Full),
    ("梅花", Suit::Clubs, Written::Full),
    ("草花", Suit::Clubs, Written::Full),
    ("方块", Suit::Diamonds, Written::Full),
    ("方片", Suit::Diamonds, Written::Full),
    ("♥", Suit::Hearts, Written::Symbol),
    ("♡", Suit::Hearts, Written::Symbol),
    ("♠", Suit::Spades, Written::Symbol),
    ("♤", Suit::Spades, Written::Symbol),
    ("♣", Suit::Clubs, Written::Symbol),
    ("♧", Suit::Clubs, Written::Symbol),
    ("♦", Suit::Diamonds, Written::Symbol),
    ("♢", Suit::Diamonds, Written::Symbol),
    ("红", Suit::Hearts, Written::Short),
    ("黑", Suit::Spades, Written::Short),
    ("梅", Suit::Clubs, Written::Short),
    ("方", Suit::Diamonds, Written::Short),
    ("h", Suit::Hearts, Written::Short),
    ("s", Suit::Spades, Written::Short),
    ("c", Suit::Clubs, Written::Short),
    ("d", Suit::Diamonds, Written::Short),
];

/// Joker spellings.
const JOKERS: &[(&str, bool)] = &[
    ("大王", true),
    ("joker-red", true),
    ("joker-black", false),
    ("red joker", true),
    ("black joker", false),
    ("大王牌", true),
    ("小王牌", false),
    ("红王", true),
    ("黑王", false),
    ("大鬼", true),
    ("小鬼", false),
    ("🃏", true),
];

/// Jokers that are also everyday words or names (小王 is someone's
/// nickname): read in a field of their own, never in running text.
const JOKERS_FIELD_ONLY: &[(&str, bool)] = &[("小王", false), ("joker", true)];

/// The text as the parser reads it: half-width, lower case, no variation
/// selectors.
fn fold(text: &str) -> Vec<char> {
    text.chars()
        .map(half_width)
        .filter(|c| !matches!(c, '\u{FE0E}' | '\u{FE0F}'))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn starts_with(chars: &[char], word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(at, w)| chars.get(at) == Some(&w))
}

/// A rank at the start: (rank, chars used, written in Chinese).
fn rank_at(chars: &[char]) -> Option<(Rank, usize, bool)> {
    let first = *chars.first()?;
    if first == '1' && chars.get(1) == Some(&'0') {
        return Some((Rank::Ten, 2, false));
    }
    let ascii = match first {
        '1' | 'a' => Some(Rank::Ace),
        'j' => Some(Rank::Jack),
        'q' => Some(Rank::Queen),
        'k' => Some(Rank::King),
        '2'..='9' => Rank::from_label(&first.to_string()),
        _ => None,
    };
    if let Some(rank) = ascii {
        // `12` is not a rank, and neither is the `a` of a word.
        if chars.get(1).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        return Some((rank, 1, false));
    }
    if first == '十' {
        return Some((Rank::Ten, 1, true));
    }
    let value = normal::chinese_number(&first.to_string())?;
    let rank = match value {
        1 => Rank::Ace,
        2..=9 => Rank::ALL[value as usize - 1],
        _ => return None,
    };
    Some((rank, 1, true))
}

/// A card at the start of `chars`: the card, chars used, and whether the
/// writing is short (needs a clean end) or Chinese-numbered.
fn card_at(chars: &[char], field: bool) -> Option<(CardRef, usize, bool)> {
    let jokers = JOKERS
        .iter()
        .chain(if field { JOKERS_FIELD_ONLY } else { &[] });
    if let Some((word, red)) = jokers
        .filter(|(word, _)| starts_with(chars, word))
        .max_by_key(|(word, _)| word.chars().count())
    {
        // `大王` alone is a card; `大王村` is a place.
        let bare = *word == "大王";
        return Some((CardRef::Joker { red: *red }, word.chars().count(), bare));
    }
    let (word, suit, written) = SUITS.iter().find(|(word, ..)| starts_with(chars, word))?;
    let mut at = word.chars().count();
    let short = *written == Written::Short;
    // `hearts-7`, `红桃 7`, `♥_7`.
    let separated = matches!(chars.get(at), Some('-' | ' ' | '_'));
    if separated {
        at += 1;
    }
    match rank_at(&chars[at..]) {
        // A Chinese-numbered rank only after a full suit name: `梅花五`, not `红十字`.
        Some((_, _, true)) if short => None,
        Some((rank, used, chinese)) => Some((
            CardRef::Suited {
                suit: *suit,
                rank: Some(rank),
            },
            at + used,
            short || chinese,
        )),
        // A suit alone: only when written in full.
        None if short => None,
        None => Some((
            CardRef::Suited {
                suit: *suit,
                rank: None,
            },
            word.chars().count(),
            *written == Written::Full,
        )),
    }
}

/// Reads a whole field as a card (`h7`, `♥7`, `红桃7`, `hearts-7`, `♣`,
/// `大王`). Spaces around it are allowed; anything else is not a card.
pub fn parse(text: &str) -> Option<CardRef> {
    let chars = fold(text.trim());
    let (card, used, _) = card_at(&chars, true)?;
    chars[used..]
        .iter()
        .all(|c| c.is_whitespace())
        .then_some(card)
}

/// Where a word ends for sure: the end, a space, punctuation, an emoji.
fn clean_end(c: Option<&char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || c.is_ascii_punctuation()
                || "，。、；：！？（）【】《》“”‘’…—～·".contains(*c)
                || normal::is_emoji(*c)
                || normal::is_tick(*c)
                || normal::is_suit_symbol(*c)
        }
    }
}

/// A card at the start of running text, and how many bytes of `text` it
/// takes. A full suit (`♣`, `梅花K`) may run straight into words (`♣帮忙`);
/// a short one (`红7`, `h7`), a Chinese-numbered rank or a suit name alone
/// must end cleanly (`梅花开了` is not a card).
pub fn parse_prefix(text: &str) -> Option<(CardRef, usize)> {
    let chars = fold(text);
    let (card, used, needs_clean_end) = card_at(&chars, false)?;
    let next = chars.get(used);
    if needs_clean_end && !clean_end(next) {
        return None;
    }
    if next.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    // `fold` drops variation selectors and maps one char to one char:
    // count the original chars the card used, skipping those selectors.
    let mut seen = 0;
    let mut bytes = 0;
    for (index, c) in text.char_indices() {
        if seen == used {
            bytes = index;
            break;
        }
        bytes = index + c.len_utf8();
        if !matches!(c, '\u{FE0E}' | '\u{FE0F}') {
            seen += 1;
        }
    }
    // A variation selector right after the card belongs to it.
    let rest = &text[bytes..];
    let selector = rest
        .chars()
        .take_while(|c| matches!(c, '\u{FE0E}' | '\u{FE0F}'))
        .map(char::len_utf8)
        .sum::<usize>();
    Some((card, bytes + selector))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suited(suit: Suit, rank: Rank) -> CardRef {
        CardRef::Suited {
            suit,
            rank: Some(rank),
        }
    }

    #[test]
    fn every_shorthand_of_the_brief_reads() {
        let cases = [
            ("h7", suited(Suit::Hearts, Rank::Seven)),
            ("♥7", suited(Suit::Hearts, Rank::Seven)),
            ("♥️7", suited(Suit::Hearts, Rank::Seven)),
            ("红7", suited(Suit::Hearts, Rank::Seven)),
            ("红桃7", suited(Suit::Hearts, Rank::Seven)),
            ("hearts-7", suited(Suit::Hearts, Rank::Seven)),
            ("梅花K", suited(Suit::Clubs, Rank::King)),
            ("♣k", suited(Suit::Clubs, Rank::King)),
            ("方块A", suited(Suit::Diamonds, Rank::Ace)),
            ("黑桃10", suited(Suit::Spades, Rank::Ten)),
            ("黑桃１０", suited(Suit::Spades, Rank::Ten)),
            ("ｈ７", suited(Suit::Hearts, Rank::Seven)),
            ("D q", suited(Suit::Diamonds, Rank::Queen)),
            ("梅花五", suited(Suit::Clubs, Rank::Five)),
            ("红桃十", suited(Suit::Hearts, Rank::Ten)),
            ("Spades-J", suited(Suit::Spades, Rank::Jack)),
            ("方片1", suited(Suit::Diamonds, Rank::Ace)),
            ("大王", CardRef::Joker { red: true }),
            ("小王", CardRef::Joker { red: false }),
            ("joker-black", CardRef::Joker { red: false }),
            (
                "♣",
                CardRef::Suited {
                    suit: Suit::Clubs,
                    rank: None,
                },
            ),
            (
                "梅花",
                CardRef::Suited {
                    suit: Suit::Clubs,
                    rank: None,
                },
            ),
        ];
        for (text, card) in cases {
            assert_eq!(parse(text), Some(card), "{text}");
        }
    }

    #[test]
    fn what_is_not_a_card() {
        for text in [
            "",
            "7",
            "h",
            "红",
            "h11",
            "红桃11",
            "h7x",
            "hello",
            "红十字",
            "红五",
            "♥7 帮忙",
            "x7",
            "12",
            "王阿姨",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn ids_round_trip() {
        for suit in Suit::ALL {
            for rank in Rank::ALL {
                let card = suited(suit, rank);
                assert_eq!(CardRef::from_id(&card.id()), Some(card));
                assert_eq!(parse(&card.id()), Some(card));
            }
            let alone = CardRef::Suited { suit, rank: None };
            assert_eq!(CardRef::from_id(&alone.id()), Some(alone));
            assert_eq!(alone.deck_id(), None);
            assert_eq!(crate::journal::rules::suit_of(&alone.id()), suit.key());
        }
        for red in [true, false] {
            let joker = CardRef::Joker { red };
            assert_eq!(CardRef::from_id(&joker.id()), Some(joker));
        }
        assert_eq!(CardRef::from_id("hearts-x"), None);
        assert_eq!(CardRef::from_id("custom"), None);
    }

    #[test]
    fn in_running_text_a_card_must_end_cleanly() {
        let prefix = |text| parse_prefix(text).map(|(card, used)| (card.id(), used));
        assert_eq!(prefix("♣帮邻居"), Some(("clubs".into(), 3)));
        assert_eq!(prefix("♣️7，帮忙"), Some(("clubs-7".into(), 7)));
        assert_eq!(prefix("梅花K帮忙"), Some(("clubs-k".into(), 7)));
        assert_eq!(prefix("红7 帮忙"), Some(("hearts-7".into(), 4)));
        assert_eq!(prefix("h7"), Some(("hearts-7".into(), 2)));
        assert_eq!(prefix("红十字会"), None);
        assert_eq!(prefix("梅花开了"), None);
        assert_eq!(prefix("红7楼"), None);
        assert_eq!(prefix("h5页面"), None);
        assert_eq!(prefix("hello"), None);
        assert_eq!(prefix("小王"), None, "a nickname, not a joker");
        assert_eq!(prefix("大王牌！"), Some(("joker-red".into(), 9)));
        assert_eq!(prefix("大王 自己想的"), Some(("joker-red".into(), 6)));
        assert_eq!(prefix("大王村"), None);
        assert_eq!(prefix("🃏做了"), Some(("joker-red".into(), 4)));
    }

    #[test]
    fn names_in_both_languages() {
        let card = suited(Suit::Hearts, Rank::Seven);
        assert_eq!(card.name(Lang::Zh), "红桃 7");
        assert_eq!(card.name(Lang::En), "Hearts 7");
        assert_eq!(CardRef::Joker { red: true }.name(Lang::Zh), "大王");
    }
}
