//! The group's check-ins, kept per member: each member's journal events in
//! applying order, and where each came from.
//!
//! A member's events are exactly a resident's journal: the same
//! [`crate::journal::event::normalize`] orders them and drops repeated ids,
//! and the same fold reads them ([`super::fold`]). Members are never mixed:
//! there is no group-wide stream to fold.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use jiff::civil::Date;

use super::file::CheckinFile;
use super::model::{Leave, Logged, MemberKey, Source};
use super::month::Month;
use crate::journal::event::normalize;
use crate::journal::rules::{self, DayFacts};
use crate::journal::{Event, EventKind};

/// One member's events, in applying order, and the source of each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberLog {
    events: Vec<Event>,
    sources: HashMap<String, Source>,
    leave: BTreeMap<Date, Source>,
}

impl MemberLog {
    /// The events in applying order (by day, then time recorded).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Where an event came from.
    pub fn source(&self, event: &Event) -> Option<Source> {
        self.sources.get(&event.id).copied()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.leave.is_empty()
    }

    /// The days off (请假) the member asked for, and where each was said.
    pub fn leave(&self) -> &BTreeMap<Date, Source> {
        &self.leave
    }

    /// Notes a day off; `false` if it was noted already.
    pub fn add_leave(&mut self, day: Date, source: Source) -> bool {
        if self.leave.contains_key(&day) {
            return false;
        }
        self.leave.insert(day, source);
        true
    }

    /// Adds events (an id already present is ignored, as a journal import
    /// does) and keeps the applying order. Returns how many were new.
    pub fn add(&mut self, source: Source, events: impl IntoIterator<Item = Event>) -> usize {
        self.add_sourced(events.into_iter().map(|event| (source, event)))
    }

    /// [`MemberLog::add`] for events of several sources at once.
    pub fn add_sourced(&mut self, events: impl IntoIterator<Item = (Source, Event)>) -> usize {
        let before = self.events.len();
        for (source, event) in events {
            if !self.sources.contains_key(&event.id) {
                self.sources.insert(event.id.clone(), source);
                self.events.push(event);
            }
        }
        normalize(&mut self.events);
        self.events.len() - before
    }

    /// The events of one day, in applying order.
    pub fn day_events(&self, day: Date) -> &[Event] {
        let from = self.events.partition_point(|event| event.day < day);
        let to = self.events.partition_point(|event| event.day <= day);
        &self.events[from..to]
    }

    /// What the events say about one day (without reading the others).
    pub fn facts_on(&self, day: Date) -> DayFacts {
        rules::facts_by_day(self.day_events(day))
            .remove(&day)
            .unwrap_or_default()
    }

    /// What the events say about each day: the resident's own reading.
    pub fn facts(&self) -> BTreeMap<Date, DayFacts> {
        rules::facts_by_day(&self.events)
    }

    /// The source of each day's standing check-in: the check-in that
    /// [`rules::facts_by_day`] keeps (the first since the last undo).
    pub fn checkin_sources(&self) -> BTreeMap<Date, Source> {
        let mut sources = BTreeMap::new();
        for event in &self.events {
            match event.kind {
                EventKind::CheckedIn { .. } => {
                    if let Some(&source) = self.sources.get(&event.id) {
                        sources.entry(event.day).or_insert(source);
                    }
                }
                EventKind::Undone => {
                    sources.remove(&event.day);
                }
                _ => {}
            }
        }
        sources
    }

    /// The events as the group keeps them.
    pub fn logged<'a>(&'a self, member: &'a MemberKey) -> impl Iterator<Item = Logged> + 'a {
        self.events.iter().map(move |event| Logged {
            member: member.clone(),
            source: self.source(event).unwrap_or(Source::App),
            event: event.clone(),
        })
    }
}

/// Every member's log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checkins {
    members: BTreeMap<MemberKey, MemberLog>,
}

static EMPTY: std::sync::LazyLock<MemberLog> = std::sync::LazyLock::new(MemberLog::default);

impl Checkins {
    /// The logs from records as files hold them (any order, any months).
    pub fn from_records(records: impl IntoIterator<Item = Logged>) -> Checkins {
        let mut checkins = Checkins::default();
        checkins.add(records);
        checkins
    }

    /// Adds records; returns how many events were new.
    pub fn add(&mut self, records: impl IntoIterator<Item = Logged>) -> usize {
        let mut by_member: BTreeMap<MemberKey, Vec<(Source, Event)>> = BTreeMap::new();
        for logged in records {
            by_member
                .entry(logged.member)
                .or_default()
                .push((logged.source, logged.event));
        }
        let mut added = 0;
        for (member, events) in by_member {
            added += self.members.entry(member).or_default().add_sourced(events);
        }
        added
    }

    /// How many days, over every member, have a standing check-in.
    pub fn days_checked_in(&self) -> usize {
        self.members
            .values()
            .map(|log| log.checkin_sources().len())
            .sum()
    }

