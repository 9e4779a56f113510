//! The facilitator's TUI (`xiaoshi workshop`): setup, the table, the
//! spotlight for the projector, pledges and the summary.
//!
//! Split like the resident's TUI: [`app`] holds the state and changes the
//! session through its own methods, [`keys`] turns keys into actions (pure),
//! [`view`] draws, and this module runs the loop: it saves the session after
//! every change and rings the bell when a turn's time is up.
//!
//! Saving merges: a pledge made from the command line (or another screen)
//! while this screen is open is kept, and the facilitator is told (see
//! [`crate::workshop::merge`]).
//!
//! One screen drives a session: a second screen opened on it (another
//! terminal, another facilitator) finds the session claimed
//! ([`SessionFile::claim_screen`]) and opens read-only, saying so; it
//! follows what the first one saves, once a second.
//!
//! The loop blocks on input. Only while the timer runs (or counts the
//! overtime) does it wake, when the shown second changes
//! ([`Timer::next_tick`]); an idle workshop, or one with the timer paused,
//! uses no CPU.
//!
//! [`SessionFile::claim_screen`]: crate::workshop::SessionFile::claim_screen
//!
//! [`Timer::next_tick`]: crate::workshop::timer::Timer::next_tick

pub mod app;
pub mod keys;
pub mod view;

use std::io::Write;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

use self::app::{Action, App, Effect, Papers};
use super::terminal;
use super::theme::Theme;
use crate::clock::Clock;
use crate::deck::Deck;
use crate::error::Result;
use crate::export::Printed;
use crate::i18n::Lang;
use crate::i18n::{self, storage as t, workshop as t_ws};
use crate::service::papers::{self, Kind};
use crate::workshop::merge::Merged;
use crate::workshop::{Session, SessionError, SessionFile};

/// What the workshop TUI works with: the session (saved after every
/// change), the file it lives in, its deck and the clock.
pub struct Context {
    pub file: SessionFile,
    pub session: Session,
    pub deck: Deck,
    pub clock: Clock,
    /// Where the language chosen with the switch key is saved.
    pub config_file: std::path::PathBuf,
}

/// Opens the workshop TUI on `context.session` and runs it until the user quits.
pub fn run(context: Context, lang: Lang, options: super::Options) -> Result<()> {
    let Context {
        file,
        session,
        deck,
        mut clock,
        config_file,
    } = context;
    // What the file held when this screen last read or wrote it.
    let mut base = session.clone();
    let theme = Theme::from_env(options.no_color);
    let mut app = App::new(session, deck, lang, theme, clock.now);
    app.zone = clock.zone.clone();
    app.folder = std::env::current_dir()
        .map(|dir| dir.display().to_string())
        .unwrap_or_else(|_| ".".to_string());
    // One screen drives a session; a second one only watches it (and
    // follows what the first saves).
    let _claim = file.claim_screen()?;
    app.read_only = _claim.is_none();
    if app.read_only {
        app.say(*t_ws::READ_ONLY.get(lang), true);
    }
    let mut last_read = Instant::now();
    let started = Instant::now();
    let elapsed = || u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
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
        // Sleep until the timer's display changes, or until a key if it is
        // not running. A resize is an event too: the loop redraws.
        // A watching screen wakes each second to follow the other.
        let wait = match (app.timer.next_tick(elapsed()), app.read_only) {
            (Some(wait), true) => Some(wait.min(1000)),
            (None, true) => Some(1000),
            (wait, false) => wait,
        };
        let action = match wait {
            Some(wait) if !event::poll(Duration::from_millis(wait))? => Action::Tick,
            _ => match event::read()? {
                Event::Key(key) => keys::handle_key(&app, key),
                Event::Paste(text) => keys::handle_paste(&app, &text),
                _ => Action::None,
            },
        };
        clock.refresh();
        app.set_time(elapsed(), clock.now);
        if app.read_only && last_read.elapsed() >= Duration::from_millis(900) {
            last_read = Instant::now();
            if let Ok(now) = file.reread() {
                app.follow(now);
            }
        }
        match app.apply(action) {
            Some(Effect::Save) => match file.save_merged(&base, &app.session) {
                Ok(merged) => {
                    if let Some(text) = merged_note(&merged, app.lang) {
                        app.say(text, false);
                    }
                    base = merged.session.clone();
                    app.session = merged.session;
                }
                Err(error @ SessionError::CodeTaken { .. }) => {
                    // The deal would give today a second session with this
                    // code: undone, back to the setup to change the seed.
                    app.back_to(base.clone());
                    app.refuse(&error);
                }
                Err(error) => app.refuse(&error),
            },
            Some(Effect::SaveLang(lang)) => {
                if let Err(error) = crate::config::save_lang(&config_file, lang) {
                    app.refuse(&error);
                }
            }
            Some(Effect::Write(which)) => {
                let kinds: &[Kind] = match which {
                    Papers::Notice => &[Kind::Notice],
                    Papers::Cards => &[Kind::Cards],
                    Papers::Pledges => &[Kind::Pledges],
                    Papers::All => &[Kind::Notice, Kind::Cards, Kind::Wechat, Kind::Pledges],
                };
                // Paper follows the reader: Chinese, with English beneath
                // for a facilitator reading English.
                let printed = match app.lang {
                    Lang::Zh => Printed::only(Lang::Zh),
                    _ => Printed::paired(Lang::Zh),
                };
                let folder = std::path::PathBuf::from(&app.folder);
                let out = papers::Out {
                    folder: &folder,
                    printed,
                    zone: &app.zone,
                };
                match papers::write(&app.session, Some(&app.deck), kinds, &out) {
                    Ok(written) => {
                        app.written = written
                            .iter()
                            .map(|w| w.path.display().to_string())
                            .collect();
                        let text = i18n::fill_named(
                            t_ws::WROTE.get(app.lang),
                            &[("count", &written.len()), ("folder", &app.folder)],
                        );
                        app.say(text, false);
                    }
                    Err(error) => app.refuse(&error),
                }
            }
            Some(Effect::Bell) => {
                // The bell goes straight to the terminal, between frames.
                let mut out = std::io::stdout();
                let _ = out.write_all(b"\x07").and_then(|()| out.flush());
            }
            None => {}
        }
    }
}

/// What the facilitator is told when saving kept changes made elsewhere.
fn merged_note(merged: &Merged, lang: Lang) -> Option<String> {
    if merged.from_elsewhere.is_empty() && merged.conflicts.is_empty() && merged.dropped.is_empty()
    {
        return None;
    }
    let list = |names: &[String]| names.join(if lang == Lang::Zh { "、" } else { ", " });
    let mut parts = Vec::new();
    if !merged.from_elsewhere.is_empty() {
        parts.push(i18n::fill_named(
            t::MERGED_ELSEWHERE.get(lang),
            &[("names", &list(&merged.from_elsewhere))],
        ));
    }
    if !merged.conflicts.is_empty() {
        parts.push(i18n::fill_named(
            t::MERGE_CONFLICT.get(lang),
            &[("names", &list(&merged.conflicts))],
        ));
    }
    if !merged.dropped.is_empty() {
        parts.push(i18n::fill_named(
            t::MERGE_DROPPED.get(lang),
            &[("names", &list(&merged.dropped))],
        ));
    }
    Some(parts.join(" "))
}
