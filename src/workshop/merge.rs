//! Merging a session changed in two places at once: the facilitator's
//! screen holds the session in memory while a pledge is made from the
//! command line (or another screen) on disk. Pure: the three versions in,
//! the merged one out.
//!
//! The screen's session wins for everything it drives (the setup, the
//! table, whose turn it is); pledges are merged per participant, three-way
//! against the version the screen last saved (`base`): a participant whose
//! pledge the screen did not touch gets the one on disk (made, changed or
//! withdrawn elsewhere); one the screen changed keeps the screen's, and is
//! named as a conflict if the disk changed it too. A pledge made elsewhere
//! on a card the screen has meanwhile swapped or dealt away cannot hold (a
//! pledge always points at a card in its owner's hand): it is not kept, and
//! named, so the facilitator can ask for it again.

use super::session::{Pledge, Session};
use crate::deck::Pile;

/// The outcome of [`pledges`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    /// What is saved.
    pub session: Session,
    /// Participants whose pledge came from the disk (changed elsewhere).
    pub from_elsewhere: Vec<String>,
    /// Participants whose pledge both sides changed (the screen's kept).
    pub conflicts: Vec<String>,
    /// Participants whose pledge made elsewhere was on a card no longer in
    /// their hand here: not kept.
    pub dropped: Vec<String>,
}

/// Merges `ours` (changed in memory since `base`) with `theirs` (the file
/// as it is now; `None` if it is gone).
pub fn pledges(base: &Session, ours: &Session, theirs: Option<&Session>) -> Merged {
    let mut session = ours.clone();
    let mut from_elsewhere = Vec::new();
    let mut conflicts = Vec::new();
    let mut dropped = Vec::new();
    let Some(theirs) = theirs else {
        return Merged {
            session,
            from_elsewhere,
            conflicts,
            dropped,
        };
    };
    let find = |session: &Session, name: &str| -> Option<Pledge> {
        session
            .pledges
            .iter()
            .find(|p| p.participant == name)
            .cloned()
    };
    let mut pledges: Vec<Pledge> = Vec::new();
    for (at, name) in ours.setup.participants.iter().enumerate() {
        let (b, o, t) = (find(base, name), find(ours, name), find(theirs, name));
        let kept = if o == b {
            if t != b {
                let holds = t.as_ref().is_none_or(|pledge| {
                    ours.hand(at).contains(&pledge.card)
                        || (pledge.pile == Pile::Joker && pledge.words.is_some())
                });
                if !holds {
                    dropped.push(name.clone());
                    pledges.extend(o);
                    continue;
                }
                from_elsewhere.push(name.clone());
            }
            t
        } else {
            if t != b && t != o {
                conflicts.push(name.clone());
            }
            o
        };
        pledges.extend(kept);
    }
    // Participants in `ours` are in order, so the pledges are too.
    session.pledges = pledges;
    Merged {
        session,
        from_elsewhere,
        conflicts,
        dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::PledgeRequest;

    fn pledge(session: &mut Session, who: usize, words: &str) {
        let deck = crate::deck::Deck::builtin().expect("deck");
        let request = PledgeRequest {
            card: "joker-black".into(),
            words: Some(words.into()),
            ..PledgeRequest::default()
        };
        session
            .pledge(who, request, &deck, crate::sample::workshop_now())
            .expect("pledge");
    }

    #[test]
    fn pledges_made_elsewhere_survive_a_save() {
        let (mut base, deck) = crate::sample::workshop(&["王阿姨", "李叔叔", "小明"]);
        base.deal(&deck).expect("deal");
        let mut ours = base.clone();
        ours.turn(1).expect("turn");
        pledge(&mut ours, 0, "here");
        let mut theirs = base.clone();
        pledge(&mut theirs, 1, "elsewhere");
        let merged = pledges(&base, &ours, Some(&theirs));
        let names: Vec<&str> = merged
            .session
            .pledges
            .iter()
            .map(|p| p.participant.as_str())
            .collect();
        assert_eq!(names, ["王阿姨", "李叔叔"], "both, in participant order");
        assert_eq!(merged.from_elsewhere, ["李叔叔"]);
        assert!(merged.conflicts.is_empty());
        assert_eq!(
            merged.session.phase, ours.phase,
            "the screen drives the rest"
        );
        assert_ne!(merged.session.phase, theirs.phase);
    }

    #[test]
    fn a_withdrawal_elsewhere_is_kept_and_a_clash_keeps_the_screens() {
        let (mut base, _) = crate::sample::workshop(&["王阿姨", "李叔叔"]);
        pledge(&mut base, 0, "first");
        pledge(&mut base, 1, "first");
        let mut ours = base.clone();
        pledge(&mut ours, 1, "ours");
        let mut theirs = base.clone();
        theirs.withdraw(0).expect("withdraw");
        pledge(&mut theirs, 1, "theirs");
        let merged = pledges(&base, &ours, Some(&theirs));
        assert_eq!(merged.session.pledges.len(), 1);
        assert_eq!(merged.session.pledges[0].words.as_deref(), Some("ours"));
        assert_eq!(merged.from_elsewhere, ["王阿姨"]);
        assert_eq!(merged.conflicts, ["李叔叔"]);
        assert!(merged.dropped.is_empty());
        let alone = pledges(&base, &ours, None);
        assert_eq!(alone.session, ours, "a file gone: ours as it is");
    }

    #[test]
    fn a_pledge_elsewhere_on_a_card_swapped_here_is_not_kept() {
        let (mut base, deck) = crate::sample::workshop(&["王阿姨", "李叔叔"]);
        base.deal(&deck).expect("deal");
        let card = base.hand(0)[0].clone();
        let mut ours = base.clone();
        ours.swap(0).expect("swapped here");
        let mut theirs = base.clone();
        let request = PledgeRequest {
            card,
            ..PledgeRequest::default()
        };
        theirs
            .pledge(0, request, &deck, crate::sample::workshop_now())
            .expect("pledged elsewhere");
        let merged = pledges(&base, &ours, Some(&theirs));
        assert!(merged.session.pledges.is_empty());
        assert_eq!(merged.dropped, ["王阿姨"]);
        assert!(merged.session.pledges_hold(&deck));
    }
}
