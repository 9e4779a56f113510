//! What goes up to the street (街道): a names-free, notes-free summary of
//! one group's month, and the roll-up of any number of them.
//!
//! A summary is built from numbers only: its one piece of text is the
//! street's name the leader typed. No member name, room or note has a path
//! into it (a property test searches the serialised output for them). The
//! roll-up keys each summary by group id and month, so merging the same file
//! twice, or the same summary from two leaders' folders, changes nothing.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::counts::{SourceCounts, StreakSpread, SuitCounts};
use super::log::Checkins;
use super::model::{Group, GroupId, TEXT_MAX};
use super::month::Month;
use super::normal;
use super::review;

/// The newest summary schema this build reads and writes.
pub const SUMMARY_SCHEMA: u32 = 1;
/// What a summary file says it is.
pub const SUMMARY_KIND: &str = "xiaoshi-group-summary";
/// The roll-up's schema.
pub const ROLLUP_SCHEMA: u32 = 1;
pub const ROLLUP_KIND: &str = "xiaoshi-rollup";

/// One group's month, counts only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub kind: String,
    pub schema: u32,
    pub group: GroupId,
    /// The street (街道) as the leader wrote it; empty when not given.
    pub street: String,
    pub month: Month,
    /// The last day counted (the month's last day, or the day it was made).
    pub through: Date,
    pub members: u64,
    pub active: u64,
    pub checkins: u64,
    pub backfills: u64,
    pub rounds_completed: u64,
    pub by_suit: SuitCounts,
    pub by_source: SourceCounts,
    pub streaks: StreakSpread,
}

/// The summary of `month` on `today`.
pub fn summarise(group: &Group, checkins: &Checkins, month: Month, today: Date) -> Summary {
    let (figures, streaks) = review::figures_and_streaks(group, checkins, month, today);
    from_figures(group, month, today, figures, streaks)
}

/// The summary of a review already made (from saved folds, say): the same
/// numbers [`summarise`] counts, and nothing else of the review.
pub fn from_review(group: &Group, review: &review::Review, today: Date) -> Summary {
    from_figures(group, review.month, today, review.figures, review.streaks)
}

fn from_figures(
    group: &Group,
    month: Month,
    today: Date,
    figures: review::Figures,
    streaks: StreakSpread,
) -> Summary {
    Summary {
        kind: SUMMARY_KIND.to_string(),
        schema: SUMMARY_SCHEMA,
        group: group.id.clone(),
        street: street_of(group.street.as_deref()),
        month,
        through: review::through(month, today).unwrap_or(month.first_day()),
        members: figures.members,
        active: figures.active,
        checkins: figures.checkins,
        backfills: figures.backfills,
        rounds_completed: figures.rounds_completed,
        by_suit: figures.by_suit,
        by_source: figures.by_source,
        streaks,
    }
}

/// A street name as summaries carry it: cleaned and at most [`TEXT_MAX`]
/// characters, or empty.
fn street_of(street: Option<&str>) -> String {
    normal::clean(street.unwrap_or_default())
        .chars()
        .take(TEXT_MAX)
        .collect()
}

/// The summary's file text (JSON, one object, a newline at the end).
pub fn to_json(summary: &Summary) -> String {
    let mut text = serde_json::to_string_pretty(summary).unwrap_or_default();
    text.push('\n');
    text
}

/// Why a file is not a summary this build can roll up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SummaryError {
    /// Not JSON of a summary's shape (1-based position).
    Invalid {
        line: usize,
        column: usize,
        message: String,
    },
    /// JSON, but something else (`kind` is not a summary's).
    NotASummary { kind: String },
    /// From a newer xiaoshi.
    Newer { schema: u32 },
    /// Counts that cannot be: more active members than members, and so on.
    Inconsistent,
}

/// A summary file that could not be used, and which file it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryFileError {
    pub path: std::path::PathBuf,
    pub error: SummaryError,
}

/// Reads a summary file's bytes; `path` only names the file in errors.
pub fn parse_file(bytes: &[u8], path: &std::path::Path) -> Result<Summary, SummaryFileError> {
    parse(bytes).map_err(|error| SummaryFileError {
        path: path.to_path_buf(),
        error,
    })
}

