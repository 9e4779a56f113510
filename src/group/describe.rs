//! The group's errors, refusals and labels in words, in both languages.
//! The strings are in [`crate::i18n::group`]; this file only picks them
//! and fills them in.

use super::file::{FileError, FileProblem};
use super::matching::{Closeness, Match};
use super::model::{Field, GroupProblem, MEMBERS_MAX, MemberError, Source, TEXT_MAX};
use super::month::BadMonth;
use super::paste::{EntryKind, LINE_MAX, NotPlaced, Role};
use super::record::{Refusal, StepResult};
use super::summary::{SUMMARY_SCHEMA, SummaryError, SummaryFileError};
use crate::i18n::diagnostic::{Describe, Diagnostic};
use crate::i18n::group as t;
use crate::i18n::{Lang, Text, fill, fill_named};
use crate::journal::rules::BACKFILLS_PER_ROUND;

impl Source {
    pub fn label(self) -> Text {
        match self {
            Source::App => t::SOURCE_APP,
            Source::Paper => t::SOURCE_PAPER,
            Source::Wechat => t::SOURCE_WECHAT,
        }
    }
}

impl EntryKind {
    pub fn label(self) -> Text {
        match self {
            EntryKind::CheckedIn => t::KIND_CHECKED_IN,
            EntryKind::Leave => t::KIND_LEAVE,
            EntryKind::Backfill => t::KIND_BACKFILL,
        }
    }
}

impl NotPlaced {
    pub fn describe(self, lang: Lang) -> String {
        match self {
            NotPlaced::NotNumbered => t::NOT_NUMBERED.get(lang).to_string(),
            NotPlaced::NoName => t::NO_NAME.get(lang).to_string(),
            NotPlaced::TooLong => fill_named(t::TOO_LONG.get(lang), &[("max", &LINE_MAX)]),
        }
    }
}

impl Role {
    /// What a line of the paste was read as.
    pub fn describe(self, lang: Lang) -> String {
        match self {
            Role::Header => t::ROLE_HEADER.get(lang).to_string(),
            Role::Title => t::ROLE_TITLE.get(lang).to_string(),
            Role::Example => t::ROLE_EXAMPLE.get(lang).to_string(),
            Role::Entry { index, .. } => fill(t::ROLE_ENTRY.get(lang), index + 1),
            Role::NotPlaced { reason } => reason.describe(lang),
        }
    }
}

impl Closeness {
    pub fn label(self) -> Text {
        match self {
            Closeness::SameName => t::CLOSE_SAME_NAME,
            Closeness::SameRoom => t::CLOSE_SAME_ROOM,
            Closeness::OneCharApart => t::CLOSE_ONE_CHAR,
            Closeness::Contains => t::CLOSE_CONTAINS,
        }
    }
}

impl Match {
    pub fn label(&self) -> Text {
        match self {
            Match::Exact { .. } => t::MATCH_EXACT,
            Match::Folded { .. } => t::MATCH_FOLDED,
            Match::Offered { offers } if offers.is_empty() => t::MATCH_NONE,
            Match::Offered { .. } => t::MATCH_OFFERED,
        }
    }
}

impl Describe for Refusal {
    fn describe(&self, lang: Lang) -> Diagnostic {
        match self {
            Refusal::InFuture { day } => {
                Diagnostic::new(fill_named(t::REFUSED_IN_FUTURE.get(lang), &[("day", day)]))
            }
            Refusal::NoBackfillsLeft => Diagnostic::with_hint(
                fill(t::REFUSED_NO_BACKFILLS.get(lang), BACKFILLS_PER_ROUND),
                fill(t::REFUSED_NO_BACKFILLS_HINT.get(lang), BACKFILLS_PER_ROUND),
            ),
            Refusal::LeaveOnCheckedInDay { day } => Diagnostic::new(fill_named(
                t::REFUSED_LEAVE_CHECKED_IN.get(lang),
                &[("day", day)],
            )),
            Refusal::NoMember => Diagnostic::with_hint(
                *t::REFUSED_NO_MEMBER.get(lang),
                *t::REFUSED_NO_MEMBER_HINT.get(lang),
            ),
            Refusal::NoDate => Diagnostic::with_hint(
                *t::REFUSED_NO_DATE.get(lang),
                *t::REFUSED_NO_DATE_HINT.get(lang),
            ),
        }
    }
}

impl StepResult {
    /// What a step of a paste's preview does, in words.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            StepResult::Recorded { kind, .. } => {
                format!(
                    "{}{}{}",
                    t::STEP_RECORDED.get(lang),
                    lang.colon(),
                    kind.label().get(lang)
                )
            }
            StepResult::LeaveNoted => t::STEP_LEAVE.get(lang).to_string(),
            StepResult::Unchanged => t::STEP_UNCHANGED.get(lang).to_string(),
            StepResult::Refused(refusal) => refusal.describe(lang).message,
        }
    }
}

