//! Popups over the screen: the note editor and the confirmations.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::{clear_left_edge, hint_spans};
use crate::i18n;
use crate::tui::app::{Action, App, Confirm, Overlay};
use crate::tui::bindings::Layer;
use crate::tui::editor::LineEditor;
use crate::tui::keys;
use crate::tui::wide::{Block, Paragraph};

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
    // The keys of the popup, as the table of its layer has them.
    let hints = |layer: &Layer<Action>| -> Vec<Span<'static>> {
        let footer = layer.footer(|_| false);
        footer
            .hints
            .iter()
            .chain(&footer.kept)
            .flat_map(|hint| hint_spans(lang, &app.theme, hint, "   "))
            .collect()
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
            let hints = hints(&keys::IN_FIELD);
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
            let hints = hints(&keys::ASKING);
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
