//! Property tests of the workshop's pure parts: dealing from the built-in
//! deck for any seed and setup, sessions under any run of swaps, turns and
//! new deals, the turn timer under any key presses at any times, and the
//! session codes.

use std::collections::{BTreeMap, HashSet};

use jiff::Timestamp;
use jiff::civil::date;
use proptest::prelude::*;
use xiaoshi::deck::{Deck, Pile};
use xiaoshi::workshop::deal::{self, DealError};
use xiaoshi::workshop::setup::{self, Setup, SetupError};
use xiaoshi::workshop::timer::{MINUTE_MS, Timer};
use xiaoshi::workshop::{PledgeRequest, Session, Table, WorkshopError};

/// Parsed once: the deck is the same in every case.
static DECK: std::sync::LazyLock<Deck> =
    std::sync::LazyLock::new(|| Deck::builtin().expect("the built-in deck is valid"));

/// The piles of a non-empty bit mask, in deck order.
fn piles(mask: u8) -> Vec<Pile> {
    Pile::ALL
        .into_iter()
        .enumerate()
        .filter(|(bit, _)| mask & (1 << bit) != 0)
        .map(|(_, pile)| pile)
        .collect()
}

fn pool_size(piles: &[Pile]) -> usize {
    DECK.cards
        .iter()
        .filter(|card| piles.contains(&Pile::of(card.face)))
        .count()
}

fn make_setup(seed: u64, participants: usize, hand: u8, piles: Vec<Pile>) -> Setup {
    let mut setup = Setup::new((1..=participants).map(|n| format!("{n}号")).collect());
    setup.seed = seed;
    setup.hand = hand;
    setup.piles = piles;
    setup
}

/// Any seed, hand 1–5, any non-empty set of piles, and 1–40 participants
/// for whom the piles hold enough cards.
fn dealable() -> impl Strategy<Value = Setup> {
    (any::<u64>(), 1u8..=5, 1u8..32)
        .prop_filter("the piles hold a hand", |(_, hand, mask)| {
            pool_size(&piles(*mask)) >= usize::from(*hand)
        })
        .prop_flat_map(|(seed, hand, mask)| {
            let most = (pool_size(&piles(mask)) / usize::from(hand)).min(40);
            (Just(seed), 1..=most, Just(hand), Just(mask))
        })
        .prop_map(|(seed, participants, hand, mask)| {
            make_setup(seed, participants, hand, piles(mask))
        })
}

/// Every card on the table, counted.
fn counts(table: &Table) -> BTreeMap<&str, usize> {
    let mut counts = BTreeMap::new();
    for card in table
        .hands
        .iter()
        .flatten()
        .chain(&table.shoe)
        .chain(&table.discards)
    {
        *counts.entry(card.as_str()).or_insert(0) += 1;
    }
    counts
}

/// Each card of the pool exactly once across hands, shoe and discards;
/// every hand full; no card in two hands.
fn assert_whole(table: &Table, pool: &[&str], hand: u8) -> Result<(), TestCaseError> {
    let expected: BTreeMap<&str, usize> = pool.iter().map(|id| (*id, 1)).collect();
    prop_assert_eq!(counts(table), expected);
    prop_assert_eq!(table.card_count(), pool.len());
    for cards in &table.hands {
        prop_assert_eq!(cards.len(), usize::from(hand));
    }
    let in_hands: HashSet<&String> = table.hands.iter().flatten().collect();
    prop_assert_eq!(in_hands.len(), table.hands.len() * usize::from(hand));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_deal_is_fixed_by_its_seed_and_deals_each_card_once(setup in dealable()) {
        let pool = setup.pool(&DECK);
        prop_assert_eq!(pool.len(), pool_size(&setup.piles));
        let table = deal::deal(&setup, &pool).expect("enough cards");
        prop_assert_eq!(&deal::deal(&setup.clone(), &pool).expect("again"), &table);
        prop_assert_eq!(table.hands.len(), setup.participants.len());
        prop_assert!(table.discards.is_empty());
        prop_assert_eq!(table.reshuffles, 0);
        assert_whole(&table, &pool, setup.hand)?;
        for id in table.hands.iter().flatten() {
            let card = DECK.card(id).expect("a card of the deck");
            prop_assert!(setup.piles.contains(&Pile::of(card.face)), "{} is not in play", id);
        }
    }

    #[test]
    fn a_deal_succeeds_exactly_when_the_piles_hold_enough(
        seed in any::<u64>(),
        participants in 1usize..=setup::MAX_PARTICIPANTS,
        hand in 1u8..=5,
        mask in 1u8..32,
    ) {
        let setup = make_setup(seed, participants, hand, piles(mask));
        let pool = setup.pool(&DECK);
        let asked = participants * usize::from(hand);
        match deal::deal(&setup, &pool) {
            Ok(table) => {
                prop_assert!(asked <= pool.len());
                assert_whole(&table, &pool, hand)?;
            }
            Err(SetupError::NotEnoughCards { asked: a, pool: p, .. }) => {
                prop_assert!(asked > pool.len());
                prop_assert_eq!((a, p), (asked, pool.len()));
            }
            Err(other) => prop_assert!(false, "unexpected {other:?}"),
        }
    }
}

