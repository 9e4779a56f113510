//! Moving events between journals: export as JSON or CSV, import any of
//! those (or a journal month file). Import merges by event id, so importing
//! the same file twice changes nothing: residents move machines or sync
//! through a shared folder this way, and facilitators combine exports.

use std::io::Write;
use std::path::Path;

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::event::{Event, EventKind};
use super::store::{self, EventError, JournalError, Place, VERSION};
use crate::storage::{self as storage, StorageError};
use crate::text::sanitize::{machine_cell, undo_spreadsheet_cell};

/// The largest file `journal import` reads: ten years of a busy journal
/// export is about 5 MB.
pub const MAX_IMPORT_BYTES: u64 = 64 * 1024 * 1024;

/// One event as a flat record: the same shape for JSON and CSV, so the two
/// exports carry exactly the same information.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub day: Date,
    pub at: Timestamp,
    /// `seeded`, `round_started`, `drawn`, `redrawn`, `checked_in`, `note_set` or `undone`.
    pub kind: String,
    #[serde(default)]
    pub card: Option<String>,
    #[serde(default)]
    pub backfill: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub seed: Option<u64>,
}

impl From<&Event> for Record {
    fn from(event: &Event) -> Record {
        let mut record = Record {
            id: event.id.clone(),
            day: event.day,
            at: event.at,
            kind: event.kind.name().to_string(),
            card: None,
            backfill: None,
            note: None,
            seed: None,
        };
        match &event.kind {
            EventKind::Seeded { seed } | EventKind::RoundStarted { seed } => {
                record.seed = Some(*seed)
            }
            EventKind::Drawn { card } | EventKind::Redrawn { card } => {
                record.card = Some(card.clone())
            }
            EventKind::CheckedIn { backfill } => record.backfill = Some(*backfill),
            EventKind::NoteSet { note } => record.note = Some(note.clone()),
            EventKind::Undone => {}
        }
        record
    }
}

impl Record {
    /// The record with `change` applied to its free text (id, card, note).
    fn map_text(&self, change: impl Fn(&str) -> String) -> Record {
        Record {
            id: change(&self.id),
            card: self.card.as_deref().map(&change),
            note: self.note.as_deref().map(&change),
            ..self.clone()
        }
    }

    /// The event, or what is missing from the record.
    pub fn to_event(&self) -> Result<Event, String> {
        let need = |value: &Option<String>, field: &str| {
            value
                .clone()
                .ok_or_else(|| format!("a `{}` event needs a `{field}`", self.kind))
        };
        let seed = || {
            self.seed
                .ok_or_else(|| format!("a `{}` event needs a `seed`", self.kind))
        };
        let kind = match self.kind.as_str() {
            "seeded" => EventKind::Seeded { seed: seed()? },
            "round_started" => EventKind::RoundStarted { seed: seed()? },
            "drawn" => EventKind::Drawn {
                card: need(&self.card, "card")?,
            },
            "redrawn" => EventKind::Redrawn {
                card: need(&self.card, "card")?,
            },
            "checked_in" => EventKind::CheckedIn {
                backfill: self.backfill.unwrap_or(false),
            },
            "note_set" => EventKind::NoteSet {
                note: need(&self.note, "note")?,
            },
            "undone" => EventKind::Undone,
            other => return Err(format!("unknown event kind `{other}`")),
        };
        if self.id.trim().is_empty() {
            return Err("the event has no id".to_string());
        }
        Ok(Event {
            id: self.id.clone(),
            day: self.day,
            at: self.at,
            kind,
        })
    }
}

/// The CSV columns: `Record`'s fields, in order.
const CSV_HEADER: [&str; 8] = [
    "id", "day", "at", "kind", "card", "backfill", "note", "seed",
];

/// The JSON export's top level.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonExport {
    version: u32,
    events: Vec<Record>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

/// Writes every event in `format`.
pub fn export(events: &[Event], format: Format, out: &mut dyn Write) -> std::io::Result<()> {
    let records: Vec<Record> = events.iter().map(Record::from).collect();
    match format {
        Format::Json => {
            let export = JsonExport {
                version: VERSION,
                events: records,
            };
            serde_json::to_writer_pretty(&mut *out, &export)?;
            writeln!(out)
        }
        Format::Csv => {
            // The header is written by hand so that an empty journal still
            // exports a file that imports (serde writes it with the first row).
            let mut writer = csv::WriterBuilder::new()
                .has_headers(false)
                .from_writer(out);
            writer
                .write_record(CSV_HEADER)
                .map_err(std::io::Error::other)?;
            for record in &records {
                // Exact text, read back by `journal import`: this CSV is
                // for programs, not spreadsheets (see `machine_cell`).
                let record = record.map_text(|text| machine_cell(text).into_owned());
                writer.serialize(&record).map_err(std::io::Error::other)?;
            }
            writer.flush()
        }
    }
}

