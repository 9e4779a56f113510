//! Each member's fold at the end of each closed month (`cache/YYYY-MM.json`),
//! so a review reads two month files instead of a year of them.
//!
//! A saved fold is derived data, trusted only while it matches the month
//! files it was made from: it records their stamps (size, modification and
//! status-change time, inode, as the journal's summary does) for every
//! month up to its own, and the version of the rules' fold. A fold that is
//! damaged, from another version, made from other files, or holding a
//! progress the rules cannot reach is ignored and made again; deleting the
//! folder is safe. Saving one is never an error worth stopping for (a
//! read-only folder is still reviewed, only slower).
//!
//! Why per month and per member: a member's fold resumed from the end of a
//! month and fed the later days gives what folding everything at once
//! gives (the resident's fold promises it, and `group::review` tests it),
//! and the month before the reviewed one must be counted too, so the fold
//! wanted is the one at the end of the month before that.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::{GroupError, GroupFolder, MonthFile, fixed};
use crate::group::{Checkins, MemberKey, Month, fold};
use crate::journal::rules::Progress;
use crate::journal::store::Stamp;
use crate::journal::summary;
use crate::storage::{FileName, ReadGuard};

/// Bump when this file's shape changes (2: a stamp's month is the number
/// `yyyymm`). The rules' own version ([`summary::SUMMARY_VERSION`]) is
/// saved beside it, so a change to the fold makes these again too.
const FOLDS_VERSION: u32 = 2;

/// Largest saved fold read (500 members with years of rounds).
const MAX_FOLDS_BYTES: u64 = 64 * 1024 * 1024;

/// Every member's fold at the end of `month`.
#[derive(Debug, Serialize, Deserialize)]
struct Folds {
    version: u32,
    rules: u32,
    month: Month,
    /// The month files up to `month` it was made from.
    files: Vec<Stamp>,
    members: BTreeMap<MemberKey, Progress>,
}

fn name_of(month: Month) -> FileName {
    fixed(&format!("{month}.json"))
}

fn month_of_name(name: &FileName) -> Option<Month> {
    let text = name.as_os_str().to_str()?;
    let month = text.strip_suffix(".json")?;
    (month.len() == 7).then(|| month.parse().ok()).flatten()
}

/// The stamps of the month files up to `month`.
fn stamps_through(files: &[MonthFile], month: Month) -> Vec<Stamp> {
    files
        .iter()
        .filter(|file| file.month <= month)
        .map(|file| file.stamp)
        .collect()
}

/// The folds saved for `month`, if they match `files` and can be trusted.
fn load(
    folder: &ReadGuard,
    month: Month,
    files: &[MonthFile],
) -> Option<BTreeMap<MemberKey, Progress>> {
    let bytes = folder.read(&name_of(month), MAX_FOLDS_BYTES).ok()??;
    let folds: Folds = serde_json::from_slice(&bytes).ok()?;
    let current = folds.version == FOLDS_VERSION
        && folds.rules == summary::SUMMARY_VERSION
        && folds.month == month
        && folds.files == stamps_through(files, month)
        && folds.members.values().all(summary::plausible);
    current.then_some(folds.members)
}

fn save(
    folder: &ReadGuard,
    month: Month,
    files: &[MonthFile],
    members: &BTreeMap<MemberKey, Progress>,
) {
    let folds = Folds {
        version: FOLDS_VERSION,
        rules: summary::SUMMARY_VERSION,
        month,
        files: stamps_through(files, month),
        members: members.clone(),
    };
    if let Ok(bytes) = serde_json::to_vec(&folds) {
        folder.write_cache(&name_of(month), &bytes);
    }
}

/// Each member's fold at the end of `through` (a month that is over on
/// `today`): saved, or folded from the latest saved fold before it (or
/// from the start), month by month, saving each month's on the way.
pub fn folds_through(
    group: &GroupFolder,
    guard: &ReadGuard,
    files: &[MonthFile],
    through: Month,
    today: Date,
) -> Result<BTreeMap<MemberKey, Progress>, GroupError> {
    let folder = guard.within(&group.cache)?;
    if let Some(saved) = load(&folder, through, files) {
        return Ok(saved);
    }
    let mut saved_months: Vec<Month> = folder
        .files()?
        .iter()
        .filter_map(|(name, _)| month_of_name(name))
        .filter(|&month| month < through)
        .collect();
    saved_months.sort_unstable_by(|a, b| b.cmp(a));
    let mut start = None;
    for month in saved_months {
        if let Some(saved) = load(&folder, month, files) {
            start = Some((month, saved));
            break;
        }
    }
    let (mut members, mut month) = match start {
        Some((month, saved)) => (saved, month.next()),
        // From the first month with check-ins.
        None => (
            BTreeMap::new(),
            files
                .iter()
                .map(|file| file.month)
                .find(|&month| month <= through),
        ),
    };
    while let Some(current) = month.filter(|&m| m <= through) {
        let checkins = match group.read_month(guard, current)? {
            Some(file) => Checkins::from_files([file]),
            None => Checkins::default(),
        };
        advance(&mut members, &checkins, current.last_day(), today);
        save(&folder, current, files, &members);
        month = current.next();
    }
    Ok(members)
}

