//! Residents' own journals brought into the group: each `journal export`
//! file is matched to a member (by its device, once linked; else by the name
//! it carries; else by the name the leader gives with `--as`), and what it
//! would add is planned. Nothing is guessed: a file whose member is not sure
//! is listed, with the members it might be, and adds nothing.
//!
//! Events keep their ids, so importing the same file again adds nothing; a
//! device is linked to its member the first time, so the next export is
//! found whatever name it carries.

use std::collections::HashSet;

use jiff::civil::Date;
use serde::Serialize;

use super::log::Checkins;
use super::matching::{self, Match, Offer};
use super::model::{DeviceId, Group, Logged, MemberKey, Source};
use super::normal;
use crate::journal::Event;
use crate::journal::rules;
use crate::journal::transfer::Author;

/// One export file, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub author: Option<Author>,
    pub events: Vec<Event>,
}

/// Whose a file is, and how that was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "by")]
pub enum Whose {
    /// Its device was linked to the member by an earlier import.
    Device { member: MemberKey },
    /// The name it carries is the member's.
    Name { member: MemberKey },
    /// The leader named the member (`--as`).
    Named { member: MemberKey },
    /// Not sure: a name that matched no member for sure (with those it
    /// might be), or no name at all (an older export, a CSV).
    Unknown {
        name: Option<String>,
        offers: Vec<Offer>,
    },
}

impl Whose {
    pub fn member(&self) -> Option<&MemberKey> {
        match self {
            Whose::Device { member } | Whose::Name { member } | Whose::Named { member } => {
                Some(member)
            }
            Whose::Unknown { .. } => None,
        }
    }
}

/// What one file does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The file's place in the list given, from 0.
    pub file: usize,
    pub whose: Whose,
    pub events: usize,
    /// Events the member's log does not have yet.
    pub new: usize,
    /// Days the file checks in.
    pub checkins: usize,
    pub first: Option<Date>,
    pub last: Option<Date>,
    /// The file's device, linked to the member by this import.
    pub links: bool,
}

/// What an import writes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub steps: Vec<Step>,
    pub records: Vec<Logged>,
    /// The roster with new devices linked, if any.
    pub group: Option<Group>,
}

/// The member a file's author is, when sure.
fn whose(group: &Group, author: Option<&Author>, named: Option<&MemberKey>) -> Whose {
    let device = author.and_then(|a| DeviceId::new(&a.device));
    if let Some(device) = &device
        && let Some(member) = group.members.iter().find(|m| m.has_device(device))
    {
        return Whose::Device {
            member: member.key.clone(),
        };
    }
    let name = author.and_then(|a| a.name.clone());
    let matched = name
        .as_deref()
        .map(|name| matching::match_name(&normal::clean(name), None, &group.members));
    match (matched, named) {
        (Some(Match::Exact { member } | Match::Folded { member }), _) => Whose::Name { member },
        (_, Some(member)) => Whose::Named {
            member: member.clone(),
        },
        (Some(Match::Offered { offers }), None) => Whose::Unknown { name, offers },
        (None, None) => Whose::Unknown {
            name: None,
            offers: Vec::new(),
        },
    }
}

