//! Which member a written name is: exactly, then after folding (full-width
//! and half-width, spaces, a room glued on), and otherwise close matches
//! **offered** for the leader to choose, never applied.

use serde::Serialize;

use super::model::{Member, MemberKey};
use super::normal::{fold_name, half_width};

/// How a written name was matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "match")]
pub enum Match {
    /// The name as the group writes it (and the room, if both have one).
    Exact { member: MemberKey },
    /// The same name once width, spaces and case are folded: `王 阿姨`,
    /// `Ｌｉｌｙ`. Applied, and shown as such in the preview.
    Folded { member: MemberKey },
    /// No sure match. The members offered (best first, at most
    /// [`OFFERS_MAX`]) wait for the leader; none may be offered at all.
    Offered { offers: Vec<Offer> },
}

impl Match {
    /// The member, when the match is sure.
    pub fn member(&self) -> Option<&MemberKey> {
        match self {
            Match::Exact { member } | Match::Folded { member } => Some(member),
            Match::Offered { .. } => None,
        }
    }
}

/// A member offered for a name, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    pub member: MemberKey,
    pub why: Closeness,
}

/// Why a member is offered, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Closeness {
    /// The same name as several members, or as one in another room.
    SameName,
    /// The room written is this member's.
    SameRoom,
    /// One character added, left out or changed (`王姨`, `汪阿姨`).
    OneCharApart,
    /// One name holds the other (`王阿姨家`, `阿姨`).
    Contains,
}

/// Most members offered for one name.
pub const OFFERS_MAX: usize = 3;

fn fold_room(room: &str) -> String {
    room.chars()
        .map(half_width)
        .filter(|c| !c.is_whitespace() && !matches!(c, '室'))
        .collect()
}

/// The flat number: the last run of digits (`12号楼601` → `601`,
/// `5-302` → `302`), when it has three or more.
fn flat_number(room: &str) -> Option<String> {
    let folded = fold_room(room);
    let digits: String = folded
        .chars()
        .rev()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    (digits.len() >= 3).then(|| digits.chars().rev().collect())
}

/// Whether two rooms are the same: as written, or by flat number when one
/// names the building too (`12号楼601` and `601`).
fn same_room(a: &str, b: &str) -> bool {
    fold_room(a) == fold_room(b) || flat_number(a).is_some_and(|n| Some(n) == flat_number(b))
}

/// Whether a written room agrees with the member's: the same, or either
/// not known.
fn room_agrees(written: Option<&str>, member: &Member) -> bool {
    match (written, member.room.as_deref()) {
        (Some(written), Some(theirs)) => same_room(written, theirs),
        _ => true,
    }
}

/// Among members with the name, the one the room picks, if exactly one.
fn pick<'m>(candidates: &[&'m Member], room: Option<&str>) -> Result<&'m Member, Vec<Offer>> {
    let agreeing: Vec<&&Member> = candidates.iter().filter(|m| room_agrees(room, m)).collect();
    // With a room written, a member recorded in that very room wins over
    // one whose room is not known.
    let exact_room: Vec<&&Member> = agreeing
        .iter()
        .copied()
        .filter(|m| room.is_some() && m.room.is_some())
        .collect();
    match (exact_room.as_slice(), agreeing.as_slice()) {
        ([one], _) | ([], [one]) => Ok(one),
        _ => Err(candidates
            .iter()
            .map(|m| Offer {
                member: m.key.clone(),
                why: Closeness::SameName,
            })
            .collect()),
    }
}

/// The match when some members have the name written: the one the room
/// picks, or all of them offered (the name is right and only the room is
/// missing or different: nobody else is a choice). `None` when no member has it.
fn decide(same: &[&Member], room: Option<&str>, sure: fn(MemberKey) -> Match) -> Option<Match> {
    if same.is_empty() {
        return None;
    }
    Some(match pick(same, room) {
        Ok(member) => sure(member.key.clone()),
        Err(mut offers) => {
            offers.truncate(OFFERS_MAX);
            Match::Offered { offers }
        }
    })
}

/// Matches a name (and room, if written) to the group's members.
pub fn match_name(name: &str, room: Option<&str>, members: &[Member]) -> Match {
    let exact: Vec<&Member> = members.iter().filter(|m| m.name == name).collect();
    if let Some(found) = decide(&exact, room, |member| Match::Exact { member }) {
        return found;
    }
    let folded = fold_name(name);
    let same: Vec<&Member> = members
        .iter()
        .filter(|m| !folded.is_empty() && fold_name(&m.name) == folded)
        .collect();
    if let Some(found) = decide(&same, room, |member| Match::Folded { member }) {
        return found;
    }
    let mut offers = Vec::new();
    // Close matches: offered only.
    let chars = folded.chars().count();
    let mut close: Vec<(Closeness, usize, usize)> = members
        .iter()
        .enumerate()
        .filter_map(|(order, m)| {
            let theirs = fold_name(&m.name);
            let their_chars = theirs.chars().count();
            let distance = strsim::levenshtein(&folded, &theirs);
            let in_room = match (room, m.room.as_deref()) {
                (Some(written), Some(r)) => same_room(written, r),
                _ => false,
            };
            // One character apart means little between two-character
            // names (`小张`, `小徐`): only a longer name counts.
            let why = if in_room {
                Closeness::SameRoom
            } else if distance == 1 && chars.max(their_chars) >= 3 && chars.min(their_chars) >= 2 {
                Closeness::OneCharApart
            } else if chars >= 2
                && their_chars >= 2
                && (folded.contains(&theirs) || theirs.contains(&folded))
            {
                Closeness::Contains
            } else {
                return None;
            };
            Some((why, distance, order))
        })
        .collect();
    close.sort_unstable();
    offers.extend(close.into_iter().map(|(why, _, order)| Offer {
        member: members[order].key.clone(),
        why,
    }));
    offers.truncate(OFFERS_MAX);
    Match::Offered { offers }
}

