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
use super::store::{self, EventError, JournalError, Place};
use crate::i18n::journal as text;
use crate::i18n::{Describe, Diagnostic, Lang, errors, fill_named};
use crate::storage::{self, StorageError};
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
    /// `seeded`, `round_started`, `drawn`, `redrawn`, `checked_in`, `credited`,
    /// `note_set`, `undone` or `pledged`.
    pub kind: String,
    #[serde(default)]
    pub card: Option<String>,
    #[serde(default)]
    pub backfill: Option<bool>,
    #[serde(default)]
    pub note: Option<String>,
    /// Written as a string (`"12345678901234567890"`): JSON tools such
    /// as `jq` turn numbers above 2^53 into floats, which would change the
    /// deal. A number is read too (exports of earlier versions).
    #[serde(default, with = "seed_text")]
    pub seed: Option<u64>,
    /// A pledge's by-when date, workshop session and day, and own words
    /// (`pledged` only; its note is `note`).
    #[serde(default)]
    pub by: Option<Date>,
    #[serde(default)]
    pub workshop: Option<String>,
    #[serde(default)]
    pub held: Option<Date>,
    #[serde(default)]
    pub words: Option<String>,
}

/// A seed as a decimal string in exports, read from a string or a number.
mod seed_text {
    use serde::de::{self, Deserializer, Visitor};
    use serde::ser::Serializer;

    pub fn serialize<S: Serializer>(seed: &Option<u64>, out: S) -> Result<S::Ok, S::Error> {
        match seed {
            Some(seed) => out.serialize_str(&seed.to_string()),
            None => out.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<Option<u64>, D::Error> {
        struct Seed;
        impl<'de> Visitor<'de> for Seed {
            type Value = Option<u64>;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a seed: a whole number from 0 to 18446744073709551615, as text")
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(None)
            }

            fn visit_some<D: Deserializer<'de>>(self, input: D) -> Result<Self::Value, D::Error> {
                input.deserialize_any(Seed)
            }

            fn visit_u64<E: de::Error>(self, seed: u64) -> Result<Self::Value, E> {
                Ok(Some(seed))
            }

            fn visit_i64<E: de::Error>(self, seed: i64) -> Result<Self::Value, E> {
                u64::try_from(seed)
                    .map(Some)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(seed), &self))
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                let text = text.trim();
                if text.is_empty() {
                    return Ok(None);
                }
                text.parse()
                    .map(Some)
                    .map_err(|_| E::invalid_value(de::Unexpected::Str(text), &self))
            }
        }
        input.deserialize_option(Seed)
    }
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
            by: None,
            workshop: None,
            held: None,
            words: None,
        };
        match &event.kind {
            EventKind::Seeded { seed } | EventKind::RoundStarted { seed } => {
                record.seed = Some(*seed)
            }
            EventKind::Drawn { card } | EventKind::Redrawn { card } => {
                record.card = Some(card.clone())
            }
            EventKind::CheckedIn { backfill } => record.backfill = Some(*backfill),
            // The own words travel in the note column: no new column.
            EventKind::Credited { card, own } => {
                record.card = Some(card.clone());
                record.note = own.clone();
            }
            EventKind::NoteSet { note } => record.note = Some(note.clone()),
            EventKind::Undone => {}
            EventKind::Pledged(pledge) => {
                record.card = Some(pledge.card.clone());
                record.note = pledge.note.clone();
                record.by = pledge.by;
                record.workshop = Some(pledge.workshop.clone());
                record.held = Some(pledge.held);
                record.words = pledge.words.clone();
            }
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
            workshop: self.workshop.as_deref().map(&change),
            words: self.words.as_deref().map(&change),
            ..self.clone()
        }
    }

    /// The event, or what is missing from the record.
    pub fn to_event(&self) -> Result<Event, RecordProblem> {
        let need = |value: &Option<String>, field: &'static str| {
            value.clone().ok_or_else(|| RecordProblem::Needs {
                kind: self.kind.clone(),
                field,
            })
        };
        let seed = || {
            self.seed.ok_or_else(|| RecordProblem::Needs {
                kind: self.kind.clone(),
                field: "seed",
            })
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
            "credited" => EventKind::Credited {
                card: need(&self.card, "card")?,
                own: self.note.clone().filter(|own| !own.is_empty()),
            },
            "note_set" => EventKind::NoteSet {
                note: need(&self.note, "note")?,
            },
            "undone" => EventKind::Undone,
            "pledged" => EventKind::Pledged(Box::new(super::event::Pledge {
                card: need(&self.card, "card")?,
                workshop: need(&self.workshop, "workshop")?,
                held: self.held.ok_or_else(|| RecordProblem::Needs {
                    kind: self.kind.clone(),
                    field: "held",
                })?,
                by: self.by,
                words: self.words.clone(),
                note: self.note.clone(),
            })),
            other => {
                return Err(RecordProblem::UnknownKind {
                    kind: other.to_string(),
                });
            }
        };
        if self.id.trim().is_empty() {
            return Err(RecordProblem::NoId);
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
const CSV_HEADER: [&str; 12] = [
    "id", "day", "at", "kind", "card", "backfill", "note", "seed", "by", "workshop", "held",
    "words",
];

/// The version of the JSON `journal export` writes. 3 may hold the kinds
/// `credited` and `pledged`, which a build that reads only 2 does not know:
/// it then says the file is newer instead of failing on a kind. 2 says who
/// exported it ([`Author`]); 1 did not. All three import.
pub const EXPORT_VERSION: u32 = 3;

/// Longest name an export carries, in characters.
pub const AUTHOR_NAME_MAX: usize = 40;

/// Who a JSON export is from: the name the resident chose for their group
/// (if they gave one) and their xiaoshi's device id. A leader's
/// `group import` finds the member by them; a resident's own `journal
/// import` refuses someone else's by them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    #[serde(default)]
    pub name: Option<String>,
    pub device: String,
}

