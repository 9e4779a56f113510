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
use crate::i18n::{Describe, Diagnostic, Lang, Localized, fill_named};

/// Why an action cannot be done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    AlreadyRedrawn {
        card: String,
        /// The card as messages name it ([`Deck::quoted`]).
        name: Localized<String>,
    },
    RedrawAfterCheckIn,
    /// A redraw that could only give today's card again (a deck of one
    /// card): nothing is redrawn, and the day's redraw is kept.
    NothingElseToDraw {
        card: String,
    },
    NoBackfillsLeft,
    EmptyDeck,
    /// `done --card ID` with an id the deck does not have; `like`: the
    /// closest id it has, if one is close.
    UnknownCard {
        id: String,
        like: Option<String>,
    },
    /// `done --own` with a deck that has no black joker.
    NoBlackJoker,
    /// `done --own ""`.
    EmptyOwnWords,
    /// A backfill for a day that had no card: which card was done? `card`
    /// is the ladder's card for that day, if the journal has a card order.
    BackfillNeedsCard {
        day: Date,
        card: Option<String>,
        /// `card` as messages name it ([`Deck::quoted`]).
        name: Option<Localized<String>>,
    },
    /// A backfill for a day before the current round began (`round start`
    /// today): the day belongs to the round that ended, and a backfill only
    /// counts in the round in progress.
    BackfillBeforeRound {
        day: Date,
        round: u32,
    },
    /// A backfill for a day before the resident began (nothing checked in
    /// and no card drawn before today): there is no streak to save.
    BackfillBeforeStart {
        day: Date,
    },
    /// `undo --yesterday` when yesterday's check-in was not a backfill.
    NotABackfill {
        day: Date,
    },
    /// `undo` when today is not checked in, or `undo --yesterday` when
    /// yesterday is not: nothing was undone.
    NothingToUndo {
        day: Date,
        yesterday: bool,
    },
    /// `round start` on a round with check-ins, not confirmed (`--yes`).
    RoundUnfinished {
        round: u32,
        checked_in: u32,
    },
}

impl Describe for ActionError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let backfills = [("count", &BACKFILLS_PER_ROUND as &dyn std::fmt::Display)];
        match self {
            ActionError::AlreadyRedrawn { name, .. } => Diagnostic::new(fill_named(
                text::ALREADY_REDRAWN.get(lang),
                &[("card", name.get(lang))],
            )),
            ActionError::NothingElseToDraw { card } => Diagnostic::new(fill_named(
                text::NOTHING_ELSE_TO_DRAW.get(lang),
                &[("card", &crate::text::sanitize::Shown(card))],
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
            ActionError::UnknownCard { id, like } => {
                let message = fill_named(
                    text::UNKNOWN_CARD.get(lang),
                    &[("id", &crate::text::sanitize::Shown(id))],
                );
                let forms = crate::i18n::CARD_FORMS.get(lang);
                let hint = match like {
                    Some(like) => fill_named(
                        text::UNKNOWN_CARD_LIKE.get(lang),
                        &[("like", like), ("forms", forms)],
                    ),
                    None => fill_named(text::UNKNOWN_CARD_HINT.get(lang), &[("forms", forms)]),
                };
                Diagnostic::with_hint(message, hint)
            }
            ActionError::NoBlackJoker => Diagnostic::with_hint(
                *text::NO_BLACK_JOKER.get(lang),
                *text::NO_BLACK_JOKER_HINT.get(lang),
            ),
            ActionError::EmptyOwnWords => Diagnostic::new(*text::EMPTY_OWN_WORDS.get(lang)),
            ActionError::BackfillNeedsCard { day, card, name } => Diagnostic::with_hint(
                fill_named(text::BACKFILL_NEEDS_CARD.get(lang), &[("day", day)]),
                match card {
                    Some(card) => fill_named(
                        text::BACKFILL_NEEDS_CARD_HINT.get(lang),
                        &[
                            ("card", card),
                            (
                                "name",
                                &name.as_ref().map_or(card.as_str(), |name| name.get(lang)),
                            ),
                        ],
                    ),
                    None => fill_named(
                        text::UNKNOWN_CARD_HINT.get(lang),
                        &[("forms", crate::i18n::CARD_FORMS.get(lang))],
                    ),
                },
            ),
            ActionError::RoundUnfinished { round, checked_in } => Diagnostic::with_hint(
                fill_named(
                    text::ROUND_UNFINISHED.get(lang),
                    &[("round", round), ("checked", checked_in)],
                ),
                *text::ROUND_UNFINISHED_HINT.get(lang),
            ),
            ActionError::BackfillBeforeRound { day, round } => Diagnostic::with_hint(
                fill_named(
                    text::BACKFILL_BEFORE_ROUND.get(lang),
                    &[("day", day), ("round", round)],
                ),
                *text::BACKFILL_BEFORE_ROUND_HINT.get(lang),
            ),
            ActionError::BackfillBeforeStart { day } => Diagnostic::new(fill_named(
                text::BACKFILL_BEFORE_START.get(lang),
                &[("day", day)],
            )),
            ActionError::NothingToUndo { day, yesterday } => {
                let text = if *yesterday {
                    text::NO_BACKFILL_TO_UNDO
                } else {
                    text::NOTHING_TO_UNDO
                };
                Diagnostic::new(fill_named(text.get(lang), &[("day", day)]))
            }
            ActionError::NotABackfill { day } => Diagnostic::with_hint(
                fill_named(text::NOT_A_BACKFILL.get(lang), &[("day", day)]),
                *text::NOT_A_BACKFILL_HINT.get(lang),
            ),
        }
    }
}

