//! The streak and round rules (docs/streak-rules.md), as one pure fold over days.
//!
//! [`Progress`] is the whole state of the fold after some day. It can be
//! saved and resumed ([`super::summary`] keeps one so that daily commands need
//! not read ten years of events), and folding in two halves gives exactly
//! what folding at once gives: a property test pins that.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::event::{Event, EventKind};

/// Check-ins in a round.
pub const ROUND_LENGTH: u32 = 21;
/// A freeze is earned at every multiple of this many streak check-ins.
pub const FREEZE_EVERY: u32 = 7;
/// Most freezes that can be banked.
pub const FREEZES_MAX: u32 = 2;
/// Most backfills (补卡) per round.
pub const BACKFILLS_PER_ROUND: u32 = 2;

/// What the events say about one day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DayFacts {
    /// The day's card: the first drawn, or the redraw that replaced it.
    pub card: Option<String>,
    /// Every card drawn that day, in order (a redraw adds a second).
    pub drawn: Vec<String>,
    pub redrawn: bool,
    pub checked_in: bool,
    pub backfill: bool,
    /// What the check-in credits when it is not the card drawn
    /// (`done --card`, `done --own`); `None` without a check-in.
    pub credited: Option<String>,
    /// The resident's own words for what they did (`done --own`).
    pub own: Option<String>,
    pub note: Option<String>,
    /// The seed of a round started that day.
    pub round_started: Option<u64>,
    /// A card-order seed first set that day.
    pub seeded: Option<u64>,
    /// A workshop pledge that is the day's card (see [`EventKind::Pledged`]).
    pub pledge: Option<super::event::Pledge>,
}

impl DayFacts {
    /// The card the day's check-in counts for: the card credited, else the
    /// card drawn. `None` if the day is not done.
    pub fn done_card(&self) -> Option<&str> {
        if !self.checked_in {
            return None;
        }
        self.credited.as_deref().or(self.card.as_deref())
    }
}

/// Groups events (in applying order, see [`super::event::normalize`]) by day.
pub fn facts_by_day(events: &[Event]) -> BTreeMap<Date, DayFacts> {
    let mut days: BTreeMap<Date, DayFacts> = BTreeMap::new();
    for event in events {
        let facts = days.entry(event.day).or_default();
        match &event.kind {
            EventKind::Seeded { seed } => {
                facts.seeded.get_or_insert(*seed);
            }
            EventKind::RoundStarted { seed } => facts.round_started = Some(*seed),
            EventKind::Drawn { card } => {
                // Two machines may each have drawn for the same day before a
                // merge: the earlier draw stays the day's card.
                if facts.card.is_none() {
                    facts.card = Some(card.clone());
                }
                facts.drawn.push(card.clone());
            }
            EventKind::Redrawn { card } => {
                facts.card = Some(card.clone());
                facts.redrawn = true;
                facts.drawn.push(card.clone());
            }
            EventKind::CheckedIn { backfill } => {
                if !facts.checked_in {
                    facts.checked_in = true;
                    facts.backfill = *backfill;
                }
            }
            EventKind::Credited { card, own } => {
                facts.credited = Some(card.clone());
                facts.own = own.clone();
            }
            EventKind::NoteSet { note } => {
                facts.note = (!note.is_empty()).then(|| note.clone());
            }
            EventKind::Undone => {
                facts.checked_in = false;
                facts.backfill = false;
                facts.credited = None;
                facts.own = None;
                // The note belongs to the day, not to the tick: it stays.
            }
            EventKind::Pledged(pledge) => {
                // The card of a day nobody drew for; or, on a day whose card
                // came from this workshop's pledge and is not done, a
                // corrected pledge from the same workshop. Never a card the
                // resident drew.
                let corrects = !facts.checked_in
                    && !facts.redrawn
                    && facts.pledge.as_ref().is_some_and(|p| {
                        p.workshop == pledge.workshop && facts.card.as_ref() == Some(&p.card)
                    });
                if facts.card.is_none() || corrects {
                    let before = facts.pledge.as_ref().filter(|_| corrects);
                    if let Some(at) =
                        before.and_then(|p| facts.drawn.iter().position(|c| *c == p.card))
                    {
                        facts.drawn.remove(at);
                    }
                    facts.card = Some(pledge.card.clone());
                    facts.drawn.push(pledge.card.clone());
                    facts.pledge = Some((**pledge).clone());
                }
            }
        }
    }
    days
}

