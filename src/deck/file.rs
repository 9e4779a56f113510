//! The deck file as written by people: RON, parsed into loose "raw" structs.
//!
//! The raw structs accept what a person is likely to write (a rank as `"7"`
//! or `7`, `tip` with or without `Some(...)`), and leave every rule about
//! content to [`super::validate`], which can then report all problems at once
//! by card id instead of stopping at the first.

use std::fmt;

use ron::extensions::Extensions;
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::model::DeckText;
use crate::i18n::Localized;
use crate::ronfile::Syntax;

/// The newest deck file format this build reads.
pub const FORMAT: u32 = 1;

/// How deep RON may nest. A deck needs 4 levels; the limit turns a file of
/// 200,000 `(` into an error instead of a stack overflow.
const RECURSION_LIMIT: usize = 32;

#[derive(Debug, Deserialize)]
#[serde(rename = "Deck", deny_unknown_fields)]
pub struct RawDeck {
    #[serde(default = "default_format")]
    pub format: u32,
    pub name: Localized<DeckText>,
    #[serde(default)]
    pub version: Option<String>,
    #[serde(default = "default_complete")]
    pub complete: bool,
    /// The daily draw climbs the ranks through a round (docs/streak-rules.md
    /// §2); `ladder: false` draws from the whole deck every day.
    #[serde(default = "default_ladder")]
    pub ladder: bool,
    pub cards: Vec<RawCard>,
}

fn default_format() -> u32 {
    FORMAT
}

fn default_complete() -> bool {
    true
}

fn default_ladder() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Card", deny_unknown_fields)]
pub struct RawCard {
    pub id: DeckText,
    pub suit: RawSuit,
    #[serde(default)]
    pub rank: Option<RankLabel>,
    pub title: Localized<DeckText>,
    pub action: Localized<DeckText>,
    pub minutes: u16,
    #[serde(default)]
    pub tip: Option<Localized<DeckText>>,
}

/// `suit:` in a deck file: a suit, or `Joker` for the cards without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum RawSuit {
    Hearts,
    Spades,
    Clubs,
    Diamonds,
    Joker,
}

/// A rank as written: `"A"`, `"10"`, or a bare number `7`. Checked later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankLabel(pub String);

impl<'de> Deserialize<'de> for RankLabel {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LabelVisitor;

        impl Visitor<'_> for LabelVisitor {
            type Value = RankLabel;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#"a rank: "A", "2" … "10", "J", "Q" or "K""#)
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<RankLabel, E> {
                Ok(RankLabel(value.to_string()))
            }

            fn visit_u64<E: de::Error>(self, value: u64) -> Result<RankLabel, E> {
                Ok(RankLabel(value.to_string()))
            }

            fn visit_i64<E: de::Error>(self, value: i64) -> Result<RankLabel, E> {
                Ok(RankLabel(value.to_string()))
            }
        }

        deserializer.deserialize_any(LabelVisitor)
    }
}

/// Where and why RON parsing failed. Lines and columns count from 1, columns
/// in characters (as ron reports them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: usize,
    pub column: usize,
    pub problem: Syntax,
}

/// Parses deck text. Never panics and never recurses without bound.
pub fn parse(source: &str) -> Result<RawDeck, SyntaxError> {
    let options = ron::Options::default()
        .with_default_extension(Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT);
    options.from_str(source).map_err(|error| SyntaxError {
        line: error.span.start.line,
        column: error.span.start.col,
        problem: Syntax::of(&error.code, RECURSION_LIMIT),
    })
}

/// The line of each card's `id: "..."`, in file order, to point problems
/// found after parsing at a line. Returns `None` when the file is laid out
/// so that the ids cannot be matched to cards one-to-one.
pub fn card_id_lines(source: &str, card_count: usize) -> Option<Vec<usize>> {
    let mut lines = Vec::with_capacity(card_count);
    for (index, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or(line);
        let mut rest = code;
        while let Some(at) = rest.find("id") {
            let before = rest[..at].chars().next_back();
            let after = rest[at + 2..].trim_start();
            let is_field = before.is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            if is_field && after.starts_with(':') && after[1..].trim_start().starts_with('"') {
                lines.push(index + 1);
            }
            rest = &rest[at + 2..];
        }
    }
    (lines.len() == card_count).then_some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"(
        name: (zh: "测试", en: "Test"),
        complete: false,
        cards: [
            (id: "hearts-7", suit: Hearts, rank: "7", title: (zh: "标题", en: "Title"),
             action: (zh: "行动", en: "Action"), minutes: 30),
            (id: "joker-red", suit: Joker, title: (zh: "标题", en: "Title"),
             action: (zh: "行动", en: "Action"), minutes: 5, tip: (zh: "提示", en: "Tip")),
        ],
    )"#;

    #[test]
    fn parses_a_minimal_deck_with_defaults() {
        let deck = parse(MINIMAL).expect("parses");
        assert_eq!(deck.format, FORMAT);
        assert!(!deck.complete);
        assert!(deck.ladder, "the ladder is on unless a deck turns it off");
        assert_eq!(deck.cards.len(), 2);
        assert_eq!(deck.cards[0].rank, Some(RankLabel("7".into())));
        assert_eq!(deck.cards[1].suit, RawSuit::Joker);
        assert!(deck.cards[1].tip.is_some());
    }

    #[test]
    fn a_deck_may_turn_the_ladder_off() {
        let source = MINIMAL.replace("complete: false,", "complete: false, ladder: false,");
        assert!(!parse(&source).expect("parses").ladder);
    }

    #[test]
    fn accepts_numeric_ranks_and_explicit_some() {
        let source = MINIMAL
            .replace(r#"rank: "7""#, "rank: 7")
            .replace("tip: (", "tip: Some((")
            .replace(r#"en: "Tip")"#, r#"en: "Tip"))"#);
        let deck = parse(&source).expect("parses");
        assert_eq!(deck.cards[0].rank, Some(RankLabel("7".into())));
        assert!(deck.cards[1].tip.is_some());
    }

    #[test]
    fn reports_unknown_fields_with_their_position() {
        let source = MINIMAL.replace("minutes: 30", "minutes: 30, colour: Red");
        let error = parse(&source).expect_err("unknown field");
        assert_eq!(error.line, 6);
        assert!(
            matches!(&error.problem, Syntax::UnknownField { found, .. } if found == "colour"),
            "{error:?}"
        );
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let source = format!("(name: {}", "(".repeat(200_000));
        let error = parse(&source).expect_err("too deep");
        assert_eq!(error.line, 1);
        let source = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
        assert!(parse(&source).is_err());
    }

    #[test]
    fn finds_the_line_of_each_card_id() {
        assert_eq!(card_id_lines(MINIMAL, 2), Some(vec![5, 7]));
        assert_eq!(card_id_lines(MINIMAL, 3), None);
        let commented = MINIMAL.replace("cards: [", "cards: [ // id: \"x\"");
        assert_eq!(card_id_lines(&commented, 2), Some(vec![5, 7]));
    }
}
