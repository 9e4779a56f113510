//! The projector screen: one participant, their hand as big cards, the
//! timer in big digits (inverse and "time's up" when it runs out), the swap
//! and the pledge.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::BorderType;

use super::bigcard::{self, Marks};
use crate::i18n::{self, workshop as t};
use crate::tui::wide::{Block, Paragraph};
use crate::tui::workshop::app::App;
use crate::workshop::report::card_label;
use crate::workshop::timer::clock_face;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some((who, swapped)) = app.spotlight() else {
        return;
    };
    let face = clock_face(app.timer.seconds_left(app.now_ms));
    let (sx, sy) = bigcard::scale(&face, area.width / 3, area.height / 4).unwrap_or((1, 1));
    let timer_width = bigcard::width(&face, sx).unwrap_or(8).max(16) + 4;
    let timer_height = bigcard::ROWS * sy + 2;
    let [header, cards] =
        Layout::vertical([Constraint::Length(timer_height), Constraint::Fill(1)]).areas(area);
    let [about, timer] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(timer_width)]).areas(header);
    render_about(app, frame, about, who, swapped);
    render_timer(app, frame, timer, &face, (sx, sy));

    let hand = app.hand(who);
    if hand.is_empty() {
        return;
    }
    let pledged = app.session.pledge_of(who).map(|p| p.card.as_str());
    let slots = Layout::horizontal(vec![Constraint::Fill(1); hand.len()]).split(cards);
    for (slot, (card, rect)) in hand.iter().zip(slots.iter()).enumerate() {
        let marks = Marks {
            number: slot + 1,
            selected: slot == app.card,
            pledged: pledged == Some(card.id.as_str()),
        };
        bigcard::card(frame, *rect, card, app.lang, &app.theme, marks);
    }
}

/// Who has the floor, their place in the round, the swap and the pledge.
fn render_about(app: &App, frame: &mut Frame, area: Rect, who: usize, swapped: bool) {
    let lang = app.lang;
    let name = app.session.name(who);
    let count = app.session.setup.participants.len();
    let place = i18n::fill_named(
        t::TURN_OF.get(lang),
        &[("n", &(who + 1)), ("count", &count)],
    );
    let swap = if swapped {
        Span::styled(*t::SWAP_USED.get(lang), app.theme.dim())
    } else {
        Span::styled(*t::SWAP_FREE.get(lang), app.theme.good())
    };
    let pledge = match app.session.pledge_of(who) {
        Some(pledge) => {
            let mut text = i18n::fill(t::PLEDGE_SHOWN.get(lang), card_label(pledge, lang));
            if let Some(by) = pledge.by {
                text.push_str(&i18n::fill(i18n::report::BY.get(lang), by));
            }
            Span::styled(format!("✓ {text}"), app.theme.good())
        }
        None => Span::styled(*t::NO_PLEDGE_YET.get(lang), app.theme.dim()),
    };
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = vec![
        Line::from(vec![
            Span::styled(
                format!("▶ {name}"),
                app.theme.title().patch(app.theme.accent()),
            ),
            Span::styled(format!("   {place}"), app.theme.dim()),
        ]),
        Line::from(swap),
    ];
    let pledge_text = crate::text::truncate(&pledge.content, width).to_string();
    lines.push(Line::from(Span::styled(pledge_text, pledge.style)));
    let rows = usize::from(area.height);
    // A name is the largest thing in the header: with room, it stands alone
    // on its line with space around.
    if rows >= 5 {
        lines.insert(0, Line::raw(""));
        lines.insert(2, Line::raw(""));
    }
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(1),
            ..area
        },
    );
}

fn render_timer(app: &App, frame: &mut Frame, area: Rect, face: &str, (sx, sy): (u16, u16)) {
    let lang = app.lang;
    let up = app.timer.is_up();
    let (label, style) = if up {
        (
            t::TIMES_UP,
            app.theme
                .bad()
                .patch(app.theme.selected())
                .add_modifier(Modifier::BOLD),
        )
    } else if app.timer.is_running() {
        (t::TIMER_RUNNING, app.theme.good())
    } else {
        (t::TIMER_STOPPED, app.theme.dim())
    };
    let block = Block::bordered()
        .border_type(if up {
            BorderType::Thick
        } else {
            BorderType::Rounded
        })
        .border_style(style)
        .title(Line::styled(format!(" {} ", label.get(lang)), style).alignment(Alignment::Center));
    let inner = block.inner(area);
    frame.render_widget(block.style(if up { style } else { Style::default() }), area);
    let lines: Vec<Line> = if up {
        // Time's up: the words, big enough, instead of 0:00.
        let mut lines = vec![Line::raw(""); usize::from(inner.height.saturating_sub(1) / 2)];
        lines.push(Line::styled(*t::TIMES_UP.get(lang), style));
        lines
    } else {
        bigcard::pixel_lines(face, sx, sy, style, &app.theme)
    };
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .style(if up { style } else { Style::default() }),
        inner,
    );
}
