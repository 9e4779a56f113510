//! Why a deck could not be loaded, worded for the person who wrote the
//! file, in their language, with a stable code for tools (`E041 duplicate-id`).

use std::io;

use super::file::SyntaxError;
use super::validate::{Field, Problem, ProblemKind, Severity, TextProblem};
use super::{Suit, validate};
use crate::i18n::deck as text;
use crate::i18n::{self, Describe, Diagnostic, Lang, Text, fill_named};
use crate::ronfile::Syntax;

/// A deck that could not be loaded. Every variant names the file; syntax
/// errors add the line and column and show the line, content problems name
/// the card.
#[derive(Debug)]
pub enum DeckError {
    Read {
        origin: String,
        source: io::Error,
    },
    IsFolder {
        origin: String,
    },
    TooLarge {
        origin: String,
        size: u64,
        limit: u64,
    },
    Empty {
        origin: String,
    },
    NotUtf8 {
        origin: String,
        line: usize,
        column: usize,
    },
    Syntax {
        origin: String,
        error: SyntaxError,
        /// The text of the line at fault, shown under the message.
        source_line: String,
    },
    Invalid {
        origin: String,
        problems: Vec<Problem>,
    },
}

crate::describe_display!(DeckError, Problem);

impl std::error::Error for DeckError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DeckError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl DeckError {
    /// The stable code and name of what went wrong, for tools; `None` for
    /// [`DeckError::Invalid`], whose problems each have theirs.
    pub fn code(&self) -> Option<(&'static str, &'static str)> {
        Some(match self {
            DeckError::Read { .. } => ("E001", "cannot-read"),
            DeckError::IsFolder { .. } => ("E002", "is-folder"),
            DeckError::TooLarge { .. } => ("E003", "too-large"),
            DeckError::Empty { .. } => ("E004", "empty"),
            DeckError::NotUtf8 { .. } => ("E005", "not-utf8"),
            DeckError::Syntax { error, .. } => syntax_code(&error.problem),
            DeckError::Invalid { .. } => return None,
        })
    }

    /// Where it went wrong: line and column, when known.
    pub fn position(&self) -> (Option<usize>, Option<usize>) {
        match self {
            DeckError::NotUtf8 { line, column, .. } => (Some(*line), Some(*column)),
            DeckError::Syntax { error, .. } => (Some(error.line), Some(error.column)),
            _ => (None, None),
        }
    }

    /// The message without the file's name and position, and the hint:
    /// what `deck check --json` lists beside the code.
    pub fn describe_alone(&self, lang: Lang) -> Diagnostic {
        let plain =
            |message: Text, hint: Text| Diagnostic::with_hint(*message.get(lang), *hint.get(lang));
        match self {
            DeckError::NotUtf8 { .. } => plain(text::NOT_UTF8, text::NOT_UTF8_HINT),
            DeckError::Syntax { error, .. } => Diagnostic::with_hint(
                error.problem.describe(lang).message,
                *text::SYNTAX_HINT.get(lang),
            ),
            other => other.describe(lang),
        }
    }
}

/// The code and name of a syntax problem in a deck file.
fn syntax_code(problem: &Syntax) -> (&'static str, &'static str) {
    match problem {
        Syntax::NotUtf8 => ("E005", "not-utf8"),
        Syntax::Other { .. } => ("E010", "syntax"),
        Syntax::Unclosed => ("E011", "unclosed"),
        Syntax::UnknownValue { expected, .. } if expected.iter().any(|e| e == "Hearts") => {
            ("E012", "unknown-suit")
        }
        Syntax::UnknownField { .. } => ("E013", "unknown-field"),
        Syntax::MissingField { .. } => ("E014", "missing-field"),
        Syntax::DuplicateField { .. } => ("E015", "duplicate-field"),
        Syntax::ExpectedComma => ("E016", "expected-comma"),
        Syntax::ExpectedNumber => ("E017", "expected-number"),
        Syntax::ExpectedText => ("E018", "expected-text"),
        Syntax::ExpectedTexts => ("E019", "expected-texts"),
        Syntax::Trailing => ("E020", "trailing-text"),
        Syntax::TooDeep { .. } => ("E021", "too-deep"),
        Syntax::NumberOutOfRange => ("E022", "number-out-of-range"),
        Syntax::ExpectedOpen { .. } => ("E023", "expected-parenthesis"),
        Syntax::UnknownValue { .. } => ("E024", "unknown-value"),
    }
}

