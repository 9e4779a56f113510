//! The history screen: the past months as a calendar (weeks as columns,
//! month names above them), then one scrolling list: every day with a card,
//! newest first (the card done, the card drawn when another was credited,
//! the note), the finished rounds, and check-ins per suit.

use jiff::civil::{Date, Weekday};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use std::collections::HashMap;

use super::home::{day_style, suit_bars};
use crate::i18n;
use crate::journal::rules::DayState;
use crate::text;
use crate::text::sanitize::Shown;
use crate::tui::app::{App, PastDay};
use crate::tui::theme::Theme;
use crate::tui::wide::Paragraph;

/// Rows of the calendar: month names, seven weekdays, the key.
const CALENDAR_ROWS: u16 = 10;

/// Draws the history; returns how far the list can scroll.
pub fn render(app: &App, frame: &mut Frame, area: Rect) -> u16 {
    let Some(past) = &app.past else {
        frame.render_widget(Paragraph::new(*i18n::LOADING.get(app.lang)), area);
        return 0;
    };
    let [map_area, list_area] =
        Layout::vertical([Constraint::Length(CALENDAR_ROWS), Constraint::Fill(1)]).areas(area);
    calendar(app, &past.days, frame, map_area);

    let lang = app.lang;
    let theme = &app.theme;
    let width = usize::from(list_area.width).saturating_sub(1); // a column to spare
    let mut lines = vec![Line::styled(*i18n::HISTORY_DAYS.get(lang), theme.title())];
    if past.days.is_empty() {
        lines.push(Line::raw(format!("  {}", i18n::NO_HISTORY.get(lang))));
    }
    for day in past.days.iter().rev() {
        lines.extend(day_lines(app, day, width));
    }

    lines.push(Line::raw(""));
    lines.push(Line::styled(
        *i18n::FINISHED_ROUNDS.get(lang),
        theme.title(),
    ));
    if past.finished.is_empty() {
        lines.push(Line::raw(format!("  {}", i18n::NO_ROUNDS.get(lang))));
    }
    for round in past.finished.iter().rev() {
        let (state, text, label) = round.describe(lang);
        let style = super::home::day_style(state, theme);
        let body = format!("{text}  {}", label.get(lang));
        let body = text::shorten(&body, width.saturating_sub(4)).into_owned();
        lines.push(Line::from(vec![
            Span::styled(format!("  {} ", state.symbol()), style),
            Span::raw(body),
        ]));
    }

    lines.push(Line::raw(""));
    lines.push(Line::styled(*i18n::BY_SUIT.get(lang), theme.title()));
    let status = app.status();
    lines.extend(suit_bars(&status, lang, theme, list_area.width));

    let max_scroll = lines.len().saturating_sub(usize::from(list_area.height)) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((app.scroll.min(max_scroll), 0)),
        list_area,
    );
    max_scroll
}

/// A day of the list: `2026-11-20 ✓ 梅花 3  帮邻居收快递`, then indented
/// what was drawn when another card was credited, the note, earlier notes.
fn day_lines(app: &App, day: &PastDay, width: usize) -> Vec<Line<'static>> {
    let lang = app.lang;
    let theme = &app.theme;
    let is_today = day.date == app.today.date;
    let (symbol, style) = day_mark(day.done, is_today, theme);
    let done = match (&day.own, day.credited.as_ref().or(day.card.as_ref())) {
        (Some(own), _) => Shown(own).to_string(),
        (None, Some(id)) => card_name(app, id),
        (None, None) => i18n::NO_CARD_DRAWN.get(lang).to_string(),
    };
    let suit = day
        .credited
        .as_ref()
        .or(day.card.as_ref())
        .and_then(|id| app.deck.card(id))
        .and_then(|card| card.face.suit());
    let suit_mark = format!("{} ", theme.suit_symbol(suit));
    let lead = format!("  {}  ", day.date);
    let room = width.saturating_sub(text::width(&lead) + 2 + text::width(&suit_mark));
    let mut lines = vec![Line::from(vec![
        Span::raw(lead),
        Span::styled(format!("{symbol} "), style),
        Span::styled(suit_mark, theme.suit(suit)),
        Span::raw(text::shorten(&done, room).into_owned()),
    ])];
    let indent = " ".repeat(16);
    let room = width.saturating_sub(16);
    let mut more = |text: String| {
        lines.push(Line::from(vec![
            Span::raw(indent.clone()),
            Span::raw(text::shorten(&text, room).into_owned()),
        ]));
    };
    if day.credited.is_some() {
        let drawn = day.card.as_ref().map_or_else(
            || i18n::DRAWN_NONE.get(lang).to_string(),
            |id| card_name(app, id),
        );
        more(i18n::fill_named(
            i18n::HISTORY_DRAWN.get(lang),
            &[("card", &drawn)],
        ));
    }
    if let Some(note) = &day.note {
        more(format!(
            "{}{}{}",
            i18n::LABEL_NOTE.get(lang),
            lang.colon(),
            Shown(note)
        ));
    }
    if let Some(earlier) = crate::journal::view::earlier_notes_line(&day.earlier_notes, lang) {
        more(earlier);
    }
    lines
}

