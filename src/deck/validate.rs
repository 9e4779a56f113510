//! The rules a deck must follow, checked all at once so that `deck check`
//! can list every problem in one run.
//!
//! Text limits are in terminal display columns (a Chinese character is two),
//! set by the smallest place a card is shown: the TUI card at 60×20 and the
//! 63 × 88 mm printed card, both of which wrap the text onto a few lines.

use std::collections::{BTreeMap, HashSet};

use super::file::{FORMAT, RawCard, RawDeck, RawSuit};
use super::model::{Card, Deck, Face, Rank, Suit};
use crate::i18n::{Lang, Localized};
use crate::text;

/// Longest title, in display columns, per language.
pub const TITLE_MAX: usize = 32;
/// Longest action, in display columns, per language.
pub const ACTION_MAX: usize = 120;
/// Longest tip, in display columns, per language.
pub const TIP_MAX: usize = 80;
/// Longest deck name, in display columns, per language.
pub const NAME_MAX: usize = 32;
/// The minutes a card may ask for: at least one, at most a full day's 8 hours.
pub const MINUTES: std::ops::RangeInclusive<u16> = 1..=480;
/// Jokers a deck may hold.
pub const JOKERS_MAX: usize = 2;
/// Longest card id.
pub const ID_MAX: usize = 40;

/// How serious a problem is: errors make the deck unusable, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One thing wrong with a deck's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The card's id as written (or `card #N` when the id itself is unusable);
    /// `None` for deck-wide problems.
    pub card: Option<String>,
    /// The line of the card's `id:` in the file, when it could be found.
    pub line: Option<usize>,
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

/// Checks a parsed deck. `id_lines` (from [`super::file::card_id_lines`])
/// points card problems at lines. On success, returns the deck and any warnings.
pub fn validate(
    raw: RawDeck,
    id_lines: Option<&[usize]>,
) -> Result<(Deck, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut deck_problem = |message: String, hint: &str| {
        problems.push(Problem {
            severity: Severity::Error,
            card: None,
            line: None,
            message,
            hint: hint.to_string(),
        })
    };

    if raw.format > FORMAT {
        deck_problem(
            format!(
                "the deck is in format {}, but this xiaoshi reads format {FORMAT} at most",
                raw.format
            ),
            "update xiaoshi, or ask the deck's author for a format 1 copy",
        );
    }
    for (lang, name) in raw.name.each() {
        if let Some(message) = text_problem(name, NAME_MAX) {
            deck_problem(
                format!("name.{}: {message}", lang_key(lang)),
                "give the deck a short name in both languages",
            );
        }
    }
    if raw.cards.is_empty() {
        deck_problem(
            "the deck has no cards".to_string(),
            "add at least one card to `cards: [ ... ]`",
        );
    }
    let version = raw.version.unwrap_or_else(|| "1".to_string());
    if let Some(message) = text_problem(&version, NAME_MAX) {
        deck_problem(
            format!("version: {message}"),
            "write the version as plain text, like \"1.0\"",
        );
    }

    let mut cards = Vec::with_capacity(raw.cards.len());
    let mut seen_ids = HashSet::new();
    for (index, raw_card) in raw.cards.into_iter().enumerate() {
        let line = id_lines.and_then(|lines| lines.get(index).copied());
        let mut checker = CardChecker {
            label: card_label(&raw_card.id, index),
            line,
            problems: &mut problems,
        };
        if let Some(card) = checker.check(raw_card, &mut seen_ids) {
            cards.push(card);
        }
    }

    if problems.iter().all(|p| p.severity == Severity::Warning) {
        check_deck_shape(&cards, raw.complete, &mut problems);
    }

    if problems.iter().any(|p| p.severity == Severity::Error) {
        Err(problems)
    } else {
        let deck = Deck {
            name: raw.name,
            version,
            complete: raw.complete,
            cards,
        };
        Ok((deck, problems))
    }
}