impl Author {
    /// A device id is short, lower-case ASCII letters, digits and `-`.
    pub fn valid_device(device: &str) -> bool {
        !device.is_empty()
            && device.len() <= 40
            && device
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    }

    /// The author as read from a file: a name cleaned of control and
    /// invisible characters and cut to [`AUTHOR_NAME_MAX`]; `None` for a
    /// device id that is not one.
    fn checked(self) -> Option<Author> {
        if !Author::valid_device(&self.device) {
            return None;
        }
        let name = self
            .name
            .map(|name| {
                crate::text::sanitize::strip(name.trim())
                    .chars()
                    .take(AUTHOR_NAME_MAX)
                    .collect::<String>()
            })
            .filter(|name| !name.trim().is_empty());
        Some(Author {
            name,
            device: self.device,
        })
    }
}

/// The JSON export's top level.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonExport {
    version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    member: Option<Author>,
    events: Vec<Record>,
}

/// What an export file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// Who exported it: only a JSON export of version 2 or later says.
    pub author: Option<Author>,
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Csv,
}

/// Writes every event in `format`, from no one in particular (a pledge
/// for a participant, say).
pub fn export(events: &[Event], format: Format, out: &mut dyn Write) -> std::io::Result<()> {
    export_by(events, format, None, out)
}

