//! What recording a check-in writes: pure functions from a member's log to
//! new events, shared by every way in (a 接龙 paste, the paper grid, an
//! import). Recording the same thing twice writes nothing the second time,
//! so a list pasted again changes nothing.
//!
//! A check-in with a card is written as the resident's events are: the day's
//! card (`Drawn`, or `Redrawn` when a different card replaces it), then
//! `CheckedIn`, then the note. When the resident's rules learn to credit a
//! card other than the one drawn (issue 13), this is the one place to change.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;

use super::card::CardRef;
use super::log::{Checkins, MemberLog};
use super::model::{Leave, Logged, MemberKey, Source};
use super::paste::{EntryKind, Paste};
use crate::journal::event::normalize;
use crate::journal::rules::{self, BACKFILLS_PER_ROUND, DayFacts};
use crate::journal::{Event, EventKind, Today};

/// One check-in to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckIn {
    /// The day it counts for.
    pub day: Date,
    pub card: Option<CardRef>,
    pub note: Option<String>,
    /// A backfill (补卡): `day` is the day before the one it was said on,
    /// and the round's backfills are limited as a resident's are.
    pub backfill: bool,
}

/// Why a check-in or a day off is not recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "refused")]
pub enum Refusal {
    /// The day is after today.
    InFuture { day: Date },
    /// The round's backfills (补卡) are used up.
    NoBackfillsLeft,
    /// A day off for a day that is checked in.
    LeaveOnCheckedInDay { day: Date },
    /// The name matched no member for sure (the leader has not chosen).
    NoMember,
    /// The list has no date, and none was given.
    NoDate,
}

/// What recording reads of a member's journal: one day's facts, the
/// backfills of the round, the days off. A member's log answers it; so does
/// a log with a paste's planned events on top ([`Pending`]), without
/// copying the log.
trait Journal {
    fn facts_on(&self, day: Date) -> DayFacts;
    /// Every event, in applying order (only read for a backfill).
    fn all_events(&self) -> Cow<'_, [Event]>;
    fn on_leave(&self, day: Date) -> bool;
}

impl Journal for MemberLog {
    fn facts_on(&self, day: Date) -> DayFacts {
        MemberLog::facts_on(self, day)
    }

    fn all_events(&self) -> Cow<'_, [Event]> {
        Cow::Borrowed(self.events())
    }

    fn on_leave(&self, day: Date) -> bool {
        self.leave().contains_key(&day)
    }
}

/// A member's log with events planned but not yet saved.
struct Pending<'a> {
    base: &'a MemberLog,
    added: MemberLog,
}

impl Pending<'_> {
    fn merged(&self, base: &[Event], added: &[Event]) -> Vec<Event> {
        let mut events: Vec<Event> = base.iter().chain(added).cloned().collect();
        normalize(&mut events);
        events
    }
}

impl Journal for Pending<'_> {
    fn facts_on(&self, day: Date) -> DayFacts {
        if self.added.day_events(day).is_empty() {
            return self.base.facts_on(day);
        }
        let events = self.merged(self.base.day_events(day), self.added.day_events(day));
        rules::facts_by_day(&events)
            .remove(&day)
            .unwrap_or_default()
    }

    fn all_events(&self) -> Cow<'_, [Event]> {
        Cow::Owned(self.merged(self.base.events(), self.added.events()))
    }

    fn on_leave(&self, day: Date) -> bool {
        self.base.leave().contains_key(&day) || self.added.leave().contains_key(&day)
    }
}

/// The events that record `check_in` for a member whose log is `log`, on
/// `today`. Nothing when it is recorded already.
pub fn check_in(
    log: &MemberLog,
    check_in: &CheckIn,
    today: Date,
    now: Timestamp,
) -> Result<Vec<Event>, Refusal> {
    check_in_on(log, check_in, today, now)
}

