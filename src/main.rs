//! The `xiaoshi` binary: parse arguments, run, map the outcome to an exit code
//! (0 ok, 1 runtime error, 2 usage error). Everything else is in the library.
//!
//! Outside text cannot steer the terminal: standard error always goes
//! through [`TerminalSafe`] (errors and warnings echo names, paths and lines
//! of files), and so does standard output when it is a terminal; errors are
//! sanitised before they are printed, wherever they go.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use clap::Parser;
use xiaoshi::cli::Cli;
use xiaoshi::commands::{self, Output};
use xiaoshi::i18n::{self, Lang};
use xiaoshi::storage;
use xiaoshi::text::sanitize::{self, Shown, TerminalSafe};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return usage_failure(&error),
    };
    if let Err(error) = cli.check() {
        return usage_failure(&error);
    }
    let lang = cli.ui_lang();
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
            let text = match error.localized(lang) {
                Some(said) => match said.hint {
                    Some(hint) => format!("error: {}\n  hint: {hint}", said.message),
                    None => format!("error: {}", said.message),
                },
                None => format!("error: {error}"),
            };
            print_error(&text);
            ExitCode::FAILURE
        }
    }
}

/// `--help` and `--version` (not errors), and usage errors (exit 2), whose
/// messages quote what was typed: sanitised like every error.
fn usage_failure(error: &clap::Error) -> ExitCode {
    if error.use_stderr() {
        print_error(&error.render().to_string());
        ExitCode::from(2)
    } else {
        // A closed pipe while printing help is not worth a message.
        let _ = error.print();
        ExitCode::SUCCESS
    }
}

/// The one place an error reaches the user: on standard error, with every
/// control character from outside text shown visibly.
fn print_error(text: &str) {
    let mut err = TerminalSafe::new(io::stderr());
    let text = sanitize::message(text);
    let _ = writeln!(err, "{}", text.trim_end_matches('\n'));
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
