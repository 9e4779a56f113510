//! A reference model of the streak and round rules, written from
//! `docs/streak-rules.md` and nothing else: deliberately simple and slow.
//!
//! It reads the events itself (not through `rules::facts_by_day`), walks
//! every calendar day from the first event to today one by one (no jumping
//! over quiet days, no summary, no stored "marks"), and keeps the whole
//! grid of every round as a plain list of days. The property tests in
//! `tests/streak_model.rs` and `tests/journal_properties.rs` compare the
//! real fold (with and without the summary cache) against it.
//!
//! Where the document leaves a detail open, the comment says which reading
//! the model takes.

#![allow(dead_code)] // each test file uses a different part of the model

pub mod acts;

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;
use xiaoshi::deck::Deck;
use xiaoshi::journal::{Event, EventKind};

/// §3: a round is 21 checked-in days.
pub const ROUND: u32 = 21;
/// §5: a freeze every 7 streak check-ins, at most 2 banked.
pub const FREEZE_EVERY: u32 = 7;
pub const FREEZES_MAX: u32 = 2;
/// §4: at most 2 backfills a round.
pub const BACKFILLS: u32 = 2;
/// §3: 7 or more missed days in a row show as one cell (`✗ 63 天`) in the
/// grid, and as one row in `why`.
pub const COLLAPSE: u32 = 7;

/// How a day looks: the grid's symbols (§3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Look {
    Done,
    Frozen,
    Missed,
    Today,
    Future,
}

/// What one day's events say, read the way §2, §4 and §7 describe.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Day {
    /// §2/§7: the last redraw's card if there was one, else the first draw's.
    pub card: Option<String>,
    /// Every card drawn or redrawn.
    pub drawn: Vec<String>,
    pub redrawn: bool,
    /// §4: checked in if a check-in comes after the last undo.
    pub done: bool,
    /// Whether that check-in was a backfill (`done --yesterday`).
    pub backfill: bool,
    /// §4: what the check-in credits when not the card drawn (`done
    /// --card`, `done --own`): the last credit after the last undo.
    pub credit: Option<String>,
    pub own: Option<String>,
    /// The last note set, unless an undo came after it; "" is no note.
    pub note: Option<String>,
    pub round_started: bool,
    /// The seed of the day's last `round start`.
    pub round_seed: Option<u64>,
    pub seeded: Option<u64>,
}

/// Reads a day's events, already in applying order.
fn read_day(events: &[&Event]) -> Day {
    let mut day = Day::default();
    let last_redraw = events.iter().rev().find_map(|event| match &event.kind {
        EventKind::Redrawn { card } => Some(card.clone()),
        _ => None,
    });
    let first_draw = events.iter().find_map(|event| match &event.kind {
        EventKind::Drawn { card } => Some(card.clone()),
        _ => None,
    });
    day.redrawn = last_redraw.is_some();
    day.card = last_redraw.or(first_draw);
    for event in events {
        match &event.kind {
            EventKind::Drawn { card } | EventKind::Redrawn { card } => {
                day.drawn.push(card.clone());
            }
            EventKind::RoundStarted { seed } => {
                day.round_started = true;
                day.round_seed = Some(*seed);
            }
            EventKind::Seeded { seed } if day.seeded.is_none() => day.seeded = Some(*seed),
            _ => {}
        }
    }
    let last_undo = events
        .iter()
        .rposition(|event| matches!(event.kind, EventKind::Undone));
    let after_undo = &events[last_undo.map_or(0, |at| at + 1)..];
    if let Some(check_in) = after_undo.iter().find_map(|event| match event.kind {
        EventKind::CheckedIn { backfill } => Some(backfill),
        _ => None,
    }) {
        day.done = true;
        day.backfill = check_in;
    }
    if day.done
        && let Some((card, own)) = after_undo.iter().rev().find_map(|event| match &event.kind {
            EventKind::Credited { card, own } => Some((card.clone(), own.clone())),
            _ => None,
        })
    {
        day.credit = Some(card);
        day.own = own;
    }
    // §4: the note belongs to the day: an undo does not take it.
    day.note = events
        .iter()
        .rev()
        .find_map(|event| match &event.kind {
            EventKind::NoteSet { note } => Some(note.clone()),
            _ => None,
        })
        // An empty note is no note.
        .filter(|note| !note.is_empty());
    day
}

