//! A card drawn as a playing card: rank and suit in two corners (the bottom
//! one upside down, as on a real card), suit name and theme, the title and
//! action in both languages (the other language only where it fits), minutes.
//! Suit symbols are ambiguous-width: each is followed by a space, and in a
//! terminal that draws them wide they get two columns ([`crate::tui::wide`]).

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::BorderType;

use super::wrapped;
use crate::deck::{Card, Face};
use crate::i18n::{self, Lang};
use crate::tui::theme::Theme;
use crate::tui::wide::{Block, Paragraph};

/// The size of a card that fits `area`, near a real card's 63:88 (a cell is
/// about twice as tall as wide).
pub fn size_for(area: Rect) -> (u16, u16) {
    let height = area.height.min(30);
    let width = ((u32::from(height) * 10 / 7) as u16)
        .clamp(24, 46)
        .min(area.width);
    (width, height)
}

fn corner(face: Face) -> (String, String) {
    match face {
        Face::Suited(suit, rank) => (rank.label().to_string(), suit.symbol().to_string()),
        Face::Joker => ("JOKER".to_string(), "★".to_string()),
    }
}

pub fn face(frame: &mut Frame, area: Rect, card: &Card, lang: Lang, theme: &Theme) {
    let suit_style = theme.suit(card.face.suit());
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(suit_style);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 4 || inner.height < 3 {
        return;
    }
    let (rank, symbol) = corner(card.face);
    let other = lang.companion();
    let (name, theme_name) = match card.face.suit() {
        Some(suit) => (suit.name(), suit.theme()),
        None => (i18n::JOKER, i18n::JOKER_THEME),
    };
    let text_width = inner.width.saturating_sub(2);

    let mut top: Vec<Line> = vec![
        Line::from(vec![Span::styled(
            format!("{rank} {symbol} "),
            suit_style.patch(theme.title()),
        )]),
        Line::styled(
            crate::text::shorten(
                &format!("{}  {}", name.get(lang), theme_name.get(lang)),
                usize::from(text_width),
            )
            .into_owned(),
            suit_style,
        ),
        Line::raw(""),
    ];
    top.extend(wrapped(card.title.as_str(lang), text_width, theme.title()));
    let primary_action = wrapped(card.action.as_str(lang), text_width, Style::default());
    let minutes = Line::styled(
        i18n::fill(i18n::MINUTES_SHORT.get(lang), card.minutes),
        theme.dim(),
    );
    let bottom = Line::styled(format!("{symbol} {rank}"), suit_style).alignment(Alignment::Right);

    // Rows: top, blank, action, [tip], [other language], minutes, bottom corner.
    let mut lines = top;
    lines.push(Line::raw(""));
    lines.extend(primary_action);
    if let Some(tip) = &card.tip {
        let colon = lang.colon();
        let tip = format!("{}{colon}{}", i18n::LABEL_TIP.get(lang), tip.as_str(lang));
        let mut tip_lines = vec![Line::raw("")];
        tip_lines.extend(wrapped(&tip, text_width, theme.accent()));
        if lines.len() + tip_lines.len() + 2 <= usize::from(inner.height) {
            lines.extend(tip_lines);
        }
    }
    let fixed = lines.len() + 2;
    let mut second = vec![Line::raw("")];
    second.extend(wrapped(card.title.as_str(other), text_width, theme.dim()));
    second.extend(wrapped(card.action.as_str(other), text_width, theme.dim()));
    if fixed + second.len() <= usize::from(inner.height) {
        lines.extend(second);
    } else if fixed + 2 <= usize::from(inner.height) {
        // At least the title in the other language.
        let title = wrapped(card.title.as_str(other), text_width, theme.dim());
        if fixed + 1 + title.len() <= usize::from(inner.height) {
            lines.push(Line::raw(""));
            lines.extend(title);
        }
    }
    let room = usize::from(inner.height).saturating_sub(2);
    if lines.len() > room {
        // Cut at the bottom: the last line shown ends with "…".
        lines.truncate(room);
        if let Some(last) = lines.last_mut() {
            let style = last
                .spans
                .first()
                .map(|span| span.style)
                .unwrap_or_default();
            let shown: String = last
                .spans
                .iter()
                .map(|span| span.content.as_ref())
                .collect();
            let width = usize::from(text_width);
            let mark = "…";
            let kept =
                crate::text::truncate(&shown, width.saturating_sub(crate::text::width(mark)));
            *last = Line::styled(format!("{}{mark}", kept.trim_end()), style);
        }
    }
    while lines.len() < room {
        lines.push(Line::raw(""));
    }
    lines.push(minutes);
    lines.push(bottom);
    let padded = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines), padded);
}

/// The back: the deck's title and the four suits on a pattern.
pub fn back(frame: &mut Frame, area: Rect, lang: Lang, theme: &Theme) {
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.accent());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let pattern_row = "小事".repeat(usize::from(inner.width) / 4 + 1);
    let pattern = crate::text::truncate(&pattern_row, usize::from(inner.width)).to_string();
    let middle = usize::from(inner.height) / 2;
    let lines: Vec<Line> = (0..usize::from(inner.height))
        .map(|row| {
            if row + 1 == middle {
                Line::styled(*i18n::CARD_BACK.get(lang), theme.title()).alignment(Alignment::Center)
            } else if row == middle {
                Line::styled("♥ ♠ ♣ ♦ ", theme.accent()).alignment(Alignment::Center)
            } else {
                Line::styled(pattern.clone(), theme.dim())
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
