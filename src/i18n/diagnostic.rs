//! Errors as data, worded in one place per area.
//!
//! An error type keeps its *kind* typed (what went wrong, with the values a
//! message needs) and implements [`Describe`] to word it in any language. The
//! wording lives in the area's catalogue (`i18n/<area>.rs`), never in an
//! English-only `#[error("…")]` attribute, so the command line, the TUI's
//! status line and tests all read the same sentence in the user's language.
//! `Display` is the English description ([`describe_display!`](crate::describe_display)),
//! for logs and for tests written before the languages.

use super::{Lang, errors};

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

    /// The same diagnostic with `hint` (replacing any).
    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// The message, and the hint on a line of its own: `…\n  hint: …`.
    pub fn text(&self, lang: Lang) -> String {
        match &self.hint {
            Some(hint) => format!("{}\n  {}{hint}", self.message, errors::HINT.get(lang)),
            None => self.message.clone(),
        }
    }

    /// The message and the hint on one line, for a status line:
    /// `“12/01” 不是日期；提示：可以写 …`.
    pub fn one_line(&self, lang: Lang) -> String {
        let flat = |text: &str| {
            text.split('\n')
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        match &self.hint {
            Some(hint) => format!(
                "{}{}{}{}",
                flat(&self.message),
                lang.clause_sep(),
                errors::HINT.get(lang),
                flat(hint)
            ),
            None => flat(&self.message),
        }
    }
}

/// Words a value (usually an error) in a language.
pub trait Describe {
    fn describe(&self, lang: Lang) -> Diagnostic;
}

/// `impl Display` as the English description, message and hint.
#[macro_export]
macro_rules! describe_display {
    ($($type:ty),+ $(,)?) => {$(
        impl ::std::fmt::Display for $type {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                let lang = $crate::i18n::Lang::En;
                f.write_str(&$crate::i18n::Describe::describe(self, lang).text(lang))
            }
        }
    )+};
}
