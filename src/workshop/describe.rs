//! The workshop's refusals in words: why a setup cannot be dealt, a card
//! not dealt, a change to a session refused. The sentences are in
//! `i18n::workshop`; this maps each kind to them.

use super::deal::DealError;
use super::session::{NOTE_COLUMNS, WorkshopError};
use super::setup::{MAX_PARTICIPANTS, NAME_COLUMNS, SetupError};
use crate::i18n::workshop as text;
use crate::i18n::{Describe, Diagnostic, Lang, Text, fill_named};

impl Describe for SetupError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: Text| *text.get(lang);
        match self {
            SetupError::NoParticipants => Diagnostic::with_hint(
                t(text::NO_PARTICIPANTS_ERROR),
                t(text::NO_PARTICIPANTS_HINT),
            ),
            SetupError::BlankName { position } => {
                Diagnostic::new(fill_named(t(text::BLANK_NAME), &[("position", position)]))
            }
            SetupError::DuplicateName { name } => Diagnostic::with_hint(
                fill_named(t(text::DUPLICATE_NAME), &[("name", name)]),
                fill_named(t(text::DUPLICATE_NAME_HINT), &[("name", name)]),
            ),
            SetupError::NameTooLong { name } => Diagnostic::with_hint(
                fill_named(
                    t(text::NAME_TOO_LONG),
                    &[("name", name), ("max", &NAME_COLUMNS)],
                ),
                t(text::NAME_TOO_LONG_HINT),
            ),
            SetupError::TooManyParticipants { count } => Diagnostic::new(fill_named(
                t(text::TOO_MANY_PARTICIPANTS),
                &[("count", count), ("max", &MAX_PARTICIPANTS)],
            )),
            SetupError::HandOutOfRange { hand } => {
                Diagnostic::new(fill_named(t(text::HAND_OUT_OF_RANGE), &[("hand", hand)]))
            }
            SetupError::MinutesOutOfRange { minutes } => Diagnostic::new(fill_named(
                t(text::MINUTES_OUT_OF_RANGE),
                &[("minutes", minutes)],
            )),
            SetupError::NoPiles => Diagnostic::with_hint(t(text::NO_PILES), t(text::NO_PILES_HINT)),
            SetupError::NotEnoughCards {
                participants,
                hand,
                asked,
                pool,
            } => {
                let most = pool.checked_div(*participants).unwrap_or(0);
                let hint = match most {
                    0 => t(text::FEWER_CARDS_NONE).to_string(),
                    1 => t(text::FEWER_CARDS_ONE).to_string(),
                    most => fill_named(t(text::FEWER_CARDS), &[("most", &most)]),
                };
                Diagnostic::with_hint(
                    fill_named(
                        t(text::NOT_ENOUGH_CARDS),
                        &[
                            ("participants", participants),
                            ("hand", hand),
                            ("asked", asked),
                            ("pool", pool),
                        ],
                    ),
                    hint,
                )
            }
            SetupError::Input(error) => error.describe(lang),
            SetupError::SeatsDiffer {
                code,
                seats,
                participants,
            } => Diagnostic::with_hint(
                fill_named(
                    t(text::SEATS_DIFFER),
                    &[
                        ("code", code),
                        ("seats", seats),
                        ("participants", participants),
                    ],
                ),
                fill_named(t(text::SEATS_DIFFER_HINT), &[("seats", seats)]),
            ),
        }
    }
}

impl Describe for DealError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        match self {
            DealError::NoCardLeft => Diagnostic::new(*text::NO_CARD_LEFT.get(lang)),
            DealError::NoParticipant(n) => {
                Diagnostic::new(fill_named(text::NO_PARTICIPANT_AT.get(lang), &[("n", n)]))
            }
            DealError::NoCard { slot } => {
                Diagnostic::new(fill_named(text::NO_CARD_AT.get(lang), &[("slot", slot)]))
            }
        }
    }
}

impl Describe for WorkshopError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: Text| *text.get(lang);
        match self {
            WorkshopError::Setup(error) => error.describe(lang),
            WorkshopError::Deal(error) => error.describe(lang),
            WorkshopError::NotDealt => Diagnostic::new(t(text::NOT_DEALT)),
            WorkshopError::AlreadyDealt => Diagnostic::new(t(text::ALREADY_DEALT)),
            WorkshopError::Ended => {
                Diagnostic::with_hint(t(text::SESSION_ENDED), t(text::SESSION_ENDED_HINT))
            }
            WorkshopError::AlreadySwapped { name } => {
                Diagnostic::new(fill_named(t(text::ALREADY_SWAPPED), &[("name", name)]))
            }
            WorkshopError::PledgedCard { name, card } => Diagnostic::with_hint(
                fill_named(t(text::PLEDGED_CARD), &[("name", name), ("card", card)]),
                t(text::PLEDGED_CARD_HINT),
            ),
            WorkshopError::HasPledge { name } => Diagnostic::with_hint(
                fill_named(t(text::HAS_PLEDGE), &[("name", name)]),
                t(text::HAS_PLEDGE_HINT),
            ),
            WorkshopError::LoveDayJoker { date } => Diagnostic::with_hint(
                fill_named(t(text::LOVE_DAY_JOKER), &[("date", date)]),
                t(text::LOVE_DAY_JOKER_HINT),
            ),
            WorkshopError::NotEnded => Diagnostic::new(t(text::NOT_ENDED)),
            WorkshopError::UnknownParticipant { name, names } => Diagnostic::with_hint(
                fill_named(t(text::UNKNOWN_PARTICIPANT), &[("name", name)]),
                fill_named(t(text::PARTICIPANTS_ARE), &[("names", &lang.join(names))]),
            ),
            WorkshopError::NotInHand { card, name, hand } => Diagnostic::new(fill_named(
                t(text::NOT_IN_HAND),
                &[("card", card), ("name", name), ("hand", &lang.join(hand))],
            )),
            WorkshopError::JokerNeedsWords => Diagnostic::new(t(text::JOKER_NEEDS_WORDS)),
            WorkshopError::WordsNeedAJoker => Diagnostic::new(t(text::WORDS_NEED_A_JOKER)),
            WorkshopError::ByBeforeSession { by, date } => Diagnostic::new(fill_named(
                t(text::BY_BEFORE_SESSION),
                &[("by", by), ("date", date)],
            )),
            WorkshopError::DayBeforeSession { day, date } => Diagnostic::new(fill_named(
                t(text::DAY_BEFORE_SESSION),
                &[("day", day), ("date", date)],
            )),
            WorkshopError::TooLong => {
                Diagnostic::new(fill_named(t(text::TOO_LONG), &[("max", &NOTE_COLUMNS)]))
            }
            WorkshopError::NoPledge { name } => {
                Diagnostic::new(fill_named(t(text::NO_PLEDGE_ERROR), &[("name", name)]))
            }
            WorkshopError::NoPledges => {
                Diagnostic::with_hint(t(text::NO_PLEDGES_YET), t(text::NO_PLEDGES_YET_HINT))
            }
            WorkshopError::UnknownCard(card) => {
                Diagnostic::new(fill_named(t(text::UNKNOWN_CARD), &[("card", card)]))
            }
        }
    }
}

crate::describe_display!(SetupError, DealError, WorkshopError);
impl std::error::Error for SetupError {}
impl std::error::Error for DealError {}
impl std::error::Error for WorkshopError {}
