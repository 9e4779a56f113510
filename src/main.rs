//! The `xiaoshi` binary: parse arguments, run, map the outcome to an exit code
//! (0 ok, 1 runtime error, 2 usage error). Everything else is in the library.

use std::ffi::OsString;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;
use clap::error::ErrorKind;
use xiaoshi::cli::{self, Cli, localize};
use xiaoshi::commands::{self, Output};
use xiaoshi::i18n::{Describe, Diagnostic, Lang, errors};

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Parsing needs no words: the localized command is built only when
    // something must be said (help, a usage error).
    let cli = match Cli::try_parse_from(&args) {
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
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut err = io::stderr();
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
            ExitCode::FAILURE
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
            let _ = error.print();
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
/// `error:` and `hint:`) in their language, on standard error.
fn report(said: &Diagnostic, lang: Lang) {
    let _ = writeln!(
        io::stderr(),
        "{}{}",
        errors::ERROR.get(lang),
        said.text(lang)
    );
}
