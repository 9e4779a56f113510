//! The group as plain data: who is in it, what they agreed to, and where
//! each check-in came from.
//!
//! A group file is for people to read (RON, like a deck): the roster and its
//! consents. Check-ins are the members' journal events ([`Logged`]), kept
//! apart from the roster (see [`super::file`]) so a year of them never has
//! to be read to change a name.

use std::fmt;

use jiff::civil::Date;
use serde::{Deserialize, Deserializer, Serialize};

use super::normal;
use crate::journal::Event;

/// The newest group file version this build reads and writes.
pub const GROUP_VERSION: u32 = 1;

/// Most members a group may have (a 21-day cohort is 10–100 people).
pub const MEMBERS_MAX: usize = 500;

/// Longest name, room, group or street text, in characters.
pub const TEXT_MAX: usize = 40;

/// A group's identity: random, made once, never a name. Summaries and
/// roll-ups know a group only by it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct GroupId(String);

/// A member's identity inside the group: `m1`, `m2`, … in the order they
/// were added, never reused. Check-ins and exports use it, not the name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct MemberKey(String);

/// Keys are short, lower-case ASCII letters, digits and `-`: safe in a file
/// name, a CSV cell and a terminal.
fn valid_key(text: &str, max: usize) -> bool {
    !text.is_empty()
        && text.len() <= max
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
}

macro_rules! key_type {
    ($type:ident, $max:expr, $what:literal) => {
        impl $type {
            pub fn new(text: &str) -> Option<$type> {
                valid_key(text, $max).then(|| $type(text.to_string()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $type {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                let text = String::deserialize(deserializer)?;
                $type::new(&text).ok_or_else(|| {
                    serde::de::Error::custom(format!(
                        concat!(
                            "`{}` is not a ",
                            $what,
                            " (lower-case letters, digits and `-`, at most {} long)"
                        ),
                        text, $max
                    ))
                })
            }
        }
    };
}

key_type!(GroupId, 40, "group id");
key_type!(DeviceId, 40, "device id");
key_type!(MemberKey, 32, "member key");

impl GroupId {
    /// A fresh random id: `g-` and 16 hex digits.
    pub fn generate() -> GroupId {
        GroupId(format!("g-{:016x}", rand::random::<u64>()))
    }
}

impl MemberKey {
    /// The key of the `n`th member added.
    pub fn numbered(n: u32) -> MemberKey {
        MemberKey(format!("m{n}"))
    }

    /// `n` for a key `m<n>`.
    fn number(&self) -> Option<u32> {
        self.0.strip_prefix('m')?.parse().ok()
    }
}

/// Where a check-in came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The member's own xiaoshi (`journal export`).
    App,
    /// A paper tracker or group sheet, typed in by the leader.
    Paper,
    /// A WeChat 接龙 list, pasted by the leader.
    Wechat,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::App, Source::Paper, Source::Wechat];

    /// The key used in files and exports: `app`, `paper`, `wechat`.
    pub fn key(self) -> &'static str {
        match self {
            Source::App => "app",
            Source::Paper => "paper",
            Source::Wechat => "wechat",
        }
    }
}

/// What a member agreed may appear on a poster. Both off unless they say
/// yes: privacy by default. A summary or roll-up never carries either.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub name_on_posters: bool,
    pub notes_on_posters: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub key: MemberKey,
    /// The name the group knows them by: `王阿姨`, `小明`.
    pub name: String,
    /// Building and room, as the group writes it: `3号楼502`, `5-302`.
    #[serde(default)]
    pub room: Option<String>,
    pub joined: Date,
    #[serde(default)]
    pub consent: Consent,
    /// The devices whose `journal export` files are this member's: a
    /// member's own xiaoshi, linked when its export is first imported, so
    /// the next import finds them whatever name it carries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<DeviceId>,
}

/// A resident's xiaoshi installation, as its `journal export` names it:
/// `d-` and 16 hex digits, random, made once.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct DeviceId(String);

impl DeviceId {
    /// A fresh random id.
    pub fn generate() -> DeviceId {
        DeviceId(format!("d-{:016x}", rand::random::<u64>()))
    }
}

impl Member {
    /// Whether exports from `device` are this member's.
    pub fn has_device(&self, device: &DeviceId) -> bool {
        self.devices.contains(device)
    }

    /// The name with the room, to tell two 王阿姨 apart: `王阿姨（502）`.
    pub fn label(&self) -> String {
        match &self.room {
            Some(room) => format!("{}（{room}）", self.name),
            None => self.name.clone(),
        }
    }
}

