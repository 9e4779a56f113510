//! What the resident sees, computed once from the journal for every front
//! end: `status`, `history` and `why` on the command line, and the TUI.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use super::Today;
use super::draw;
use super::event::Event;
use super::rules::{self, DayState, Progress, ROUND_LENGTH, Rule, TraceDay};
use crate::deck::Deck;
use crate::deck::json::CardJson;
use crate::i18n::{self, Lang, Text};

impl DayState {
    /// The grid symbol. Distinct by shape, not only colour, and each one
    /// column wide in every terminal (none is East Asian ambiguous-width).
    pub fn symbol(self) -> char {
        match self {
            DayState::Done => '✓',
            DayState::Frozen => '❄',
            DayState::Missed => '✗',
            DayState::Today => '◉',
            DayState::Future => '◌',
        }
    }
}

/// A card as a view shows it: the deck's card, or just the id of a card the
/// current deck does not have (history written with another deck).
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum CardView<'d> {
    Known(CardJson<'d>),
    Unknown { id: String },
}

impl<'d> CardView<'d> {
    pub fn new(deck: &'d Deck, id: &str) -> CardView<'d> {
        match deck.card(id) {
            Some(card) => CardView::Known(CardJson::from(card)),
            None => CardView::Unknown { id: id.to_string() },
        }
    }

    /// The card's id (as the journal has it).
    pub fn id(&self) -> &str {
        match self {
            CardView::Known(card) => card.id,
            CardView::Unknown { id } => id,
        }
    }
}

/// The 20th of each month is 爱邻日; the 15th–25th the activity season.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Occasion {
    pub love_neighbour_day: bool,
    pub activity_season: bool,
}

impl Occasion {
    pub fn of(day: Date) -> Occasion {
        Occasion {
            love_neighbour_day: day.day() == 20,
            activity_season: (15..=25).contains(&day.day()),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct TodayView<'d> {
    /// The card drawn (it stays on record whatever is credited).
    pub card: Option<CardView<'d>>,
    pub done: bool,
    /// What the check-in credits, when it is not the card drawn
    /// (`done --card`, `done --own`). Omitted in JSON otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credited: Option<CardView<'d>>,
    /// The resident's own words for what they did (`done --own`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub own: Option<String>,
    pub note: Option<String>,
    pub redrawn: bool,
    /// Today's card is a workshop pledge (see `journal::pledge`).
    pub pledge: Option<PledgeView>,
}

/// A workshop pledge that is today's card: where and when it was made, by
/// when, the joker's own words and the pledge's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PledgeView {
    pub workshop: String,
    pub held: Date,
    pub by: Option<Date>,
    pub words: Option<String>,
    pub note: Option<String>,
}

impl PledgeView {
    /// `你在 11-24 工作坊承诺的：帮邻居扔垃圾，12-15 前完成（周六上午）`;
    /// `title` is the card's title (a joker's own words come first).
    pub fn line(&self, title: &str, lang: Lang) -> String {
        let short = |date: Date| date.strftime("%m-%d").to_string();
        let thing = self.words.as_deref().unwrap_or(title);
        let mut line = i18n::fill_named(
            i18n::journal::PLEDGE_TODAY.get(lang),
            &[("held", &short(self.held)), ("thing", &thing)],
        );
        if let Some(by) = self.by {
            line.push_str(&i18n::fill_named(
                i18n::journal::PLEDGE_BY.get(lang),
                &[("by", &short(by))],
            ));
        }
        if let Some(note) = &self.note {
            line.push_str(&i18n::fill_named(
                i18n::journal::PLEDGE_NOTE.get(lang),
                &[("note", note)],
            ));
        }
        line
    }
}

/// A cell of the round grid: one day, or a run of missed days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayCell {
    /// The day (the first of a run).
    pub date: Date,
    pub state: DayState,
    /// How many days the cell stands for: [`COLLAPSE_FROM`] or more missed
    /// days in a row are one cell, so a long absence (or an import dated
    /// far back) keeps the grid a few lines long. Omitted in JSON when 1.
    #[serde(skip_serializing_if = "is_one")]
    pub count: u32,
}

