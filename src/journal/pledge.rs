//! Where a workshop pledge goes in the resident's journal. The facilitator's
//! `workshop pledge-export` writes a `pledged` event for the day after the
//! workshop (or the day chosen); `journal import` puts it on the first day
//! from then on, and from today on, that is still open: a day with no card
//! and no check-in. A day the resident already drew or checked in is never
//! changed (its events, and so its history, stay exactly as they were).
//!
//! A corrected export of the same workshop's pledge takes the place of the
//! first one while that day is not done (the fold in `rules` does the same:
//! one place). A pledge is refused, with the reason, when its day is before
//! the workshop, when the first open day is after its by-when date, or
//! when that workshop's pledge was already done.
//!
//! Pure: the days' facts and today in, the day (or the refusal) out.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::event::Pledge;
use super::rules::DayFacts;
use crate::i18n::journal as text;
use crate::i18n::{Describe, Diagnostic, Lang, fill_named};

/// Why a pledge cannot go into the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The file asks for a day before the workshop was held.
    BeforeWorkshop { day: Date, held: Date },
    /// Every day up to the by-when date is drawn or done already.
    PastDue { by: Date, first_open: Date },
    /// This workshop's pledge is already the card of a day checked in.
    AlreadyDone { day: Date },
}

impl Describe for Refused {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: crate::i18n::Text| *text.get(lang);
        match self {
            Refused::BeforeWorkshop { day, held } => Diagnostic::new(fill_named(
                t(text::PLEDGE_BEFORE_WORKSHOP),
                &[("day", day), ("held", held)],
            )),
            Refused::PastDue { by, first_open } => Diagnostic::with_hint(
                fill_named(
                    t(text::PLEDGE_PAST_DUE),
                    &[("by", by), ("first", first_open)],
                ),
                t(text::PLEDGE_PAST_DUE_HINT),
            ),
            Refused::AlreadyDone { day } => {
                Diagnostic::new(fill_named(t(text::PLEDGE_ALREADY_DONE), &[("day", day)]))
            }
        }
    }
}

crate::describe_display!(Refused);
impl std::error::Error for Refused {}

/// Where a pledge goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub day: Date,
    /// The days passed over, already drawn or done (for the import to say).
    pub passed: Vec<Date>,
}

