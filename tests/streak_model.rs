//! The real fold against the reference model (`tests/model`): on random
//! histories played through the actions, and on raw event lists, the
//! status, the replay `why` prints, history's notes and the finished rounds
//! all agree with a slow, day-by-day reading of docs/streak-rules.md —
//! folded at once, and folded the way the summary cache does (closed months
//! first, saved and loaded, then the open months).

mod model;

use jiff::civil::Date;
use proptest::prelude::*;
use xiaoshi::deck::Deck;
use xiaoshi::journal::event::normalize;
use xiaoshi::journal::rules::{self, DayState, Progress};
use xiaoshi::journal::view::{self, CardView, Status};
use xiaoshi::journal::{self, Event, Store, Today};

use model::acts::{self, Step};
use model::{Look, Model};

static DECK: std::sync::LazyLock<Deck> =
    std::sync::LazyLock::new(|| Deck::builtin().expect("the built-in deck is valid"));

fn look(state: DayState) -> Look {
    match state {
        DayState::Done => Look::Done,
        DayState::Frozen => Look::Frozen,
        DayState::Missed => Look::Missed,
        DayState::Today => Look::Today,
        DayState::Future => Look::Future,
    }
}

/// `Today` as `load_today` builds it from the summary cache: the closed
/// months folded, saved as JSON and loaded, then the open months.
fn cached(events: &[Event], date: Date) -> Today {
    let Ok(yesterday) = date.yesterday() else {
        return Today::from_events(events, date);
    };
    let open_from = yesterday.first_of_month();
    let (closed, open): (Vec<Event>, Vec<Event>) = events
        .iter()
        .cloned()
        .partition(|event| event.day < open_from);
    let mut progress = Progress::default();
    if !closed.is_empty() {
        let through = open_from.yesterday().expect("date");
        progress.advance(&rules::facts_by_day(&closed), through, None);
        progress.through = Some(through);
        let saved = serde_json::to_string(&progress).expect("save");
        progress = serde_json::from_str(&saved).expect("load");
    }
    let recent = rules::facts_by_day(&open);
    progress.advance(&recent, yesterday, None);
    Today {
        date,
        progress,
        recent,
    }
}

fn card_id<'a>(card: &'a CardView<'_>) -> &'a str {
    match card {
        CardView::Known(card) => card.id,
        CardView::Unknown { id } => id,
    }
}

/// Everything `status` shows, and what `with_today` folds, against the model.
fn agrees(model: &Model, today: &Today) -> Result<(), TestCaseError> {
    let deck = &*DECK;
    let status = Status::new(today, deck);
    let (progress, _) = today.with_today();
    prop_assert_eq!(status.streak.current, model.streak, "streak");
    prop_assert_eq!(status.streak.best, model.best, "best");
    prop_assert_eq!(status.streak.freezes, model.freezes, "freezes");
    prop_assert_eq!(progress.streak.since, model.streak_since, "streak since");
    prop_assert_eq!(status.round.number, model.round, "round number");
    prop_assert_eq!(progress.round.start, model.round_start, "round start");
    prop_assert_eq!(status.round.checked_in, model.round_checked_in);
    prop_assert_eq!(
        status.round.backfills_left,
        model::BACKFILLS.saturating_sub(model.backfills_used),
        "backfills"
    );
    prop_assert_eq!(status.round.complete, model.complete, "complete");
    prop_assert_eq!(status.round.day, model.day_of_round, "day x/21");
    let grid: Vec<(Date, Look, u32)> = status
        .round
        .days
        .iter()
        .map(|cell| (cell.date, look(cell.state), cell.count))
        .collect();
    prop_assert_eq!(&grid, &model.cells(), "grid");
    prop_assert_eq!(status.rounds_completed, model.completed, "rounds completed");
    let finished: Vec<model::Finished> = progress
        .finished
        .iter()
        .map(|round| model::Finished {
            number: round.number,
            start: round.start,
            end: round.end,
            checked_in: round.checked_in,
            completed: round.completed,
        })
        .collect();
    prop_assert_eq!(&finished, &model.finished, "finished rounds");
    prop_assert_eq!(&status.by_suit, &model.by_suit, "per suit");
    prop_assert_eq!(progress.days_checked_in, model.checked_in_days);

    let day = model.days.get(&model.today).cloned().unwrap_or_default();
    prop_assert_eq!(status.today.done, day.done, "today done");
    prop_assert_eq!(&status.today.note, &day.note, "today's note");
    prop_assert_eq!(status.today.redrawn, day.redrawn, "today redrawn");
    prop_assert_eq!(
        status.today.card.as_ref().map(card_id),
        day.card.as_deref(),
        "today's card"
    );
    let done = day
        .credit
        .as_deref()
        .or(day.card.as_deref())
        .filter(|_| day.done);
    let shown = status
        .today
        .credited
        .as_ref()
        .or(status.today.card.as_ref())
        .map(card_id)
        .filter(|_| status.today.done);
    prop_assert_eq!(shown, done, "today's card done");
    Ok(())
}

