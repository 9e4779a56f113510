//! The monthly review (月度复盘): the month's figures, counted member by
//! member with the resident's rules, and the month before for comparison.
//!
//! Names appear only in stories, and only for members who agreed; notes
//! only from members who agreed to notes on posters.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use serde::Serialize;

use super::counts::{SourceCounts, StreakSpread, SuitCounts, whole_card};
use super::fold;
use super::log::Checkins;
use super::model::{Group, Member, MemberKey, Source};
use super::month::Month;
use super::normal;
use crate::journal::rules::{DayFacts, Progress};

/// How many cards "top cards" lists.
pub const TOP_CARDS: usize = 5;

/// The month's numbers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Members of the group in the month (joined by its last counted day,
    /// or checked in during it).
    pub members: u64,
    /// Members with at least one check-in in the month.
    pub active: u64,
    /// Days checked in, summed over members.
    pub checkins: u64,
    /// Of those, backfills (补卡).
    pub backfills: u64,
    /// 21-day rounds completed in the month.
    pub rounds_completed: u64,
    pub by_suit: SuitCounts,
    pub by_source: SourceCounts,
}

/// Change from the month before: this month's figure minus that month's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Change {
    pub members: i64,
    pub active: i64,
    pub checkins: i64,
    pub rounds_completed: i64,
}

impl Change {
    fn between(now: &Figures, before: &Figures) -> Change {
        let minus = |a: u64, b: u64| {
            i64::try_from(a)
                .unwrap_or(i64::MAX)
                .saturating_sub(i64::try_from(b).unwrap_or(i64::MAX))
        };
        Change {
            members: minus(now.members, before.members),
            active: minus(now.active, before.active),
            checkins: minus(now.checkins, before.checkins),
            rounds_completed: minus(now.rounds_completed, before.rounds_completed),
        }
    }
}

/// A card and how many check-ins named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardCount {
    pub card: String,
    pub count: u64,
}

/// A note a member agreed to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Story {
    pub date: Date,
    /// The member's name, only if they agreed to their name on posters.
    pub name: Option<String>,
    pub note: String,
    pub card: Option<String>,
}

/// A pledge made in a workshop held with the group, in the month: the
/// small thing, never who pledged it (a review is read by the committee
/// and the notice board).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkshopPledge {
    /// The session's day.
    pub date: Date,
    pub card: String,
    /// The card's title when pledged.
    pub title: crate::i18n::Localized<String>,
    /// A joker's own words.
    pub words: Option<String>,
    pub by: Option<Date>,
}

/// Everything the monthly review shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub month: Month,
    /// The last day counted: the month's last day, or today in the month
    /// still running.
    pub through: Date,
    pub figures: Figures,
    /// The month before, counted the same way.
    pub previous: Figures,
    pub change: Change,
    /// Members' current streaks at `through`.
    pub streaks: StreakSpread,
    /// The longest current streak at `through`.
    pub longest_streak: u32,
    pub top_cards: Vec<CardCount>,
    /// By date, then in roster order.
    pub stories: Vec<Story>,
    /// Pledges of the month's workshops held with the group (filled by
    /// whoever reads the sessions; empty here).
    pub pledges: Vec<WorkshopPledge>,
}

/// The last day of `month` that counts on `today` (`None` for a month that
/// has not begun).
pub fn through(month: Month, today: Date) -> Option<Date> {
    (month.first_day() <= today).then(|| month.last_day().min(today))
}

/// One member, read once: their facts, where each check-in came from, and
/// one fold up to the last day counted (its streak, and the days their
/// rounds were completed, serve this month and the month before).
struct MemberMonth<'a> {
    member: &'a Member,
    facts: BTreeMap<Date, DayFacts>,
    sources: BTreeMap<Date, Source>,
    streak: u32,
    rounds_ended: Vec<Date>,
}

impl MemberMonth<'_> {
    /// The member's checked-in days from `first` to `last`.
    fn checked(&self, first: Date, last: Date) -> impl Iterator<Item = (&Date, &DayFacts)> {
        self.facts
            .range(first..=last)
            .filter(|(_, facts)| facts.checked_in)
    }

    /// Whether the member counts in a month ending `last`: joined by then,
    /// or checked in during it.
    fn counts(&self, first: Date, last: Date) -> bool {
        self.member.joined <= last || self.checked(first, last).next().is_some()
    }
}

