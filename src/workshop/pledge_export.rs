//! Follow-through: a participant's pledge as a journal event. Imported with
//! `xiaoshi journal import`, the pledged card becomes the participant's card
//! for the day after the session (or the day chosen), or, if they already
//! drew that day, the first day they have not (see `journal::pledge`): a
//! day already drawn or checked in is never changed, and the resident's
//! own note stays theirs (the pledge's note travels beside it).
//!
//! The event's id comes from the session, the participant and what was
//! pledged: importing the same file twice adds nothing, and a corrected
//! export (another card, date or note) is a new event that takes the first
//! one's place while its day is still open.

use jiff::civil::Date;

use super::session::{Session, WorkshopError};
use crate::journal::{Event, EventKind, Pledge};

/// The event that makes `participant`'s pledge their card on `day` (the
/// day after the session when `None`; never before the session).
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
        Some(day) if day < session.date => {
            return Err(WorkshopError::DayBeforeSession {
                day,
                date: session.date,
            });
        }
        Some(day) => day,
        None => session.date.tomorrow().unwrap_or(session.date),
    };
    let kept = Pledge {
        card: pledge.card.clone(),
        workshop: session.id.clone(),
        held: session.date,
        by: pledge.by,
        words: pledge.words.clone(),
        note: pledge.note.clone(),
    };
    let what = format!("{day}|{kept:?}");
    let id = format!(
        "workshop-{}-{}-{:08x}",
        session.id,
        participant + 1,
        fnv1a(what.as_bytes()) as u32
    );
    Ok(vec![Event {
        id,
        day,
        at: pledge.at,
        kind: EventKind::Pledged(Box::new(kept)),
    }])
}

/// FNV-1a: a stable 64-bit hash (std's `Hasher` may change between Rust
/// versions; an id must not).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
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
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].day, date(2026, 11, 25));
        let EventKind::Pledged(kept) = &first[0].kind else {
            panic!("a pledge: {first:?}");
        };
        assert_eq!(kept.card, card);
        assert_eq!(kept.note.as_deref(), Some("周六"));
        assert_eq!(
            (kept.workshop.as_str(), kept.held),
            ("s", date(2026, 11, 24))
        );
        assert_eq!(
            first,
            events(&session, 0, None).expect("again"),
            "stable ids"
        );
        let later = events(&session, 0, Some(date(2026, 12, 2))).expect("day");
        assert_eq!(later[0].day, date(2026, 12, 2));
        assert_ne!(later[0].id, first[0].id, "another day is another event");
        assert_eq!(
            events(&session, 0, Some(date(2026, 11, 23))),
            Err(WorkshopError::DayBeforeSession {
                day: date(2026, 11, 23),
                date: date(2026, 11, 24)
            })
        );
        // A corrected pledge is a new event.
        let again = PledgeRequest {
            card: card.clone(),
            note: Some("周日".into()),
            ..PledgeRequest::default()
        };
        session.pledge(0, again, &deck, now).expect("again");
        assert_ne!(
            events(&session, 0, None).expect("events")[0].id,
            first[0].id
        );
    }
}