/// The replay `why` prints: every day it shows says what the model says,
/// from the start of the round and of the streak to today, with no gap.
fn why_agrees(model: &Model, events: &[Event]) -> Result<(), TestCaseError> {
    let why = view::why(events, model.today, &DECK);
    let first = why.days.first().map(|day| day.date);
    for start in [model.round_start, model.streak_since]
        .into_iter()
        .flatten()
    {
        prop_assert!(first.is_some_and(|first| first <= start), "why starts late");
    }
    // A run of missed days shown as one row stands for each of its days.
    let mut days = Vec::new();
    for row in &why.days {
        let Some(last) = row.through else {
            days.push(row.clone());
            continue;
        };
        prop_assert_eq!(
            row.rules.as_slice(),
            [rules::Rule::Missed],
            "a run of missed days"
        );
        let mut date = row.date;
        let mut count = 0;
        while date <= last {
            days.push(rules::TraceDay {
                date,
                through: None,
                ..row.clone()
            });
            count += 1;
            date = date.tomorrow().expect("date");
        }
        prop_assert!(count >= model::COLLAPSE, "a short run collapsed");
    }
    for pair in days.windows(2) {
        prop_assert_eq!(
            pair[0].date.tomorrow().ok(),
            Some(pair[1].date),
            "a gap in why"
        );
    }
    // And a run that long is always one row.
    let quiet = |day: &rules::TraceDay| day.rules == [rules::Rule::Missed] && day.through.is_none();
    let mut alike_in_a_row = 0u32;
    for (index, row) in why.days.iter().enumerate() {
        let joins = index > 0 && quiet(row) && quiet(&why.days[index - 1]) && {
            let before = &why.days[index - 1];
            (
                before.streak,
                before.freezes,
                before.round,
                before.round_checked_in,
            ) == (row.streak, row.freezes, row.round, row.round_checked_in)
        };
        alike_in_a_row = if joins {
            alike_in_a_row + 1
        } else {
            u32::from(quiet(row))
        };
        prop_assert!(
            alike_in_a_row < model::COLLAPSE,
            "a long run of missed days not collapsed"
        );
    }
    prop_assert_eq!(days.last().map(|day| day.date), Some(model.today));
    for day in &days {
        let logged = model.log.iter().find(|logged| logged.date == day.date);
        let Some(logged) = logged else {
            // Before the first event: nothing happened.
            prop_assert_eq!(look(day.state()), Look::Missed);
            continue;
        };
        prop_assert_eq!(look(day.state()), logged.look, "why on {}", day.date);
        prop_assert_eq!(day.streak, logged.streak, "streak in why on {}", day.date);
        prop_assert_eq!(
            day.freezes,
            logged.freezes,
            "freezes in why on {}",
            day.date
        );
        prop_assert_eq!(day.round, logged.round, "round in why on {}", day.date);
        prop_assert_eq!(
            day.round_checked_in,
            logged.round_checked_in,
            "round day in why on {}",
            day.date
        );
        if logged.look == Look::Done {
            let modelled = &model.days[&day.date];
            let done = modelled.credit.as_deref().or(modelled.card.as_deref());
            prop_assert_eq!(
                day.card.as_deref(),
                done,
                "the card done in why on {}",
                day.date
            );
        }
    }
    Ok(())
}

