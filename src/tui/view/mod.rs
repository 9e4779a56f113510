//! Drawing: `render(&App, &mut Frame)` only reads the state. One module per
//! screen, plus the card widget and the popups.

pub(crate) mod card;
mod deck;
pub(crate) mod help;
mod history;
mod home;
pub(crate) mod popup;
mod why;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::app::{App, Screen};
use super::bindings::{Footer, Hint};
use super::keys;
use super::theme::Theme;
use super::wide::{self, Paragraph};
use crate::i18n;
use crate::text;

/// The smallest terminal the layouts are made for.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

pub fn render(app: &App, frame: &mut Frame) {
    draw(app, frame);
}

/// Draws the app like [`render`]; returns how far the screen shown can
/// scroll, so that the runtime keeps `app.scroll` within it (else a key that
/// scrolls back would seem to do nothing after scrolling past the end).
/// The frame is sealed for the terminal's ambiguous width ([`wide::seal`]).
pub fn draw(app: &App, frame: &mut Frame) -> u16 {
    let max_scroll = draw_screen(app, frame);
    crate::tui::theme::text_in_default_colour(frame.buffer_mut());
    wide::seal(frame.buffer_mut());
    max_scroll
}

fn draw_screen(app: &App, frame: &mut Frame) -> u16 {
    let Some([top, body, bottom]) = bands(app.lang, frame) else {
        return app.scroll;
    };
    title_bar(app, frame, top);
    let max_scroll = match app.screen {
        Screen::Home => {
            home::render(app, frame, body);
            0
        }
        Screen::Deck => {
            deck::render(app, frame, body);
            0
        }
        Screen::History => history::render(app, frame, body),
        Screen::Why => why::render(app, frame, body),
        Screen::Help => help::render(app, frame, body),
    };
    status_bar(app, frame, bottom);
    popup::render(app, frame, frame.area());
    max_scroll
}

/// A screen's three bands: the title line, the body, the key line; or
/// `None`, after saying so, when the terminal is smaller than the minimum.
pub(crate) fn bands(lang: i18n::Lang, frame: &mut Frame) -> Option<[Rect; 3]> {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(lang, frame, area);
        return None;
    }
    Some(
        Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area),
    )
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

/// A message for the bottom line: good news in the good colour, an error in
/// the bad one, cut with "…" one column short of the edge.
pub(crate) fn message_span(
    message: &super::app::Message,
    theme: &Theme,
    width: u16,
) -> Span<'static> {
    let style = if message.error {
        theme.bad()
    } else {
        theme.good()
    };
    let shown = text::shorten(&message.text, usize::from(width.saturating_sub(1)));
    Span::styled(format!(" {shown}"), style)
}

/// The bottom line: a message if there is one, else the keys of the screen.
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

/// A footer that fits `width`: as many hints as fit, then always the kept
/// ones (help and quit).
pub(crate) fn hint_line(
    lang: i18n::Lang,
    theme: &Theme,
    footer: &Footer,
    width: u16,
) -> Line<'static> {
    let entry = |hint: &Hint| format!("{} {}", hint.keys, hint.label.get(lang));
    let kept_width: usize = footer.kept.iter().map(|h| text::width(&entry(h)) + 2).sum();
    let mut used = 1 + kept_width;
    let mut spans = vec![Span::raw(" ")];
    let mut fitting = Vec::new();
    for hint in &footer.hints {
        let w = text::width(&entry(hint)) + 2;
        if used + w > usize::from(width) {
            break;
        }
        used += w;
        fitting.push(hint);
    }
    for hint in fitting.into_iter().chain(&footer.kept) {
        spans.extend(hint_spans(lang, theme, hint, "  "));
    }
    Line::from(spans)
}

/// One hint: its keys in the accent style, its label, then `gap`. What
/// Enter does ([`Hint::default`]) is highlighted, keys and label: the
/// default of a question, the same way in every TUI.
pub(crate) fn hint_spans(
    lang: i18n::Lang,
    theme: &Theme,
    hint: &Hint,
    gap: &str,
) -> [Span<'static>; 3] {
    let label = hint.label.get(lang);
    if hint.keys.is_empty() {
        return [
            Span::raw(""),
            Span::raw(label.to_string()),
            Span::raw(gap.to_string()),
        ];
    }
    let (keys, rest) = if hint.default {
        (theme.accent().patch(theme.selected()), theme.selected())
    } else {
        (theme.accent(), ratatui::style::Style::default())
    };
    [
        Span::styled(hint.keys.clone(), keys),
        Span::styled(format!(" {label}"), rest),
        Span::raw(gap.to_string()),
    ]
}

/// Like [`wrapped`], for a status line, a hint or a key: wrapped between
/// phrases (`可请假 0 天，` / `◉ 今天  `), never inside one.
pub(crate) fn phrases(
    text_in: &str,
    width: u16,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    styled(
        text::wrap_phrases(text_in, usize::from(width.max(2))),
        style,
    )
}

/// Lines of wrapped text, each a `Line` with `style`.
pub(crate) fn wrapped(
    text_in: &str,
    width: u16,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    styled(text::wrap(text_in, usize::from(width.max(2))), style)
}

fn styled(lines: Vec<String>, style: ratatui::style::Style) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .map(|line| Line::styled(line, style))
        .collect()
}

/// Before drawing a popup over `area`: a wide character just left of it
/// (Chinese, or an ambiguous one in a wide-ambiguous terminal) would spill
/// its right half over the popup's left border (ratatui skips the cell after
/// a wide character), so it is blanked.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::app::Message;

    #[test]
    fn a_long_message_is_cut_with_an_ellipsis_inside_the_line() {
        let theme = Theme { color: true };
        let message = Message {
            text: "已保存：王阿姨 12月1日 ♥7，李叔叔 12月2日 ♣3".to_string(),
            error: false,
        };
        let span = message_span(&message, &theme, 20);
        assert!(span.content.ends_with('…'), "{}", span.content);
        assert!(text::width(&span.content) < 20, "{}", span.content);
        assert_eq!(span.style, theme.good());
        let short = Message {
            text: "不行".to_string(),
            error: true,
        };
        let span = message_span(&short, &theme, 20);
        assert_eq!(span.content, " 不行");
        assert_eq!(span.style, theme.bad());
    }
}
