//! "Today" as a civil date in the local time zone.
//!
//! A day is the local calendar date, moved by `day_starts_at` for people who
//! stay up late. Dates are compared as calendar dates, never by adding 24
//! hours, so a 23- or 25-hour DST day is still one day.
//!
//! `XIAOSHI_NOW` (RFC 3339, e.g. `2026-11-20T08:00:00+08:00`) replaces the
//! clock's instant for tests and demos; `TZ` chooses the zone as usual.

use std::ffi::OsStr;
use std::path::Path;

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

/// Where the system keeps its zone when `TZ` is unset: usually a symbolic
/// link into the zone database (`/usr/share/zoneinfo/Asia/Shanghai`).
const LOCALTIME: &str = "/etc/localtime";

/// The largest zone file read: real ones are a few kilobytes.
const MAX_TZIF_BYTES: u64 = 256 * 1024;

/// The system time zone, read straight from its file: asking jiff for a
/// zone by name first lists the whole zoneinfo folder to build its database,
/// which took 3 M of `xiaoshi status`'s 11 M instructions. With `TZ` unset
/// (the usual case) that is `/etc/localtime`, named after its link's target;
/// when it is not such a link, jiff reads it. A `TZ` is honoured as
/// [`zone_of_tz`] says.
fn system_zone() -> TimeZone {
    match std::env::var_os("TZ") {
        None => zone_of_localtime(Path::new(LOCALTIME)).unwrap_or_else(TimeZone::system),
        Some(tz) => zone_of_tz(&tz, std::env::var_os("TZDIR").as_deref()),
    }
}

