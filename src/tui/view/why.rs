//! The why screen: the day-by-day replay of the streak rules, as `xiaoshi why`.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n;
use crate::journal::rules::Rule;
use crate::journal::view;
use crate::tui::app::App;
use crate::tui::wide::Paragraph;

/// Draws the replay; returns how far it can scroll.
pub fn render(app: &App, frame: &mut Frame, area: Rect) -> u16 {
    let lang = app.lang;
    let Some(past) = &app.past else {
        frame.render_widget(Paragraph::new(*i18n::LOADING.get(lang)), area);
        return 0;
    };
    let mut lines = vec![Line::styled(*i18n::WHY_HEADER.get(lang), app.theme.title())];
    if past.why.iter().all(|day| day.rules == [Rule::StillOpen]) {
        lines.push(Line::styled(*i18n::WHY_EMPTY.get(lang), app.theme.dim()));
    }
    for day in &past.why {
        let state = day.state();
        lines.push(Line::from(vec![
            Span::raw(format!("{}  ", view::trace_date(day, lang))),
            Span::styled(
                format!("{} ", state.symbol()),
                super::home::day_style(state, &app.theme),
            ),
            Span::raw(format!(" {}  ", view::rules_text(day, lang))),
            Span::styled(view::trace_numbers(day, lang), app.theme.dim()),
        ]));
    }
    let status = app.status();
    lines.push(Line::raw(""));
    lines.push(Line::styled(status.why_result(lang), app.theme.accent()));
    let visible = usize::from(area.height);
    let max_scroll = lines.len().saturating_sub(visible) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((app.scroll.min(max_scroll), 0)),
        area,
    );
    max_scroll
}