fn check_in_on(
    log: &impl Journal,
    check_in: &CheckIn,
    today: Date,
    now: Timestamp,
) -> Result<Vec<Event>, Refusal> {
    let day = check_in.day;
    if day > today {
        return Err(Refusal::InFuture { day });
    }
    let facts = log.facts_on(day);
    let mut events = Vec::new();
    let event = |kind| Event::new(day, now, kind);
    if let Some(card) = check_in.card {
        let id = card.id();
        match facts.card.as_deref() {
            None => events.push(event(EventKind::Drawn { card: id })),
            Some(current) if current != id => events.push(event(EventKind::Redrawn { card: id })),
            Some(_) => {}
        }
    }
    if !facts.checked_in {
        if check_in.backfill {
            // The resident's limit, counted as `done --yesterday` counts it:
            // the round as of the day after the backfilled day.
            let said_on = day.tomorrow().unwrap_or(day);
            let round = Today::from_events(&log.all_events(), said_on)
                .progress
                .round;
            if round.backfills >= BACKFILLS_PER_ROUND {
                return Err(Refusal::NoBackfillsLeft);
            }
        }
        events.push(event(EventKind::CheckedIn {
            backfill: check_in.backfill,
        }));
    }
    if let Some(note) = &check_in.note
        && facts.note.as_deref() != Some(note.as_str())
    {
        events.push(event(EventKind::NoteSet { note: note.clone() }));
    }
    Ok(events)
}

/// The event that takes back a day's check-in (a mark removed on the paper
/// grid); `None` if the day is not checked in.
pub fn undo(log: &MemberLog, day: Date, now: Timestamp) -> Option<Event> {
    log.facts_on(day)
        .checked_in
        .then(|| Event::new(day, now, EventKind::Undone))
}

/// A day off to note; `Ok(None)` if it is noted already.
pub fn leave(
    log: &MemberLog,
    member: &MemberKey,
    day: Date,
    today: Date,
    source: Source,
) -> Result<Option<Leave>, Refusal> {
    leave_on(log, member, day, today, source)
}

fn leave_on(
    log: &impl Journal,
    member: &MemberKey,
    day: Date,
    today: Date,
    source: Source,
) -> Result<Option<Leave>, Refusal> {
    if day > today {
        return Err(Refusal::InFuture { day });
    }
    if log.facts_on(day).checked_in {
        return Err(Refusal::LeaveOnCheckedInDay { day });
    }
    Ok((!log.on_leave(day)).then(|| Leave {
        member: member.clone(),
        day,
        source,
    }))
}

/// What happens to one entry of a paste.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The entry's line in the paste.
    pub line: usize,
    pub member: Option<MemberKey>,
    /// The day written to (the day before the list's for a backfill).
    pub day: Option<Date>,
    pub result: StepResult,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "result")]
pub enum StepResult {
    /// Events to write (a check-in, a card, a note).
    Recorded {
        events: usize,
        kind: EntryKind,
    },
    /// A day off to note.
    LeaveNoted,
    /// Already recorded: nothing to write.
    Unchanged,
    Refused(Refusal),
}

/// A paste's preview: what each entry does, and what would be written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub steps: Vec<Step>,
    #[serde(skip)]
    pub records: Vec<Logged>,
    #[serde(skip)]
    pub leave: Vec<Leave>,
}

impl Plan {
    /// Whether the plan writes nothing.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.leave.is_empty()
    }
}

/// Between notes joined into one.
const NOTE_JOIN: &str = "；";

/// The day an entry writes to: the list's day, or the day before for 补卡.
fn entry_day(list_day: Option<Date>, kind: EntryKind) -> Option<Date> {
    match kind {
        EntryKind::Backfill => list_day.and_then(|day| day.yesterday().ok()),
        _ => list_day,
    }
}

/// The note to set when `new` is said of a day that has `existing`: `None`
/// when it is there already; otherwise both, so no note is lost.
fn merged_note(existing: Option<&str>, new: &str) -> Option<String> {
    match existing {
        Some(existing) if existing.contains(new) => None,
        Some(existing) => Some(format!("{existing}{NOTE_JOIN}{new}")),
        None => Some(new.to_string()),
    }
}

