//! A cache of the fold over closed months, so daily commands read only the
//! open month(s). It is derived data: it records the month files it was built
//! from (size, modification and status-change time, inode: see
//! [`Stamp`]), and is rebuilt whenever they differ — after an import, a hand
//! edit, or a restored backup. Deleting it is safe.
//!
//! It is JSON, not RON like the files people read: nobody edits a cache, and
//! serde_json reads it about ten times faster, which `status` feels.
//!
//! A summary that is damaged, of another version, built from other files,
//! or holding numbers the rules can never reach (an edit, a bug of another
//! build) is ignored and rebuilt, never trusted: see [`decode`].

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::event::{FIRST_YEAR, LAST_YEAR};
use super::rules::{self, FinishedRound, Progress};
use super::store::{Lock, Stamp, Store, YearMonth};

/// Bump when `Progress` or `Stamp` changes shape: an old summary is then
/// rebuilt. (2: stamps carry the status-change time and the inode; 3: the
/// round keeps the previous round's last week, for the card ladder; 4: the
/// stamps and the finished rounds are rows; 5: credited cards are used in
/// the round, so a round folded before holds fewer cards; 6: the rows hold
/// months and days as numbers.) The group's saved folds carry it too, so
/// they are made again with it.
pub const SUMMARY_VERSION: u32 = 6;

/// The largest summary read; a bigger one is ignored and rebuilt. Ten years
/// of daily use make about 20 KB.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The summary as saved. The two lists that grow with the years (a stamp a
/// month, a finished round every three weeks or so) are rows, not objects:
/// every daily command reads them all, and repeating the field names on
/// every row made them half the file and about half the time `status` spent
/// reading it. Their months and days are numbers (`202611`, `20261130`),
/// not strings: read as text they were another third of that time (a
/// string built and a date parsed each).
#[derive(Debug, Serialize, Deserialize)]
struct Summary {
    version: u32,
    /// `[month, len, modified_ns, changed_ns, inode]`, as [`Stamp`].
    months: Vec<StampRow>,
    /// `[number, start, end, checked_in, completed]`, as [`FinishedRound`].
    finished: Vec<FinishedRow>,
    /// The rest of the progress: its own `finished` is always empty.
    progress: Progress,
}

type StampRow = (YearMonth, u64, u64, u64, u64);
type FinishedRow = (u32, Day, Day, u32, bool);

/// A day saved as the number `yyyymmdd`; one that is no real day (or out
/// of `i16` years) fails to read, and the summary with it.
#[derive(Debug, Clone, Copy)]
struct Day(Date);

impl Day {
    /// `None` before year 0, which no number holds (nor any summary: see
    /// [`plausible`]).
    fn number(self) -> Option<u32> {
        let Day(day) = self;
        let year = u32::try_from(day.year()).ok()?;
        Some(
            year * 10_000
                + u32::from(day.month().unsigned_abs()) * 100
                + u32::from(day.day().unsigned_abs()),
        )
    }

    fn from_number(number: u32) -> Option<Day> {
        let year = i16::try_from(number / 10_000).ok()?;
        let month = i8::try_from(number / 100 % 100).ok()?;
        let day = i8::try_from(number % 100).ok()?;
        Date::new(year, month, day).ok().map(Day)
    }
}

impl Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let number = self
            .number()
            .ok_or_else(|| serde::ser::Error::custom("a day before year 0"))?;
        serializer.serialize_u32(number)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        let number = u32::deserialize(deserializer)?;
        Day::from_number(number)
            .ok_or_else(|| serde::de::Error::custom(format!("{number} is not a day (yyyymmdd)")))
    }
}

impl Summary {
    fn new(months: &[Stamp], progress: &Progress) -> Summary {
        let mut rest = progress.clone();
        let finished = std::mem::take(&mut rest.finished);
        Summary {
            version: SUMMARY_VERSION,
            months: months.iter().copied().map(stamp_row).collect(),
            finished: finished.into_iter().map(finished_row).collect(),
            progress: rest,
        }
    }

