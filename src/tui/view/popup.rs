//! Popups over the screen: the note editor and the confirmations.

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use super::{clear_left_edge, hint_spans, wrapped};
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
    let question = match overlay {
        Overlay::Confirm(confirm) => question(app, confirm),
        _ => String::new(),
    };
    let question_lines = wrapped(&question, width.saturating_sub(4), app.theme.title());
    let height = match overlay {
        Overlay::Confirm(_) => (question_lines.len() as u16 + 4).min(area.height),
        _ => 5,
    };
    let [row] = Layout::vertical([Constraint::Length(height)])
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
        Overlay::Note(editor) | Overlay::Own(editor) => {
            let title = match overlay {
                Overlay::Own(_) => i18n::OWN_TITLE,
                _ => i18n::NOTE_TITLE,
            };
            let block = Block::bordered()
                .title(format!(" {} ", title.get(lang)))
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
        Overlay::Confirm(_) => {
            let block = Block::bordered().border_style(app.theme.accent());
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            let hints = hints(keys::layer(app));
            let mut text: Vec<Line> = question_lines
                .into_iter()
                .map(|line| {
                    let mut spans = vec![Span::raw(" ")];
                    spans.extend(line.spans);
                    Line::from(spans)
                })
                .collect();
            text.push(Line::raw(""));
            text.push(Line::from(hints).alignment(ratatui::layout::Alignment::Right));
            frame.render_widget(Paragraph::new(text), inner);
        }
    }
}

/// What a question asks, in words: what will happen, to which card, and
/// what stays (the note) or is left (backfills).
fn question(app: &App, confirm: &Confirm) -> String {
    let lang = app.lang;
    let today = app.today.facts(app.today.date);
    let note_stays_of = |text: String, note: &Option<String>| match note {
        Some(note) => format!(
            "{text}{}",
            i18n::fill_named(
                i18n::CONFIRM_NOTE_STAYS.get(lang),
                &[("note", &crate::text::sanitize::Shown(note))]
            )
        ),
        None => text,
    };
    let note_stays = |text: String| note_stays_of(text, &today.note);
    let card_name = |id: &str| app.deck.quoted(id).get(lang).clone();
    match confirm {
        Confirm::Undo => note_stays(i18n::CONFIRM_UNDO.get(lang).to_string()),
        Confirm::Redraw => {
            let mut text = i18n::CONFIRM_REDRAW.get(lang).to_string();
            // On 爱邻日 the red joker is the day's own card: say it goes.
            if app.today.date.day() == 20 && today.card.as_deref() == Some("joker-red") {
                text.push_str(i18n::CONFIRM_REDRAW_LOVE_DAY.get(lang));
            }
            note_stays(text)
        }
        Confirm::Backfill { card, drawn } => {
            let text = if *drawn {
                i18n::CONFIRM_BACKFILL
            } else {
                i18n::CONFIRM_BACKFILL_NO_CARD
            };
            let left = app.status().round.backfills_left;
            i18n::fill_named(
                text.get(lang),
                &[
                    ("date", &app.today.yesterday()),
                    ("card", &card_name(card)),
                    ("left", &left),
                    ("after", &left.saturating_sub(1)),
                ],
            )
        }
        Confirm::UndoBackfill { card } => {
            let yesterday = app.today.yesterday();
            note_stays_of(
                i18n::fill_named(
                    i18n::CONFIRM_UNDO_BACKFILL.get(lang),
                    &[("date", &yesterday), ("card", &card_name(card))],
                ),
                &app.today.facts(yesterday).note,
            )
        }
        Confirm::Recredit { card, yesterday } => {
            let day = if *yesterday {
                app.today.yesterday()
            } else {
                app.today.date
            };
            let facts = app.today.facts(day);
            let before = match (&facts.own, facts.done_card()) {
                (Some(own), _) => i18n::fill_named(
                    i18n::OWN_WORDS_QUOTED.get(lang),
                    &[("own", &crate::text::sanitize::Shown(own))],
                ),
                (None, Some(done)) => card_name(done),
                (None, None) => String::new(),
            };
            i18n::fill_named(
                i18n::CONFIRM_RECREDIT.get(lang),
                &[
                    ("date", &day),
                    ("before", &before),
                    ("card", &card_name(card)),
                ],
            )
        }
        Confirm::FreshRound => {
            let status = app.status();
            i18n::fill_named(
                i18n::CONFIRM_FRESH_ROUND.get(lang),
                &[
                    ("round", &status.round.number),
                    ("checked", &status.round.checked_in),
                ],
            )
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
