//! What each subcommand does, written against `io::Write` so tests and the
//! binary share one code path. `main.rs` only picks stdout and stderr.

mod deck;
pub(crate) mod export;
mod group;
mod journal;
pub mod report;
pub mod resident;
mod rollup;
pub mod workshop;

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::cli::{Cli, Command, DeckCommand, JournalCommand, RoundCommand};
use crate::config::{AmbiguousWidth, Config};
use crate::deck::{self as deck_model, BUILTIN_ORIGIN, Deck};
use crate::error::Result;
use crate::i18n::Lang;

/// Where a command writes: its output, and its diagnostics.
pub struct Output<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

/// Runs the command line `cli` in language `lang`.
pub fn run(cli: &Cli, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    match &cli.command {
        // Bare `xiaoshi`: the TUI in a terminal, else the status as text.
        None => {
            let resident = resident(cli)?;
            if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() {
                let options = crate::tui::Options {
                    animate: !cli.no_anim,
                    no_color: cli.no_color,
                    ambiguous: AmbiguousWidth::from_env(resident.config.ambiguous_width),
                };
                crate::tui::run(resident, lang, options)
            } else {
                report::status(&resident, false, lang, io)
            }
        }
        Some(Command::Draw { redraw, json }) => {
            resident::draw(&resident(cli)?, *redraw, *json, lang, io)
        }
        Some(Command::Done {
            note,
            yesterday,
            card,
            own,
        }) => {
            let credit = resident::Credited {
                card: card.as_deref(),
                own: own.as_deref(),
            };
            resident::done(
                &resident(cli)?,
                note.as_deref(),
                *yesterday,
                credit,
                lang,
                io,
            )
        }
        Some(Command::Undo { yesterday }) => resident::undo(&resident(cli)?, *yesterday, lang, io),
        Some(Command::Round(RoundCommand::Start { yes })) => {
            resident::start_round(&resident(cli)?, *yes, lang, io)
        }
        Some(Command::Status { json }) => report::status(&resident(cli)?, *json, lang, io),
        Some(Command::History { json, csv }) => {
            report::history(&resident(cli)?, *json, *csv, lang, io)
        }
        Some(Command::Why) => report::why(&resident(cli)?, lang, io),
        Some(Command::Journal(JournalCommand::Export { format, name })) => {
            journal::export(&resident(cli)?, *format, name.as_deref(), io)
        }
        Some(Command::Journal(JournalCommand::Import { file, mine })) => {
            journal::import(&resident(cli)?, file, *mine, lang, io)
        }
        Some(Command::Group(args)) => group::run(cli, args, lang, io),
        Some(Command::Rollup(args)) => rollup::run(args, lang, io),
        Some(Command::Deck(DeckCommand::List(args))) => {
            let (deck, _) = load_deck(cli)?;
            deck::list(&deck, args, lang, io)
        }
        Some(Command::Deck(DeckCommand::Show(args))) => {
            let (deck, origin) = load_deck(cli)?;
            deck::show(&deck, &origin, args, lang, io)
        }
        Some(Command::Deck(DeckCommand::Check { file, json })) => {
            deck::check(file, *json, lang, io)
        }
        Some(Command::Workshop(args)) => {
            workshop::run(cli, args.command.as_ref(), &args.setup, lang, io)
        }
        Some(Command::Export(args)) => {
            let (deck, _) = load_deck(cli)?;
            let stem = cli
                .deck
                .as_deref()
                .and_then(|path| path.file_stem())
                .map_or_else(
                    || "shequ-xiaoshi".to_string(),
                    |stem| stem.to_string_lossy().into_owned(),
                );
            export::run(&deck, &stem, args, cli.lang, lang, io)
        }
        Some(Command::Completions { shell }) => {
            // clap_complete panics on a write error, so generate into memory
            // and let a closed pipe surface as an ordinary io::Error.
            let mut script = Vec::new();
            let mut command = crate::cli::localize::command(lang);
            clap_complete::generate(*shell, &mut command, "xiaoshi", &mut script);
            io.out.write_all(&script)?;
            Ok(())
        }
        Some(Command::Man) => {
            let command = crate::cli::localize::command(lang);
            io.out.write_all(man_page(command, lang)?.as_bytes())?;
            Ok(())
        }
    }
}