    /// The months and progress saved, if this is a summary of this version
    /// (see [`progress_of`]).
    fn open(self) -> Option<(Vec<Stamp>, Progress)> {
        let Summary {
            version,
            months,
            finished,
            progress,
        } = self;
        if version != SUMMARY_VERSION {
            return None;
        }
        let progress = progress_of(finished, progress)?;
        Some((months.into_iter().map(stamp).collect(), progress))
    }
}

/// What [`encode`] writes first: `{"version":…,"months":[…]` (a summary
/// as a whole with its closing brace left off). [`parse`] compares these
/// bytes instead of reading the stamps back.
#[derive(Serialize)]
struct Head<'a> {
    version: u32,
    months: &'a [StampRow],
}

/// What follows the head in a summary: the rest of its fields, as an
/// object of their own. No other field may be there (a second `version`
/// or `months` would make the whole summary no summary at all).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rest {
    finished: Vec<FinishedRow>,
    progress: Progress,
}

/// `progress` with its `finished` rounds, if the rules could have reached
/// it: `None` for a progress holding finished rounds itself (never written
/// so), or one that is not [`plausible`].
fn progress_of(finished: Vec<FinishedRow>, mut progress: Progress) -> Option<Progress> {
    if !progress.finished.is_empty() {
        return None;
    }
    progress.finished = finished.into_iter().map(finished_round).collect();
    plausible(&progress).then_some(progress)
}

/// The bytes a summary over `months` starts with (see [`Head`]).
fn head(months: &[Stamp]) -> Option<Vec<u8>> {
    let rows: Vec<StampRow> = months.iter().copied().map(stamp_row).collect();
    let mut head = serde_json::to_vec(&Head {
        version: SUMMARY_VERSION,
        months: &rows,
    })
    .ok()?;
    // The closing brace: the summary goes on with its other fields.
    head.pop();
    Some(head)
}

// Field by field, with no `..`: a field added to `Stamp` or `FinishedRound`
// does not compile here until the summary saves it too.
fn stamp_row(stamp: Stamp) -> StampRow {
    let Stamp {
        month,
        len,
        modified_ns,
        changed_ns,
        inode,
    } = stamp;
    (month, len, modified_ns, changed_ns, inode)
}

fn stamp((month, len, modified_ns, changed_ns, inode): StampRow) -> Stamp {
    Stamp {
        month,
        len,
        modified_ns,
        changed_ns,
        inode,
    }
}

fn finished_row(round: FinishedRound) -> FinishedRow {
    let FinishedRound {
        number,
        start,
        end,
        checked_in,
        completed,
    } = round;
    (number, Day(start), Day(end), checked_in, completed)
}

fn finished_round(
    (number, Day(start), Day(end), checked_in, completed): FinishedRow,
) -> FinishedRound {
    FinishedRound {
        number,
        start,
        end,
        checked_in,
        completed,
    }
}

/// The saved progress over exactly `months`, if the summary matches them.
pub fn load(store: &Store, months: &[Stamp], lock: &Lock) -> Option<Progress> {
    parse(&store.read_summary(lock)?, months)
}

/// The progress in a summary's bytes, if they are a summary of this
/// version over exactly `months`. Anything else (damaged, edited, from
/// another version) is `None`: the caller folds the months again.
///
/// The stamps are not read back: the summary must begin with exactly the
/// bytes [`encode`] writes for `months` (a stamp a month, five numbers
/// each, were a third of what reading a summary cost). Only what follows
/// is read, as [`decode`] reads it. So a summary `parse` accepts is one
/// `decode` reads with these months; one written otherwise (spaced out by
/// hand, say) is only rebuilt.
pub fn parse(bytes: &[u8], months: &[Stamp]) -> Option<Progress> {
    let rest = bytes.strip_prefix(head(months)?.as_slice())?;
    let rest = rest.strip_prefix(b",")?;
    // The rest as an object of its own: `{` in place of the comma.
    let mut object = Vec::with_capacity(rest.len() + 1);
    object.push(b'{');
    object.extend_from_slice(rest);
    let Rest { finished, progress } = serde_json::from_slice(&object).ok()?;
    progress_of(finished, progress)
}

