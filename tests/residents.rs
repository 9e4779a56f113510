//! A thousand simulated residents (each from its own seed), nine weeks each,
//! drawing and checking in through the same action functions as the CLI and
//! the TUI, with the built-in deck (the card ladder on). What the programme
//! asks of the daily card (docs/streak-rules.md §2):
//! - the first week of every round draws only small cards (A–4);
//! - no card repeats within a round;
//! - a new round passes over the last week of the round before;
//! - on every 20th the red joker (爱邻日) is today's card, or one key / flag
//!   away: offered, and crediting it works.

use std::collections::{BTreeMap, HashSet};

use jiff::Span;
use jiff::civil::{Date, date};
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{Rng, SeedableRng};
use xiaoshi::deck::Deck;
use xiaoshi::journal::actions::{self, Credit};
use xiaoshi::journal::draw::{LOVE_DAY_CARD, Tier};
use xiaoshi::journal::event::normalize;
use xiaoshi::journal::view::Status;
use xiaoshi::journal::{Event, EventKind, Today};

const RESIDENTS: u64 = 1_000;
const DAYS: i64 = 63;

/// A draw as it happened: the round, its check-ins before the draw, the card.
struct Drawn {
    round: u32,
    checked_in: u32,
    card: String,
}

/// A number in `0..100` from the resident's generator.
fn percent(rng: &mut ChaCha8Rng) -> u64 {
    rng.next_u64() % 100
}

fn at(day: Date, n: i8) -> jiff::Timestamp {
    jiff::tz::TimeZone::UTC
        .to_timestamp(day.at(9, n, 0, 0))
        .expect("timestamp")
}

/// One resident's nine weeks; returns their draws and how many 20ths they saw.
fn live(deck: &Deck, seed: u64) -> (Vec<Drawn>, u32) {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let first = date(2026, 1, 1)
        .checked_add(Span::new().days((rng.next_u64() % 1100) as i64))
        .expect("date");
    // The card order's seed, from the resident's own generator, so the whole
    // life is reproducible (the first draw would otherwise pick one at random).
    let mut events = vec![Event::new(
        first,
        at(first, 0),
        EventKind::Seeded {
            seed: rng.next_u64(),
        },
    )];
    let mut drawn = Vec::new();
    let mut twentieths = 0;
    for offset in 0..DAYS {
        let day = first.checked_add(Span::new().days(offset)).expect("date");
        if percent(&mut rng) < 5 {
            continue; // a day away
        }
        let apply = |events: &mut Vec<Event>, new: Vec<Event>, drawn: &mut Vec<Drawn>| {
            let today = Today::from_events(events, day);
            let (progress, _) = today.with_today();
            for event in &new {
                if let EventKind::Drawn { card } | EventKind::Redrawn { card } = &event.kind {
                    drawn.push(Drawn {
                        round: progress.round.number,
                        checked_in: progress.round.checked_in,
                        card: card.clone(),
                    });
                }
            }
            events.extend(new);
            normalize(events);
        };
        let today = Today::from_events(&events, day);
        let new = actions::draw(&today, deck, day, at(day, 1), false).expect("a draw");
        apply(&mut events, new, &mut drawn);
        if percent(&mut rng) < 10 {
            let today = Today::from_events(&events, day);
            let new = actions::draw(&today, deck, day, at(day, 2), true).expect("a redraw");
            apply(&mut events, new, &mut drawn);
        }

        let today = Today::from_events(&events, day);
        let card = today.facts(day).card.expect("today's card");
        if day.day() == 20 {
            twentieths += 1;
            let status = Status::new(&today, deck);
            assert!(
                card == LOVE_DAY_CARD || status.love_day_offer,
                "resident {seed}, {day}: the 爱邻日 card neither drawn nor offered"
            );
            if card != LOVE_DAY_CARD && percent(&mut rng) < 50 {
                // The one key (`a`) or flag (`done --card joker-red`).
                let credit = Credit::card(deck, LOVE_DAY_CARD).expect("the red joker");
                let (new, _) =
                    actions::check_in_with(&today, deck, at(day, 3), None, false, Some(&credit))
                        .expect("crediting the 爱邻日 card");
                apply(&mut events, new, &mut drawn);
                let today = Today::from_events(&events, day);
                assert_eq!(today.facts(day).done_card(), Some(LOVE_DAY_CARD));
                assert!(!Status::new(&today, deck).love_day_offer);
                continue;
            }
        }
        if percent(&mut rng) < 90 {
            let (new, _) =
                actions::check_in(&today, deck, at(day, 4), None, false).expect("a check-in");
            apply(&mut events, new, &mut drawn);
        }
    }
    (drawn, twentieths)
}

#[test]
fn a_thousand_residents_climb_the_ladder() {
    let deck = Deck::builtin().expect("the built-in deck");
    assert!(deck.ladder, "the built-in deck has the ladder on");
    let tier = |id: &str| Tier::of(deck.card(id).expect("a card of the deck"));
    let (mut week_one, mut rounds_seen, mut twentieths, mut new_rounds) = (0, 0, 0, 0);
    for seed in 0..RESIDENTS {
        let (drawn, seen) = live(&deck, seed);
        twentieths += seen;
        let mut rounds: BTreeMap<u32, Vec<&Drawn>> = BTreeMap::new();
        for draw in &drawn {
            rounds.entry(draw.round).or_default().push(draw);
        }
        for (number, draws) in &rounds {
            rounds_seen += 1;
            let cards: Vec<&str> = draws.iter().map(|d| d.card.as_str()).collect();
            let distinct: HashSet<&&str> = cards.iter().collect();
            assert_eq!(
                distinct.len(),
                cards.len(),
                "resident {seed}, round {number}: a card repeated in {cards:?}"
            );
            for draw in draws.iter().filter(|d| d.checked_in < 7) {
                week_one += 1;
                assert_eq!(
                    tier(&draw.card),
                    Tier::Small,
                    "resident {seed}, round {number}: {} in the first week",
                    draw.card
                );
            }
            // The round before's last week is passed over in this one's
            // first week (the small cards are enough for it).
            if let Some(before) = rounds.get(&(number - 1)) {
                new_rounds += 1;
                let last_week: Vec<&str> = before
                    .iter()
                    .rev()
                    .take(7)
                    .map(|d| d.card.as_str())
                    .collect();
                for draw in draws.iter().filter(|d| d.checked_in < 7) {
                    assert!(
                        !last_week.contains(&draw.card.as_str()),
                        "resident {seed}, round {number}: {} again from {last_week:?}",
                        draw.card
                    );
                }
            }
        }
    }
    // The simulation reached what it claims to test.
    assert!(week_one > 7 * RESIDENTS, "{week_one} first-week draws");
    assert!(rounds_seen > 2 * RESIDENTS, "{rounds_seen} rounds");
    assert!(new_rounds > RESIDENTS, "{new_rounds} rounds after a round");
    assert!(u64::from(twentieths) > RESIDENTS, "{twentieths} 20ths");
}
