//! Overlays: the name and seed fields, the pledge form, confirmations and
//! the keys. Each clears its area first (and the wide character left of it,
//! see [`clear_left_edge`]).

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

use crate::i18n::{self, Text, keys as k, workshop as t};
use crate::text;
use crate::tui::bindings::Layer;
use crate::tui::editor::LineEditor;
use crate::tui::view::popup::edit_row;
use crate::tui::view::{clear_left_edge, help, hint_spans};
use crate::tui::wide::{Block, Paragraph};
use crate::tui::workshop::app::{Action, App, Confirm, Field, Overlay, PledgeForm};
use crate::tui::workshop::keys;
use crate::workshop::report::card_text;

/// Draws the overlay, if any; returns how far it can scroll (the help).
pub fn render(app: &App, frame: &mut Frame, area: Rect) -> Option<u16> {
    let Some(overlay) = &app.overlay else {
        return None;
    };
    match overlay {
        Overlay::Help => return Some(help(app, frame, area)),
        Overlay::Add(editor) => field(app, frame, area, t::ADD_TITLE, editor, Some(t::ADD_HINT)),
        Overlay::Seed(editor) => field(app, frame, area, t::SEED_TITLE, editor, None),
        Overlay::Folder(editor) => field(app, frame, area, t::FOLDER_TITLE, editor, None),
        Overlay::Pledge(form) => pledge(app, frame, area, form),
        Overlay::Confirm(confirm) => {
            let question = match confirm {
                Confirm::Redeal => t::CONFIRM_REDEAL,
                Confirm::End => t::CONFIRM_END,
            };
            let popup = open(frame, area, 64, 5);
            let block = Block::bordered().border_style(app.theme.accent());
            let inner = block.inner(popup);
            frame.render_widget(block, popup);
            let hints = hints(app, &keys::ASKING);
            let mut lines: Vec<Line> = text::wrap(
                question.get(app.lang),
                usize::from(inner.width.saturating_sub(2)),
            )
            .into_iter()
            .map(|l| Line::styled(format!(" {l}"), app.theme.title()))
            .collect();
            lines.truncate(2);
            while lines.len() < 2 {
                lines.push(Line::raw(""));
            }
            lines.push(Line::from(hints).alignment(Alignment::Right));
            frame.render_widget(Paragraph::new(lines), inner);
        }
    }
    None
}

/// A cleared, centred popup of at most `width` by `height`.
fn open(frame: &mut Frame, area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width.saturating_sub(4));
    let height = height.min(area.height.saturating_sub(2));
    let [row] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [popup] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(row);
    clear_left_edge(frame.buffer_mut(), popup);
    frame.render_widget(Clear, popup);
    popup
}

/// The keys of an overlay, as the table of its layer has them.
fn hints(app: &App, layer: &Layer<Action>) -> Vec<Span<'static>> {
    let footer = layer.footer(|_| false);
    footer
        .hints
        .iter()
        .chain(&footer.kept)
        .flat_map(|hint| hint_spans(app.lang, &app.theme, hint, "   "))
        .collect()
}