impl Describe for DeckError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: Text| *text.get(lang);
        match self {
            DeckError::Read { origin, source } => Diagnostic::with_hint(
                fill_named(
                    t(text::CANNOT_READ),
                    &[
                        ("origin", origin),
                        ("reason", &i18n::errors::io_reason(source, lang)),
                    ],
                ),
                t(text::CANNOT_READ_HINT),
            ),
            DeckError::IsFolder { origin } => Diagnostic::with_hint(
                fill_named(t(text::IS_FOLDER), &[("origin", origin)]),
                t(text::IS_FOLDER_HINT),
            ),
            DeckError::TooLarge {
                origin,
                size,
                limit,
            } => Diagnostic::with_hint(
                fill_named(
                    t(text::TOO_LARGE),
                    &[("origin", origin), ("size", size), ("limit", limit)],
                ),
                t(text::TOO_LARGE_HINT),
            ),
            DeckError::Empty { origin } => Diagnostic::with_hint(
                fill_named(t(text::EMPTY), &[("origin", origin)]),
                t(text::EMPTY_HINT),
            ),
            DeckError::NotUtf8 {
                origin,
                line,
                column,
            } => Diagnostic::with_hint(
                format!(
                    "{origin}:{line}:{column}{}{}",
                    lang.colon(),
                    t(text::NOT_UTF8)
                ),
                t(text::NOT_UTF8_HINT),
            ),
            DeckError::Syntax {
                origin,
                error,
                source_line,
            } => Diagnostic::with_hint(
                format!(
                    "{origin}:{}:{}{}{}\n{}",
                    error.line,
                    error.column,
                    lang.colon(),
                    error.problem.describe(lang).message,
                    excerpt(error.line, error.column, source_line)
                ),
                t(text::SYNTAX_HINT),
            ),
            DeckError::Invalid { origin, problems } => {
                Diagnostic::new(invalid(origin, problems, lang))
            }
        }
    }
}

/// The line at fault and a caret under the column, rustc-style. The caret
/// is placed by display width so it sits right under CJK text too; a very
/// long line is shown only around the column.
fn excerpt(line: usize, column: usize, source_line: &str) -> String {
    let chars: Vec<char> = source_line.chars().collect();
    let at = column.saturating_sub(1).min(chars.len());
    let start = at.saturating_sub(60);
    let end = (at + 20).min(chars.len());
    let shown: String = chars[start..end].iter().collect();
    let before: String = chars[start..at].iter().collect();
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    format!(
        "{pad} |\n{gutter} | {}\n{pad} | {}^",
        shown.trim_end(),
        " ".repeat(crate::text::width(&before))
    )
}

/// How many problems an error message shows before it says "and N more".
const SHOWN_PROBLEMS: usize = 8;

/// `deck.ron is not a valid deck: 3 problems`, then the first few.
fn invalid(origin: &str, problems: &[Problem], lang: Lang) -> String {
    let mut message = summary(origin, problems, lang);
    // Keep the message on one screen; `deck check` lists them all.
    for problem in problems.iter().take(SHOWN_PROBLEMS) {
        message.push('\n');
        message.push_str(&problem_line(origin, problem, lang));
    }
    if problems.len() > SHOWN_PROBLEMS {
        message.push('\n');
        message.push_str(&fill_named(
            text::AND_MORE.get(lang),
            &[
                ("count", &(problems.len() - SHOWN_PROBLEMS)),
                ("origin", &origin),
            ],
        ));
    }
    message
}

/// `deck.ron is not a valid deck: 3 problems` (errors only; warnings do not count).
pub fn summary(origin: &str, problems: &[Problem], lang: Lang) -> String {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let count = i18n::count(lang, errors as u64, text::PROBLEMS_ONE, text::PROBLEMS);
    fill_named(
        text::NOT_VALID.get(lang),
        &[("origin", &origin), ("problems", &count)],
    )
}

/// One problem as a line (plus its hint):
/// `error[E041 duplicate-id]: deck.ron:42: card `hearts-7`: …`.
pub fn problem_line(origin: &str, problem: &Problem, lang: Lang) -> String {
    let severity = match problem.severity {
        Severity::Error => text::ERROR,
        Severity::Warning => i18n::WARNING,
    };
    let (code, name) = problem.code();
    let mut place = origin.to_string();
    if let Some(line) = problem.line {
        place.push_str(&format!(":{line}"));
    }
    if let Some(card) = &problem.card {
        place.push_str(lang.colon());
        place.push_str(&fill_named(text::CARD.get(lang), &[("card", card)]));
    }
    let said = problem.describe(lang);
    let line = format!(
        "{}[{code} {name}]{}{place}{}{}",
        severity.get(lang),
        lang.colon(),
        lang.colon(),
        said.message
    );
    match said.hint {
        Some(hint) => format!("{line}\n  {}{hint}", i18n::errors::HINT.get(lang)),
        None => line,
    }
}