/// `红桃 5  介绍两位邻居认识`, or the id of a card the deck does not have.
fn card_name(app: &App, id: &str) -> String {
    match app.deck.card(id) {
        Some(card) => format!(
            "{}  {}",
            card.face.name(app.lang),
            card.title.as_str(app.lang)
        ),
        None => Shown(id).to_string(),
    }
}

/// A day's mark: done `✓`, today still open `◉`, drawn and not done `✗`.
fn day_mark(done: bool, today: bool, theme: &Theme) -> (&'static str, ratatui::style::Style) {
    if done {
        ("✓", theme.good())
    } else if today {
        ("◉", theme.title())
    } else {
        ("✗", theme.bad())
    }
}

/// Weeks as columns (most recent at the right), weekdays as rows, the
/// month's name above the week it begins in: as many weeks as fit, with
/// room at the right for the name of a month that begins this week.
fn calendar(app: &App, days: &[PastDay], frame: &mut Frame, area: Rect) {
    let mut by_day: HashMap<Date, DayState> = days
        .iter()
        .map(|day| {
            let state = if day.done {
                DayState::Done
            } else {
                DayState::Missed
            };
            (day.date, state)
        })
        .collect();
    if let Some(past) = &app.past {
        for traced in past.why.iter().filter(|d| d.state() == DayState::Frozen) {
            by_day.insert(traced.date, DayState::Frozen);
        }
    }
    let today = app.today.date;
    let lang = app.lang;
    let label_width = 4u16;
    let months = i18n::MONTHS_SHORT.get(lang);
    let widest = months
        .iter()
        .map(|name| text::width(name))
        .max()
        .unwrap_or(0);
    let spare = u16::try_from(widest.saturating_sub(2)).unwrap_or(0);
    let weeks = ((area.width.saturating_sub(label_width + spare)) / 2).min(53);
    let this_monday = today
        .checked_sub(jiff::Span::new().days(i64::from(today.weekday().to_monday_zero_offset())))
        .unwrap_or(today);
    let first_monday = this_monday
        .checked_sub(jiff::Span::new().weeks(i64::from(weeks.saturating_sub(1))))
        .unwrap_or(this_monday);
    let monday_of = |week: u16| {
        first_monday
            .checked_add(jiff::Span::new().weeks(i64::from(week)))
            .unwrap_or(first_monday)
    };

    let years = if first_monday.year() == today.year() {
        today.year().to_string()
    } else {
        format!("{}–{}", first_monday.year(), today.year())
    };
    let title = i18n::fill_named(i18n::HEATMAP.get(lang), &[("years", &years)]);
    let mut lines = vec![Line::styled(title, app.theme.title())];
    let mut row = " ".repeat(usize::from(label_width));
    for (week, month) in month_labels(first_monday, weeks, today) {
        let column = usize::from(label_width) + usize::from(week) * 2;
        row.push_str(&" ".repeat(column.saturating_sub(text::width(&row))));
        row.push_str(months[usize::try_from(month - 1).unwrap_or(0)]);
    }
    lines.push(Line::styled(row, app.theme.dim()));
    let names = i18n::WEEKDAYS.get(lang);
    for (row, weekday) in [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ]
    .into_iter()
    .enumerate()
    {
        let mut spans = vec![Span::raw(text::pad(names[row], usize::from(label_width)))];
        for week in 0..weeks {
            let offset = i64::from(weekday.to_monday_zero_offset());
            let Ok(date) = monday_of(week).checked_add(jiff::Span::new().days(offset)) else {
                continue;
            };
            let (symbol, style) = if date > today {
                (" ", ratatui::style::Style::default())
            } else {
                match by_day.get(&date) {
                    Some(DayState::Done) => day_mark(true, false, &app.theme),
                    Some(DayState::Frozen) => ("❄", day_style(DayState::Frozen, &app.theme)),
                    Some(_) => day_mark(false, date == today, &app.theme),
                    None if date == today => ("◉", app.theme.title()),
                    None => ("-", app.theme.dim()),
                }
            };
            spans.push(Span::styled(symbol, style));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    lines.extend(super::phrases(
        i18n::HEATMAP_KEY.get(lang),
        area.width,
        app.theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines), area);
}

/// Where the month names go over `weeks` week columns starting on
/// `first_monday`: `(column, month)` for each month whose 1st day falls in
/// that column's week, and for the first column the month of its Monday,
/// left to right. A label takes two columns (a name of
/// up to four cells and a space): when two would touch, the later month
/// wins, so the current month (whose 1st is never before the last five
/// weeks) is always named.
pub fn month_labels(first_monday: Date, weeks: u16, today: Date) -> Vec<(u16, i8)> {
    let mut labels: Vec<(u16, i8)> = Vec::new();
    for week in (0..weeks).rev() {
        let Ok(monday) = first_monday.checked_add(jiff::Span::new().weeks(i64::from(week))) else {
            continue;
        };
        let Ok(sunday) = monday.checked_add(jiff::Span::new().days(6)) else {
            continue;
        };
        // The month that starts in this week, if one does (and not after today).
        let first = sunday.first_of_month();
        if first < monday || first > today {
            continue;
        }
        if labels
            .last()
            .is_some_and(|&(next, _)| next < week + LABEL_WEEKS)
        {
            continue;
        }
        labels.push((week, first.month()));
    }
    // The first column's month began before it: named there too when
    // it has room, so the days at the left are not under no name.
    if labels.last().is_none_or(|&(next, _)| next >= LABEL_WEEKS) && first_monday <= today {
        labels.push((0, first_monday.month()));
    }
    labels.reverse();
    labels
}

/// Week columns a month label needs: a name up to four cells wide, then at
/// least one cell of space before the next.
const LABEL_WEEKS: u16 = 3;

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use proptest::prelude::*;

    fn first_monday(today: Date, weeks: u16) -> Date {
        let offset = i64::from(today.weekday().to_monday_zero_offset());
        today
            .checked_sub(jiff::Span::new().days(offset))
            .and_then(|monday| monday.checked_sub(jiff::Span::new().weeks(i64::from(weeks - 1))))
            .expect("a date in range")
    }

    /// The tester's days: 12月 named on 2026-12-13 (over the week of 11-30,
    /// where December began), 4月 not lost on 12-20, 1月 named on 2027-01-06.
    #[test]
    fn the_current_month_is_named_where_it_begins() {
        let today = date(2026, 12, 13);
        let labels = month_labels(first_monday(today, 37), 37, today);
        assert_eq!(labels.last(), Some(&(35, 12)));
        let months: Vec<i8> = labels.iter().map(|&(_, month)| month).collect();
        assert_eq!(months, [4, 5, 6, 7, 8, 9, 10, 11, 12]);

        let today = date(2026, 12, 20);
        let months: Vec<i8> = month_labels(first_monday(today, 37), 37, today)
            .iter()
            .map(|&(_, month)| month)
            .collect();
        assert_eq!(months.first(), Some(&4), "{months:?}");
        assert_eq!(months.len(), 9, "{months:?}");

        let today = date(2027, 1, 6);
        let labels = month_labels(first_monday(today, 37), 37, today);
        assert_eq!(labels.last(), Some(&(35, 1)), "{labels:?}");
    }

    proptest! {
        /// Every label's month begins in its column's week; no two labels
        /// touch; the current month is always named; nothing after today.
        #[test]
        fn labels_sit_where_their_month_begins(
            days in 0i64..3650,
            weeks in 5u16..=53,
        ) {
            let today = date(2024, 1, 1).checked_add(jiff::Span::new().days(days)).expect("a date in range");
            let start = first_monday(today, weeks);
            let labels = month_labels(start, weeks, today);
            for &(week, month) in &labels {
                prop_assert!(week < weeks);
                let monday = start.checked_add(jiff::Span::new().weeks(i64::from(week))).expect("a date in range");
                let sunday = monday.checked_add(jiff::Span::new().days(6)).expect("a date in range");
                let first = sunday.first_of_month();
                if week == 0 && monday.month() == month && first != monday {
                    // The first column's month, begun before it.
                    prop_assert!(monday <= today);
                    continue;
                }
                prop_assert_eq!(first.month(), month);
                prop_assert!(first >= monday && first <= today);
            }
            for pair in labels.windows(2) {
                // Columns are two cells; a name is at most four: three
                // weeks apart leaves at least a cell between.
                prop_assert!(pair[1].0 >= pair[0].0 + LABEL_WEEKS, "{:?}", labels);
            }
            prop_assert_eq!(labels.last().map(|&(_, month)| month), Some(today.month()));
        }
    }
}
