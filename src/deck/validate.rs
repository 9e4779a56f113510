//! The rules a deck must follow, checked all at once so that `deck check`
//! can list every problem in one run.
//!
//! Text limits are in terminal display columns (a Chinese character is two),
//! set by the smallest place a card is shown: the TUI card at 60×20 and the
//! 63 × 88 mm printed card, both of which wrap the text onto a few lines.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use super::file::{FORMAT, RawCard, RawDeck, RawSuit};
use super::model::{Card, Deck, DeckText, Face, Rank, Suit};
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
    /// What is wrong, with the values a message needs; worded by
    /// [`Problem`]'s `Describe` (in `super::error`), coded for tools.
    pub kind: ProblemKind,
}

/// What can be wrong with a deck's content. Each kind has a stable code and
/// name (`E041 duplicate-id`) for `deck check --json`: see
/// [`super::error::code`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    NewerFormat {
        format: u32,
    },
    NoCards,
    TooManyJokers {
        count: usize,
    },
    MissingSuit {
        suit: Suit,
    },
    MissingCards {
        suit: Suit,
        ids: Vec<String>,
    },
    BadId {
        id: String,
    },
    DuplicateId {
        id: String,
    },
    JokerWithRank,
    JokerId {
        id: String,
    },
    MissingRank {
        suit: Suit,
    },
    BadRank {
        rank: String,
    },
    IdMismatch {
        id: String,
        suit: Suit,
        rank: Rank,
    },
    Minutes {
        minutes: u16,
    },
    /// A text (a card's, or the deck's name) is not usable.
    Text {
        field: Field,
        lang: Lang,
        problem: TextProblem,
    },
    /// A warning: a character some terminals draw one column wide and others two.
    AmbiguousWidth {
        field: Field,
        lang: Lang,
        c: char,
    },
}

/// The texts of a deck file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Title,
    Action,
    Tip,
}

impl Field {
    /// As the file names it.
    pub fn key(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Title => "title",
            Field::Action => "action",
            Field::Tip => "tip",
        }
    }

    /// The most display columns its text may take.
    pub fn max(self) -> usize {
        match self {
            Field::Name => NAME_MAX,
            Field::Title => TITLE_MAX,
            Field::Action => ACTION_MAX,
            Field::Tip => TIP_MAX,
        }
    }
}

/// What is wrong with one text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    Spaces,
    Control(char),
    TooWide { width: usize },
}

/// Checks a parsed deck. `id_lines` (from [`super::file::card_id_lines`])
/// points card problems at lines. On success, returns the deck and any warnings.
pub fn validate(
    raw: RawDeck,
    id_lines: Option<&[usize]>,
) -> Result<(Deck, Vec<Problem>), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut deck_problem = |kind: ProblemKind| {
        problems.push(Problem {
            severity: Severity::Error,
            card: None,
            line: None,
            kind,
        })
    };

    if raw.format > FORMAT {
        deck_problem(ProblemKind::NewerFormat { format: raw.format });
    }
    for (lang, name) in raw.name.written() {
        if let Some(problem) = text_problem(name, NAME_MAX) {
            deck_problem(ProblemKind::Text {
                field: Field::Name,
                lang,
                problem,
            });
        }
    }
    if raw.cards.is_empty() {
        deck_problem(ProblemKind::NoCards);
    }
    // Free text shown on card backs and in reports: control characters and
    // bidirectional overrides in it are shown visibly, never passed on.
    let version: DeckText = raw.version.map_or(Cow::Borrowed("1"), |version| {
        Cow::Owned(crate::text::sanitize::inline(&version).into_owned())
    });

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
            ladder: raw.ladder,
            cards: Cow::Owned(cards),
        };
        Ok((deck, problems))
    }
}

