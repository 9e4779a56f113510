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

/// The names of the sample group, in the roster's order.
pub const GROUP_NAMES: [&str; 8] = [
    "王阿姨",
    "李叔叔",
    "张奶奶",
    "陈老师",
    "刘师傅",
    "Lily",
    "小明",
    "欧阳奶奶",
];

/// A sample group of `members` (the [`GROUP_NAMES`], then `邻居9`, `邻居10`,
/// …; 王阿姨 in room 502, 小明 in 3-301) joined on 2026-11-01, and their
/// check-ins from 2026-11-01 to 2026-12-19 as paper, WeChat and app would
/// bring them: most days ticked, every third with a card, a note now and
/// then, a day off; seen on 2026-12-20 (爱邻日).
pub fn group(members: usize) -> (crate::group::Group, crate::group::Checkins) {
    use crate::group::{Checkins, Consent, Group, Leave, Logged, Source};
    let start = jiff::civil::date(2026, 11, 1);
    let mut group = Group::new(
        "康乐小区12号楼",
        Some("南京西路街道"),
        "shequ-xiaoshi",
        start,
    )
    .unwrap_or_else(|error| panic!("a sample group: {error:?}"));
    let mut keys = Vec::new();
    for m in 0..members {
        let name = GROUP_NAMES
            .get(m)
            .map_or_else(|| format!("邻居{}", m + 1), |name| name.to_string());
        let room = match m {
            0 => Some("502"),
            6 => Some("3-301"),
            _ => None,
        };
        let consent = Consent {
            name_on_posters: m % 2 == 0,
            notes_on_posters: m % 3 != 2,
        };
        keys.push(
            group
                .add_member(&name, room, start, consent)
                .unwrap_or_else(|error| panic!("a sample member: {error:?}")),
        );
    }
    let cards = ["hearts-7", "clubs-2", "diamonds-9", "spades-k", "joker-red"];
    let notes = ["帮3楼拿了快递", "陪邻居去社区医院", "给楼道的花浇水"];
    let mut records = Vec::new();
    let mut leave = Vec::new();
    let last = jiff::civil::date(2026, 12, 19);
    let mut day = start;
    let mut d = 0usize;
    while day <= last {
        let at = TimeZone::UTC
            .to_timestamp(day.at(12, 0, 0, 0))
            .unwrap_or_default();
        for (m, key) in keys.iter().enumerate() {
            // The fourth member goes quiet after 2026-12-16; the fifth asks
            // for 2026-12-18 off.
            let quiet = m == 3 && day > jiff::civil::date(2026, 12, 16);
            if quiet || (d + m) % 7 == 6 {
                continue;
            }
            if m == 4 && day == jiff::civil::date(2026, 12, 18) {
                leave.push(Leave {
                    member: key.clone(),
                    day,
                    source: Source::Wechat,
                });
                continue;
            }
            let source = Source::ALL[(d + m) % 3];
            let mut kinds = Vec::new();
            if (d + m).is_multiple_of(3) {
                kinds.push(EventKind::Drawn {
                    card: cards[(d + m) % cards.len()].to_string(),
                });
            }
            kinds.push(EventKind::CheckedIn { backfill: false });
            if (d + m).is_multiple_of(5) {
                kinds.push(EventKind::NoteSet {
                    note: notes[(d + m) % notes.len()].to_string(),
                });
            }
            for kind in kinds {
                records.push(Logged {
                    member: key.clone(),
                    source,
                    event: Event::new(day, at, kind),
                });
            }
        }
        d += 1;
        day = match day.tomorrow() {
            Ok(next) => next,
            Err(_) => break,
        };
    }
    let mut checkins = Checkins::from_records(records);
    checkins.add_leave(leave);
    (group, checkins)
}

/// The group screen on the sample group of `members`, seen on 2026-12-20,
/// in monochrome: the week of 14–20 December on the grid, the tea talk read.
pub fn group_app(lang: crate::i18n::Lang, members: usize) -> crate::tui::group::app::App {
    let deck = Deck::builtin().unwrap_or_else(|error| panic!("the built-in deck: {error}"));
    let (group, checkins) = group(members);
    let today = jiff::civil::date(2026, 12, 20);
    let mut app = crate::tui::group::app::App::new(
        &group,
        deck,
        today,
        jiff::civil::date(2026, 12, 14),
        lang,
        crate::tui::theme::Theme { color: false },
    );
    app.set_checkins(&checkins);
    app.tea = Some(crate::group::teatalk::tea_talk(&group, &checkins, today));
    app
}

/// `members` members (`邻居0`, `邻居1`, … in rooms 101, 102, …), 2026 in
/// full: each checks in on about 8 days in 10 with a card, from paper,
/// WeChat and their own xiaoshi in turn, and writes a note on every fourth
/// day. The benchmarks' group (`benches/group.rs`, `examples/gen_group.rs`).
pub fn group_year(members: u32) -> (crate::group::Group, crate::group::Checkins) {
    use crate::group::{Checkins, Consent, Group, Logged, Source};
    const SUITS: [&str; 4] = ["hearts", "spades", "clubs", "diamonds"];
    const RANKS: [&str; 13] = [
        "a", "2", "3", "4", "5", "6", "7", "8", "9", "10", "j", "q", "k",
    ];
    let start = jiff::civil::date(2026, 1, 1);
    let mut group = Group::new("康乐小区", Some("南京西路街道"), "shequ-xiaoshi", start)
        .unwrap_or_else(|error| panic!("a sample group: {error:?}"));
    let at = TimeZone::UTC
        .to_timestamp(start.at(12, 0, 0, 0))
        .unwrap_or_default();
    let mut records = Vec::new();
    for m in 0..members {
        let consent = Consent {
            name_on_posters: m % 2 == 0,
            notes_on_posters: m % 3 == 0,
        };
        let key = group
            .add_member(
                &format!("邻居{m}"),
                Some(&format!("{}", 101 + m)),
                start,
                consent,
            )
            .unwrap_or_else(|error| panic!("a sample member: {error:?}"));
        for d in 0..365u32 {
            if (d * 7 + m) % 10 >= 8 {
                continue;
            }
            let Ok(day) = start.checked_add(Span::new().days(i64::from(d))) else {
                continue;
            };
            let source = Source::ALL[((d + m) % 3) as usize];
            let card = format!(
                "{}-{}",
                SUITS[((d + m) % 4) as usize],
                RANKS[((d * 3 + m) % 13) as usize]
            );
            let mut kinds = vec![
                EventKind::Drawn { card },
                EventKind::CheckedIn { backfill: false },
            ];
            if d % 4 == 0 {
                kinds.push(EventKind::NoteSet {
                    note: "帮邻居收了快递".into(),
                });
            }
            for kind in kinds {
                records.push(Logged {
                    member: key.clone(),
                    source,
                    event: Event::new(day, at, kind),
                });
            }
        }
    }
    (group, Checkins::from_records(records))
}