/// Writes every event in `format`; a JSON export names `author`. (The
/// CSV, one row an event, has no place for it.)
pub fn export_by(
    events: &[Event],
    format: Format,
    author: Option<&Author>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let records: Vec<Record> = events.iter().map(Record::from).collect();
    match format {
        Format::Json => {
            let export = JsonExport {
                version: EXPORT_VERSION,
                member: author.cloned(),
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
#[derive(Debug)]
pub enum ImportError {
    Read {
        path: String,
        source: std::io::Error,
    },
    Invalid {
        path: String,
        location: Location,
        problem: RecordProblem,
    },
    Journal(JournalError),
    /// Too large, or unreadable.
    Storage(StorageError),
    /// Someone else's journal: the export names another device and not
    /// this resident's name. Merging it would count their days as yours.
    NotYours {
        path: String,
        name: Option<String>,
    },
}

impl From<JournalError> for ImportError {
    fn from(error: JournalError) -> ImportError {
        ImportError::Journal(error)
    }
}

impl From<StorageError> for ImportError {
    fn from(error: StorageError) -> ImportError {
        ImportError::Storage(error)
    }
}

/// Where in an import a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    File,
    /// A JSON file's line and column.
    At {
        line: u64,
        column: u64,
    },
    /// The n-th event of a JSON export.
    Event(usize),
    /// A CSV line.
    Line(u64),
}

/// What is wrong with an import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordProblem {
    /// Not JSON of an export's shape; the library's (English) words.
    Json {
        detail: String,
    },
    /// A CSV row that does not read; the library's (English) words.
    Csv {
        detail: String,
    },
    Newer {
        version: u32,
    },
    Empty,
    Needs {
        kind: String,
        field: &'static str,
    },
    UnknownKind {
        kind: String,
    },
    NoId,
    /// A version 2 export whose `member` names no device id.
    BadAuthor,
}

impl Describe for ImportError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        match self {
            ImportError::Read { path, source } => Diagnostic::new(fill_named(
                errors::CANNOT_READ.get(lang),
                &[("path", path), ("reason", &errors::io_reason(source, lang))],
            )),
            ImportError::Journal(error) => error.describe(lang),
            ImportError::Storage(error) => error.describe(lang),
            ImportError::NotYours { path, name } => {
                let whose = match name {
                    Some(name) => fill_named(text::IMPORT_WHOSE.get(lang), &[("name", name)]),
                    None => text::IMPORT_WHOSE_UNNAMED.get(lang).to_string(),
                };
                Diagnostic::with_hint(
                    fill_named(
                        text::IMPORT_NOT_YOURS.get(lang),
                        &[("path", path), ("whose", &whose)],
                    ),
                    *text::IMPORT_NOT_YOURS_HINT.get(lang),
                )
            }
            ImportError::Invalid {
                path,
                location,
                problem,
            } => {
                let place = match location {
                    Location::File => String::new(),
                    Location::At { line, column } => format!("{line}:{column}: "),
                    Location::Event(n) => fill_named(text::IMPORT_EVENT.get(lang), &[("n", n)]),
                    Location::Line(n) => fill_named(text::IMPORT_LINE.get(lang), &[("n", n)]),
                };
                // The libraries' words are English: shown where English is read.
                let detail = |detail: &str| {
                    if lang.info().library_words {
                        format!("{}{detail}", lang.colon())
                    } else {
                        String::new()
                    }
                };
                let said = match problem {
                    RecordProblem::Json { detail: d } => {
                        fill_named(text::IMPORT_JSON.get(lang), &[("detail", &detail(d))])
                    }
                    RecordProblem::Csv { detail: d } => {
                        fill_named(text::IMPORT_CSV.get(lang), &[("detail", &detail(d))])
                    }
                    RecordProblem::Newer { version } => fill_named(
                        text::IMPORT_NEWER.get(lang),
                        &[("version", version), ("max", &EXPORT_VERSION)],
                    ),
                    RecordProblem::Empty => text::IMPORT_EMPTY.get(lang).to_string(),
                    RecordProblem::Needs { kind, field } => fill_named(
                        text::IMPORT_NEEDS.get(lang),
                        &[("kind", kind), ("field", field)],
                    ),
                    RecordProblem::UnknownKind { kind } => {
                        fill_named(text::IMPORT_UNKNOWN_KIND.get(lang), &[("kind", kind)])
                    }
                    RecordProblem::NoId => text::IMPORT_NO_ID.get(lang).to_string(),
                    RecordProblem::BadAuthor => text::IMPORT_BAD_AUTHOR.get(lang).to_string(),
                };
                Diagnostic::with_hint(
                    format!("{path}: {place}{said}"),
                    *text::IMPORT_HINT.get(lang),
                )
            }
        }
    }
}

crate::describe_display!(ImportError);
impl std::error::Error for ImportError {}

/// Reads events from an export (JSON or CSV) or a journal month file (RON),
/// telling them apart by their first character.
pub fn read_import(path: &Path) -> Result<Vec<Event>, ImportError> {
    Ok(read_export(path)?.events)
}

