//! A workshop session: its setup, the cards on the table, whose turn it is,
//! and the pledges. Every change is a method here that checks its rules and
//! either changes the session or says why not; the TUI and the command line
//! call the same methods and then save the session.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::deal::{self, DealError, Swap, Table};
use super::setup::{Setup, SetupError};
use crate::deck::{Card, Deck, Pile};
use crate::i18n::Localized;
use crate::text;

/// The newest session file version this build reads and writes.
pub const VERSION: u32 = 1;
/// A pledge's note, and a joker's own words, fit a report's table cell.
pub const NOTE_COLUMNS: usize = 120;

/// Where a session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Choosing participants and settings; nothing dealt yet.
    Setup,
    /// Hands are dealt; `spotlight` has the floor and may swap one card.
    Turns { spotlight: usize, swapped: bool },
    /// Finished; the summary.
    Ended { at: Timestamp },
}

/// The deck a session was dealt from, to find it again on resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeckInfo {
    pub name: Localized<String>,
    pub version: String,
    /// The deck file, or `None` for the built-in deck.
    pub file: Option<PathBuf>,
}

/// One participant's promise: a card, by when, and a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pledge {
    pub participant: String,
    pub card: String,
    /// The card's pile and title when pledged, so a report reads the same
    /// even if the deck file changes later.
    pub pile: Pile,
    pub title: Localized<String>,
    /// For a joker: the participant's own small thing.
    pub words: Option<String>,
    pub by: Option<Date>,
    pub note: Option<String>,
    pub at: Timestamp,
}

/// What a participant pledges, before it is checked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PledgeRequest {
    pub card: String,
    pub words: Option<String>,
    pub by: Option<Date>,
    pub note: Option<String>,
}

/// A saved session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub version: u32,
    /// The file name without `.ron`: the date and the seed's code.
    pub id: String,
    pub date: Date,
    pub created: Timestamp,
    pub deck: DeckInfo,
    pub setup: Setup,
    pub table: Option<Table>,
    pub phase: Phase,
    pub pledges: Vec<Pledge>,
}

/// Why a change to a session is refused. Worded in [`super::describe`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkshopError {
    Setup(SetupError),
    Deal(DealError),
    NotDealt,
    AlreadyDealt,
    Ended,
    AlreadySwapped {
        name: String,
    },
    UnknownParticipant {
        name: String,
        names: Vec<String>,
    },
    NotInHand {
        card: String,
        name: String,
        hand: Vec<String>,
    },
    JokerNeedsWords,
    WordsNeedAJoker,
    ByBeforeSession {
        by: Date,
        date: Date,
    },
    TooLong,
    NoPledge {
        name: String,
    },
    UnknownCard(String),
}

impl From<SetupError> for WorkshopError {
    fn from(error: SetupError) -> WorkshopError {
        WorkshopError::Setup(error)
    }
}

impl From<DealError> for WorkshopError {
    fn from(error: DealError) -> WorkshopError {
        WorkshopError::Deal(error)
    }
}

impl Session {
    /// A session being set up.
    pub fn new(
        id: String,
        setup: Setup,
        deck: &Deck,
        deck_file: Option<PathBuf>,
        date: Date,
        now: Timestamp,
    ) -> Session {
        Session {
            version: VERSION,
            id,
            date,
            created: now,
            deck: DeckInfo {
                name: deck.name.clone(),
                version: deck.version.clone(),
                file: deck_file,
            },
            setup,
            table: None,
            phase: Phase::Setup,
            pledges: Vec::new(),
        }
    }

    /// The seed's short code.
    pub fn code(&self) -> String {
        self.setup.code()
    }

    pub fn is_ended(&self) -> bool {
        matches!(self.phase, Phase::Ended { .. })
    }

    /// The setup, for changing before the deal.
    pub fn setup_mut(&mut self) -> Result<&mut Setup, WorkshopError> {
        match self.phase {
            Phase::Setup => Ok(&mut self.setup),
            Phase::Turns { .. } => Err(WorkshopError::AlreadyDealt),
            Phase::Ended { .. } => Err(WorkshopError::Ended),
        }
    }

    /// Deals the hands and gives the first participant the floor.
    pub fn deal(&mut self, deck: &Deck) -> Result<(), WorkshopError> {
        self.setup_mut()?;
        let table = deal::deal(&self.setup, &self.setup.pool(deck))?;
        self.table = Some(table);
        self.phase = Phase::Turns {
            spotlight: 0,
            swapped: false,
        };
        Ok(())
    }

    /// The participant in the spotlight, and whether they swapped this turn.
    pub fn spotlight(&self) -> Option<(usize, bool)> {
        match self.phase {
            Phase::Turns { spotlight, swapped } => Some((spotlight, swapped)),
            _ => None,
        }
    }

    fn table_mut(&mut self) -> Result<&mut Table, WorkshopError> {
        if self.is_ended() {
            return Err(WorkshopError::Ended);
        }
        self.table.as_mut().ok_or(WorkshopError::NotDealt)
    }

