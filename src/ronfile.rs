//! Reading xiaoshi's own versioned RON files (journal months, workshop
//! sessions): UTF-8 with a position when it is not, a recursion limit, and a
//! file from a newer xiaoshi told apart from a broken one.

use serde::Deserialize;
use serde::de::DeserializeOwned;

use crate::i18n::errors as text;
use crate::i18n::{Describe, Diagnostic, Lang, fill_named};

/// Why a file's bytes are not a file of this version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer xiaoshi: refuse it, do not call it broken.
    Newer { version: u32 },
    /// Not UTF-8 or not RON of the expected shape, at a 1-based position.
    Corrupt {
        line: usize,
        column: usize,
        problem: Syntax,
    },
}

/// What is wrong at a place in a RON file (a deck, the config, a journal
/// month, a session), as a kind: ron's own messages name Rust types and say
/// "RON" where a person means their file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Syntax {
    NotUtf8,
    /// The file ends inside a bracket or a quote.
    Unclosed,
    TooDeep {
        limit: usize,
    },
    UnknownField {
        found: String,
        expected: Vec<String>,
    },
    MissingField {
        field: String,
        outer: Option<String>,
    },
    DuplicateField {
        field: String,
    },
    ExpectedComma,
    ExpectedNumber,
    NumberOutOfRange,
    ExpectedText,
    /// A text in every language was expected: `(zh: "…", en: "…")`.
    ExpectedTexts,
    /// `(` to open a struct.
    ExpectedOpen {
        name: String,
    },
    /// Text after the value's closing `)`.
    Trailing,
    /// A name that is not one of those allowed here (a suit, say).
    UnknownValue {
        found: String,
        expected: Vec<String>,
    },
    /// Anything else ron reports, in its own (English) words.
    Other {
        detail: String,
    },
}

impl Syntax {
    /// The kind of a ron error; `limit` is the recursion limit parsed with.
    pub fn of(error: &ron::Error, limit: usize) -> Syntax {
        use ron::Error as E;
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect();
        match error {
            E::Eof => Syntax::Unclosed,
            E::ExceededRecursionLimit => Syntax::TooDeep { limit },
            E::NoSuchStructField {
                expected, found, ..
            } => Syntax::UnknownField {
                found: found.clone(),
                expected: names(expected),
            },
            E::MissingStructField { field, outer } => Syntax::MissingField {
                field: field.to_string(),
                outer: outer.as_ref().map(|o| o.to_string()),
            },
            E::DuplicateStructField { field, .. } => Syntax::DuplicateField {
                field: field.to_string(),
            },
            E::ExpectedComma => Syntax::ExpectedComma,
            E::ExpectedInteger => Syntax::ExpectedNumber,
            E::IntegerOutOfBounds => Syntax::NumberOutOfRange,
            E::ExpectedString | E::ExpectedStringEnd => Syntax::ExpectedText,
            E::ExpectedNamedStructLike("Localized") => Syntax::ExpectedTexts,
            E::ExpectedNamedStructLike(name) => Syntax::ExpectedOpen {
                name: name.to_string(),
            },
            E::TrailingCharacters => Syntax::Trailing,
            E::NoSuchEnumVariant {
                expected, found, ..
            } => Syntax::UnknownValue {
                found: found.clone(),
                expected: names(expected),
            },
            other => Syntax::Other {
                detail: other.to_string(),
            },
        }
    }
}

impl Describe for Syntax {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let list = |names: &[String]| lang.join(names);
        let message = match self {
            Syntax::NotUtf8 => text::RON_NOT_UTF8.get(lang).to_string(),
            Syntax::Unclosed => text::RON_UNCLOSED.get(lang).to_string(),
            Syntax::TooDeep { limit } => {
                fill_named(text::RON_TOO_DEEP.get(lang), &[("limit", limit)])
            }
            Syntax::UnknownField { found, expected } => fill_named(
                text::RON_UNKNOWN_FIELD.get(lang),
                &[("found", found), ("expected", &list(expected))],
            ),
            Syntax::MissingField {
                field,
                outer: Some(outer),
            } => fill_named(
                text::RON_MISSING_FIELD_OF.get(lang),
                &[("field", field), ("outer", &thing(outer, lang))],
            ),
            Syntax::MissingField { field, outer: None } => {
                fill_named(text::RON_MISSING_FIELD.get(lang), &[("field", field)])
            }
            Syntax::DuplicateField { field } => {
                fill_named(text::RON_DUPLICATE_FIELD.get(lang), &[("field", field)])
            }
            Syntax::ExpectedComma => text::RON_COMMA.get(lang).to_string(),
            Syntax::ExpectedNumber => text::RON_NUMBER.get(lang).to_string(),
            Syntax::NumberOutOfRange => text::RON_NUMBER_RANGE.get(lang).to_string(),
            Syntax::ExpectedText => text::RON_TEXT.get(lang).to_string(),
            Syntax::ExpectedTexts => {
                fill_named(text::RON_TEXTS.get(lang), &[("example", &texts_example())])
            }
            Syntax::ExpectedOpen { name } => {
                fill_named(text::RON_OPEN.get(lang), &[("name", &thing(name, lang))])
            }
            Syntax::Trailing => text::RON_TRAILING.get(lang).to_string(),
            Syntax::UnknownValue { found, expected } => fill_named(
                text::RON_UNKNOWN_VALUE.get(lang),
                &[("found", found), ("expected", &list(expected))],
            ),
            Syntax::Other { detail } => {
                // ron's words are English: shown as they are where English is read.
                let detail = if lang.info().library_words {
                    detail.clone()
                } else {
                    String::new()
                };
                fill_named(text::RON_OTHER.get(lang), &[("detail", &detail)])
            }
        };
        Diagnostic::new(message)
    }
}

