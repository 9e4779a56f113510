//! One fold per member, by the resident's rules.
//!
//! Everything here calls into [`crate::journal`]: [`Today::from_events`],
//! [`Progress`], [`Status`] and [`view::why`]. Nothing is copied, so when the
//! resident's rules change (a card ladder, credited cards), a member's streak,
//! rounds, freezes and `why` change with them and keep meaning the same.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use super::log::MemberLog;
use super::model::MemberKey;
use crate::deck::Deck;
use crate::journal::Today;
use crate::journal::rules::{DayFacts, Progress};
use crate::journal::view::{self, Status, Why};

/// The member's journal on `date`, as a resident's `status` reads it.
pub fn today(log: &MemberLog, date: Date) -> Today {
    Today::from_events(log.events(), date)
}

/// What `xiaoshi status` would show for the member on `date`.
pub fn status<'d>(log: &MemberLog, date: Date, deck: &'d Deck) -> Status<'d> {
    Status::new(&today(log, date), deck)
}

/// What `xiaoshi why` would show for the member on `date`.
pub fn why<'d>(log: &MemberLog, date: Date, deck: &'d Deck) -> Why<'d> {
    view::why(log.events(), date, deck)
}

/// The fold at the end of `day` seen from `today`: a day before today is
/// over (a missed day spends a freeze or ends the streak); today is still
/// open, as in `status`. Days after today are not counted yet.
pub fn progress_at(log: &MemberLog, day: Date, today: Date) -> Progress {
    progress_from(&log.facts(), day, today)
}

/// [`progress_at`] from the member's facts, read once by the caller.
pub fn progress_from(facts: &BTreeMap<Date, DayFacts>, day: Date, today: Date) -> Progress {
    progress_resumed(Progress::default(), facts, day, today)
}

/// [`progress_from`] resumed from a fold saved earlier (its `through` day):
/// `facts` need only hold the days after it. Folding in two parts gives
/// what folding at once gives (the resident's fold promises it), so a saved
/// fold per member spares reading a year of check-ins.
pub fn progress_resumed(
    mut progress: Progress,
    facts: &BTreeMap<Date, DayFacts>,
    day: Date,
    today: Date,
) -> Progress {
    if day < today {
        progress.advance(facts, day, None);
    } else {
        if let Ok(yesterday) = today.yesterday() {
            progress.advance(facts, yesterday, None);
        }
        let open = facts.get(&today).cloned().unwrap_or_default();
        progress.apply_today(today, &open);
    }
    progress
}

/// The days on which the member completed a 21-day round, including a
/// round completed today (which the fold finishes only once today is over).
pub fn completed_rounds(progress: &Progress) -> Vec<Date> {
    let mut ends: Vec<Date> = progress
        .finished
        .iter()
        .filter(|round| round.completed)
        .map(|round| round.end)
        .collect();
    if progress.round.is_complete()
        && let Some(&(end, _)) = progress.round.marks.last()
    {
        ends.push(end);
    }
    ends
}

/// A member's numbers on a day: what their own `status` would say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberFigures {
    pub member: MemberKey,
    pub streak: u32,
    pub best_streak: u32,
    pub freezes: u32,
    pub round: u32,
    pub round_checked_in: u32,
    pub rounds_completed: usize,
    pub days_checked_in: u32,
    pub by_suit: BTreeMap<String, u32>,
    pub last_check_in: Option<Date>,
}

/// The member's figures on `date` (today applied, still open).
pub fn figures(member: &MemberKey, log: &MemberLog, date: Date) -> MemberFigures {
    let progress = progress_at(log, date, date);
    let last_check_in = log
        .facts()
        .range(..=date)
        .rev()
        .find(|(_, facts)| facts.checked_in)
        .map(|(&day, _)| day);
    MemberFigures {
        member: member.clone(),
        streak: progress.streak.current,
        best_streak: progress.streak.best,
        freezes: progress.streak.freezes,
        round: progress.round.number,
        round_checked_in: progress.round.checked_in,
        rounds_completed: completed_rounds(&progress).len(),
        days_checked_in: progress.days_checked_in,
        by_suit: progress.by_suit.clone(),
        last_check_in,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::Source;
    use crate::journal::{Event, EventKind};
    use jiff::Span;
    use jiff::civil::date;

    fn day(n: i64) -> Date {
        date(2026, 12, 1)
            .checked_add(Span::new().days(n))
            .expect("date")
    }

    fn checked(days: &[i64]) -> MemberLog {
        let mut log = MemberLog::default();
        let at = "2026-12-01T12:00:00Z".parse().expect("ts");
        for &n in days {
            log.add(
                Source::Paper,
                [
                    Event::new(
                        day(n),
                        at,
                        EventKind::Drawn {
                            card: "clubs-3".into(),
                        },
                    ),
                    Event::new(day(n), at, EventKind::CheckedIn { backfill: false }),
                ],
            );
        }
        log
    }

    #[test]
    fn a_members_figures_are_their_status() {
        let deck = Deck::builtin().expect("deck");
        let log = checked(&[0, 1, 2, 3, 4, 5, 6, 8]);
        let today = day(9);
        let figures = figures(&MemberKey::new("m1").expect("key"), &log, today);
        let status = status(&log, today, &deck);
        assert_eq!(figures.streak, status.streak.current);
        assert_eq!(figures.freezes, status.streak.freezes);
        assert_eq!(figures.round_checked_in, status.round.checked_in);
        assert_eq!(figures.by_suit, status.by_suit);
        // Seven in a row earn a freeze; day 7 spends it; the streak holds.
        assert_eq!((figures.streak, figures.freezes), (8, 0));
        assert_eq!(figures.last_check_in, Some(day(8)));
        let why = why(&log, today, &deck);
        assert_eq!(why.status.streak.current, 8);
    }

    #[test]
    fn a_round_completed_today_counts_today() {
        let log = checked(&(0..21).collect::<Vec<_>>());
        let on_the_day = progress_at(&log, day(20), day(20));
        assert_eq!(completed_rounds(&on_the_day), vec![day(20)]);
        let later = progress_at(&log, day(25), day(30));
        assert_eq!(completed_rounds(&later), vec![day(20)]);
        // Two freezes hold days 21 and 22; day 23 ends the streak.
        assert_eq!((later.streak.current, later.streak.best), (0, 21));
    }
}