/// What a facilitator does once the cards are dealt.
#[derive(Debug, Clone, Copy)]
enum Move {
    Swap(usize),
    Turn(isize),
    Redeal,
}

fn moves() -> impl Strategy<Value = Vec<Move>> {
    prop::collection::vec(
        prop_oneof![
            6 => (0usize..6).prop_map(Move::Swap),
            4 => (-3isize..=3).prop_map(Move::Turn),
            1 => Just(Move::Redeal),
        ],
        0..80,
    )
}

fn table(session: &Session) -> &Table {
    session.table.as_ref().expect("dealt")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn swaps_turns_and_new_deals_keep_every_card_once(setup in dealable(), moves in moves()) {
        let now: Timestamp = "2026-11-24T02:00:00Z".parse().expect("ts");
        let hand = setup.hand;
        let players = setup.participants.len();
        let needed = players * usize::from(hand);
        let pool: Vec<String> = setup.pool(&DECK).into_iter().map(str::to_string).collect();
        let pool: Vec<&str> = pool.iter().map(String::as_str).collect();
        let mut session = Session::new("s".into(), setup, &DECK, None, date(2026, 11, 24), now);
        session.deal(&DECK).expect("deal");
        let mut again = session.clone();
        for step in &moves {
            let before = session.clone();
            let (spotlight, swapped) = session.spotlight().expect("in turns");
            let spare = table(&before).shoe.len() + table(&before).discards.len();
            match *step {
                Move::Swap(slot) => match session.swap(slot) {
                    Ok(swap) => {
                        prop_assert!(!swapped && slot < usize::from(hand));
                        prop_assert_ne!(&swap.dealt, &swap.out, "the card given back came back");
                        prop_assert_eq!(&before.hand(spotlight)[slot], &swap.out);
                        prop_assert_eq!(&session.hand(spotlight)[slot], &swap.dealt);
                        prop_assert_eq!(table(&session).discards.last(), Some(&swap.out));
                        prop_assert_eq!(swap.reshuffled, table(&before).shoe.is_empty());
                        prop_assert_eq!(session.spotlight(), Some((spotlight, true)));
                        for (player, cards) in table(&session).hands.iter().enumerate() {
                            if player != spotlight {
                                prop_assert_eq!(cards, &table(&before).hands[player]);
                            }
                        }
                    }
                    Err(error) => {
                        match error {
                            WorkshopError::AlreadySwapped { .. } => prop_assert!(swapped),
                            WorkshopError::Deal(DealError::NoCard { .. }) => {
                                prop_assert!(slot >= usize::from(hand));
                            }
                            WorkshopError::Deal(DealError::NoCardLeft) => {
                                prop_assert_eq!(spare, 0, "a card was there to deal");
                            }
                            other => prop_assert!(false, "unexpected {other:?}"),
                        }
                        prop_assert_eq!(&session, &before, "a refused swap changes nothing");
                    }
                },
                Move::Turn(by) => {
                    let next = session.turn(by).expect("turn");
                    let expected = (spotlight as isize + by).rem_euclid(players as isize);
                    prop_assert_eq!(next as isize, expected);
                    // A swap made stays made: moving back and forth gives none.
                    let used = before.swaps_left(next) == 0;
                    prop_assert_eq!(session.spotlight(), Some((next, used)));
                    prop_assert_eq!(&session.table, &before.table, "a turn deals nothing");
                }
                Move::Redeal => {
                    let shoe = table(&before).shoe.clone();
                    let reshuffled = session.redeal().expect("redeal");
                    prop_assert_eq!(reshuffled, shoe.len() < needed);
                    let dealt: HashSet<&String> = table(&session).hands.iter().flatten().collect();
                    // The shoe is dealt from first.
                    let from_shoe: HashSet<&String> = shoe.iter().take(needed).collect();
                    prop_assert!(from_shoe.is_subset(&dealt));
                    prop_assert_eq!(session.spotlight(), Some((0, false)));
                }
            }
            assert_whole(table(&session), &pool, hand)?;
        }
        // The same moves from the same deal end the same.
        for step in &moves {
            let _ = match *step {
                Move::Swap(slot) => again.swap(slot).map(drop),
                Move::Turn(by) => again.turn(by).map(drop),
                Move::Redeal => again.redeal().map(drop),
            };
        }
        prop_assert_eq!(again, session);
    }
}

