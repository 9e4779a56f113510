//! Property tests over random histories of a resident's actions: the rules'
//! invariants hold, `why` always agrees with `status`, the fold can be cut
//! anywhere (what the summary cache relies on), and export→import is the
//! identity.

use std::collections::BTreeMap;

use jiff::civil::{Date, date};
use jiff::{Span, Timestamp};
use proptest::prelude::*;
use xiaoshi::deck::Deck;
use xiaoshi::journal::actions;
use xiaoshi::journal::event::normalize;
use xiaoshi::journal::rules::{self, FREEZES_MAX, Progress, ROUND_LENGTH};
use xiaoshi::journal::transfer::{self, Format};
use xiaoshi::journal::view::{self, Status};
use xiaoshi::journal::{self, Event, Store, Today};

/// What a resident may do on a day.
#[derive(Debug, Clone, Copy)]
enum Act {
    Skip,
    Draw,
    Redraw,
    Done,
    DoneWithNote,
    Backfill,
    Undo,
    StartRound,
}

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        3 => Just(Act::Skip),
        2 => Just(Act::Draw),
        1 => Just(Act::Redraw),
        8 => Just(Act::Done),
        2 => Just(Act::DoneWithNote),
        1 => Just(Act::Backfill),
        1 => Just(Act::Undo),
        1 => Just(Act::StartRound),
    ]
}

/// Days of actions: each day gets one or two acts.
fn history() -> impl Strategy<Value = Vec<Vec<Act>>> {
    prop::collection::vec(prop::collection::vec(act(), 1..3), 1..90)
}

const START: Date = date(2026, 1, 20);

/// Parsed once: the deck is the same in every case.
static DECK: std::sync::LazyLock<Deck> =
    std::sync::LazyLock::new(|| Deck::builtin().expect("the built-in deck is valid"));

fn day(index: usize) -> Date {
    START
        .checked_add(Span::new().days(i64::try_from(index).expect("small")))
        .expect("date")
}

/// Plays the acts through the same action functions the CLI uses.
fn play(deck: &Deck, days: &[Vec<Act>]) -> (Vec<Event>, Date) {
    let mut events: Vec<Event> = Vec::new();
    for (index, acts) in days.iter().enumerate() {
        let date = day(index);
        for (n, act) in acts.iter().enumerate() {
            let now: Timestamp = jiff::tz::TimeZone::UTC
                .to_timestamp(date.at(9, n as i8, 0, 0))
                .expect("timestamp");
            let today = Today::from_events(&events, date);
            let new: Vec<Event> = match act {
                Act::Skip => Vec::new(),
                Act::Draw => actions::draw(&today, deck, date, now, false).unwrap_or_default(),
                Act::Redraw => actions::draw(&today, deck, date, now, true).unwrap_or_default(),
                Act::Done => actions::check_in(&today, deck, now, None, false)
                    .map(|(events, _)| events)
                    .unwrap_or_default(),
                Act::DoneWithNote => {
                    actions::check_in(&today, deck, now, Some("帮邻居浇花, \"好\""), false)
                        .map(|(events, _)| events)
                        .unwrap_or_default()
                }
                Act::Backfill => actions::check_in(&today, deck, now, None, true)
                    .map(|(events, _)| events)
                    .unwrap_or_default(),
                Act::Undo => actions::undo(&today, now).into_iter().collect(),
                Act::StartRound => vec![actions::start_round(&today, now)],
            };
            events.extend(new);
            normalize(&mut events);
        }
    }
    (events, day(days.len() - 1))
}

fn status_json(status: &Status<'_>) -> serde_json::Value {
    serde_json::to_value(status).expect("json")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn invariants_hold_and_why_agrees_with_status(days in history()) {
        let deck = &*DECK;
        let (events, last) = play(deck, &days);
        let today = Today::from_events(&events, last);
        let status = Status::new(&today, deck);
        let (progress, _) = today.with_today();

        prop_assert!(status.round.checked_in <= ROUND_LENGTH);
        prop_assert!(progress.finished.iter().all(|round| round.checked_in <= ROUND_LENGTH));
        prop_assert!(status.streak.freezes <= FREEZES_MAX);
        prop_assert!(status.streak.current <= progress.days_checked_in);
        prop_assert!(status.streak.best <= progress.days_checked_in);
        prop_assert!(status.streak.current <= status.streak.best);
        prop_assert!(progress.round.backfills <= rules::BACKFILLS_PER_ROUND);
        let checked: u32 = status.by_suit.values().sum();
        prop_assert_eq!(checked, progress.days_checked_in);

        let why = view::why(&events, last, deck);
        prop_assert_eq!(status_json(&why.status), status_json(&status));
        if let Some(last_day) = why.days.last() {
            prop_assert_eq!(last_day.streak, status.streak.current);
            prop_assert_eq!(last_day.freezes, status.streak.freezes);
        }
    }

    #[test]
    fn no_card_repeats_within_a_round_until_the_deck_is_used_up(days in history()) {
        let deck = &*DECK;
        let (events, last) = play(deck, &days);
        let (progress, _) = Today::from_events(&events, last).with_today();
        let cards = &progress.round.cards;
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for card in cards {
            *counts.entry(card.as_str()).or_default() += 1;
        }
        let most = counts.values().copied().max().unwrap_or(0);
        let least_possible = cards.len().div_ceil(deck.cards.len());
        prop_assert!(most <= least_possible.max(1), "a card repeated early: {counts:?}");
    }

    #[test]
    fn the_fold_can_be_cut_at_any_day(days in history(), cut in 0usize..90) {
        let deck = &*DECK;
        let (events, last) = play(deck, &days);
        let facts = rules::facts_by_day(&events);
        let mut whole = Progress::default();
        whole.advance(&facts, last, None);

        let cut = day(cut).min(last);
        let mut halves = Progress::default();
        halves.advance(&facts, cut, None);
        // Saved and loaded the way the summary cache does.
        let saved = serde_json::to_string(&halves).expect("save");
        let mut halves: Progress = serde_json::from_str(&saved).expect("load");
        halves.advance(&facts, last, None);
        prop_assert_eq!(halves, whole);
    }

    #[test]
    fn export_then_import_is_the_identity(days in history(), csv in any::<bool>()) {
        let deck = &*DECK;
        let (events, _) = play(deck, &days);
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("export");
        let mut bytes = Vec::new();
        let format = if csv { Format::Csv } else { Format::Json };
        transfer::export(&events, format, &mut bytes).expect("export");
        std::fs::write(&path, bytes).expect("write");
        let mut imported = transfer::read_import(&path).expect("import");
        normalize(&mut imported);
        prop_assert_eq!(imported, events);
    }
}

proptest! {
    // These touch the disk; fewer cases.
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn the_stored_journal_and_its_summary_agree_with_a_full_replay(
        days in prop::collection::vec(prop::collection::vec(act(), 1..3), 30..120),
        later in 0usize..40,
    ) {
        let deck = &*DECK;
        let (events, last) = play(deck, &days);
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        store.append(events.clone(), &lock).expect("append");

        // Look from the last day, and from a later one (months may close).
        for date in [last, last.checked_add(Span::new().days(later as i64)).expect("date")] {
            for _ in 0..2 {
                // Twice: the second load comes from the summary cache.
                let stored = journal::load_today(&store, date, &lock).expect("load");
                let replayed = Today::from_events(&events, date);
                prop_assert_eq!(stored.date, date);
                prop_assert_eq!(
                    status_json(&Status::new(&stored, deck)),
                    status_json(&Status::new(&replayed, deck))
                );
            }
        }
    }
}
