//! `xiaoshi workshop …`: the facilitator's commands. Each loads a session,
//! changes it through [`crate::workshop::Session`]'s methods (the same the
//! TUI calls), saves it, and reports.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::report::write_json;
use super::{Output, write_out};
use crate::cli::{Cli, SetupArgs, WorkshopCommand};
use crate::clock::Clock;
use crate::config::Config;
use crate::deck::json::CardJson;
use crate::deck::{self as deck_model, Deck};
use crate::error::{Error, Result};
use crate::i18n::{self, Describe, Lang};
use crate::paths::Paths;
use crate::service::papers;
use crate::text::sanitize::{self, Shown};
use crate::workshop::pledge_cards::PerPage;
use crate::workshop::report::{self, card_label};
use crate::workshop::setup::{self, Setup};
use crate::workshop::{Opened, PledgeRequest, Session, SessionError, Sessions, deal};

/// What the facilitator's commands work with.
pub struct Facilitator {
    pub sessions: Sessions,
    pub clock: Clock,
    pub config: Config,
    /// Where `config` came from; the TUI saves the language chosen there.
    pub config_file: PathBuf,
}

impl Facilitator {
    pub fn from_env() -> Result<Facilitator> {
        let paths = Paths::from_env()?;
        let config = Config::load(&paths.config_file)?;
        super::lay_out_text_for(&config);
        Ok(Facilitator {
            sessions: Sessions::new(&paths.data),
            clock: Clock::from_env()?,
            config,
            config_file: paths.config_file,
        })
    }

    /// The session's day: today, by the same rule as the journal's.
    pub fn today(&self) -> Date {
        self.clock.today(self.config.day_starts_at)
    }

    /// A new session, saved at once (so it can be resumed) under a name no
    /// other session has; `deal` deals it first. Codes are unique per day:
    /// a random seed whose code another session of today has is drawn
    /// again; a seed chosen on the command line is refused (`chosen`).
    pub fn create(
        &self,
        mut setup: Setup,
        deck: &Deck,
        deck_file: Option<PathBuf>,
        deal: bool,
        chosen: bool,
    ) -> Result<Opened> {
        let today = self.today();
        let now = self.clock.now;
        let mut tries = 0;
        loop {
            let code = setup.code();
            let made = self.sessions.create(today, &code, |id| -> Result<Session> {
                let mut session =
                    Session::new(id, setup.clone(), deck, deck_file.clone(), today, now);
                if deal {
                    session.deal(deck)?;
                }
                Ok(session)
            });
            match made {
                Err(Error::Session(SessionError::CodeTaken { .. })) if !chosen && tries < 8 => {
                    tries += 1;
                    setup.seed = setup::random_seed();
                }
                other => return other,
            }
        }
    }
}