/// Every member read once, folded up to `last` (seen from `today`), from
/// the start or from a saved fold.
fn read_members<'a>(
    group: &'a Group,
    checkins: &'a Checkins,
    last: Date,
    today: Date,
    resume: Option<&BTreeMap<MemberKey, Progress>>,
) -> Vec<MemberMonth<'a>> {
    group
        .members
        .iter()
        .map(|member| {
            let log = checkins.log(&member.key);
            let facts = log.facts();
            let start = resume
                .and_then(|saved| saved.get(&member.key))
                .cloned()
                .unwrap_or_default();
            let progress = fold::progress_resumed(start, &facts, last, today);
            MemberMonth {
                member,
                sources: log.checkin_sources(),
                streak: progress.streak.current,
                rounds_ended: fold::completed_rounds(&progress),
                facts,
            }
        })
        .collect()
}

/// The figures of `month` on `today`, from members read through the
/// month's last counted day or later.
fn month_figures(members: &[MemberMonth], month: Month, today: Date) -> Figures {
    let Some(last) = through(month, today) else {
        return Figures::default();
    };
    let first = month.first_day();
    let mut figures = Figures::default();
    for entry in members.iter().filter(|m| m.counts(first, last)) {
        figures.members += 1;
        let mut active = false;
        for (day, facts) in entry.checked(first, last) {
            active = true;
            figures.checkins += 1;
            figures.backfills += u64::from(facts.backfill);
            figures.by_suit.count(facts.card.as_deref());
            if let Some(&source) = entry.sources.get(day) {
                figures.by_source.count(source);
            }
        }
        figures.active += u64::from(active);
        figures.rounds_completed += entry
            .rounds_ended
            .iter()
            .filter(|&&end| first <= end && end <= last)
            .count() as u64;
    }
    figures
}

/// The streaks of the members who count in the month ending `last`.
fn streaks(members: &[MemberMonth], first: Date, last: Date) -> (StreakSpread, u32) {
    let mut spread = StreakSpread::default();
    let mut longest = 0;
    for entry in members.iter().filter(|m| m.counts(first, last)) {
        spread.count(entry.streak);
        longest = longest.max(entry.streak);
    }
    (spread, longest)
}

/// The month's figures and streak spread on `today`: what a summary
/// carries. One fold per member.
pub fn figures_and_streaks(
    group: &Group,
    checkins: &Checkins,
    month: Month,
    today: Date,
) -> (Figures, StreakSpread) {
    let Some(last) = through(month, today) else {
        return (Figures::default(), StreakSpread::default());
    };
    let members = read_members(group, checkins, last, today, None);
    let figures = month_figures(&members, month, today);
    (figures, streaks(&members, month.first_day(), last).0)
}

/// The month's figures on `today`.
pub fn figures(group: &Group, checkins: &Checkins, month: Month, today: Date) -> Figures {
    figures_and_streaks(group, checkins, month, today).0
}

/// The monthly review of `month`, seen on `today`.
pub fn review(group: &Group, checkins: &Checkins, month: Month, today: Date) -> Review {
    review_resumed(group, checkins, month, today, &BTreeMap::new())
}

