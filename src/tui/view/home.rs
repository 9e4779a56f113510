//! The home screen: today's card as a playing card, the round's 21 cells,
//! the streak, and check-ins by suit.
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{card, wrapped};
use crate::deck::Suit;
use crate::i18n::{self, Lang};
use crate::journal::rules::DayState;
use crate::journal::view::{Occasion, Status};
use crate::tui::app::{App, REVEAL_FRAMES};
use crate::tui::theme::Theme;
use crate::tui::wide::Paragraph;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let status = app.status();
    let mut occasion: Vec<String> = banner(app.today.date, app.lang)
        .into_iter()
        .map(str::to_string)
        .collect();
    // Today's card is a workshop pledge: where it was made, and by when.
    if let Some(pledge) = &status.today.pledge {
        let title = match &status.today.card {
            Some(crate::journal::view::CardView::Known(card)) => card.title.as_str(app.lang),
            _ => "",
        };
        occasion.push(crate::text::sanitize::inline(&pledge.line(title, app.lang)).into_owned());
    }
    let [banner_area, main] = Layout::vertical([
        Constraint::Length(occasion.len() as u16),
        Constraint::Fill(1),
    ])
    .areas(area);
    if !occasion.is_empty() {
        let lines: Vec<Line> = occasion
            .into_iter()
            .map(|text| Line::styled(format!(" {text}"), app.theme.accent()))
            .collect();
        frame.render_widget(Paragraph::new(lines), banner_area);
    }

    let (card_width, card_height) = card::size_for(main);
    let [card_area, _, panel] = Layout::horizontal([
        Constraint::Length(card_width),
        Constraint::Length(2),
        Constraint::Fill(1),
    ])
    .areas(main);
    let card_area = Rect {
        height: card_height,
        ..card_area
    };
    draw_card(app, frame, card_area);
    panel_lines(app, &status, frame, panel);
}

/// The 爱邻日 and activity-season banners that apply today.
fn banner(date: jiff::civil::Date, lang: Lang) -> Vec<&'static str> {
    let occasion = Occasion::of(date);
    let mut lines = Vec::new();
    if occasion.love_neighbour_day {
        lines.push(*i18n::LOVE_DAY.get(lang));
    }
    if occasion.activity_season && !occasion.love_neighbour_day {
        lines.push(*i18n::SEASON.get(lang));
    }
    lines
}

/// Today's card, or a frame of the reveal: the back narrows, the face widens.
fn draw_card(app: &App, frame: &mut Frame, area: Rect) {
    let Some(card) = app.todays_card() else {
        card::back(frame, area, app.lang, &app.theme);
        return;
    };
    match app.reveal {
        Some(step) => {
            let half = REVEAL_FRAMES / 2;
            let (fraction, show_face) = if step < half {
                (half - step, false)
            } else {
                (step - half + 1, true)
            };
            let width = (area.width * u16::from(fraction) / u16::from(half)).max(2);
            let narrowed = Rect {
                x: area.x + (area.width - width) / 2,
                width,
                ..area
            };
            if show_face {
                card::face(frame, narrowed, card, app.lang, &app.theme);
            } else {
                card::back(frame, narrowed, app.lang, &app.theme);
            }
        }
        None => card::face(frame, area, card, app.lang, &app.theme),
    }
}

fn panel_lines(app: &App, status: &Status<'_>, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let theme = &app.theme;
    let mut lines: Vec<Line> = Vec::new();

    let round = i18n::fill(i18n::LABEL_ROUND.get(lang), status.round.number);
    let day = i18n::fill_named(
        i18n::ROUND_DAY.get(lang),
        &[("day", &status.round.day), ("length", &status.round.length)],
    );
    lines.push(Line::from(vec![
        Span::styled(round, theme.title()),
        Span::raw("  "),
        Span::styled(day, theme.accent()),
    ]));
    for week in status.round.days.chunks(7) {
        let spans: Vec<Span> = week
            .iter()
            .flat_map(|cell| {
                [
                    Span::styled(cell.text(lang), day_style(cell.state, theme)),
                    Span::raw(" "),
                ]
            })
            .collect();
        lines.push(Line::from(spans));
    }
    if status.round.complete {
        lines.extend(wrapped(
            i18n::ROUND_COMPLETE.get(lang),
            area.width,
            theme.good(),
        ));
    }
    lines.push(Line::styled(*i18n::GRID_KEY.get(lang), theme.dim()));
    lines.push(Line::raw(""));

    let streak = status.streak.describe(lang);
    lines.push(Line::from(vec![
        Span::styled(format!("{}  ", i18n::LABEL_STREAK.get(lang)), theme.title()),
        Span::raw(streak),
    ]));
    let done = if status.today.done {
        Span::styled(format!("✓ {}", i18n::STATE_DONE.get(lang)), theme.good())
    } else {
        Span::styled(
            format!("◉ {}", i18n::STATE_NOT_DONE.get(lang)),
            theme.accent(),
        )
    };
    lines.push(Line::from(vec![
        Span::styled(format!("{}  ", i18n::LABEL_TODAY.get(lang)), theme.title()),
        done,
    ]));
    if let Some(note) = &status.today.note {
        let label = format!("{}  ", i18n::LABEL_NOTE.get(lang));
        let indent = crate::text::width(&label) as u16;
        let mut note_lines = wrapped(note, area.width.saturating_sub(indent), Default::default());
        if let Some(first) = note_lines.first_mut() {
            first.spans.insert(0, Span::styled(label, theme.title()));
        }
        lines.extend(note_lines);
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(*i18n::BY_SUIT.get(lang), theme.title()));
    lines.extend(suit_bars(status, lang, theme, area.width));
    frame.render_widget(Paragraph::new(lines), area);
}

pub fn day_style(state: DayState, theme: &Theme) -> ratatui::style::Style {
    match state {
        DayState::Done => theme.good(),
        DayState::Frozen => theme.accent(),
        DayState::Missed => theme.bad(),
        DayState::Today => theme.title(),
        DayState::Future => theme.dim(),
    }
}

/// Check-ins per suit as bars of ▰ (one column wide in every terminal), the
/// suit symbols in a column as wide as the widest of them.
pub fn suit_bars(status: &Status<'_>, lang: Lang, theme: &Theme, width: u16) -> Vec<Line<'static>> {
    let rows: Vec<(Option<Suit>, String, u32)> = Suit::ALL
        .into_iter()
        .map(|suit| (Some(suit), suit.key()))
        .chain([(None, "joker")])
        .map(|(suit, key)| {
            let name = suit.map_or(i18n::JOKER, Suit::name);
            (
                suit,
                name.get(lang).to_string(),
                *status.by_suit.get(key).unwrap_or(&0),
            )
        })
        .collect();
    let label_width = rows
        .iter()
        .map(|(_, name, _)| crate::text::width(name))
        .max()
        .unwrap_or(0);
    // Scaled to at least a round's 21, so one check-in is not a full bar.
    let most = rows.iter().map(|(_, _, n)| *n).max().unwrap_or(0).max(21);
    let room = usize::from(width)
        .saturating_sub(label_width + 10)
        .clamp(1, 40);
    rows.into_iter()
        .map(|(suit, name, count)| {
            let bar = "▰".repeat((count as usize * room).div_ceil(most as usize).min(room));
            Line::from(vec![
                Span::styled(format!("{} ", theme.suit_symbol(suit)), theme.suit(suit)),
                Span::raw(crate::text::pad(&name, label_width + 1)),
                Span::styled(bar, theme.suit(suit)),
                Span::raw(format!(" {count}")),
            ])
        })
        .collect()
}
