//! Follow-through: a participant's pledge as journal events. Imported with
//! `xiaoshi journal import`, the pledged card becomes the participant's
//! card for the day after the session (or the day chosen).
//!
//! The events are recorded at the pledge's time, which is before any draw
//! the resident makes that day, and the journal keeps a day's earliest draw:
//! so the pledge wins even over a card drawn before the import. Their ids
//! come from the session and the participant, so importing twice adds
//! nothing.

use jiff::civil::Date;

use super::session::{Session, WorkshopError};
use crate::journal::{Event, EventKind};

/// The events that make `participant`'s pledged card their card on `day`
/// (the day after the session when `None`); a joker's own words come as
/// the day's note.
pub fn events(
    session: &Session,
    participant: usize,
    day: Option<Date>,
) -> Result<Vec<Event>, WorkshopError> {
    let name = session
        .setup
        .participants
        .get(participant)
        .ok_or(super::DealError::NoParticipant(participant))?;
    let pledge = session
        .pledge_of(participant)
        .ok_or_else(|| WorkshopError::NoPledge { name: name.clone() })?;
    let day = match day {
        Some(day) => day,
        None => session.date.tomorrow().unwrap_or(session.date),
    };
    let id = |what: &str| format!("workshop-{}-{}-{what}", session.id, participant + 1);
    let mut events = vec![Event {
        id: id("drawn"),
        day,
        at: pledge.at,
        kind: EventKind::Drawn {
            card: pledge.card.clone(),
        },
    }];
    let note = match (&pledge.words, &pledge.note) {
        (Some(words), Some(note)) => Some(format!("{words} — {note}")),
        (Some(text), None) | (None, Some(text)) => Some(text.clone()),
        (None, None) => None,
    };
    if let Some(note) = note {
        events.push(Event {
            id: id("note"),
            day,
            at: pledge.at,
            kind: EventKind::NoteSet { note },
        });
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;
    use crate::workshop::{PledgeRequest, Setup};
    use jiff::civil::date;

    #[test]
    fn the_pledged_card_is_the_next_days_card_with_stable_ids() {
        let deck = Deck::builtin().expect("deck");
        let mut setup = Setup::new(vec!["王阿姨".into(), "小明".into()]);
        setup.seed = 42;
        let now = "2026-11-24T10:00:00Z".parse().expect("ts");
        let mut session = Session::new("s".into(), setup, &deck, None, date(2026, 11, 24), now);
        session.deal(&deck).expect("deal");
        assert!(matches!(
            events(&session, 0, None),
            Err(WorkshopError::NoPledge { .. })
        ));
        let card = session.hand(0)[2].clone();
        let request = PledgeRequest {
            card: card.clone(),
            note: Some("周六".into()),
            ..PledgeRequest::default()
        };
        session.pledge(0, request, &deck, now).expect("pledge");
        let first = events(&session, 0, None).expect("events");
        assert_eq!(first.len(), 2);
        assert_eq!(first[0].day, date(2026, 11, 25));
        assert_eq!(first[0].kind, EventKind::Drawn { card });
        assert_eq!(
            first,
            events(&session, 0, None).expect("again"),
            "stable ids"
        );
        let later = events(&session, 0, Some(date(2026, 12, 2))).expect("day");
        assert_eq!(later[0].day, date(2026, 12, 2));
    }
}