/// The member a leader means by `text` on a command line: their key
/// (`m3`), their name with the room as the group shows it (`王阿姨（502）`),
/// or their name (as [`match_name`] matches it). Otherwise the members it
/// might be, for the leader to choose from.
pub fn find(text: &str, members: &[Member]) -> Result<MemberKey, Vec<Offer>> {
    let text = super::normal::clean(text);
    if let Some(member) = members.iter().find(|m| m.key.as_str() == text) {
        return Ok(member.key.clone());
    }
    if let Some(member) = members.iter().find(|m| m.label() == text) {
        return Ok(member.key.clone());
    }
    match match_name(&text, None, members) {
        Match::Exact { member } | Match::Folded { member } => Ok(member),
        Match::Offered { offers } => Err(offers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::{Consent, Group};
    use jiff::civil::date;

    fn members() -> Vec<Member> {
        let mut group = Group::new("g", None, "shequ-xiaoshi", date(2026, 12, 1)).expect("group");
        for (name, room) in [
            ("王阿姨", Some("502")),
            ("王阿姨", Some("601")),
            ("李叔叔", None),
            ("Lily", Some("3-101")),
            ("陈老师", Some("201")),
        ] {
            group
                .add_member(name, room, date(2026, 12, 1), Consent::default())
                .expect("add");
        }
        group.members
    }

    fn key(n: u32) -> MemberKey {
        MemberKey::numbered(n)
    }

    #[test]
    fn exact_then_folded() {
        let members = members();
        assert_eq!(
            match_name("李叔叔", None, &members),
            Match::Exact { member: key(3) }
        );
        assert_eq!(
            match_name("李叔叔", Some("302"), &members),
            Match::Exact { member: key(3) }
        );
        assert_eq!(
            match_name("王阿姨", Some("601"), &members),
            Match::Exact { member: key(2) }
        );
        assert_eq!(
            match_name("王阿姨", Some("６０１室"), &members),
            Match::Exact { member: key(2) }
        );
        assert_eq!(
            match_name("李 叔叔", None, &members),
            Match::Folded { member: key(3) }
        );
        assert_eq!(
            match_name("ｌｉｌｙ", None, &members),
            Match::Folded { member: key(4) }
        );
    }

    #[test]
    fn two_of_a_name_without_a_room_are_offered_both() {
        let members = members();
        let Match::Offered { offers } = match_name("王阿姨", None, &members) else {
            panic!("ambiguous");
        };
        let keys: Vec<_> = offers.iter().map(|o| (o.member.clone(), o.why)).collect();
        assert_eq!(
            keys[..2],
            [(key(1), Closeness::SameName), (key(2), Closeness::SameName)]
        );
    }

    #[test]
    fn a_member_named_on_the_command_line() {
        let members = members();
        assert_eq!(find("m3", &members), Ok(key(3)));
        assert_eq!(find("王阿姨（601）", &members), Ok(key(2)));
        assert_eq!(find(" 李叔叔 ", &members), Ok(key(3)));
        let offers = find("王阿姨", &members).expect_err("two of them");
        assert_eq!(offers.len(), 2);
        assert_eq!(find("m9", &members), Err(vec![]));
    }

    #[test]
    fn close_names_are_offered_never_applied() {
        let members = members();
        let offered = |name: &str, room: Option<&str>| match match_name(name, room, &members) {
            Match::Offered { offers } => offers
                .into_iter()
                .map(|o| (o.member, o.why))
                .collect::<Vec<_>>(),
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(offered("李叔", None), [(key(3), Closeness::OneCharApart)]);
        assert_eq!(offered("陈老帅", None), [(key(5), Closeness::OneCharApart)]);
        assert_eq!(
            offered("王阿姨帮3楼拿了快递", None),
            [(key(1), Closeness::Contains), (key(2), Closeness::Contains)]
        );
        assert_eq!(
            offered("小陈", Some("201")),
            [(key(5), Closeness::SameRoom)]
        );
        assert_eq!(offered("张奶奶", None), []);
        assert_eq!(
            offered("王阿姨", Some("999")),
            [(key(1), Closeness::SameName), (key(2), Closeness::SameName)],
            "the same name: only those, no look-alikes"
        );
        assert_eq!(
            offered("小李", None),
            [],
            "two characters, one apart: not offered"
        );
    }
}
