//! The help screen: every key, by screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::{self, Text};
use crate::tui::app::App;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let sections: [(Text, &[(&str, Text)]); 5] = [
        (i18n::HELP_HOME, &i18n::HELP_KEYS_HOME),
        (i18n::HELP_DECK, &i18n::HELP_KEYS_DECK),
        (i18n::HELP_LISTS, &i18n::HELP_KEYS_LISTS),
        (i18n::HELP_EDIT, &i18n::HELP_KEYS_EDIT),
        (i18n::HELP_ALL, &i18n::HELP_KEYS_ALL),
    ];
    let key_width = sections
        .iter()
        .flat_map(|(_, keys)| keys.iter().map(|(key, _)| crate::text::width(key)))
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    for (title, keys) in sections {
        lines.push(Line::styled(*title.get(app.lang), app.theme.title()));
        for (key, what) in keys {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {}", crate::text::pad(key, key_width + 2)),
                    app.theme.accent(),
                ),
                Span::raw(*what.get(app.lang)),
            ]));
        }
        lines.push(Line::raw(""));
    }
    let max_scroll = lines.len().saturating_sub(usize::from(area.height)) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((app.scroll.min(max_scroll), 0)),
        area,
    );
}
