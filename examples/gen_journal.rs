//! Writes a long, realistic journal for benchmarks (see BENCHMARKS.md).
//!
//! ```sh
//! cargo run --release --example gen_journal -- OUT_DIR [DAYS] [END_DATE]
//! ```
//!
//! `OUT_DIR` is used as `XIAOSHI_HOME`: the month files land in
//! `OUT_DIR/journal/YYYY-MM.ron`. `DAYS` (default 3650) days end at
//! `END_DATE` (default 2026-11-23), that day included. The files are written
//! through the library's own [`Store`], so they are exactly what xiaoshi
//! writes.
//!
//! The journal is deterministic (a fixed xorshift, fixed ids and times), so
//! running it again adds nothing. Per day: about 1 in 12 is missed (no
//! check-in, and only half of those have a draw); every other day has a
//! draw, a check-in and usually a note in Chinese, sometimes edited once; 1
//! day in 12 has a redraw before the check-in. Cards cycle through the
//! built-in deck. The first day opens with `Seeded` (as the first `draw`
//! writes), and about once a year a `RoundStarted` (`xiaoshi round start`)
//! begins a fresh round. 3650 days give about 10,000 events.

use std::error::Error;
use std::path::PathBuf;

use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::{self, TimeZone};
use xiaoshi::deck::Deck;
use xiaoshi::journal::{Event, EventKind, Store};
use xiaoshi::sample::XorShift;

const DEFAULT_DAYS: i64 = 3650;
const DEFAULT_END: &str = "2026-11-23";

/// Notes a resident might write after the day's small act.
const NOTES: &[&str] = &[
    "帮三楼王阿姨把菜拎上楼",
    "在电梯里和新邻居打了招呼，原来是隔壁单元的",
    "楼道的灯坏了，已经报修",
    "给一楼的绿萝浇了水",
    "和李叔叔聊了二十分钟下棋的事",
    "把快递顺手帮对门收了",
    "今天有点累，只做了一件小事",
    "业主群里分享了周末市集的消息",
    "帮小朋友找到了丢失的钥匙",
    "捡了小区门口的几片垃圾",
    "约了两户邻居周六一起包饺子",
    "给独居的张奶奶送了一碗汤",
    "读书会来了六个人，比上次多",
    "和物业说了自行车棚的积水问题",
    "教隔壁阿姨用手机挂号",
    "爱邻日：楼道里贴了感谢卡",
];

/// Builds the events, day by day, in the order the app would append them.
struct Generator {
    rng: XorShift,
    zone: TimeZone,
    cards: Vec<String>,
    next_card: usize,
    events: Vec<Event>,
}

impl Generator {
    fn event(&mut self, day: Date, at: Timestamp, kind: EventKind) {
        let id = format!("{:016x}", self.rng.next_u64());
        self.events.push(Event { id, day, at, kind });
    }

    /// `day` at `minute` minutes past midnight, in the resident's zone.
    fn at(&self, day: Date, minute: u64) -> Result<Timestamp, Box<dyn Error>> {
        let hour = i8::try_from(minute / 60)?;
        let minute = i8::try_from(minute % 60)?;
        Ok(self.zone.to_timestamp(day.at(hour, minute, 0, 0))?)
    }

    fn card(&mut self) -> String {
        let card = self.cards[self.next_card % self.cards.len()].clone();
        self.next_card += 1;
        card
    }

    fn day(&mut self, day: Date, first: bool) -> Result<(), Box<dyn Error>> {
        // Drawn in the morning (07:00–09:59), done in the evening (18:00–22:59).
        let morning = 7 * 60 + self.rng.below(180);
        let evening = 18 * 60 + self.rng.below(300);
        let (morning, evening) = (self.at(day, morning)?, self.at(day, evening)?);
        if first {
            // What the first `draw` ever writes before its card.
            let seed = self.rng.next_u64();
            self.event(day, morning, EventKind::Seeded { seed });
        } else if self.rng.one_in(365) {
            // About once a year, `xiaoshi round start`: a fresh round and order.
            let seed = self.rng.next_u64();
            self.event(day, morning, EventKind::RoundStarted { seed });
        }
        let missed = self.rng.one_in(12);
        if missed && self.rng.one_in(2) {
            return Ok(());
        }
        let card = self.card();
        self.event(day, morning, EventKind::Drawn { card });
        if missed {
            return Ok(());
        }
        if self.rng.one_in(12) {
            let card = self.card();
            let redraw_at = morning.checked_add(jiff::SignedDuration::from_mins(2))?;
            self.event(day, redraw_at, EventKind::Redrawn { card });
        }
        self.event(day, evening, EventKind::CheckedIn { backfill: false });
        if !self.rng.one_in(4) {
            let note = self.note(day);
            self.event(day, evening, EventKind::NoteSet { note });
            if self.rng.one_in(8) {
                // `done --note` again later that evening: the note is replaced.
                let note = self.note(day);
                let later = evening.checked_add(jiff::SignedDuration::from_mins(30))?;
                self.event(day, later, EventKind::NoteSet { note });
            }
        }
        Ok(())
    }

    fn note(&mut self, day: Date) -> String {
        if day.day() == 20 {
            return NOTES[NOTES.len() - 1].to_string();
        }
        let index = self.rng.below(NOTES.len() as u64 - 1);
        NOTES[usize::try_from(index).unwrap_or(0)].to_string()
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let mut args = std::env::args_os().skip(1);
    let usage = "usage: gen_journal OUT_DIR [DAYS] [END_DATE]";
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let days: i64 = match args.next() {
        Some(days) => days.to_str().ok_or(usage)?.parse()?,
        None => DEFAULT_DAYS,
    };
    let end: Date = match args.next() {
        Some(end) => end.to_str().ok_or(usage)?.parse()?,
        None => DEFAULT_END.parse()?,
    };
    if days < 1 {
        return Err(usage.into());
    }
    let start = end.checked_sub(jiff::Span::new().days(days - 1))?;

    let deck = Deck::builtin()?;
    let mut generator = Generator {
        rng: XorShift::from_state(0x5851_f42d_4c95_7f2d),
        zone: TimeZone::fixed(tz::offset(8)),
        cards: deck.cards.iter().map(|card| card.id.to_string()).collect(),
        next_card: 0,
        events: Vec::new(),
    };
    let mut day = start;
    while day <= end {
        generator.day(day, day == start)?;
        day = day.tomorrow()?;
    }

    let total = generator.events.len();
    let store = Store::new(out.clone());
    let lock = store.lock_exclusive()?;
    let added = store.append(generator.events, &lock)?;
    let months = store.stamps(&lock)?;
    let bytes: u64 = months.iter().map(|stamp| stamp.len).sum();
    println!(
        "{}: {days} days ({start} to {end}), {total} events ({added} new), \
         {} month files, {bytes} bytes",
        store.months_dir().display(),
        months.len(),
    );
    Ok(())
}