/// The man page, `xiaoshi(1)`, whole in one page: clap_mangen's page with
/// its SUBCOMMANDS section (which names pages `xiaoshi-draw(1)` … that are
/// never installed) replaced by COMMANDS, every command and subcommand
/// with its synopsis, description and options.
fn man_page(command: clap::Command, lang: Lang) -> std::io::Result<String> {
    fn render(man: &clap_mangen::Man, all: bool) -> std::io::Result<String> {
        let mut out = Vec::new();
        if all {
            man.render(&mut out)?;
        } else {
            man.render_synopsis_section(&mut out)?;
            man.render_description_section(&mut out)?;
            man.render_options_section(&mut out)?;
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
    /// The commands under `parent` (named `path`), depth first; `global`:
    /// the options of every command, described once under OPTIONS.
    fn commands(
        parent: &clap::Command,
        path: &str,
        global: &[String],
        out: &mut String,
    ) -> std::io::Result<()> {
        for sub in parent.get_subcommands() {
            if sub.is_hide_set() || sub.get_name() == "help" {
                continue;
            }
            let name = format!("{path} {}", sub.get_name());
            let mut sub = sub
                .clone()
                .display_name(name.clone())
                .bin_name(name.clone());
            for id in global {
                if sub.get_arguments().any(|arg| arg.get_id() == id.as_str()) {
                    sub = sub.mut_arg(id.as_str(), |arg| arg.hide(true));
                }
            }
            out.push_str(&format!(".SS \"{name}\"\n"));
            let body = render(&clap_mangen::Man::new(sub.clone()), false)?;
            // One page: no preamble again, and the sections as paragraphs.
            for line in body.lines() {
                if line.starts_with(".ie ") || line.starts_with(".el ") {
                    continue;
                }
                out.push_str(if line.starts_with(".SH ") {
                    ".PP"
                } else {
                    line
                });
                out.push('\n');
            }
            commands(&sub, &name, global, out)?;
        }
        Ok(())
    }
    let page = render(&clap_mangen::Man::new(command.clone()), true)?;
    let mut commands_section = String::from(".SH COMMANDS\n");
    let global: Vec<String> = command
        .get_arguments()
        .filter(|arg| arg.is_global_set() || matches!(arg.get_id().as_str(), "help" | "version"))
        .map(|arg| arg.get_id().to_string())
        .collect();
    commands(&command, "xiaoshi", &global, &mut commands_section)?;
    // clap_mangen heads the section with the command's own heading, if
    // it has one (the Chinese help's 命令).
    let heading = format!(
        ".SH {}\n",
        command
            .get_subcommand_help_heading()
            .unwrap_or("SUBCOMMANDS")
    );
    let page = match page.find(&heading) {
        Some(start) => {
            let end = page[start + 1..]
                .find("\n.SH ")
                .map_or(page.len(), |at| start + 1 + at + 1);
            format!("{}{commands_section}{}", &page[..start], &page[end..])
        }
        None => page,
    };
    Ok(in_language(page, lang))
}

/// clap_mangen writes its section headings and value notes in English;
/// a Chinese page gets them in Chinese, as Debian's Chinese man pages do.
fn in_language(page: String, lang: Lang) -> String {
    if lang == Lang::En {
        return page;
    }
    // Chinese has no spaces to stretch: justified lines would open wide
    // gaps between the few there are, so the page is set ragged-right.
    let page = page.replacen("\n.SH ", "\n.na\n.SH ", 1);
    const ZH: [(&str, &str); 10] = [
        (".SH NAME\n", ".SH 名称\n"),
        (".SH SYNOPSIS\n", ".SH 用法\n"),
        (".SH DESCRIPTION\n", ".SH 描述\n"),
        (".SH OPTIONS\n", ".SH 选项\n"),
        (".SH COMMANDS\n", ".SH 命令\n"),
        (".SH EXTRA\n", ".SH 说明\n"),
        (".SH VERSION\n", ".SH 版本\n"),
        (".SH AUTHORS\n", ".SH 作者\n"),
        ("[default: ", "[默认："),
        ("[possible values: ", "[可选值："),
    ];
    ZH.iter().fold(page, |page, (english, chinese)| {
        page.replace(english, chinese)
    })
}

/// Writes `bytes` to `out` atomically (readable by others, like any saved
/// file), or to standard output for none, `-` or a name of it
/// (`/dev/stdout`: opening that anew would write over a `>>` log from its start).
pub(crate) fn write_out(out: Option<&Path>, bytes: &[u8], io: &mut Output<'_>) -> Result<()> {
    match out {
        Some(path) if !is_stdout(path) => {
            crate::fsutil::write_atomic_shared(path, bytes).map_err(|source| {
                crate::error::Error::WriteFile {
                    path: path.display().to_string(),
                    source,
                }
            })?;
            Ok(())
        }
        _ => {
            io.out.write_all(bytes)?;
            Ok(())
        }
    }
}

/// True for `-` and the names Linux gives standard output.
pub(crate) fn is_stdout(path: &Path) -> bool {
    ["-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"]
        .iter()
        .any(|name| path.as_os_str() == *name)
}

/// The resident's journal, clock and deck; text output laid out for the
/// ambiguous width the settings name.
fn resident(cli: &Cli) -> Result<crate::service::Resident> {
    let (deck, _) = load_deck(cli)?;
    let resident = crate::service::Resident::from_env(deck)?;
    lay_out_text_for(&resident.config);
    Ok(resident)
}

/// Text output (`status`, `why`, …) aligned for the ambiguous width that
/// `XIAOSHI_AMBIGUOUS` or the config names: there is no terminal to ask,
/// so `auto` means narrow. (A TUI asks, and lays out again for the answer.)
pub(crate) fn lay_out_text_for(config: &Config) {
    crate::text::set_ambiguous(AmbiguousWidth::from_env(config.ambiguous_width).without_probe());
}

/// The deck chosen by `--deck`, or the built-in one, with its name for messages.
fn load_deck(cli: &Cli) -> Result<(Deck, String)> {
    match &cli.deck {
        Some(path) => {
            let loaded = deck_model::load_file(path)?;
            Ok((loaded.deck, path.display().to_string()))
        }
        None => Ok((Deck::builtin()?, BUILTIN_ORIGIN.to_string())),
    }
}
