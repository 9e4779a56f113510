//! The daily tea talk (每日茶话会) at a glance: who did what today and this
//! week, the notes members agreed to share, the balance of suits, today's
//! occasion, and a gentle "say hello" list of members who have gone quiet.
//!
//! The "say hello" list is for the leader only: it never goes on a poster,
//! a summary or a roll-up.

use jiff::Span;
use jiff::civil::Date;
use serde::Serialize;

use super::counts::SuitCounts;
use super::log::Checkins;
use super::model::{Group, MemberKey, Source};
use super::normal;
use crate::journal::view::Occasion;

/// Missed days (not counting days off) before a member is on the "say
/// hello" list.
pub const QUIET_DAYS: u32 = 2;

/// A check-in as the tea talk shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Done {
    pub date: Date,
    pub member: MemberKey,
    /// The member's name and room: the leader's own view.
    pub name: String,
    pub card: Option<String>,
    /// Only from members who agreed to share their notes.
    pub note: Option<String>,
    pub backfill: bool,
    pub source: Option<Source>,
}

/// A member who has gone quiet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quiet {
    pub member: MemberKey,
    pub name: String,
    /// Days missed up to yesterday, days off not counted.
    pub days: u32,
    pub last_check_in: Option<Date>,
}

/// A member on a day off (请假) today or yesterday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OnLeave {
    pub member: MemberKey,
    pub name: String,
    pub day: Date,
}

/// This week, Monday to today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Week {
    pub from: Date,
    pub to: Date,
    /// Check-ins each day, Monday first.
    pub days: Vec<(Date, u64)>,
    pub checkins: u64,
    /// Members with a check-in this week.
    pub active: u64,
    pub by_suit: SuitCounts,
    /// Every check-in of the week, newest first.
    pub done: Vec<Done>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeaTalk {
    pub date: Date,
    /// 爱邻日 (the 20th) and the activity season (15th–25th).
    pub occasion: Occasion,
    pub members: u64,
    /// Today's check-ins, in member order.
    pub today: Vec<Done>,
    pub week: Week,
    /// Members who missed [`QUIET_DAYS`] or more, longest first, then in
    /// roster order.
    pub say_hello: Vec<Quiet>,
    pub on_leave: Vec<OnLeave>,
}

/// The Monday of `date`'s week.
pub fn monday(date: Date) -> Date {
    let back = i64::from(date.weekday().to_monday_zero_offset());
    date.checked_sub(Span::new().days(back)).unwrap_or(date)
}