/// How a day shows in the round grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DayState {
    Done,
    Frozen,
    Missed,
    Today,
    Future,
}

/// The streak: consecutive check-ins, kept across missed days by freezes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Streak {
    pub current: u32,
    pub best: u32,
    pub freezes: u32,
    /// The first check-in of the current streak.
    pub since: Option<Date>,
}

/// The round in progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    pub number: u32,
    /// The round's first check-in; `None` until it has one.
    pub start: Option<Date>,
    /// The round's done and frozen days, in order. Every other day from
    /// `start` on was missed: missed days are not stored, so a long absence
    /// costs nothing to fold (see [`Progress::advance`]).
    pub marks: Vec<(Date, DayState)>,
    pub checked_in: u32,
    pub backfills: u32,
    /// Cards drawn during the round, so the next draw does not repeat them.
    pub cards: Vec<String>,
    /// The previous round's last week of cards ([`LAST_WEEK`] draws), which
    /// the ladder passes over while it has others (docs/streak-rules.md §2).
    #[serde(default)]
    pub avoid: Vec<String>,
}

/// How many of a round's last draws the next round passes over.
pub const LAST_WEEK: usize = 7;

impl Round {
    pub fn is_complete(&self) -> bool {
        self.checked_in >= ROUND_LENGTH
    }
}

/// A round that is over: completed, or ended early by `round start`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinishedRound {
    pub number: u32,
    pub start: Date,
    pub end: Date,
    pub checked_in: u32,
    pub completed: bool,
}

/// Which rule applied to a day, for `xiaoshi why`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// `round start` ended the round before it and began a new one.
    RoundRestarted,
    CheckedIn,
    Backfilled,
    EarnedFreeze,
    RoundCompleted,
    /// A missed day paid with a freeze; the streak holds.
    Frozen,
    /// A missed day with no freeze left; the streak ends.
    StreakBroken,
    /// A missed day outside any streak.
    Missed,
    /// Today, not yet checked in: the streak still counts up to yesterday.
    StillOpen,
}

/// One day of the replay that `why` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceDay {
    pub date: Date,
    /// For a run of missed days shown as one row (`why` after a long
    /// absence, see `view::why`): its last day. `None` for a single day.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub through: Option<Date>,
    pub rules: Vec<Rule>,
    pub streak: u32,
    pub freezes: u32,
    pub round: u32,
    pub round_checked_in: u32,
    /// The card a check-in counted for (credited, else drawn).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<String>,
    /// The resident's own words for what they did (`done --own`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub own: Option<String>,
}

impl TraceDay {
    /// How the day shows: done, frozen, today (still open) or missed.
    pub fn state(&self) -> DayState {
        let has = |rule| self.rules.contains(&rule);
        if has(Rule::CheckedIn) || has(Rule::Backfilled) {
            DayState::Done
        } else if has(Rule::Frozen) {
            DayState::Frozen
        } else if has(Rule::StillOpen) {
            DayState::Today
        } else {
            DayState::Missed
        }
    }
}

/// The fold's whole state after `through`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The last day folded in as final; `None` before any.
    pub through: Option<Date>,
    pub streak: Streak,
    pub round: Round,
    pub finished: Vec<FinishedRound>,
    /// Seed of the card order: the first `Seeded`, replaced by each `RoundStarted`.
    pub seed: Option<u64>,
    pub by_suit: BTreeMap<String, u32>,
    pub days_checked_in: u32,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            through: None,
            streak: Streak::default(),
            round: Round {
                number: 1,
                ..Round::default()
            },
            finished: Vec::new(),
            seed: None,
            by_suit: BTreeMap::new(),
            days_checked_in: 0,
        }
    }
}

impl Progress {
    /// The rounds that are over, with the current one once it is complete
    /// (on its completion day it is over, though the next round only starts
    /// tomorrow): what history lists, counting as [`Self::rounds_completed`].
    pub fn rounds_over(&self) -> Vec<FinishedRound> {
        let mut rounds = self.finished.clone();
        let round = &self.round;
        if round.is_complete()
            && let (Some(start), Some(&(end, _))) = (round.start, round.marks.last())
        {
            rounds.push(FinishedRound {
                number: round.number,
                start,
                end,
                checked_in: round.checked_in,
                completed: true,
            });
        }
        rounds
    }