/// [`review`] from each member's fold saved at the end of some day before
/// the month before `month` (members without one are folded from the
/// start). `checkins` then need only hold the events after that day: the
/// month before and this one. The result is the same as [`review`]'s.
pub fn review_resumed(
    group: &Group,
    checkins: &Checkins,
    month: Month,
    today: Date,
    resume: &BTreeMap<MemberKey, Progress>,
) -> Review {
    let started = through(month, today);
    let last = started.unwrap_or(month.first_day());
    let first = month.first_day();
    let members = read_members(group, checkins, last, today, Some(resume));
    let figures = month_figures(&members, month, today);
    let previous = month
        .previous()
        .map(|before| month_figures(&members, before, today))
        .unwrap_or_default();
    let (streaks, longest_streak) = if started.is_some() {
        streaks(&members, first, last)
    } else {
        (StreakSpread::default(), 0)
    };

    let mut cards: HashMap<String, u64> = HashMap::new();
    let mut stories = Vec::new();
    for (order, entry) in members.iter().enumerate() {
        let consent = entry.member.consent;
        for (&date, facts) in entry.checked(first, last) {
            if let Some(card) = facts.card.as_deref().and_then(whole_card) {
                *cards.entry(card).or_insert(0) += 1;
            }
            let note = facts.note.as_deref().map(normal::clean).unwrap_or_default();
            if consent.notes_on_posters && !note.is_empty() {
                stories.push((
                    order,
                    Story {
                        date,
                        name: consent.name_on_posters.then(|| entry.member.name.clone()),
                        note,
                        card: facts.card.clone(),
                    },
                ));
            }
        }
    }
    let mut top_cards: Vec<CardCount> = cards
        .into_iter()
        .map(|(card, count)| CardCount { card, count })
        .collect();
    top_cards.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.card.cmp(&b.card)));
    top_cards.truncate(TOP_CARDS);
    stories.sort_by_key(|(order, story)| (story.date, *order));

    Review {
        month,
        through: last,
        figures,
        previous,
        change: Change::between(&figures, &previous),
        streaks,
        longest_streak,
        top_cards,
        stories: stories.into_iter().map(|(_, story)| story).collect(),
        pledges: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::group::model::{Consent, Logged, Source};
    use crate::journal::{Event, EventKind};
    use jiff::civil::date;

    fn at() -> jiff::Timestamp {
        "2026-12-01T12:00:00Z".parse().expect("ts")
    }

    /// Three members: m1 every day of December with a card; m2 on three
    /// November days and two December ones with notes; m3 never.
    fn sample() -> (Group, Checkins) {
        let mut group = Group::new(
            "幸福里",
            Some("南京西路街道"),
            "shequ-xiaoshi",
            date(2026, 11, 1),
        )
        .expect("group");
        let consent = |name, notes| Consent {
            name_on_posters: name,
            notes_on_posters: notes,
        };
        let m1 = group
            .add_member("王阿姨", None, date(2026, 11, 1), consent(true, true))
            .expect("add");
        let m2 = group
            .add_member("李叔叔", None, date(2026, 11, 1), consent(false, true))
            .expect("add");
        group
            .add_member("张奶奶", None, date(2026, 12, 10), consent(false, false))
            .expect("add");
        let mut records = Vec::new();
        let mut push = |member: &MemberKey, day: Date, source: Source, kinds: Vec<EventKind>| {
            for kind in kinds {
                records.push(Logged {
                    member: member.clone(),
                    source,
                    event: Event::new(day, at(), kind),
                });
            }
        };
        for d in 1..=31 {
            let card = if d % 2 == 0 { "hearts-7" } else { "clubs-2" };
            push(
                &m1,
                date(2026, 12, d),
                Source::Paper,
                vec![
                    EventKind::Drawn { card: card.into() },
                    EventKind::CheckedIn { backfill: false },
                ],
            );
        }
        for d in [3, 4, 5] {
            push(
                &m2,
                date(2026, 11, d),
                Source::Wechat,
                vec![EventKind::CheckedIn { backfill: false }],
            );
        }
        push(
            &m2,
            date(2026, 12, 2),
            Source::Wechat,
            vec![
                EventKind::CheckedIn { backfill: true },
                EventKind::NoteSet {
                    note: "帮3楼拿了快递".into(),
                },
            ],
        );
        push(
            &m2,
            date(2026, 12, 3),
            Source::App,
            vec![
                EventKind::Drawn {
                    card: "diamonds".into(),
                },
                EventKind::CheckedIn { backfill: false },
                EventKind::NoteSet {
                    note: "扫了楼道".into(),
                },
            ],
        );
        push(
            &m1,
            date(2026, 12, 25),
            Source::Paper,
            vec![EventKind::NoteSet {
                note: "圣诞节给邻居送了苹果".into(),
            }],
        );
        (group, Checkins::from_records(records))
    }

    #[test]
    fn a_past_month_by_hand() {
        let (group, checkins) = sample();
        let december = Month::new(2026, 12).expect("month");
        let review = review(&group, &checkins, december, date(2027, 1, 15));
        assert_eq!(review.through, date(2026, 12, 31));
        let f = review.figures;
        assert_eq!(
            (f.members, f.active, f.checkins, f.backfills),
            (3, 2, 33, 1)
        );
        assert_eq!(f.rounds_completed, 1, "m1's 21st check-in on the 21st");
        assert_eq!(
            f.by_suit,
            SuitCounts {
                hearts: 15,
                clubs: 16,
                diamonds: 1,
                none: 1,
                ..SuitCounts::default()
            }
        );
        assert_eq!(
            f.by_source,
            SourceCounts {
                app: 1,
                paper: 31,
                wechat: 1
            }
        );
        // November: m1 and m2 were members (m3 joined in December), m2 active.
        assert_eq!(
            (
                review.previous.members,
                review.previous.active,
                review.previous.checkins
            ),
            (2, 1, 3)
        );
        assert_eq!(review.change.checkins, 30);
        assert_eq!(review.change.members, 1);
        // At the end of December: m1 31 days; m2's streak ended; m3 none.
        assert_eq!(review.longest_streak, 31);
        assert_eq!(review.streaks.a_round, 1);
        assert_eq!(review.streaks.zero, 2);
        assert_eq!(
            review.top_cards[0],
            CardCount {
                card: "clubs-2".into(),
                count: 16
            }
        );
        assert_eq!(review.top_cards.len(), 2, "a suit alone is not a top card");
        let stories: Vec<(Option<&str>, &str)> = review
            .stories
            .iter()
            .map(|s| (s.name.as_deref(), s.note.as_str()))
            .collect();
        assert_eq!(
            stories,
            [
                (None, "帮3楼拿了快递"),
                (None, "扫了楼道"),
                (Some("王阿姨"), "圣诞节给邻居送了苹果"),
            ]
        );
    }

    #[test]
    fn a_running_month_counts_to_today() {
        let (group, checkins) = sample();
        let december = Month::new(2026, 12).expect("month");
        let review = review(&group, &checkins, december, date(2026, 12, 10));
        assert_eq!(review.through, date(2026, 12, 10));
        assert_eq!(review.figures.checkins, 12);
        assert_eq!(review.figures.members, 3, "m3 joins on the 10th");
        assert_eq!(review.figures.rounds_completed, 0);
        assert_eq!(review.longest_streak, 10, "today is open and checked in");
        let future = review_of(&group, &checkins, "2027-02", date(2026, 12, 10));
        assert_eq!(future.figures, Figures::default());
    }

    fn review_of(group: &Group, checkins: &Checkins, month: &str, today: Date) -> Review {
        review(group, checkins, month.parse().expect("month"), today)
    }

    #[test]
    fn a_review_resumed_from_saved_folds_is_the_same() {
        let (group, checkins) = sample();
        let december = Month::new(2026, 12).expect("month");
        let today = date(2027, 1, 3);
        // Folds saved at the end of October; then only November and December.
        let october = date(2026, 10, 31);
        let saved: BTreeMap<MemberKey, Progress> = group
            .members
            .iter()
            .map(|m| {
                (
                    m.key.clone(),
                    fold::progress_at(checkins.log(&m.key), october, today),
                )
            })
            .collect();
        let recent: Vec<Logged> = checkins
            .iter()
            .flat_map(|(key, log)| log.logged(key).collect::<Vec<_>>())
            .filter(|logged| logged.event.day > october)
            .collect();
        let recent = Checkins::from_records(recent);
        assert_eq!(
            review_resumed(&group, &recent, december, today, &saved),
            review(&group, &checkins, december, today)
        );
    }

    #[test]
    fn a_summary_from_the_review_is_the_summary() {
        let (group, checkins) = sample();
        for (month, today) in [
            ("2026-12", date(2027, 1, 15)),
            ("2026-12", date(2026, 12, 10)),
            ("2026-11", date(2026, 12, 10)),
            ("2027-02", date(2026, 12, 10)),
        ] {
            let review = review_of(&group, &checkins, month, today);
            let month: Month = month.parse().expect("month");
            assert_eq!(
                crate::group::summary::from_review(&group, &review, today),
                crate::group::summary::summarise(&group, &checkins, month, today),
                "{month} on {today}"
            );
        }
    }

    #[test]
    fn without_consent_no_story() {
        let (mut group, checkins) = sample();
        for member in &mut group.members {
            member.consent = Consent::default();
        }
        let review = review_of(&group, &checkins, "2026-12", date(2027, 1, 1));
        assert!(review.stories.is_empty());
        let text = serde_json::to_string(&review).expect("json");
        assert!(!text.contains("王阿姨") && !text.contains("快递"), "{text}");
    }
}