/// Reads a summary's bytes.
pub fn parse(bytes: &[u8]) -> Result<Summary, SummaryError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    #[derive(Deserialize)]
    struct Head {
        kind: Option<String>,
        schema: Option<u32>,
    }
    let invalid = |error: serde_json::Error| SummaryError::Invalid {
        line: error.line(),
        column: error.column(),
        message: error.to_string(),
    };
    let head: Head = serde_json::from_slice(bytes).map_err(invalid)?;
    let kind = head.kind.unwrap_or_default();
    if kind != SUMMARY_KIND {
        return Err(SummaryError::NotASummary {
            kind: normal::clean(&kind).chars().take(TEXT_MAX).collect(),
        });
    }
    if let Some(schema) = head.schema.filter(|&s| s > SUMMARY_SCHEMA) {
        return Err(SummaryError::Newer { schema });
    }
    let mut summary: Summary = serde_json::from_slice(bytes).map_err(invalid)?;
    summary.street = street_of(Some(&summary.street));
    let consistent = summary.active <= summary.members
        && summary.backfills <= summary.checkins
        && summary.by_suit.total() == summary.checkins
        && summary.month.contains(summary.through);
    if !consistent {
        return Err(SummaryError::Inconsistent);
    }
    Ok(summary)
}

/// Sums of summaries.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Totals {
    pub groups: u64,
    pub members: u64,
    pub active: u64,
    /// `active / members`, 0 to 1, three decimals; 0 without members.
    pub active_rate: f64,
    pub checkins: u64,
    pub backfills: u64,
    pub rounds_completed: u64,
    pub by_suit: SuitCounts,
    pub by_source: SourceCounts,
    pub streaks: StreakSpread,
}

impl Totals {
    fn add(&mut self, summary: &Summary) {
        self.groups += 1;
        self.members = self.members.saturating_add(summary.members);
        self.active = self.active.saturating_add(summary.active);
        self.checkins = self.checkins.saturating_add(summary.checkins);
        self.backfills = self.backfills.saturating_add(summary.backfills);
        self.rounds_completed = self
            .rounds_completed
            .saturating_add(summary.rounds_completed);
        self.by_suit += summary.by_suit;
        self.by_source += summary.by_source;
        self.streaks += summary.streaks;
        self.active_rate = if self.members == 0 {
            0.0
        } else {
            (self.active as f64 / self.members as f64 * 1000.0).round() / 1000.0
        };
    }
}

/// A street's totals in a month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StreetTotals {
    /// Empty for groups that gave no street.
    pub street: String,
    #[serde(flatten)]
    pub totals: Totals,
}

/// One month of the roll-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MonthRollup {
    pub month: Month,
    pub totals: Totals,
    /// By street, in name order.
    pub by_street: Vec<StreetTotals>,
}

/// A summary left out because another of the same group and month was kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Superseded {
    pub group: GroupId,
    pub month: Month,
    /// The `through` of the summary kept, and of the one left out.
    pub kept: Date,
    pub left_out: Date,
}

/// The street's (or district's) roll-up.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rollup {
    pub kind: &'static str,
    pub schema: u32,
    /// Different groups seen, over all months.
    pub groups: u64,
    /// Group-months counted (each once).
    pub summaries: u64,
    pub months: Vec<MonthRollup>,
    /// Older summaries of a group-month a newer one replaced.
    pub superseded: Vec<Superseded>,
}