/// What a facilitator and the room do, pledges included.
#[derive(Debug, Clone, Copy)]
enum Act {
    Deal,
    Swap(usize),
    Turn(isize),
    Redeal,
    /// A participant pledges a card of their hand, by its place.
    Pledge(usize, usize),
    /// A participant pledges in their own words.
    OwnWords(usize),
    Withdraw(usize),
    /// A card the participant does not hold: refused.
    PledgeOther(usize, usize),
}

fn acts() -> impl Strategy<Value = Vec<Act>> {
    prop::collection::vec(
        prop_oneof![
            1 => Just(Act::Deal),
            6 => (0usize..6).prop_map(Act::Swap),
            4 => (-3isize..=3).prop_map(Act::Turn),
            2 => Just(Act::Redeal),
            5 => (0usize..40, 0usize..6).prop_map(|(p, s)| Act::Pledge(p, s)),
            2 => (0usize..40).prop_map(Act::OwnWords),
            3 => (0usize..40).prop_map(Act::Withdraw),
            2 => (0usize..40, 0usize..54).prop_map(|(p, c)| Act::PledgeOther(p, c)),
        ],
        0..100,
    )
}

/// The invariant of pledges: each pledge is its owner's (a participant),
/// on a card in their hand, or their own words on a joker; no card is in
/// two hands; every card of the pool is somewhere once.
fn assert_pledges_hold(session: &Session, pool: &[&str]) -> Result<(), TestCaseError> {
    prop_assert!(session.pledges_hold(&DECK));
    let mut owners = HashSet::new();
    for pledge in &session.pledges {
        let owner = session.participant(&pledge.participant);
        prop_assert!(owner.is_ok(), "{} is not a participant", pledge.participant);
        let owner = owner.expect("checked");
        prop_assert!(owners.insert(owner), "two pledges of one participant");
        let held = session.hand(owner).contains(&pledge.card);
        let own_words = pledge.words.is_some() && pledge.pile == Pile::Joker;
        prop_assert!(
            held || own_words,
            "{} pledged {} not in hand",
            pledge.participant,
            pledge.card
        );
        if own_words && !held {
            prop_assert_eq!(pledge.card.as_str(), "joker-black", "not the 20th");
        }
    }
    if let Some(table) = &session.table {
        let in_hands: Vec<&String> = table.hands.iter().flatten().collect();
        let apart: HashSet<&&String> = in_hands.iter().collect();
        prop_assert_eq!(apart.len(), in_hands.len(), "a card in two hands");
        let expected: BTreeMap<&str, usize> = pool.iter().map(|id| (*id, 1)).collect();
        prop_assert_eq!(counts(table), expected);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_pledge_points_at_a_card_in_its_owners_hand(setup in dealable(), acts in acts()) {
        let now: Timestamp = "2026-11-24T02:00:00Z".parse().expect("ts");
        let players = setup.participants.len();
        let pool: Vec<String> = setup.pool(&DECK).into_iter().map(str::to_string).collect();
        let pool: Vec<&str> = pool.iter().map(String::as_str).collect();
        let all: Vec<&str> = DECK.cards.iter().map(|card| &*card.id).collect();
        let mut session = Session::new("s".into(), setup, &DECK, None, date(2026, 11, 24), now);
        for act in &acts {
            let before = session.clone();
            let outcome: Result<(), WorkshopError> = match *act {
                Act::Deal => session.deal(&DECK),
                Act::Swap(slot) => session.swap(slot).map(drop),
                Act::Turn(by) => session.turn(by).map(drop),
                Act::Redeal => session.redeal().map(drop),
                Act::Pledge(who, slot) => {
                    let who = who % players;
                    match session.hand(who).get(slot).cloned() {
                        Some(card) => {
                            let request = PledgeRequest { card, ..PledgeRequest::default() };
                            let words = DECK.card(&request.card).is_some_and(|c| c.face.suit().is_none());
                            let request = PledgeRequest {
                                words: words.then(|| "自己的小事".to_string()),
                                ..request
                            };
                            session.pledge(who, request, &DECK, now).map(drop)
                        }
                        None => Ok(()),
                    }
                }
                Act::OwnWords(who) => {
                    let joker = session.own_words_joker(&DECK).map(|c| c.id.to_string());
                    let request = PledgeRequest {
                        card: joker.unwrap_or_default(),
                        words: Some("教邻居用手机".into()),
                        ..PledgeRequest::default()
                    };
                    session.pledge(who % players, request, &DECK, now).map(drop)
                }
                Act::Withdraw(who) => session.withdraw(who % players).map(drop),
                Act::PledgeOther(who, card) => {
                    let who = who % players;
                    let card = all[card % all.len()].to_string();
                    let held = session.hand(who).contains(&card);
                    let request = PledgeRequest { card, ..PledgeRequest::default() };
                    let result = session.pledge(who, request, &DECK, now).map(drop);
                    if !held {
                        prop_assert!(result.is_err(), "a card not held was pledged");
                    }
                    result
                }
            };
            if outcome.is_err() {
                prop_assert_eq!(&session, &before, "a refused change changes nothing");
            }
            // A swap never takes a pledged card; a new deal keeps it.
            if matches!(act, Act::Swap(_) | Act::Redeal) && outcome.is_ok() {
                for (who, _) in session.setup.participants.iter().enumerate() {
                    if let Some(card) = before.pledged_card(who) {
                        prop_assert!(session.hand(who).iter().any(|c| c == card), "{} lost", card);
                    }
                }
            }
            assert_pledges_hold(&session, &pool)?;
        }
    }
}

/// A key press or a wake-up, after `wait` milliseconds.
#[derive(Debug, Clone, Copy)]
enum Press {
    StartPause,
    AddMinute,
    Tick,
}

fn presses() -> impl Strategy<Value = Vec<(u64, Press)>> {
    let wait = prop_oneof![
        3 => 0u64..2_000,
        2 => 0u64..90_000,
        1 => Just(0u64),
        1 => Just(1_000u64),
    ];
    let press = prop_oneof![
        2 => Just(Press::StartPause),
        1 => Just(Press::AddMinute),
        4 => Just(Press::Tick),
    ];
    prop::collection::vec((wait, press), 0..120)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn the_timer_counts_down_rings_once_and_sleeps_when_stopped(
        minutes in 1u16..=60,
        start in 0u64..1_000_000_000,
        presses in presses(),
    ) {
        let mut timer = Timer::new(minutes);
        let mut now = start;
        prop_assert_eq!(timer.left(now), u64::from(minutes) * MINUTE_MS);
        let mut left = timer.left(now);
        // Whether the bell may ring: once per run-out, again only after +1 minute.
        let mut may_ring = true;
        for (wait, press) in presses {
            let waited = now + wait;
            // Time alone never adds time, and stops for a stopped timer.
            prop_assert!(timer.left(waited) <= left);
            if !timer.is_running() {
                prop_assert_eq!(timer.left(waited), left);
            }
            now = waited;
            let running = timer.is_running();
            let due = running && timer.left(now) == 0;
            let before = timer.left(now);
            match press {
                Press::StartPause => {
                    timer.start_pause(now);
                    prop_assert_eq!(timer.left(now), before, "start and pause keep the time");
                }
                Press::AddMinute => {
                    timer.add_minute(now);
                    prop_assert_eq!(timer.left(now), before + MINUTE_MS);
                    prop_assert!(!timer.is_up());
                    may_ring = true;
                }
                Press::Tick => {
                    let rang = timer.tick(now);
                    prop_assert_eq!(rang, due, "rings when, and only when, time is up");
                    if rang {
                        prop_assert!(may_ring, "rang twice for one run-out");
                        may_ring = false;
                        prop_assert!(timer.is_up() && !timer.is_running());
                    }
                    prop_assert_eq!(timer.left(now), before);
                }
            }
            if timer.is_up() {
                prop_assert_eq!(timer.left(now), 0);
            }
            // Never stuck at 0:00: it is up, or rings at the next tick.
            if timer.left(now) == 0 {
                prop_assert!(timer.is_up() || timer.is_running(), "stuck at 0:00");
            }
            match timer.next_tick(now) {
                None => prop_assert!(!timer.is_running() && !timer.is_up()),
                Some(sleep) if timer.is_up() => {
                    // Overtime: the shown count moves on each whole second.
                    prop_assert!((1..=1_000).contains(&sleep), "{}", sleep);
                    let over = timer.overtime(now).expect("up");
                    prop_assert_eq!(timer.overtime(now + sleep).map(|o| o / 1000), Some(over / 1000 + 1));
                }
                Some(sleep) => {
                    prop_assert!(timer.is_running());
                    prop_assert!((1..=1_000).contains(&sleep), "{}", sleep);
                    // Nothing on screen changes before the wake-up; it does at it.
                    let shown = timer.seconds_left(now);
                    prop_assert_eq!(timer.seconds_left(now + sleep - 1), shown);
                    prop_assert!(timer.seconds_left(now + sleep) < shown || shown == 0);
                }
            }
            left = timer.left(now);
        }
    }

    #[test]
    fn every_deal_has_a_code_that_reads_back(
        seed in any::<u64>(),
        seats in 1usize..=setup::MAX_PARTICIPANTS,
        hand in 1u8..=5,
        mask in 1u8..32,
    ) {
        let key = setup::DealKey { seed, seats, hand, piles: piles(mask) };
        let code = key.code();
        prop_assert_eq!(setup::DealKey::of_code(&code), Some(key.clone()));
        prop_assert_eq!(setup::DealKey::of_code(&code.to_lowercase()), Some(key.clone()));
        prop_assert_eq!(setup::DealKey::of_code(&format!(" {code}\n")), Some(key.clone()));
        prop_assert!(code.len() >= 5);
        prop_assert!(
            code.chars().all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
            "{}", code
        );
        prop_assert!(!code.contains(['I', 'L', 'O', 'U']), "{}", code);
        let random = setup::DealKey { seed: seed % setup::RANDOM_SEED_LIMIT, ..key };
        prop_assert!(random.code().len() <= 8, "a random seed's code fits eight");
    }

    #[test]
    fn a_mistyped_digit_never_stands_for_another_deal(
        seed in any::<u64>(),
        seats in 1usize..=setup::MAX_PARTICIPANTS,
        hand in 1u8..=5,
        mask in 1u8..32,
        at in any::<prop::sample::Index>(),
        digit in 0usize..32,
    ) {
        const DIGITS: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        let code = setup::DealKey { seed, seats, hand, piles: piles(mask) }.code();
        let mut typed: Vec<u8> = code.clone().into_bytes();
        let at = at.index(typed.len());
        typed[at] = DIGITS[digit];
        let typed = String::from_utf8(typed).expect("ascii");
        if typed != code {
            prop_assert_eq!(setup::DealKey::of_code(&typed), None, "{} read as {}", typed, code);
        }
    }
}