/// Runs `xiaoshi workshop [COMMAND]`.
pub fn run(
    cli: &Cli,
    command: Option<&WorkshopCommand>,
    setup: &SetupArgs,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let facilitator = Facilitator::from_env()?;
    match command {
        None => {
            // Check first: a session made only to print a note would be litter.
            if !is_terminal() {
                return Err(Error::NeedsTerminal);
            }
            let deck = load_deck(cli.deck.as_deref())?;
            let chosen = setup.seed.is_some() || setup.code.is_some();
            let setup = setup_from(setup, true, lang)?;
            let opened =
                facilitator.create(setup, &deck, absolute(cli.deck.as_deref()), false, chosen)?;
            open_tui(cli, facilitator, opened, deck, lang, io)
        }
        Some(WorkshopCommand::Resume { session }) => {
            let opened = facilitator.sessions.find_or_latest(session.as_deref())?;
            let deck = session_deck(cli, &opened.session)?;
            open_tui(cli, facilitator, opened, deck, lang, io)
        }
        Some(WorkshopCommand::End { session }) => {
            let opened = facilitator.sessions.find(session)?;
            let now = facilitator.clock.now;
            let (session, ()) = opened.file.update(|session| -> Result<()> {
                if session.is_ended() {
                    return Err(crate::workshop::WorkshopError::Ended.into());
                }
                session.end(now);
                Ok(())
            })?;
            writeln!(
                io.out,
                "{}",
                i18n::fill(i18n::report::ENDED_NOW.get(lang), &session.id)
            )?;
            Ok(())
        }
        Some(WorkshopCommand::Reopen { session }) => {
            let opened = facilitator.sessions.find(session)?;
            let (session, ()) = opened.file.update(|session| -> Result<()> {
                session.reopen()?;
                Ok(())
            })?;
            writeln!(
                io.out,
                "{}",
                i18n::fill(i18n::report::REOPENED.get(lang), &session.id)
            )?;
            Ok(())
        }
        Some(WorkshopCommand::Deal {
            setup: args,
            json,
            save,
        }) => {
            let deck = load_deck(cli.deck.as_deref())?;
            let setup = setup_from(args, false, lang)?;
            let table = deal::deal(&setup, &setup.pool(&deck))
                .map_err(crate::workshop::WorkshopError::from)?;
            if !*save {
                return print_deal(&setup, &table.hands, &deck, *json, None, lang, io);
            }
            // Saved: what is printed is the session (a random seed whose
            // code today already has is drawn again).
            let chosen = args.seed.is_some() || args.code.is_some();
            let opened =
                facilitator.create(setup, &deck, absolute(cli.deck.as_deref()), true, chosen)?;
            let session = &opened.session;
            let hands = session.table.as_ref().map_or(&[][..], |t| &t.hands[..]);
            print_deal(
                &session.setup,
                hands,
                &deck,
                *json,
                Some(&session.id),
                lang,
                io,
            )
        }
        Some(WorkshopCommand::List { json }) => list(
            &facilitator.sessions,
            *json,
            lang,
            &facilitator.clock.zone,
            io,
        ),
        Some(WorkshopCommand::Pledge {
            session,
            name,
            card,
            by,
            note,
            words,
        }) => {
            let opened = facilitator.sessions.find(session)?;
            let deck = session_deck(cli, &opened.session)?;
            let by = by.map(|by| by.resolve(facilitator.today())).transpose()?;
            let request = PledgeRequest {
                card: crate::input::fold(card).trim().to_string(),
                words: words.clone(),
                by,
                note: note.clone(),
            };
            // On the session as it is on disk now, under its lock: a pledge
            // made at the same moment elsewhere is kept.
            let now = facilitator.clock.now;
            let (keep_note, keep_by) = (note.is_none(), by.is_none());
            let (_, pledged) = opened.file.update(|session| -> Result<_> {
                let participant = session.participant(name)?;
                let mut request = request;
                // A pledge made again keeps its date and note unless new ones
                // are given (`--note ""` clears the note).
                if let Some(old) = session.pledge_of(participant) {
                    if keep_note {
                        request.note = old.note.clone();
                    }
                    if keep_by {
                        request.by = old.by;
                    }
                }
                Ok(session.pledge(participant, request, &deck, now)?)
            })?;
            let pledge = &pledged.pledge;
            let by = pledge
                .by
                .map(|by| i18n::fill(i18n::report::BY.get(lang), by))
                .unwrap_or_default();
            writeln!(
                io.out,
                "{}",
                i18n::fill_named(
                    i18n::report::PLEDGED.get(lang),
                    &[
                        ("name", &Shown(&pledge.participant)),
                        ("card", &Shown(&card_label(pledge, lang))),
                        ("by", &by),
                    ],
                )
            )?;
            if let Some(old) = &pledged.replaced {
                writeln!(
                    io.out,
                    "{}",
                    Shown(&report::replaced_line(old, pledge, lang))
                )?;
            }
            Ok(())
        }
        Some(WorkshopCommand::Report {
            session,
            format,
            out,
            paper,
            per_page,
        }) => {
            let session = facilitator
                .sessions
                .find_or_latest(session.as_deref())?
                .session;
            let zone = &facilitator.clock.zone;
            // A printed notice follows the reader as `export` does; the
            // other formats are in the reader's language.
            let printed = match format {
                _ if format.takes_both_languages() => {
                    super::export::printed_lang(cli.lang, lang, false)
                }
                // Text for the residents' group chat: Chinese unless a
                // language is asked for.
                report::Format::Wechat => single(
                    cli.lang
                        .and_then(crate::cli::LangArg::single)
                        .unwrap_or(Lang::Zh),
                ),
                _ => single(lang),
            };
            let bytes = match format {
                report::Format::Cards => {
                    let deck = session_deck(cli, &session).ok();
                    if session.pledges.is_empty() {
                        return Err(crate::workshop::WorkshopError::NoPledges.into());
                    }
                    let fonts = crate::export::Fonts::builtin()
                        .map_err(crate::export::ExportError::from)?;
                    let per_page = per_page.unwrap_or(PerPage::Eight);
                    crate::workshop::pledge_cards::pdf(
                        &session,
                        deck.as_ref(),
                        printed,
                        per_page,
                        &fonts,
                    )?
                    .bytes
                }
                report::Format::Pdf => {
                    let fonts = crate::export::Fonts::builtin()
                        .map_err(crate::export::ExportError::from)?;
                    let paper = paper.unwrap_or(crate::export::Paper::A4);
                    crate::workshop::notice::pdf(&session, printed, zone, paper, &fonts)?.bytes
                }
                _ => {
                    let deck = session_deck(cli, &session).ok();
                    let mut text = Vec::new();
                    report::write(&session, deck.as_ref(), *format, printed, zone, &mut text)?;
                    text
                }
            };
            write_out(out.as_deref(), &bytes, io)
        }
        Some(WorkshopCommand::PledgeExport {
            session,
            name,
            all,
            day,
            out,
        }) => {
            let session = facilitator.sessions.find(session)?.session;
            let day = day
                .map(|day| day.resolve(facilitator.today()))
                .transpose()?;
            let said = |name: &str, file: &Path| {
                i18n::fill_named(
                    i18n::report::PLEDGE_EXPORTED.get(lang),
                    &[
                        ("name", &Shown(name)),
                        ("file", &Shown(&file.display().to_string())),
                    ],
                )
            };
            if *all {
                // One file each, into a folder; who has not pledged is named.
                let folder = out.clone().unwrap_or_else(|| PathBuf::from("."));
                let files = papers::pledge_files(&session, day)?;
                if files.is_empty() {
                    return Err(crate::workshop::WorkshopError::NoPledges.into());
                }
                if folder.is_file() {
                    return Err(Error::NotAFolder {
                        path: folder.display().to_string(),
                    });
                }
                std::fs::create_dir_all(&folder).map_err(|source| Error::WriteFile {
                    path: folder.display().to_string(),
                    source,
                })?;
                for (who, file, bytes) in files {
                    let path = folder.join(file);
                    write_out(Some(&path), &bytes, io)?;
                    writeln!(io.out, "{}", said(session.name(who), &path))?;
                }
                let missing = session.without_pledge();
                if !missing.is_empty() {
                    let names: Vec<String> = missing.iter().map(|n| Shown(n).to_string()).collect();
                    writeln!(
                        io.out,
                        "{}",
                        i18n::fill(i18n::report::NOT_PLEDGED.get(lang), lang.join(&names))
                    )?;
                }
                return Ok(());
            }
            let name = name.as_deref().unwrap_or_default();
            let participant = session.participant(name)?;
            let bytes = papers::pledge_file(&session, participant, day)?;
            let out = out
                .clone()
                .unwrap_or_else(|| PathBuf::from(papers::pledge_file_name(&session, participant)));
            write_out(Some(&out), &bytes, io)?;
            if out.as_os_str() != "-" {
                writeln!(io.out, "{}", said(session.name(participant), &out))?;
            }
            Ok(())
        }
    }
}