/// What a struct of xiaoshi's files is called in words (`Card`: "the
/// card", `这张牌`); another name as it is written.
fn thing(name: &str, lang: Lang) -> String {
    let text = match name {
        "Card" => text::RON_CARD,
        "Deck" => text::RON_DECK,
        "Config" => text::RON_CONFIG,
        "Journal" => text::RON_JOURNAL,
        "Session" => text::RON_SESSION,
        other => return format!("`{other}`"),
    };
    text.get(lang).to_string()
}

/// `(zh: "…", en: "…")`: a text in every language, as a file writes it.
pub fn texts_example() -> String {
    let fields: Vec<String> = Lang::ALL
        .iter()
        .filter(|lang| lang.info().fallback.is_none())
        .map(|lang| format!("{}: \"…\"", lang.code()))
        .collect();
    format!("({})", fields.join(", "))
}

/// The 1-based line and column of the first byte that is not UTF-8.
pub fn utf8_error_position(bytes: &[u8], error: &std::str::Utf8Error) -> (usize, usize) {
    // The prefix is valid UTF-8 by definition; count lines and columns in it.
    let prefix = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
    let line = prefix.matches('\n').count() + 1;
    let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// How deep xiaoshi's own files may nest.
const RECURSION_LIMIT: usize = 32;

/// Just the version, to refuse a newer file even when the rest does not parse.
#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// Parses `bytes` as a `T` whose version (`version_of`) is at most `newest`.
pub fn parse_versioned<T: DeserializeOwned>(
    bytes: &[u8],
    newest: u32,
    version_of: impl Fn(&T) -> u32,
) -> Result<T, Unreadable> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let (line, column) = utf8_error_position(bytes, &error);
        Unreadable::Corrupt {
            line,
            column,
            problem: Syntax::NotUtf8,
        }
    })?;
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    match options.from_str::<T>(text) {
        Ok(value) if version_of(&value) > newest => Err(Unreadable::Newer {
            version: version_of(&value),
        }),
        Ok(value) => Ok(value),
        Err(error) => match options.from_str::<VersionOnly>(text) {
            // A newer version may have changed the shape: say so rather
            // than report a syntax error in a file that is fine.
            Ok(VersionOnly { version }) if version > newest => Err(Unreadable::Newer { version }),
            _ => Err(Unreadable::Corrupt {
                line: error.span.start.line,
                column: error.span.start.col,
                problem: Syntax::of(&error.code, RECURSION_LIMIT),
            }),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    struct File {
        version: u32,
        items: Vec<u8>,
    }

    fn parse(text: &[u8]) -> Result<File, Unreadable> {
        parse_versioned(text, 1, |file: &File| file.version)
    }

    #[test]
    fn tells_newer_from_broken() {
        assert_eq!(
            parse(b"(version: 1, items: [1])"),
            Ok(File {
                version: 1,
                items: vec![1]
            })
        );
        assert_eq!(
            parse(b"(version: 2, items: [1])"),
            Err(Unreadable::Newer { version: 2 })
        );
        assert_eq!(
            parse(b"(version: 3, other: true)"),
            Err(Unreadable::Newer { version: 3 })
        );
        assert!(matches!(
            parse(b"(version: 1,\n items: [x])"),
            Err(Unreadable::Corrupt { line: 2, .. })
        ));
        assert_eq!(
            parse(b"(version: 1,\n  \xff)"),
            Err(Unreadable::Corrupt {
                line: 2,
                column: 3,
                problem: Syntax::NotUtf8
            })
        );
    }
}