crate::describe_display!(ActionError);
impl std::error::Error for ActionError {}

/// How a check-in went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckIn {
    Done,
    /// The day was done already; only the note, or the card it credits,
    /// may have changed.
    AlreadyDone {
        note_changed: bool,
        credit_changed: bool,
    },
}

/// What a check-in credits, when it is not the card drawn: another card of
/// the deck (`done --card`), or the black joker in the resident's own words
/// (`done --own`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credit {
    /// The deck's id of the card.
    pub card: String,
    pub own: Option<String>,
}

/// The black joker's id: the card of a resident's own idea.
pub const OWN_IDEA_CARD: &str = "joker-black";

impl Credit {
    /// `done --card ID`: the deck's card of that id (ids compare without
    /// case, as people type them).
    pub fn card(deck: &Deck, id: &str) -> Result<Credit, ActionError> {
        match deck.card(id.trim()) {
            Some(card) => Ok(Credit {
                card: card.id.to_string(),
                own: None,
            }),
            None => {
                let like = deck
                    .cards
                    .iter()
                    .map(|card| (strsim::jaro_winkler(&card.id, &id.to_lowercase()), &card.id))
                    .filter(|(score, _)| *score > 0.8)
                    .max_by(|a, b| a.0.total_cmp(&b.0))
                    .map(|(_, id)| id.to_string());
                Err(ActionError::UnknownCard {
                    id: id.to_string(),
                    like,
                })
            }
        }
    }

    /// `done --own TEXT`: the black joker, in the resident's words.
    pub fn own(deck: &Deck, words: &str) -> Result<Credit, ActionError> {
        let words = words.trim();
        if words.is_empty() {
            return Err(ActionError::EmptyOwnWords);
        }
        let joker = deck.card(OWN_IDEA_CARD).ok_or(ActionError::NoBlackJoker)?;
        Ok(Credit {
            card: joker.id.to_string(),
            own: Some(words.to_string()),
        })
    }