    /// Rounds completed with all 21 check-ins, including one completed
    /// today (which the fold finishes only once the day is over).
    pub fn rounds_completed(&self) -> usize {
        let finished = self.finished.iter().filter(|round| round.completed).count();
        finished + usize::from(self.round.is_complete())
    }

    /// Folds in every day after `through` up to and including `until`, as
    /// final days: a day without a check-in is missed.
    pub fn advance(
        &mut self,
        facts: &BTreeMap<Date, DayFacts>,
        until: Date,
        mut trace: Option<&mut Vec<TraceDay>>,
    ) {
        let empty = DayFacts::default();
        let mut day = match self.through {
            Some(through) => match through.tomorrow() {
                Ok(next) => next,
                Err(_) => return,
            },
            // Nothing before the first event can matter.
            None => match facts.keys().next() {
                Some(&first) => first,
                None => return,
            },
        };
        while day <= until {
            // Without a streak, a quiet day changes nothing (missed days are
            // not stored): jump to the next day with events. So the walk is
            // day by day only while a streak lives, which is at most
            // FREEZES_MAX + 1 days past the last check-in.
            if !self.is_active() && !facts.contains_key(&day) {
                match facts.range(day..=until).next() {
                    Some((&next, _)) => day = next,
                    None => {
                        self.through = Some(until);
                        return;
                    }
                }
            }
            let day_facts = facts.get(&day).unwrap_or(&empty);
            let traced = self.step(day, day_facts, true);
            if let Some(trace) = trace.as_deref_mut() {
                trace.push(traced);
            }
            match day.tomorrow() {
                Ok(next) => day = next,
                Err(_) => break,
            }
        }
    }

    /// Applies today, which is not over: a check-in counts, a missing one
    /// does not yet break anything. Call on a copy advanced to yesterday.
    pub fn apply_today(&mut self, today: Date, facts: &DayFacts) -> TraceDay {
        self.step(today, facts, false)
    }

    fn is_active(&self) -> bool {
        self.streak.current > 0
    }

    fn step(&mut self, day: Date, facts: &DayFacts, final_day: bool) -> TraceDay {
        let mut rules = Vec::new();
        if self.seed.is_none() {
            self.seed = facts.seeded;
        }
        if let Some(seed) = facts.round_started {
            self.seed = Some(seed);
            if self.round.checked_in > 0 {
                rules.push(Rule::RoundRestarted);
                self.finish_round(false);
            }
        }
        self.round.cards.extend(facts.drawn.iter().cloned());
        // A card credited (`done --card`, a backfill of a day without a
        // draw) is used in the round as much as one drawn: the next draw
        // passes over it (docs/streak-rules.md §2).
        // A card already used in the round (drawn that day or before) is
        // not counted twice: the credit is the resident's choice, not a draw.
        let credited = facts
            .credited
            .as_ref()
            .filter(|card| facts.checked_in && !self.round.cards.contains(card))
            .cloned();
        self.round.cards.extend(credited);

        // The round the day belongs to: the day that completes a round is
        // that round's 21st, even though the round is finished with it.
        let mut round_of_day = None;
        if facts.checked_in {
            rules.push(if facts.backfill {
                Rule::Backfilled
            } else {
                Rule::CheckedIn
            });
            self.check_in(day, facts, &mut rules);
            if self.round.is_complete() {
                rules.push(Rule::RoundCompleted);
                round_of_day = Some((self.round.number, self.round.checked_in));
                // Today's completed round stays on show until the day is over.
                if final_day {
                    self.finish_round(true);
                }
            }
        } else if final_day {
            let state = self.miss(&mut rules);
            if state == DayState::Frozen && self.round.checked_in > 0 {
                self.round.marks.push((day, state));
            }
        } else {
            rules.push(Rule::StillOpen);
        }
        if final_day {
            self.through = Some(day);
        }
        let (round, round_checked_in) =
            round_of_day.unwrap_or((self.round.number, self.round.checked_in));
        TraceDay {
            date: day,
            through: None,
            rules,
            streak: self.streak.current,
            freezes: self.streak.freezes,
            round,
            round_checked_in,
            card: facts.done_card().map(str::to_string),
            own: facts.own.clone().filter(|_| facts.checked_in),
        }
    }