impl GroupProblem {
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            GroupProblem::NoName => t::PROBLEM_NO_NAME.get(lang).to_string(),
            GroupProblem::TooManyMembers { count } => fill_named(
                t::PROBLEM_TOO_MANY.get(lang),
                &[("count", count), ("max", &MEMBERS_MAX)],
            ),
            GroupProblem::KeyTwice { key } => fill(t::PROBLEM_KEY_TWICE.get(lang), key),
            GroupProblem::MemberNoName { key } => fill(t::PROBLEM_MEMBER_NO_NAME.get(lang), key),
            GroupProblem::KeyNotBelowNext { key, next } => fill_named(
                t::PROBLEM_KEY_NOT_BELOW_NEXT.get(lang),
                &[("key", key), ("next", next)],
            ),
        }
    }
}

/// `template` filled with a file's place and what is wrong there.
fn at_place(
    template: Text,
    lang: Lang,
    path: &dyn std::fmt::Display,
    line: &usize,
    column: &usize,
    message: &str,
) -> String {
    fill_named(
        template.get(lang),
        &[
            ("path", path),
            ("line", line),
            ("column", column),
            ("message", &message),
        ],
    )
}

impl Describe for FileError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let path = self.path.display();
        match &self.problem {
            FileProblem::Corrupt {
                line,
                column,
                problem,
            } => Diagnostic::with_hint(
                at_place(
                    t::FILE_CORRUPT,
                    lang,
                    &path,
                    line,
                    column,
                    &problem.describe(lang).message,
                ),
                *t::FILE_UNCHANGED_HINT.get(lang),
            ),
            FileProblem::Newer { version } => Diagnostic::with_hint(
                fill_named(
                    t::FILE_NEWER.get(lang),
                    &[
                        ("path", &path),
                        ("version", version),
                        ("newest", &super::model::GROUP_VERSION),
                    ],
                ),
                *t::FILE_NEWER_HINT.get(lang),
            ),
            FileProblem::Invalid { problems } => {
                let mut message = fill_named(t::FILE_INVALID.get(lang), &[("path", &path)]);
                for problem in problems {
                    message.push_str("\n  - ");
                    message.push_str(&problem.describe(lang));
                }
                Diagnostic::with_hint(message, *t::FILE_UNCHANGED_HINT.get(lang))
            }
            FileProblem::OutsideMonth { record, day } => Diagnostic::with_hint(
                fill_named(
                    t::FILE_OUTSIDE_MONTH.get(lang),
                    &[("path", &path), ("record", record), ("day", day)],
                ),
                *t::FILE_UNCHANGED_HINT.get(lang),
            ),
        }
    }
}

impl Describe for MemberError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        match self {
            MemberError::EmptyName => Diagnostic::new(*t::MEMBER_EMPTY_NAME.get(lang)),
            MemberError::TooLong { what, text } => {
                let what = match what {
                    Field::Name => t::WHAT_NAME,
                    Field::Room => t::WHAT_ROOM,
                    Field::Street => t::WHAT_STREET,
                    Field::Deck => t::WHAT_DECK,
                };
                Diagnostic::new(fill_named(
                    t::MEMBER_TOO_LONG.get(lang),
                    &[("what", what.get(lang)), ("max", &TEXT_MAX), ("text", text)],
                ))
            }
            MemberError::Duplicate { name, existing } => Diagnostic::with_hint(
                fill_named(
                    t::MEMBER_DUPLICATE.get(lang),
                    &[("name", name), ("key", existing)],
                ),
                *t::MEMBER_DUPLICATE_HINT.get(lang),
            ),
            MemberError::Full => Diagnostic::new(fill(t::MEMBER_FULL.get(lang), MEMBERS_MAX)),
        }
    }
}

impl Describe for BadMonth {
    fn describe(&self, lang: Lang) -> Diagnostic {
        Diagnostic::with_hint(
            fill(t::BAD_MONTH.get(lang), super::normal::clean(&self.text)),
            *t::BAD_MONTH_HINT.get(lang),
        )
    }
}