/// The zone a `TZ` value names: a zone name (`Asia/Shanghai`, read from the
/// zone folder, `tzdir` or `/usr/share/zoneinfo`), a POSIX rule (`CST-8`),
/// or a path to a zone file. Every file is read with a size limit, so
/// `TZ=/dev/zero` is just a zone that does not load (UTC is used, as jiff
/// does for a `TZ` it cannot read).
fn zone_of_tz(tz: &OsStr, tzdir: Option<&OsStr>) -> TimeZone {
    let Some(tz) = tz.to_str() else {
        return TimeZone::UTC;
    };
    let name = tz.strip_prefix(':').unwrap_or(tz);
    if name.is_empty() {
        return TimeZone::UTC;
    }
    let plain_name = !name.starts_with('/')
        && name
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..");
    if plain_name {
        let dir = Path::new(tzdir.unwrap_or("/usr/share/zoneinfo".as_ref()));
        if let Some(zone) = read_zone_file(name, &dir.join(name)) {
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
    read_zone_file(name, Path::new(name)).unwrap_or(TimeZone::UTC)
}

/// The zone of `localtime`, a symbolic link into a zone database, named as
/// jiff names it: the part of the link's target after `zoneinfo/`
/// (`../usr/share/zoneinfo/Asia/Shanghai` is `Asia/Shanghai`). `None` when
/// it is not such a link or its file does not load.
fn zone_of_localtime(localtime: &Path) -> Option<TimeZone> {
    let target = std::fs::read_link(localtime).ok()?;
    let target = target.to_str()?;
    const NEEDLE: &str = "zoneinfo/";
    let name = &target[target.rfind(NEEDLE)? + NEEDLE.len()..];
    if name.is_empty() {
        return None;
    }
    read_zone_file(name, localtime)
}

/// A zone file (TZif) named `name`, read with a size limit.
fn read_zone_file(name: &str, path: &Path) -> Option<TimeZone> {
    crate::fsutil::read_limited(path, MAX_TZIF_BYTES)
        .ok()
        .and_then(|bytes| TimeZone::tzif(name, &bytes).ok())
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

    /// Every hour of 2026 reads the same local time in `zone` as in the
    /// system database's `name`.
    fn assert_same_zone(zone: &TimeZone, name: &str) {
        let reference = self::zone(name);
        let mut instant = at("2026-01-01T00:00:00Z");
        while instant < at("2027-01-01T00:00:00Z") {
            assert_eq!(
                zone.to_datetime(instant),
                reference.to_datetime(instant),
                "{name} at {instant}"
            );
            instant += jiff::SignedDuration::from_hours(1);
        }
    }

    /// A fake zone database under `root`: `zoneinfo/NAME` copied from the
    /// system's.
    fn fake_zoneinfo(root: &Path, name: &str) -> std::path::PathBuf {
        let file = root.join("zoneinfo").join(name);
        std::fs::create_dir_all(file.parent().expect("parent")).expect("dir");
        std::fs::copy(Path::new("/usr/share/zoneinfo").join(name), &file).expect("copy");
        file
    }

    #[cfg(unix)]
    #[test]
    fn localtime_is_named_after_its_links_target() {
        let dir = tempfile::tempdir().expect("dir");
        let file = fake_zoneinfo(dir.path(), "America/New_York");
        let localtime = dir.path().join("localtime");
        std::os::unix::fs::symlink(&file, &localtime).expect("link");
        let zone = zone_of_localtime(&localtime).expect("a zone");
        assert_eq!(zone.iana_name(), Some("America/New_York"));
        assert_same_zone(&zone, "America/New_York");
        // The DST golden days, through the zone read from the link.
        let midnight = Time::midnight();
        assert_eq!(
            day_of(at("2026-03-09T00:30:00-04:00"), &zone, midnight),
            date(2026, 3, 9)
        );
        assert_eq!(
            day_of(at("2026-11-01T23:59:00-05:00"), &zone, midnight),
            date(2026, 11, 1)
        );
    }

    /// This machine's own `/etc/localtime`, when it is a link into a zone
    /// database: the same name and the same offsets as jiff's database gives.
    #[cfg(unix)]
    #[test]
    fn the_real_localtime_matches_the_database() {
        let Ok(target) = std::fs::read_link(LOCALTIME) else {
            return; // no link: left to jiff, nothing of ours to compare
        };
        let Some(name) = target
            .to_str()
            .and_then(|t| t.rfind("zoneinfo/").map(|at| &t[at + "zoneinfo/".len()..]))
        else {
            return;
        };
        let zone = zone_of_localtime(Path::new(LOCALTIME)).expect("a zone");
        assert_eq!(zone.iana_name(), Some(name));
        assert_same_zone(&zone, name);
    }

    #[cfg(unix)]
    #[test]
    fn a_relative_link_is_named_too() {
        let dir = tempfile::tempdir().expect("dir");
        fake_zoneinfo(dir.path(), "Asia/Shanghai");
        std::fs::create_dir(dir.path().join("etc")).expect("etc");
        let localtime = dir.path().join("etc/localtime");
        std::os::unix::fs::symlink("../zoneinfo/Asia/Shanghai", &localtime).expect("link");
        let zone = zone_of_localtime(&localtime).expect("a zone");
        assert_eq!(zone.iana_name(), Some("Asia/Shanghai"));
        assert_same_zone(&zone, "Asia/Shanghai");
    }

    #[cfg(unix)]
    #[test]
    fn localtime_that_names_no_zone_is_left_to_jiff() {
        let dir = tempfile::tempdir().expect("dir");
        let zone_file = fake_zoneinfo(dir.path(), "Europe/London");
        // A plain file (a copy or a hard link): no name to give it.
        let plain = dir.path().join("plain");
        std::fs::copy(&zone_file, &plain).expect("copy");
        assert!(zone_of_localtime(&plain).is_none());
        // A link that does not point into a zone database.
        let outside = dir.path().join("outside");
        std::os::unix::fs::symlink(&plain, &outside).expect("link");
        assert!(zone_of_localtime(&outside).is_none());
        // A link to nothing, and a missing path.
        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink(dir.path().join("zoneinfo/Nowhere"), &dangling).expect("link");
        assert!(zone_of_localtime(&dangling).is_none());
        assert!(zone_of_localtime(&dir.path().join("missing")).is_none());
        // A link to a file that is not a zone, or too large to be one.
        for (name, bytes) in [
            ("Not/Tzif", b"not a zone file".to_vec()),
            ("Too/Large", vec![b'T'; MAX_TZIF_BYTES as usize + 1]),
        ] {
            let file = dir.path().join("zoneinfo").join(name);
            std::fs::create_dir_all(file.parent().expect("parent")).expect("dir");
            std::fs::write(&file, bytes).expect("write");
            let link = dir.path().join(name.replace('/', "-"));
            std::os::unix::fs::symlink(&file, &link).expect("link");
            assert!(zone_of_localtime(&link).is_none(), "{name}");
        }
    }

    #[test]
    fn tz_names_a_zone_a_rule_or_a_file() {
        let dir = tempfile::tempdir().expect("dir");
        let london = fake_zoneinfo(dir.path(), "Europe/London");
        let zoneinfo = dir.path().join("zoneinfo");
        let tzdir = Some(zoneinfo.as_os_str());
        for tz in ["Europe/London", ":Europe/London"] {
            let zone = zone_of_tz(tz.as_ref(), tzdir);
            assert_eq!(zone.iana_name(), Some("Europe/London"));
            assert_same_zone(&zone, "Europe/London");
        }
        // A path to a zone file.
        assert_same_zone(&zone_of_tz(london.as_os_str(), tzdir), "Europe/London");
        // A POSIX rule.
        let rule = zone_of_tz("CST-8".as_ref(), tzdir);
        assert_eq!(
            rule.to_offset(at("2026-07-01T00:00:00Z")),
            jiff::tz::offset(8)
        );
        // Nothing that loads: UTC, as jiff does. `Asia/Shanghai` is not in
        // the folder TZDIR names, and jiff's own database is not asked then.
        for tz in [
            "",
            ":",
            "/dev/zero",
            "../zoneinfo/Europe/London",
            "Europe//London",
            "Asia/Shanghai",
        ] {
            assert_eq!(zone_of_tz(tz.as_ref(), tzdir), TimeZone::UTC, "{tz:?}");
        }
    }
}