fn is_one(count: &u32) -> bool {
    *count == 1
}

/// Missed days in a row from which the grid and `why` show them as one.
pub const COLLAPSE_FROM: u32 = 7;

impl DayCell {
    fn one(date: Date, state: DayState) -> DayCell {
        DayCell {
            date,
            state,
            count: 1,
        }
    }

    /// The cell as the grid shows it: `✓`, or `✗ 63 天` for a run.
    pub fn text(&self, lang: Lang) -> String {
        if self.count == 1 {
            self.state.symbol().to_string()
        } else {
            format!("{} {}", self.state.symbol(), i18n::days(self.count, lang))
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct RoundView {
    pub number: u32,
    pub checked_in: u32,
    pub length: u32,
    /// Which day of the round today is (`day x/21`).
    pub day: u32,
    pub complete: bool,
    pub backfills_left: u32,
    /// Each day of the round so far, then today, then the days still needed.
    pub days: Vec<DayCell>,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct StreakView {
    pub current: u32,
    pub best: u32,
    pub freezes: u32,
}

impl StreakView {
    /// `5 days (best 9), freezes 1, backfills left 2` /
    /// `5 天（最长 9 天），可请假 1 天，可补卡 2 次`: the freezes and the
    /// round's backfills side by side.
    pub fn describe(&self, backfills_left: u32, lang: Lang) -> String {
        i18n::fill_named(
            i18n::STREAK_LINE.get(lang),
            &[
                ("current", &i18n::days(self.current, lang)),
                ("best", &i18n::days(self.best, lang)),
                ("freezes", &self.freezes),
                ("backfills", &backfills_left),
            ],
        )
    }
}

/// Everything `status` shows; its JSON is documented in the README.
#[derive(Debug, Clone, Serialize)]
pub struct Status<'d> {
    pub date: Date,
    pub today: TodayView<'d>,
    pub round: RoundView,
    pub streak: StreakView,
    pub rounds_completed: usize,
    pub by_suit: BTreeMap<String, u32>,
    pub occasion: Occasion,
    /// Yesterday was missed and a backfill is left: `status`, `why` and
    /// the home screen say it can still be saved.
    pub backfill_yesterday: bool,
    /// When yesterday can be backfilled but had no card: the card a
    /// backfill credits by default (the ladder's for that day), which the
    /// hint names (`done --yesterday --card ID`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub backfill_card: Option<String>,
    /// [`Self::backfill_card`] as the hint names it (`梅花 5「…」`).
    #[serde(skip)]
    pub backfill_card_name: Option<crate::i18n::Localized<String>>,
    /// Days missed in a row, up to yesterday, since the round's last
    /// check-in (0 when today is done or the round has none).
    pub away_days: u32,
    /// After [`COLLAPSE_FROM`] or more days away from an unfinished round:
    /// a fresh round is offered.
    pub fresh_round_offer: bool,
    /// The 20th, and today's card is not the 爱邻日 card: it is one key
    /// (`a`) or flag (`done --card joker-red`) away.
    pub love_day_offer: bool,
}

impl<'d> Status<'d> {
    /// The last line of the `why` replay: the numbers `status` shows.
    pub fn why_result(&self, lang: Lang) -> String {
        i18n::fill_named(
            i18n::WHY_TOTAL.get(lang),
            &[
                ("current", &self.streak.current),
                ("best", &self.streak.best),
                ("freezes", &self.streak.freezes),
                ("backfills", &self.round.backfills_left),
                ("round", &self.round.number),
                ("day", &self.round.day),
            ],
        )
    }

    /// What can still be done, one line each: save yesterday with a backfill,
    /// credit the 爱邻日 card, start afresh after a week away. `keys`: say the
    /// TUI's keys rather than the commands.
    pub fn hints(&self, keys: bool, lang: Lang) -> Vec<String> {
        let status = self;
        let mut lines = Vec::new();
        if status.backfill_yesterday {
            let yesterday = status.date.yesterday().unwrap_or(status.date);
            let left = status.round.backfills_left;
            lines.push(match (&status.backfill_card, keys) {
                (_, true) => i18n::fill_named(
                    i18n::HINT_BACKFILL_KEY.get(lang),
                    &[("date", &yesterday), ("left", &left)],
                ),
                (Some(card), false) => i18n::fill_named(
                    i18n::HINT_BACKFILL_CARD.get(lang),
                    &[
                        ("date", &yesterday),
                        ("card", card),
                        (
                            "name",
                            &status
                                .backfill_card_name
                                .as_ref()
                                .map_or(card.as_str(), |name| name.get(lang)),
                        ),
                        ("left", &left),
                    ],
                ),
                (None, false) => i18n::fill_named(
                    i18n::HINT_BACKFILL.get(lang),
                    &[("date", &yesterday), ("left", &left)],
                ),
            });
        }
        // Before today's check-in only: after it the day is done.
        if status.love_day_offer && !status.today.done {
            let text = if keys {
                i18n::HINT_LOVE_DAY_KEY
            } else {
                i18n::HINT_LOVE_DAY
            };
            lines.push(text.get(lang).to_string());
        }
        if status.fresh_round_offer {
            let text = if keys {
                i18n::HINT_FRESH_ROUND_KEY
            } else {
                i18n::HINT_FRESH_ROUND
            };
            lines.push(i18n::fill_named(
                text.get(lang),
                &[
                    ("days", &i18n::days(status.away_days, lang)),
                    ("round", &status.round.number),
                ],
            ));
        }
        lines
    }

    pub fn new(today: &Today, deck: &'d Deck) -> Status<'d> {
        let (progress, _) = today.with_today();
        let facts = today.facts(today.date);
        let yesterday = today.facts(today.yesterday());
        Status::from_progress(today.date, &progress, &facts, &yesterday, deck)
    }

    /// The status given progress with today applied; shared with `why`, so
    /// the two cannot disagree.
    pub fn from_progress(
        date: Date,
        progress: &Progress,
        facts: &rules::DayFacts,
        yesterday: &rules::DayFacts,
        deck: &'d Deck,
    ) -> Status<'d> {
        let round = &progress.round;
        let complete = round.is_complete();
        let mut days = round_days(round, date);
        if !facts.checked_in && !complete {
            days.push(DayCell::one(date, DayState::Today));
        }
        let needed = ROUND_LENGTH.saturating_sub(round.checked_in + u32::from(!facts.checked_in));
        let mut next = date;
        for _ in 0..if complete { 0 } else { needed } {
            next = next.tomorrow().unwrap_or(next);
            days.push(DayCell::one(next, DayState::Future));
        }
        let day = if complete || facts.checked_in {
            round.checked_in
        } else {
            round.checked_in + 1
        };
        let backfills_left = rules::BACKFILLS_PER_ROUND.saturating_sub(round.backfills);
        let last_done = round
            .marks
            .iter()
            .rev()
            .find(|(_, state)| *state == DayState::Done)
            .map(|(day, _)| *day);
        let away_days = match last_done {
            Some(last) if !facts.checked_in => days_between(last, date).saturating_sub(1),
            _ => 0,
        };
        let love_day = date.day() == 20;
        let todays = |id: &str| {
            facts
                .card
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(id))
                || facts
                    .done_card()
                    .is_some_and(|c| c.eq_ignore_ascii_case(id))
        };
        let love_day_offer =
            love_day && deck.card(draw::LOVE_DAY_CARD).is_some() && !todays(draw::LOVE_DAY_CARD);
        // Only for a resident who had started before yesterday: a first
        // check-in today did not "miss" the day before it.
        let checked_in_before_today = progress.days_checked_in > u32::from(facts.checked_in);
        let backfill_yesterday = !yesterday.checked_in
            && super::actions::backfill_refusal(
                &super::actions::Backfill {
                    day: date.yesterday().unwrap_or(date),
                    checked_in_before: checked_in_before_today,
                    backfills_used: round.backfills,
                    round: round.number,
                },
                yesterday,
                facts,
            )
            .is_none();
        let backfill_card = date
            .yesterday()
            .ok()
            .filter(|_| backfill_yesterday && yesterday.card.is_none())
            .and_then(|day| super::actions::ladder_card(progress, deck, day));
        Status {
            date,
            today: TodayView {
                card: facts.card.as_deref().map(|id| CardView::new(deck, id)),
                done: facts.checked_in,
                credited: credited(facts).map(|id| CardView::new(deck, id)),
                own: facts.own.clone().filter(|_| facts.checked_in),
                note: facts.note.clone(),
                redrawn: facts.redrawn,
                pledge: facts
                    .pledge
                    .as_ref()
                    .filter(|pledge| facts.card.as_ref() == Some(&pledge.card))
                    .map(|pledge| PledgeView {
                        workshop: pledge.workshop.clone(),
                        held: pledge.held,
                        by: pledge.by,
                        words: pledge.words.clone(),
                        note: pledge.note.clone(),
                    }),
            },
            round: RoundView {
                number: round.number,
                checked_in: round.checked_in,
                length: ROUND_LENGTH,
                day,
                complete,
                backfills_left,
                days,
            },
            streak: StreakView {
                current: progress.streak.current,
                best: progress.streak.best,
                freezes: progress.streak.freezes,
            },
            rounds_completed: progress.rounds_completed(),
            by_suit: progress.by_suit.clone(),
            occasion: Occasion::of(date),
            backfill_yesterday,
            backfill_card_name: backfill_card.as_deref().map(|card| deck.quoted(card)),
            backfill_card,
            away_days,
            fresh_round_offer: away_days >= COLLAPSE_FROM && round.checked_in > 0 && !complete,
            love_day_offer,
        }
    }
}

/// The round's days from its start up to today (today only if it is
/// marked): the stored done and frozen days, and the missed days between,
/// a run of [`COLLAPSE_FROM`] or more as one cell.
fn round_days(round: &rules::Round, today: Date) -> Vec<DayCell> {
    let Some(start) = round.start else {
        return Vec::new();
    };
    let mut days = Vec::new();
    let mut next = start;
    for &(date, state) in round.marks.iter().filter(|(date, _)| *date <= today) {
        push_missed(&mut days, next, date);
        days.push(DayCell::one(date, state));
        next = date.tomorrow().unwrap_or(date);
    }
    push_missed(&mut days, next, today);
    days
}

/// The missed days from `from` up to (not including) `until`.
fn push_missed(days: &mut Vec<DayCell>, from: Date, until: Date) {
    let count = days_between(from, until);
    if count >= COLLAPSE_FROM {
        days.push(DayCell {
            date: from,
            state: DayState::Missed,
            count,
        });
        return;
    }
    let mut date = from;
    for _ in 0..count {
        days.push(DayCell::one(date, DayState::Missed));
        date = date.tomorrow().unwrap_or(date);
    }
}

/// Days from `from` up to (not including) `until`; 0 if `until` is not later.
fn days_between(from: Date, until: Date) -> u32 {
    from.until((jiff::Unit::Day, until))
        .ok()
        .and_then(|span| u32::try_from(span.get_days()).ok())
        .unwrap_or(0)
}

/// The card a day's check-in credits when it is not the card drawn.
fn credited(facts: &rules::DayFacts) -> Option<&str> {
    facts
        .done_card()
        .filter(|done| facts.card.as_deref() != Some(*done) || facts.own.is_some())
}

/// One row of `history`: a day that has a card (drawn, or credited by a
/// backfill of a day that had none).
#[derive(Debug, Clone, Serialize)]
pub struct HistoryDay<'d> {
    pub date: Date,
    /// The card drawn; `null` only for a backfilled day that had none.
    pub card: Option<CardView<'d>>,
    pub done: bool,
    /// What the check-in credits when it is not the card drawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub credited: Option<CardView<'d>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub own: Option<String>,
    pub note: Option<String>,
    /// Notes the day had before this one (replaced, never lost: the
    /// journal keeps every note ever written). Omitted when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earlier_notes: Vec<String>,
}

impl HistoryDay<'_> {
    /// The card the day counts for: the one credited, else the one drawn.
    pub fn done_card(&self) -> Option<&CardView<'_>> {
        self.credited.as_ref().or(self.card.as_ref())
    }
}

