//! Random histories for the property tests: a resident's acts played
//! through the real action functions (what the CLI and the TUI call), and
//! raw event lists such as merges and hand edits can leave.
//!
//! Every refusal an action gives is checked against the reference model:
//! an act is refused exactly when the rules say it must be, never quietly.

use jiff::civil::Date;
use jiff::{Span, Timestamp};
use proptest::prelude::*;
use xiaoshi::deck::Deck;
use xiaoshi::journal::actions::{self, ActionError, Credit};
use xiaoshi::journal::event::normalize;
use xiaoshi::journal::{Event, EventKind, Today};

use super::{BACKFILLS, Model};

/// What a resident may do on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    Draw,
    Redraw,
    Done,
    DoneWithNote,
    Note,
    Backfill,
    Undo,
    StartRound,
    /// `done --card ID`: another card than the one drawn.
    DoneCard,
    /// `done --own TEXT`: the black joker in the resident's words.
    DoneOwn,
    /// `undo --yesterday`: a mistaken backfill taken back.
    UndoBackfill,
}

/// A day of acts, or days away.
#[derive(Debug, Clone)]
pub enum Step {
    Day(Vec<Act>),
    Away(u32),
}

pub fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        2 => Just(Act::Draw),
        1 => Just(Act::Redraw),
        10 => Just(Act::Done),
        2 => Just(Act::DoneWithNote),
        1 => Just(Act::Note),
        2 => Just(Act::Backfill),
        1 => Just(Act::Undo),
        1 => Just(Act::StartRound),
        2 => Just(Act::DoneCard),
        1 => Just(Act::DoneOwn),
        1 => Just(Act::UndoBackfill),
    ]
}

pub fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        12 => prop::collection::vec(act(), 1..3).prop_map(Step::Day),
        3 => Just(Step::Away(1)),
        1 => (2u32..12).prop_map(Step::Away),
        1 => (12u32..80).prop_map(Step::Away),
    ]
}

/// A first day anywhere in three years (month ends, a leap day), and steps.
pub fn history(steps: std::ops::Range<usize>) -> impl Strategy<Value = (Date, Vec<Step>)> {
    (0i64..1100, prop::collection::vec(step(), steps))
        .prop_map(|(offset, steps)| (plus(jiff::civil::date(2026, 1, 1), offset), steps))
}

pub fn plus(date: Date, days: i64) -> Date {
    date.checked_add(Span::new().days(days)).expect("date")
}

/// The moment of the `n`th act of a day.
pub fn moment(date: Date, n: usize) -> Timestamp {
    jiff::tz::TimeZone::UTC
        .to_timestamp(date.at(9, i8::try_from(n).expect("few acts"), 0, 0))
        .expect("timestamp")
}

pub const NOTE: &str = "帮邻居浇花, \"好\"";
/// The card `done --card` credits, and the words of `done --own`.
pub const CREDIT: &str = "clubs-3";
pub const OWN: &str = "帮楼上阿姨修了晾衣架";

/// Plays the steps through the action functions; returns the events and
/// the last day. Panics (failing the property) when an action refuses what
/// the rules allow, or allows what they refuse.
pub fn play(deck: &Deck, first: Date, steps: &[Step]) -> (Vec<Event>, Date) {
    play_with(deck, first, steps, false)
}

/// [`play`], and every card drawn checked against the model's draw (§2):
/// slower (the model walks the history again for each draw).
pub fn play_checking_draws(deck: &Deck, first: Date, steps: &[Step]) -> (Vec<Event>, Date) {
    play_with(deck, first, steps, true)
}