/// §7: events apply by day, then in the order they were written (never by
/// the clock's time, so a clock set back within a day still applies the
/// newest intent); the same id twice on a day counts once (the first one
/// written), as `journal::event::normalize` does.
pub fn days_of(events: &[Event]) -> BTreeMap<Date, Day> {
    let mut seen = BTreeSet::new();
    let mut kept: Vec<&Event> = events
        .iter()
        .filter(|event| seen.insert((event.day, event.id.clone())))
        .collect();
    kept.sort_by_key(|event| event.day);
    let mut by_day: BTreeMap<Date, Vec<&Event>> = BTreeMap::new();
    for event in kept {
        by_day.entry(event.day).or_default().push(event);
    }
    by_day
        .into_iter()
        .map(|(date, events)| (date, read_day(&events)))
        .collect()
}

/// A round that is over (§3: completions and early ends stay in history).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finished {
    pub number: u32,
    pub start: Date,
    /// The round's last done or frozen day.
    pub end: Date,
    pub checked_in: u32,
    pub completed: bool,
}

/// One day of the walk, as `why` should explain it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logged {
    pub date: Date,
    pub look: Look,
    pub streak: u32,
    pub freezes: u32,
    /// The round the day belongs to, and its check-ins after the day: the
    /// day that completes a round is that round's 21st (issue 13).
    pub round: u32,
    pub round_checked_in: u32,
}

/// The round in progress.
#[derive(Debug, Clone, Default)]
struct Round {
    number: u32,
    /// Every card drawn or redrawn in the round (§2: none repeats until the
    /// deck is used up).
    drawn: Vec<String>,
    /// §2: the round before's last week of cards (its last 7 drawn).
    avoid: Vec<String>,
    start: Option<Date>,
    checked_in: u32,
    backfills: u32,
    /// Every calendar day from the first check-in on, as it looks.
    grid: Vec<(Date, Look)>,
}

/// Everything the rules add up to on `today`.
#[derive(Debug, Clone)]
pub struct Model {
    pub today: Date,
    pub streak: u32,
    pub best: u32,
    pub freezes: u32,
    /// The first check-in of the current streak.
    pub streak_since: Option<Date>,
    pub round: u32,
    pub round_start: Option<Date>,
    pub round_checked_in: u32,
    pub backfills_used: u32,
    pub complete: bool,
    /// The grid as `status` shows it: the round's days, today (if still
    /// open), then the days still needed.
    pub grid: Vec<(Date, Look)>,
    /// `day x/21`.
    pub day_of_round: u32,
    pub finished: Vec<Finished>,
    /// Rounds completed, the one completed today included.
    pub completed: usize,
    pub by_suit: BTreeMap<String, u32>,
    pub checked_in_days: u32,
    pub days: BTreeMap<Date, Day>,
    /// §2/§7: the card order's seed: the first set, replaced by each `round start`.
    pub seed: Option<u64>,
    /// The current round's cards drawn so far, and the round before's last week.
    pub round_drawn: Vec<String>,
    pub avoid: Vec<String>,
    pub log: Vec<Logged>,
}

/// `hearts-7` → `hearts`; ids not of the standard form are `other`, and a
/// check-in without a card is `none`.
pub fn suit(card: Option<&str>) -> String {
    let Some(card) = card else {
        return "none".into();
    };
    for suit in ["hearts", "spades", "clubs", "diamonds", "joker"] {
        if card == suit || card.starts_with(&format!("{suit}-")) {
            return suit.into();
        }
    }
    "other".into()
}

