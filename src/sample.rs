//! A sample journal built in memory through the real actions, with a fixed
//! card-order seed: the same days and cards every time. Snapshot tests and
//! benchmarks use it; nothing on a user path does.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};

use crate::deck::Deck;
use crate::journal::event::normalize;
use crate::journal::{Event, EventKind, Today, actions};

/// The TUI on forty days of [`journal`], seen on 爱邻日 2026-11-20, in
/// monochrome without animation, history loaded.
pub fn app(lang: crate::i18n::Lang) -> crate::tui::app::App {
    let deck = Deck::builtin().unwrap_or_else(|error| panic!("the built-in deck: {error}"));
    let today = jiff::civil::date(2026, 11, 20);
    let events = journal(&deck, today, 40);
    let mut app = crate::tui::app::App::new(
        deck,
        Today::from_events(&events, today),
        lang,
        crate::tui::theme::Theme { color: false },
        false,
    );
    app.set_past(&events);
    app
}

/// When the sample workshop is held: 10:00 in Shanghai on 2026-11-24.
pub fn workshop_now() -> Timestamp {
    Timestamp::from_second(1_795_485_600)
        .unwrap_or_else(|error| panic!("a fixed timestamp: {error}"))
}

/// A workshop being set up on 2026-11-24 for `names` with the built-in
/// deck and seed 42 (its id the day and the session code), not yet dealt.
pub fn workshop(names: &[&str]) -> (crate::workshop::Session, Deck) {
    let deck = Deck::builtin().unwrap_or_else(|error| panic!("the built-in deck: {error}"));
    let mut setup = crate::workshop::Setup::new(names.iter().map(|s| s.to_string()).collect());
    setup.seed = 42;
    let id = format!("2026-11-24-{}", setup.code());
    let session = crate::workshop::Session::new(
        id,
        setup,
        &deck,
        None,
        jiff::civil::date(2026, 11, 24),
        workshop_now(),
    );
    (session, deck)
}

/// `days` days ending the day before `last`: most checked in, one day in
/// nine missed, a note now and then (in Chinese), one redraw. On `last`
/// itself the card is drawn but not yet done.
pub fn journal(deck: &Deck, last: Date, days: i64) -> Vec<Event> {
    let first = last.checked_sub(Span::new().days(days)).unwrap_or(last);
    let at = |date: Date| {
        TimeZone::UTC
            .to_timestamp(date.at(1, 0, 0, 0))
            .unwrap_or(Timestamp::UNIX_EPOCH)
    };
    let mut events = vec![Event::new(first, at(first), EventKind::Seeded { seed: 42 })];
    let notes = [
        "帮王阿姨收了快递",
        "给楼下的花浇了水",
        "和新邻居打了招呼，约好周末喝茶",
    ];
    for offset in 0..=days {
        let Ok(date) = first.checked_add(Span::new().days(offset)) else {
            break;
        };
        let now = at(date);
        let today = Today::from_events(&events, date);
        let mut new = actions::draw(&today, deck, date, now, false).unwrap_or_default();
        if offset % 9 == 4 || date == last {
            events.extend(new);
            normalize(&mut events);
            continue;
        }
        let note = (offset % 4 == 0).then(|| notes[(offset as usize / 4) % notes.len()]);
        events.append(&mut new);
        normalize(&mut events);
        let today = Today::from_events(&events, date);
        if let Ok((more, _)) = actions::check_in(&today, deck, now, note, false) {
            events.extend(more);
        }
        normalize(&mut events);
    }
    events
}

/// xorshift64: a tiny deterministic generator for test and benchmark data
/// (reproducible runs, replayable failures); not for anything users see.
#[derive(Debug, Clone)]
pub struct XorShift(u64);

impl XorShift {
    /// From a seed; small seeds are spread out, and the state is never zero.
    pub fn new(seed: u64) -> XorShift {
        XorShift(seed.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// From a raw, non-zero state.
    pub fn from_state(state: u64) -> XorShift {
        XorShift(state.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A value in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }

    /// True with probability 1/n.
    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }
}