/// Deck-wide rules, checked once every card is valid on its own.
fn check_deck_shape(cards: &[Card], complete: bool, problems: &mut Vec<Problem>) {
    let jokers = cards.iter().filter(|c| c.face == Face::Joker).count();
    if jokers > JOKERS_MAX {
        problems.push(Problem {
            severity: Severity::Error,
            card: None,
            line: None,
            message: format!("the deck has {jokers} jokers; a deck has at most {JOKERS_MAX}"),
            hint: "remove the extra jokers or give them a suit and rank".to_string(),
        });
    }
    if !complete {
        return;
    }
    let present: HashSet<Face> = cards.iter().map(|c| c.face).collect();
    for suit in Suit::ALL {
        let missing: Vec<String> = Rank::ALL
            .into_iter()
            .filter(|&rank| !present.contains(&Face::Suited(suit, rank)))
            .map(|rank| Face::expected_id(suit, rank))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let message = if missing.len() == Rank::ALL.len() {
            format!(
                "the whole {} suit ({}) is missing: a complete deck has 4 suits × 13 ranks",
                suit.key(),
                suit.theme().en
            )
        } else {
            format!(
                "{} {} card{} missing: {}",
                missing.len(),
                suit.key(),
                if missing.len() == 1 { " is" } else { "s are" },
                missing.join(", ")
            )
        };
        problems.push(Problem {
            severity: Severity::Error,
            card: None,
            line: None,
            message,
            hint: "add the missing cards, or write `complete: false,` at the top of the deck \
                   if it is meant to be a partial deck"
                .to_string(),
        });
    }
}

/// Collects the problems of one card.
struct CardChecker<'a> {
    label: String,
    line: Option<usize>,
    problems: &'a mut Vec<Problem>,
}

impl CardChecker<'_> {
    fn push(&mut self, severity: Severity, message: String, hint: &str) {
        self.problems.push(Problem {
            severity,
            card: Some(self.label.clone()),
            line: self.line,
            message,
            hint: hint.to_string(),
        });
    }

    fn error(&mut self, message: String, hint: &str) {
        self.push(Severity::Error, message, hint);
    }

    /// Returns the card if it has no errors.
    fn check(&mut self, raw: RawCard, seen_ids: &mut HashSet<String>) -> Option<Card> {
        let before = self.problems.len();
        self.check_id(&raw.id, seen_ids);
        let face = self.check_face(&raw);
        self.check_text("title", &raw.title, TITLE_MAX);
        self.check_text("action", &raw.action, ACTION_MAX);
        if let Some(tip) = &raw.tip {
            self.check_text("tip", tip, TIP_MAX);
        }
        if !MINUTES.contains(&raw.minutes) {
            self.error(
                format!(
                    "minutes is {}; it must be from {} to {}",
                    raw.minutes,
                    MINUTES.start(),
                    MINUTES.end()
                ),
                "give a rough estimate of the time the act takes",
            );
        }
        let has_errors = self.problems[before..]
            .iter()
            .any(|p| p.severity == Severity::Error);
        match face {
            Some(face) if !has_errors => Some(Card {
                id: raw.id,
                face,
                title: raw.title,
                action: raw.action,
                minutes: raw.minutes,
                tip: raw.tip,
            }),
            _ => None,
        }
    }

    fn check_id(&mut self, id: &str, seen_ids: &mut HashSet<String>) {
        let well_formed = !id.is_empty()
            && id.len() <= ID_MAX
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.error(
                format!("the id {id:?} is not a valid id"),
                "ids are 1 to 40 lowercase letters, digits and dashes, like `hearts-7`",
            );
        } else if !seen_ids.insert(id.to_string()) {
            self.error(
                format!("the id `{id}` is used by an earlier card too"),
                "each card needs its own id; a suit has one card per rank (A–K)",
            );
        }
    }

    fn check_face(&mut self, raw: &RawCard) -> Option<Face> {
        let suit = match raw.suit {
            RawSuit::Hearts => Suit::Hearts,
            RawSuit::Spades => Suit::Spades,
            RawSuit::Clubs => Suit::Clubs,
            RawSuit::Diamonds => Suit::Diamonds,
            RawSuit::Joker => {
                if raw.rank.is_some() {
                    self.error(
                        "a joker has no rank".to_string(),
                        "remove the `rank:` line from the joker",
                    );
                }
                if !raw.id.starts_with("joker-") {
                    self.error(
                        format!("the joker's id `{}` does not start with `joker-`", raw.id),
                        "name jokers like `joker-red` and `joker-black`",
                    );
                }
                return Some(Face::Joker);
            }
        };
        let Some(label) = &raw.rank else {
            self.error(
                format!("a {} card needs a rank", suit.key()),
                r#"add a rank: rank: "A" (or "2" … "10", "J", "Q", "K")"#,
            );
            return None;
        };
        let Some(rank) = Rank::from_label(&label.0) else {
            self.error(
                format!("the rank {:?} is not a card rank", label.0),
                r#"ranks are "A", "2" … "10", "J", "Q" and "K""#,
            );
            return None;
        };
        let expected = Face::expected_id(suit, rank);
        if raw.id != expected {
            self.error(
                format!(
                    "the id `{}` does not match its suit and rank ({} {})",
                    raw.id,
                    suit.key(),
                    rank.label()
                ),
                &format!(
                    "a {} {} card has the id `{expected}`",
                    suit.key(),
                    rank.label()
                ),
            );
        }
        Some(Face::Suited(suit, rank))
    }

    fn check_text(&mut self, field: &str, text: &Localized<String>, max: usize) {
        for (lang, value) in text.each() {
            if let Some(message) = text_problem(value, max) {
                self.error(
                    format!("{field}.{}: {message}", lang_key(lang)),
                    "write the text in both languages, within the limit (README: Deck files)",
                );
            } else if let Some(c) = text::first_ambiguous(value) {
                self.push(
                    Severity::Warning,
                    format!(
                        "{field}.{}: {c:?} (U+{:04X}) is one column wide in some terminals \
                         and two in others",
                        lang_key(lang),
                        u32::from(c)
                    ),
                    "use full-width punctuation such as 「」，。 or plain ASCII instead",
                );
            }
        }
    }
}

