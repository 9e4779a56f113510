//! The setup screen: participants on the left, settings on the right, each
//! setting with its key, and whether the deal can go ahead (or why not).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Borders;

use super::{name_in, window};
use crate::deck::Pile;
use crate::i18n::Describe;
use crate::i18n::{self, report as r, workshop as t};
use crate::text;
use crate::tui::wide::{Block, Paragraph};
use crate::tui::workshop::app::App;
use crate::workshop::report::pile_heading;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let left_width = (area.width * 2 / 5).clamp(28, 44);
    let [left, right] =
        Layout::horizontal([Constraint::Length(left_width), Constraint::Fill(1)]).areas(area);
    participants(app, frame, left);
    settings(app, frame, right);
}

fn participants(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let names = &app.session.setup.participants;
    let block = Block::new()
        .borders(Borders::RIGHT)
        .border_style(app.theme.dim());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![
        Line::styled(
            format!(
                " {}",
                i18n::fill(t::PARTICIPANTS_COUNT.get(lang), names.len())
            ),
            app.theme.title(),
        ),
        Line::raw(""),
    ];
    if names.is_empty() {
        lines.extend(
            text::wrap(
                t::NO_PARTICIPANTS.get(lang),
                usize::from(inner.width.saturating_sub(2)),
            )
            .into_iter()
            .map(|line| Line::styled(format!(" {line}"), app.theme.dim())),
        );
    }
    let room = usize::from(inner.height).saturating_sub(lines.len());
    let first = window(names.len(), app.selected, room);
    let columns = usize::from(inner.width.saturating_sub(8));
    for (index, name) in names.iter().enumerate().skip(first).take(room) {
        let selected = index == app.selected;
        let style = if selected {
            app.theme.selected()
        } else {
            Default::default()
        };
        lines.push(Line::from(vec![
            Span::raw(app.theme.marker(selected)),
            Span::styled(format!("{:>2}. ", index + 1), app.theme.dim()),
            Span::styled(name_in(name, columns), style),
        ]));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn settings(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let setup = &app.session.setup;
    let key = |k: &str| Span::styled(format!(" {} ", text::pad(k, 5)), app.theme.accent());
    let label = |l: &str| Span::raw(text::pad(l, 16));
    let value = |v: String| Span::styled(v, app.theme.title());
    let mut lines = vec![
        Line::styled(format!(" {}", t::SETTINGS.get(lang)), app.theme.title()),
        Line::raw(""),
        Line::from(vec![
            key("+ -"),
            label(t::SET_HAND.get(lang)),
            value(setup.hand.to_string()),
        ]),
        Line::from(vec![
            key("< >"),
            label(t::SET_MINUTES.get(lang)),
            value(setup.minutes.to_string()),
        ]),
        Line::from(vec![
            key("s"),
            label(t::SET_SEED.get(lang)),
            value(setup.seed.to_string()),
            Span::raw(format!("   {} ", r::LABEL_CODE.get(lang))),
            value(setup.code()),
        ]),
        Line::raw(""),
        Line::from(vec![Span::raw(format!(" {}", t::SET_SUITS.get(lang)))]),
    ];
    let heading_width = Pile::ALL
        .iter()
        .map(|pile| text::width(&pile_heading(*pile, lang)))
        .max()
        .unwrap_or(0);
    for (index, pile) in Pile::ALL.iter().enumerate() {
        let on = setup.piles.contains(pile);
        let state = if on { t::IN_PLAY } else { t::OUT_OF_PLAY };
        let style = if on {
            app.theme.suit(pile.suit())
        } else {
            app.theme.dim()
        };
        lines.push(Line::from(vec![
            key(&(index + 1).to_string()),
            Span::styled(
                text::pad(&pile_heading(*pile, lang), heading_width + 2),
                style,
            ),
            Span::styled(
                *state.get(lang),
                if on {
                    app.theme.good()
                } else {
                    app.theme.dim()
                },
            ),
        ]));
    }
    let pool = setup.pool(&app.deck).len();
    let asked = setup.participants.len() * usize::from(setup.hand);
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!(
            " {}",
            i18n::fill_named(
                t::CARDS_IN_PLAY.get(lang),
                &[("pool", &pool), ("asked", &asked)]
            )
        ),
        app.theme.dim(),
    ));
    lines.push(Line::raw(""));
    // A space before, and one column to spare after: never at the edge.
    let width = usize::from(area.width.saturating_sub(3));
    match setup.check(pool) {
        Ok(()) => lines.push(Line::styled(
            format!(" {}", t::READY.get(lang)),
            app.theme.good(),
        )),
        Err(error) => {
            let said = format!("✗ {}", error.describe(lang).text(lang));
            lines.extend(
                said.lines()
                    .flat_map(|line| text::wrap(line, width))
                    .map(|line| Line::styled(format!(" {line}"), app.theme.bad())),
            );
        }
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(1),
            ..area
        },
    );
}
