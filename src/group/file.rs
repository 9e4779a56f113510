//! The group's files as text: the roster (`group.ron`) and the check-ins
//! of a month (`checkins/YYYY-MM.ron`), read from bytes and written to
//! text. No file system here: the service layer reads, locks and writes
//! (the storage discipline of issue 11); this module only says what the
//! bytes mean, or exactly where they stop making sense.
//!
//! Both are versioned RON, for people to read and, carefully, to edit. The
//! layout is documented in `docs/group-formats.md`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::model::{GROUP_VERSION, Group, GroupProblem, Leave, Logged};
use super::month::Month;
use crate::ronfile::{self, Unreadable};

/// The newest check-in file version this build reads and writes.
pub const CHECKINS_VERSION: u32 = 1;

/// One month of the group's check-ins: every member's events of that month.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Checkins", deny_unknown_fields)]
pub struct CheckinFile {
    pub version: u32,
    pub month: Month,
    pub records: Vec<Logged>,
    /// Days off (请假) asked for in the month.
    #[serde(default)]
    pub leave: Vec<Leave>,
}

/// Why a group file's bytes are not a usable file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub path: PathBuf,
    pub problem: FileProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileProblem {
    /// Not UTF-8 or not RON of the expected shape (1-based position).
    Corrupt {
        line: usize,
        column: usize,
        problem: crate::ronfile::Syntax,
    },
    /// Written by a newer xiaoshi.
    Newer { version: u32 },
    /// The group file parses but cannot be used as it is.
    Invalid { problems: Vec<GroupProblem> },
    /// A check-in file holds an event (or a day off) of another month: its
    /// place in the file, from 1, counting records then days off.
    OutsideMonth {
        record: usize,
        day: jiff::civil::Date,
    },
}

fn unreadable(path: &Path, error: Unreadable) -> FileError {
    let problem = match error {
        Unreadable::Newer { version } => FileProblem::Newer { version },
        Unreadable::Corrupt {
            line,
            column,
            problem,
        } => FileProblem::Corrupt {
            line,
            column,
            problem,
        },
    };
    FileError {
        path: path.to_path_buf(),
        problem,
    }
}

/// Reads a group file. `path` only names the file in errors.
pub fn parse_group(bytes: &[u8], path: &Path) -> Result<Group, FileError> {
    let group: Group = ronfile::parse_versioned(bytes, GROUP_VERSION, |g: &Group| g.version)
        .map_err(|error| unreadable(path, error))?;
    let problems = group.problems();
    if problems.is_empty() {
        Ok(group)
    } else {
        Err(FileError {
            path: path.to_path_buf(),
            problem: FileProblem::Invalid { problems },
        })
    }
}

/// Reads a month's check-in file. `path` only names the file in errors.
pub fn parse_checkins(bytes: &[u8], path: &Path) -> Result<CheckinFile, FileError> {
    let file: CheckinFile =
        ronfile::parse_versioned(bytes, CHECKINS_VERSION, |f: &CheckinFile| f.version)
            .map_err(|error| unreadable(path, error))?;
    let days = file
        .records
        .iter()
        .map(|logged| logged.event.day)
        .chain(file.leave.iter().map(|leave| leave.day));
    if let Some((index, day)) = days.enumerate().find(|(_, day)| !file.month.contains(*day)) {
        return Err(FileError {
            path: path.to_path_buf(),
            problem: FileProblem::OutsideMonth {
                record: index + 1,
                day,
            },
        });
    }
    Ok(file)
}

fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .indentor("  ".to_string())
        .struct_names(true)
}

/// The group file's text, with a first line that says what it is.
pub fn render_group(group: &Group) -> Result<String, ron::Error> {
    let body = ron::ser::to_string_pretty(group, pretty())?;
    Ok(format!(
        "// xiaoshi group (小事带领人的小组). Format: docs/group-formats.md\n{body}\n"
    ))
}