/// Each member's fold moved on to the end of `last` with `checkins` (the
/// days after their saved fold, up to `last`).
fn advance(
    members: &mut BTreeMap<MemberKey, Progress>,
    checkins: &Checkins,
    last: Date,
    today: Date,
) {
    for (key, _) in checkins.iter() {
        members.entry(key.clone()).or_default();
    }
    for (key, progress) in members.iter_mut() {
        let facts = checkins.log(key).facts();
        *progress = fold::progress_resumed(std::mem::take(progress), &facts, last, today);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Change, Months};
    use super::*;
    use crate::group::model::Consent;
    use crate::group::{Group, Logged, Source, review};
    use crate::journal::{Event, EventKind};
    use jiff::civil::date;
    use jiff::{Span, Timestamp};

    /// Three members over five months, each on their own rhythm.
    fn folder_with_months() -> (tempfile::TempDir, GroupFolder) {
        let home = tempfile::tempdir().expect("dir");
        let folder = GroupFolder::at(home.path().join("g"));
        let mut group = Group::new("g", None, "shequ-xiaoshi", date(2026, 8, 1)).expect("group");
        for name in ["a", "b", "c"] {
            group
                .add_member(name, None, date(2026, 8, 1), Consent::default())
                .expect("add");
        }
        folder.create(&group).expect("create");
        let at: Timestamp = "2026-08-01T12:00:00Z".parse().expect("ts");
        let mut records = Vec::new();
        for d in 0..150 {
            let day = date(2026, 8, 1)
                .checked_add(Span::new().days(d))
                .expect("day");
            for (m, every) in [(1u32, 1), (2, 2), (3, 7)] {
                if d % every == 0 && !(m == 1 && (40..44).contains(&d)) {
                    for kind in [
                        EventKind::Drawn {
                            card: "clubs-3".into(),
                        },
                        EventKind::CheckedIn { backfill: false },
                    ] {
                        records.push(Logged {
                            member: MemberKey::numbered(m),
                            source: Source::Paper,
                            event: Event::new(day, at, kind),
                        });
                    }
                }
            }
        }
        folder
            .write(Months::All, |_, _| -> Result<_, GroupError> {
                Ok((
                    Change {
                        records,
                        ..Change::default()
                    },
                    (),
                ))
            })
            .expect("write");
        (home, folder)
    }

    fn full_review(folder: &GroupFolder, month: Month, today: Date) -> review::Review {
        let (group, checkins) = folder.read(Months::All).expect("read");
        review::review(&group, &checkins, month, today)
    }

    #[test]
    fn a_review_from_saved_folds_is_the_full_review() {
        let (_home, folder) = folder_with_months();
        let today = date(2027, 1, 5);
        for month in [
            "2026-08", "2026-09", "2026-10", "2026-12", "2026-11", "2027-01",
        ] {
            let month: Month = month.parse().expect("month");
            let (_, cached) = folder.review(month, today).expect("review");
            assert_eq!(cached, full_review(&folder, month, today), "{month}");
        }
        let cache = folder.dir().join(super::super::CACHE_DIR);
        assert!(cache.join("2026-11.json").exists());
        // Warm: the same again.
        let december: Month = "2026-12".parse().expect("month");
        let (_, warm) = folder.review(december, today).expect("review");
        assert_eq!(warm, full_review(&folder, december, today));
    }

    #[test]
    fn a_changed_month_file_is_not_trusted_from_the_cache() {
        let (_home, folder) = folder_with_months();
        let today = date(2027, 1, 5);
        let december: Month = "2026-12".parse().expect("month");
        folder.review(december, today).expect("warm the cache");
        // A check-in added to September changes October's fold and later.
        let at: Timestamp = "2026-09-30T12:00:00Z".parse().expect("ts");
        let added = Logged {
            member: MemberKey::numbered(3),
            source: Source::Wechat,
            event: Event::new(
                date(2026, 9, 30),
                at,
                EventKind::CheckedIn { backfill: false },
            ),
        };
        folder
            .write(Months::All, |_, _| -> Result<_, GroupError> {
                Ok((
                    Change {
                        records: vec![added],
                        ..Change::default()
                    },
                    (),
                ))
            })
            .expect("write");
        let (_, after) = folder.review(december, today).expect("review");
        assert_eq!(after, full_review(&folder, december, today));
        // A damaged saved fold is ignored.
        let cache = folder.dir().join(super::super::CACHE_DIR);
        std::fs::write(cache.join("2026-10.json"), "{ broken").expect("write");
        let (_, again) = folder.review(december, today).expect("review");
        assert_eq!(again, full_review(&folder, december, today));
    }
}
