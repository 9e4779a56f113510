//! Errors as data, worded in one place per area.
//!
//! An error type keeps its *kind* typed (what went wrong, with the values a
//! message needs) and implements [`Describe`] to word it in any language. The
//! wording lives beside the area's other strings, never in an English-only
//! `#[error("…")]` attribute, so the command line, the TUI's status line and
//! tests all read the same sentence in the user's language.

use super::Lang;

/// An error (or a refusal) worded for a person: what happened, and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            hint: None,
        }
    }

    pub fn with_hint(message: impl Into<String>, hint: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
}

/// Words a value (usually an error) in a language.
pub trait Describe {
    fn describe(&self, lang: Lang) -> Diagnostic;
}

/// `Display` for an error that implements [`Describe`]: its English words,
/// the hint on a line of its own (`…\n  hint: …`), for logs and for code
/// that still prints errors with `{}`.
pub fn fmt_english(error: &impl Describe, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    let diagnostic = error.describe(Lang::En);
    f.write_str(&diagnostic.message)?;
    match &diagnostic.hint {
        Some(hint) => write!(f, "\n  hint: {hint}"),
        None => Ok(()),
    }
}