    fn event(&self, day: Date, now: Timestamp) -> Event {
        Event::new(
            day,
            now,
            EventKind::Credited {
                card: self.card.clone(),
                own: self.own.clone(),
            },
        )
    }
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
    if let Some(refusal) = redraw_refusal(&facts, deck) {
        return Err(refusal);
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
    let mut card = next_card(&progress, deck, seed, day)?;
    let kind = match facts.card {
        Some(current) => {
            // The next card of the order can be today's again (a new pass
            // begins, or the day's rung has no other): draw as if today's
            // card had been dealt once more, so another comes first.
            if card == current {
                let mut again = progress.clone();
                again.round.cards.push(current.clone());
                card = next_card(&again, deck, seed, day)?;
            }
            if card == current {
                return Err(ActionError::NothingElseToDraw { card });
            }
            EventKind::Redrawn { card }
        }
        None => EventKind::Drawn { card },
    };
    events.push(Event::new(day, now, kind));
    Ok(events)
}

/// Why the day's card (`facts`) cannot be redrawn, or `None` if it can (or
/// there is no card yet): the day's one redraw is used, or the day is
/// checked in. The TUI asks this before its question, `draw` before it draws.
pub fn redraw_refusal(facts: &super::DayFacts, deck: &Deck) -> Option<ActionError> {
    let card = facts.card.as_ref()?;
    if facts.redrawn {
        return Some(ActionError::AlreadyRedrawn {
            card: card.clone(),
            name: deck.quoted(card),
        });
    }
    facts.checked_in.then_some(ActionError::RedrawAfterCheckIn)
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
            .map(|card| (&*card.id, Tier::of(card)))
            .collect();
        let climb = Climb {
            day: round.checked_in + 1,
            love_day: day.day() == 20,
            avoid: &round.avoid,
        };
        draw::ladder_card(&cards, seed, round.number, &round.cards, climb)
    } else {
        let ids: Vec<&str> = deck.cards.iter().map(|card| &*card.id).collect();
        draw::next_card(&ids, seed, round.number, &round.cards)
    };
    card.map(str::to_string).ok_or(ActionError::EmptyDeck)
}

/// The ladder's card for `day` (today or yesterday): what a draw for it
/// would give now. `None` before the journal has a card order (no draw yet).
pub fn ladder_card_for(today: &Today, deck: &Deck, day: Date) -> Option<String> {
    let (progress, _) = today.with_today();
    ladder_card(&progress, deck, day)
}

/// The ladder's card for `day` given the progress with today applied.
pub fn ladder_card(progress: &Progress, deck: &Deck, day: Date) -> Option<String> {
    let seed = progress.seed?;
    next_card(progress, deck, seed, day).ok()
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
    check_in_with(today, deck, now, note, yesterday, None)
}

/// [`check_in`], crediting `credit` instead of the card drawn (on a day
/// already done, it changes what the check-in credits). Crediting the card
/// drawn writes nothing more than the check-in.
pub fn check_in_with(
    today: &Today,
    deck: &Deck,
    now: Timestamp,
    note: Option<&str>,
    yesterday: bool,
    credit: Option<&Credit>,
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
        let credit_changed = match credit {
            Some(credit)
                if facts.done_card() != Some(credit.card.as_str()) || facts.own != credit.own =>
            {
                events.push(credit.event(day, now));
                true
            }
            _ => false,
        };
        let note_changed = note_event(&mut events);
        return Ok((
            events,
            CheckIn::AlreadyDone {
                note_changed,
                credit_changed,
            },
        ));
    }
    if yesterday && let Some(refusal) = yesterday_refusal(today) {
        return Err(refusal);
    }
    // A backfill credits a card the resident saw: yesterday's, or one they
    // name; a day that had no card is not given one they never saw.
    if yesterday && facts.card.is_none() && credit.is_none() {
        let card = ladder_card_for(today, deck, day);
        return Err(ActionError::BackfillNeedsCard {
            day,
            name: card.as_deref().map(|card| deck.quoted(card)),
            card,
        });
    }
    if !yesterday {
        events.extend(draw(today, deck, day, now, false)?);
    }
    events.push(Event::new(
        day,
        now,
        EventKind::CheckedIn {
            backfill: yesterday,
        },
    ));
    let drawn = events.iter().rev().find_map(|event| match &event.kind {
        EventKind::Drawn { card } => Some(card.clone()),
        _ => None,
    });
    let drawn = facts.card.clone().or(drawn);
    if let Some(credit) = credit.filter(|c| drawn.as_ref() != Some(&c.card) || c.own.is_some()) {
        events.push(credit.event(day, now));
    }
    note_event(&mut events);
    Ok((events, CheckIn::Done))
}

/// What decides whether yesterday can still be backfilled, besides its facts.
#[derive(Debug, Clone, Copy)]
pub struct Backfill {
    /// Yesterday.
    pub day: Date,
    /// Whether anything was checked in before today.
    pub checked_in_before: bool,
    /// Backfills used in the round yesterday belongs to.
    pub backfills_used: u32,
    /// The number of a round started today (if today's facts start one).
    pub round: u32,
}

