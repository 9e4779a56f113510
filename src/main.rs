//! The `xiaoshi` binary: parse arguments, run, map the outcome to an exit code
//! (0 ok, 1 runtime error, 2 usage error). Everything else is in the library.
//!
//! Outside text cannot steer the terminal: standard error always goes
//! through [`TerminalSafe`] (errors and warnings echo names, paths and lines
//! of files), and so does standard output when it is a terminal; errors are
//! sanitised before they are printed, wherever they go.

use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use clap::error::ErrorKind;
use xiaoshi::cli::{self, Cli, localize};
use xiaoshi::commands::{self, Output};
use xiaoshi::i18n::{self, Describe, Diagnostic, Lang, errors};
use xiaoshi::storage;
use xiaoshi::text::sanitize::{self, Shown, TerminalSafe};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(version) = Cli::version_only(&args) {
        let _ = io::stdout().write_all(version.as_bytes());
        return ExitCode::SUCCESS;
    }
    // The everyday lines are read without building clap's command tree;
    // clap reads the rest. Parsing needs no words: the localized command is
    // built only when something must be said (help, a usage error).
    let cli = match Cli::everyday(&args).map_or_else(|| Cli::parse_args(&args), Ok) {
        Ok(cli) => cli,
        Err(error) => return usage_failure(&args, error),
    };
    let lang = cli.ui_lang();
    if let Err(error) = cli.check() {
        let mut said = error.describe(lang);
        said.message = format!(
            "{}\n\n{}\n",
            said.message,
            localize::usage(error.command_path(), lang)
        );
        said.hint = Some(xiaoshi::i18n::cli::MORE_INFO.get(lang).to_string());
        report(&said, lang);
        return ExitCode::from(2);
    }
    say_when_waiting(lang);
    let stdout = io::stdout();
    let mut out: BufWriter<Box<dyn Write>> = if stdout.is_terminal() {
        BufWriter::new(Box::new(TerminalSafe::new(stdout.lock())))
    } else {
        BufWriter::new(Box::new(stdout.lock()))
    };
    let mut err = TerminalSafe::new(io::stderr());
    let mut output = Output {
        out: &mut out,
        err: &mut err,
    };
    let result = commands::run(&cli, lang, &mut output).and_then(|()| Ok(out.flush()?));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.is_broken_pipe() => ExitCode::SUCCESS,
        Err(error) => {
            report(&error.describe(lang), lang);
            if error.is_usage() {
                ExitCode::from(2)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

/// `--help`, `--version` and usage errors, in the user's language: the
/// command line is read again with the worded command, which says the same
/// thing clap found, in words.
fn usage_failure(args: &[OsString], error: clap::Error) -> ExitCode {
    // `--version` says no words: print it as it is, without building them.
    if error.kind() == ErrorKind::DisplayVersion {
        let _ = error.print();
        return ExitCode::SUCCESS;
    }
    let lang = cli::ui_lang(cli::lang_flag(args));
    let error = match localize::command(lang).try_get_matches_from(args) {
        Err(worded) => worded,
        Ok(_) => error,
    };
    match error.kind() {
        // Not an error (help on stdout, exit 0), or help shown for a command
        // given without its subcommand (stderr, exit 2). A closed pipe while
        // printing them is not worth a message.
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            if lang == Lang::En {
                let _ = error.print();
            } else {
                let help = localize::help_text(&error.render().to_string(), lang);
                let _ = if error.use_stderr() {
                    write!(io::stderr(), "{help}")
                } else {
                    write!(io::stdout(), "{help}")
                };
            }
            if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            }
        }
        _ => {
            report(&localize::clap_error(&error, lang), lang);
            ExitCode::from(2)
        }
    }
}

/// The one place an error reaches the user: `错误：…` and `提示：…` (or
/// `error:` and `hint:`) in their language, on standard error, with every
/// control character from outside text (a mistyped name, a line of a file)
/// shown visibly.
fn report(said: &Diagnostic, lang: Lang) {
    let text = format!("{}{}", errors::ERROR.get(lang), said.text(lang));
    let mut err = TerminalSafe::new(io::stderr());
    let _ = writeln!(err, "{}", sanitize::message(&text));
}

/// While another xiaoshi holds a lock, say so on standard error after a
/// second (the full-screen TUIs turn this off while they draw).
fn say_when_waiting(lang: Lang) {
    storage::set_wait_notice(Some(Arc::new(move |path: &Path| {
        let text = i18n::fill_named(
            i18n::storage::WAITING.get(lang),
            &[("path", &Shown(&path.display().to_string()))],
        );
        let _ = writeln!(io::stderr(), "{text}");
    })));
}