fn play_with(deck: &Deck, first: Date, steps: &[Step], check_draws: bool) -> (Vec<Event>, Date) {
    let mut events: Vec<Event> = Vec::new();
    let mut date = first;
    for (index, step) in steps.iter().enumerate() {
        if index > 0 {
            date = plus(date, 1);
        }
        let acts = match step {
            Step::Away(days) => {
                date = plus(date, i64::from(*days) - 1);
                continue;
            }
            Step::Day(acts) => acts,
        };
        for (n, act) in acts.iter().enumerate() {
            let now = moment(date, n);
            let today = Today::from_events(&events, date);
            let facts = today.facts(date);
            let new = match act {
                Act::Draw => {
                    let new = actions::draw(&today, deck, date, now, false).expect("a draw");
                    assert_eq!(new.is_empty(), facts.card.is_some(), "draw once a day");
                    new
                }
                Act::Redraw => match actions::draw(&today, deck, date, now, true) {
                    Ok(new) => {
                        assert!(!facts.redrawn, "a second redraw was allowed");
                        assert!(
                            !(facts.card.is_some() && facts.checked_in),
                            "a redraw after check-in"
                        );
                        new
                    }
                    Err(ActionError::AlreadyRedrawn { card, .. }) => {
                        assert!(facts.redrawn);
                        assert_eq!(Some(card), facts.card);
                        Vec::new()
                    }
                    Err(ActionError::RedrawAfterCheckIn) => {
                        assert!(facts.checked_in && !facts.redrawn);
                        Vec::new()
                    }
                    Err(other) => panic!("redraw refused: {other:?}"),
                },
                Act::Done | Act::DoneWithNote => {
                    let note = (*act == Act::DoneWithNote).then_some(NOTE);
                    let (new, _) =
                        actions::check_in(&today, deck, now, note, false).expect("a check-in");
                    new
                }
                Act::Note => actions::set_note(&today, now, NOTE).into_iter().collect(),
                Act::Backfill => {
                    let yesterday = today.yesterday();
                    let used = Model::run(&events, yesterday).backfills_used;
                    let done = today.facts(yesterday).checked_in;
                    let had_card = today.facts(yesterday).card.is_some();
                    // §4: only into the round in progress (no `round start`
                    // today), and only once the resident had begun.
                    let round_today = Model::run(&events, date)
                        .days
                        .get(&date)
                        .is_some_and(|day| day.round_started);
                    let began = Model::run(&events, yesterday).checked_in_days > 0 || had_card;
                    match actions::check_in(&today, deck, now, None, true) {
                        Ok((new, _)) => {
                            assert!(done || used < BACKFILLS, "a backfill past the limit");
                            assert!(done || had_card, "a card credited that was never seen");
                            assert!(
                                done || (!round_today && began),
                                "a backfill out of the round"
                            );
                            new
                        }
                        Err(ActionError::BackfillBeforeRound { day, .. }) => {
                            assert!(!done && round_today && day == yesterday);
                            Vec::new()
                        }
                        Err(ActionError::BackfillBeforeStart { day }) => {
                            assert!(!done && !began && !round_today && day == yesterday);
                            Vec::new()
                        }
                        Err(ActionError::NoBackfillsLeft) => {
                            assert!(!done && used >= BACKFILLS && began, "a backfill refused");
                            Vec::new()
                        }
                        Err(ActionError::BackfillNeedsCard { day, card, .. }) => {
                            // §4: a day without a card asks which; the default
                            // is the ladder's card for that day (§2).
                            assert!(!done && !had_card && used < BACKFILLS && began);
                            assert!(!round_today);
                            assert_eq!(day, yesterday);
                            let model = Model::run(&events, date);
                            assert_eq!(card, model.next_draw(deck, yesterday), "the default card");
                            let card = card.unwrap_or_else(|| "hearts-a".to_string());
                            let credit = Credit::card(deck, &card).expect("a card of the deck");
                            let (new, _) = actions::check_in_with(
                                &today,
                                deck,
                                now,
                                None,
                                true,
                                Some(&credit),
                            )
                            .expect("a backfill with its card");
                            new
                        }
                        Err(other) => panic!("backfill refused: {other:?}"),
                    }
                }
                Act::DoneCard => {
                    let credit = Credit::card(deck, CREDIT).expect("a card of the deck");
                    let (new, _) =
                        actions::check_in_with(&today, deck, now, None, false, Some(&credit))
                            .expect("a check-in crediting a card");
                    new
                }
                Act::DoneOwn => {
                    let credit = Credit::own(deck, OWN).expect("the black joker");
                    let (new, _) =
                        actions::check_in_with(&today, deck, now, None, false, Some(&credit))
                            .expect("a check-in in own words");
                    new
                }
                Act::UndoBackfill => {
                    let yesterday = today.facts(today.yesterday());
                    match actions::undo_backfill(&today, now) {
                        Ok(undo) => {
                            assert_eq!(undo.is_some(), yesterday.checked_in, "undo --yesterday");
                            assert!(!yesterday.checked_in || yesterday.backfill);
                            undo.into_iter().collect()
                        }
                        Err(ActionError::NotABackfill { .. }) => {
                            assert!(yesterday.checked_in && !yesterday.backfill);
                            Vec::new()
                        }
                        Err(other) => panic!("undo --yesterday refused: {other:?}"),
                    }
                }
                Act::Undo => {
                    let undo = actions::undo(&today, now);
                    assert_eq!(undo.is_some(), facts.checked_in, "undo");
                    undo.into_iter().collect()
                }
                Act::StartRound => vec![actions::start_round(&today, now)],
            };
            // §2: every card drawn is the one the model says the rules give.
            for event in new.iter().filter(|_| check_draws) {
                if let EventKind::Drawn { card } | EventKind::Redrawn { card } = &event.kind {
                    let model = Model::run(&events, date);
                    let expected = model.next_draw(deck, event.day);
                    // The first draw ever sets the seed in the same act.
                    let expected = expected.or_else(|| {
                        let seeded: Vec<Event> = events
                            .iter()
                            .chain(
                                new.iter()
                                    .filter(|e| matches!(e.kind, EventKind::Seeded { .. })),
                            )
                            .cloned()
                            .collect();
                        Model::run(&seeded, date).next_draw(deck, event.day)
                    });
                    assert_eq!(Some(card), expected.as_ref(), "the draw on {}", event.day);
                }
            }
            events.extend(new);
            normalize(&mut events);
        }
    }
    (events, date)
}