/// An editor on one row of `area`, with the cursor placed by width.
fn field(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    title: Text,
    editor: &LineEditor,
    hint: Option<Text>,
) {
    let popup = open(frame, area, 64, 5);
    let block = Block::bordered()
        .title(format!(" {} ", title.get(app.lang)))
        .border_style(app.theme.accent());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let row = Rect {
        height: 1,
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    frame.render_widget(Paragraph::new("> ").style(app.theme.accent()), row);
    edit_row(
        frame,
        editor,
        Rect {
            x: row.x + 2,
            width: row.width.saturating_sub(2),
            ..row
        },
        true,
    );
    if let Some(hint) = hint {
        let shown = text::truncate(hint.get(app.lang), usize::from(row.width)).to_string();
        frame.render_widget(
            Paragraph::new(shown).style(app.theme.dim()),
            Rect {
                y: inner.y + 2,
                ..row
            },
        );
    }
}

fn pledge(app: &App, frame: &mut Frame, area: Rect, form: &PledgeForm) {
    let lang = app.lang;
    let Some((who, _)) = app.spotlight() else {
        return;
    };
    let name = app.session.name(who);
    let fields = form.fields();
    let error_rows = u16::from(form.error.is_some()) * 4;
    let popup = open(frame, area, 76, 9 + fields.len() as u16 + error_rows);
    let block = Block::bordered()
        .title(format!(" {} ", i18n::fill(t::PLEDGE_TITLE.get(lang), name)))
        .border_style(app.theme.accent());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let labels = [t::FIELD_CARD, t::FIELD_WORDS, t::FIELD_BY, t::FIELD_NOTE];
    let label_width = labels
        .iter()
        .map(|l| text::width(l.get(lang)))
        .max()
        .unwrap_or(0)
        + 2;
    let value_width = inner.width.saturating_sub(label_width as u16 + 2);
    let mut y = inner.y;
    let row = |y: u16| Rect {
        y,
        height: 1,
        ..inner
    };
    let label = |frame: &mut Frame, y: u16, text_in: Text, focused: bool| {
        let marker = if focused { "> " } else { "  " };
        let style = if focused {
            app.theme.accent()
        } else {
            app.theme.dim()
        };
        frame.render_widget(
            Paragraph::new(format!(
                "{marker}{}",
                text::pad(text_in.get(lang), label_width)
            ))
            .style(style),
            row(y),
        );
    };
    let value_area = |y: u16| Rect {
        x: inner.x + label_width as u16 + 2,
        width: value_width,
        y,
        height: 1,
    };

    // The card: its suit and title, never typed.
    label(frame, y, t::FIELD_CARD, false);
    let card = app
        .deck
        .card(&form.card)
        .map_or(form.card.clone(), |card| card_text(card, lang));
    frame.render_widget(
        Paragraph::new(text::truncate(&card, usize::from(value_width)).to_string())
            .style(app.theme.title()),
        value_area(y),
    );
    y += 2;
    for field in fields {
        let text_in = match field {
            Field::Words => t::FIELD_WORDS,
            Field::By => t::FIELD_BY,
            Field::Note => t::FIELD_NOTE,
        };
        let focused = form.field == *field;
        label(frame, y, text_in, focused);
        edit_row(frame, form.editor(*field), value_area(y), focused);
        y += 1;
        if *field == Field::By {
            frame.render_widget(
                Paragraph::new(*t::BY_FORMAT.get(lang)).style(app.theme.dim()),
                value_area(y),
            );
            y += 1;
        }
    }
    if let Some(old) = app
        .session
        .pledge_of(who)
        .map(|p| crate::workshop::report::card_label(p, lang))
    {
        y += 1;
        let text_in = i18n::fill(t::REPLACES.get(lang), old);
        frame.render_widget(
            Paragraph::new(text::truncate(&text_in, usize::from(inner.width)).to_string())
                .style(app.theme.dim()),
            row(y),
        );
    }
    if let Some(error) = &form.error {
        y += 1;
        for line in text::wrap(error, usize::from(inner.width))
            .into_iter()
            .take(3)
        {
            y += 1;
            if y >= inner.bottom().saturating_sub(1) {
                break;
            }
            frame.render_widget(Paragraph::new(line).style(app.theme.bad()), row(y));
        }
    }
    let hints = hints(app, &keys::IN_PLEDGE);
    frame.render_widget(
        Paragraph::new(Line::from(hints)).alignment(Alignment::Right),
        row(inner.bottom().saturating_sub(1)),
    );
}

fn help(app: &App, frame: &mut Frame, area: Rect) -> u16 {
    let lang = app.lang;
    let popup = open(frame, area, 84, area.height.saturating_sub(2));
    let block = Block::bordered()
        .title(format!(" {} ", k::WS_TITLE_HELP.get(lang)))
        .border_style(app.theme.accent());
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let lines = help::lines(keys::help(app.screen), lang, &app.theme, inner.width, 1);
    let max_scroll = lines.len().saturating_sub(usize::from(inner.height)) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((app.scroll.min(max_scroll), 0)),
        inner,
    );
    max_scroll
}
