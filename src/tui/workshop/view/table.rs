//! The table overview: every hand on one line (symbol, rank, title), who
//! has the floor, who pledged; the shoe, the discards and any reshuffle.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{name_in, window};
use crate::i18n::{self, workshop as t};
use crate::text;
use crate::tui::wide::Paragraph;
use crate::tui::workshop::app::{App, corner, short_label};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let session = &app.session;
    let Some(table) = &session.table else {
        return;
    };
    let names = &session.setup.participants;
    let speaking = app.spotlight().map(|(at, _)| at);

    let mut info = vec![
        Span::raw(i18n::fill_named(
            t::SHOE.get(lang),
            &[
                ("shoe", &table.shoe.len()),
                ("discards", &table.discards.len()),
            ],
        )),
        Span::raw(" · "),
        Span::raw(i18n::fill_named(
            t::PLEDGE_COUNT.get(lang),
            &[
                ("pledged", &session.pledges.len()),
                ("people", &names.len()),
            ],
        )),
    ];
    if table.reshuffles > 0 {
        info.push(Span::raw(" · "));
        info.push(Span::styled(
            i18n::fill(t::RESHUFFLES.get(lang), table.reshuffles),
            app.theme.accent(),
        ));
    }
    info.insert(0, Span::raw(" "));
    let mut lines = vec![Line::from(info).style(app.theme.dim()), Line::raw("")];

    let name_width = names
        .iter()
        .map(|n| text::width(n))
        .max()
        .unwrap_or(0)
        .min(crate::workshop::setup::NAME_COLUMNS);
    let floor_width = text::width(t::HAS_FLOOR.get(lang));
    // The pledge column: ✓ and the card pledged (`✓ ♣ 8`, `✓ ★ 自己的小事`).
    let pledge_shown = |index: usize| -> Option<String> {
        let pledge = session.pledge_of(index)?;
        let card = app.deck.card(&pledge.card)?;
        Some(format!("✓ {}", corner(card)))
    };
    let pledged_width = (0..names.len())
        .filter_map(|index| pledge_shown(index).map(|s| text::width(&s)))
        .max()
        .unwrap_or(0);
    let fixed = 2 + 4 + name_width + 2 + floor_width + 1 + pledged_width + 2;
    let hand = usize::from(session.setup.hand.max(1));
    let share = usize::from(area.width)
        .saturating_sub(fixed)
        .checked_div(hand)
        .unwrap_or(0);

    let room = usize::from(area.height).saturating_sub(lines.len());
    let first = window(names.len(), app.selected, room);
    for (index, name) in names.iter().enumerate().skip(first).take(room) {
        let selected = index == app.selected;
        let floor = if speaking == Some(index) {
            Span::styled(
                text::pad(t::HAS_FLOOR.get(lang), floor_width),
                app.theme.accent(),
            )
        } else {
            Span::raw(" ".repeat(floor_width))
        };
        let pledged = match pledge_shown(index) {
            Some(shown) => Span::styled(text::pad(&shown, pledged_width), app.theme.good()),
            None => Span::raw(" ".repeat(pledged_width)),
        };
        let pledged_card = session.pledged_card(index);
        let mut spans = vec![
            Span::raw(app.theme.marker(selected)),
            Span::styled(format!("{:>2}. ", index + 1), app.theme.dim()),
            Span::styled(
                name_in(name, name_width),
                if selected {
                    app.theme.selected()
                } else {
                    app.theme.title()
                },
            ),
            Span::raw("  "),
            floor,
            Span::raw(" "),
            pledged,
            Span::raw("  "),
        ];
        for id in session.hand(index) {
            let (mut label, style) = match app.deck.card(id) {
                Some(card) => (short_label(card, lang), app.theme.suit(card.face.suit())),
                None => (id.clone(), app.theme.dim()),
            };
            if pledged_card == Some(id.as_str()) {
                label = format!("✓{label}");
            }
            let shown = text::pad(&text::shorten(&label, share.saturating_sub(2)), share);
            spans.push(Span::styled(shown, style));
        }
        lines.push(Line::from(spans));
    }
    frame.render_widget(Paragraph::new(lines), area);
}