/// The months and progress a summary's bytes hold, if they are a summary of
/// this version whose progress the rules could have reached: dates in
/// 1900–2200 and in order, no more freezes, check-ins or backfills than a
/// round allows. A progress that fails these would make `status` and `why`
/// walk or print without bound.
pub fn decode(bytes: &[u8]) -> Option<(Vec<Stamp>, Progress)> {
    let summary: Summary = serde_json::from_slice(bytes).ok()?;
    summary.open()
}

/// Whether `progress` is one the rules could have reached (see [`decode`]);
/// the group's saved folds are checked the same way.
pub fn plausible(progress: &Progress) -> bool {
    let in_range = |day: &jiff::civil::Date| (FIRST_YEAR..=LAST_YEAR).contains(&day.year());
    let round = &progress.round;
    let dates = progress
        .through
        .iter()
        .chain(&progress.streak.since)
        .chain(&round.start)
        .chain(round.marks.iter().map(|(day, _)| day))
        .chain(progress.finished.iter().flat_map(|f| [&f.start, &f.end]));
    let marks_in_order = round.marks.windows(2).all(|pair| pair[0].0 < pair[1].0);
    dates.into_iter().all(in_range)
        && marks_in_order
        && progress.streak.freezes <= rules::FREEZES_MAX
        && progress.streak.current <= progress.streak.best
        && round.checked_in <= rules::ROUND_LENGTH
        && round.backfills <= rules::BACKFILLS_PER_ROUND
        && round.marks.len() <= 4 * rules::ROUND_LENGTH as usize
        && round.avoid.len() <= rules::LAST_WEEK
}

/// Saves progress over `months`. Failing to save a cache is not an error
/// worth stopping for (a read-only disk still shows the status), so the
/// result is only reported to the caller to ignore.
pub fn save(store: &Store, months: &[Stamp], progress: &Progress, lock: &Lock) -> bool {
    encode(months, progress).is_some_and(|bytes| store.write_summary(&bytes, lock))
}