/// One raw event of a day, as merges and hand edits may leave them.
#[derive(Debug, Clone)]
pub enum Raw {
    Seeded(u64),
    RoundStarted,
    Drawn(usize),
    Redrawn(usize),
    CheckedIn(bool),
    Note(usize),
    Undone,
    /// A check-in's credit (`done --card`, `done --own`).
    Credited(usize),
    /// The event before again, with the same id (imported twice).
    Repeat,
}

pub const CARDS: [&str; 6] = [
    "hearts-3",
    "spades-k",
    "clubs-a",
    "diamonds-10",
    "joker-red",
    "custom",
];
pub const NOTES: [&str; 3] = ["", "收快递", "note"];

pub fn raw() -> impl Strategy<Value = Raw> {
    prop_oneof![
        1 => any::<u64>().prop_map(Raw::Seeded),
        1 => Just(Raw::RoundStarted),
        3 => (0..CARDS.len()).prop_map(Raw::Drawn),
        1 => (0..CARDS.len()).prop_map(Raw::Redrawn),
        12 => any::<bool>().prop_map(Raw::CheckedIn),
        2 => (0..NOTES.len()).prop_map(Raw::Note),
        2 => Just(Raw::Undone),
        2 => (0..CARDS.len()).prop_map(Raw::Credited),
        1 => Just(Raw::Repeat),
    ]
}

/// Raw days: each day's events, some recorded late (after the next day's),
/// and which day is today (it may fall before the last events).
pub fn raw_history() -> impl Strategy<Value = (Date, Vec<Vec<(Raw, bool)>>, usize)> {
    (
        0i64..1100,
        prop::collection::vec(
            prop::collection::vec((raw(), prop::bool::weighted(0.1)), 0..4),
            1..70,
        ),
        0usize..75,
    )
        .prop_map(|(offset, days, today)| {
            (plus(jiff::civil::date(2026, 1, 1), offset), days, today)
        })
}

/// The events of raw days.
pub fn raw_events(first: Date, days: &[Vec<(Raw, bool)>]) -> Vec<Event> {
    let mut events: Vec<Event> = Vec::new();
    let mut id = 0u64;
    for (index, day) in days.iter().enumerate() {
        let date = plus(first, index as i64);
        for (n, (raw, late)) in day.iter().enumerate() {
            let at = if *late {
                moment(plus(date, 2), n)
            } else {
                moment(date, n)
            };
            let kind = match raw {
                Raw::Seeded(seed) => EventKind::Seeded { seed: *seed },
                Raw::RoundStarted => EventKind::RoundStarted { seed: id },
                Raw::Drawn(card) => EventKind::Drawn {
                    card: CARDS[*card].into(),
                },
                Raw::Redrawn(card) => EventKind::Redrawn {
                    card: CARDS[*card].into(),
                },
                Raw::CheckedIn(backfill) => EventKind::CheckedIn {
                    backfill: *backfill,
                },
                Raw::Note(note) => EventKind::NoteSet {
                    note: NOTES[*note].into(),
                },
                Raw::Undone => EventKind::Undone,
                Raw::Credited(card) => EventKind::Credited {
                    card: CARDS[*card].into(),
                    own: (*card == 0).then(|| OWN.to_string()),
                },
                Raw::Repeat => match events.last() {
                    // The same id again, with other content: the first counts.
                    Some(before) => {
                        let mut again = before.clone();
                        again.kind = EventKind::Undone;
                        events.push(again);
                        continue;
                    }
                    None => EventKind::Undone,
                },
            };
            id += 1;
            events.push(Event {
                id: format!("{id:016x}"),
                day: date,
                at,
                kind,
            });
        }
    }
    events
}