/// Opens the facilitator's TUI, or says what to do without a terminal.
fn open_tui(
    cli: &Cli,
    facilitator: Facilitator,
    opened: Opened,
    deck: Deck,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    let Opened { session, file } = opened;
    if is_terminal() {
        let context = crate::tui::workshop::Context {
            file,
            session,
            deck,
            clock: facilitator.clock,
            config_file: facilitator.config_file,
        };
        let options = crate::tui::Options {
            animate: !cli.no_anim,
            no_color: cli.no_color,
            ambiguous: crate::config::AmbiguousWidth::from_env(facilitator.config.ambiguous_width),
        };
        return crate::tui::workshop::run(context, lang, options);
    }
    // Not a terminal: print where the session stands, as `report` would.
    let mut text = Vec::new();
    report::write(
        &session,
        Some(&deck),
        report::Format::Md,
        single(lang),
        &facilitator.clock.zone,
        &mut text,
    )?;
    io.out.write_all(&text)?;
    writeln!(
        io.err,
        "{}",
        i18n::fill(i18n::report::NO_TERMINAL.get(lang), &session.id)
    )?;
    Ok(())
}

/// One language, as the printed-language choice.
fn single(lang: Lang) -> crate::export::Printed {
    crate::export::Printed::only(lang)
}

fn is_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// The deck named by `--deck`, or the built-in one.
fn load_deck(file: Option<&Path>) -> Result<Deck> {
    match file {
        Some(path) => Ok(deck_model::load_file(path)?.deck),
        None => Ok(Deck::builtin()?),
    }
}

/// The deck a session was dealt from, unless `--deck` names another.
fn session_deck(cli: &Cli, session: &Session) -> Result<Deck> {
    load_deck(cli.deck.as_deref().or(session.deck.file.as_deref()))
}

