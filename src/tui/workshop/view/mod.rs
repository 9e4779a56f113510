//! Drawing the workshop: `render(&App, &mut Frame)` only reads the state.
//! One module per screen, the big card and digits in [`bigcard`], the
//! overlays in [`popup`]. The title bar, the key hints and the "too small"
//! message are the resident TUI's own.

pub mod bigcard;
pub mod bigtext;
mod popup;
mod setup;
mod spotlight;
mod summary;
mod table;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::app::{App, Screen};
use super::keys;
use crate::i18n::{self, workshop as t};
use crate::text;
use crate::tui::view::{MIN_HEIGHT, MIN_WIDTH, hint_line, too_small};
use crate::tui::wide::{self, Paragraph};

pub fn render(app: &App, frame: &mut Frame) {
    draw(app, frame);
}

/// Draws the workshop like [`render`]; returns how far what is shown can
/// scroll (the help overlay, or the summary), for the runtime to keep
/// `app.scroll` within. The frame is sealed for the terminal's ambiguous
/// width ([`wide::seal`]).
pub fn draw(app: &App, frame: &mut Frame) -> u16 {
    let max_scroll = draw_screen(app, frame);
    crate::tui::theme::text_in_default_colour(frame.buffer_mut());
    if app.light && app.theme.color {
        crate::tui::theme::lighten(frame.buffer_mut());
    }
    wide::seal(frame.buffer_mut());
    max_scroll
}

fn draw_screen(app: &App, frame: &mut Frame) -> u16 {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app.lang, frame, area);
        return app.scroll;
    }
    let message = u16::from(app.message.is_some());
    let [top, body, status, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(message),
        Constraint::Length(1),
    ])
    .areas(area);
    title_bar(app, frame, top);
    let mut max_scroll = app.scroll;
    match app.screen {
        Screen::Setup => setup::render(app, frame, body),
        Screen::Table => table::render(app, frame, body),
        Screen::Spotlight => spotlight::render(app, frame, body),
        Screen::Summary => max_scroll = summary::render(app, frame, body),
    }
    status_line(app, frame, status);
    footer(app, frame, bottom);
    popup::render(app, frame, area).unwrap_or(max_scroll)
}

fn title_bar(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let screen = match app.screen {
        Screen::Setup => t::SCREEN_SETUP,
        Screen::Table => t::SCREEN_TABLE,
        Screen::Spotlight => t::SCREEN_SPOTLIGHT,
        Screen::Summary => t::SCREEN_SUMMARY,
    };
    let right = format!(
        "{} {} · {} {} ",
        i18n::report::LABEL_CODE.get(lang),
        app.session.code(),
        t::SESSION_ID.get(lang),
        app.session.id
    );
    let mut left = vec![
        Span::styled(format!(" {} ", i18n::APP_NAME.get(lang)), app.theme.title()),
        Span::raw(format!("{}  ", t::WORKSHOP.get(lang))),
        Span::styled(*screen.get(lang), app.theme.accent()),
    ];
    if app.read_only {
        left.push(Span::raw("  "));
        left.push(Span::styled(
            format!(" {} ", t::READ_ONLY_BANNER.get(lang)),
            app.theme.bad().patch(app.theme.selected()),
        ));
    }
    let left_width: usize = left.iter().map(|span| text::width(&span.content)).sum();
    frame.render_widget(Paragraph::new(Line::from(left)), area);
    if text::width(&right) + left_width.max(30) + 2 <= usize::from(area.width) {
        frame.render_widget(
            Paragraph::new(right)
                .alignment(Alignment::Right)
                .style(app.theme.dim()),
            area,
        );
    }
}

/// The last message, above the key hints, so the keys stay in view.
fn status_line(app: &App, frame: &mut Frame, area: Rect) {
    let Some(message) = &app.message else {
        return;
    };
    let style = if message.error {
        app.theme.bad()
    } else {
        app.theme.good()
    };
    // Cut with "…" if it is too long, one column short of the edge.
    frame.render_widget(
        Paragraph::new(Span::styled(format!(" {}", message.text), style)),
        Rect {
            width: area.width.saturating_sub(1),
            ..area
        },
    );
}

/// The keys of the screen (or of the overlay), as many as fit.
fn footer(app: &App, frame: &mut Frame, area: Rect) {
    let footer = keys::layer(app).footer(|_| false);
    frame.render_widget(
        Paragraph::new(hint_line(app.lang, &app.theme, &footer, area.width)),
        area,
    );
}

/// The name of a participant as shown: never wider than `columns`.
fn name_in(name: &str, columns: usize) -> String {
    text::pad(text::truncate(name, columns), columns)
}

/// Rows `first..first + height` of a list of `count` with `selected` in view.
fn window(count: usize, selected: usize, height: usize) -> usize {
    if height == 0 || count <= height {
        return 0;
    }
    selected
        .saturating_sub(height / 2)
        .min(count.saturating_sub(height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_keeps_the_selection_in_view() {
        assert_eq!(window(5, 4, 10), 0);
        assert_eq!(window(40, 0, 10), 0);
        assert_eq!(window(40, 20, 10), 15);
        assert_eq!(window(40, 39, 10), 30);
    }

    #[test]
    fn names_are_cut_by_width_never_inside_a_character() {
        assert_eq!(name_in("王阿姨", 5), "王阿 ");
        assert_eq!(name_in("Ming", 6), "Ming  ");
    }
}
