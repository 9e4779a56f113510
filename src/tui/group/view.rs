//! Drawing the group screen: the paper grid, the tea talk and the help,
//! with the card field and the questions over them. Reads the state only.
//!
//! The grid lays out exactly like the printed group sheet
//! (`export::tracker::group_layout`): a row a member in the roster's order,
//! a column a day, so the leader reads the paper across and types along.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::app::{App, Cell, Confirm, DAYS, Overlay, Screen};
use super::keys;
use crate::group::card::CardRef;
use crate::group::record::Mark;
use crate::group::report;
use crate::i18n::export as dates;
use crate::i18n::group as t;
use crate::i18n::{self, fill, fill_named};
use crate::text;
use crate::tui::bindings::Layer;
use crate::tui::view::{bands, clear_left_edge, hint_line, hint_spans, message_span};
use crate::tui::wide::{self, Block, Paragraph};

/// A day's column, in terminal columns.
pub const DAY_WIDTH: u16 = 6;

/// Draws the screen; returns how far the screen shown can scroll.
pub fn draw(app: &App, frame: &mut Frame) -> u16 {
    let max = draw_screen(app, frame);
    crate::tui::theme::text_in_default_colour(frame.buffer_mut());
    wide::seal(frame.buffer_mut());
    max
}

fn draw_screen(app: &App, frame: &mut Frame) -> u16 {
    let Some([top, body, bottom]) = bands(app.lang, frame) else {
        return app.scroll;
    };
    title_bar(app, frame, top);
    let max = match app.screen {
        Screen::Grid => {
            grid(app, frame, body);
            0
        }
        Screen::Tea => lines_screen(app, frame, body, tea_lines(app)),
        Screen::Help => {
            let lines =
                crate::tui::view::help::lines(&keys::HELP, app.lang, &app.theme, body.width, 0);
            lines_screen(app, frame, body, lines)
        }
    };
    status_bar(app, frame, bottom);
    popup(app, frame, frame.area());
    max
}

fn title_bar(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let screen = match app.screen {
        Screen::Grid => t::SCREEN_GRID,
        Screen::Tea => t::SCREEN_TEA,
        Screen::Help => i18n::SCREEN_HELP,
    };
    let left = Line::from(vec![
        Span::styled(format!(" {} ", i18n::APP_NAME.get(lang)), app.theme.title()),
        Span::raw(format!("{}  ", app.group.name)),
        Span::styled(*screen.get(lang), app.theme.accent()),
    ]);
    frame.render_widget(Paragraph::new(left), area);
    frame.render_widget(
        Paragraph::new(format!("{} ", app.today))
            .alignment(Alignment::Right)
            .style(app.theme.dim()),
        area,
    );
}

fn status_bar(app: &App, frame: &mut Frame, area: Rect) {
    if let Some(message) = &app.message {
        frame.render_widget(
            Paragraph::new(message_span(message, &app.theme, area.width)),
            area,
        );
        return;
    }
    let footer = keys::layer(app).footer(|action| keys::idle(app, action));
    frame.render_widget(
        Paragraph::new(hint_line(app.lang, &app.theme, &footer, area.width)),
        area,
    );
}

/// A card as a cell shows it: `♥7`, `♣`, `★`.
fn card_short(app: &App, card: CardRef) -> String {
    let symbol = app.theme.suit_symbol(card.suit());
    match card.rank() {
        Some(rank) => format!("{}{}", symbol.trim_end(), rank.label()),
        None => symbol.trim_end().to_string(),
    }
}