    /// A participant's name; empty for a number past the list.
    pub fn name(&self, participant: usize) -> &str {
        self.setup
            .participants
            .get(participant)
            .map_or("", String::as_str)
    }

    /// A participant's hand (empty before the deal).
    pub fn hand(&self, participant: usize) -> &[String] {
        self.table
            .as_ref()
            .and_then(|table| table.hands.get(participant))
            .map_or(&[], Vec::as_slice)
    }

    /// Swaps card `slot` of the spotlight's hand: once per turn.
    pub fn swap(&mut self, slot: usize) -> Result<Swap, WorkshopError> {
        let (spotlight, swapped) = self.spotlight().ok_or(WorkshopError::NotDealt)?;
        if swapped {
            return Err(WorkshopError::AlreadySwapped {
                name: self.setup.participants[spotlight].clone(),
            });
        }
        let seed = self.setup.seed;
        let swap = self.table_mut()?.swap(spotlight, slot, seed)?;
        self.phase = Phase::Turns {
            spotlight,
            swapped: true,
        };
        Ok(swap)
    }

    /// Gives the floor to the participant `by` places on (wrapping round),
    /// with a fresh swap.
    pub fn turn(&mut self, by: isize) -> Result<usize, WorkshopError> {
        let (spotlight, _) = self.spotlight().ok_or(WorkshopError::NotDealt)?;
        let count = self.setup.participants.len() as isize;
        let next = (spotlight as isize + by).rem_euclid(count) as usize;
        self.phase = Phase::Turns {
            spotlight: next,
            swapped: false,
        };
        Ok(next)
    }

    /// New hands for everyone; returns whether the discards were reshuffled.
    /// Pledges stay: they are promises already made.
    pub fn redeal(&mut self) -> Result<bool, WorkshopError> {
        let (hand, seed) = (self.setup.hand, self.setup.seed);
        let reshuffled = self.table_mut()?.redeal(hand, seed);
        self.phase = Phase::Turns {
            spotlight: 0,
            swapped: false,
        };
        Ok(reshuffled)
    }

    /// The index of a participant, by name as typed (case and extra spaces
    /// do not matter).
    pub fn participant(&self, name: &str) -> Result<usize, WorkshopError> {
        let wanted = crate::input::clean_name(name).to_lowercase();
        self.setup
            .participants
            .iter()
            .position(|p| p.to_lowercase() == wanted)
            .ok_or_else(|| WorkshopError::UnknownParticipant {
                name: name.to_string(),
                names: self.setup.participants.clone(),
            })
    }

    /// Records (or replaces) `participant`'s pledge: a card from their hand,
    /// or a joker with their own words. Before the deal only a joker can be
    /// pledged, as no one holds a card yet.
    pub fn pledge(
        &mut self,
        participant: usize,
        request: PledgeRequest,
        deck: &Deck,
        now: Timestamp,
    ) -> Result<&Pledge, WorkshopError> {
        // Allowed after the end too: a pledge made on the way out still counts.
        let hand = self.hand(participant);
        let name = self
            .setup
            .participants
            .get(participant)
            .ok_or(DealError::NoParticipant(participant))?
            .clone();
        let card = find_card(deck, &request.card)?;
        let words = clean_text(request.words)?;
        let note = clean_text(request.note)?;
        let joker = card.face.suit().is_none();
        match (joker, &words) {
            (true, None) => return Err(WorkshopError::JokerNeedsWords),
            (false, Some(_)) => return Err(WorkshopError::WordsNeedAJoker),
            _ => {}
        }
        // Own words may always be pledged on a joker; other cards come from the hand.
        if !joker && !hand.iter().any(|id| id == &card.id) {
            return Err(WorkshopError::NotInHand {
                card: card.id.clone(),
                name,
                hand: hand.to_vec(),
            });
        }
        if let Some(by) = request.by.filter(|by| *by < self.date) {
            return Err(WorkshopError::ByBeforeSession {
                by,
                date: self.date,
            });
        }
        let pledge = Pledge {
            participant: name.clone(),
            card: card.id.clone(),
            pile: Pile::of(card.face),
            title: card.title.clone(),
            words,
            by: request.by,
            note,
            at: now,
        };
        self.pledges.retain(|p| p.participant != name);
        // Keep pledges in participant order, as the report lists them.
        let order = |p: &Pledge| {
            self.setup
                .participants
                .iter()
                .position(|n| *n == p.participant)
        };
        let at = self
            .pledges
            .iter()
            .position(|p| order(p) > Some(participant))
            .unwrap_or(self.pledges.len());
        self.pledges.insert(at, pledge);
        Ok(&self.pledges[at])
    }

    /// Takes back a participant's pledge; returns whether there was one.
    pub fn withdraw(&mut self, participant: usize) -> bool {
        let Some(name) = self.setup.participants.get(participant) else {
            return false;
        };
        let before = self.pledges.len();
        self.pledges.retain(|p| &p.participant != name);
        before != self.pledges.len()
    }