/// Plans a paste: for each entry, the member chosen for its line
/// (`chosen`: sure matches, and offers the leader accepted), the list's
/// date (or `date` when the list has none), and what it writes. Entries of
/// the same member and day are recorded once, their notes joined in list
/// order (and after a note the day had already). Nothing is written here: the caller shows the plan, then saves
/// `records` and `leave`.
pub fn plan_paste(
    paste: &Paste,
    chosen: &BTreeMap<usize, MemberKey>,
    checkins: &Checkins,
    date: Option<Date>,
    today: Date,
    now: Timestamp,
) -> Plan {
    let source = Source::Wechat;
    let mut plan = Plan::default();
    let mut working: HashMap<MemberKey, Pending> = HashMap::new();
    // Each member's notes of a day, joined in list order, before anything
    // is planned: every entry of that member and day then asks for the same
    // note, so pasting the list again finds it already there.
    let mut notes: HashMap<(MemberKey, Date), Vec<String>> = HashMap::new();
    for (section, entry) in paste.entries() {
        if let (Some(member), Some(day), Some(note)) = (
            chosen.get(&entry.line),
            entry_day(section.date.or(date), entry.kind),
            &entry.note,
        ) {
            let said = notes.entry((member.clone(), day)).or_default();
            if !said.contains(note) {
                said.push(note.clone());
            }
        }
    }
    for (section, entry) in paste.entries() {
        let member = chosen.get(&entry.line).cloned();
        let day = entry_day(section.date.or(date), entry.kind);
        let mut step = Step {
            line: entry.line,
            member: member.clone(),
            day,
            result: StepResult::Unchanged,
        };
        let (Some(member), Some(day)) = (member, day) else {
            step.result = StepResult::Refused(if step.member.is_none() {
                Refusal::NoMember
            } else {
                Refusal::NoDate
            });
            plan.steps.push(step);
            continue;
        };
        let log = working.entry(member.clone()).or_insert_with(|| Pending {
            base: checkins.log(&member),
            added: MemberLog::default(),
        });
        step.result = match entry.kind {
            EntryKind::Leave => match leave_on(log, &member, day, today, source) {
                Ok(Some(noted)) => {
                    log.added.add_leave(noted.day, source);
                    plan.leave.push(noted);
                    StepResult::LeaveNoted
                }
                Ok(None) => StepResult::Unchanged,
                Err(refusal) => StepResult::Refused(refusal),
            },
            kind => {
                let existing = Journal::facts_on(log, day).note;
                let note = notes
                    .get(&(member.clone(), day))
                    .and_then(|said| merged_note(existing.as_deref(), &said.join(NOTE_JOIN)));
                let request = CheckIn {
                    day,
                    card: entry.card,
                    note,
                    backfill: kind == EntryKind::Backfill,
                };
                match check_in_on(log, &request, today, now) {
                    Ok(events) if events.is_empty() => StepResult::Unchanged,
                    Ok(events) => {
                        let count = events.len();
                        log.added.add(source, events.iter().cloned());
                        plan.records.extend(events.into_iter().map(|event| Logged {
                            member: member.clone(),
                            source,
                            event,
                        }));
                        StepResult::Recorded {
                            events: count,
                            kind,
                        }
                    }
                    Err(refusal) => StepResult::Refused(refusal),
                }
            }
        };
        plan.steps.push(step);
    }
    plan
}

/// What the paper grid says of a member's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Ticked, with the card circled if there is one.
    Done(Option<CardRef>),
    /// Not ticked: a check-in recorded before is taken back.
    Clear,
}

/// A mark the grid could not record, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub member: MemberKey,
    pub day: Date,
    pub refusal: Refusal,
}

