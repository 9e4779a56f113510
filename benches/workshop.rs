//! The workshop's hot spots at the largest room the TUI is laid out for
//! (40 participants): dealing, a round of turns with swaps, drawing the
//! screens a facilitator sees (the spotlight with five big cards and a
//! running timer, the table of 40), and the report in each format.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use jiff::civil::date;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use xiaoshi::deck::Deck;
use xiaoshi::i18n::Lang;
use xiaoshi::tui::theme::Theme;
use xiaoshi::tui::workshop::app::{Action, App, Screen};
use xiaoshi::tui::workshop::view;
use xiaoshi::workshop::report::{self, Format};
use xiaoshi::workshop::setup::Setup;
use xiaoshi::workshop::{PledgeRequest, Session, deal};

const PEOPLE: usize = 40;

fn names() -> Vec<String> {
    (1..=PEOPLE).map(|n| format!("{n}号桌")).collect()
}

fn setup(hand: u8) -> Setup {
    let mut setup = Setup::new(names());
    setup.hand = hand;
    setup.seed = 42;
    setup
}

fn now() -> Timestamp {
    "2026-11-24T02:00:00Z".parse().expect("timestamp")
}

fn new_session(deck: &Deck, hand: u8) -> Session {
    Session::new(
        "2026-11-24-001A".into(),
        setup(hand),
        deck,
        None,
        date(2026, 11, 24),
        now(),
    )
}

fn dealing(c: &mut Criterion) {
    let deck = Deck::builtin().expect("deck");
    c.bench_function("deal 40 × 1 card from the built-in deck", |b| {
        b.iter(|| {
            let setup = setup(1);
            let pool = setup.pool(&deck);
            deal::deal(black_box(&setup), &pool).expect("deal")
        })
    });
    c.bench_function("session: deal 40 × 1, 40 turns with a swap each", |b| {
        b.iter(|| {
            let mut session = new_session(&deck, 1);
            session.deal(&deck).expect("deal");
            for _ in 0..PEOPLE {
                session.swap(0).expect("swap");
                session.turn(1).expect("turn");
            }
            session
        })
    });
}

/// A finished-looking 40-person session: everyone pledges, every fifth on
/// a joker in their own words, with a date and a note.
fn pledged(deck: &Deck) -> Session {
    let mut session = new_session(deck, 1);
    session.deal(deck).expect("deal");
    for person in 0..PEOPLE {
        let card = match person % 5 {
            4 => "joker-black".to_string(),
            _ => session.hand(person)[0].clone(),
        };
        // A joker, chosen or dealt, is pledged in the participant's own words.
        let words = card
            .starts_with("joker")
            .then(|| "教邻居用智能手机 <挂号>".to_string());
        let request = PledgeRequest {
            card,
            words,
            by: Some(date(2026, 12, 1)),
            note: Some("周六上午 & 周日".into()),
        };
        session
            .pledge(person, request, deck, now())
            .expect("pledge");
    }
    session
}

fn reports(c: &mut Criterion) {
    let deck = Deck::builtin().expect("deck");
    let session = pledged(&deck);
    let mut group = c.benchmark_group("report for 40 people");
    for (name, format) in [
        ("md", Format::Md),
        ("csv", Format::Csv),
        ("json", Format::Json),
        ("html", Format::Html),
        ("pdf", Format::Pdf),
    ] {
        let zone = jiff::tz::TimeZone::UTC;
        group.bench_with_input(BenchmarkId::from_parameter(name), &format, |b, format| {
            b.iter(|| {
                let mut out = Vec::with_capacity(16 * 1024);
                let lang = xiaoshi::export::Printed::only(Lang::Zh);
                report::write(&session, Some(&deck), *format, lang, &zone, &mut out)
                    .expect("write");
                out
            })
        });
    }
    group.finish();
}

/// The spotlight (10 people × 5 cards: the most cards on screen) and the
/// table overview (40 people), drawn into a TestBackend as the TUI draws
/// each frame: the time from a key press to a finished frame, less the
/// terminal's own output.
fn screens(c: &mut Criterion) {
    let deck = Deck::builtin().expect("deck");
    let five_each = {
        let mut setup = setup(5);
        setup.participants.truncate(10);
        Session::new(
            "2026-11-24-001A".into(),
            setup,
            &deck,
            None,
            date(2026, 11, 24),
            now(),
        )
    };
    let mut spotlight = App::new(
        five_each,
        deck.clone(),
        Lang::Zh,
        Theme { color: true },
        now(),
    );
    spotlight.apply(Action::Deal);
    spotlight.apply(Action::TimerStartPause);
    spotlight.set_time(1_500, now());
    let mut table = App::new(
        new_session(&deck, 1),
        deck.clone(),
        Lang::Zh,
        Theme { color: true },
        now(),
    );
    table.apply(Action::Deal);
    table.apply(Action::Show(Screen::Table));
    let mut group = c.benchmark_group("draw");
    for (width, height) in [(100, 30), (200, 50)] {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("terminal");
        group.bench_function(format!("spotlight 5 cards {width}x{height}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| view::render(black_box(&spotlight), frame))
                    .expect("draw");
            })
        });
        // The same frame laid out for a terminal that draws ambiguous
        // characters wide: widened text, the frame sealed, pixel blocks.
        group.bench_function(
            format!("spotlight 5 cards {width}x{height}, ambiguous wide"),
            |b| {
                xiaoshi::text::with_ambiguous(xiaoshi::text::Ambiguous::Wide, || {
                    b.iter(|| {
                        terminal
                            .draw(|frame| view::render(black_box(&spotlight), frame))
                            .expect("draw");
                    })
                })
            },
        );
        group.bench_function(format!("table of 40 {width}x{height}"), |b| {
            b.iter(|| {
                terminal
                    .draw(|frame| view::render(black_box(&table), frame))
                    .expect("draw");
            })
        });
    }
    group.finish();
}

criterion_group!(benches, dealing, screens, reports);
criterion_main!(benches);