/// The bytes [`save`] writes for progress over `months`, which [`decode`]
/// reads back.
pub fn encode(months: &[Stamp], progress: &Progress) -> Option<Vec<u8>> {
    serde_json::to_vec(&Summary::new(months, progress)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Event, EventKind, load_today};

    #[test]
    fn an_impossible_summary_is_not_trusted() {
        let good = Progress::default();
        let bytes = |progress: &Progress| encode(&[], progress).expect("json");
        assert!(decode(&bytes(&good)).is_some());
        let mut frozen_forever = good.clone();
        frozen_forever.streak.freezes = u32::MAX;
        frozen_forever.streak.current = 1;
        frozen_forever.streak.best = 1;
        assert!(decode(&bytes(&frozen_forever)).is_none());
        let mut ancient = good.clone();
        ancient.through = Some(jiff::civil::date(1, 1, 1));
        assert!(decode(&bytes(&ancient)).is_none());
        assert!(decode(b"{\"version\": 4, \"months\": [").is_none());
    }
    use jiff::civil::date;

    /// A journal of one closed month, September 2026, and the progress
    /// through it with one finished round.
    fn september() -> (Vec<Stamp>, Progress) {
        let months = vec![Stamp {
            month: YearMonth::new(2026, 9).expect("month"),
            len: 10,
            modified_ns: 1,
            changed_ns: 2,
            inode: 3,
        }];
        let mut progress = Progress {
            through: Some(date(2026, 9, 30)),
            ..Progress::default()
        };
        progress.finished.push(FinishedRound {
            number: 1,
            start: date(2026, 9, 1),
            end: date(2026, 9, 21),
            checked_in: 21,
            completed: true,
        });
        (months, progress)
    }

    #[test]
    fn stamps_and_finished_rounds_are_saved_as_rows_and_read_back() {
        let (months, mut progress) = september();
        progress.round.number = 2;
        let bytes = encode(&months, &progress).expect("json");
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        assert!(text.contains(r#""months":[[202609,10,1,2,3]]"#), "{text}");
        assert!(
            text.contains(r#""finished":[[1,20260901,20260921,21,true]]"#),
            "{text}"
        );
        assert_eq!(decode(&bytes), Some((months.clone(), progress.clone())));
        assert_eq!(parse(&bytes, &months), Some(progress.clone()));
        assert_eq!(parse(&bytes, &[]), None, "other months");
        let mut moved_on = months.clone();
        moved_on[0].changed_ns += 1;
        assert_eq!(parse(&bytes, &moved_on), None, "a month file changed");
        assert!(bytes.starts_with(&head(&months).expect("head")));

        // Finished rounds kept inside the progress are not what `save`
        // writes: such a file is rebuilt, not half read.
        let mut json: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        json["progress"]["finished"] = json["finished"].take();
        json["finished"] = serde_json::json!([]);
        let moved = serde_json::to_vec(&json).expect("json");
        assert_eq!(decode(&moved), None);
        // The version before rows is rebuilt too.
        json = serde_json::from_slice(&bytes).expect("json");
        json["version"] = serde_json::json!(3);
        assert_eq!(decode(&serde_json::to_vec(&json).expect("json")), None);
        // So is the version before numbers, whose rows held strings.
        let strings = br#"{"version":5,"months":[["2026-09",10,1,2,3]],"finished":[[1,"2026-09-01","2026-09-21",21,true]],"progress":{"through":"2026-09-30","streak":{"current":0,"best":0,"freezes":0,"since":null},"round":{"number":2,"start":null,"marks":[],"checked_in":0,"backfills":0,"cards":[]},"finished":[],"seed":0,"by_suit":{},"days_checked_in":0}}"#;
        assert_eq!(decode(strings), None);
        let numbers = String::from_utf8_lossy(strings)
            .replace(r#""version":5"#, &format!(r#""version":{SUMMARY_VERSION}"#))
            .replace(r#""2026-09","#, "202609,")
            .replace(r#""2026-09-01","2026-09-21""#, "20260901,20260921");
        assert!(decode(numbers.as_bytes()).is_some(), "{numbers}");
    }

    /// `parse` compares the stamps' bytes instead of reading them: it
    /// trusts only what `encode` writes, and never more than `decode` reads.
    #[test]
    fn parse_reads_only_the_summary_as_written() {
        let (months, mut progress) = september();
        progress.finished.clear();
        let text = String::from_utf8(encode(&months, &progress).expect("json")).expect("UTF-8");
        assert_eq!(parse(text.as_bytes(), &months), Some(progress.clone()));
        // The same summary spaced out: read by `decode`, rebuilt by `parse`.
        let spaced = text.replace(',', ", ");
        assert!(decode(spaced.as_bytes()).is_some());
        assert_eq!(parse(spaced.as_bytes(), &months), None);
        // A field after the stamps that is none of the summary's, or one of
        // them again.
        for extra in [
            r#""extra":1,"finished""#,
            r#""months":[],"finished""#,
            r#""version":6,"finished""#,
        ] {
            let edited = text.replacen(r#""finished""#, extra, 1);
            assert_eq!(parse(edited.as_bytes(), &months), None, "{edited}");
        }
        // Cut anywhere: never read.
        for end in 0..text.len() {
            assert_eq!(parse(&text.as_bytes()[..end], &months), None, "{end}");
        }
        // An impossible progress after the right stamps.
        let mut frozen = progress.clone();
        frozen.streak.freezes = u32::MAX;
        let bytes = encode(&months, &frozen).expect("json");
        assert_eq!(parse(&bytes, &months), None);
        // A progress holding the finished rounds itself.
        let inside = text.replacen(
            r#""finished":[]"#,
            r#""finished":[[1,20260901,20260921,21,true]]"#,
            1,
        );
        assert!(parse(inside.as_bytes(), &months).is_some());
        let held = text.replacen(r#""finished":[],"seed""#, r#""finished":[{"number":1,"start":"2026-09-01","end":"2026-09-21","checked_in":21,"completed":true}],"seed""#, 1);
        assert_ne!(held, text);
        assert_eq!(parse(held.as_bytes(), &months), None);
        assert_eq!(decode(held.as_bytes()), None);
    }

    /// A row's month or day that is no real one, or out of range, makes the
    /// whole summary unread (and so rebuilt), never half trusted.
    #[test]
    fn a_row_with_an_impossible_month_or_day_is_not_trusted() {
        let (months, progress) = september();
        let text = String::from_utf8(encode(&months, &progress).expect("json")).expect("UTF-8");
        assert!(decode(text.as_bytes()).is_some());
        for (row, bad) in [
            ("202609,", "202613,"),
            ("202609,", "202600,"),
            ("202609,", "99999999,"),
            ("202609,", "-202609,"),
            ("202609,", "2026.09,"),
            ("202609,", "\"202609\","),
            ("20260901,", "20260931,"),
            ("20260901,", "20261301,"),
            ("20260901,", "4294967295,"),
            ("20260901,", "4294967296,"),
            ("20260901,", "18991231,"),
            ("20260921,", "22010101,"),
            ("20260901,", "\"2026-09-01\","),
        ] {
            let edited = text.replacen(row, bad, 1);
            assert_ne!(edited, text, "{row}");
            assert_eq!(decode(edited.as_bytes()), None, "{bad} in {edited}");
        }
    }

    #[test]
    fn days_and_months_are_saved_as_their_numbers() {
        for day in [date(1900, 1, 1), date(2026, 2, 28), date(2200, 12, 31)] {
            let number = Day(day).number().expect("a number");
            assert_eq!(number.to_string(), day.strftime("%Y%m%d").to_string());
            assert_eq!(Day::from_number(number).map(|Day(d)| d), Some(day));
        }
        assert!(Day(date(-5, 1, 1)).number().is_none());
        assert!(
            Day::from_number(20260229).is_none(),
            "no 29 February in 2026"
        );
        let month = YearMonth::new(2026, 11).expect("month");
        assert_eq!(month.number(), 202611);
        assert_eq!(YearMonth::from_number(202611), Some(month));
        assert_eq!(YearMonth::from_number(202613), None);
        assert_eq!(YearMonth::from_number(11), None, "year 0");
    }

    #[test]
    fn the_summary_is_saved_and_used_for_closed_months() {
        let dir = tempfile::tempdir().expect("dir");
        let store = Store::new(dir.path().to_path_buf());
        let lock = store.lock_exclusive().expect("lock");
        let at = "2026-09-10T08:00:00Z".parse().expect("ts");
        let events = vec![
            Event::new(
                date(2026, 9, 10),
                at,
                EventKind::Drawn {
                    card: "hearts-a".into(),
                },
            ),
            Event::new(
                date(2026, 9, 10),
                at,
                EventKind::CheckedIn { backfill: false },
            ),
        ];
        store.append(events, &lock).expect("append");

        let today = load_today(&store, date(2026, 11, 20), &lock).expect("load");
        assert!(store.summary_path().exists(), "the summary was written");
        let stamps = store.stamps(&lock).expect("stamps");
        let saved = load(&store, &stamps, &lock).expect("the summary matches the files");
        assert_eq!(saved.days_checked_in, 1);
        assert_eq!(today.progress.streak.best, 1);

        // Changing a closed month makes the summary stale.
        let at = "2026-09-11T08:00:00Z".parse().expect("ts");
        let more = vec![Event::new(
            date(2026, 9, 11),
            at,
            EventKind::CheckedIn { backfill: false },
        )];
        store.append(more, &lock).expect("append");
        let stamps = store.stamps(&lock).expect("stamps");
        assert!(
            load(&store, &stamps, &lock).is_none(),
            "stale after a change"
        );
        let today = load_today(&store, date(2026, 11, 20), &lock).expect("load");
        assert_eq!(today.progress.streak.best, 2);
        assert!(load(&store, &store.stamps(&lock).expect("stamps"), &lock).is_some());
    }
}