    /// Adds days off; returns how many were new.
    pub fn add_leave(&mut self, leave: impl IntoIterator<Item = Leave>) -> usize {
        leave
            .into_iter()
            .filter(|leave| {
                self.members
                    .entry(leave.member.clone())
                    .or_default()
                    .add_leave(leave.day, leave.source)
            })
            .count()
    }

    /// Everything in some months' check-in files.
    pub fn from_files(files: impl IntoIterator<Item = CheckinFile>) -> Checkins {
        let mut checkins = Checkins::default();
        for file in files {
            checkins.add(file.records);
            checkins.add_leave(file.leave);
        }
        checkins
    }

    /// A month's check-in file: that month's records and days off.
    pub fn file_for(&self, month: Month) -> CheckinFile {
        let leave = self
            .members
            .iter()
            .flat_map(|(member, log)| {
                log.leave.iter().map(move |(&day, &source)| Leave {
                    member: member.clone(),
                    day,
                    source,
                })
            })
            .filter(|leave| month.contains(leave.day))
            .collect();
        CheckinFile {
            version: super::file::CHECKINS_VERSION,
            month,
            records: self.records_in(month),
            leave,
        }
    }

    /// A member's log (empty for a member with no check-ins yet).
    pub fn log(&self, member: &MemberKey) -> &MemberLog {
        self.members.get(member).unwrap_or(&EMPTY)
    }

    /// Members that have events, with their logs.
    pub fn iter(&self) -> impl Iterator<Item = (&MemberKey, &MemberLog)> {
        self.members.iter()
    }

    /// The months that have events or days off.
    pub fn months(&self) -> BTreeSet<Month> {
        self.members
            .values()
            .flat_map(|log| {
                log.events
                    .iter()
                    .map(|event| event.day)
                    .chain(log.leave.keys().copied())
                    .map(Month::of)
            })
            .collect()
    }

    /// Every record of one month, by member then applying order: what that
    /// month's check-in file holds.
    pub fn records_in(&self, month: Month) -> Vec<Logged> {
        self.members
            .iter()
            .flat_map(|(member, log)| log.logged(member))
            .filter(|logged| month.contains(logged.event.day))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn event(day: Date, kind: EventKind) -> Event {
        Event::new(day, "2026-12-05T12:00:00Z".parse().expect("ts"), kind)
    }

    #[test]
    fn adding_the_same_events_twice_changes_nothing() {
        let key = MemberKey::new("m1").expect("key");
        let events = [
            event(date(2026, 12, 5), EventKind::CheckedIn { backfill: false }),
            event(date(2026, 12, 4), EventKind::CheckedIn { backfill: false }),
        ];
        let records: Vec<Logged> = events
            .iter()
            .map(|event| Logged {
                member: key.clone(),
                source: Source::Wechat,
                event: event.clone(),
            })
            .collect();
        let mut checkins = Checkins::from_records(records.clone());
        assert_eq!(checkins.add(records), 0);
        let log = checkins.log(&key);
        assert_eq!(log.events().len(), 2);
        assert_eq!(log.events()[0].day, date(2026, 12, 4), "applying order");
        assert_eq!(checkins.records_in(Month::of(date(2026, 12, 1))).len(), 2);
        assert!(checkins.log(&MemberKey::new("m9").expect("key")).is_empty());
    }

    #[test]
    fn files_round_trip_through_the_logs() {
        let key = MemberKey::new("m2").expect("key");
        let mut checkins = Checkins::default();
        checkins.add([Logged {
            member: key.clone(),
            source: Source::Paper,
            event: event(date(2026, 12, 31), EventKind::CheckedIn { backfill: false }),
        }]);
        let leave = Leave {
            member: key.clone(),
            day: date(2027, 1, 1),
            source: Source::Wechat,
        };
        assert_eq!(checkins.add_leave([leave.clone(), leave.clone()]), 1);
        let months: Vec<Month> = checkins.months().into_iter().collect();
        assert_eq!(months.len(), 2);
        let files: Vec<CheckinFile> = months.iter().map(|&m| checkins.file_for(m)).collect();
        assert_eq!(files[0].records.len(), 1);
        assert_eq!(files[1].leave, [leave]);
        assert_eq!(Checkins::from_files(files), checkins);
    }

    #[test]
    fn a_days_source_is_its_standing_check_in() {
        let mut log = MemberLog::default();
        let day = date(2026, 12, 5);
        log.add(
            Source::Wechat,
            [event(day, EventKind::CheckedIn { backfill: false })],
        );
        assert_eq!(log.checkin_sources().get(&day), Some(&Source::Wechat));
        let later = Event::new(
            day,
            "2026-12-05T13:00:00Z".parse().expect("ts"),
            EventKind::Undone,
        );
        log.add(Source::Paper, [later]);
        assert_eq!(log.checkin_sources().get(&day), None);
        let again = Event::new(
            day,
            "2026-12-05T14:00:00Z".parse().expect("ts"),
            EventKind::CheckedIn { backfill: false },
        );
        log.add(Source::Paper, [again]);
        assert_eq!(log.checkin_sources().get(&day), Some(&Source::Paper));
        assert!(log.facts()[&day].checked_in);
    }
}
