//! The home screen: today's card as a playing card, the round's 21 cells,
//! the streak, and check-ins by suit.
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::{card, phrases, wrapped};
use crate::deck::Suit;
use crate::i18n::{self, Lang};
use crate::journal::rules::DayState;
use crate::journal::view::{CardView, Occasion, Status};
use crate::text::sanitize::Shown;
use crate::tui::app::{App, REVEAL_FRAMES};
use crate::tui::theme::Theme;
use crate::tui::wide::Paragraph;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let status = app.status();
    let mut texts: Vec<String> = banner(app.today.date, app.lang)
        .into_iter()
        .map(str::to_string)
        .collect();
    // Today's card is a workshop pledge: where it was made, and by when.
    if let Some(pledge) = &status.today.pledge {
        let title = match &status.today.card {
            Some(crate::journal::view::CardView::Known(card)) => card.title.as_str(app.lang),
            _ => "",
        };
        texts.push(crate::text::sanitize::inline(&pledge.line(title, app.lang)).into_owned());
    }
    let occasion: Vec<Line> = texts
        .iter()
        .flat_map(|text| wrapped(text, area.width.saturating_sub(1), app.theme.accent()))
        .map(|line| {
            let mut spans = vec![Span::raw(" ")];
            spans.extend(line.spans);
            Line::from(spans)
        })
        .collect();
    let [banner_area, main] = Layout::vertical([
        Constraint::Length(occasion.len() as u16),
        Constraint::Fill(1),
    ])
    .areas(area);
    if !occasion.is_empty() {
        frame.render_widget(Paragraph::new(occasion), banner_area);
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

/// The panel beside the card: first what matters today (the round's day,
/// today's state, the streak with freezes and backfills, what can still
/// be done), so it stays on screen at 60x20 however long the grid; then
/// the grid, its key and the suits.
fn panel_lines(app: &App, status: &Status<'_>, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let theme = &app.theme;
    let width = area.width.saturating_sub(1); // a column to spare
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
    if let Some(credited) = &status.today.credited {
        let name = match credited {
            CardView::Known(card) => match &status.today.own {
                Some(own) => Shown(own).to_string(),
                None => format!("{}  {}", face_name(card, lang), card.title.as_str(lang)),
            },
            CardView::Unknown { id } => Shown(id).to_string(),
        };
        let text = i18n::fill_named(i18n::HISTORY_DONE_INSTEAD.get(lang), &[("card", &name)]);
        lines.extend(labelled("", &text, width, theme));
    }
    if let Some(note) = &status.today.note {
        let label = format!("{}  ", i18n::LABEL_NOTE.get(lang));
        lines.extend(labelled(&label, &Shown(note).to_string(), width, theme));
    }
    let streak = status.streak.describe(status.round.backfills_left, lang);
    let label = format!("{}  ", i18n::LABEL_STREAK.get(lang));
    lines.extend(labelled(&label, &streak, width, theme));
    for hint in status.hints(true, lang) {
        lines.extend(phrases(&hint, width, theme.accent()));
    }
    lines.push(Line::raw(""));

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
        lines.extend(wrapped(i18n::ROUND_COMPLETE.get(lang), width, theme.good()));
    }
    lines.extend(phrases(i18n::GRID_KEY.get(lang), width, theme.dim()));
    lines.push(Line::raw(""));
    lines.push(Line::styled(*i18n::BY_SUIT.get(lang), theme.title()));
    lines.extend(suit_bars(status, lang, theme, width));
    // Rows that do not fit: say how many, rather than cut them silently.
    let rows = usize::from(area.height);
    if lines.len() > rows && rows > 1 {
        let hidden = lines.len() - rows + 1;
        lines.truncate(rows - 1);
        lines.push(Line::styled(
            i18n::fill(i18n::MORE_ROWS.get(lang), hidden),
            theme.dim(),
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// `label` in bold, then `text` wrapped beside it (continued under the
/// text, not under the label).
fn labelled(label: &str, text: &str, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let indent = crate::text::width(label) as u16;
    let mut lines = phrases(text, width.saturating_sub(indent), Default::default());
    for (at, line) in lines.iter_mut().enumerate() {
        let lead = if at == 0 {
            Span::styled(label.to_string(), theme.title())
        } else {
            Span::raw(" ".repeat(usize::from(indent)))
        };
        line.spans.insert(0, lead);
    }
    lines
}

/// `红桃 5` / `Hearts 5`, `大小王` / `Joker`.
fn face_name(card: &crate::deck::json::CardJson<'_>, lang: Lang) -> String {
    let suit = Suit::ALL
        .into_iter()
        .find(|suit| suit.key() == card.suit)
        .map_or(i18n::JOKER, Suit::name);
    match card.rank {
        Some(rank) => format!("{} {rank}", suit.get(lang)),
        None => suit.get(lang).to_string(),
    }
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