    /// A participant's pledge, if they made one.
    pub fn pledge_of(&self, participant: usize) -> Option<&Pledge> {
        let name = self.setup.participants.get(participant)?;
        self.pledges.iter().find(|p| &p.participant == name)
    }

    /// Ends the session.
    pub fn end(&mut self, now: Timestamp) {
        if !self.is_ended() {
            self.phase = Phase::Ended { at: now };
        }
    }

    /// Pledges grouped by pile, in deck order; empty piles left out.
    pub fn pledges_by_pile(&self) -> Vec<(Pile, Vec<&Pledge>)> {
        Pile::ALL
            .into_iter()
            .map(|pile| {
                let pledges: Vec<&Pledge> =
                    self.pledges.iter().filter(|p| p.pile == pile).collect();
                (pile, pledges)
            })
            .filter(|(_, pledges)| !pledges.is_empty())
            .collect()
    }
}

fn find_card<'d>(deck: &'d Deck, id: &str) -> Result<&'d Card, WorkshopError> {
    deck.card(id.trim())
        .ok_or_else(|| WorkshopError::UnknownCard(id.to_string()))
}

/// Trims a free text; an empty one is no text. Too long is refused, never cut.
fn clean_text(value: Option<String>) -> Result<Option<String>, WorkshopError> {
    let Some(value) = value
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
    else {
        return Ok(None);
    };
    if text::width_narrow(&value) > NOTE_COLUMNS {
        return Err(WorkshopError::TooLong);
    }
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn now() -> Timestamp {
        crate::sample::workshop_now()
    }

    fn session(names: &[&str]) -> (Session, Deck) {
        crate::sample::workshop(names)
    }

    #[test]
    fn a_session_goes_from_setup_through_turns_to_the_end() {
        let (mut session, deck) = session(&["王阿姨", "李叔叔", "小明"]);
        assert_eq!(session.swap(0), Err(WorkshopError::NotDealt));
        session.deal(&deck).expect("deal");
        assert_eq!(session.setup_mut().err(), Some(WorkshopError::AlreadyDealt));
        assert_eq!(session.spotlight(), Some((0, false)));
        let before = session.hand(0)[1].clone();
        let swap = session.swap(1).expect("swap");
        assert_eq!(swap.out, before);
        assert!(matches!(
            session.swap(0),
            Err(WorkshopError::AlreadySwapped { .. })
        ));
        assert_eq!(session.turn(1), Ok(1));
        assert_eq!(session.turn(-2), Ok(2), "wraps round");
        assert_eq!(session.spotlight(), Some((2, false)), "a fresh swap");
        session.end(now());
        assert!(session.is_ended());
        assert_eq!(session.redeal(), Err(WorkshopError::Ended));
    }

    #[test]
    fn pledges_come_from_the_hand_or_are_own_words_on_a_joker() {
        let (mut session, deck) = session(&["王阿姨", "李叔叔"]);
        session.deal(&deck).expect("deal");
        let card = session.hand(1)[0].clone();
        let request = PledgeRequest {
            card: card.clone(),
            by: Some(date(2026, 12, 1)),
            note: Some("  周六上午 ".into()),
            ..PledgeRequest::default()
        };
        let pledge = session.pledge(1, request, &deck, now()).expect("pledge");
        assert_eq!(pledge.participant, "李叔叔");
        assert_eq!(pledge.note.as_deref(), Some("周六上午"));
        let not_hers = PledgeRequest {
            card,
            ..PledgeRequest::default()
        };
        assert!(matches!(
            session.pledge(0, not_hers, &deck, now()),
            Err(WorkshopError::NotInHand { .. })
        ));
        let joker = PledgeRequest {
            card: "joker-black".into(),
            ..PledgeRequest::default()
        };
        assert_eq!(
            session.pledge(0, joker.clone(), &deck, now()).err(),
            Some(WorkshopError::JokerNeedsWords)
        );
        let words = PledgeRequest {
            words: Some("教邻居用智能手机".into()),
            ..joker
        };
        session.pledge(0, words, &deck, now()).expect("own words");
        let names: Vec<&str> = session
            .pledges
            .iter()
            .map(|p| p.participant.as_str())
            .collect();
        assert_eq!(names, ["王阿姨", "李叔叔"], "participant order");
        let early = PledgeRequest {
            card: "joker-red".into(),
            words: Some("x".into()),
            by: Some(date(2026, 11, 1)),
            ..PledgeRequest::default()
        };
        assert!(matches!(
            session.pledge(0, early, &deck, now()),
            Err(WorkshopError::ByBeforeSession { .. })
        ));
        assert!(session.withdraw(0));
        assert!(!session.withdraw(0));
        assert_eq!(session.pledges_by_pile().len(), 1);
    }

    #[test]
    fn participants_are_found_by_name_as_typed() {
        let (session, _) = session(&["王阿姨", "Table 3"]);
        assert_eq!(session.participant(" table  3"), Ok(1));
        let error = session
            .participant("张三")
            .expect_err("unknown")
            .to_string();
        assert!(error.contains("王阿姨, Table 3"), "{error}");
    }
}