impl Model {
    /// Walks every day from the first event up to `today`.
    pub fn run(events: &[Event], today: Date) -> Model {
        let days = days_of(events);
        let mut streak = 0u32;
        let mut best = 0u32;
        let mut freezes = 0u32;
        let mut since: Option<Date> = None;
        let mut round = Round {
            number: 1,
            ..Round::default()
        };
        let mut finished: Vec<Finished> = Vec::new();
        let mut completed_today = false;
        let mut by_suit: BTreeMap<String, u32> = BTreeMap::new();
        let mut checked_in_days = 0;
        let mut log = Vec::new();
        let mut seed: Option<u64> = None;

        let finish = |round: &mut Round, finished: &mut Vec<Finished>, completed: bool| {
            let end = round
                .grid
                .iter()
                .rev()
                .find(|(_, look)| matches!(look, Look::Done | Look::Frozen))
                .map(|&(date, _)| date);
            if let (Some(start), Some(end)) = (round.start, end) {
                finished.push(Finished {
                    number: round.number,
                    start,
                    end,
                    checked_in: round.checked_in,
                    completed,
                });
            }
            let last_week = round.drawn.len().saturating_sub(7);
            *round = Round {
                number: round.number + 1,
                avoid: round.drawn[last_week..].to_vec(),
                ..Round::default()
            };
        };

        let mut date = match days.keys().next() {
            Some(&first) => first.min(today),
            None => today,
        };
        while date <= today {
            let empty = Day::default();
            let day = days.get(&date).unwrap_or(&empty);
            // §3: `round start` ends an unfinished round (one with check-ins;
            // a round nobody checked in to has not begun, and keeps its number).
            if seed.is_none() {
                seed = day.seeded;
            }
            if day.round_started {
                seed = day.round_seed;
            }
            if day.round_started && round.checked_in > 0 {
                finish(&mut round, &mut finished, false);
            }
            round.drawn.extend(day.drawn.iter().cloned());
            // §2: a card credited is used too, unless the round used it already.
            if let Some(credit) = day
                .credit
                .as_ref()
                .filter(|c| day.done && !round.drawn.contains(c))
            {
                round.drawn.push(credit.clone());
            }
            let look;
            let mut round_of_day = round.number;
            let mut round_checked = round.checked_in;
            if day.done {
                look = Look::Done;
                if round.checked_in == 0 {
                    round.start = Some(date);
                }
                round.checked_in += 1;
                if day.backfill {
                    round.backfills += 1;
                }
                round.grid.push((date, Look::Done));
                if streak == 0 {
                    since = Some(date);
                }
                streak += 1;
                best = best.max(streak);
                if streak.is_multiple_of(FREEZE_EVERY) && freezes < FREEZES_MAX {
                    freezes += 1;
                }
                checked_in_days += 1;
                // §4: a check-in counts for the card it credits.
                let done_card = day.credit.as_deref().or(day.card.as_deref());
                *by_suit.entry(suit(done_card)).or_default() += 1;
                round_of_day = round.number;
                round_checked = round.checked_in;
                if round.checked_in == ROUND {
                    if date < today {
                        finish(&mut round, &mut finished, true);
                    } else {
                        completed_today = true;
                    }
                }
            } else if date < today {
                // §5: a missed day spends a freeze if the streak lives.
                if streak > 0 && freezes > 0 {
                    freezes -= 1;
                    look = Look::Frozen;
                } else {
                    streak = 0;
                    since = None;
                    look = Look::Missed;
                }
                // Missed days are gaps in a round that has begun; before its
                // first check-in there is no grid yet.
                if round.start.is_some() {
                    round.grid.push((date, look));
                }
                round_of_day = round.number;
                round_checked = round.checked_in;
            } else {
                look = Look::Today;
            }
            log.push(Logged {
                date,
                look,
                streak,
                freezes,
                round: round_of_day,
                round_checked_in: round_checked,
            });
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }

        let today_day = days.get(&today).cloned().unwrap_or_default();
        let complete = round.checked_in >= ROUND;
        let mut grid = round.grid.clone();
        if !today_day.done && !complete {
            grid.push((today, Look::Today));
        }
        let counted = round.checked_in + u32::from(!today_day.done);
        let mut next = today;
        if !complete {
            for _ in counted..ROUND {
                next = next.tomorrow().unwrap_or(next);
                grid.push((next, Look::Future));
            }
        }
        let day_of_round = if complete || today_day.done {
            round.checked_in
        } else {
            round.checked_in + 1
        };
        let completed =
            finished.iter().filter(|r| r.completed).count() + usize::from(completed_today);
        Model {
            today,
            streak,
            best,
            freezes,
            streak_since: since,
            round: round.number,
            round_start: round.start,
            round_checked_in: round.checked_in,
            backfills_used: round.backfills,
            complete,
            grid,
            day_of_round,
            finished,
            completed,
            by_suit,
            checked_in_days,
            days,
            seed,
            round_drawn: round.drawn.clone(),
            avoid: round.avoid.clone(),
            log,
        }
    }