/// The tea talk of `date`.
pub fn tea_talk(group: &Group, checkins: &Checkins, date: Date) -> TeaTalk {
    let from = monday(date);
    let yesterday = date.yesterday().unwrap_or(date);
    let mut week = Week {
        from,
        to: date,
        days: Vec::new(),
        checkins: 0,
        active: 0,
        by_suit: SuitCounts::default(),
        done: Vec::new(),
    };
    let mut day = from;
    while day <= date {
        week.days.push((day, 0));
        match day.tomorrow() {
            Ok(next) => day = next,
            Err(_) => break,
        }
    }
    let mut today = Vec::new();
    let mut say_hello = Vec::new();
    let mut on_leave = Vec::new();
    let mut members = 0;
    for member in group.members.iter().filter(|m| m.joined <= date) {
        members += 1;
        let log = checkins.log(&member.key);
        let facts = log.facts();
        let sources = log.checkin_sources();
        let mut active = false;
        for (&day, facts) in facts.range(from..=date).filter(|(_, f)| f.checked_in) {
            active = true;
            week.checkins += 1;
            week.by_suit.count(facts.card.as_deref());
            if let Some(slot) = week.days.iter_mut().find(|(d, _)| *d == day) {
                slot.1 += 1;
            }
            let done = Done {
                date: day,
                member: member.key.clone(),
                name: member.label(),
                card: facts.card.clone(),
                note: facts
                    .note
                    .as_deref()
                    .filter(|_| member.consent.notes_on_posters)
                    .map(normal::clean),
                backfill: facts.backfill,
                source: sources.get(&day).copied(),
            };
            if day == date {
                today.push(done.clone());
            }
            week.done.push(done);
        }
        week.active += u64::from(active);

        // Quiet: days from the last check-in (or joining) to yesterday,
        // days off not counted.
        let last = facts
            .range(..=date)
            .rev()
            .find(|(_, f)| f.checked_in)
            .map(|(&d, _)| d);
        let checked_today = facts.get(&date).is_some_and(|f| f.checked_in);
        // Days before joining are not missed.
        let quiet_from = match last {
            Some(last) => last.tomorrow().unwrap_or(last).max(member.joined),
            None => member.joined,
        };
        if !checked_today && quiet_from <= yesterday {
            let span = quiet_from
                .until(yesterday)
                .map(|span| span.get_days())
                .unwrap_or(0);
            let days_off = log.leave().range(quiet_from..=yesterday).count();
            let days = u32::try_from(span + 1)
                .unwrap_or(0)
                .saturating_sub(u32::try_from(days_off).unwrap_or(u32::MAX));
            if days >= QUIET_DAYS {
                say_hello.push(Quiet {
                    member: member.key.clone(),
                    name: member.label(),
                    days,
                    last_check_in: last,
                });
            }
        }
        for (&day, _) in log.leave().range(yesterday..=date) {
            on_leave.push(OnLeave {
                member: member.key.clone(),
                name: member.label(),
                day,
            });
        }
    }
    week.done.sort_by_key(|done| std::cmp::Reverse(done.date));
    // Longest quiet first; the roster's order among equals (stable sort).
    say_hello.sort_by_key(|quiet| std::cmp::Reverse(quiet.days));
    TeaTalk {
        date,
        occasion: Occasion::of(date),
        members,
        today,
        week,
        say_hello,
        on_leave,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::{Consent, Leave, Logged};
    use crate::journal::{Event, EventKind};
    use jiff::civil::date;

    fn checkin(member: &MemberKey, day: Date, note: Option<&str>) -> Vec<Logged> {
        let at = "2026-12-01T12:00:00Z".parse().expect("ts");
        let mut kinds = vec![
            EventKind::Drawn {
                card: "hearts-3".into(),
            },
            EventKind::CheckedIn { backfill: false },
        ];
        if let Some(note) = note {
            kinds.push(EventKind::NoteSet { note: note.into() });
        }
        kinds
            .into_iter()
            .map(|kind| Logged {
                member: member.clone(),
                source: Source::Wechat,
                event: Event::new(day, at, kind),
            })
            .collect()
    }

    #[test]
    fn the_tea_talk_of_love_your_neighbour_day() {
        let mut group =
            Group::new("幸福里", None, "shequ-xiaoshi", date(2026, 12, 1)).expect("group");
        let share = Consent {
            name_on_posters: false,
            notes_on_posters: true,
        };
        let m1 = group
            .add_member("王阿姨", Some("502"), date(2026, 12, 1), share)
            .expect("add");
        let m2 = group
            .add_member("李叔叔", None, date(2026, 12, 1), Consent::default())
            .expect("add");
        let m3 = group
            .add_member("张奶奶", None, date(2026, 12, 1), Consent::default())
            .expect("add");
        let m4 = group
            .add_member("小明", None, date(2026, 12, 19), Consent::default())
            .expect("add");
        let mut records = Vec::new();
        // 2026-12-20 is a Sunday: the week is the 14th to the 20th.
        records.extend(checkin(&m1, date(2026, 12, 20), Some("给邻居送了饺子")));
        records.extend(checkin(&m1, date(2026, 12, 14), None));
        records.extend(checkin(&m2, date(2026, 12, 19), Some("私事")));
        records.extend(checkin(&m3, date(2026, 12, 15), None));
        let mut checkins = Checkins::from_records(records);
        checkins.add_leave([Leave {
            member: m3.clone(),
            day: date(2026, 12, 18),
            source: Source::Wechat,
        }]);
        let talk = tea_talk(&group, &checkins, date(2026, 12, 20));
        assert!(talk.occasion.love_neighbour_day && talk.occasion.activity_season);
        assert_eq!(talk.week.from, date(2026, 12, 14));
        assert_eq!(talk.week.days.len(), 7);
        assert_eq!(talk.week.checkins, 4);
        assert_eq!(talk.week.active, 3);
        assert_eq!(talk.week.by_suit.hearts, 4);
        assert_eq!(talk.today.len(), 1);
        assert_eq!(talk.today[0].name, "王阿姨（502）");
        assert_eq!(talk.today[0].note.as_deref(), Some("给邻居送了饺子"));
        assert_eq!(talk.week.done[1].member, m2);
        assert_eq!(
            talk.week.done[1].note, None,
            "李叔叔 did not agree to share"
        );
        // m3: last on the 15th; the 16th, 17th and 19th missed, the 18th a day off.
        // m4 joined yesterday: one day, not yet quiet.
        let quiet: Vec<(MemberKey, u32)> = talk
            .say_hello
            .iter()
            .map(|q| (q.member.clone(), q.days))
            .collect();
        assert_eq!(quiet, [(m3.clone(), 3)]);
        assert!(
            talk.on_leave.is_empty(),
            "the 18th is not today or yesterday"
        );
        assert_eq!(talk.members, 4);
        let _ = m4;
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(monday(date(2026, 12, 20)), date(2026, 12, 14));
        assert_eq!(monday(date(2026, 12, 14)), date(2026, 12, 14));
    }
}
