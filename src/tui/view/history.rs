//! The history screen: the past months as a calendar (weeks as columns,
//! month names above them), then one scrolling list: every day with a card,
//! newest first (the card done, the card drawn when another was credited,
//! the note), the finished rounds, and check-ins per suit.

use jiff::civil::{Date, Weekday};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use std::collections::HashMap;

use super::home::suit_bars;
use crate::i18n::{self, Lang};
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
            || i18n::NO_CARD_DRAWN.get(lang).to_string(),
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
    if !day.earlier_notes.is_empty() {
        let earlier: Vec<String> = day
            .earlier_notes
            .iter()
            .map(|note| Shown(note).to_string())
            .collect();
        more(i18n::fill_named(
            i18n::HISTORY_EARLIER_NOTES.get(lang),
            &[("notes", &lang.join(&earlier))],
        ));
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
/// month's name above the week it begins in: as many weeks as fit.
fn calendar(app: &App, days: &[PastDay], frame: &mut Frame, area: Rect) {
    let by_day: HashMap<Date, bool> = days.iter().map(|day| (day.date, day.done)).collect();
    let today = app.today.date;
    let lang = app.lang;
    let label_width = 4u16;
    let weeks = ((area.width.saturating_sub(label_width)) / 2).min(53);
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

    let mut lines = vec![Line::styled(*i18n::HEATMAP.get(lang), app.theme.title())];
    lines.push(month_row(lang, weeks, label_width, &monday_of, &app.theme));
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
                    Some(&done) => day_mark(done, date == today, &app.theme),
                    None if date == today => ("◉", app.theme.title()),
                    None => ("-", app.theme.dim()),
                }
            };
            spans.push(Span::styled(symbol, style));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    lines.extend(super::wrapped(
        i18n::HEATMAP_KEY.get(lang),
        area.width,
        app.theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines), area);
}

/// The month names above the calendar: each at the first week column whose
/// Monday is in a new month, when it fits before the next one.
fn month_row(
    lang: Lang,
    weeks: u16,
    label_width: u16,
    monday_of: &dyn Fn(u16) -> Date,
    theme: &Theme,
) -> Line<'static> {
    let months = i18n::MONTHS_SHORT.get(lang);
    let mut row = " ".repeat(usize::from(label_width));
    let mut used = row.len();
    let mut previous: Option<i8> = None;
    for week in 0..weeks {
        let month = monday_of(week).month();
        let column = usize::from(label_width) + usize::from(week) * 2;
        if previous != Some(month) && column >= used {
            let name = months[usize::try_from(month - 1).unwrap_or(0)];
            let end = column + text::width(name);
            if end <= usize::from(label_width) + usize::from(weeks) * 2 {
                row.push_str(&" ".repeat(column - used));
                row.push_str(name);
                used = end + 1;
                row.push(' ');
            }
        }
        previous = Some(month);
    }
    Line::styled(row.trim_end().to_string(), theme.dim())
}