    fn check_in(&mut self, day: Date, facts: &DayFacts, rules: &mut Vec<Rule>) {
        let round = &mut self.round;
        if round.checked_in == 0 {
            round.start = Some(day);
        }
        round.marks.push((day, DayState::Done));
        round.checked_in += 1;
        if facts.backfill {
            round.backfills += 1;
        }

        let streak = &mut self.streak;
        if streak.current == 0 {
            streak.since = Some(day);
        }
        streak.current += 1;
        streak.best = streak.best.max(streak.current);
        if streak.current.is_multiple_of(FREEZE_EVERY) && streak.freezes < FREEZES_MAX {
            streak.freezes += 1;
            rules.push(Rule::EarnedFreeze);
        }

        self.days_checked_in += 1;
        let suit = facts.done_card().map_or("none", suit_of);
        *self.by_suit.entry(suit.to_string()).or_insert(0) += 1;
    }

    fn miss(&mut self, rules: &mut Vec<Rule>) -> DayState {
        let streak = &mut self.streak;
        if streak.current == 0 {
            rules.push(Rule::Missed);
            DayState::Missed
        } else if streak.freezes > 0 {
            streak.freezes -= 1;
            rules.push(Rule::Frozen);
            DayState::Frozen
        } else {
            streak.current = 0;
            streak.since = None;
            rules.push(Rule::StreakBroken);
            DayState::Missed
        }
    }

    fn finish_round(&mut self, completed: bool) {
        let round = std::mem::take(&mut self.round);
        let skip = round.cards.len().saturating_sub(LAST_WEEK);
        self.round.avoid = round.cards[skip..].to_vec();
        if let (Some(start), Some(&(end, _))) = (round.start, round.marks.last()) {
            self.finished.push(FinishedRound {
                number: round.number,
                start,
                end,
                checked_in: round.checked_in,
                completed,
            });
        }
        self.round.number = round.number + 1;
    }
}

