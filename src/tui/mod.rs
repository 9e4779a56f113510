//! The resident's TUI: `xiaoshi` with no arguments.
//!
//! State, events and drawing are kept apart: [`app`] holds the state and
//! applies actions, [`keys`] turns keys into actions (pure), [`view`] draws
//! (reads only), and this module runs the loop and carries out the effects
//! through the same library code as the command line.
//!
//! The loop blocks on input. It wakes on its own only to animate the reveal
//! or when the day rolls over, so an idle TUI uses no CPU.
//!
//! Both TUIs are laid out for the terminal's ambiguous width, which
//! [`probe`] asks at start-up: views draw with [`wide`]'s `Paragraph` and
//! `Block`, measure with [`crate::text`] and take symbols from the
//! [`theme`]'s wide-safe set, and [`backend`] writes the sealed frame (the
//! module docs of [`wide`] explain how, and what a new view needs).

pub mod app;
pub mod backend;
pub mod bindings;
pub mod editor;
pub mod group;
pub mod keys;
pub mod probe;
mod terminal;
pub mod theme;
pub mod view;
pub mod wide;
pub mod workshop;

use std::time::Duration;

use jiff::Timestamp;
use ratatui::crossterm::event::{self, Event};

use self::app::{Action, App, Effect, REVEAL_FRAME_MS};
use self::theme::Theme;
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::journal::actions::{self, CheckIn};
use crate::journal::{self, Today};
use crate::service::Resident;

/// How the TUI starts.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub animate: bool,
    pub no_color: bool,
    /// The `ambiguous_width` setting in force (config, `XIAOSHI_AMBIGUOUS`).
    pub ambiguous: crate::config::AmbiguousWidth,
}

/// Opens the TUI and runs it until the user quits.
pub fn run(mut resident: Resident, lang: Lang, options: Options) -> Result<()> {
    let theme = Theme::from_env(options.no_color);
    // A journal on read-only media is shown as it is (today's card cannot
    // be drawn there): the screen says why.
    let (today, drew, read_only) = match open_day(&resident) {
        Ok((today, drew)) => (today, drew, None),
        Err(error) if error.is_read_only() => (resident.read_today()?, false, Some(error)),
        Err(error) => return Err(error),
    };
    let deck = resident.deck.clone();
    let mut app = App::new(deck, today, lang, theme, options.animate && theme.color);
    if drew && app.animate {
        app.reveal = Some(0);
    }
    if let Some(error) = read_only {
        app.refuse(&error);
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
        let timeout = if app.reveal.is_some() {
            Duration::from_millis(REVEAL_FRAME_MS)
        } else {
            until_next_day(&resident, app.today.date)
        };
        let action = if event::poll(timeout)? {
            match event::read()? {
                Event::Key(key) => keys::handle_key(&app, key),
                Event::Paste(text) => keys::handle_paste(&app, &text),
                _ => Action::None,
            }
        } else {
            Action::Tick
        };
        if let Some(effect) = app.apply(action) {
            carry_out(&resident, &mut app, effect);
        }
        resident.clock.refresh();
        if resident.clock_day() != app.today.date {
            match open_day(&resident) {
                Ok((today, drew)) => app.set_today(today, drew),
                Err(error) => app.refuse(&error),
            }
        }
    }
}

/// Today's journal, drawing today's card if it has none yet (a day that
/// has its card is only read).
fn open_day(resident: &Resident) -> Result<(Today, bool)> {
    let today = resident.read_today()?;
    if today.facts(today.date).card.is_some() {
        return Ok((today, false));
    }
    let now = resident.clock.now;
    resident.write(|today| {
        let events = actions::draw(today, &resident.deck, today.date, now, false)?;
        let drew = !events.is_empty();
        Ok((events, drew))
    })
}

/// How long to sleep: until the next day begins (at most an hour, so a
/// laptop waking from sleep or a changed clock is noticed).
fn until_next_day(resident: &Resident, today: jiff::civil::Date) -> Duration {
    let hour = Duration::from_secs(3600);
    // A clock fixed by XIAOSHI_NOW never reaches tomorrow.
    if resident.clock.fixed {
        return hour;
    }
    let Ok(tomorrow) = today.tomorrow() else {
        return hour;
    };
    let start = tomorrow.to_datetime(resident.config.day_starts_at);
    let Ok(next) = resident.clock.zone.to_timestamp(start) else {
        return hour;
    };
    let left = next.as_millisecond() - Timestamp::now().as_millisecond();
    Duration::from_millis(u64::try_from(left.max(1000)).unwrap_or(1000)).min(hour)
}