/// A month's check-in file's text: one record (and one day off) a line, as
/// the journal's month files are. A hundred members' month is then a third
/// smaller than fully indented, and reading it (what the grid and the review
/// wait for) about a third faster; diffs stay a line a record.
pub fn render_checkins(file: &CheckinFile) -> Result<String, ron::Error> {
    let body = ron::ser::to_string_pretty(file, pretty().depth_limit(2))?;
    Ok(format!(
        "// xiaoshi group check-ins, {}. Format: docs/group-formats.md\n{body}\n",
        file.month
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::{Consent, Leave, MemberKey, Source};
    use crate::journal::{Event, EventKind};
    use jiff::civil::date;

    fn group() -> Group {
        let mut group = Group::new(
            "幸福里3号楼",
            Some("南京西路街道"),
            "shequ-xiaoshi",
            date(2026, 12, 1),
        )
        .expect("group");
        group
            .add_member(
                "王阿姨",
                Some("502"),
                date(2026, 12, 1),
                Consent {
                    name_on_posters: true,
                    notes_on_posters: false,
                },
            )
            .expect("add");
        group
            .add_member(
                "李叔叔 \"老李\"",
                None,
                date(2026, 12, 2),
                Consent::default(),
            )
            .expect("add");
        group
    }

    #[test]
    fn a_group_round_trips_through_its_text() {
        let group = group();
        let text = render_group(&group).expect("render");
        assert!(text.starts_with("// xiaoshi group"));
        assert!(text.contains("name: \"王阿姨\""), "{text}");
        assert_eq!(
            parse_group(text.as_bytes(), Path::new("group.ron")),
            Ok(group)
        );
    }

    #[test]
    fn checkins_round_trip_and_stay_in_their_month() {
        let at = "2026-12-05T12:00:00Z".parse().expect("ts");
        let key = MemberKey::new("m1").expect("key");
        let file = CheckinFile {
            version: CHECKINS_VERSION,
            month: Month::of(date(2026, 12, 5)),
            records: vec![
                Logged {
                    member: key.clone(),
                    source: Source::Wechat,
                    event: Event::new(
                        date(2026, 12, 5),
                        at,
                        EventKind::CheckedIn { backfill: false },
                    ),
                },
                Logged {
                    member: key.clone(),
                    source: Source::Paper,
                    event: Event::new(
                        date(2026, 12, 5),
                        at,
                        EventKind::NoteSet {
                            note: "帮3楼拿了快递".into(),
                        },
                    ),
                },
            ],
            leave: vec![Leave {
                member: key.clone(),
                day: date(2026, 12, 6),
                source: Source::Wechat,
            }],
        };
        let text = render_checkins(&file).expect("render");
        assert_eq!(
            parse_checkins(text.as_bytes(), Path::new("c.ron")),
            Ok(file.clone())
        );

        let mut wrong = file;
        wrong.records[1].event.day = date(2026, 11, 30);
        let text = render_checkins(&wrong).expect("render");
        let error = parse_checkins(text.as_bytes(), Path::new("c.ron")).expect_err("outside");
        assert_eq!(
            error.problem,
            FileProblem::OutsideMonth {
                record: 2,
                day: date(2026, 11, 30)
            }
        );
    }

    #[test]
    fn broken_newer_and_invalid_files_are_told_apart() {
        let path = Path::new("group.ron");
        let text = render_group(&group()).expect("render");
        let cut = &text.as_bytes()[..text.len() / 2];
        assert!(matches!(
            parse_group(cut, path).map_err(|e| e.problem),
            Err(FileProblem::Corrupt { .. })
        ));
        let newer = text.replace("version: 1", "version: 9");
        assert_eq!(
            parse_group(newer.as_bytes(), path).map_err(|e| e.problem),
            Err(FileProblem::Newer { version: 9 })
        );
        let twice = text.replace("key: \"m2\"", "key: \"m1\"");
        assert!(matches!(
            parse_group(twice.as_bytes(), path).map_err(|e| e.problem),
            Err(FileProblem::Invalid { .. })
        ));
        let bad_key = text.replace("key: \"m2\"", "key: \"M 2\"");
        assert!(matches!(
            parse_group(bad_key.as_bytes(), path).map_err(|e| e.problem),
            Err(FileProblem::Corrupt { .. })
        ));
    }
}
