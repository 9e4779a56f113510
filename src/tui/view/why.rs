//! The why screen: the day-by-day replay of the streak rules, as `xiaoshi why`.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n;
use crate::journal::rules::Rule;
use crate::journal::view;
use crate::text;
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
        let date = format!("{}  ", view::trace_date(day, lang));
        let symbol = format!("{} ", state.symbol());
        let rules = format!(" {}", view::rules_text(day, lang));
        let numbers = view::trace_numbers(day, lang);
        let mut first = vec![
            Span::raw(date.clone()),
            Span::styled(symbol.clone(), super::home::day_style(state, &app.theme)),
            Span::raw(rules.clone()),
        ];
        let numbers_span = Span::styled(numbers.clone(), app.theme.dim());
        // One line when it fits with a column to spare; else the numbers go
        // on a line of their own under the rules, so none is cut.
        if text::width(&format!("{date}{symbol}{rules}  {numbers}")) < usize::from(area.width) {
            first.extend([Span::raw("  "), numbers_span]);
            lines.push(Line::from(first));
        } else {
            lines.push(Line::from(first));
            let indent = text::width(&format!("{date}{symbol} "));
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(indent)),
                numbers_span,
            ]));
        }
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