impl Problem {
    /// The stable code and name of the problem, for tools and editors.
    pub fn code(&self) -> (&'static str, &'static str) {
        match &self.kind {
            ProblemKind::NewerFormat { .. } => ("E030", "newer-format"),
            ProblemKind::NoCards => ("E031", "no-cards"),
            ProblemKind::TooManyJokers { .. } => ("E032", "too-many-jokers"),
            ProblemKind::MissingSuit { .. } => ("E033", "missing-suit"),
            ProblemKind::MissingCards { .. } => ("E034", "missing-cards"),
            ProblemKind::BadId { .. } => ("E040", "bad-id"),
            ProblemKind::DuplicateId { .. } => ("E041", "duplicate-id"),
            ProblemKind::JokerWithRank => ("E042", "joker-with-rank"),
            ProblemKind::JokerId { .. } => ("E043", "joker-id"),
            ProblemKind::MissingRank { .. } => ("E044", "missing-rank"),
            ProblemKind::BadRank { .. } => ("E045", "bad-rank"),
            ProblemKind::IdMismatch { .. } => ("E046", "id-mismatch"),
            ProblemKind::Minutes { .. } => ("E047", "minutes-out-of-range"),
            ProblemKind::Text { problem, .. } => match problem {
                TextProblem::Empty => ("E050", "empty-text"),
                TextProblem::Spaces => ("E051", "text-spaces"),
                TextProblem::Control(_) => ("E052", "control-character"),
                TextProblem::TooWide { .. } => ("E053", "text-too-long"),
            },
            ProblemKind::AmbiguousWidth { .. } => ("W001", "ambiguous-width"),
        }
    }
}

/// A suit named inside a sentence: `clubs`, `梅花`.
fn suit_word(suit: Suit, lang: Lang) -> String {
    suit.name().get(lang).to_lowercase()
}