/// The group file: the group and its roster.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Group", deny_unknown_fields)]
pub struct Group {
    pub version: u32,
    pub id: GroupId,
    /// The group's own name: `幸福里3号楼`, `十二月21天打卡`.
    pub name: String,
    /// The street (街道) the group belongs to, for the street's roll-up.
    #[serde(default)]
    pub street: Option<String>,
    /// The deck the group plays with: `shequ-xiaoshi`, or a deck file's name.
    pub deck: String,
    /// The group's first day: day 1 of its first 21-day round (第1天).
    pub start: Date,
    /// The number of the next member added (`m<n>`); keys are never reused.
    pub next_member: u32,
    #[serde(default)]
    pub members: Vec<Member>,
    /// Workshop sessions held with the group (their ids, `2026-11-24-001A`):
    /// the monthly review counts their pledges.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub workshops: Vec<String>,
}

/// Why a group or member could not be set up as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberError {
    EmptyName,
    TooLong {
        what: Field,
        text: String,
    },
    /// Someone of that name (and room) is already in the group.
    Duplicate {
        name: String,
        existing: MemberKey,
    },
    Full,
}

/// A piece of text a group keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Room,
    Street,
    Deck,
}

/// Text as a group keeps it: cleaned, not empty, not too long.
fn checked_text(text: &str, what: Field) -> Result<String, MemberError> {
    let text = normal::clean(text);
    if text.chars().count() > TEXT_MAX {
        return Err(MemberError::TooLong { what, text });
    }
    Ok(text)
}

impl Group {
    /// A new, empty group.
    pub fn new(
        name: &str,
        street: Option<&str>,
        deck: &str,
        start: Date,
    ) -> Result<Group, MemberError> {
        let name = checked_text(name, Field::Name)?;
        if name.is_empty() {
            return Err(MemberError::EmptyName);
        }
        let street = match street {
            Some(street) => Some(checked_text(street, Field::Street)?).filter(|s| !s.is_empty()),
            None => None,
        };
        Ok(Group {
            version: GROUP_VERSION,
            id: GroupId::generate(),
            name,
            street,
            deck: checked_text(deck, Field::Deck)?,
            start,
            next_member: 1,
            members: Vec::new(),
            workshops: Vec::new(),
        })
    }

    pub fn member(&self, key: &MemberKey) -> Option<&Member> {
        self.members.iter().find(|m| &m.key == key)
    }

    pub fn member_mut(&mut self, key: &MemberKey) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| &m.key == key)
    }

    /// Adds a member and returns their new key. Two members may share a
    /// name only if their rooms tell them apart.
    pub fn add_member(
        &mut self,
        name: &str,
        room: Option<&str>,
        joined: Date,
        consent: Consent,
    ) -> Result<MemberKey, MemberError> {
        if self.members.len() >= MEMBERS_MAX {
            return Err(MemberError::Full);
        }
        let name = checked_text(name, Field::Name)?;
        if name.is_empty() {
            return Err(MemberError::EmptyName);
        }
        let room = match room {
            Some(room) => Some(checked_text(room, Field::Room)?).filter(|r| !r.is_empty()),
            None => None,
        };
        let same = |member: &&Member| {
            normal::fold_name(&member.name) == normal::fold_name(&name)
                && (member.room.is_none()
                    || room.is_none()
                    || member.room.as_deref().map(normal::fold_name)
                        == room.as_deref().map(normal::fold_name))
        };
        if let Some(existing) = self.members.iter().find(same) {
            return Err(MemberError::Duplicate {
                name,
                existing: existing.key.clone(),
            });
        }
        let key = MemberKey::numbered(self.next_member);
        self.next_member += 1;
        self.members.push(Member {
            key: key.clone(),
            name,
            room,
            joined,
            consent,
            devices: Vec::new(),
        });
        Ok(key)
    }

    /// The problems that make a group file unusable, in file order: bad or
    /// repeated keys, empty names, a `next_member` that would reuse a key.
    pub fn problems(&self) -> Vec<GroupProblem> {
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        if self.name.trim().is_empty() {
            problems.push(GroupProblem::NoName);
        }
        if self.members.len() > MEMBERS_MAX {
            problems.push(GroupProblem::TooManyMembers {
                count: self.members.len(),
            });
        }
        for member in &self.members {
            if !seen.insert(&member.key) {
                problems.push(GroupProblem::KeyTwice {
                    key: member.key.clone(),
                });
            }
            if member.name.trim().is_empty() {
                problems.push(GroupProblem::MemberNoName {
                    key: member.key.clone(),
                });
            }
            if member.key.number().is_some_and(|n| n >= self.next_member) {
                problems.push(GroupProblem::KeyNotBelowNext {
                    key: member.key.clone(),
                    next: self.next_member,
                });
            }
        }
        problems
    }
}