/// The suit key of a card id (`hearts-7` → `hearts`); ids of the standard
/// form carry their suit, so statistics need no deck.
pub fn suit_of(card: &str) -> &str {
    let prefix = card.split('-').next().unwrap_or(card);
    match prefix {
        "hearts" | "spades" | "clubs" | "diamonds" | "joker" => prefix,
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn facts(days: &[(Date, bool)]) -> BTreeMap<Date, DayFacts> {
        days.iter()
            .map(|&(day, checked_in)| {
                (
                    day,
                    DayFacts {
                        card: Some("hearts-7".into()),
                        drawn: vec!["hearts-7".into()],
                        checked_in,
                        ..DayFacts::default()
                    },
                )
            })
            .collect()
    }

    fn run(days: u32, skip: &[u32]) -> Progress {
        let start = date(2026, 1, 1);
        let list: Vec<(Date, bool)> = (0..days)
            .map(|i| {
                (
                    start
                        .checked_add(jiff::Span::new().days(i64::from(i)))
                        .expect("date"),
                    !skip.contains(&i),
                )
            })
            .collect();
        let mut progress = Progress::default();
        let last = list.last().expect("days").0;
        progress.advance(&facts(&list), last, None);
        progress
    }

    #[test]
    fn seven_check_ins_earn_a_freeze_and_at_most_two_bank() {
        assert_eq!(run(6, &[]).streak.freezes, 0);
        assert_eq!(run(7, &[]).streak.freezes, 1);
        assert_eq!(run(14, &[]).streak.freezes, 2);
        assert_eq!(run(28, &[]).streak.freezes, 2);
    }

    #[test]
    fn a_freeze_keeps_the_streak_over_a_missed_day() {
        let progress = run(9, &[7]);
        assert_eq!(progress.streak.current, 8);
        assert_eq!(progress.streak.freezes, 0);
        assert_eq!(
            progress.round.marks[7],
            (date(2026, 1, 8), DayState::Frozen)
        );
    }

    #[test]
    fn a_missed_day_without_a_freeze_breaks_the_streak_but_not_the_round() {
        let progress = run(6, &[3]);
        assert_eq!(progress.streak.current, 2);
        assert_eq!(progress.streak.best, 3);
        assert_eq!(progress.round.checked_in, 5);
        assert_eq!(
            progress.round.marks.len(),
            5,
            "the missed day is not stored"
        );
    }

    #[test]
    fn a_round_completes_on_its_21st_check_in() {
        let progress = run(22, &[5]);
        assert_eq!(progress.finished.len(), 1);
        assert!(progress.finished[0].completed);
        assert_eq!(progress.finished[0].checked_in, ROUND_LENGTH);
        assert_eq!(progress.finished[0].end, date(2026, 1, 22));
        assert_eq!(progress.round.number, 2);
        assert_eq!(progress.round.checked_in, 0);
        assert_eq!(progress.rounds_completed(), 1);
    }

    #[test]
    fn a_long_absence_is_folded_without_walking_every_day() {
        let first = date(1, 1, 1);
        let last = date(9999, 12, 30);
        let facts = facts(&[(first, true), (last, true)]);
        let mut trace = Vec::new();
        let mut progress = Progress::default();
        progress.advance(&facts, last, Some(&mut trace));
        assert!(trace.len() <= 5, "walked {} days", trace.len());
        assert_eq!(progress.round.checked_in, 2);
        assert_eq!(progress.streak.current, 1);
    }

    #[test]
    fn today_open_keeps_yesterdays_streak() {
        let mut progress = run(3, &[]);
        let trace = progress.apply_today(date(2026, 1, 4), &DayFacts::default());
        assert_eq!(trace.rules, vec![Rule::StillOpen]);
        assert_eq!(progress.streak.current, 3);
    }

    /// Day `n` (0-based) from 2026-01-01.
    fn nth(n: i64) -> Date {
        date(2026, 1, 1)
            .checked_add(jiff::Span::new().days(n))
            .expect("date")
    }

    /// Days of facts from `(day, what)`: `c` check-in, `b` backfill, `r`
    /// round start, each with card `clubs-<n>` so suits can be told apart.
    fn days(list: &[(i64, &str)]) -> BTreeMap<Date, DayFacts> {
        list.iter()
            .map(|&(n, what)| {
                let card = if what.contains('h') {
                    format!("hearts-{n}")
                } else {
                    format!("clubs-{n}")
                };
                (
                    nth(n),
                    DayFacts {
                        card: Some(card.clone()),
                        drawn: vec![card],
                        checked_in: what.contains('c') || what.contains('b'),
                        backfill: what.contains('b'),
                        round_started: what.contains('r').then_some(9),
                        ..DayFacts::default()
                    },
                )
            })
            .collect()
    }

    fn fold(list: &[(i64, &str)], through: i64) -> (Progress, Vec<TraceDay>) {
        let mut progress = Progress::default();
        let mut trace = Vec::new();
        progress.advance(&days(list), nth(through), Some(&mut trace));
        (progress, trace)
    }

    #[test]
    fn round_start_on_a_round_with_no_check_ins_keeps_its_number() {
        let (progress, trace) = fold(&[(0, "r"), (1, "rc")], 1);
        assert_eq!(progress.round.number, 1);
        assert!(progress.finished.is_empty());
        assert!(!trace[1].rules.contains(&Rule::RoundRestarted));
    }

    #[test]
    fn round_start_mid_round_ends_the_round_early() {
        let (progress, trace) = fold(&[(0, "c"), (1, "c"), (2, "rc")], 2);
        assert_eq!(progress.round.number, 2);
        assert_eq!(progress.round.checked_in, 1);
        assert_eq!(progress.round.start, Some(nth(2)));
        assert_eq!(
            progress.finished,
            vec![FinishedRound {
                number: 1,
                start: nth(0),
                end: nth(1),
                checked_in: 2,
                completed: false,
            }]
        );
        assert_eq!(progress.rounds_completed(), 0);
        assert!(trace[2].rules.contains(&Rule::RoundRestarted));
    }

    #[test]
    fn a_freeze_spent_between_rounds_is_not_in_the_new_rounds_grid() {
        // 21 check-ins complete round 1 (and bank two freezes); day 21 is
        // missed and frozen before round 2 has a check-in.
        let list: Vec<(i64, &str)> = (0..21).map(|n| (n, "c")).chain([(22, "c")]).collect();
        let (progress, trace) = fold(&list, 22);
        assert_eq!(trace[21].rules, vec![Rule::Frozen]);
        assert_eq!(progress.round.number, 2);
        assert_eq!(progress.round.marks, vec![(nth(22), DayState::Done)]);
        assert_eq!(progress.round.start, Some(nth(22)));
        assert_eq!(progress.streak.current, 22);
    }

    #[test]
    fn a_rounds_start_is_its_first_check_in() {
        let (progress, _) = fold(&[(3, "c"), (4, "c"), (6, "c")], 6);
        assert_eq!(progress.round.start, Some(nth(3)));
    }

    #[test]
    fn backfills_are_counted_in_the_round() {
        let (progress, trace) = fold(&[(0, "c"), (1, "b"), (2, "b"), (3, "c")], 3);
        assert_eq!(progress.round.backfills, 2);
        assert_eq!(trace[1].rules, vec![Rule::Backfilled]);
        assert_eq!(trace[1].state(), DayState::Done);
        assert_eq!(trace[0].state(), DayState::Done);
    }

    #[test]
    fn the_streak_starts_at_its_first_check_in() {
        let (progress, _) = fold(&[(0, "c"), (2, "c"), (3, "c"), (4, "c")], 4);
        assert_eq!(progress.streak.since, Some(nth(2)));
        assert_eq!(progress.streak.current, 3);
    }

    #[test]
    fn check_ins_count_per_suit() {
        let (progress, _) = fold(&[(0, "c"), (1, "ch"), (2, "ch"), (3, "")], 3);
        assert_eq!(progress.by_suit.get("hearts"), Some(&2));
        assert_eq!(progress.by_suit.get("clubs"), Some(&1));
        assert_eq!(progress.days_checked_in, 3);
    }

    #[test]
    fn completed_rounds_are_counted_each() {
        let list: Vec<(i64, &str)> = (0..63).map(|n| (n, "c")).collect();
        let (progress, _) = fold(&list, 62);
        assert_eq!(progress.rounds_completed(), 3);
        let (progress, _) = fold(&list[..42], 41);
        assert_eq!(progress.rounds_completed(), 2);
        // Completed today: counted on the day, before it is over.
        let (mut progress, _) = fold(&list[..20], 19);
        let today = days(&[(20, "c")]).remove(&nth(20)).expect("day");
        let trace = progress.apply_today(nth(20), &today);
        assert_eq!(progress.rounds_completed(), 1);
        assert_eq!((trace.round, trace.round_checked_in), (1, 21));
    }

    #[test]
    fn the_rounds_over_include_one_completed_today() {
        let list: Vec<(i64, &str)> = (0..21).map(|n| (n, "c")).collect();
        // Before its 21st day the round is not over; history lists nothing.
        let (mut progress, _) = fold(&list[..20], 19);
        assert_eq!(progress.rounds_over(), vec![]);
        // On its completion day it is over, though the fold finishes it
        // only once the day is over.
        let today = days(&[(20, "c")]).remove(&nth(20)).expect("day");
        progress.apply_today(nth(20), &today);
        let completed = FinishedRound {
            number: 1,
            start: nth(0),
            end: nth(20),
            checked_in: ROUND_LENGTH,
            completed: true,
        };
        assert_eq!(progress.rounds_over(), vec![completed]);
        // A round ended early by `round start` is over too, not completed.
        let (progress, _) = fold(&[(0, "c"), (1, "c"), (2, "rc")], 2);
        let over = progress.rounds_over();
        assert_eq!(over.len(), 1);
        assert!(!over[0].completed);
        assert_eq!((over[0].start, over[0].end), (nth(0), nth(1)));
    }

    #[test]
    fn the_day_that_completes_a_round_is_its_21st() {
        let list: Vec<(i64, &str)> = (0..22).map(|n| (n, "c")).collect();
        let (progress, trace) = fold(&list, 21);
        assert!(trace[20].rules.contains(&Rule::RoundCompleted));
        assert_eq!((trace[20].round, trace[20].round_checked_in), (1, 21));
        assert_eq!((trace[21].round, trace[21].round_checked_in), (2, 1));
        assert_eq!(progress.finished[0].end, nth(20));
    }

    #[test]
    fn an_empty_note_is_no_note() {
        let at: jiff::Timestamp = "2026-01-01T09:00:00Z".parse().expect("ts");
        let day = nth(0);
        let note = |text: &str| Event {
            id: text.to_string(),
            day,
            at,
            kind: EventKind::NoteSet { note: text.into() },
        };
        let facts = facts_by_day(&[note("收快递")]);
        assert_eq!(facts[&day].note.as_deref(), Some("收快递"));
        let facts = facts_by_day(&[note("收快递"), note("")]);
        assert_eq!(facts[&day].note, None);
    }

    #[test]
    fn suits_come_from_card_ids() {
        assert_eq!(suit_of("hearts-7"), "hearts");
        assert_eq!(suit_of("joker-red"), "joker");
        assert_eq!(suit_of("custom"), "other");
    }
}