/// A deck file's absolute path, so a session resumed from another folder finds it.
fn absolute(file: Option<&Path>) -> Option<PathBuf> {
    file.map(|path| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// The setup from the command line's flags. The TUI's setup screen may
/// start with no participants; a deal may not.
pub fn setup_from(args: &SetupArgs, may_be_empty: bool, lang: Lang) -> Result<Setup> {
    let participants = match (&args.participants, &args.participants_file) {
        (Some(names), _) => names.0.clone(),
        (None, Some(file)) => {
            // One name a line: a megabyte is thousands of names.
            let text = crate::fsutil::read_text_limited(file, 1024 * 1024).map_err(|source| {
                Error::ParticipantsFile {
                    path: file.display().to_string(),
                    source,
                }
            })?;
            crate::input::names(&text)
                .map_err(setup::SetupError::Input)
                .map_err(crate::workshop::WorkshopError::from)?
        }
        (None, None) => Vec::new(),
    };
    // A code stands for a whole deal: its participants may be named, or
    // are its numbered seats.
    let participants = match &args.code {
        Some(key) if participants.is_empty() => (1..=key.seats)
            .map(|seat| i18n::fill(i18n::report::SEAT.get(lang), seat))
            .collect(),
        _ => participants,
    };
    if !(may_be_empty && participants.is_empty()) {
        setup::check_names(&participants).map_err(crate::workshop::WorkshopError::from)?;
    }
    let mut setup = Setup::new(participants);
    if let Some(hand) = args.hand {
        setup.hand = hand;
    }
    if !args.suits.is_empty() {
        let mut piles: Vec<_> = args
            .suits
            .iter()
            .flat_map(|piles| piles.0.clone())
            .collect();
        piles.sort();
        piles.dedup();
        setup.piles = piles;
    }
    if let Some(minutes) = args.minutes {
        setup.minutes = minutes;
    }
    if let Some(seed) = args.seed {
        setup.seed = seed;
    }
    if let Some(key) = &args.code {
        setup
            .apply_key(key)
            .map_err(crate::workshop::WorkshopError::from)?;
    }
    Ok(setup)
}

/// Prints dealt hands as text or JSON.
fn print_deal(
    setup: &Setup,
    hands: &[Vec<String>],
    deck: &Deck,
    json: bool,
    saved: Option<&str>,
    lang: Lang,
    io: &mut Output<'_>,
) -> Result<()> {
    if json {
        #[derive(serde::Serialize)]
        struct Hand<'a> {
            participant: &'a str,
            cards: Vec<CardJson<'a>>,
        }
        #[derive(serde::Serialize)]
        struct Dealt<'a> {
            /// As text (see the journal export): `jq` reads numbers as floats.
            seed: String,
            code: String,
            #[serde(skip_serializing_if = "Option::is_none")]
            session: Option<&'a str>,
            hands: Vec<Hand<'a>>,
        }
        let hands = setup
            .participants
            .iter()
            .zip(hands)
            .map(|(participant, hand)| Hand {
                participant,
                cards: hand
                    .iter()
                    .filter_map(|id| deck.card(id))
                    .map(CardJson::from)
                    .collect(),
            })
            .collect();
        return write_json(
            &Dealt {
                seed: setup.seed.to_string(),
                code: setup.code(),
                session: saved,
                hands,
            },
            io,
        );
    }
    writeln!(
        io.out,
        "{}",
        i18n::fill_named(
            i18n::report::DEAL_HEADER.get(lang),
            &[
                ("seed", &setup.seed),
                ("code", &setup.code()),
                ("piles", &report::piles_label(&setup.piles, lang))
            ],
        )
    )?;
    for (participant, hand) in setup.participants.iter().zip(hands) {
        writeln!(io.out, "\n{}", Shown(participant))?;
        for id in hand {
            let line = match deck.card(id) {
                Some(card) => report::card_text(card, lang),
                None => Shown(id).to_string(),
            };
            writeln!(io.out, "  {line}")?;
        }
    }
    if let Some(id) = saved {
        writeln!(
            io.out,
            "\n{}",
            i18n::fill(i18n::report::SAVED_AS.get(lang), id)
        )?;
    }
    Ok(())
}

/// `workshop list`: one line per session; a broken file shows its error.
fn list(
    sessions: &Sessions,
    json: bool,
    lang: Lang,
    zone: &jiff::tz::TimeZone,
    io: &mut Output<'_>,
) -> Result<()> {
    let listed = sessions.list()?;
    if json {
        let rows: Vec<serde_json::Value> = listed
            .iter()
            .map(|(path, session)| match session {
                Ok(session) => report::summary_json(session),
                Err(error) => serde_json::json!({
                    "file": path.display().to_string(),
                    "error": error.to_string(),
                }),
            })
            .collect();
        return write_json(&rows, io);
    }
    if listed.is_empty() {
        writeln!(io.out, "{}", i18n::report::NO_SESSIONS.get(lang))?;
        return Ok(());
    }
    for (path, session) in &listed {
        match session {
            Ok(session) => writeln!(
                io.out,
                "{}",
                sanitize::inline(&report::summary_line(session, lang, zone))
            )?,
            Err(error) => writeln!(
                io.out,
                "{}  {}{}{}",
                Shown(&path.display().to_string()),
                i18n::report::UNREADABLE.get(lang),
                lang.colon(),
                Shown(
                    error
                        .describe(lang)
                        .message
                        .lines()
                        .next()
                        .unwrap_or_default()
                )
            )?,
        }
    }
    Ok(())
}