/// Why yesterday (not checked in) cannot be backfilled, or `None` if it can:
/// the one rule `status`'s hint, the TUI's `b` and `done --yesterday` all
/// follow (docs/streak-rules.md §4, 补卡). A day before a round started
/// today belongs to the round that ended; a resident who neither checked in
/// nor drew a card before today has no day to save; at most
/// [`BACKFILLS_PER_ROUND`] a round.
pub fn backfill_refusal(
    backfill: &Backfill,
    yesterday: &super::DayFacts,
    today: &super::DayFacts,
) -> Option<ActionError> {
    if today.round_started.is_some() {
        return Some(ActionError::BackfillBeforeRound {
            day: backfill.day,
            round: backfill.round,
        });
    }
    if !backfill.checked_in_before && yesterday.card.is_none() {
        return Some(ActionError::BackfillBeforeStart { day: backfill.day });
    }
    (backfill.backfills_used >= BACKFILLS_PER_ROUND).then_some(ActionError::NoBackfillsLeft)
}

/// Why yesterday (not checked in) cannot be backfilled today, or `None`:
/// [`backfill_refusal`] over the journal.
pub fn yesterday_refusal(today: &Today) -> Option<ActionError> {
    let progress = &today.progress;
    backfill_refusal(
        &Backfill {
            day: today.yesterday(),
            checked_in_before: progress.days_checked_in > 0,
            backfills_used: progress.round.backfills,
            // `round start` keeps the number of a round nobody checked in to.
            round: progress.round.number + u32::from(progress.round.checked_in > 0),
        },
        &today.facts(today.yesterday()),
        &today.facts(today.date),
    )
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

/// Takes back yesterday's backfill (`undo --yesterday`): a mistaken 补卡
/// is undone and its backfill is free again. `None` if yesterday is not
/// checked in; an error if its check-in was made on the day (that one
/// stays: only a backfill can be taken back the day after).
pub fn undo_backfill(today: &Today, now: Timestamp) -> Result<Option<Event>, ActionError> {
    let day = today.yesterday();
    let facts = today.facts(day);
    if !facts.checked_in {
        return Ok(None);
    }
    if !facts.backfill {
        return Err(ActionError::NotABackfill { day });
    }
    Ok(Some(Event::new(day, now, EventKind::Undone)))
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
        EventKind::Credited { card, own } => {
            facts.checked_in && facts.credited.as_ref() == Some(card) && facts.own == *own
        }
        EventKind::NoteSet { note } => {
            facts.note.as_deref() == Some(note.as_str()).filter(|n| !n.is_empty())
        }
        EventKind::Undone => !facts.checked_in,
        EventKind::Pledged(pledge) => facts.pledge.as_ref() == Some(&**pledge),
    }
}

/// The round `round start` would end early: its number and check-ins, if
/// it has check-ins and is not complete (a round without check-ins has not
/// begun, and a complete one is over: starting afresh loses nothing).
pub fn unfinished_round(today: &Today) -> Option<(u32, u32)> {
    let (progress, _) = today.with_today();
    let round = &progress.round;
    (round.checked_in > 0 && !round.is_complete()).then_some((round.number, round.checked_in))
}