impl Describe for Problem {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: Text| *text.get(lang);
        let said = |message: String, hint: String| Diagnostic::with_hint(message, hint);
        match &self.kind {
            ProblemKind::NewerFormat { format } => said(
                fill_named(
                    t(text::NEWER_FORMAT),
                    &[("format", format), ("max", &super::file::FORMAT)],
                ),
                fill_named(t(text::NEWER_FORMAT_HINT), &[("max", &super::file::FORMAT)]),
            ),
            ProblemKind::NoCards => said(t(text::NO_CARDS).into(), t(text::NO_CARDS_HINT).into()),
            ProblemKind::TooManyJokers { count } => said(
                fill_named(
                    t(text::TOO_MANY_JOKERS),
                    &[("count", count), ("max", &validate::JOKERS_MAX)],
                ),
                t(text::TOO_MANY_JOKERS_HINT).into(),
            ),
            ProblemKind::MissingSuit { suit } => said(
                fill_named(
                    t(text::MISSING_SUIT),
                    &[
                        ("suit", &suit_word(*suit, lang)),
                        ("theme", suit.theme().get(lang)),
                    ],
                ),
                t(text::MISSING_HINT).into(),
            ),
            ProblemKind::MissingCards { suit, ids } => {
                let count = ids.len() as u64;
                said(
                    fill_named(
                        &i18n::count(lang, count, text::MISSING_CARDS_ONE, text::MISSING_CARDS),
                        &[("suit", &suit_word(*suit, lang)), ("ids", &lang.join(ids))],
                    ),
                    t(text::MISSING_HINT).into(),
                )
            }
            ProblemKind::BadId { id } => said(
                fill_named(t(text::BAD_ID), &[("id", &format!("{id:?}"))]),
                t(text::BAD_ID_HINT).into(),
            ),
            ProblemKind::DuplicateId { id } => said(
                fill_named(t(text::DUPLICATE_ID), &[("id", id)]),
                t(text::DUPLICATE_ID_HINT).into(),
            ),
            ProblemKind::JokerWithRank => said(
                t(text::JOKER_WITH_RANK).into(),
                t(text::JOKER_WITH_RANK_HINT).into(),
            ),
            ProblemKind::JokerId { id } => said(
                fill_named(t(text::JOKER_ID), &[("id", id)]),
                t(text::JOKER_ID_HINT).into(),
            ),
            ProblemKind::MissingRank { suit } => said(
                fill_named(t(text::MISSING_RANK), &[("suit", &suit_word(*suit, lang))]),
                t(text::RANK_HINT).into(),
            ),
            ProblemKind::BadRank { rank } => said(
                fill_named(t(text::BAD_RANK), &[("rank", &format!("{rank:?}"))]),
                t(text::RANK_HINT).into(),
            ),
            ProblemKind::IdMismatch { id, suit, rank } => {
                let pairs: [(&str, &dyn std::fmt::Display); 4] = [
                    ("id", id),
                    ("suit", &suit_word(*suit, lang)),
                    ("rank", &rank.label()),
                    ("expected", &super::Face::expected_id(*suit, *rank)),
                ];
                said(
                    fill_named(t(text::ID_MISMATCH), &pairs),
                    fill_named(t(text::ID_MISMATCH_HINT), &pairs),
                )
            }
            ProblemKind::Minutes { minutes } => said(
                fill_named(
                    t(text::MINUTES),
                    &[
                        ("minutes", minutes),
                        ("min", validate::MINUTES.start()),
                        ("max", validate::MINUTES.end()),
                    ],
                ),
                t(text::MINUTES_HINT).into(),
            ),
            ProblemKind::Text {
                field,
                lang: of,
                problem,
            } => {
                let (template, hint) = match problem {
                    TextProblem::Empty => (text::TEXT_EMPTY, text::TEXT_HINT),
                    TextProblem::Spaces => (text::TEXT_SPACES, text::TEXT_HINT),
                    TextProblem::Control(_) => (text::TEXT_CONTROL, text::TEXT_HINT),
                    TextProblem::TooWide { .. } => (text::TEXT_TOO_WIDE, text::TEXT_HINT),
                };
                let (code, width) = match problem {
                    TextProblem::Control(c) => (u32::from(*c), 0),
                    TextProblem::TooWide { width } => (0, *width),
                    _ => (0, 0),
                };
                let hint = match field {
                    Field::Name => text::NAME_HINT,
                    _ => hint,
                };
                said(
                    format!(
                        "{}.{}{}{}",
                        field.key(),
                        of.code(),
                        lang.colon(),
                        fill_named(
                            t(template),
                            &[
                                ("code", &format!("{code:04X}")),
                                ("width", &width),
                                ("max", &field.max()),
                            ],
                        )
                    ),
                    t(hint).into(),
                )
            }
            ProblemKind::AmbiguousWidth { field, lang: of, c } => said(
                format!(
                    "{}.{}{}{}",
                    field.key(),
                    of.code(),
                    lang.colon(),
                    fill_named(
                        t(text::AMBIGUOUS),
                        &[
                            ("char", &format!("{c:?}")),
                            ("code", &format!("{:04X}", u32::from(*c)))
                        ],
                    )
                ),
                t(text::AMBIGUOUS_HINT).into(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::validate::ProblemKind;

    fn problem(kind: ProblemKind) -> Problem {
        Problem {
            severity: Severity::Error,
            card: Some("hearts-7".into()),
            line: Some(12),
            kind,
        }
    }

    #[test]
    fn problems_have_codes_and_read_in_each_language() {
        let duplicate = problem(ProblemKind::DuplicateId {
            id: "hearts-7".into(),
        });
        assert_eq!(duplicate.code(), ("E041", "duplicate-id"));
        let en = problem_line("deck.ron", &duplicate, Lang::En);
        assert!(
            en.starts_with("error[E041 duplicate-id]: deck.ron:12: card `hearts-7`: the id"),
            "{en}"
        );
        let zh = problem_line("deck.ron", &duplicate, Lang::Zh);
        assert!(
            zh.starts_with("错误[E041 duplicate-id]：deck.ron:12：牌 `hearts-7`："),
            "{zh}"
        );
        assert!(zh.contains("提示："), "{zh}");
    }

    #[test]
    fn missing_cards_count_in_words() {
        let one = problem(ProblemKind::MissingCards {
            suit: Suit::Clubs,
            ids: vec!["clubs-q".into()],
        });
        assert_eq!(
            one.describe(Lang::En).message,
            "1 clubs card is missing: clubs-q"
        );
        let two = problem(ProblemKind::MissingCards {
            suit: Suit::Clubs,
            ids: vec!["clubs-q".into(), "clubs-k".into()],
        });
        assert_eq!(
            two.describe(Lang::En).message,
            "2 clubs cards are missing: clubs-q, clubs-k"
        );
        assert_eq!(
            two.describe(Lang::Zh).message,
            "缺少 2 张梅花：clubs-q、clubs-k"
        );
    }
}