/// What makes a group file that parses unusable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupProblem {
    NoName,
    TooManyMembers {
        count: usize,
    },
    KeyTwice {
        key: MemberKey,
    },
    MemberNoName {
        key: MemberKey,
    },
    /// The key's number is not below `next_member`: a new member would reuse it.
    KeyNotBelowNext {
        key: MemberKey,
        next: u32,
    },
}

/// One journal event of one member, with where it came from. The member's
/// events, and only theirs, are folded by the resident's rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Logged {
    pub member: MemberKey,
    pub source: Source,
    pub event: Event,
}

/// A day off a member asked for (请假). It is not a journal event: the
/// resident's rules treat the day as any missed day (a banked freeze is
/// spent). It keeps the member off the tea talk's "say hello" list.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leave {
    pub member: MemberKey,
    pub day: Date,
    pub source: Source,
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn group() -> Group {
        Group::new(
            "幸福里3号楼",
            Some("南京西路街道"),
            "shequ-xiaoshi",
            date(2026, 12, 1),
        )
        .expect("group")
    }

    #[test]
    fn members_get_keys_in_order_and_keys_are_never_reused() {
        let mut group = group();
        let day = date(2026, 12, 1);
        let a = group
            .add_member("王阿姨", Some("502"), day, Consent::default())
            .expect("add");
        let b = group
            .add_member("李叔叔", None, day, Consent::default())
            .expect("add");
        assert_eq!((a.as_str(), b.as_str()), ("m1", "m2"));
        group.members.retain(|m| m.key != b);
        let c = group
            .add_member("张奶奶", None, day, Consent::default())
            .expect("add");
        assert_eq!(c.as_str(), "m3");
        assert!(group.problems().is_empty(), "{:?}", group.problems());
    }

    #[test]
    fn a_second_wang_needs_a_different_room() {
        let mut group = group();
        let day = date(2026, 12, 1);
        group
            .add_member("王阿姨", Some("502"), day, Consent::default())
            .expect("add");
        assert!(matches!(
            group.add_member("王阿姨", None, day, Consent::default()),
            Err(MemberError::Duplicate { .. })
        ));
        assert!(matches!(
            group.add_member("王 阿姨", Some("５０２"), day, Consent::default()),
            Err(MemberError::Duplicate { .. })
        ));
        group
            .add_member("王阿姨", Some("601"), day, Consent::default())
            .expect("another room");
    }

    #[test]
    fn names_are_cleaned_and_checked() {
        let mut group = group();
        let day = date(2026, 12, 1);
        assert_eq!(
            group.add_member(" \u{202E} ", None, day, Consent::default()),
            Err(MemberError::EmptyName)
        );
        let key = group
            .add_member("  小明\u{200B}  ", Some(" 5-302 "), day, Consent::default())
            .expect("add");
        let member = group.member(&key).expect("member");
        assert_eq!(member.name, "小明");
        assert_eq!(member.label(), "小明（5-302）");
        assert!(matches!(
            group.add_member(&"长".repeat(41), None, day, Consent::default()),
            Err(MemberError::TooLong {
                what: Field::Name,
                ..
            })
        ));
    }

    #[test]
    fn keys_are_safe_text() {
        assert!(MemberKey::new("m12").is_some());
        assert!(GroupId::new("g-0123abcd").is_some());
        for bad in ["", "M1", "m 1", "../x", "-m", "王", &"a".repeat(33)] {
            assert!(MemberKey::new(bad).is_none(), "{bad}");
        }
        assert!(GroupId::generate().as_str().starts_with("g-"));
    }

    #[test]
    fn problems_name_what_is_wrong() {
        let mut group = group();
        let day = date(2026, 12, 1);
        group
            .add_member("王阿姨", None, day, Consent::default())
            .expect("add");
        let mut twin = group.members[0].clone();
        twin.name = " ".into();
        group.members.push(twin);
        group.next_member = 1;
        let problems = group.problems();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(matches!(
            problems[0],
            GroupProblem::KeyNotBelowNext { next: 1, .. }
        ));
        assert!(matches!(problems[1], GroupProblem::KeyTwice { .. }));
        assert!(matches!(problems[2], GroupProblem::MemberNoName { .. }));
    }
}
