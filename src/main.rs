//! The `xiaoshi` binary: parse arguments, run, map the outcome to an exit code
//! (0 ok, 1 runtime error, 2 usage error). Everything else is in the library.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;
use xiaoshi::cli::Cli;
use xiaoshi::commands::{self, Output};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // --help and --version land here too, and are not errors. A closed
            // pipe while printing them is not worth a message.
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    if let Err(error) = cli.check() {
        let _ = error.print();
        return ExitCode::from(2);
    }
    let lang = cli.ui_lang();
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
            let _ = writeln!(io::stderr(), "error: {error}");
            ExitCode::FAILURE
        }
    }
}