/// What is wrong with a piece of card text, if anything.
fn text_problem(value: &str, max: usize) -> Option<String> {
    let width = text::width_narrow(value);
    if value.trim().is_empty() {
        Some("the text is empty".to_string())
    } else if value.trim() != value {
        Some("the text starts or ends with spaces".to_string())
    } else if let Some(c) = value
        .chars()
        .find(|&c| c.is_control() || crate::text::sanitize::is_unsafe(c))
    {
        Some(format!(
            "the text holds a control character (U+{:04X}); cards are one paragraph",
            u32::from(c)
        ))
    } else if width > max {
        Some(format!(
            "the text is {width} columns wide; the limit is {max} \
             (a Chinese character counts 2)"
        ))
    } else {
        None
    }
}

fn lang_key(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "zh",
        Lang::En => "en",
    }
}

/// How a card is named in problems: its id, or its position if the id is unusable.
fn card_label(id: &str, index: usize) -> String {
    if id.trim().is_empty()
        || id
            .chars()
            .any(|c| c.is_control() || crate::text::sanitize::is_unsafe(c))
    {
        format!("card #{}", index + 1)
    } else {
        id.to_string()
    }
}

/// Counts cards per suit, jokers under `None`; used by tests and summaries.
pub fn count_by_suit(deck: &Deck) -> BTreeMap<Option<Suit>, usize> {
    let mut counts = BTreeMap::new();
    for card in &deck.cards {
        *counts.entry(card.face.suit()).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::super::file::{RankLabel, RawCard, RawDeck, RawSuit};
    use super::*;

    fn text(zh: &str, en: &str) -> Localized<String> {
        Localized::new(zh.to_string(), en.to_string())
    }

    fn raw_card(suit: RawSuit, rank: Option<&str>, id: &str) -> RawCard {
        RawCard {
            id: id.to_string(),
            suit,
            rank: rank.map(|r| RankLabel(r.to_string())),
            title: text("打个招呼", "Say hello"),
            action: text("在电梯里向邻居问好。", "Greet a neighbour in the lift."),
            minutes: 5,
            tip: None,
        }
    }

    fn raw_deck(cards: Vec<RawCard>, complete: bool) -> RawDeck {
        RawDeck {
            format: FORMAT,
            name: text("测试", "Test"),
            version: None,
            complete,
            cards,
        }
    }

    fn full_suits() -> Vec<RawCard> {
        let mut cards = Vec::new();
        for (suit, raw_suit) in Suit::ALL.into_iter().zip([
            RawSuit::Hearts,
            RawSuit::Spades,
            RawSuit::Clubs,
            RawSuit::Diamonds,
        ]) {
            for rank in Rank::ALL {
                let id = Face::expected_id(suit, rank);
                cards.push(raw_card(raw_suit, Some(rank.label()), &id));
            }
        }
        cards
    }

    fn messages(problems: &[Problem]) -> Vec<String> {
        problems.iter().map(|p| p.message.clone()).collect()
    }

    #[test]
    fn a_complete_deck_is_valid() {
        let mut cards = full_suits();
        cards.push(raw_card(RawSuit::Joker, None, "joker-red"));
        cards.push(raw_card(RawSuit::Joker, None, "joker-black"));
        let (deck, warnings) = validate(raw_deck(cards, true), None).expect("valid");
        assert_eq!(deck.cards.len(), 54);
        assert!(warnings.is_empty());
        let counts = count_by_suit(&deck);
        assert_eq!(counts[&Some(Suit::Hearts)], 13);
        assert_eq!(counts[&None], 2);
    }

    #[test]
    fn a_partial_deck_may_be_small() {
        let cards = vec![raw_card(RawSuit::Clubs, Some("3"), "clubs-3")];
        let (deck, _) = validate(raw_deck(cards, false), None).expect("valid");
        assert_eq!(deck.cards.len(), 1);
    }

    #[test]
    fn a_complete_deck_names_its_missing_cards() {
        let mut cards = full_suits();
        cards.retain(|c| c.id != "clubs-q" && !c.id.starts_with("spades-"));
        let problems = validate(raw_deck(cards, true), None).expect_err("incomplete");
        let text = messages(&problems).join("\n");
        assert!(text.contains("the whole spades suit"), "{text}");
        assert!(text.contains("1 clubs card is missing: clubs-q"), "{text}");
    }

    #[test]
    fn duplicate_ids_point_at_the_second_card_and_its_line() {
        let mut cards = full_suits();
        cards.push(raw_card(RawSuit::Hearts, Some("7"), "hearts-7"));
        let lines: Vec<usize> = (1..=cards.len()).map(|i| i * 10).collect();
        let problems = validate(raw_deck(cards, true), Some(&lines)).expect_err("dup");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].card.as_deref(), Some("hearts-7"));
        assert_eq!(problems[0].line, Some(530));
        assert!(problems[0].message.contains("used by an earlier card"));
    }

    #[test]
    fn every_card_problem_is_reported_at_once() {
        let mut bad = raw_card(RawSuit::Hearts, Some("14"), "Hearts 14");
        bad.title = text("", "Hello");
        bad.action = text(&"长".repeat(61), "ok");
        bad.minutes = 0;
        let problems = validate(raw_deck(vec![bad], false), None).expect_err("bad");
        let text = messages(&problems).join("\n");
        assert!(text.contains("is not a valid id"), "{text}");
        assert!(text.contains("rank \"14\""), "{text}");
        assert!(text.contains("title.zh: the text is empty"), "{text}");
        assert!(
            text.contains("action.zh: the text is 122 columns wide"),
            "{text}"
        );
        assert!(text.contains("minutes is 0"), "{text}");
        assert!(
            problems
                .iter()
                .all(|p| p.card.as_deref() == Some("Hearts 14"))
        );
    }

    #[test]
    fn ids_must_match_suit_and_rank() {
        let cards = vec![raw_card(RawSuit::Spades, Some("J"), "spades-q")];
        let problems = validate(raw_deck(cards, false), None).expect_err("mismatch");
        assert!(problems[0].hint.contains("`spades-j`"), "{problems:?}");
    }

    #[test]
    fn jokers_have_no_rank_and_at_most_two() {
        let cards = vec![raw_card(RawSuit::Joker, Some("A"), "joker-red")];
        let problems = validate(raw_deck(cards, false), None).expect_err("rank");
        assert!(messages(&problems)[0].contains("no rank"));

        let cards = (0..3)
            .map(|i| raw_card(RawSuit::Joker, None, &format!("joker-{i}")))
            .collect();
        let problems = validate(raw_deck(cards, false), None).expect_err("three");
        assert!(messages(&problems)[0].contains("3 jokers"));
    }

    #[test]
    fn width_limits_count_columns_not_characters() {
        let mut card = raw_card(RawSuit::Hearts, Some("A"), "hearts-a");
        card.title = text(&"邻".repeat(16), &"x".repeat(32));
        assert!(validate(raw_deck(vec![card], false), None).is_ok());
        let mut card = raw_card(RawSuit::Hearts, Some("A"), "hearts-a");
        card.title = text(&"邻".repeat(17), "ok");
        assert!(validate(raw_deck(vec![card], false), None).is_err());
    }

    #[test]
    fn ambiguous_width_text_is_a_warning() {
        let mut card = raw_card(RawSuit::Hearts, Some("A"), "hearts-a");
        card.title = text("说“你好”", "Say hi");
        let (_, warnings) = validate(raw_deck(vec![card], false), None).expect("valid");
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].severity, Severity::Warning);
        assert!(warnings[0].message.contains("U+201C"));
    }

    #[test]
    fn newer_formats_are_refused() {
        let mut deck = raw_deck(vec![raw_card(RawSuit::Clubs, Some("2"), "clubs-2")], false);
        deck.format = FORMAT + 1;
        let problems = validate(deck, None).expect_err("newer");
        assert!(messages(&problems)[0].contains("format 2"));
    }
}