/// Runs an effect through the library and reports in the status line.
fn carry_out(resident: &Resident, app: &mut App, effect: Effect) {
    let now = resident.clock.now;
    let deck = &resident.deck;
    let lang = app.lang;
    let result = match effect {
        Effect::Draw { redraw } => resident
            .write(|today| Ok((actions::draw(today, deck, today.date, now, redraw)?, ())))
            .map(|(today, ())| {
                app.set_today(today, true);
                None
            }),
        Effect::CheckIn => check_in(resident, app, false, None),
        Effect::CheckInWith { yesterday, credit } => {
            check_in(resident, app, yesterday, credit.as_ref())
        }
        Effect::StartRound => resident
            .write(|today| Ok((vec![actions::start_round(today, now)], ())))
            .map(|(today, ())| {
                app.set_today(today, false);
                Some(i18n::round_started(lang, app.status().round.number))
            }),
        Effect::SaveNote(note) => resident
            .write(|today| {
                Ok((
                    actions::set_note(today, now, &note).into_iter().collect(),
                    (),
                ))
            })
            .map(|(today, ())| {
                app.set_today(today, false);
                Some(i18n::NOTE_UPDATED.get(lang).to_string())
            }),
        Effect::Undo => resident
            .write(|today| Ok((actions::undo(today, now).into_iter().collect(), ())))
            .map(|(today, ())| {
                let date = today.date;
                app.set_today(today, false);
                Some(i18n::fill_named(i18n::UNDONE.get(lang), &[("date", &date)]))
            }),
        Effect::UndoBackfill => resident
            .write(|today| {
                let event = actions::undo_backfill(today, now)?;
                let undone = event.is_some();
                Ok((event.into_iter().collect(), undone))
            })
            .map(|(today, undone)| {
                let date = today.yesterday();
                app.set_today(today, false);
                let text = if undone {
                    i18n::BACKFILL_UNDONE
                } else {
                    i18n::NO_BACKFILL_TO_UNDO
                };
                Some(i18n::fill_named(text.get(lang), &[("date", &date)]))
            }),
        Effect::LoadPast => load_past(resident).map(|events| {
            app.set_past(&events);
            None
        }),
        Effect::SaveLang(lang) => crate::config::save_lang(&resident.config_file, lang)
            .map(|()| None)
            .map_err(crate::Error::from),
    };
    match result {
        Ok(Some(text)) => app.say(text, false),
        Ok(None) => {}
        Err(error) => app.refuse(&error),
    }
}

/// Checks in today (or yesterday, a backfill), crediting `credit` if
/// given; says how it went in the status line's words.
fn check_in(
    resident: &Resident,
    app: &mut App,
    yesterday: bool,
    credit: Option<&actions::Credit>,
) -> Result<Option<String>> {
    let now = resident.clock.now;
    let lang = app.lang;
    let (today, outcome) = resident.write(|today| {
        Ok(actions::check_in_with(
            today,
            &resident.deck,
            now,
            None,
            yesterday,
            credit,
        )?)
    })?;
    let date = if yesterday {
        today.yesterday()
    } else {
        today.date
    };
    app.set_today(today, false);
    let status = app.status();
    let mut text = match outcome {
        // 补卡: the day, the card it counts for and the backfills left, short
        // enough for the message line.
        CheckIn::Done if yesterday => {
            let facts = app.today.facts(date);
            let card = facts
                .done_card()
                .map(|id| match app.deck.card(id) {
                    Some(card) => card.face.name(lang),
                    None => crate::text::sanitize::Shown(id).to_string(),
                })
                .unwrap_or_default();
            return Ok(Some(i18n::fill_named(
                i18n::BACKFILLED_AS.get(lang),
                &[
                    ("date", &date),
                    ("card", &card),
                    ("left", &status.round.backfills_left),
                ],
            )));
        }
        CheckIn::Done => i18n::fill_named(
            i18n::CHECKED_IN.get(lang),
            &[
                ("date", &date),
                ("round", &status.round.number),
                ("day", &status.round.checked_in),
                ("streak", &status.streak.current),
            ],
        ),
        CheckIn::AlreadyDone { .. } => {
            i18n::fill_named(i18n::ALREADY_CHECKED_IN.get(lang), &[("date", &date)])
        }
    };
    if let Some(card) = credit.and_then(|credit| app.deck.card(&credit.card)) {
        text.push(' ');
        text.push_str(&i18n::fill_named(
            i18n::CREDITED_NO_DRAW.get(lang),
            &[("card", &card.face.name(lang))],
        ));
    }
    if yesterday {
        text.push(' ');
        text.push_str(&i18n::fill(
            i18n::BACKFILLS_LEFT.get(lang),
            status.round.backfills_left,
        ));
    }
    Ok(Some(text))
}

fn load_past(resident: &Resident) -> Result<Vec<journal::Event>> {
    resident.read_all()
}
