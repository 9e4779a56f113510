//! The leader's screen (`xiaoshi group`, `xiaoshi group grid`): the paper
//! grid, where a week of a paper sheet is typed in (a key ticks a day, `h7`
//! circles a card, arrows move), and the tea talk.
//!
//! Split like the other TUIs: [`app`] holds the state, [`keys`] turns keys
//! into actions (pure), [`view`] draws, and this module runs the loop and
//! carries out the effects through the service layer: the marks typed are
//! written only when the leader confirms, under the group folder's lock,
//! and the grid then shows what the files say.

pub mod app;
pub mod keys;
pub mod view;

use std::collections::BTreeMap;

use jiff::Span;
use jiff::civil::Date;
use ratatui::crossterm::event::{self, Event};

use self::app::{Action, App, DAYS, Effect};
use super::terminal;
use super::theme::Theme;
use crate::error::Result;
use crate::group::record::{self, Mark};
use crate::group::{Checkins, Group, teatalk};
use crate::i18n::group as t;
use crate::i18n::{Lang, fill, fill_named};
use crate::service::Leader;
use crate::service::group::{Change, Months};

/// Which screen the TUI opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The tea talk (`xiaoshi group`).
    TeaTalk,
    /// The grid, from a day (`xiaoshi group grid [--from DAY]`).
    Grid(Option<Date>),
}

/// The grid's first day: `from`, or a week ending today.
pub fn grid_start(from: Option<Date>, today: Date) -> Date {
    from.unwrap_or_else(|| {
        today
            .checked_sub(Span::new().days(DAYS as i64 - 1))
            .unwrap_or(today)
    })
}

/// The months the grid shows from `from`.
fn window(from: Date) -> Months {
    let last = from
        .checked_add(Span::new().days(DAYS as i64 - 1))
        .unwrap_or(from);
    Months::days(from, last)
}

/// The app for `group` and the check-ins of its window: what the first
/// frame shows (the benchmark and the snapshot tests build it this way).
pub fn open_app(
    group: &Group,
    checkins: &Checkins,
    leader: &Leader,
    lang: Lang,
    theme: Theme,
    start: Start,
) -> App {
    let today = leader.today();
    let from = match start {
        Start::Grid(from) => grid_start(from, today),
        Start::TeaTalk => grid_start(None, today),
    };
    let mut app = App::new(group, leader.deck.clone(), today, from, lang, theme);
    app.set_checkins(checkins);
    app
}

/// Opens the screen and runs it until the leader quits.
pub fn run(leader: Leader, lang: Lang, options: super::Options, start: Start) -> Result<()> {
    let theme = Theme::from_env(options.no_color);
    let today = leader.today();
    let from = match start {
        Start::Grid(from) => grid_start(from, today),
        Start::TeaTalk => grid_start(None, today),
    };
    let (group, checkins) = leader.folder.read(window(from))?;
    let mut app = open_app(&group, &checkins, &leader, lang, theme, start);
    if start == Start::TeaTalk {
        let action = Action::Show(app::Screen::Tea);
        if let Some(effect) = app.apply(action) {
            carry_out(&leader, &mut app, effect);
        }
    }
    let mut guard = terminal::Guard::enter(options.ambiguous)?;
    loop {
        let mut max_scroll = app.scroll;
        guard
            .terminal
            .draw(|frame| max_scroll = view::draw(&app, frame))?;
        app.scroll = app.scroll.min(max_scroll);
        if app.quit {
            return Ok(());
        }
        let action = match event::read()? {
            Event::Key(key) => keys::handle_key(&app, key),
            Event::Paste(text) => keys::handle_paste(&app, &text),
            _ => Action::None,
        };
        if let Some(effect) = app.apply(action) {
            carry_out(&leader, &mut app, effect);
        }
    }
}

/// Runs an effect through the service layer and says how it went.
fn carry_out(leader: &Leader, app: &mut App, effect: Effect) {
    let result: Result<Option<String>> = match effect {
        Effect::Load(from) => leader
            .folder
            .read(window(from))
            .map(|(_, checkins)| {
                app.set_checkins(&checkins);
                None
            })
            .map_err(Into::into),
        Effect::LoadTea => leader
            .folder
            .read(Months::All)
            .map(|(group, checkins)| {
                app.tea = Some(teatalk::tea_talk(&group, &checkins, app.today));
                None
            })
            .map_err(Into::into),
        Effect::Save(marks) => save(leader, app, marks),
        Effect::SaveLang(lang) => crate::config::save_lang(&leader.config_file, lang)
            .map(|()| None)
            .map_err(crate::Error::from),
    };
    match result {
        Ok(Some(text)) => app.say(text, false),
        Ok(None) => {}
        Err(error) => app.refuse(&error),
    }
}

/// Writes the marks under the folder's lock (planned again on what the
/// files hold then), and shows what was written; refused marks stay typed.
fn save(
    leader: &Leader,
    app: &mut App,
    marks: Vec<(crate::group::MemberKey, Date, Mark)>,
) -> Result<Option<String>> {
    let today = app.today;
    let now = leader.clock.now;
    let (Some(first), Some(last)) = (
        marks.iter().map(|(_, day, _)| *day).min(),
        marks.iter().map(|(_, day, _)| *day).max(),
    ) else {
        return Ok(None);
    };
    let (written, refused) = leader
        .folder
        .write(Months::days(first, last), |_, checkins| {
            let (records, refused) = record::plan_marks(checkins, &marks, today, now);
            Ok::<_, crate::Error>((
                Change {
                    records,
                    ..Change::default()
                },
                refused,
            ))
        })?;
    let (_, checkins) = leader.folder.read(window(app.from))?;
    app.set_checkins(&checkins);
    let kept: BTreeMap<(usize, Date), Mark> = app
        .pending
        .iter()
        .filter(|((row, day), _)| {
            refused.iter().any(|r| {
                r.day == *day
                    && app
                        .rows
                        .get(*row)
                        .is_some_and(|member| member.key == r.member)
            })
        })
        .map(|(&at, &mark)| (at, mark))
        .collect();
    app.saved(kept);
    let lang = app.lang;
    Ok(Some(if refused.is_empty() {
        fill(t::GRID_SAVED.get(lang), written.events)
    } else {
        fill_named(
            t::GRID_SAVED_REFUSED.get(lang),
            &[("events", &written.events), ("refused", &refused.len())],
        )
    }))
}