/// Merges summaries. The same summary given twice counts once; of two
/// different summaries of the same group and month, the one counted
/// through the later day is kept (a summary made on the 31st over one made
/// on the 15th) and the other listed in `superseded`. The result does not
/// depend on the order the summaries come in.
pub fn rollup(summaries: impl IntoIterator<Item = Summary>) -> Rollup {
    let mut kept: BTreeMap<(GroupId, Month), Summary> = BTreeMap::new();
    let mut left_out: Vec<Summary> = Vec::new();
    for summary in summaries {
        let key = (summary.group.clone(), summary.month);
        match kept.get(&key) {
            None => {
                kept.insert(key, summary);
            }
            Some(current) if *current == summary => {}
            Some(current) => {
                // Later `through` wins; between two of the same day, the
                // larger (a fixed order on the serialised text) so the
                // choice never depends on the order of the files.
                let newer =
                    (summary.through, to_json(&summary)) > (current.through, to_json(current));
                if newer {
                    if let Some(old) = kept.insert(key, summary) {
                        left_out.push(old);
                    }
                } else {
                    left_out.push(summary);
                }
            }
        }
    }
    let mut months: BTreeMap<Month, (Totals, BTreeMap<String, Totals>)> = BTreeMap::new();
    let mut groups = std::collections::BTreeSet::new();
    for summary in kept.values() {
        groups.insert(summary.group.clone());
        let (totals, streets) = months.entry(summary.month).or_default();
        totals.add(summary);
        streets
            .entry(summary.street.clone())
            .or_default()
            .add(summary);
    }
    let mut superseded: Vec<Superseded> = left_out
        .into_iter()
        .filter_map(|old| {
            let kept = kept.get(&(old.group.clone(), old.month))?;
            (*kept != old).then(|| Superseded {
                group: old.group.clone(),
                month: old.month,
                kept: kept.through,
                left_out: old.through,
            })
        })
        .collect();
    superseded
        .sort_by(|a, b| (&a.group, a.month, a.left_out).cmp(&(&b.group, b.month, b.left_out)));
    superseded.dedup();
    Rollup {
        kind: ROLLUP_KIND,
        schema: ROLLUP_SCHEMA,
        groups: groups.len() as u64,
        summaries: kept.len() as u64,
        months: months
            .into_iter()
            .map(|(month, (totals, streets))| MonthRollup {
                month,
                totals,
                by_street: streets
                    .into_iter()
                    .map(|(street, totals)| StreetTotals { street, totals })
                    .collect(),
            })
            .collect(),
        superseded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn summary(group: &str, street: &str, month: &str, checkins: u64) -> Summary {
        let month: Month = month.parse().expect("month");
        Summary {
            kind: SUMMARY_KIND.into(),
            schema: SUMMARY_SCHEMA,
            group: GroupId::new(group).expect("id"),
            street: street.into(),
            month,
            through: month.last_day(),
            members: 10,
            active: 4,
            checkins,
            backfills: 0,
            rounds_completed: 1,
            by_suit: SuitCounts {
                hearts: checkins,
                ..SuitCounts::default()
            },
            by_source: SourceCounts::default(),
            streaks: StreakSpread::default(),
        }
    }

    #[test]
    fn merging_the_same_summary_twice_changes_nothing() {
        let a = summary("g-a", "南京西路街道", "2026-12", 40);
        let b = summary("g-b", "静安寺街道", "2026-12", 25);
        let c = summary("g-c", "南京西路街道", "2026-12", 5);
        let once = rollup([a.clone(), b.clone(), c.clone()]);
        let twice = rollup([c.clone(), a.clone(), b, a.clone(), c]);
        assert_eq!(once, twice);
        assert_eq!(once.groups, 3);
        let month = &once.months[0];
        assert_eq!(month.totals.checkins, 70);
        assert_eq!(month.totals.members, 30);
        assert_eq!(month.totals.active_rate, 0.4);
        let streets: Vec<(&str, u64)> = month
            .by_street
            .iter()
            .map(|s| (s.street.as_str(), s.totals.checkins))
            .collect();
        assert_eq!(streets, [("南京西路街道", 45), ("静安寺街道", 25)]);
        assert!(once.superseded.is_empty());
    }

    #[test]
    fn a_later_summary_of_the_same_month_replaces_an_earlier_one() {
        let mut early = summary("g-a", "", "2026-12", 10);
        early.through = date(2026, 12, 15);
        let late = summary("g-a", "", "2026-12", 30);
        let forwards = rollup([early.clone(), late.clone()]);
        let backwards = rollup([late, early]);
        assert_eq!(forwards, backwards);
        assert_eq!(forwards.months[0].totals.checkins, 30);
        assert_eq!(forwards.superseded.len(), 1);
        assert_eq!(forwards.superseded[0].left_out, date(2026, 12, 15));
    }

    #[test]
    fn summaries_round_trip_and_bad_ones_are_refused() {
        let a = summary("g-a", "南京西路街道", "2026-12", 3);
        let text = to_json(&a);
        assert_eq!(parse(text.as_bytes()), Ok(a.clone()));
        let with_bom = format!("\u{feff}{text}");
        assert_eq!(parse(with_bom.as_bytes()), Ok(a.clone()));
        assert!(matches!(parse(b"{"), Err(SummaryError::Invalid { .. })));
        assert_eq!(
            parse(br#"{"kind":"xiaoshi-rollup"}"#),
            Err(SummaryError::NotASummary {
                kind: "xiaoshi-rollup".into()
            })
        );
        let newer = text.replace("\"schema\": 1", "\"schema\": 7");
        assert_eq!(
            parse(newer.as_bytes()),
            Err(SummaryError::Newer { schema: 7 })
        );
        let extra = text.replacen('{', "{\"names\": [\"王阿姨\"],", 1);
        assert!(matches!(
            parse(extra.as_bytes()),
            Err(SummaryError::Invalid { .. })
        ));
        let mut odd = a;
        odd.active = 11;
        assert_eq!(
            parse(to_json(&odd).as_bytes()),
            Err(SummaryError::Inconsistent)
        );
    }
}
