//! Drawing: `render(&App, &mut Frame)` only reads the state. One module per
//! screen, plus the card widget and the popups.

pub(crate) mod card;
mod deck;
mod help;
mod history;
mod home;
pub(crate) mod popup;
mod why;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::{App, Screen};
use super::theme::Theme;
use crate::i18n::{self, Text};
use crate::text;

/// The smallest terminal the layouts are made for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app.lang, frame, area);
        return;
    }
    let [top, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    title_bar(app, frame, top);
    match app.screen {
        Screen::Home => home::render(app, frame, body),
        Screen::Deck => deck::render(app, frame, body),
        Screen::History => history::render(app, frame, body),
        Screen::Why => why::render(app, frame, body),
        Screen::Help => help::render(app, frame, body),
    }
    status_bar(app, frame, bottom);
    popup::render(app, frame, area);
}

/// Asks for a bigger terminal, centred.
pub(crate) fn too_small(lang: i18n::Lang, frame: &mut Frame, area: Rect) {
    let message = i18n::fill_named(
        i18n::TOO_SMALL.get(lang),
        &[
            ("min", &format!("{MIN_WIDTH}x{MIN_HEIGHT}")),
            ("now", &format!("{}x{}", area.width, area.height)),
        ],
    );
    let lines: Vec<Line> = text::wrap(&message, usize::from(area.width.max(4)))
        .into_iter()
        .map(Line::from)
        .collect();
    let height = (lines.len() as u16).min(area.height);
    let [middle] = Layout::vertical([Constraint::Length(height)])
        .flex(ratatui::layout::Flex::Center)
        .areas(area);
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), middle);
}

fn title_bar(app: &App, frame: &mut Frame, area: Rect) {
    let screen = match app.screen {
        Screen::Home => i18n::SCREEN_HOME,
        Screen::Deck => i18n::SCREEN_DECK,
        Screen::History => i18n::SCREEN_HISTORY,
        Screen::Why => i18n::SCREEN_WHY,
        Screen::Help => i18n::SCREEN_HELP,
    };
    let left = Line::from(vec![
        Span::styled(
            format!(" {} ", i18n::APP_NAME.get(app.lang)),
            app.theme.title(),
        ),
        Span::raw(format!("{}  ", app.deck.name.as_str(app.lang))),
        Span::styled(*screen.get(app.lang), app.theme.accent()),
    ]);
    frame.render_widget(Paragraph::new(left), area);
    let date = format!("{} ", app.today.date);
    frame.render_widget(
        Paragraph::new(date)
            .alignment(Alignment::Right)
            .style(app.theme.dim()),
        area,
    );
}

/// The bottom line: a message if there is one, else the keys of the screen.
fn status_bar(app: &App, frame: &mut Frame, area: Rect) {
    if let Some(message) = &app.message {
        let style = if message.error {
            app.theme.bad()
        } else {
            app.theme.good()
        };
        let shown = text::truncate(&message.text, usize::from(area.width));
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {shown}"), style)),
            area,
        );
        return;
    }
    let keys: &[(&str, Text)] = match app.screen {
        Screen::Home => &[
            ("c", i18n::KEY_CHECK_IN),
            ("n", i18n::KEY_NOTE),
            ("u", i18n::KEY_UNDO),
            ("r", i18n::KEY_REDRAW),
            ("d", i18n::KEY_DECK),
            ("h", i18n::KEY_HISTORY),
            ("w", i18n::KEY_WHY),
            ("l", i18n::KEY_LANG),
        ],
        Screen::Deck => &[
            ("←→", i18n::KEY_TABS),
            ("↑↓", i18n::KEY_MOVE),
            ("/", i18n::KEY_SEARCH),
            ("Esc", i18n::KEY_BACK),
            ("l", i18n::KEY_LANG),
        ],
        Screen::History | Screen::Why | Screen::Help => &[
            ("↑↓", i18n::KEY_SCROLL),
            ("Esc", i18n::KEY_BACK),
            ("l", i18n::KEY_LANG),
        ],
    };
    let tail = [("?", i18n::KEY_HELP), ("q", i18n::KEY_QUIT)];
    frame.render_widget(
        Paragraph::new(hint_line(app.lang, &app.theme, keys, &tail, area.width)),
        area,
    );
}

/// Key hints that fit `width`: as many of `keys` as fit, then always `tail`.
pub(crate) fn hint_line(
    lang: i18n::Lang,
    theme: &Theme,
    keys: &[(&str, Text)],
    tail: &[(&str, Text)],
    width: u16,
) -> Line<'static> {
    let entry = |(key, label): &(&str, Text)| format!("{key} {}", label.get(lang));
    let tail_width: usize = tail.iter().map(|e| text::width(&entry(e)) + 2).sum();
    let mut used = 1 + tail_width;
    let mut spans = vec![Span::raw(" ")];
    for item in keys {
        let shown = entry(item);
        let w = text::width(&shown) + 2;
        if used + w > usize::from(width) {
            break;
        }
        used += w;
        spans.push(key_span(item.0, theme));
        spans.push(Span::raw(format!(" {}  ", item.1.get(lang))));
    }
    for item in tail {
        spans.push(key_span(item.0, theme));
        spans.push(Span::raw(format!(" {}  ", item.1.get(lang))));
    }
    Line::from(spans)
}

fn key_span(key: &str, theme: &Theme) -> Span<'static> {
    Span::styled(key.to_string(), theme.accent())
}

/// Lines of wrapped text, each a `Line` with `style`.
pub(crate) fn wrapped(
    text_in: &str,
    width: u16,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    text::wrap(text_in, usize::from(width.max(2)))
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

/// Before drawing a popup over `area`: a wide character just left of it
/// would spill its right half over the popup's left border (ratatui skips
/// the cell after a wide character), so it is blanked.
pub(crate) fn clear_left_edge(buffer: &mut Buffer, area: Rect) {
    if area.x == 0 {
        return;
    }
    for y in area.top()..area.bottom() {
        if let Some(cell) = buffer.cell_mut((area.x - 1, y))
            && text::width(cell.symbol()) > 1
        {
            cell.set_symbol(" ");
        }
    }
}