    /// The grid as cells: each day, except that a run of [`COLLAPSE`] or
    /// more missed days is one cell `(first day, Missed, days)`.
    pub fn cells(&self) -> Vec<(Date, Look, u32)> {
        let mut cells: Vec<(Date, Look, u32)> = Vec::new();
        let mut run: Vec<Date> = Vec::new();
        let flush = |run: &mut Vec<Date>, cells: &mut Vec<(Date, Look, u32)>| {
            if run.len() as u32 >= COLLAPSE {
                cells.push((run[0], Look::Missed, run.len() as u32));
            } else {
                cells.extend(run.iter().map(|&date| (date, Look::Missed, 1)));
            }
            run.clear();
        };
        for &(date, look) in &self.grid {
            if look == Look::Missed {
                run.push(date);
            } else {
                flush(&mut run, &mut cells);
                cells.push((date, look, 1));
            }
        }
        flush(&mut run, &mut cells);
        cells
    }

    /// §2: the card a draw for `date` gives now, with `deck` (its ladder
    /// setting, its cards' ranks). `None` before any seed is set.
    pub fn next_draw(&self, deck: &Deck, date: Date) -> Option<String> {
        let seed = self.seed?;
        let ids: Vec<&str> = deck.cards.iter().map(|card| &*card.id).collect();
        let times = |id: &str| self.round_drawn.iter().filter(|d| *d == id).count();
        let pass = ids.iter().map(|id| times(id)).min()?;
        let order = xiaoshi::journal::draw::shuffled(&ids, seed, self.round, pass as u32);
        let left: Vec<&str> = order.into_iter().filter(|id| times(id) == pass).collect();
        if !deck.ladder {
            return left.first().map(|id| id.to_string());
        }
        // The rung: small cards on the round's check-in days 1-7, then
        // up to 10 and the black joker, then every card but the 爱邻日 one.
        let rung = |id: &str| -> u8 {
            let card = deck.card(id).expect("a card of the deck");
            match card.face.rank() {
                Some(rank) => match rank.label() {
                    "A" | "2" | "3" | "4" => 1,
                    "J" | "Q" | "K" => 3,
                    _ => 2,
                },
                None if id == "joker-red" => 4,
                None => 2,
            }
        };
        let day = self.round_checked_in + 1;
        let top = if day <= 7 {
            1
        } else if day <= 14 {
            2
        } else {
            3
        };
        if date.day() == 20 && top > 1 && left.contains(&"joker-red") {
            return Some("joker-red".into());
        }
        for reach in top..=3 {
            let allowed: Vec<&str> = left
                .iter()
                .copied()
                .filter(|id| rung(id) <= reach)
                .collect();
            let fresh = allowed
                .iter()
                .find(|id| !self.avoid.iter().any(|a| a == *id));
            if let Some(card) = fresh.or(allowed.first()) {
                return Some(card.to_string());
            }
        }
        left.first().map(|id| id.to_string())
    }

    /// The day's note, as history shows it.
    pub fn note(&self, date: Date) -> Option<&str> {
        self.days.get(&date).and_then(|day| day.note.as_deref())
    }
}
