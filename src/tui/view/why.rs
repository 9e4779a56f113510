//! The why screen: the day-by-day replay of the streak rules, as `xiaoshi
//! why`, what can still be done (a backfill, a fresh round), and the rules
//! themselves in short, so they can be read inside the TUI.
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
    let theme = &app.theme;
    let Some(past) = &app.past else {
        frame.render_widget(Paragraph::new(*i18n::LOADING.get(lang)), area);
        return 0;
    };
    let width = usize::from(area.width);
    let mut lines = vec![Line::styled(*i18n::WHY_HEADER.get(lang), theme.title())];
    if past.why.iter().all(|day| day.rules == [Rule::StillOpen]) {
        lines.push(Line::raw(*i18n::WHY_EMPTY.get(lang)));
    }
    for day in &past.why {
        let state = day.state();
        let date = view::trace_date(day, lang);
        let what = view::rules_with_card(day, &app.deck, lang);
        let numbers = view::trace_numbers(day, lang);
        let lead = format!("{date}  ");
        let mark = format!("{} ", state.symbol());
        let used = text::width(&lead) + text::width(&mark);
        let one_line = used + text::width(&what) + 2 + text::width(&numbers) < width;
        let mut spans = vec![
            Span::raw(lead),
            Span::styled(mark, super::home::day_style(state, theme)),
        ];
        if one_line {
            spans.push(Span::raw(format!("{what}  ")));
            spans.push(Span::styled(numbers, theme.dim()));
            lines.push(Line::from(spans));
        } else {
            // Too narrow for one line: the rules wrap under themselves and
            // the numbers go beneath, indented; a column to spare, none cut.
            let room = width.saturating_sub(used + 1).max(2);
            let mut rows = text::wrap(&what, room).into_iter();
            spans.push(Span::raw(rows.next().unwrap_or_default()));
            lines.push(Line::from(spans));
            for row in rows {
                lines.push(Line::from(vec![
                    Span::raw(" ".repeat(used)),
                    Span::raw(row),
                ]));
            }
            let indent = " ".repeat(used.min(12));
            let room = width.saturating_sub(indent.len() + 1);
            lines.push(Line::from(vec![
                Span::raw(indent),
                Span::styled(text::shorten(&numbers, room).into_owned(), theme.dim()),
            ]));
        }
    }
    let status = app.status();
    lines.push(Line::raw(""));
    lines.extend(super::wrapped(
        &status.why_result(lang),
        area.width,
        theme.accent(),
    ));
    for hint in status.hints(true, lang) {
        lines.extend(super::phrases(&hint, area.width, theme.accent()));
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(*i18n::RULES_TITLE.get(lang), theme.title()));
    for rule in i18n::RULES_SHORT {
        let text = format!("- {}", rule.get(lang));
        for (at, line) in text::wrap(&text, width.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let lead = if at == 0 { "" } else { "  " };
            lines.push(Line::raw(format!("{lead}{line}")));
        }
    }
    let visible = usize::from(area.height);
    let max_scroll = lines.len().saturating_sub(visible) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((app.scroll.min(max_scroll), 0)),
        area,
    );
    max_scroll
}
