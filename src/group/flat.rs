//! The flat check-in export: one row per check-in, for a spreadsheet,
//! pandas or DuckDB. CSV for people (UTF-8 with a byte-order mark, so Excel
//! on Chinese Windows shows Chinese; no cell starts a formula) and JSON
//! Lines for programs. The schema is versioned and documented in
//! `docs/group-formats.md`; every row carries its schema number, so many
//! groups' files of different versions can be read together.
//!
//! Rows carry member keys, never names or notes.

use std::io::{self, Write};

use jiff::civil::Date;
use serde::Serialize;

use super::card::CardRef;
use super::log::Checkins;
use super::model::{GroupId, MemberKey, Source};
use crate::journal::rules;

/// The schema of the rows written by this build.
pub const FLAT_SCHEMA: u32 = 1;

/// The columns, in order.
pub const COLUMNS: [&str; 9] = [
    "schema", "group", "member", "date", "suit", "rank", "card", "backfill", "source",
];

/// One check-in: a member's day that is checked in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub schema: u32,
    pub group: GroupId,
    pub member: MemberKey,
    pub date: Date,
    /// `hearts`, `spades`, `clubs`, `diamonds`, `joker`; empty with no card.
    pub suit: String,
    /// `A`, `2` … `10`, `J`, `Q`, `K`; empty for a joker, a suit alone or no card.
    pub rank: String,
    /// The deck card's id (`hearts-7`); empty for a suit alone or no card.
    pub card: String,
    pub backfill: bool,
    pub source: Source,
}

/// Every check-in of the group, by date then member.
pub fn rows(group: &GroupId, checkins: &Checkins) -> Vec<Row> {
    let mut rows = Vec::new();
    for (member, log) in checkins.iter() {
        let sources = log.checkin_sources();
        for (date, facts) in log.facts() {
            if !facts.checked_in {
                continue;
            }
            let (suit, rank, card) = match facts.card.as_deref() {
                None => (String::new(), String::new(), String::new()),
                Some(id) => match CardRef::from_id(id) {
                    Some(known) => (
                        known.suit_key().to_string(),
                        known
                            .rank()
                            .map(|r| r.label().to_string())
                            .unwrap_or_default(),
                        known.deck_id().unwrap_or_default(),
                    ),
                    // A card id of no standard form (a hand-edited file).
                    None => (
                        rules::suit_of(id).to_string(),
                        String::new(),
                        id.to_string(),
                    ),
                },
            };
            rows.push(Row {
                schema: FLAT_SCHEMA,
                group: group.clone(),
                member: member.clone(),
                date,
                suit,
                rank,
                card,
                backfill: facts.backfill,
                source: sources.get(&date).copied().unwrap_or(Source::App),
            });
        }
    }
    rows.sort_by(|a, b| (a.date, &a.member).cmp(&(b.date, &b.member)));
    rows
}

/// A cell a spreadsheet will not run: text starting with `=`, `+`, `-`,
/// `@`, a tab or a carriage return gets a leading `'`.
pub fn spreadsheet_safe(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The rows as CSV for people: a UTF-8 byte-order mark, the header, then
/// one line per row.
pub fn write_csv(rows: &[Row], out: &mut dyn Write) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS).map_err(io::Error::other)?;
    for row in rows {
        let cells = [
            row.schema.to_string(),
            spreadsheet_safe(row.group.as_str()),
            spreadsheet_safe(row.member.as_str()),
            row.date.to_string(),
            spreadsheet_safe(&row.suit),
            spreadsheet_safe(&row.rank),
            spreadsheet_safe(&row.card),
            row.backfill.to_string(),
            row.source.key().to_string(),
        ];
        writer.write_record(&cells).map_err(io::Error::other)?;
    }
    writer.flush()
}

/// The rows as JSON Lines: one object per line, the columns as keys.
pub fn write_jsonl(rows: &[Row], out: &mut dyn Write) -> io::Result<()> {
    for row in rows {
        serde_json::to_writer(&mut *out, row)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::Logged;
    use crate::journal::{Event, EventKind};
    use jiff::civil::date;

    fn sample() -> (GroupId, Checkins) {
        let at = "2026-12-05T12:00:00Z".parse().expect("ts");
        let m1 = MemberKey::new("m1").expect("key");
        let m2 = MemberKey::new("m2").expect("key");
        let log = |member: &MemberKey, source, day, kind| Logged {
            member: member.clone(),
            source,
            event: Event::new(day, at, kind),
        };
        let records = vec![
            log(
                &m2,
                Source::Wechat,
                date(2026, 12, 5),
                EventKind::Drawn {
                    card: "clubs".into(),
                },
            ),
            log(
                &m2,
                Source::Wechat,
                date(2026, 12, 5),
                EventKind::CheckedIn { backfill: false },
            ),
            log(
                &m1,
                Source::Paper,
                date(2026, 12, 5),
                EventKind::Drawn {
                    card: "hearts-10".into(),
                },
            ),
            log(
                &m1,
                Source::Paper,
                date(2026, 12, 5),
                EventKind::CheckedIn { backfill: false },
            ),
            log(
                &m1,
                Source::App,
                date(2026, 12, 4),
                EventKind::CheckedIn { backfill: true },
            ),
            log(
                &m1,
                Source::App,
                date(2026, 12, 4),
                EventKind::NoteSet {
                    note: "秘密".into(),
                },
            ),
            log(
                &m1,
                Source::App,
                date(2026, 12, 3),
                EventKind::Drawn {
                    card: "=cmd|x".into(),
                },
            ),
            log(
                &m1,
                Source::App,
                date(2026, 12, 3),
                EventKind::CheckedIn { backfill: false },
            ),
            log(
                &m2,
                Source::App,
                date(2026, 12, 2),
                EventKind::Drawn {
                    card: "spades-k".into(),
                },
            ),
        ];
        (
            GroupId::new("g-1").expect("id"),
            Checkins::from_records(records),
        )
    }

    #[test]
    fn one_row_per_check_in_in_both_formats() {
        let (group, checkins) = sample();
        let rows = rows(&group, &checkins);
        assert_eq!(
            rows.len(),
            4,
            "a drawn card without a check-in is not a row"
        );
        let mut csv = Vec::new();
        write_csv(&rows, &mut csv).expect("csv");
        let text = String::from_utf8(csv).expect("utf8");
        assert_eq!(
            text,
            "\u{feff}schema,group,member,date,suit,rank,card,backfill,source\n\
             1,g-1,m1,2026-12-03,other,,'=cmd|x,false,app\n\
             1,g-1,m1,2026-12-04,,,,true,app\n\
             1,g-1,m1,2026-12-05,hearts,10,hearts-10,false,paper\n\
             1,g-1,m2,2026-12-05,clubs,,,false,wechat\n"
        );
        let mut jsonl = Vec::new();
        write_jsonl(&rows, &mut jsonl).expect("jsonl");
        let text = String::from_utf8(jsonl).expect("utf8");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(
            lines[2],
            r#"{"schema":1,"group":"g-1","member":"m1","date":"2026-12-05","suit":"hearts","rank":"10","card":"hearts-10","backfill":false,"source":"paper"}"#
        );
        assert!(!text.contains("秘密"), "no notes");
    }

    #[test]
    fn the_columns_are_the_rows_fields() {
        let (group, checkins) = sample();
        let row = &rows(&group, &checkins)[0];
        let json: serde_json::Value = serde_json::to_value(row).expect("json");
        let keys: Vec<&str> = json
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut columns = COLUMNS.to_vec();
        columns.sort_unstable();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(keys, columns);
    }
}
