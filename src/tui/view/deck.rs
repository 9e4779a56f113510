//! The deck screen: the suits as tabs, the cards as a list, the selected
//! card shown large; `/` searches titles and actions in both languages.
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};

use super::card;
use crate::deck::Suit;
use crate::i18n;
use crate::text;
use crate::tui::app::{App, TABS};
use crate::tui::wide::Paragraph;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let [tabs, main] = Layout::vertical([Constraint::Length(2), Constraint::Fill(1)]).areas(area);
    render_tabs(app, frame, tabs);

    let cards = app.browser.cards(&app.deck);
    let (card_width, card_height) = card::size_for(main);
    let [list_area, _, card_area] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(card_width),
    ])
    .areas(main);
    let [list_area, search_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(list_area);

    let selected = app.browser.selected.min(cards.len().saturating_sub(1));
    let rows = usize::from(list_area.height);
    let first = selected.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = if cards.is_empty() {
        vec![Line::styled(*i18n::NO_MATCH.get(app.lang), app.theme.dim())]
    } else {
        cards
            .iter()
            .enumerate()
            .skip(first)
            .take(rows)
            .map(|(index, card)| {
                let is_selected = index == selected;
                let suit = card.face.suit();
                // A joker has no rank: its name (红王 / 黑王) says which.
                let rank = match card.face.rank() {
                    Some(rank) => text::pad(rank.label(), 2),
                    None => i18n::joker_name(&card.id, app.lang).to_string(),
                };
                let face = format!("{} {rank}", app.theme.suit_symbol(suit));
                let used = 2 + text::width(&face) + 1;
                let room = usize::from(list_area.width).saturating_sub(used);
                let title = text::shorten(card.title.as_str(app.lang), room);
                let line = Line::from(vec![
                    Span::raw(app.theme.marker(is_selected)),
                    Span::styled(face, app.theme.suit(suit)),
                    Span::raw(" "),
                    Span::raw(title.into_owned()),
                ]);
                if is_selected {
                    line.style(app.theme.selected())
                } else {
                    line
                }
            })
            .collect()
    };
    frame.render_widget(Paragraph::new(lines), list_area);
    render_search(app, frame, search_area);

    if let Some(card) = cards.get(selected) {
        let area = Rect {
            height: card_height.min(card_area.height),
            ..card_area
        };
        card::face(frame, area, card, app.lang, &app.theme);
    }
}

fn render_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    for tab in 0..TABS {
        let suit = Suit::ALL.get(tab).copied();
        let (symbol, name) = match suit {
            Some(suit) => (suit.symbol(), suit.name()),
            None => ('★', i18n::JOKER),
        };
        // While a search is typed or in force, the list is its results,
        // not the tab's suit: no tab is highlighted.
        let searching = app.browser.search.is_some() || !app.browser.query.is_empty();
        let active = tab == app.browser.tab && !searching;
        let label = format!(
            "{}{symbol} {}",
            app.theme.marker(active),
            name.get(app.lang)
        );
        let style = if active {
            app.theme.suit(suit).patch(app.theme.selected())
        } else {
            app.theme.suit(suit)
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw("  "));
    }
    let searching = app.browser.search.is_some() || !app.browser.query.is_empty();
    let (theme_line, style) = if app.browser.for_backfill {
        (
            i18n::fill_named(
                i18n::PICK_FOR_BACKFILL.get(app.lang),
                &[("date", &app.today.yesterday())],
            ),
            app.theme.accent(),
        )
    } else if searching {
        (
            i18n::SEARCH_RESULTS.get(app.lang).to_string(),
            app.theme.dim(),
        )
    } else {
        let theme = match app.browser.tab_suit() {
            Some(suit) => suit.theme().get(app.lang).to_string(),
            None => i18n::JOKER_THEME.get(app.lang).to_string(),
        };
        (theme, app.theme.dim())
    };
    let theme_line = text::shorten(&theme_line, usize::from(area.width).saturating_sub(3));
    frame.render_widget(
        Paragraph::new(vec![
            Line::from(spans),
            Line::styled(format!("   {theme_line}"), style),
        ]),
        area,
    );
}

/// The search line; while typing, the terminal cursor sits in it.
fn render_search(app: &App, frame: &mut Frame, area: Rect) {
    let prompt = i18n::SEARCH_PROMPT.get(app.lang);
    let prompt_width = text::width(prompt) as u16 + 1;
    match &app.browser.search {
        Some(editor) => {
            let (shown, cursor) =
                editor.visible(usize::from(area.width.saturating_sub(prompt_width)));
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(format!(" {prompt}"), app.theme.accent()),
                    Span::raw(shown.to_string()),
                ])),
                area,
            );
            frame.set_cursor_position(Position {
                x: area.x + prompt_width + cursor as u16,
                y: area.y,
            });
        }
        None if !app.browser.query.is_empty() => {
            frame.render_widget(
                Paragraph::new(Line::styled(
                    format!(" {prompt}{}", app.browser.query),
                    app.theme.dim(),
                )),
                area,
            );
        }
        None => {}
    }
}