/// The line naming the notes a day had before its note (replaced, never
/// lost), as the text history and the TUI's show it; none when none.
pub fn earlier_notes_line(earlier: &[String], lang: Lang) -> Option<String> {
    if earlier.is_empty() {
        return None;
    }
    let shown: Vec<String> = earlier
        .iter()
        .map(|note| crate::text::sanitize::Shown(note).to_string())
        .collect();
    Some(i18n::fill_named(
        i18n::HISTORY_EARLIER_NOTES.get(lang),
        &[("notes", &lang.join(&shown))],
    ))
}

/// Every day that has a card, oldest first.
pub fn history<'d>(events: &[Event], deck: &'d Deck) -> Vec<HistoryDay<'d>> {
    let mut notes: BTreeMap<Date, Vec<String>> = BTreeMap::new();
    for event in events {
        if let super::EventKind::NoteSet { note } = &event.kind
            && !note.is_empty()
        {
            let day = notes.entry(event.day).or_default();
            if day.last() != Some(note) {
                day.push(note.clone());
            }
        }
    }
    rules::facts_by_day(events)
        .into_iter()
        .filter(|(_, facts)| facts.card.is_some() || facts.done_card().is_some())
        .map(|(date, facts)| {
            let mut earlier = notes.remove(&date).unwrap_or_default();
            if earlier.last() == facts.note.as_ref() {
                earlier.pop();
            }
            HistoryDay {
                date,
                card: facts.card.as_deref().map(|id| CardView::new(deck, id)),
                done: facts.checked_in,
                credited: credited(&facts).map(|id| CardView::new(deck, id)),
                own: facts.own.clone().filter(|_| facts.checked_in),
                note: facts.note,
                earlier_notes: earlier,
            }
        })
        .collect()
}

