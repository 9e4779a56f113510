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
use crate::deck::{Card, Deck, LOVE_DAY, LOVE_DAY_JOKER, Pile};
use crate::i18n::Localized;
use crate::text;

/// The newest session file version this build reads and writes. Version 2
/// counts swaps per participant ([`Table::swaps`]) instead of a flag per
/// turn; a version 1 file reads as if nobody had swapped yet.
pub const VERSION: u32 = 2;
/// Swaps each participant may make per deal: moving the spotlight back and
/// forth does not give another; a new deal does.
pub const SWAPS_PER_DEAL: u8 = 1;
/// A pledge's note, and a joker's own words, fit a report's table cell.
pub const NOTE_COLUMNS: usize = 120;

/// Where a session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Choosing participants and settings; nothing dealt yet.
    Setup,
    /// Hands are dealt; `spotlight` has the floor. (Version 1 files also
    /// say `swapped`, which is read and ignored: swaps are counted per
    /// participant in the table now.)
    Turns { spotlight: usize },
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

/// A pledge recorded, and the one it replaced (the participant's earlier
/// pledge, if they had one), so the screen can say what changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pledged {
    pub pledge: Pledge,
    pub replaced: Option<Pledge>,
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
    /// The card is pledged: it stays in the hand until the pledge is withdrawn.
    PledgedCard {
        name: String,
        card: String,
    },
    /// Someone with a pledge cannot leave the list until it is withdrawn.
    HasPledge {
        name: String,
    },
    /// The 爱邻日 joker carries one's own words only on the 20th.
    LoveDayJoker {
        date: Date,
    },
    /// The session is not ended, so there is nothing to reopen.
    NotEnded,
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
    /// A pledge exported for a day before the session.
    DayBeforeSession {
        day: Date,
        date: Date,
    },
    TooLong,
    NoPledge {
        name: String,
    },
    /// Nobody pledged: there is nothing to print or export.
    NoPledges,
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
                name: deck.name.map(|name| name.to_string()),
                version: deck.version.to_string(),
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
        self.phase = Phase::Turns { spotlight: 0 };
        Ok(())
    }

    /// The participant in the spotlight, and whether they have used their
    /// swap of this deal.
    pub fn spotlight(&self) -> Option<(usize, bool)> {
        match self.phase {
            Phase::Turns { spotlight } => Some((spotlight, self.swaps_left(spotlight) == 0)),
            _ => None,
        }
    }

    /// Swaps `participant` may still make in this deal.
    pub fn swaps_left(&self, participant: usize) -> u8 {
        let used = self
            .table
            .as_ref()
            .and_then(|table| table.swaps.get(participant).copied())
            .unwrap_or(0);
        SWAPS_PER_DEAL.saturating_sub(used)
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

    /// The card of `participant`'s hand their pledge holds there, if any.
    pub fn pledged_card(&self, participant: usize) -> Option<&str> {
        let pledge = self.pledge_of(participant)?;
        self.hand(participant)
            .iter()
            .find(|id| **id == pledge.card)
            .map(String::as_str)
    }

    /// Swaps card `slot` of the spotlight's hand: once per participant per
    /// deal, and never the card they pledged (withdraw the pledge first).
    pub fn swap(&mut self, slot: usize) -> Result<Swap, WorkshopError> {
        if self.is_ended() {
            return Err(WorkshopError::Ended);
        }
        let (spotlight, used) = self.spotlight().ok_or(WorkshopError::NotDealt)?;
        let name = self.name(spotlight).to_string();
        if used {
            return Err(WorkshopError::AlreadySwapped { name });
        }
        if let Some(card) = self.hand(spotlight).get(slot)
            && self.pledged_card(spotlight) == Some(card.as_str())
        {
            return Err(WorkshopError::PledgedCard {
                name,
                card: card.clone(),
            });
        }
        let seed = self.setup.seed;
        let table = self.table_mut()?;
        let swap = table.swap(spotlight, slot, seed)?;
        table.count_swap(spotlight);
        Ok(swap)
    }

    /// Gives the floor to the participant `by` places on (wrapping round).
    /// Swaps already made stay made.
    pub fn turn(&mut self, by: isize) -> Result<usize, WorkshopError> {
        let (spotlight, _) = self.spotlight().ok_or(WorkshopError::NotDealt)?;
        let count = self.setup.participants.len() as isize;
        let next = (spotlight as isize + by).rem_euclid(count) as usize;
        self.phase = Phase::Turns { spotlight: next };
        Ok(next)
    }

    /// New hands for everyone, each with a fresh swap; returns whether the
    /// discards were reshuffled. A pledged card stays in its owner's hand
    /// (the pledge is a promise already made); the rest is dealt anew.
    pub fn redeal(&mut self) -> Result<bool, WorkshopError> {
        let (hand, seed) = (self.setup.hand, self.setup.seed);
        let keep: Vec<Option<String>> = (0..self.setup.participants.len())
            .map(|participant| self.pledged_card(participant).map(str::to_string))
            .collect();
        let reshuffled = self.table_mut()?.redeal(hand, seed, &keep);
        self.phase = Phase::Turns { spotlight: 0 };
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

    /// Takes participant `index` off the list during setup; someone who
    /// pledged (in their own words) withdraws first.
    pub fn remove_participant(&mut self, index: usize) -> Result<Option<String>, WorkshopError> {
        self.setup_mut()?;
        let Some(name) = self.setup.participants.get(index).cloned() else {
            return Ok(None);
        };
        if self.pledge_of(index).is_some() {
            return Err(WorkshopError::HasPledge { name });
        }
        self.setup.remove(index);
        Ok(Some(name))
    }

    /// The joker that carries a participant's own words: the 爱邻日 joker
    /// (`joker-red`) on the 20th, any other day the free-choice one
    /// (another joker); `None` if the deck has no joker for the day.
    pub fn own_words_joker<'d>(&self, deck: &'d Deck) -> Option<&'d Card> {
        let love_day = self.date.day() == LOVE_DAY;
        let mut jokers = deck.cards_of(None);
        if love_day && let Some(card) = deck.card(LOVE_DAY_JOKER) {
            return Some(card);
        }
        jokers.find(|card| card.id != LOVE_DAY_JOKER)
    }

    /// Records (or replaces) `participant`'s pledge: a card from their hand,
    /// or their own words on the day's joker ([`Session::own_words_joker`]).
    /// Before the deal only own words can be pledged, as no one holds a card
    /// yet. An ended session takes no pledge until it is reopened.
    pub fn pledge(
        &mut self,
        participant: usize,
        request: PledgeRequest,
        deck: &Deck,
        now: Timestamp,
    ) -> Result<Pledged, WorkshopError> {
        if self.is_ended() {
            return Err(WorkshopError::Ended);
        }
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
        let held = hand.iter().any(|id| id == &card.id);
        // Own words go on a joker from the deck; other cards come from the hand.
        if !joker && !held {
            return Err(WorkshopError::NotInHand {
                card: card.id.to_string(),
                name,
                hand: hand.to_vec(),
            });
        }
        if joker && !held && card.id == LOVE_DAY_JOKER && self.date.day() != LOVE_DAY {
            return Err(WorkshopError::LoveDayJoker { date: self.date });
        }
        if let Some(by) = request.by.filter(|by| *by < self.date) {
            return Err(WorkshopError::ByBeforeSession {
                by,
                date: self.date,
            });
        }
        let pledge = Pledge {
            participant: name.clone(),
            card: card.id.to_string(),
            pile: Pile::of(card.face),
            title: card.title.map(|title| title.to_string()),
            words,
            by: request.by,
            note,
            at: now,
        };
        let replaced = self
            .pledges
            .iter()
            .position(|p| p.participant == name)
            .map(|at| self.pledges.remove(at));
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
        self.pledges.insert(at, pledge.clone());
        Ok(Pledged { pledge, replaced })
    }

    /// Takes back a participant's pledge; returns whether there was one.
    /// An ended session keeps its pledges until it is reopened.
    pub fn withdraw(&mut self, participant: usize) -> Result<bool, WorkshopError> {
        if self.is_ended() {
            return Err(WorkshopError::Ended);
        }
        let Some(name) = self.setup.participants.get(participant) else {
            return Ok(false);
        };
        let before = self.pledges.len();
        self.pledges.retain(|p| &p.participant != name);
        Ok(before != self.pledges.len())
    }

    /// A participant's pledge, if they made one.
    pub fn pledge_of(&self, participant: usize) -> Option<&Pledge> {
        let name = self.setup.participants.get(participant)?;
        self.pledges.iter().find(|p| &p.participant == name)
    }

    /// The participants who have not pledged, in order.
    pub fn without_pledge(&self) -> Vec<&str> {
        (0..self.setup.participants.len())
            .filter(|at| self.pledge_of(*at).is_none())
            .map(|at| self.name(at))
            .collect()
    }

    /// Ends the session: from now on it is read-only, on the screen and on
    /// the command line, until [`Session::reopen`].
    pub fn end(&mut self, now: Timestamp) {
        if !self.is_ended() {
            self.phase = Phase::Ended { at: now };
        }
    }

    /// Opens an ended session again (`workshop reopen`): the turns go on
    /// from the first participant, or the setup if nothing was dealt.
    pub fn reopen(&mut self) -> Result<(), WorkshopError> {
        if !self.is_ended() {
            return Err(WorkshopError::NotEnded);
        }
        self.phase = match self.table {
            Some(_) => Phase::Turns { spotlight: 0 },
            None => Phase::Setup,
        };
        Ok(())
    }

    /// Whether every pledge holds: each card pledged from a hand is in its
    /// owner's hand, each own-words pledge is on a joker, each owner is a
    /// participant, and no card is in two hands. What every change above
    /// keeps true (the property tests check it after any run of them).
    pub fn pledges_hold(&self, deck: &Deck) -> bool {
        let mut seen = std::collections::HashSet::new();
        let hands_apart = self
            .table
            .iter()
            .flat_map(|table| table.hands.iter().flatten())
            .all(|card| seen.insert(card));
        hands_apart
            && self.pledges.iter().all(|pledge| {
                let Ok(owner) = self.participant(&pledge.participant) else {
                    return false;
                };
                let held = self.hand(owner).contains(&pledge.card);
                let joker = deck
                    .card(&pledge.card)
                    .is_some_and(|card| card.face.suit().is_none());
                held || (joker && pledge.words.is_some())
            })
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
        assert_eq!(session.spotlight(), Some((2, false)), "their own swap");
        assert_eq!(session.turn(1), Ok(0));
        assert_eq!(
            session.spotlight(),
            Some((0, true)),
            "back again: the swap stays used"
        );
        assert!(matches!(
            session.swap(0),
            Err(WorkshopError::AlreadySwapped { .. })
        ));
        session.redeal().expect("redeal");
        assert_eq!(
            session.spotlight(),
            Some((0, false)),
            "a new deal, a new swap"
        );
        session.end(now());
        assert!(session.is_ended());
        assert_eq!(session.redeal(), Err(WorkshopError::Ended));
        assert_eq!(session.swap(0), Err(WorkshopError::Ended));
    }

    #[test]
    fn a_pledged_card_stays_in_the_hand() {
        let (mut session, deck) = session(&["王阿姨", "李叔叔"]);
        session.deal(&deck).expect("deal");
        let card = session.hand(0)[1].clone();
        let request = PledgeRequest {
            card: card.clone(),
            ..PledgeRequest::default()
        };
        session.pledge(0, request, &deck, now()).expect("pledge");
        assert_eq!(
            session.swap(1),
            Err(WorkshopError::PledgedCard {
                name: "王阿姨".into(),
                card: card.clone()
            })
        );
        assert_eq!(
            session.spotlight(),
            Some((0, false)),
            "the swap is not spent"
        );
        session.swap(0).expect("another card swaps");
        for _ in 0..20 {
            session.redeal().expect("redeal");
            assert_eq!(session.hand(0)[0], card, "kept, first in the hand");
            assert_eq!(session.hand(0).len(), 3);
            assert!(session.pledges_hold(&deck));
        }
        assert_eq!(session.withdraw(0), Ok(true));
        session.swap(0).expect("free to swap once withdrawn");
    }

    #[test]
    fn a_pledge_made_again_says_what_it_replaced() {
        let (mut session, deck) = session(&["王阿姨"]);
        session.deal(&deck).expect("deal");
        let hand = session.hand(0).to_vec();
        let first = PledgeRequest {
            card: hand[0].clone(),
            note: Some("周六".into()),
            ..PledgeRequest::default()
        };
        let made = session.pledge(0, first, &deck, now()).expect("first");
        assert_eq!(made.replaced, None);
        let second = PledgeRequest {
            card: hand[1].clone(),
            ..PledgeRequest::default()
        };
        let again = session.pledge(0, second, &deck, now()).expect("again");
        let replaced = again.replaced.expect("the first");
        assert_eq!(
            (replaced.card.as_str(), replaced.note.as_deref()),
            (hand[0].as_str(), Some("周六"))
        );
        assert_eq!(session.pledges.len(), 1);
    }

    #[test]
    fn own_words_use_the_free_joker_and_the_red_one_on_the_20th() {
        let (mut session, deck) = session(&["王阿姨"]);
        assert_eq!(
            session.own_words_joker(&deck).map(|c| &*c.id),
            Some("joker-black")
        );
        let red = PledgeRequest {
            card: "joker-red".into(),
            words: Some("请邻居喝茶".into()),
            ..PledgeRequest::default()
        };
        assert_eq!(
            session.pledge(0, red.clone(), &deck, now()).err(),
            Some(WorkshopError::LoveDayJoker {
                date: date(2026, 11, 24)
            })
        );
        session.date = date(2026, 11, 20);
        assert_eq!(
            session.own_words_joker(&deck).map(|c| &*c.id),
            Some("joker-red")
        );
        session.pledge(0, red, &deck, now()).expect("on the 20th");
    }

    #[test]
    fn an_ended_session_is_read_only_until_reopened() {
        let (mut session, deck) = session(&["王阿姨", "李叔叔"]);
        session.deal(&deck).expect("deal");
        let words = PledgeRequest {
            card: "joker-black".into(),
            words: Some("x".into()),
            ..PledgeRequest::default()
        };
        session
            .pledge(0, words.clone(), &deck, now())
            .expect("pledge");
        assert_eq!(session.reopen(), Err(WorkshopError::NotEnded));
        session.end(now());
        assert_eq!(
            session.pledge(1, words.clone(), &deck, now()).err(),
            Some(WorkshopError::Ended)
        );
        assert_eq!(session.withdraw(0), Err(WorkshopError::Ended));
        assert_eq!(session.turn(1).ok(), None);
        session.reopen().expect("reopen");
        assert_eq!(session.spotlight(), Some((0, false)));
        session
            .pledge(1, words, &deck, now())
            .expect("pledge after reopening");
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
        let pledge = session
            .pledge(1, request, &deck, now())
            .expect("pledge")
            .pledge;
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
            card: "joker-black".into(),
            words: Some("x".into()),
            by: Some(date(2026, 11, 1)),
            ..PledgeRequest::default()
        };
        assert!(matches!(
            session.pledge(0, early, &deck, now()),
            Err(WorkshopError::ByBeforeSession { .. })
        ));
        assert_eq!(session.withdraw(0), Ok(true));
        assert_eq!(session.withdraw(0), Ok(false));
        assert_eq!(session.pledges_by_pile().len(), 1);
    }

    #[test]
    fn own_words_need_a_joker_and_a_pledge_may_be_due_on_the_day() {
        let (mut session, deck) = session(&["王阿姨", "李叔叔", "小明"]);
        session.deal(&deck).expect("deal");
        let card = session.hand(0)[0].clone();
        let with_words = PledgeRequest {
            card: card.clone(),
            words: Some("我自己的话".into()),
            ..PledgeRequest::default()
        };
        assert_eq!(
            session.pledge(0, with_words, &deck, now()).err(),
            Some(WorkshopError::WordsNeedAJoker)
        );
        let due_today = PledgeRequest {
            card,
            by: Some(session.date),
            ..PledgeRequest::default()
        };
        session
            .pledge(0, due_today, &deck, now())
            .expect("due on the session's own day");
        assert_eq!(session.without_pledge(), ["李叔叔", "小明"]);
    }

    #[test]
    fn a_note_may_fill_its_columns_but_not_one_more() {
        let full = "好".repeat(NOTE_COLUMNS / 2);
        assert_eq!(clean_text(Some(full.clone())), Ok(Some(full.clone())));
        assert_eq!(
            clean_text(Some(format!("{full}a"))),
            Err(WorkshopError::TooLong)
        );
    }

    #[test]
    fn a_pledge_that_does_not_hold_is_seen() {
        let (mut session, deck) = session(&["王阿姨", "李叔叔"]);
        session.deal(&deck).expect("deal");
        let theirs = session.hand(1)[0].clone();
        let mine = PledgeRequest {
            card: session.hand(0)[0].clone(),
            ..PledgeRequest::default()
        };
        session.pledge(0, mine, &deck, now()).expect("pledge");
        assert!(session.pledges_hold(&deck));
        let good = session.pledges[0].clone();
        // A card from someone else's hand, even with words on it.
        session.pledges[0].card = theirs;
        session.pledges[0].words = Some("x".into());
        assert!(!session.pledges_hold(&deck));
        // A joker with no words, not in the hand.
        session.pledges[0].card = "joker-black".into();
        session.pledges[0].words = None;
        assert!(!session.pledges_hold(&deck));
        // A card in two hands, the pledge itself fine.
        session.pledges[0] = good;
        if let Some(table) = session.table.as_mut() {
            let twice = table.hands[0][0].clone();
            table.hands[1][1] = twice;
        }
        assert!(!session.pledges_hold(&deck));
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