/// The day for `pledge`, asked for on `wanted`, in a journal whose days
/// are `days` on `today`.
pub fn place(
    days: &BTreeMap<Date, DayFacts>,
    today: Date,
    wanted: Date,
    pledge: &Pledge,
) -> Result<Placed, Refused> {
    if wanted < pledge.held {
        return Err(Refused::BeforeWorkshop {
            day: wanted,
            held: pledge.held,
        });
    }
    let same_workshop = |facts: &DayFacts| {
        facts
            .pledge
            .as_ref()
            .is_some_and(|p| p.workshop == pledge.workshop)
    };
    if let Some((day, _)) = days
        .iter()
        .find(|(_, facts)| same_workshop(facts) && facts.checked_in)
    {
        return Err(Refused::AlreadyDone { day: *day });
    }
    let mut day = wanted.max(today);
    let mut passed = Vec::new();
    loop {
        let facts = days.get(&day);
        let open = facts.is_none_or(|facts| {
            !facts.checked_in && (facts.card.is_none() || (same_workshop(facts) && !facts.redrawn))
        });
        if open {
            break;
        }
        passed.push(day);
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    if let Some(by) = pledge.by.filter(|by| day > *by) {
        return Err(Refused::PastDue {
            by,
            first_open: day,
        });
    }
    Ok(Placed { day, passed })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::rules::facts_by_day;
    use crate::journal::{Event, EventKind};
    use jiff::Timestamp;
    use jiff::civil::date;

    fn pledge(by: Option<Date>) -> Pledge {
        Pledge {
            card: "clubs-8".into(),
            workshop: "2026-11-24-N0VZH".into(),
            held: date(2026, 11, 24),
            by,
            words: None,
            note: Some("周六上午".into()),
        }
    }

    fn at() -> Timestamp {
        "2026-11-25T01:00:00Z".parse().expect("ts")
    }

    fn drawn(day: Date, card: &str) -> Event {
        Event::new(day, at(), EventKind::Drawn { card: card.into() })
    }

    #[test]
    fn a_pledge_takes_the_first_day_not_drawn_from_today() {
        let day = date(2026, 11, 25);
        let empty = BTreeMap::new();
        let placed = place(&empty, day, day, &pledge(None)).expect("open");
        assert_eq!(
            placed,
            Placed {
                day,
                passed: vec![]
            }
        );
        // Drawn and done that day: the next day, the day left as it was.
        let events = vec![
            drawn(day, "hearts-3"),
            Event::new(day, at(), EventKind::CheckedIn { backfill: false }),
        ];
        let placed = place(&facts_by_day(&events), day, day, &pledge(None)).expect("next");
        assert_eq!(placed.day, date(2026, 11, 26));
        assert_eq!(placed.passed, [day]);
        // Drawn only (not done): still the resident's card.
        let events = vec![drawn(day, "hearts-3")];
        let placed = place(&facts_by_day(&events), day, day, &pledge(None)).expect("next");
        assert_eq!(placed.day, date(2026, 11, 26));
        // Imported late: never a day gone by.
        let later = date(2026, 12, 3);
        let placed = place(&empty, later, day, &pledge(None)).expect("today");
        assert_eq!(placed.day, later);
    }

    #[test]
    fn refused_before_the_workshop_after_its_date_or_once_done() {
        let day = date(2026, 11, 25);
        let empty = BTreeMap::new();
        assert_eq!(
            place(&empty, day, date(2026, 11, 23), &pledge(None)),
            Err(Refused::BeforeWorkshop {
                day: date(2026, 11, 23),
                held: date(2026, 11, 24)
            })
        );
        let events = vec![drawn(day, "hearts-3")];
        assert_eq!(
            place(&facts_by_day(&events), day, day, &pledge(Some(day))),
            Err(Refused::PastDue {
                by: day,
                first_open: date(2026, 11, 26)
            })
        );
        let done = vec![
            Event::new(day, at(), EventKind::Pledged(Box::new(pledge(None)))),
            Event::new(day, at(), EventKind::CheckedIn { backfill: false }),
        ];
        assert_eq!(
            place(&facts_by_day(&done), day, day, &pledge(None)),
            Err(Refused::AlreadyDone { day })
        );
    }

    #[test]
    fn a_corrected_pledge_replaces_the_first_while_its_day_is_open() {
        let day = date(2026, 11, 26);
        let first = Event::new(day, at(), EventKind::Pledged(Box::new(pledge(None))));
        let mut fixed = pledge(Some(date(2026, 12, 15)));
        fixed.card = "clubs-9".into();
        let placed = place(
            &facts_by_day(std::slice::from_ref(&first)),
            date(2026, 11, 25),
            day,
            &fixed,
        )
        .expect("the same day");
        assert_eq!(placed.day, day);
        let second = Event::new(day, at(), EventKind::Pledged(Box::new(fixed.clone())));
        let facts = facts_by_day(&[first.clone(), second]);
        assert_eq!(facts[&day].card.as_deref(), Some("clubs-9"));
        assert_eq!(facts[&day].drawn, ["clubs-9"]);
        assert_eq!(facts[&day].pledge.as_ref().and_then(|p| p.by), fixed.by);
        // Another workshop's pledge never replaces it.
        let mut other = fixed;
        other.workshop = "2026-12-01-XXXX".into();
        let third = Event::new(day, at(), EventKind::Pledged(Box::new(other)));
        let facts = facts_by_day(&[first, third]);
        assert_eq!(facts[&day].card.as_deref(), Some("clubs-8"));
    }

    #[test]
    fn a_pledge_never_replaces_a_card_the_resident_drew() {
        let day = date(2026, 11, 26);
        let events = vec![
            drawn(day, "hearts-3"),
            Event::new(day, at(), EventKind::Pledged(Box::new(pledge(None)))),
        ];
        let facts = facts_by_day(&events);
        assert_eq!(facts[&day].card.as_deref(), Some("hearts-3"));
        assert_eq!(facts[&day].pledge, None);
    }
}
