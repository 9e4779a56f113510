//! Property tests over random histories of a resident's actions: the rules'
//! invariants hold, `why` always agrees with `status`, the fold can be cut
//! anywhere (what the summary cache relies on), and export→import is the
//! identity.

mod model;

use std::collections::BTreeMap;

use jiff::Span;
use jiff::civil::Date;
use model::acts::{self, Step};
use proptest::prelude::*;
use xiaoshi::deck::Deck;
use xiaoshi::journal::event::normalize;
use xiaoshi::journal::rules::{self, FREEZES_MAX, Progress, ROUND_LENGTH};
use xiaoshi::journal::transfer::{self, Format};
use xiaoshi::journal::view::{self, Status};
use xiaoshi::journal::{self, Store, Today};

/// Parsed once: the deck is the same in every case.
static DECK: std::sync::LazyLock<Deck> =
    std::sync::LazyLock::new(|| Deck::builtin().expect("the built-in deck is valid"));

/// Days of acts from a fixed first day (the model's `acts::play` checks
/// that every refusal is one the rules call for: none is swallowed).
fn history() -> impl Strategy<Value = (Date, Vec<Step>)> {
    acts::history(1..90)
}

fn day(first: Date, index: usize) -> Date {
    acts::plus(first, i64::try_from(index).expect("small"))
}

fn status_json(status: &Status<'_>) -> serde_json::Value {
    serde_json::to_value(status).expect("json")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn invariants_hold_and_why_agrees_with_status((first, steps) in history()) {
        let deck = &*DECK;
        let (events, last) = acts::play(deck, first, &steps);
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

        // `why` replays every event without the summary; its days, counted
        // by what each shows, give the status's numbers.
        let why = view::why(&events, last, deck);
        prop_assert_eq!(status_json(&why.status), status_json(&status));
        let last_day = why.days.last().expect("why shows today");
        prop_assert_eq!(last_day.date, last);
        prop_assert_eq!(last_day.streak, status.streak.current);
        prop_assert_eq!(last_day.freezes, status.streak.freezes);
        let shown_done = why
            .days
            .iter()
            .filter(|day| progress.round.start.is_some_and(|start| day.date >= start))
            .filter(|day| day.state() == rules::DayState::Done)
            .count();
        prop_assert_eq!(shown_done as u32, status.round.checked_in, "why's done days in the round");
        let streak_days = why
            .days
            .iter()
            .filter(|day| progress.streak.since.is_some_and(|since| day.date >= since))
            .filter(|day| day.state() == rules::DayState::Done)
            .count();
        prop_assert_eq!(streak_days as u32, status.streak.current, "why's streak days");
    }

    #[test]
    fn no_card_repeats_within_a_round_until_the_deck_is_used_up((first, steps) in history()) {
        let deck = &*DECK;
        let (events, last) = acts::play(deck, first, &steps);
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
    fn the_fold_can_be_cut_at_any_day((first, steps) in history(), cut in 0usize..400) {
        let deck = &*DECK;
        let (events, last) = acts::play(deck, first, &steps);
        let facts = rules::facts_by_day(&events);
        let mut whole = Progress::default();
        whole.advance(&facts, last, None);

        let cut = day(first, cut).min(last);
        let mut halves = Progress::default();
        halves.advance(&facts, cut, None);
        // Saved and loaded the way the summary cache does.
        let saved = serde_json::to_string(&halves).expect("save");
        let mut halves: Progress = serde_json::from_str(&saved).expect("load");
        halves.advance(&facts, last, None);
        prop_assert_eq!(halves, whole);
    }

    #[test]
    fn export_then_import_is_the_identity((first, steps) in history(), csv in any::<bool>()) {
        let deck = &*DECK;
        let (events, _) = acts::play(deck, first, &steps);
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
        (first, steps) in acts::history(30..120),
        later in 0usize..40,
    ) {
        let deck = &*DECK;
        let (events, last) = acts::play(deck, first, &steps);
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