/// `round start`: refused on an unfinished round unless `confirmed`.
pub fn start_round_confirmed(
    today: &Today,
    now: Timestamp,
    confirmed: bool,
) -> Result<Event, ActionError> {
    match unfinished_round(today) {
        Some((round, checked_in)) if !confirmed => {
            Err(ActionError::RoundUnfinished { round, checked_in })
        }
        _ => Ok(start_round(today, now)),
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

#[cfg(test)]
mod tests {
    use super::super::view::Status;
    use super::*;
    use jiff::civil::date;

    /// The events of `day`: a draw, a redraw, a check-in; the cards drawn.
    fn draw_then_redraw(
        events: &mut Vec<Event>,
        deck: &Deck,
        day: Date,
    ) -> Result<(String, String), ActionError> {
        let now = Timestamp::UNIX_EPOCH;
        let today = Today::from_events(events, day);
        events.extend(draw(&today, deck, day, now, false)?);
        let first = Today::from_events(events, day)
            .facts(day)
            .card
            .expect("drawn");
        let today = Today::from_events(events, day);
        events.extend(draw(&today, deck, day, now, true)?);
        let today = Today::from_events(events, day);
        let second = today.facts(day).card.expect("drawn");
        events.extend(check_in(&today, deck, now, None, false)?.0);
        Ok((first, second))
    }

    /// Checks in on each of `days` (drawing first), from an empty journal.
    fn checked_in_on(deck: &Deck, days: &[Date]) -> Vec<Event> {
        let mut events = Vec::new();
        for &day in days {
            let today = Today::from_events(&events, day);
            let (more, _) =
                check_in(&today, deck, Timestamp::UNIX_EPOCH, None, false).expect("a check-in");
            events.extend(more);
        }
        events
    }

    fn drawn_on(events: &mut Vec<Event>, deck: &Deck, day: Date) -> String {
        let today = Today::from_events(events, day);
        events.extend(draw(&today, deck, day, Timestamp::UNIX_EPOCH, false).expect("a draw"));
        Today::from_events(events, day)
            .facts(day)
            .card
            .expect("drawn")
    }

    /// Issue 13: a card a backfill credits (that day had no card) is used
    /// in the round, so neither today's nor tomorrow's draw gives it again.
    #[test]
    fn a_card_credited_by_a_backfill_is_not_drawn_again_in_the_round() {
        let deck = Deck::builtin().expect("deck");
        let mut events = checked_in_on(&deck, &[date(2026, 12, 10)]);
        // 12-11 missed; on 12-12 today's card is drawn, then 12-11 backfilled
        // with the ladder's card for it (the next of the order).
        let today = date(2026, 12, 12);
        let todays = drawn_on(&mut events, &deck, today);
        let journal = Today::from_events(&events, today);
        let Err(ActionError::BackfillNeedsCard {
            card: Some(card), ..
        }) = check_in(&journal, &deck, Timestamp::UNIX_EPOCH, None, true)
        else {
            panic!("a day without a card asks which");
        };
        assert_ne!(card, todays);
        let credit = Credit::card(&deck, &card).expect("a card");
        let (more, _) = check_in_with(
            &journal,
            &deck,
            Timestamp::UNIX_EPOCH,
            None,
            true,
            Some(&credit),
        )
        .expect("a backfill");
        events.extend(more);
        let tomorrow = date(2026, 12, 13);
        assert_ne!(drawn_on(&mut events, &deck, tomorrow), card);
        // Credited on the day (`done --card`), the same: used.
        let progress = Today::from_events(&events, date(2026, 12, 14)).progress;
        assert!(
            progress.round.cards.contains(&card),
            "{:?}",
            progress.round.cards
        );
    }

    /// A card credited and then undone was not done: it stays free for a
    /// later draw. A card credited that is the card drawn is used once.
    /// (Kills `&&` → `||` in the rule that marks credited cards used.)
    #[test]
    fn an_undone_credit_does_not_use_its_card_and_the_drawn_card_counts_once() {
        let deck = Deck::builtin().expect("deck");
        let day = date(2026, 12, 10);
        let mut events = Vec::new();
        let drawn = drawn_on(&mut events, &deck, day);
        let other = deck
            .cards
            .iter()
            .map(|card| card.id.to_string())
            .find(|id| *id != drawn)
            .expect("another card");
        let credit = |events: &mut Vec<Event>, id: &str| {
            let journal = Today::from_events(events, day);
            let credit = Credit::card(&deck, id).expect("a card");
            let (more, _) = check_in_with(
                &journal,
                &deck,
                Timestamp::UNIX_EPOCH,
                None,
                false,
                Some(&credit),
            )
            .expect("a check-in");
            events.extend(more);
        };
        // As the next day sees the round (today's own card is kept apart).
        let next = date(2026, 12, 11);
        let cards = |events: &[Event]| Today::from_events(events, next).progress.round.cards;
        credit(&mut events, &other);
        assert!(cards(&events).contains(&other));
        let journal = Today::from_events(&events, day);
        events.extend(undo(&journal, Timestamp::UNIX_EPOCH));
        assert!(!cards(&events).contains(&other), "{:?}", cards(&events));
        // A credit with no check-in standing (as an import or a hand edit
        // could leave one) is not a card done either.
        let bare = Event::new(
            day,
            Timestamp::UNIX_EPOCH,
            EventKind::Credited {
                card: other.clone(),
                own: None,
            },
        );
        let mut unchecked = events.clone();
        unchecked.push(bare);
        assert!(
            !cards(&unchecked).contains(&other),
            "{:?}",
            cards(&unchecked)
        );
        credit(&mut events, &drawn);
        let used = cards(&events);
        assert_eq!(
            used.iter().filter(|id| **id == drawn).count(),
            1,
            "{used:?}"
        );
    }

    /// Issue 13: after `round start` today, yesterday belongs to the round
    /// that ended: no hint, no backfill, and the refusal says why.
    #[test]
    fn no_backfill_for_a_day_before_the_round_began() {
        let deck = Deck::builtin().expect("deck");
        let mut events = checked_in_on(&deck, &[date(2027, 1, 3), date(2027, 1, 4)]);
        let today = date(2027, 1, 6);
        let journal = Today::from_events(&events, today);
        assert!(
            Status::new(&journal, &deck).backfill_yesterday,
            "offered before"
        );
        events.push(start_round(&journal, Timestamp::UNIX_EPOCH));
        let journal = Today::from_events(&events, today);
        let refusal = ActionError::BackfillBeforeRound {
            day: date(2027, 1, 5),
            round: 2,
        };
        assert_eq!(yesterday_refusal(&journal), Some(refusal.clone()));
        assert!(!Status::new(&journal, &deck).backfill_yesterday);
        let credit = Credit::card(&deck, "clubs-3").expect("a card");
        assert_eq!(
            check_in_with(
                &journal,
                &deck,
                Timestamp::UNIX_EPOCH,
                None,
                true,
                Some(&credit)
            ),
            Err(refusal.clone())
        );
        let said = refusal.describe(Lang::Zh).one_line(Lang::Zh);
        assert!(said.contains("2027-01-05 在第 2 轮开始之前"), "{said}");
    }

    /// Issue 13: the hint and the backfill follow one rule. A resident who
    /// drew yesterday without checking in is offered it and may; one who
    /// began today is neither offered nor allowed.
    #[test]
    fn the_backfill_hint_and_the_backfill_agree() {
        let deck = Deck::builtin().expect("deck");
        let today = date(2026, 12, 6);
        let mut events = Vec::new();
        drawn_on(&mut events, &deck, date(2026, 12, 5));
        let journal = Today::from_events(&events, today);
        assert!(Status::new(&journal, &deck).backfill_yesterday);
        assert!(check_in(&journal, &deck, Timestamp::UNIX_EPOCH, None, true).is_ok());

        let journal = Today::empty(today);
        assert!(!Status::new(&journal, &deck).backfill_yesterday);
        assert_eq!(
            check_in(&journal, &deck, Timestamp::UNIX_EPOCH, None, true),
            Err(ActionError::BackfillBeforeStart {
                day: date(2026, 12, 5)
            })
        );
    }

    #[test]
    fn a_redraw_gives_another_card_or_says_there_is_none() {
        let mut deck = Deck::builtin().expect("deck");
        deck.ladder = false;
        deck.cards.to_mut().truncate(3);
        // Three cards: day 1 draws two, day 2's card ends the pass, and the
        // next pass may begin with it again; the redraw gives another.
        for seed in 0..16 {
            let mut events = vec![Event::new(
                date(2026, 11, 1),
                Timestamp::UNIX_EPOCH,
                EventKind::Seeded { seed },
            )];
            for day in 1..=3 {
                let day = date(2026, 11, day);
                let (first, second) =
                    draw_then_redraw(&mut events, &deck, day).expect("three cards");
                assert_ne!(first, second, "seed {seed}, {day}");
            }
        }
        // One card: nothing else to draw, nothing written, the redraw kept.
        deck.cards.to_mut().truncate(1);
        let day = date(2026, 11, 1);
        let mut events = Vec::new();
        let today = Today::empty(day);
        events.extend(draw(&today, &deck, day, Timestamp::UNIX_EPOCH, false).expect("draw"));
        let today = Today::from_events(&events, day);
        assert_eq!(
            draw(&today, &deck, day, Timestamp::UNIX_EPOCH, true),
            Err(ActionError::NothingElseToDraw {
                card: deck.cards[0].id.to_string()
            })
        );
        assert!(!today.facts(day).redrawn);
    }
}
