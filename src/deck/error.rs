//! Why a deck could not be loaded, worded for the person who wrote the file.

use std::fmt;
use std::io;

use super::file::SyntaxError;
use super::validate::{Problem, Severity};

/// A deck that could not be loaded. Every variant names the file; syntax
/// errors add the line and column and show the line, content problems name
/// the card.
#[derive(Debug, thiserror::Error)]
pub enum DeckError {
    #[error("cannot read the deck file {origin}: {source}\n  hint: check the path given to --deck")]
    Read { origin: String, source: io::Error },

    #[error("{origin} is a folder, not a deck file\n  hint: give the path of a .ron deck file")]
    IsFolder { origin: String },

    #[error(
        "{origin} is {size} bytes; a deck file is at most {limit} bytes\n  \
         hint: is this the right file? A 54-card deck is about 20 KB"
    )]
    TooLarge {
        origin: String,
        size: u64,
        limit: u64,
    },

    #[error(
        "{origin} is empty\n  \
         hint: a deck file starts with `(` and lists its cards; see decks/shequ-xiaoshi.ron"
    )]
    Empty { origin: String },

    #[error(
        "{origin}:{line}:{column}: the file is not UTF-8 text\n  \
         hint: save it as UTF-8 (in most editors: Save As, then Encoding: UTF-8)"
    )]
    NotUtf8 {
        origin: String,
        line: usize,
        column: usize,
    },

    #[error("{}", SyntaxDisplay { origin, error, source_line })]
    Syntax {
        origin: String,
        error: SyntaxError,
        /// The text of the line at fault, shown under the message.
        source_line: String,
    },

    #[error("{}", ProblemsDisplay { origin, problems })]
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

struct SyntaxDisplay<'a> {
    origin: &'a str,
    error: &'a SyntaxError,
    source_line: &'a str,
}

impl fmt::Display for SyntaxDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let SyntaxError {
            line,
            column,
            message,
        } = self.error;
        writeln!(f, "{}:{line}:{column}: {message}", self.origin)?;
        // Show the line and a caret under the column, rustc-style. The caret
        // is placed by display width so it sits right under CJK text too; a
        // very long line is shown only around the column.
        let chars: Vec<char> = self.source_line.chars().collect();
        let at = column.saturating_sub(1).min(chars.len());
        let start = at.saturating_sub(60);
        let end = (at + 20).min(chars.len());
        let shown: String = chars[start..end].iter().collect();
        let before: String = chars[start..at].iter().collect();
        let gutter = line.to_string();
        writeln!(f, "{} |", " ".repeat(gutter.len()))?;
        writeln!(f, "{gutter} | {}", shown.trim_end())?;
        write!(
            f,
            "{} | {}^\n  hint: compare with a card in decks/shequ-xiaoshi.ron; \
             check brackets, commas and quotes near this spot",
            " ".repeat(gutter.len()),
            " ".repeat(crate::text::width(&before))
        )
    }
}

/// How many problems an error message shows before it says "and N more".
const SHOWN_PROBLEMS: usize = 8;

struct ProblemsDisplay<'a> {
    origin: &'a str,
    problems: &'a [Problem],
}

impl fmt::Display for ProblemsDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count();
        write!(
            f,
            "{} is not a valid deck: {errors} problem{}",
            self.origin,
            if errors == 1 { "" } else { "s" }
        )?;
        // Keep the message on one screen; `deck check` lists them all.
        for problem in self.problems.iter().take(SHOWN_PROBLEMS) {
            write!(f, "\n{}", ProblemLine(self.origin, problem))?;
        }
        if self.problems.len() > SHOWN_PROBLEMS {
            write!(
                f,
                "\n... and {} more: `xiaoshi deck check {}` lists them all",
                self.problems.len() - SHOWN_PROBLEMS,
                self.origin
            )?;
        }
        Ok(())
    }
}

/// One problem as a line (plus its hint): `deck.ron:42: card hearts-7: ...`.
pub struct ProblemLine<'a>(pub &'a str, pub &'a Problem);

impl fmt::Display for ProblemLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ProblemLine(origin, problem) = self;
        let kind = match problem.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{kind}: {origin}")?;
        if let Some(line) = problem.line {
            write!(f, ":{line}")?;
        }
        if let Some(card) = &problem.card {
            write!(f, ": card `{card}`")?;
        }
        write!(f, ": {}\n  hint: {}", problem.message, problem.hint)
    }
}