impl Describe for SummaryFileError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let path = self.path.display();
        match &self.error {
            SummaryError::Invalid {
                line,
                column,
                message,
            } => Diagnostic::with_hint(
                at_place(t::SUMMARY_INVALID, lang, &path, line, column, message),
                *t::SUMMARY_HINT.get(lang),
            ),
            SummaryError::NotASummary { kind } => Diagnostic::with_hint(
                fill_named(
                    t::SUMMARY_NOT_ONE.get(lang),
                    &[("path", &path), ("kind", kind)],
                ),
                *t::SUMMARY_HINT.get(lang),
            ),
            SummaryError::Newer { schema } => Diagnostic::with_hint(
                fill_named(
                    t::SUMMARY_NEWER.get(lang),
                    &[
                        ("path", &path),
                        ("schema", schema),
                        ("newest", &SUMMARY_SCHEMA),
                    ],
                ),
                *t::FILE_NEWER_HINT.get(lang),
            ),
            SummaryError::Inconsistent => Diagnostic::with_hint(
                fill_named(t::SUMMARY_INCONSISTENT.get(lang), &[("path", &path)]),
                *t::SUMMARY_INCONSISTENT_HINT.get(lang),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;
    use std::path::PathBuf;

    /// Every message in both languages: not empty, no `{placeholder}` left,
    /// and the Chinese one in Chinese.
    fn check(diagnostic: &Diagnostic, lang: Lang) {
        for text in std::iter::once(&diagnostic.message).chain(diagnostic.hint.as_ref()) {
            assert!(!text.is_empty());
            assert!(!text.contains('{') && !text.contains('}'), "{text}");
            if lang == Lang::Zh {
                assert!(
                    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn every_error_is_worded_in_both_languages() {
        let path = PathBuf::from("小组/group.ron");
        let mut diagnostics: Vec<Box<dyn Describe>> = vec![
            Box::new(Refusal::InFuture {
                day: date(2026, 12, 7),
            }),
            Box::new(Refusal::NoBackfillsLeft),
            Box::new(Refusal::LeaveOnCheckedInDay {
                day: date(2026, 12, 7),
            }),
            Box::new(Refusal::NoMember),
            Box::new(Refusal::NoDate),
            Box::new(MemberError::EmptyName),
            Box::new(MemberError::TooLong {
                what: Field::Room,
                text: "x".into(),
            }),
            Box::new(MemberError::Duplicate {
                name: "王阿姨".into(),
                existing: super::super::MemberKey::numbered(1),
            }),
            Box::new(MemberError::Full),
            Box::new(BadMonth {
                text: "13月".into(),
            }),
        ];
        for problem in [
            FileProblem::Corrupt {
                line: 3,
                column: 9,
                problem: crate::ronfile::Syntax::ExpectedComma,
            },
            FileProblem::Newer { version: 9 },
            FileProblem::Invalid {
                problems: vec![
                    GroupProblem::NoName,
                    GroupProblem::TooManyMembers { count: 501 },
                    GroupProblem::KeyTwice {
                        key: super::super::MemberKey::numbered(1),
                    },
                    GroupProblem::MemberNoName {
                        key: super::super::MemberKey::numbered(1),
                    },
                    GroupProblem::KeyNotBelowNext {
                        key: super::super::MemberKey::numbered(1),
                        next: 1,
                    },
                ],
            },
            FileProblem::OutsideMonth {
                record: 2,
                day: date(2026, 11, 30),
            },
        ] {
            diagnostics.push(Box::new(FileError {
                path: path.clone(),
                problem,
            }));
        }
        for error in [
            SummaryError::Invalid {
                line: 1,
                column: 2,
                message: "EOF".into(),
            },
            SummaryError::NotASummary { kind: "x".into() },
            SummaryError::Newer { schema: 2 },
            SummaryError::Inconsistent,
        ] {
            diagnostics.push(Box::new(SummaryFileError {
                path: path.clone(),
                error,
            }));
        }
        for diagnostic in &diagnostics {
            for lang in [Lang::Zh, Lang::En] {
                check(&diagnostic.describe(lang), lang);
            }
        }
        let invalid = &diagnostics[diagnostics.len() - 6];
        let zh = invalid.describe(Lang::Zh).message;
        assert_eq!(zh.lines().count(), 6, "{zh}");
        assert!(zh.contains("成员编号 m1 用了两次"), "{zh}");
    }

    #[test]
    fn labels_in_both_languages() {
        for lang in [Lang::Zh, Lang::En] {
            for source in Source::ALL {
                assert!(!source.label().get(lang).is_empty());
            }
            for reason in [
                NotPlaced::NotNumbered,
                NotPlaced::NoName,
                NotPlaced::TooLong,
            ] {
                assert!(!reason.describe(lang).contains('{'));
            }
            assert_eq!(
                Role::Entry {
                    section: 0,
                    index: 2
                }
                .describe(lang),
                if lang == Lang::Zh {
                    "第 3 条"
                } else {
                    "entry 3"
                }
            );
        }
        assert_eq!(
            StepResult::Recorded {
                events: 2,
                kind: EntryKind::Backfill
            }
            .describe(Lang::Zh),
            "将记录：补卡（昨天）"
        );
    }
}
