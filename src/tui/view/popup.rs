//! Popups over the screen: the note editor and the confirmations.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

use super::clear_left_edge;
use crate::i18n::{self, Text};
use crate::tui::app::{App, Confirm, Overlay};
use crate::tui::editor::LineEditor;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some(overlay) = &app.overlay else {
        return;
    };
    let width = area.width.saturating_sub(8).min(64);
    let [row] = Layout::vertical([Constraint::Length(5)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    clear_left_edge(frame.buffer_mut(), popup);
    frame.render_widget(Clear, popup);

    let lang = app.lang;
    let key = |key: &str, label: Text| {
        vec![
            Span::styled(key.to_string(), app.theme.accent()),
            Span::raw(format!(" {}   ", label.get(lang))),
        ]
    };
    match overlay {
        Overlay::Note(editor) => {
            let block = Block::bordered()
                .title(format!(" {} ", i18n::NOTE_TITLE.get(lang)))
                .border_style(app.theme.accent());
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            let field = Rect {
                height: 1,
                x: inner.x + 1,
                width: inner.width.saturating_sub(2),
                ..inner
            };
            edit_row(frame, editor, field, true);
            let mut hints = key("Enter", i18n::KEY_SAVE);
            hints.extend(key("Esc", i18n::KEY_CANCEL));
            let hint_area = Rect {
                y: inner.y + 2,
                height: 1,
                ..field
            };
            frame.render_widget(Paragraph::new(Line::from(hints)), hint_area);
        }
        Overlay::Confirm(confirm) => {
            let question = match confirm {
                Confirm::Undo => i18n::CONFIRM_UNDO,
                Confirm::Redraw => i18n::CONFIRM_REDRAW,
            };
            let block = Block::bordered().border_style(app.theme.accent());
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            let mut hints = key("y", i18n::KEY_YES);
            hints.extend(key("n", i18n::KEY_NO));
            let text = vec![
                Line::styled(format!(" {}", question.get(lang)), app.theme.title()),
                Line::raw(""),
                Line::from(hints).alignment(ratatui::layout::Alignment::Right),
            ];
            frame.render_widget(Paragraph::new(text), inner);
        }
    }
}

/// A one-line text field: the part of the text that fits, scrolled to
/// the cursor, and the terminal cursor placed in it when `focused`.
pub(crate) fn edit_row(frame: &mut Frame, editor: &LineEditor, area: Rect, focused: bool) {
    let (shown, cursor) = editor.visible(usize::from(area.width));
    frame.render_widget(Paragraph::new(shown.to_string()), area);
    if focused {
        frame.set_cursor_position(Position {
            x: area.x + cursor as u16,
            y: area.y,
        });
    }
}