/// Deck-wide rules, checked once every card is valid on its own.
fn check_deck_shape(cards: &[Card], complete: bool, problems: &mut Vec<Problem>) {
    let mut push = |kind| {
        problems.push(Problem {
            severity: Severity::Error,
            card: None,
            line: None,
            kind,
        })
    };
    let jokers = cards.iter().filter(|c| c.face == Face::Joker).count();
    if jokers > JOKERS_MAX {
        push(ProblemKind::TooManyJokers { count: jokers });
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
        push(if missing.len() == Rank::ALL.len() {
            ProblemKind::MissingSuit { suit }
        } else {
            ProblemKind::MissingCards { suit, ids: missing }
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
    fn push(&mut self, severity: Severity, kind: ProblemKind) {
        self.problems.push(Problem {
            severity,
            card: Some(self.label.clone()),
            line: self.line,
            kind,
        });
    }

    fn error(&mut self, kind: ProblemKind) {
        self.push(Severity::Error, kind);
    }

    /// Returns the card if it has no errors.
    fn check(&mut self, raw: RawCard, seen_ids: &mut HashSet<String>) -> Option<Card> {
        let before = self.problems.len();
        self.check_id(&raw.id, seen_ids);
        let face = self.check_face(&raw);
        self.check_text(Field::Title, &raw.title);
        self.check_text(Field::Action, &raw.action);
        if let Some(tip) = &raw.tip {
            self.check_text(Field::Tip, tip);
        }
        if !MINUTES.contains(&raw.minutes) {
            self.error(ProblemKind::Minutes {
                minutes: raw.minutes,
            });
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
            self.error(ProblemKind::BadId { id: id.to_string() });
        } else if !seen_ids.insert(id.to_string()) {
            self.error(ProblemKind::DuplicateId { id: id.to_string() });
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
                    self.error(ProblemKind::JokerWithRank);
                }
                if !raw.id.starts_with("joker-") {
                    self.error(ProblemKind::JokerId {
                        id: raw.id.to_string(),
                    });
                }
                return Some(Face::Joker);
            }
        };
        let Some(label) = &raw.rank else {
            self.error(ProblemKind::MissingRank { suit });
            return None;
        };
        let Some(rank) = Rank::from_label(&label.0) else {
            self.error(ProblemKind::BadRank {
                rank: label.0.clone(),
            });
            return None;
        };
        if raw.id != Face::expected_id(suit, rank) {
            self.error(ProblemKind::IdMismatch {
                id: raw.id.to_string(),
                suit,
                rank,
            });
        }
        Some(Face::Suited(suit, rank))
    }

    fn check_text(&mut self, field: Field, text: &Localized<DeckText>) {
        for (lang, value) in text.written() {
            if let Some(problem) = text_problem(value, field.max()) {
                self.error(ProblemKind::Text {
                    field,
                    lang,
                    problem,
                });
            } else if let Some(c) = text::first_ambiguous(value) {
                self.push(
                    Severity::Warning,
                    ProblemKind::AmbiguousWidth { field, lang, c },
                );
            }
        }
    }
}

/// What is wrong with a piece of card text, if anything.
fn text_problem(value: &str, max: usize) -> Option<TextProblem> {
    let width = text::width_narrow(value);
    if value.trim().is_empty() {
        Some(TextProblem::Empty)
    } else if value.trim() != value {
        Some(TextProblem::Spaces)
    } else if let Some(c) = value
        .chars()
        .find(|&c| c.is_control() || crate::text::sanitize::is_unsafe(c))
    {
        Some(TextProblem::Control(c))
    } else if width > max {
        Some(TextProblem::TooWide { width })
    } else {
        None
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
    for card in deck.cards.iter() {
        *counts.entry(card.face.suit()).or_insert(0) += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::super::file::{RankLabel, RawCard, RawDeck, RawSuit};
    use super::*;

    fn text(zh: &str, en: &str) -> Localized<DeckText> {
        Localized::zh_en(zh.to_string().into(), en.to_string().into())
    }

    fn raw_card(suit: RawSuit, rank: Option<&str>, id: &str) -> RawCard {
        RawCard {
            id: id.to_string().into(),
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
            ladder: true,
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
        use crate::i18n::Describe;
        problems
            .iter()
            .map(|p| p.describe(Lang::En).message)
            .collect()
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
        assert!(messages(&problems)[0].contains("used by an earlier card"));
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
        use crate::i18n::Describe;
        let hint = problems[0].describe(Lang::En).hint.unwrap_or_default();
        assert!(hint.contains("`spades-j`"), "{problems:?}");
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
        assert!(messages(&warnings)[0].contains("U+201C"));
    }

    #[test]
    fn newer_formats_are_refused() {
        let mut deck = raw_deck(vec![raw_card(RawSuit::Clubs, Some("2"), "clubs-2")], false);
        deck.format = FORMAT + 1;
        let problems = validate(deck, None).expect_err("newer");
        assert!(messages(&problems)[0].contains("format 2"));
    }
}
