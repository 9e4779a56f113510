//! The help screen: every key, by screen, from the key tables
//! ([`crate::tui::keys::HELP`]); the workshop's help overlay is drawn with
//! [`lines`] too.
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n::Lang;
use crate::text;
use crate::tui::app::App;
use crate::tui::bindings::{Common, Section};
use crate::tui::keys;
use crate::tui::theme::Theme;
use crate::tui::wide::Paragraph;

/// The key column is at most this wide; a longer list of keys has a line
/// of its own, its sentence under it.
const KEY_COLUMN: usize = 17;

/// Draws the help; returns how far it can scroll.
pub fn render(app: &App, frame: &mut Frame, area: Rect) -> u16 {
    let lines = lines(&keys::HELP, app.lang, &app.theme, area.width, 0);
    let max_scroll = lines.len().saturating_sub(usize::from(area.height)) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((app.scroll.min(max_scroll), 0)),
        area,
    );
    max_scroll
}

/// The help of `sections` in `width` columns, `indent` columns in: each
/// section's title, then a line a binding (its keys, then its sentence,
/// wrapped), a blank line after each section.
pub(crate) fn lines<A: Clone + From<Common>>(
    sections: &[&Section<A>],
    lang: Lang,
    theme: &Theme,
    width: u16,
    indent: usize,
) -> Vec<Line<'static>> {
    let rows: Vec<_> = sections.iter().map(|s| (s.title, s.rows())).collect();
    let key_width = rows
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|row| text::width(&row.shown(lang))))
        .filter(|w| *w <= KEY_COLUMN)
        .max()
        .unwrap_or(0);
    let margin = " ".repeat(indent);
    let key_cell = |shown: &str| format!("{margin}  {}", text::pad(shown, key_width + 2));
    // One column to spare at the right: wrapped text never touches the edge.
    let help_width = usize::from(width).saturating_sub(indent + key_width + 5);
    let mut lines = Vec::new();
    for (title, rows) in rows {
        lines.push(Line::styled(
            format!("{margin}{}", title.get(lang)),
            theme.title(),
        ));
        for row in rows {
            let mut shown = row.shown(lang);
            if text::width(&shown) > key_width {
                lines.push(Line::styled(key_cell(&shown), theme.accent()));
                shown.clear();
            }
            for part in text::wrap(row.help.get(lang), help_width) {
                lines.push(Line::from(vec![
                    Span::styled(key_cell(&shown), theme.accent()),
                    Span::raw(part),
                ]));
                shown.clear();
            }
        }
        lines.push(Line::raw(""));
    }
    lines
}
