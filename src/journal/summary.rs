//! A cache of the fold over closed months, so daily commands read only the
//! open month(s). It is derived data: it records the month files it was built
//! from (size and modification time), and is rebuilt whenever they differ —
//! after an import, a hand edit, or a restored backup. Deleting it is safe.
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
use super::store::{Lock, Stamp, Store};

/// Bump when `Progress` or `Stamp` changes shape: an old summary is then
/// rebuilt. (2: stamps carry the status-change time and the inode; 3: the
/// round keeps the previous round's last week, for the card ladder; 4: the
/// stamps and the finished rounds are rows; 5: credited cards are used in
/// the round, so a round folded before holds fewer cards.) The group's saved folds carry
/// it too, so they are made again with it.
pub const SUMMARY_VERSION: u32 = 5;

/// The largest summary read; a bigger one is ignored and rebuilt. Ten years
/// of daily use make about 20 KB.
pub const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// The summary as saved. The two lists that grow with the years (a stamp a
/// month, a finished round every three weeks or so) are rows, not objects:
/// every daily command reads them all, and repeating the field names on
/// every row made them half the file and about half the time `status` spent
/// reading it.
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

type StampRow = (String, u64, u64, u64, u64);
type FinishedRow = (u32, Date, Date, u32, bool);

impl Summary {
    fn new(months: &[Stamp], progress: &Progress) -> Summary {
        let mut rest = progress.clone();
        let finished = std::mem::take(&mut rest.finished);
        Summary {
            version: SUMMARY_VERSION,
            months: months.iter().cloned().map(stamp_row).collect(),
            finished: finished.into_iter().map(finished_row).collect(),
            progress: rest,
        }
    }

    /// The months and progress saved, if this is a summary of this version:
    /// `None` for another version, or for a progress holding the finished
    /// rounds itself (never written so).
    fn open(self) -> Option<(Vec<Stamp>, Progress)> {
        let Summary {
            version,
            months,
            finished,
            mut progress,
        } = self;
        if version != SUMMARY_VERSION || !progress.finished.is_empty() {
            return None;
        }
        progress.finished = finished.into_iter().map(finished_round).collect();
        Some((months.into_iter().map(stamp).collect(), progress))
    }
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
    (number, start, end, checked_in, completed)
}

fn finished_round((number, start, end, checked_in, completed): FinishedRow) -> FinishedRound {
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
pub fn parse(bytes: &[u8], months: &[Stamp]) -> Option<Progress> {
    let (stamps, progress) = decode(bytes)?;
    (stamps == months).then_some(progress)
}

/// The months and progress a summary's bytes hold, if they are a summary of
/// this version whose progress the rules could have reached: dates in
/// 1900–2200 and in order, no more freezes, check-ins or backfills than a
/// round allows. A progress that fails these would make `status` and `why`
/// walk or print without bound.
pub fn decode(bytes: &[u8]) -> Option<(Vec<Stamp>, Progress)> {
    let summary: Summary = serde_json::from_slice(bytes).ok()?;
    summary.open().filter(|(_, progress)| plausible(progress))
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

    #[test]
    fn stamps_and_finished_rounds_are_saved_as_rows_and_read_back() {
        let months = vec![Stamp {
            month: "2026-09".into(),
            len: 10,
            modified_ns: 1,
            changed_ns: 2,
            inode: 3,
        }];
        let mut progress = Progress {
            through: Some(date(2026, 9, 30)),
            ..Progress::default()
        };
        progress.round.number = 2;
        progress.finished.push(FinishedRound {
            number: 1,
            start: date(2026, 9, 1),
            end: date(2026, 9, 21),
            checked_in: 21,
            completed: true,
        });
        let bytes = encode(&months, &progress).expect("json");
        let text = String::from_utf8(bytes.clone()).expect("UTF-8");
        assert!(
            text.contains(r#""months":[["2026-09",10,1,2,3]]"#),
            "{text}"
        );
        assert!(
            text.contains(r#""finished":[[1,"2026-09-01","2026-09-21",21,true]]"#),
            "{text}"
        );
        assert_eq!(decode(&bytes), Some((months.clone(), progress.clone())));
        assert_eq!(parse(&bytes, &months), Some(progress.clone()));
        assert_eq!(parse(&bytes, &[]), None, "other months");

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