/// Plans importing `exports` into `group`, whose check-ins are
/// `checkins`. `named` is the member the leader said the files without a
/// sure member are (`--as`).
pub fn plan(
    group: &Group,
    checkins: &Checkins,
    exports: &[Export],
    named: Option<&MemberKey>,
) -> Plan {
    let mut plan = Plan::default();
    let mut roster = group.clone();
    let mut planned: HashSet<(MemberKey, String)> = HashSet::new();
    for (file, export) in exports.iter().enumerate() {
        let whose = whose(&roster, export.author.as_ref(), named);
        let facts = rules::facts_by_day(&export.events);
        let days: Vec<Date> = facts
            .iter()
            .filter(|(_, f)| f.checked_in)
            .map(|(&d, _)| d)
            .collect();
        let mut step = Step {
            file,
            whose: whose.clone(),
            events: export.events.len(),
            new: 0,
            checkins: days.len(),
            first: days.first().copied(),
            last: days.last().copied(),
            links: false,
        };
        if let Some(member) = whose.member() {
            let log = checkins.log(member);
            for event in &export.events {
                let fresh = log.source(event).is_none()
                    && planned.insert((member.clone(), event.id.clone()));
                if fresh {
                    step.new += 1;
                    plan.records.push(Logged {
                        member: member.clone(),
                        source: Source::App,
                        event: event.clone(),
                    });
                }
            }
            let device = export
                .author
                .as_ref()
                .and_then(|a| DeviceId::new(&a.device));
            if let Some(device) = device
                && !roster.members.iter().any(|m| m.has_device(&device))
                && let Some(entry) = roster.member_mut(member)
            {
                entry.devices.push(device);
                step.links = true;
            }
        }
        plan.steps.push(step);
    }
    if roster != *group {
        plan.group = Some(roster);
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::Consent;
    use crate::journal::EventKind;
    use jiff::civil::date;

    fn group() -> Group {
        let mut group = Group::new("g", None, "shequ-xiaoshi", date(2026, 12, 1)).expect("group");
        for name in ["王阿姨", "李叔叔", "Lily"] {
            group
                .add_member(name, None, date(2026, 12, 1), Consent::default())
                .expect("add");
        }
        group
    }

    fn export(name: Option<&str>, device: Option<&str>, days: &[i8]) -> Export {
        let at = "2026-12-10T12:00:00Z".parse().expect("ts");
        let events = days
            .iter()
            .flat_map(|&d| {
                [
                    Event::new(
                        date(2026, 12, d),
                        at,
                        EventKind::Drawn {
                            card: "hearts-2".into(),
                        },
                    ),
                    Event::new(
                        date(2026, 12, d),
                        at,
                        EventKind::CheckedIn { backfill: false },
                    ),
                ]
            })
            .collect();
        Export {
            author: device.map(|device| Author {
                name: name.map(String::from),
                device: device.into(),
            }),
            events,
        }
    }

    fn key(n: u32) -> MemberKey {
        MemberKey::numbered(n)
    }

    #[test]
    fn by_name_then_by_device_and_again_changes_nothing() {
        let group = group();
        let mut checkins = Checkins::default();
        let first = export(Some("王 阿姨"), Some("d-00000000000000aa"), &[1, 2, 3]);
        let plan = plan(&group, &checkins, std::slice::from_ref(&first), None);
        assert_eq!(plan.steps[0].whose, Whose::Name { member: key(1) });
        assert_eq!((plan.steps[0].new, plan.steps[0].checkins), (6, 3));
        assert!(plan.steps[0].links);
        let linked = plan.group.clone().expect("a device linked");
        checkins.add(plan.records.clone());
        // The next export carries another name (a nickname): the device says who.
        let mut again = export(Some("阿姨"), Some("d-00000000000000aa"), &[4]);
        again.events.splice(0..0, first.events.iter().cloned());
        let next = super::plan(&linked, &checkins, &[first, again], None);
        assert_eq!(next.steps[1].whose, Whose::Device { member: key(1) });
        assert_eq!(
            (next.steps[0].new, next.steps[1].new),
            (0, 2),
            "only the 4th is new"
        );
        assert_eq!(next.group, None, "nothing more to link");
    }

    #[test]
    fn an_old_export_is_an_unknown_member_until_named() {
        let group = group();
        let checkins = Checkins::default();
        let old = export(None, None, &[5]);
        let plan = super::plan(&group, &checkins, std::slice::from_ref(&old), None);
        assert_eq!(
            plan.steps[0].whose,
            Whose::Unknown {
                name: None,
                offers: vec![]
            }
        );
        assert!(plan.records.is_empty());
        let named = super::plan(&group, &checkins, &[old], Some(&key(3)));
        assert_eq!(named.steps[0].whose, Whose::Named { member: key(3) });
        assert_eq!(named.records.len(), 2);
        assert_eq!(named.group, None, "no device to link");
    }

    #[test]
    fn a_close_name_is_offered_not_applied() {
        let group = group();
        let plan = super::plan(
            &group,
            &Checkins::default(),
            &[export(Some("李叔"), Some("d-00000000000000bb"), &[5])],
            None,
        );
        match &plan.steps[0].whose {
            Whose::Unknown { name, offers } => {
                assert_eq!(name.as_deref(), Some("李叔"));
                assert_eq!(offers[0].member, key(2));
            }
            other => panic!("{other:?}"),
        }
        assert!(plan.records.is_empty() && plan.group.is_none());
    }
}