/// The replay `why` prints: the days of the current round and streak, each
/// with the rules that applied, and the status they add up to.
#[derive(Debug, Clone)]
pub struct Why<'d> {
    pub days: Vec<TraceDay>,
    pub status: Status<'d>,
}

/// Replays every event from the start (no summary), keeping the days from
/// the start of the current round or streak, whichever is earlier.
pub fn why<'d>(events: &[Event], today: Date, deck: &'d Deck) -> Why<'d> {
    let facts = rules::facts_by_day(events);
    let mut progress = Progress::default();
    let mut trace = Vec::new();
    if let Ok(yesterday) = today.yesterday() {
        progress.advance(&facts, yesterday, Some(&mut trace));
    }
    let today_facts = facts.get(&today).cloned().unwrap_or_default();
    let yesterday_facts = today
        .yesterday()
        .ok()
        .and_then(|day| facts.get(&day).cloned())
        .unwrap_or_default();
    trace.push(progress.apply_today(today, &today_facts));

    let round_start = progress.round.start;
    // A `round start` that began the current round (no round ended since).
    let restarted = trace
        .iter()
        .rev()
        .find(|day| day.rules.contains(&Rule::RoundRestarted))
        .map(|day| day.date)
        .filter(|&day| progress.finished.last().is_none_or(|round| round.end < day));
    let from = [round_start, progress.streak.since, restarted]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(today);
    trace.retain(|day| day.date >= from);
    Why {
        days: with_quiet_days(trace),
        status: Status::from_progress(today, &progress, &today_facts, &yesterday_facts, deck),
    }
}