/// Why a file could not be imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "{path}: {location}{message}\n  hint: import takes a file made by `xiaoshi journal export`"
    )]
    Invalid {
        path: String,
        location: String,
        message: String,
    },
    #[error(transparent)]
    Journal(#[from] JournalError),

    /// Too large, or unreadable.
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// Reads events from an export (JSON or CSV) or a journal month file (RON),
/// telling them apart by their first character.
pub fn read_import(path: &Path) -> Result<Vec<Event>, ImportError> {
    let shown = path.display().to_string();
    let bytes =
        storage::read_bounded(path, MAX_IMPORT_BYTES)?.ok_or_else(|| ImportError::Read {
            path: shown.clone(),
            source: std::io::ErrorKind::NotFound.into(),
        })?;
    let invalid = |location: String, message: String| ImportError::Invalid {
        path: shown.clone(),
        location,
        message,
    };
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let records: Vec<(Place, Record)> = match first {
        Some(b'{') => {
            let export: JsonExport = serde_json::from_slice(&bytes).map_err(|error| {
                invalid(
                    format!("{}:{}: ", error.line(), error.column()),
                    error.to_string(),
                )
            })?;
            if export.version > VERSION {
                return Err(invalid(
                    String::new(),
                    format!(
                        "the export is version {}; this xiaoshi reads {VERSION} (update xiaoshi)",
                        export.version
                    ),
                ));
            }
            export
                .events
                .into_iter()
                .enumerate()
                .map(|(index, record)| (Place::Record(index + 1), record))
                .collect()
        }
        Some(b'(') => return Ok(store::parse_month(&bytes, path)?),
        Some(_) => {
            let mut reader = csv::Reader::from_reader(bytes.as_slice());
            let csv_error = |error: csv::Error| {
                let line = error
                    .position()
                    .map_or(String::new(), |p| format!("{}: ", p.line()));
                invalid(line, error.to_string())
            };
            let headers = reader.headers().map_err(csv_error)?.clone();
            let mut records = Vec::new();
            let mut row = csv::StringRecord::new();
            while reader.read_record(&mut row).map_err(csv_error)? {
                let line = row.position().map_or(0, |p| p.line() as usize);
                let record: Record = row.deserialize(Some(&headers)).map_err(csv_error)?;
                // A `'` a spreadsheet-safe CSV put before `=`, `+`, `-`, `@`.
                let record = record.map_text(|text| undo_spreadsheet_cell(text).to_string());
                records.push((Place::Line(line), record));
            }
            records
        }
        None => return Err(invalid(String::new(), "the file is empty".to_string())),
    };
    let mut events = Vec::with_capacity(records.len());
    for (place, record) in records {
        let location = match place {
            Place::Record(n) => format!("event {n}: "),
            Place::Line(n) => format!("line {n}: "),
        };
        let event = record
            .to_event()
            .map_err(|message| invalid(location, message))?;
        if !event.in_range() {
            return Err(JournalError::from(EventError::OutOfRange {
                file: path.to_path_buf(),
                place,
                id: event.id,
                day: event.day,
            })
            .into());
        }
        events.push(event);
    }
    Ok(events)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn sample() -> Vec<Event> {
        let at: Timestamp = "2026-11-23T08:00:00Z".parse().expect("ts");
        let day = date(2026, 11, 23);
        vec![
            Event::new(day, at, EventKind::Seeded { seed: 1 }),
            Event::new(day, at, EventKind::RoundStarted { seed: u64::MAX }),
            Event::new(
                day,
                at,
                EventKind::Drawn {
                    card: "hearts-7".into(),
                },
            ),
            Event::new(
                day,
                at,
                EventKind::Redrawn {
                    card: "clubs-2".into(),
                },
            ),
            Event::new(day, at, EventKind::CheckedIn { backfill: true }),
            Event::new(
                day,
                at,
                EventKind::NoteSet {
                    note: "送了快递, \"谢谢\"\n第二行".into(),
                },
            ),
            Event::new(day, at, EventKind::Undone),
        ]
    }

    #[test]
    fn json_and_csv_round_trip_every_kind_of_event() {
        let events = sample();
        for format in [Format::Json, Format::Csv] {
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("export");
            let mut bytes = Vec::new();
            export(&events, format, &mut bytes).expect("export");
            std::fs::write(&path, bytes).expect("write");
            assert_eq!(read_import(&path).expect("import"), events, "{format:?}");
        }
    }

    #[test]
    fn the_csv_header_matches_the_record_fields() {
        let record = Record::from(&sample()[0]);
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.serialize(&record).expect("row");
        let text = String::from_utf8(writer.into_inner().expect("bytes")).expect("utf8");
        assert_eq!(text.lines().next(), Some(CSV_HEADER.join(",").as_str()));
    }

    #[test]
    fn bad_records_name_their_place() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("bad.csv");
        std::fs::write(
            &path,
            "id,day,at,kind,card,backfill,note,seed\n\
             a,2026-11-23,2026-11-23T08:00:00Z,drawn,,,,\n",
        )
        .expect("write");
        let error = read_import(&path).expect_err("no card").to_string();
        assert!(
            error.contains("line 2: a `drawn` event needs a `card`"),
            "{error}"
        );
    }
}