/// History lists every day with a card (drawn, or credited by a check-in),
/// done or not, with the card done, the card drawn and the note.
fn history_agrees(model: &Model, events: &[Event]) -> Result<(), TestCaseError> {
    let history = view::history(events, &DECK);
    let with_card: Vec<Date> = model
        .days
        .iter()
        .filter(|(_, day)| day.card.is_some() || (day.done && day.credit.is_some()))
        .map(|(&date, _)| date)
        .collect();
    let listed: Vec<Date> = history.iter().map(|day| day.date).collect();
    prop_assert_eq!(listed, with_card, "history's days");
    for day in &history {
        let modelled = &model.days[&day.date];
        prop_assert_eq!(day.done, modelled.done, "done on {}", day.date);
        prop_assert_eq!(
            day.note.as_deref(),
            model.note(day.date),
            "note on {}",
            day.date
        );
        prop_assert_eq!(day.card.as_ref().map(card_id), modelled.card.as_deref());
        let done = modelled.credit.as_deref().or(modelled.card.as_deref());
        prop_assert_eq!(
            day.done_card().map(card_id).filter(|_| day.done),
            done.filter(|_| modelled.done),
            "the card done on {}",
            day.date
        );
        prop_assert_eq!(
            day.own.as_deref(),
            modelled.own.as_deref().filter(|_| modelled.done)
        );
    }
    Ok(())
}

/// The whole comparison for one history seen on `date`.
fn compare(events: &[Event], date: Date) -> Result<(), TestCaseError> {
    let model = Model::run(events, date);
    agrees(&model, &Today::from_events(events, date))?;
    agrees(&model, &cached(events, date))?;
    why_agrees(&model, events)?;
    history_agrees(&model, events)
}

proptest! {
    // 10,000 histories each: the safety net for every rule change.
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn played_histories_agree_with_the_model(
        (first, steps) in acts::history(1..60),
        later in 0i64..3,
    ) {
        let (events, last) = acts::play(&DECK, first, &steps);
        compare(&events, last)?;
        if later > 0 {
            // Seen a day or two later, with nothing done since.
            compare(&events, acts::plus(last, later))?;
        }
    }

    #[test]
    fn raw_histories_agree_with_the_model((first, days, today) in acts::raw_history()) {
        let mut events = acts::raw_events(first, &days);
        normalize(&mut events);
        compare(&events, acts::plus(first, today as i64))?;
    }
}

proptest! {
    // Every card drawn, with the built-in deck (the ladder on) and with the
    // ladder off, is the card the model's reading of §2 gives.
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn every_draw_is_the_models((first, steps) in acts::history(1..60), ladder in any::<bool>()) {
        let deck = if ladder { DECK.clone() } else { Deck { ladder: false, ..DECK.clone() } };
        let (events, last) = acts::play_checking_draws(&deck, first, &steps);
        compare(&events, last)?;
    }
}

proptest! {
    // Through the store on disk: the summary cache is written, then used.
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn the_stored_journal_agrees_with_the_model(
        (first, steps) in acts::history(20..90),
        later in 0i64..45,
    ) {
        let (events, last) = acts::play(&DECK, first, &steps);
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        store.append(events.clone(), &lock).expect("append");
        for date in [last, acts::plus(last, later)] {
            let model = Model::run(&events, date);
            for _ in 0..2 {
                // Twice: the second load comes from the summary cache.
                agrees(&model, &journal::load_today(&store, date, &lock).expect("load"))?;
            }
        }
    }
}

/// A history of nothing but days away is no history.
#[test]
fn the_model_of_an_empty_journal() {
    let date = jiff::civil::date(2026, 11, 20);
    let model = Model::run(&[], date);
    assert_eq!(model.streak, 0);
    assert_eq!(model.round, 1);
    assert_eq!(model.grid.len(), 21);
    let (events, _) = acts::play(&DECK, date, &[Step::Away(5)]);
    assert!(events.is_empty());
}
