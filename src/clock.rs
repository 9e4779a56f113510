//! "Today" as a civil date in the local time zone.
//!
//! A day is the local calendar date, moved by `day_starts_at` for people who
//! stay up late. Dates are compared as calendar dates, never by adding 24
//! hours, so a 23- or 25-hour DST day is still one day.
//!
//! `XIAOSHI_NOW` (RFC 3339, e.g. `2026-11-20T08:00:00+08:00`) replaces the
//! clock's instant for tests and demos; `TZ` chooses the zone as usual.

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;

use crate::i18n::errors as text;
use crate::i18n::{Describe, Diagnostic, Lang, fill_named};

/// An instant and the zone it is seen from.
#[derive(Debug, Clone)]
pub struct Clock {
    pub now: Timestamp,
    pub zone: TimeZone,
    /// True when `XIAOSHI_NOW` fixed the instant.
    pub fixed: bool,
}

/// Why the clock could not be read.
#[derive(Debug)]
pub enum ClockError {
    BadNow { value: String },
}

impl Describe for ClockError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        match self {
            ClockError::BadNow { value } => Diagnostic::with_hint(
                fill_named(text::BAD_NOW.get(lang), &[("value", &format!("{value:?}"))]),
                *text::BAD_NOW_HINT.get(lang),
            ),
        }
    }
}

crate::describe_display!(ClockError);
impl std::error::Error for ClockError {}

impl Clock {
    /// The system clock, or `XIAOSHI_NOW`, in the system time zone (`TZ` honoured).
    pub fn from_env() -> Result<Clock, ClockError> {
        let fixed = match std::env::var("XIAOSHI_NOW") {
            Ok(value) if !value.trim().is_empty() => Some(
                value
                    .trim()
                    .parse::<Timestamp>()
                    .map_err(|_| ClockError::BadNow {
                        value: value.clone(),
                    })?,
            ),
            _ => None,
        };
        Ok(Clock {
            now: fixed.unwrap_or_else(Timestamp::now),
            zone: system_zone(),
            fixed: fixed.is_some(),
        })
    }

    /// Reads the clock again (a long-running TUI); a fixed clock stays put.
    pub fn refresh(&mut self) {
        if !self.fixed {
            self.now = Timestamp::now();
        }
    }

    /// The day it is now, for a day that begins at `day_starts_at`.
    pub fn today(&self, day_starts_at: Time) -> Date {
        day_of(self.now, &self.zone, day_starts_at)
    }
}

/// The largest zone file read: real ones are a few kilobytes.
const MAX_TZIF_BYTES: u64 = 256 * 1024;

/// The system time zone, `TZ` honoured: a zone name (`Asia/Shanghai`, read
/// straight from its file: looking it up through jiff's database first
/// lists the whole zoneinfo folder, which took a quarter of `xiaoshi
/// status`), a POSIX rule (`CST-8`), or a path to a zone file. Every file is
/// read with a size limit, so `TZ=/dev/zero` is just a zone that does not
/// load (UTC is used, as jiff does for a `TZ` it cannot read).
fn system_zone() -> TimeZone {
    let Some(tz) = std::env::var_os("TZ") else {
        return TimeZone::system();
    };
    let Some(tz) = tz.to_str() else {
        return TimeZone::UTC;
    };
    let name = tz.strip_prefix(':').unwrap_or(tz);
    if name.is_empty() {
        return TimeZone::UTC;
    }
    let read = |path: &std::path::Path| {
        crate::fsutil::read_limited(path, MAX_TZIF_BYTES)
            .ok()
            .and_then(|bytes| TimeZone::tzif(name, &bytes).ok())
    };
    let plain_name = !name.starts_with('/')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    if plain_name {
        let tzdir = std::env::var_os("TZDIR");
        let dir = tzdir
            .clone()
            .unwrap_or_else(|| "/usr/share/zoneinfo".into());
        if let Some(zone) = read(&std::path::Path::new(&dir).join(name)) {
            return zone;
        }
        if let Ok(zone) = TimeZone::posix(name) {
            return zone;
        }
        // jiff's own database (bundled on Windows), unless TZDIR sends it
        // somewhere else.
        if tzdir.is_none()
            && let Ok(zone) = TimeZone::get(name)
        {
            return zone;
        }
        return TimeZone::UTC;
    }
    if let Ok(zone) = TimeZone::posix(name) {
        return zone;
    }
    read(std::path::Path::new(name)).unwrap_or(TimeZone::UTC)
}

/// The day an instant belongs to: its local date, or the date before when the
/// local time is earlier than `day_starts_at` (02:30 with a 04:00 start is
/// still "last night").
pub fn day_of(instant: Timestamp, zone: &TimeZone, day_starts_at: Time) -> Date {
    let local = zone.to_datetime(instant);
    if local.time() < day_starts_at {
        local.date().yesterday().unwrap_or(local.date())
    } else {
        local.date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    fn at(stamp: &str) -> Timestamp {
        stamp.parse().expect("timestamp")
    }

    fn zone(name: &str) -> TimeZone {
        TimeZone::get(name).expect("zone in the system database")
    }

    #[test]
    fn a_minute_before_and_after_midnight() {
        let shanghai = zone("Asia/Shanghai");
        let midnight = Time::midnight();
        assert_eq!(
            day_of(at("2026-11-20T23:59:00+08:00"), &shanghai, midnight),
            date(2026, 11, 20)
        );
        assert_eq!(
            day_of(at("2026-11-21T00:01:00+08:00"), &shanghai, midnight),
            date(2026, 11, 21)
        );
    }

    #[test]
    fn day_starts_at_moves_the_boundary() {
        let shanghai = zone("Asia/Shanghai");
        let four = time(4, 0, 0, 0);
        assert_eq!(
            day_of(at("2026-11-21T03:59:00+08:00"), &shanghai, four),
            date(2026, 11, 20)
        );
        assert_eq!(
            day_of(at("2026-11-21T04:00:00+08:00"), &shanghai, four),
            date(2026, 11, 21)
        );
    }

    #[test]
    fn dst_days_are_still_one_day_each() {
        let new_york = zone("America/New_York");
        let midnight = Time::midnight();
        // Spring forward: 2026-03-08 has 23 hours.
        assert_eq!(
            day_of(at("2026-03-08T23:30:00-04:00"), &new_york, midnight),
            date(2026, 3, 8)
        );
        assert_eq!(
            day_of(at("2026-03-09T00:30:00-04:00"), &new_york, midnight),
            date(2026, 3, 9)
        );
        // Fall back: 2026-11-01 has 25 hours; 01:30 happens twice, same day.
        assert_eq!(
            day_of(at("2026-11-01T01:30:00-04:00"), &new_york, midnight),
            date(2026, 11, 1)
        );
        assert_eq!(
            day_of(at("2026-11-01T01:30:00-05:00"), &new_york, midnight),
            date(2026, 11, 1)
        );
        assert_eq!(
            day_of(at("2026-11-01T23:59:00-05:00"), &new_york, midnight),
            date(2026, 11, 1)
        );
    }

    #[test]
    fn the_same_instant_is_a_different_day_in_another_zone() {
        let instant = at("2026-11-21T01:00:00+08:00");
        let midnight = Time::midnight();
        assert_eq!(
            day_of(instant, &zone("Asia/Shanghai"), midnight),
            date(2026, 11, 21)
        );
        assert_eq!(
            day_of(instant, &zone("Europe/London"), midnight),
            date(2026, 11, 20)
        );
    }
}