/// What a cell shows, and in what style.
fn cell(app: &App, row: usize, column: usize) -> (String, Style) {
    let day = app.day(column);
    let theme = &app.theme;
    let suit_style = |card: Option<CardRef>| match card {
        Some(card) => theme.suit(card.suit()),
        None => Style::default(),
    };
    match app.pending.get(&(row, day)) {
        Some(Mark::Done(card)) => {
            let shown = match card {
                Some(card) => format!("+{}", card_short(app, *card)),
                None => "+✓".to_string(),
            };
            return (shown, theme.accent().patch(theme.title()));
        }
        Some(Mark::Clear) => return ("✗".to_string(), theme.bad()),
        None => {}
    }
    if !app.markable(row, day) {
        return (String::new(), theme.dim());
    }
    match app.recorded.get(&(row, day)) {
        Some(Cell::Done(None)) => ("✓".to_string(), theme.good()),
        Some(Cell::Done(Some(_))) => match app.card_of(row, day) {
            Some(card) => (card_short(app, card), suit_style(Some(card))),
            None => ("✓".to_string(), theme.good()),
        },
        Some(Cell::Leave) => (t::GRID_LEAVE.get(app.lang).to_string(), theme.dim()),
        None => (".".to_string(), theme.dim()),
    }
}

fn grid(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let theme = &app.theme;
    let days_width = DAY_WIDTH * DAYS as u16;
    let widest = app
        .rows
        .iter()
        .map(|row| text::width(&row.label))
        .max()
        .unwrap_or(0)
        .max(text::width(t::COL_MEMBER.get(lang)));
    let name_width = (widest as u16 + 3).min(area.width.saturating_sub(days_width + 1));
    let [head, rows_area, foot] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    // The header: the days, and their weekdays.
    let mut numbers = vec![Span::styled(
        text::pad(
            &format!("  {}", t::COL_MEMBER.get(lang)),
            usize::from(name_width),
        ),
        theme.title(),
    )];
    let mut weekdays = vec![Span::raw(" ".repeat(usize::from(name_width)))];
    for column in 0..DAYS {
        let day = app.day(column);
        let style = if day == app.today {
            theme.accent()
        } else if crate::export::tracker::is_love_day(day) {
            theme.bad()
        } else {
            theme.title()
        };
        numbers.push(Span::styled(
            centred(&dates::numeric_day(day), DAY_WIDTH),
            style,
        ));
        weekdays.push(Span::styled(
            centred(dates::weekday(lang, day, false), DAY_WIDTH),
            theme.dim(),
        ));
    }
    frame.render_widget(
        Paragraph::new(vec![Line::from(numbers), Line::from(weekdays)]),
        head,
    );
    if app.rows.is_empty() {
        frame.render_widget(
            Paragraph::new(format!("  {}", t::GRID_NO_MEMBERS.get(lang))),
            rows_area,
        );
    } else {
        let visible = usize::from(rows_area.height.max(1));
        let first = app.cursor.0.saturating_sub(visible - 1);
        let mut lines = Vec::new();
        for (row, member) in app.rows.iter().enumerate().skip(first).take(visible) {
            let here = row == app.cursor.0;
            let label = text::truncate(&member.label, usize::from(name_width.saturating_sub(3)));
            let mut spans = vec![Span::styled(
                text::pad(
                    &format!("{}{label}", theme.marker(here)),
                    usize::from(name_width),
                ),
                if here {
                    theme.title()
                } else {
                    Style::default()
                },
            )];
            for column in 0..DAYS {
                let (shown, style) = cell(app, row, column);
                let style = if here && column == app.cursor.1 {
                    style.patch(theme.selected())
                } else {
                    style
                };
                let shown = if here && column == app.cursor.1 && shown.is_empty() {
                    "_".to_string()
                } else {
                    shown
                };
                spans.push(Span::styled(centred(&shown, DAY_WIDTH), style));
            }
            lines.push(Line::from(spans));
        }
        frame.render_widget(Paragraph::new(lines), rows_area);
    }
    // What is typed but not saved, then the legend.
    let mut foot_spans = Vec::new();
    if !app.pending.is_empty() {
        foot_spans.push(Span::styled(
            format!(" {}  ", fill(t::GRID_UNSAVED.get(lang), app.pending.len())),
            theme.accent(),
        ));
    }
    foot_spans.push(Span::styled(
        format!(" {}", t::GRID_LEGEND.get(lang)),
        theme.dim(),
    ));
    frame.render_widget(Paragraph::new(Line::from(foot_spans)), foot);
}

/// `text` centred in `width` columns (by display width).
fn centred(text: &str, width: u16) -> String {
    let used = text::width(text);
    let width = usize::from(width);
    if used >= width {
        return text::truncate(text, width).to_string();
    }
    let left = (width - used) / 2;
    text::pad(&format!("{}{text}", " ".repeat(left)), width)
}

