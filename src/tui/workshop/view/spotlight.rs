//! The projector screen, read from the back of the room. What residents
//! must read comes first and largest: the speaker's name and the card's
//! title in the font, drawn large ([`bigtext`]); the action as large as the
//! card's width allows; rank and suit small in the card's corner. The timer
//! counts down in block digits and, once time is up, counts the overtime
//! (`超时 +1:23`) in reverse video. The whole hand is on one line below,
//! every card the same size, the selected one marked: the card drawn large
//! is the one being talked about (← → or its number).
//!
//! Best projected at 100×30 or larger (README): the name and title are then
//! 12 pixels (6 rows) or more; at 200×50 the name is 20 and the title 20.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::BorderType;

use super::bigcard::{self, Marks};
use super::bigtext;
use crate::i18n::{self, workshop as t};
use crate::text;
use crate::tui::wide::{Block, Paragraph};
use crate::tui::workshop::app::{App, corner};
use crate::workshop::report::card_label;
use crate::workshop::timer::{clock_face, overtime_face};

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let Some((who, used)) = app.spotlight() else {
        return;
    };
    let face = match app.timer.overtime(app.now_ms) {
        Some(ms) => overtime_face(ms),
        None => clock_face(app.timer.seconds_left(app.now_ms)),
    };
    let header_room = (area.height / 4).max(3);
    let (sx, sy) =
        bigcard::scale(&face, area.width * 2 / 5, header_room.saturating_sub(2)).unwrap_or((1, 1));
    let timer_width = bigcard::width(&face, sx).unwrap_or(8).max(16) + 4;
    let timer_height = bigcard::ROWS * sy + 2;
    // The name, as large as one line of the header allows.
    let name = app.session.name(who);
    let name_width = area.width.saturating_sub(timer_width + 2);
    let big_name = bigtext::fit(name, name_width, header_room, 1, &bigtext::SIZES);
    let name_rows = big_name.as_ref().map_or(1, |(px, _)| bigtext::rows(*px));
    let header_height = timer_height.max(name_rows);
    let [header, info, card_area, strip] = Layout::vertical([
        Constraint::Length(header_height),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let [name_area, timer] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(timer_width)]).areas(header);
    render_name(app, frame, name_area, name, big_name);
    render_timer(app, frame, timer, &face, (sx, sy));
    render_info(app, frame, info, who, used);

    let hand = app.hand(who);
    if hand.is_empty() {
        return;
    }
    let selected = app.card.min(hand.len() - 1);
    let pledged = app.session.pledged_card(who);
    let marks = Marks {
        number: selected + 1,
        count: hand.len(),
        pledged: pledged == Some(&*hand[selected].id),
    };
    bigcard::card(
        frame,
        card_area,
        hand[selected],
        app.lang,
        &app.theme,
        marks,
    );
    render_strip(app, frame, strip, &hand, selected, pledged);
}

/// The speaker's name: large where it fits, else in bold.
fn render_name(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    name: &str,
    big: Option<(u16, Vec<String>)>,
) {
    let style = app.theme.title().patch(app.theme.accent());
    let lines = match big {
        Some((px, lines)) => bigtext::draw(&lines, px, style, &app.theme),
        None => vec![Line::styled(format!("▶ {name}"), style)],
    };
    frame.render_widget(
        Paragraph::new(lines),
        Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(1),
            ..area
        },
    );
}

/// Their place in the round, the swap, and the pledge (with its card).
fn render_info(app: &App, frame: &mut Frame, area: Rect, who: usize, used: bool) {
    let lang = app.lang;
    let count = app.session.setup.participants.len();
    let place = i18n::fill_named(
        t::TURN_OF.get(lang),
        &[("n", &(who + 1)), ("count", &count)],
    );
    let swap = if used {
        Span::styled(*t::SWAP_USED.get(lang), app.theme.dim())
    } else {
        Span::styled(*t::SWAP_FREE.get(lang), app.theme.good())
    };
    let pledge = match app.session.pledge_of(who) {
        Some(pledge) => {
            let mut text_in = i18n::fill(t::PLEDGE_SHOWN.get(lang), card_label(pledge, lang));
            if let Some(by) = pledge.by {
                text_in.push_str(&i18n::fill(i18n::report::BY.get(lang), by));
            }
            Span::styled(format!("✓ {text_in}"), app.theme.good())
        }
        None => Span::styled(*t::NO_PLEDGE_YET.get(lang), app.theme.dim()),
    };
    let name = app.session.name(who);
    let head = format!(" ▶ {name}  {place}  ");
    let room =
        usize::from(area.width).saturating_sub(text::width(&head) + text::width(&swap.content) + 3);
    let pledge = Span::styled(
        text::shorten(&pledge.content, room).into_owned(),
        pledge.style,
    );
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(head, app.theme.title()),
            swap,
            Span::raw("   "),
            pledge,
        ])),
        area,
    );
}

/// The whole hand on one line, each card the same width: its number, rank,
/// suit and title; the one drawn large reversed, the pledged one ticked.
fn render_strip(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    hand: &[&crate::deck::Card],
    selected: usize,
    pledged: Option<&str>,
) {
    let share = usize::from(area.width) / hand.len().max(1);
    let spans: Vec<Span> = hand
        .iter()
        .enumerate()
        .map(|(slot, card)| {
            let tick = if pledged == Some(&*card.id) {
                "✓"
            } else {
                " "
            };
            let label = format!(
                " {}{tick}{} {}",
                slot + 1,
                corner(card),
                card.title.as_str(app.lang)
            );
            let shown = text::pad(&text::shorten(&label, share.saturating_sub(1)), share);
            let style = if slot == selected {
                app.theme.suit(card.face.suit()).patch(app.theme.selected())
            } else {
                app.theme.suit(card.face.suit())
            };
            Span::styled(shown, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_timer(app: &App, frame: &mut Frame, area: Rect, face: &str, (sx, sy): (u16, u16)) {
    let lang = app.lang;
    let up = app.timer.is_up();
    let (label, style) = if up {
        (
            t::OVERTIME,
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
    // Overtime: the count up in block digits, reversed; the words too
    // where the digits do not fit.
    let lines: Vec<Line> = match bigcard::width(face, sx) {
        Some(w) if w <= inner.width => bigcard::pixel_lines(face, sx, sy, style, &app.theme),
        _ => vec![Line::styled(
            format!("{} {face}", t::OVERTIME.get(lang)),
            style,
        )],
    };
    frame.render_widget(
        Paragraph::new(lines)
            .alignment(Alignment::Center)
            .style(if up { style } else { Style::default() }),
        inner,
    );
}