/// [`read_import`], with who the export is from when it says.
pub fn read_export(path: &Path) -> Result<Imported, ImportError> {
    let shown = path.display().to_string();
    let bytes =
        storage::read_bounded(path, MAX_IMPORT_BYTES)?.ok_or_else(|| ImportError::Read {
            path: shown.clone(),
            source: std::io::ErrorKind::NotFound.into(),
        })?;
    let invalid = |location: Location, problem: RecordProblem| ImportError::Invalid {
        path: shown.clone(),
        location,
        problem,
    };
    let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
    let mut author = None;
    let records: Vec<(Location, Record)> = match first {
        Some(b'{') => {
            let export: JsonExport = serde_json::from_slice(&bytes).map_err(|error| {
                invalid(
                    Location::At {
                        line: error.line() as u64,
                        column: error.column() as u64,
                    },
                    RecordProblem::Json {
                        detail: error.to_string(),
                    },
                )
            })?;
            if export.version > EXPORT_VERSION {
                return Err(invalid(
                    Location::File,
                    RecordProblem::Newer {
                        version: export.version,
                    },
                ));
            }
            if let Some(member) = export.member {
                author = Some(
                    member
                        .checked()
                        .ok_or_else(|| invalid(Location::File, RecordProblem::BadAuthor))?,
                );
            }
            export
                .events
                .into_iter()
                .enumerate()
                .map(|(index, record)| (Location::Event(index + 1), record))
                .collect()
        }
        Some(b'(') => {
            return Ok(Imported {
                author: None,
                events: store::parse_month(&bytes, path)?,
            });
        }
        Some(_) => {
            let mut reader = csv::Reader::from_reader(bytes.as_slice());
            let csv_error = |error: csv::Error| {
                let line = error
                    .position()
                    .map_or(Location::File, |p| Location::Line(p.line()));
                invalid(
                    line,
                    RecordProblem::Csv {
                        detail: error.to_string(),
                    },
                )
            };
            let headers = reader.headers().map_err(csv_error)?.clone();
            let mut records = Vec::new();
            let mut row = csv::StringRecord::new();
            while reader.read_record(&mut row).map_err(csv_error)? {
                let line = row.position().map_or(0, |p| p.line());
                let record: Record = row.deserialize(Some(&headers)).map_err(csv_error)?;
                // A `'` a spreadsheet-safe CSV put before `=`, `+`, `-`, `@`.
                let record = record.map_text(|text| undo_spreadsheet_cell(text).to_string());
                records.push((Location::Line(line), record));
            }
            records
        }
        None => return Err(invalid(Location::File, RecordProblem::Empty)),
    };
    let mut events = Vec::with_capacity(records.len());
    for (location, record) in records {
        let event = record
            .to_event()
            .map_err(|problem| invalid(location, problem))?;
        if !event.in_range() {
            let place = match location {
                Location::Line(line) => Place::Line(usize::try_from(line).unwrap_or(usize::MAX)),
                Location::Event(n) => Place::Record(n),
                Location::File | Location::At { .. } => Place::Record(events.len() + 1),
            };
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
    Ok(Imported { author, events })
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
            Event::new(
                date(2026, 11, 25),
                at,
                EventKind::Pledged(Box::new(super::super::event::Pledge {
                    card: "joker-black".into(),
                    workshop: "2026-11-24-N0VZH".into(),
                    held: date(2026, 11, 24),
                    by: Some(date(2026, 12, 15)),
                    words: Some("=教邻居用手机".into()),
                    note: Some("周六, 上午".into()),
                })),
            ),
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
    fn seeds_are_text_in_json_and_numbers_still_read() {
        let events = sample();
        let mut bytes = Vec::new();
        export(&events, Format::Json, &mut bytes).expect("export");
        let json: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
        assert_eq!(json["events"][1]["seed"], "18446744073709551615");
        assert_eq!(json["events"][0]["seed"], "1");
        assert_eq!(json["events"][2]["seed"], serde_json::Value::Null);
        // An export of an earlier version, with a number (within 2^53).
        let old = r#"{"version": 1, "events": [{"id": "a", "day": "2026-11-23",
            "at": "2026-11-23T08:00:00Z", "kind": "seeded", "seed": 42}]}"#;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("old.json");
        std::fs::write(&path, old).expect("write");
        let read = read_import(&path).expect("import");
        assert_eq!(read[0].kind, EventKind::Seeded { seed: 42 });
    }

    #[test]
    fn a_json_export_says_who_it_is_from() {
        let events = sample();
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("export.json");
        let author = Author {
            name: Some("王阿姨".into()),
            device: "d-00000000000000ab".into(),
        };
        let mut bytes = Vec::new();
        export_by(&events, Format::Json, Some(&author), &mut bytes).expect("export");
        let text = String::from_utf8(bytes.clone()).expect("utf8");
        assert!(text.contains("\"version\": 3"), "{text}");
        std::fs::write(&path, &bytes).expect("write");
        let imported = read_export(&path).expect("import");
        assert_eq!(imported.author, Some(author.clone()));
        assert_eq!(imported.events, events);
        // A version 2 export (before credits and pledges) imports the same.
        std::fs::write(&path, text.replace("\"version\": 3", "\"version\": 2")).expect("write");
        let v2 = read_export(&path).expect("import v2");
        assert_eq!((v2.author, v2.events), (Some(author), events.clone()));
        // A version 1 export (no member) still imports, from no one.
        let old = text
            .replace("\"version\": 3", "\"version\": 1")
            .replace(
                "\"member\": {\n    \"name\": \"王阿姨\",\n    \"device\": \"d-00000000000000ab\"\n  },\n",
                "",
            );
        assert!(!old.contains("member"), "{old}");
        std::fs::write(&path, old).expect("write");
        assert_eq!(read_export(&path).expect("v1").author, None);
        // A device id that is no id is refused; a name is cleaned.
        let odd = text
            .replace("d-00000000000000ab", "../../x")
            .replace("王阿姨", "x");
        std::fs::write(&path, odd).expect("write");
        assert!(matches!(
            read_export(&path),
            Err(ImportError::Invalid {
                problem: RecordProblem::BadAuthor,
                ..
            })
        ));
        let hostile = text.replace("王阿姨", "王\\u001b[2J阿姨");
        std::fs::write(&path, hostile).expect("write");
        let name = read_export(&path)
            .expect("import")
            .author
            .and_then(|a| a.name);
        assert_eq!(name.as_deref(), Some("王[2J阿姨"));
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