/// The tea talk, as the `group today` text.
fn tea_lines(app: &App) -> Vec<Line<'static>> {
    let Some(talk) = &app.tea else {
        return vec![Line::raw(format!(" {}", t::TEA_NOT_LOADED.get(app.lang)))];
    };
    let mut out = Vec::new();
    if report::tea_talk_text(&app.group, talk, &app.deck, app.lang, &mut out).is_err() {
        return Vec::new();
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    text.lines()
        .enumerate()
        .map(|(at, line)| {
            let style = if at == 0 || (!line.starts_with(' ') && !line.is_empty()) {
                app.theme.title()
            } else {
                Style::default()
            };
            Line::styled(format!(" {line}"), style)
        })
        .collect()
}

/// Lines that scroll; returns how far.
fn lines_screen(app: &App, frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) -> u16 {
    let max = lines.len().saturating_sub(usize::from(area.height)) as u16;
    frame.render_widget(Paragraph::new(lines).scroll((app.scroll.min(max), 0)), area);
    max
}

fn popup(app: &App, frame: &mut Frame, area: Rect) {
    let Some(overlay) = &app.overlay else {
        return;
    };
    let lang = app.lang;
    let width = area.width.saturating_sub(8).min(64);
    let [row] = Layout::vertical([Constraint::Length(5)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    clear_left_edge(frame.buffer_mut(), popup);
    frame.render_widget(Clear, popup);
    let hints = |layer: &Layer<super::app::Action>| -> Vec<Span<'static>> {
        let footer = layer.footer(|_| false);
        footer
            .hints
            .iter()
            .chain(&footer.kept)
            .flat_map(|hint| hint_spans(lang, &app.theme, hint, "   "))
            .collect()
    };
    match overlay {
        Overlay::Card(editor) => {
            let member = app
                .rows
                .get(app.cursor.0)
                .map(|r| r.label.clone())
                .unwrap_or_default();
            let title = fill_named(
                t::GRID_CARD_TITLE.get(lang),
                &[
                    ("name", &member),
                    ("day", &dates::month_day(lang, app.cursor_day())),
                ],
            );
            let block = Block::bordered()
                .title(format!(" {title} "))
                .border_style(app.theme.accent());
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            let field = Rect {
                height: 1,
                x: inner.x + 1,
                width: inner.width.saturating_sub(2),
                ..inner
            };
            crate::tui::view::popup::edit_row(frame, editor, field, true);
            let hint_area = Rect {
                y: inner.y + 2,
                height: 1,
                ..field
            };
            frame.render_widget(
                Paragraph::new(Line::from(hints(&keys::IN_FIELD))),
                hint_area,
            );
        }
        Overlay::Confirm(confirm) => {
            let question = match confirm {
                Confirm::Save => {
                    let (ticks, cards, clears) = counts(app);
                    fill_named(
                        t::GRID_CONFIRM_SAVE.get(lang),
                        &[("ticks", &ticks), ("cards", &cards), ("clears", &clears)],
                    )
                }
                Confirm::Discard => fill(t::GRID_CONFIRM_DISCARD.get(lang), app.pending.len()),
            };
            let block = Block::bordered().border_style(app.theme.accent());
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            let lines = vec![
                Line::styled(
                    format!(" {}", text::truncate(&question, usize::from(inner.width))),
                    app.theme.title(),
                ),
                Line::raw(""),
                Line::from(hints(&keys::ASKING)).alignment(Alignment::Right),
            ];
            frame.render_widget(Paragraph::new(lines), inner);
        }
    }
}

/// Ticks without a card, cards, and check-ins taken back, among the marks typed.
fn counts(app: &App) -> (usize, usize, usize) {
    app.pending
        .values()
        .fold((0, 0, 0), |(ticks, cards, clears), mark| match mark {
            Mark::Done(None) => (ticks + 1, cards, clears),
            Mark::Done(Some(_)) => (ticks, cards + 1, clears),
            Mark::Clear => (ticks, cards, clears + 1),
        })
}
