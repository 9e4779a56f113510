//! The history screen: the year as a calendar heatmap, finished rounds, and
//! check-ins per suit.

use jiff::civil::{Date, Weekday};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use std::collections::HashMap;

use super::home::suit_bars;
use crate::i18n;
use crate::tui::app::App;
use crate::tui::wide::Paragraph;

/// Draws the history; returns how far the list of rounds can scroll.
pub fn render(app: &App, frame: &mut Frame, area: Rect) -> u16 {
    let Some(past) = &app.past else {
        frame.render_widget(Paragraph::new(*i18n::LOADING.get(app.lang)), area);
        return 0;
    };
    let [map_area, lower] =
        Layout::vertical([Constraint::Length(10), Constraint::Fill(1)]).areas(area);
    heatmap(app, &past.days, frame, map_area);

    let [rounds_area, suits_area] = Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
        .spacing(2)
        .areas(lower);
    let lang = app.lang;
    let mut rounds = vec![Line::styled(
        *i18n::FINISHED_ROUNDS.get(lang),
        app.theme.title(),
    )];
    if past.finished.is_empty() {
        rounds.push(Line::styled(*i18n::NO_ROUNDS.get(lang), app.theme.dim()));
    }
    for round in past.finished.iter().rev() {
        let (state, text, label) = round.describe(lang);
        let style = super::home::day_style(state, &app.theme);
        rounds.push(Line::from(vec![
            Span::styled(format!("{} ", state.symbol()), style),
            Span::raw(format!("{text}  ")),
            Span::styled(*label.get(lang), style),
        ]));
    }
    let max_scroll = rounds.len().saturating_sub(1) as u16;
    frame.render_widget(
        Paragraph::new(rounds).scroll((app.scroll.min(max_scroll), 0)),
        rounds_area,
    );

    let status = app.status();
    let mut suits = vec![Line::styled(*i18n::BY_SUIT.get(lang), app.theme.title())];
    suits.extend(suit_bars(&status, lang, &app.theme, suits_area.width));
    frame.render_widget(Paragraph::new(suits), suits_area);
    max_scroll
}

/// Weeks as columns (most recent at the right), weekdays as rows: as many
/// weeks of the past year as fit.
fn heatmap(
    app: &App,
    days: &[(Date, String, bool, Option<String>)],
    frame: &mut Frame,
    area: Rect,
) {
    let by_day: HashMap<Date, bool> = days
        .iter()
        .map(|(date, _, done, _)| (*date, *done))
        .collect();
    let today = app.today.date;
    let label_width = 4u16;
    let weeks = ((area.width.saturating_sub(label_width)) / 2).min(53);
    let this_monday = today
        .checked_sub(jiff::Span::new().days(i64::from(today.weekday().to_monday_zero_offset())))
        .unwrap_or(today);
    let first_monday = this_monday
        .checked_sub(jiff::Span::new().weeks(i64::from(weeks.saturating_sub(1))))
        .unwrap_or(this_monday);
    let names = i18n::WEEKDAYS.get(app.lang);
    let mut lines = vec![Line::styled(
        *i18n::HEATMAP.get(app.lang),
        app.theme.title(),
    )];
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
        let mut spans = vec![Span::styled(
            crate::text::pad(names[row], usize::from(label_width)),
            app.theme.dim(),
        )];
        for week in 0..weeks {
            let offset = i64::from(week) * 7 + i64::from(weekday.to_monday_zero_offset());
            let Ok(date) = first_monday.checked_add(jiff::Span::new().days(offset)) else {
                continue;
            };
            let (symbol, style) = if date > today {
                (" ", app.theme.dim())
            } else {
                match by_day.get(&date) {
                    Some(true) => ("✓", app.theme.good()),
                    Some(false) => ("✗", app.theme.bad()),
                    None => ("-", app.theme.dim()),
                }
            };
            spans.push(Span::styled(symbol, style));
            spans.push(Span::raw(" "));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled(
        *i18n::HEATMAP_KEY.get(app.lang),
        app.theme.dim(),
    ));
    frame.render_widget(Paragraph::new(lines), area);
}