/// What the paper grid's marks write (each with the source `paper`), and
/// the marks refused. A mark already recorded writes nothing, so saving the
/// same sheet twice changes nothing.
pub fn plan_marks(
    checkins: &Checkins,
    marks: &[(MemberKey, Date, Mark)],
    today: Date,
    now: Timestamp,
) -> (Vec<Logged>, Vec<Refused>) {
    let source = Source::Paper;
    let mut records = Vec::new();
    let mut refused = Vec::new();
    let mut working: HashMap<MemberKey, Pending> = HashMap::new();
    for (member, day, mark) in marks {
        let log = working.entry(member.clone()).or_insert_with(|| Pending {
            base: checkins.log(member),
            added: MemberLog::default(),
        });
        let events = match mark {
            Mark::Done(card) => {
                let request = CheckIn {
                    day: *day,
                    card: *card,
                    note: None,
                    backfill: false,
                };
                match check_in_on(log, &request, today, now) {
                    Ok(events) => events,
                    Err(refusal) => {
                        refused.push(Refused {
                            member: member.clone(),
                            day: *day,
                            refusal,
                        });
                        continue;
                    }
                }
            }
            Mark::Clear => Journal::facts_on(log, *day)
                .checked_in
                .then(|| Event::new(*day, now, EventKind::Undone))
                .into_iter()
                .collect(),
        };
        log.added.add(source, events.iter().cloned());
        records.extend(events.into_iter().map(|event| Logged {
            member: member.clone(),
            source,
            event,
        }));
    }
    (records, refused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::paste::{self, Context};
    use jiff::civil::date;

    fn now() -> Timestamp {
        "2026-12-06T12:00:00Z".parse().expect("ts")
    }

    fn key(n: u32) -> MemberKey {
        MemberKey::numbered(n)
    }

    fn parse(text: &str) -> Paste {
        let context = Context {
            today: date(2026, 12, 6),
            start: Some(date(2026, 12, 1)),
            names: &[],
        };
        paste::parse(text, &context)
    }

    #[test]
    fn a_check_in_is_written_once() {
        let mut log = MemberLog::default();
        let request = CheckIn {
            day: date(2026, 12, 5),
            card: CardRef::from_id("clubs-7"),
            note: Some("帮3楼拿了快递".into()),
            backfill: false,
        };
        let events = check_in(&log, &request, date(2026, 12, 6), now()).expect("ok");
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.name()).collect();
        assert_eq!(kinds, ["drawn", "checked_in", "note_set"]);
        log.add(Source::Wechat, events);
        assert_eq!(
            check_in(&log, &request, date(2026, 12, 6), now()),
            Ok(vec![])
        );
        let changed = CheckIn {
            card: CardRef::from_id("clubs-8"),
            ..request.clone()
        };
        let events = check_in(&log, &changed, date(2026, 12, 6), now()).expect("ok");
        assert_eq!(events.len(), 1);
        assert_eq!(
            events[0].kind,
            EventKind::Redrawn {
                card: "clubs-8".into()
            }
        );
        let future = CheckIn {
            day: date(2026, 12, 7),
            ..request
        };
        assert_eq!(
            check_in(&log, &future, date(2026, 12, 6), now()),
            Err(Refusal::InFuture {
                day: date(2026, 12, 7)
            })
        );
    }

    #[test]
    fn backfills_are_limited_as_a_residents_are() {
        let mut log = MemberLog::default();
        let today = date(2026, 12, 20);
        for day in [2, 4] {
            let request = CheckIn {
                day: date(2026, 12, day),
                card: None,
                note: None,
                backfill: true,
            };
            let events = check_in(&log, &request, today, now()).expect("backfill left");
            log.add(Source::Wechat, events);
        }
        let third = CheckIn {
            day: date(2026, 12, 6),
            card: None,
            note: None,
            backfill: true,
        };
        assert_eq!(
            check_in(&log, &third, today, now()),
            Err(Refusal::NoBackfillsLeft)
        );
    }

    #[test]
    fn a_paste_plans_once_and_again_changes_nothing() {
        let text = "#接龙 12月5日\n1. 王阿姨 浇花\n2. 李叔叔 请假\n3. 王阿姨 还帮3楼拿了快递\n4. 小明 补卡\n5. 路人甲";
        let paste = parse(text);
        let chosen: BTreeMap<usize, MemberKey> =
            [(2, key(1)), (3, key(2)), (4, key(1)), (5, key(3))].into();
        let mut checkins = Checkins::default();
        let plan = plan_paste(&paste, &chosen, &checkins, None, date(2026, 12, 6), now());
        let results: Vec<(usize, &StepResult)> =
            plan.steps.iter().map(|s| (s.line, &s.result)).collect();
        assert_eq!(
            results,
            [
                (
                    2,
                    &StepResult::Recorded {
                        events: 2,
                        kind: EntryKind::CheckedIn
                    }
                ),
                (3, &StepResult::LeaveNoted),
                (4, &StepResult::Unchanged),
                (
                    5,
                    &StepResult::Recorded {
                        events: 1,
                        kind: EntryKind::Backfill
                    }
                ),
                (6, &StepResult::Refused(Refusal::NoMember)),
            ]
        );
        assert_eq!(plan.steps[3].day, Some(date(2026, 12, 4)));
        checkins.add(plan.records.clone());
        checkins.add_leave(plan.leave.clone());
        let facts = checkins.log(&key(1)).facts();
        assert_eq!(
            facts[&date(2026, 12, 5)].note.as_deref(),
            Some("浇花；还帮3楼拿了快递"),
            "both notes kept, in list order"
        );
        let again = plan_paste(&paste, &chosen, &checkins, None, date(2026, 12, 6), now());
        assert!(again.is_empty(), "{again:?}");
    }

    #[test]
    fn grid_marks_tick_circle_and_take_back() {
        let today = date(2026, 12, 6);
        let mut checkins = Checkins::default();
        let hearts = CardRef::from_id("hearts-7");
        let marks = vec![
            (key(1), date(2026, 12, 4), Mark::Done(None)),
            (key(1), date(2026, 12, 5), Mark::Done(hearts)),
            (key(2), date(2026, 12, 7), Mark::Done(None)),
        ];
        let (records, refused) = plan_marks(&checkins, &marks, today, now());
        assert_eq!(records.len(), 3, "a tick, and a card with its tick");
        assert!(records.iter().all(|r| r.source == Source::Paper));
        assert_eq!(refused.len(), 1, "the 7th has not come");
        checkins.add(records);
        let (again, _) = plan_marks(&checkins, &marks[..2], today, now());
        assert!(again.is_empty(), "the same sheet again writes nothing");
        let (undo, _) = plan_marks(
            &checkins,
            &[
                (key(1), date(2026, 12, 4), Mark::Clear),
                (key(1), date(2026, 12, 3), Mark::Clear),
            ],
            today,
            now(),
        );
        assert_eq!(undo.len(), 1, "only a day checked in is taken back");
        checkins.add(undo);
        assert!(!checkins.log(&key(1)).facts()[&date(2026, 12, 4)].checked_in);
    }

    #[test]
    fn a_note_already_there_is_kept() {
        assert_eq!(merged_note(None, "浇花"), Some("浇花".into()));
        assert_eq!(merged_note(Some("浇花；拿快递"), "浇花"), None);
        assert_eq!(
            merged_note(Some("自己写的"), "浇花"),
            Some("自己写的；浇花".into())
        );
    }

    #[test]
    fn a_list_without_a_date_waits_for_one() {
        let paste = parse("#接龙\n1. 王阿姨");
        let chosen: BTreeMap<usize, MemberKey> = [(2, key(1))].into();
        let checkins = Checkins::default();
        let plan = plan_paste(&paste, &chosen, &checkins, None, date(2026, 12, 6), now());
        assert_eq!(plan.steps[0].result, StepResult::Refused(Refusal::NoDate));
        let plan = plan_paste(
            &paste,
            &chosen,
            &checkins,
            Some(date(2026, 12, 6)),
            date(2026, 12, 6),
            now(),
        );
        assert!(matches!(plan.steps[0].result, StepResult::Recorded { .. }));
    }
}
