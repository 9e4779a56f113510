//! The end of a session: who took part, the pledges by suit, who has not
//! pledged yet, and the keys that write the notice, the 承诺卡 sheet and the
//! pledge files into a folder (shown, with what was written there).
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::i18n::{self, report as r, workshop as t};
use crate::text;
use crate::tui::wide::Paragraph;
use crate::tui::workshop::app::App;
use crate::workshop::Phase;
use crate::workshop::report::{card_label, pile_heading, piles_label};

/// Draws the summary; returns how far it can scroll.
pub fn render(app: &App, frame: &mut Frame, area: Rect) -> u16 {
    let lang = app.lang;
    let session = &app.session;
    let width = usize::from(area.width.saturating_sub(4));
    let title = app.theme.title();
    let mut lines = Vec::new();

    // The heading and the settings, each cut with … where they do not fit.
    let heading = i18n::fill(r::REPORT_TITLE.get(lang), &session.id);
    let heading_width = text::width(&heading);
    let mut head = vec![Span::styled(
        text::shorten(&heading, width).into_owned(),
        title,
    )];
    if let Phase::Ended { at } = session.phase {
        let local = app.zone.to_datetime(at);
        let ended = format!(
            "  {}",
            i18n::fill(t::ENDED_AT.get(lang), local.strftime("%Y-%m-%d %H:%M"))
        );
        let room = width.saturating_sub(heading_width);
        if room > 4 {
            head.push(Span::styled(
                text::shorten(&ended, room).into_owned(),
                app.theme.dim(),
            ));
        }
    }
    lines.push(Line::from(head));
    let settings = format!(
        "{} {} · {} {} · {} {} · {} {}",
        r::LABEL_CODE.get(lang),
        session.code(),
        r::LABEL_SEED.get(lang),
        session.setup.seed,
        r::LABEL_HAND.get(lang),
        session.setup.hand,
        r::LABEL_SUITS.get(lang),
        piles_label(&session.setup.piles, lang),
    );
    lines.push(Line::styled(
        text::shorten(&settings, width).into_owned(),
        app.theme.dim(),
    ));
    lines.push(Line::raw(""));

    let names = &session.setup.participants;
    lines.push(Line::styled(
        i18n::fill(t::PARTICIPANTS_COUNT.get(lang), names.len()),
        title,
    ));
    let joined = lang.join(names);
    lines.extend(
        text::wrap(&joined, width)
            .into_iter()
            .map(|line| Line::raw(format!("  {line}"))),
    );
    lines.push(Line::raw(""));

    lines.push(Line::styled(*r::PLEDGES_BY_SUIT.get(lang), title));
    let by_pile = session.pledges_by_pile();
    if by_pile.is_empty() {
        lines.push(Line::styled(
            format!("  {}", t::NO_PLEDGES.get(lang)),
            app.theme.dim(),
        ));
    }
    let name_width = session
        .pledges
        .iter()
        .map(|p| text::width(&p.participant))
        .max()
        .unwrap_or(0);
    for (pile, pledges) in by_pile {
        lines.push(Line::styled(
            format!("  {} ({})", pile_heading(pile, lang), pledges.len()),
            app.theme.suit(pile.suit()),
        ));
        for pledge in pledges {
            let mut what = card_label(pledge, lang);
            if let Some(by) = pledge.by {
                what.push_str(&i18n::fill(r::BY.get(lang), by));
            }
            if let Some(note) = &pledge.note {
                what.push_str(&format!(" · {note}"));
            }
            let indent = 4 + name_width + 2;
            let wrapped = text::wrap(&what, width.saturating_sub(indent).max(10));
            for (row, line) in wrapped.into_iter().enumerate() {
                let name = if row == 0 {
                    text::pad(&pledge.participant, name_width)
                } else {
                    " ".repeat(name_width)
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("    {name}  "), title),
                    Span::raw(line),
                ]));
            }
        }
    }
    lines.push(Line::raw(""));

    // Who has not pledged: the facilitator asks them before they leave.
    let missing = session.without_pledge();
    if missing.is_empty() {
        lines.push(Line::styled(
            *t::EVERYONE_PLEDGED.get(lang),
            app.theme.good(),
        ));
    } else {
        lines.push(Line::styled(
            i18n::fill_named(t::NOT_PLEDGED_YET.get(lang), &[("count", &missing.len())]),
            title.patch(app.theme.accent()),
        ));
        lines.extend(
            text::wrap(&lang.join(&missing), width)
                .into_iter()
                .map(|line| Line::raw(format!("  {line}"))),
        );
    }
    lines.push(Line::raw(""));

    // Where the papers go, and what was written there.
    lines.push(Line::styled(*t::PAPERS.get(lang), title));
    let folder = i18n::fill(t::PAPERS_FOLDER.get(lang), &app.folder);
    lines.push(Line::raw(format!(
        "  {}",
        text::shorten(&folder, width.saturating_sub(2))
    )));
    for key in [
        ("a", crate::i18n::keys::HELP_ALL),
        ("n", crate::i18n::keys::HELP_NOTICE),
        ("c", crate::i18n::keys::HELP_CARDS),
        ("x", crate::i18n::keys::HELP_EXPORTS),
        ("f", crate::i18n::keys::HELP_FOLDER),
    ] {
        lines.push(Line::from(vec![
            Span::styled(format!("  {}  ", key.0), app.theme.accent()),
            Span::raw(text::shorten(key.1.get(lang), width.saturating_sub(5)).into_owned()),
        ]));
    }
    for path in &app.written {
        lines.push(Line::styled(
            format!("  ✓ {}", text::shorten(path, width.saturating_sub(4))),
            app.theme.good(),
        ));
    }

    let max_scroll = lines.len().saturating_sub(usize::from(area.height)) as u16;
    frame.render_widget(
        Paragraph::new(lines).scroll((app.scroll.min(max_scroll), 0)),
        Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(1),
            ..area
        },
    );
    max_scroll
}
