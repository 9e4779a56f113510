//! What each resident action writes: pure functions from the journal's state
//! to new events, shared by the command line and the TUI.

use jiff::Timestamp;
use jiff::civil::Date;

use super::Today;
use super::draw::{self, Climb, Tier};
use super::event::{Event, EventKind};
use super::rules::{BACKFILLS_PER_ROUND, Progress};
use crate::deck::Deck;
use crate::i18n::journal as text;
use crate::i18n::{Describe, Diagnostic, Lang, fill_named};

/// Why an action cannot be done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    AlreadyRedrawn { card: String },
    RedrawAfterCheckIn,
    NoBackfillsLeft,
    EmptyDeck,
}

impl Describe for ActionError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let backfills = [("count", &BACKFILLS_PER_ROUND as &dyn std::fmt::Display)];
        match self {
            ActionError::AlreadyRedrawn { card } => Diagnostic::new(fill_named(
                text::ALREADY_REDRAWN.get(lang),
                &[("card", card)],
            )),
            ActionError::RedrawAfterCheckIn => Diagnostic::with_hint(
                *text::REDRAW_AFTER_CHECK_IN.get(lang),
                *text::REDRAW_AFTER_CHECK_IN_HINT.get(lang),
            ),
            ActionError::NoBackfillsLeft => Diagnostic::with_hint(
                fill_named(text::NO_BACKFILLS.get(lang), &backfills),
                fill_named(text::NO_BACKFILLS_HINT.get(lang), &backfills),
            ),
            ActionError::EmptyDeck => Diagnostic::new(*text::EMPTY_DECK.get(lang)),
        }
    }
}

crate::describe_display!(ActionError);
impl std::error::Error for ActionError {}

/// How a check-in went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckIn {
    Done,
    /// The day was done already; only the note may have changed.
    AlreadyDone {
        note_changed: bool,
    },
}

/// Draws a card for `day` (today, or yesterday for a backfill) if it has none,
/// or replaces it with `redraw`. Returns the events to append; none if the
/// day already has its card and no redraw is asked.
pub fn draw(
    today: &Today,
    deck: &Deck,
    day: Date,
    now: Timestamp,
    redraw: bool,
) -> Result<Vec<Event>, ActionError> {
    let facts = today.facts(day);
    if facts.card.is_some() && !redraw {
        return Ok(Vec::new());
    }
    if let Some(card) = facts.card.as_ref().filter(|_| facts.redrawn) {
        return Err(ActionError::AlreadyRedrawn { card: card.clone() });
    }
    if facts.card.is_some() && facts.checked_in {
        return Err(ActionError::RedrawAfterCheckIn);
    }
    let (progress, _) = today.with_today();
    let mut events = Vec::new();
    let seed = match progress.seed {
        Some(seed) => seed,
        None => {
            let seed = rand::random::<u64>();
            events.push(Event::new(day, now, EventKind::Seeded { seed }));
            seed
        }
    };
    let card = next_card(&progress, deck, seed, day)?;
    let kind = if facts.card.is_some() {
        EventKind::Redrawn { card }
    } else {
        EventKind::Drawn { card }
    };
    events.push(Event::new(day, now, kind));
    Ok(events)
}

/// The card a draw for `day` gives, given the progress with today applied:
/// the ladder's card when the deck has the ladder on, else the next card of
/// the round's order.
fn next_card(
    progress: &Progress,
    deck: &Deck,
    seed: u64,
    day: Date,
) -> Result<String, ActionError> {
    let round = &progress.round;
    let card = if deck.ladder {
        let cards: Vec<(&str, Tier)> = deck
            .cards
            .iter()
            .map(|card| (card.id.as_str(), Tier::of(card)))
            .collect();
        let climb = Climb {
            day: round.checked_in + 1,
            love_day: day.day() == 20,
            avoid: &round.avoid,
        };
        draw::ladder_card(&cards, seed, round.number, &round.cards, climb)
    } else {
        let ids: Vec<&str> = deck.cards.iter().map(|card| card.id.as_str()).collect();
        draw::next_card(&ids, seed, round.number, &round.cards)
    };
    card.map(str::to_string).ok_or(ActionError::EmptyDeck)
}

/// Checks in today, or yesterday as a backfill; draws the day's card first
/// if it has none. Repeating it is harmless: it only updates the note.
pub fn check_in(
    today: &Today,
    deck: &Deck,
    now: Timestamp,
    note: Option<&str>,
    yesterday: bool,
) -> Result<(Vec<Event>, CheckIn), ActionError> {
    let day = if yesterday {
        today.yesterday()
    } else {
        today.date
    };
    let facts = today.facts(day);
    let note_event = |events: &mut Vec<Event>| match note {
        Some(note) if facts.note.as_deref() != Some(note) => {
            events.push(Event::new(
                day,
                now,
                EventKind::NoteSet {
                    note: note.to_string(),
                },
            ));
            true
        }
        _ => false,
    };
    let mut events = Vec::new();
    if facts.checked_in {
        let note_changed = note_event(&mut events);
        return Ok((events, CheckIn::AlreadyDone { note_changed }));
    }
    if yesterday && today.progress.round.backfills >= BACKFILLS_PER_ROUND {
        return Err(ActionError::NoBackfillsLeft);
    }
    events.extend(draw(today, deck, day, now, false)?);
    events.push(Event::new(
        day,
        now,
        EventKind::CheckedIn {
            backfill: yesterday,
        },
    ));
    note_event(&mut events);
    Ok((events, CheckIn::Done))
}

/// Sets today's note without checking in; `None` if it is unchanged.
pub fn set_note(today: &Today, now: Timestamp, note: &str) -> Option<Event> {
    let current = today.facts(today.date).note.unwrap_or_default();
    (current != note).then(|| {
        Event::new(
            today.date,
            now,
            EventKind::NoteSet {
                note: note.to_string(),
            },
        )
    })
}

/// Takes back today's check-in; `None` if today is not checked in.
pub fn undo(today: &Today, now: Timestamp) -> Option<Event> {
    today
        .facts(today.date)
        .checked_in
        .then(|| Event::new(today.date, now, EventKind::Undone))
}

/// Whether `event`, appended last for its day, shows in `today`'s facts:
/// what a command checks before it reports success (a change that did not
/// take is an error, never a "done" that did nothing).
pub fn in_effect(today: &Today, event: &Event) -> bool {
    let facts = today.facts(event.day);
    match &event.kind {
        EventKind::Seeded { .. } => true,
        EventKind::RoundStarted { seed } => facts.round_started == Some(*seed),
        EventKind::Drawn { .. } => facts.card.is_some(),
        EventKind::Redrawn { card } => facts.card.as_ref() == Some(card) && facts.redrawn,
        EventKind::CheckedIn { .. } => facts.checked_in,
        EventKind::NoteSet { note } => {
            facts.note.as_deref() == Some(note.as_str()).filter(|n| !n.is_empty())
        }
        EventKind::Undone => !facts.checked_in,
        EventKind::Pledged(pledge) => facts.pledge.as_ref() == Some(&**pledge),
    }
}

/// Starts a new round from today with a fresh card order.
pub fn start_round(today: &Today, now: Timestamp) -> Event {
    Event::new(
        today.date,
        now,
        EventKind::RoundStarted {
            seed: rand::random::<u64>(),
        },
    )
}