/// The fold skips quiet days outside a streak (nothing changes on them);
/// the replay shows them as missed, with the numbers of the day before.
/// Then every run of [`COLLAPSE_FROM`] or more missed days (quiet, or with
/// a card drawn and no check-in) is one row, so `why` stays short however
/// long an absence was.
fn with_quiet_days(trace: Vec<TraceDay>) -> Vec<TraceDay> {
    let mut rows: Vec<TraceDay> = Vec::with_capacity(trace.len());
    for day in trace {
        if let Some(previous) = rows.last()
            && let Ok(next) = previous.through.unwrap_or(previous.date).tomorrow()
            && next < day.date
        {
            let gap = TraceDay {
                date: next,
                through: day.date.yesterday().ok().filter(|last| *last > next),
                rules: vec![Rule::Missed],
                card: None,
                own: None,
                ..previous.clone()
            };
            rows.push(gap);
        }
        rows.push(day);
    }
    collapse_missed(rows)
}

/// Merges rows of missed days in a row (same numbers) into runs; a run
/// shorter than [`COLLAPSE_FROM`] days is shown day by day.
fn collapse_missed(rows: Vec<TraceDay>) -> Vec<TraceDay> {
    let quiet = |row: &TraceDay| row.rules == [Rule::Missed];
    let same_numbers = |a: &TraceDay, b: &TraceDay| {
        (a.streak, a.freezes, a.round, a.round_checked_in)
            == (b.streak, b.freezes, b.round, b.round_checked_in)
    };
    let mut out: Vec<TraceDay> = Vec::with_capacity(rows.len());
    let mut run: Vec<TraceDay> = Vec::new();
    let flush = |run: &mut Vec<TraceDay>, out: &mut Vec<TraceDay>| {
        let Some(first) = run.first() else {
            return;
        };
        let last = run
            .last()
            .map_or(first.date, |row| row.through.unwrap_or(row.date));
        let count = days_between(first.date, last) + 1;
        if count >= COLLAPSE_FROM {
            out.push(TraceDay {
                through: Some(last),
                ..first.clone()
            });
        } else {
            for row in run.iter() {
                let mut date = row.date;
                loop {
                    out.push(TraceDay {
                        date,
                        through: None,
                        ..row.clone()
                    });
                    match date.tomorrow() {
                        Ok(next) if next <= row.through.unwrap_or(row.date) => date = next,
                        _ => break,
                    }
                }
            }
        }
        run.clear();
    };
    for row in rows {
        let joins = quiet(&row)
            && run.last().is_none_or(|last: &TraceDay| {
                same_numbers(last, &row)
                    && last.through.unwrap_or(last.date).tomorrow().ok() == Some(row.date)
            });
        if joins {
            run.push(row);
            continue;
        }
        flush(&mut run, &mut out);
        if quiet(&row) {
            run.push(row);
        } else {
            out.push(row);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The date column of a `why` row: `2026-11-20`, or for a run of missed
/// days `2026-01-02 ~ 2026-03-05  (63 天)`.
pub fn trace_date(day: &TraceDay, lang: Lang) -> String {
    match day.through {
        None => day.date.to_string(),
        Some(last) => format!(
            "{} ~ {last} ({})",
            day.date,
            i18n::days(days_between(day.date, last) + 1, lang)
        ),
    }
}

impl rules::FinishedRound {
    /// `✓`/`✗`, `Round 3  2026-10-01 ~ 2026-10-21  21/21`, and `complete`
    /// or `ended early`: shared by `history` and the TUI.
    pub fn describe(&self, lang: Lang) -> (DayState, String, Text) {
        let (state, label) = if self.completed {
            (DayState::Done, i18n::ROUND_DONE)
        } else {
            (DayState::Missed, i18n::ROUND_ENDED)
        };
        let text = format!(
            "{}  {} ~ {}  {}/{ROUND_LENGTH}",
            i18n::fill(i18n::LABEL_ROUND.get(lang), self.number),
            self.start,
            self.end,
            self.checked_in
        );
        (state, text, label)
    }
}

/// What the rules did on a day of the replay, in words, with the card the
/// check-in counted for right after it: `打卡（红桃 5）；连续满 7 天……`.
pub fn rules_with_card(day: &TraceDay, deck: &Deck, lang: Lang) -> String {
    let card = trace_card(day, deck, lang);
    let mut parts = rules_parts(day, lang);
    if let Some(first) = parts.first_mut() {
        first.push_str(&card);
    }
    parts.join(lang.clause_sep())
}

/// What the rules did on a day of the replay, in words.
pub fn rules_text(day: &TraceDay, lang: Lang) -> String {
    rules_parts(day, lang).join(lang.clause_sep())
}

fn rules_parts(day: &TraceDay, lang: Lang) -> Vec<String> {
    let text = |rule: &Rule| -> Text {
        match rule {
            Rule::RoundRestarted => i18n::RULE_RESTARTED,
            Rule::CheckedIn => i18n::RULE_CHECKED_IN,
            Rule::Backfilled => i18n::RULE_BACKFILLED,
            Rule::EarnedFreeze => i18n::RULE_EARNED_FREEZE,
            Rule::RoundCompleted => i18n::RULE_COMPLETED,
            Rule::Frozen => i18n::RULE_FROZEN,
            Rule::StreakBroken => i18n::RULE_BROKEN,
            Rule::Missed => i18n::RULE_MISSED,
            Rule::StillOpen => i18n::RULE_OPEN,
        }
    };
    day.rules
        .iter()
        .map(|rule| text(rule).get(lang).to_string())
        .collect()
}

/// The card a day of the replay counted for, as `（红桃 5）` / ` (Hearts 5)`;
/// empty for a day without a check-in.
pub fn trace_card(day: &TraceDay, deck: &Deck, lang: Lang) -> String {
    let Some(id) = &day.card else {
        return String::new();
    };
    // An own act: the words written, not the joker's name.
    if let Some(own) = &day.own {
        return i18n::fill(i18n::WHY_CARD.get(lang), crate::text::sanitize::Shown(own));
    }
    let name = deck.card(id).map_or_else(
        || crate::text::sanitize::Shown(id).to_string(),
        |card| card.face.name(lang),
    );
    i18n::fill(i18n::WHY_CARD.get(lang), name)
}

/// The numbers after a day of the replay: streak, freezes, round.
pub fn trace_numbers(day: &TraceDay, lang: Lang) -> String {
    i18n::fill_named(
        i18n::WHY_DAY.get(lang),
        &[
            ("streak", &day.streak),
            ("freezes", &day.freezes),
            ("round", &day.round),
            ("checked", &day.round_checked_in),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn occasions() {
        assert!(Occasion::of(date(2026, 11, 20)).love_neighbour_day);
        assert!(Occasion::of(date(2026, 11, 15)).activity_season);
        assert!(Occasion::of(date(2026, 11, 25)).activity_season);
        assert_eq!(
            Occasion::of(date(2026, 11, 26)),
            Occasion {
                love_neighbour_day: false,
                activity_season: false
            }
        );
    }

    #[test]
    fn grid_symbols_are_one_column_everywhere() {
        for state in [
            DayState::Done,
            DayState::Frozen,
            DayState::Missed,
            DayState::Today,
            DayState::Future,
        ] {
            let symbol = state.symbol().to_string();
            assert_eq!(crate::text::width(&symbol), 1);
            assert_eq!(crate::text::width_cjk(&symbol), 1);
        }
    }

    fn event(day: Date, kind: crate::journal::EventKind) -> Event {
        Event::new(day, "2026-11-20T08:00:00Z".parse().expect("ts"), kind)
    }

    #[test]
    fn a_long_absence_is_a_few_cells_and_a_few_rows() {
        use crate::journal::EventKind;
        let deck = Deck::builtin().expect("deck");
        let mut events = Vec::new();
        // Checked in on 1900-01-01, then a card drawn (never done) every
        // 20th day for a century, then checked in 3 days ago.
        events.push(event(
            date(1900, 1, 1),
            EventKind::CheckedIn { backfill: false },
        ));
        let mut day = date(1900, 1, 21);
        while day < date(2026, 11, 1) {
            events.push(event(
                day,
                EventKind::Drawn {
                    card: "hearts-a".into(),
                },
            ));
            day = day.checked_add(jiff::Span::new().days(20)).expect("day");
        }
        events.push(event(
            date(2026, 11, 17),
            EventKind::CheckedIn { backfill: false },
        ));
        events.push(event(
            date(2026, 11, 18),
            EventKind::CheckedIn { backfill: false },
        ));
        crate::journal::event::normalize(&mut events);
        let today = date(2026, 11, 20);
        let why = why(&events, today, &deck);
        assert!(why.days.len() < 20, "{} rows", why.days.len());
        let run = why
            .days
            .iter()
            .find(|row| row.through.is_some())
            .expect("a collapsed run");
        assert_eq!(trace_date(run, Lang::En).split(" ~ ").count(), 2);
        let cells = &why.status.round.days;
        assert!(cells.len() < 40, "{} cells", cells.len());
        let long = cells.iter().find(|cell| cell.count > 1).expect("a run");
        assert_eq!(long.state, DayState::Missed);
        assert_eq!(long.text(Lang::Zh), format!("✗ {} 天", long.count));
        // Every day from the first check-in to today is in a cell, once.
        let covered: u32 = cells
            .iter()
            .filter(|cell| cell.state != DayState::Future)
            .map(|cell| cell.count)
            .sum();
        assert_eq!(covered, days_between(date(1900, 1, 1), today) + 1);
        let json = serde_json::to_value(cells).expect("json");
        assert_eq!(json[1]["count"], long.count);
        assert!(json[0].get("count").is_none(), "omitted for one day");
    }

    #[test]
    fn short_gaps_are_shown_day_by_day() {
        let rows = with_quiet_days(vec![
            TraceDay {
                date: date(2026, 11, 1),
                through: None,
                rules: vec![Rule::CheckedIn],
                streak: 1,
                freezes: 0,
                round: 1,
                round_checked_in: 1,
                card: None,
                own: None,
            },
            TraceDay {
                date: date(2026, 11, 5),
                through: None,
                rules: vec![Rule::CheckedIn],
                streak: 1,
                freezes: 0,
                round: 1,
                round_checked_in: 2,
                card: None,
                own: None,
            },
        ]);
        let dates: Vec<String> = rows.iter().map(|row| trace_date(row, Lang::En)).collect();
        assert_eq!(
            dates,
            [
                "2026-11-01",
                "2026-11-02",
                "2026-11-03",
                "2026-11-04",
                "2026-11-05"
            ]
        );
    }

    #[test]
    fn a_fresh_round_is_today_and_twenty_days_ahead() {
        let deck = Deck::builtin().expect("deck");
        let status = Status::from_progress(
            date(2026, 11, 23),
            &Progress::default(),
            &rules::DayFacts::default(),
            &rules::DayFacts::default(),
            &deck,
        );
        assert_eq!(status.round.days.len(), 21);
        assert_eq!(status.round.days[0].state, DayState::Today);
        assert_eq!(status.round.days[20].state, DayState::Future);
        assert_eq!(status.round.days[20].date, date(2026, 12, 13));
        assert_eq!(status.round.day, 1);
    }
}
