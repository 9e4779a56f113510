//! The pieces a daily command spends its time in: the built-in deck (baked
//! at build time; parsing its file is what a `--deck` costs), and folding a
//! year of events into today's status.

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use xiaoshi::deck::{self, Deck};
use xiaoshi::journal::view::Status;
use xiaoshi::sample;

fn deck_parse(c: &mut Criterion) {
    c.bench_function("the built-in deck, baked", |b| {
        b.iter(|| Deck::builtin().expect("deck"))
    });
    c.bench_function("parse and validate the built-in deck's file", |b| {
        b.iter(|| deck::load_str(deck::BUILTIN_SOURCE, "shequ-xiaoshi.ron").expect("deck"))
    });
}

fn fold_a_year(c: &mut Criterion) {
    let deck = Deck::builtin().expect("deck");
    let today = date(2026, 11, 20);
    let events = sample::journal(&deck, today, 365);
    c.bench_function("status from a year of events (full fold)", |b| {
        b.iter(|| {
            let today = xiaoshi::journal::Today::from_events(&events, today);
            Status::new(&today, &deck).streak.current
        })
    });
}

criterion_group!(benches, deck_parse, fold_a_year);
criterion_main!(benches);
