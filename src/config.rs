//! The user's settings: a RON file where every key is optional and an
//! unknown key is an error with its line and column (a typo must not be
//! silently ignored).
//!
//! xiaoshi writes one key itself: `lang`, when the language is switched in
//! a TUI. It edits that one value in place (comments, other keys and their
//! layout stay as the user wrote them), writes atomically with a backup, and
//! never writes a file that does not parse: the user's text is theirs.

use std::path::Path;

use jiff::civil::Time;
use serde::Deserialize;

use crate::fsutil;
use crate::i18n::errors as text;
use crate::i18n::{self, Describe, Diagnostic, Lang, fill_named};
use crate::ronfile::Syntax;
use crate::text::Ambiguous;

/// The largest config file read (a handful of keys is a few hundred bytes).
pub const MAX_BYTES: u64 = 64 * 1024;

/// Settings, with their defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// When a new day begins (default 00:00). Night owls use e.g. 04:00.
    pub day_starts_at: Time,
    /// The language chosen in a TUI (`None`: decided by the environment).
    pub lang: Option<Lang>,
    /// How wide the terminal draws ♥ · “ and box lines (default: ask it).
    pub ambiguous_width: AmbiguousWidth,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            day_starts_at: Time::midnight(),
            lang: None,
            ambiguous_width: AmbiguousWidth::Auto,
        }
    }
}

/// The `ambiguous_width` setting (`auto`, `narrow` or `wide`), and the
/// `XIAOSHI_AMBIGUOUS` variable that overrides it: how wide the terminal
/// draws East Asian Ambiguous characters (see [`crate::text`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AmbiguousWidth {
    /// The TUI asks the terminal at start-up; narrow if it does not answer,
    /// and for text output (which has no terminal to ask).
    #[default]
    Auto,
    Narrow,
    Wide,
}

impl AmbiguousWidth {
    /// The setting in force: `XIAOSHI_AMBIGUOUS` when it names one (read
    /// leniently, and skipped if it names none, like `XIAOSHI_LANG`), else
    /// the config's.
    pub fn resolve(env: Option<&str>, config: AmbiguousWidth) -> AmbiguousWidth {
        env.and_then(AmbiguousWidth::parse).unwrap_or(config)
    }

    /// [`AmbiguousWidth::resolve`] with the process environment.
    pub fn from_env(config: AmbiguousWidth) -> AmbiguousWidth {
        AmbiguousWidth::resolve(std::env::var("XIAOSHI_AMBIGUOUS").ok().as_deref(), config)
    }

    fn parse(value: &str) -> Option<AmbiguousWidth> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(AmbiguousWidth::Auto),
            "narrow" => Some(AmbiguousWidth::Narrow),
            "wide" => Some(AmbiguousWidth::Wide),
            _ => None,
        }
    }

    /// The width when nothing can be asked: the setting, narrow for `auto`.
    pub fn without_probe(self) -> Ambiguous {
        match self {
            AmbiguousWidth::Wide => Ambiguous::Wide,
            AmbiguousWidth::Auto | AmbiguousWidth::Narrow => Ambiguous::Narrow,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Config", deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    day_starts_at: Option<String>,
    #[serde(default)]
    lang: Option<String>,
    ambiguous_width: Option<AmbiguousWidth>,
}

/// How deep the config may nest (it does not: one level).
const RECURSION_LIMIT: usize = 16;

#[derive(Debug)]
pub enum ConfigError {
    Read {
        path: String,
        source: std::io::Error,
    },
    Syntax {
        path: String,
        line: usize,
        column: usize,
        problem: Syntax,
    },
    DayStart {
        path: String,
        value: String,
        /// After noon (rather than not a time at all).
        after_noon: bool,
    },
    Lang {
        path: String,
        value: String,
    },
    /// The file parses, but the language could not be set in it safely.
    CannotEdit {
        path: String,
        lang: Lang,
    },
    Write {
        path: String,
        source: std::io::Error,
    },
    /// The lock of the config's folder, read-only media, a size limit.
    Storage(crate::storage::StorageError),
}

impl Describe for ConfigError {
    fn describe(&self, lang: Lang) -> Diagnostic {
        let t = |text: i18n::Text| *text.get(lang);
        match self {
            ConfigError::Read { path, source } => Diagnostic::new(fill_named(
                t(text::CONFIG_READ),
                &[("path", path), ("reason", &text::io_reason(source, lang))],
            )),
            ConfigError::Syntax {
                path,
                line,
                column,
                problem,
            } => Diagnostic::with_hint(
                format!(
                    "{path}:{line}:{column}{}{}",
                    lang.colon(),
                    problem.describe(lang).message
                ),
                t(text::CONFIG_HINT),
            ),
            ConfigError::DayStart {
                path,
                value,
                after_noon,
            } => {
                let reason = if *after_noon {
                    t(text::CONFIG_AFTER_NOON).to_string()
                } else {
                    fill_named(i18n::input::NOT_A_TIME.get(lang), &[("typed", value)])
                };
                Diagnostic::with_hint(
                    fill_named(
                        t(text::CONFIG_DAY_START),
                        &[
                            ("path", path),
                            ("value", &format!("{value:?}")),
                            ("reason", &reason),
                        ],
                    ),
                    t(text::CONFIG_DAY_START_HINT),
                )
            }
            ConfigError::Lang { path, value } => Diagnostic::with_hint(
                fill_named(
                    t(text::CONFIG_LANG),
                    &[
                        ("path", path),
                        ("value", &format!("{value:?}")),
                        ("langs", &lang.join(&Lang::CODES)),
                    ],
                ),
                t(text::CONFIG_HINT),
            ),
            ConfigError::CannotEdit { path, lang: chosen } => Diagnostic::with_hint(
                fill_named(t(text::CONFIG_CANNOT_EDIT), &[("path", path)]),
                fill_named(
                    t(text::CONFIG_CANNOT_EDIT_HINT),
                    &[("code", &chosen.code())],
                ),
            ),
            ConfigError::Write { path, source } => Diagnostic::new(fill_named(
                t(text::CANNOT_WRITE),
                &[("path", path), ("reason", &text::io_reason(source, lang))],
            )),
            ConfigError::Storage(error) => error.describe(lang),
        }
    }
}

crate::describe_display!(ConfigError);
impl std::error::Error for ConfigError {}

impl Config {
    /// Reads the config file; a missing file means the defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        match read(path)? {
            Some(text) => Config::parse(&text, &path.display().to_string()),
            None => Ok(Config::default()),
        }
    }

    /// Parses config text; `path` names it in errors.
    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        let raw: RawConfig = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .with_recursion_limit(RECURSION_LIMIT)
            .from_str(text)
            .map_err(|error| ConfigError::Syntax {
                path: path.to_string(),
                line: error.span.start.line,
                column: error.span.start.col,
                problem: Syntax::of(&error.code, RECURSION_LIMIT),
            })?;
        let mut config = Config {
            ambiguous_width: raw.ambiguous_width.unwrap_or_default(),
            ..Config::default()
        };
        if let Some(value) = raw.day_starts_at {
            let time = crate::input::time(&value).map_err(|_| ConfigError::DayStart {
                path: path.to_string(),
                value: value.clone(),
                after_noon: false,
            })?;
            // Past noon, "today" would mostly be yesterday: almost surely a mistake.
            if time > Time::constant(12, 0, 0, 0) {
                return Err(ConfigError::DayStart {
                    path: path.to_string(),
                    value,
                    after_noon: true,
                });
            }
            config.day_starts_at = time;
        }
        if let Some(value) = raw.lang {
            let lang = Lang::from_code(&value).ok_or_else(|| ConfigError::Lang {
                path: path.to_string(),
                value: value.clone(),
            })?;
            config.lang = Some(lang);
        }
        Ok(config)
    }

    /// The language saved in the config file, for choosing the language
    /// before anything else runs. A file that cannot be read counts as no
    /// choice: the command that reads it properly reports it.
    pub fn saved_lang(path: &Path) -> Option<Lang> {
        let text = read(path).ok()??;
        Config::parse(&text, "").ok()?.lang
    }
}

/// The config file's text; `None` when there is none.
fn read(path: &Path) -> Result<Option<String>, ConfigError> {
    // Bounded: a config.ron that is a link to /dev/zero is an error, not a hang.
    match fsutil::read_text_limited(path, MAX_BYTES) {
        Ok(text) => Ok(Some(text)),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ConfigError::Read {
            path: path.display().to_string(),
            source,
        }),
    }
}

/// Saves `lang` as the language in the config file at `path`, keeping the
/// rest of the file as it is. A file that does not parse is left alone (the
/// error says why); a missing one is created.
pub fn save_lang(path: &Path, lang: Lang) -> Result<(), ConfigError> {
    let shown = path.display().to_string();
    // The storage discipline: the folder's lock across the read-change-write
    // (two windows choosing a language at once), a backup, 0600.
    let (dir, name) = crate::storage::FileName::split(path).ok_or_else(|| ConfigError::Write {
        path: shown.clone(),
        source: std::io::ErrorKind::InvalidInput.into(),
    })?;
    let store = crate::storage::Store::new(dir);
    let guard = store.write_lock().map_err(ConfigError::Storage)?;
    let old = read(path)?.unwrap_or_default();
    Config::parse(&old, &shown)?;
    let new = with_lang(&old, lang);
    if new == old {
        return Ok(());
    }
    // The edit must read back as the same settings with the new language;
    // if it does not (a layout the edit did not foresee), write nothing.
    let expected = Config {
        lang: Some(lang),
        ..Config::parse(&old, &shown)?
    };
    if Config::parse(&new, &shown).ok() != Some(expected) {
        return Err(ConfigError::CannotEdit { path: shown, lang });
    }
    guard
        .replace(&name, new.as_bytes())
        .map_err(ConfigError::Storage)
}

/// `text` (a config that parses) with `lang: "<code>"` set: the value
/// replaced where the key is, else the key added first in the struct.
/// [`save_lang`] writes the result only if it reads back as intended.
pub fn with_lang(text: &str, lang: Lang) -> String {
    let value = format!("\"{}\"", lang.code());
    if text.trim().is_empty() {
        return format!("(\n    lang: {value},\n)\n");
    }
    let tokens = scan(text);
    // `lang` at depth 1, then `:`, then its string value.
    let at = tokens.windows(3).find_map(|w| match w {
        [
            Token::Word {
                depth: 1,
                start,
                end,
            },
            Token::Colon,
            Token::Str { start: s, end: e },
        ] if &text[*start..*end] == "lang" => Some((*s, *e)),
        _ => None,
    });
    if let Some((start, end)) = at {
        return format!("{}{value}{}", &text[..start], &text[end..]);
    }
    let Some(open) = tokens.iter().find_map(|token| match token {
        Token::Open { depth: 1, at } => Some(*at),
        _ => None,
    }) else {
        return text.to_string();
    };
    let rest = &text[open + 1..];
    let spacing = if rest.starts_with('\n') {
        ""
    } else if rest.trim_start().starts_with(')') {
        "\n"
    } else {
        "\n    "
    };
    let rest = if spacing == "\n" {
        rest.trim_start()
    } else {
        rest
    };
    format!("{}\n    lang: {value},{spacing}{rest}", &text[..=open])
}

/// The tokens [`with_lang`] needs from RON text: words with the bracket
/// depth they are at, colons, string literals, and opening brackets.
/// Comments and the insides of strings are skipped.
#[derive(Debug, PartialEq, Eq)]
enum Token {
    Word {
        depth: usize,
        start: usize,
        end: usize,
    },
    Colon,
    Str {
        start: usize,
        end: usize,
    },
    Open {
        depth: usize,
        at: usize,
    },
    Other,
}

fn scan(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        let b = bytes[at];
        match b {
            b'/' if bytes.get(at + 1) == Some(&b'/') => {
                at = text[at..].find('\n').map_or(bytes.len(), |n| at + n);
                continue;
            }
            b'/' if bytes.get(at + 1) == Some(&b'*') => {
                at = text[at + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |n| at + 2 + n + 2);
                continue;
            }
            b'"' => {
                let start = at;
                at += 1;
                while at < bytes.len() && bytes[at] != b'"' {
                    at += if bytes[at] == b'\\' { 2 } else { 1 };
                }
                at = (at + 1).min(bytes.len());
                tokens.push(Token::Str { start, end: at });
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                tokens.push(Token::Open { depth, at });
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                tokens.push(Token::Other);
            }
            b':' => tokens.push(Token::Colon),
            b if b.is_ascii_alphanumeric() || b == b'_' => {
                let start = at;
                while at < bytes.len() && (bytes[at].is_ascii_alphanumeric() || bytes[at] == b'_') {
                    at += 1;
                }
                tokens.push(Token::Word {
                    depth,
                    start,
                    end: at,
                });
                continue;
            }
            b if b.is_ascii_whitespace() => {}
            _ => tokens.push(Token::Other),
        }
        at += 1;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_optional() {
        assert_eq!(Config::parse("()", "c.ron").expect("ok"), Config::default());
        assert_eq!(Config::parse("", "c.ron").expect("ok"), Config::default());
    }

    #[test]
    fn reads_day_starts_at_and_lang() {
        let config = Config::parse(r#"(day_starts_at: "04:00", lang: "zh")"#, "c.ron").expect("ok");
        assert_eq!(config.day_starts_at, Time::constant(4, 0, 0, 0));
        assert_eq!(config.lang, Some(Lang::Zh));
        let full_width = Config::parse(r#"(day_starts_at: "０４：３０")"#, "c.ron").expect("ok");
        assert_eq!(full_width.day_starts_at, Time::constant(4, 30, 0, 0));
    }

    #[test]
    fn reads_ambiguous_width() {
        for (text, want) in [
            ("(ambiguous_width: wide)", AmbiguousWidth::Wide),
            ("(ambiguous_width: narrow)", AmbiguousWidth::Narrow),
            ("(ambiguous_width: auto)", AmbiguousWidth::Auto),
            ("()", AmbiguousWidth::Auto),
        ] {
            let config = Config::parse(text, "c.ron").expect(text);
            assert_eq!(config.ambiguous_width, want, "{text}");
        }
    }

    #[test]
    fn a_bad_ambiguous_width_is_an_error_with_a_location() {
        let error =
            Config::parse("(\n  ambiguous_width: wider,\n)", "c.ron").expect_err("bad value");
        let message = error.to_string();
        assert!(message.starts_with("c.ron:2:"), "{message}");
        assert!(message.contains("wide"), "{message}");
    }

    #[test]
    fn the_environment_overrides_the_config_when_it_names_a_width() {
        use AmbiguousWidth::{Auto, Narrow, Wide};
        assert_eq!(AmbiguousWidth::resolve(Some("wide"), Narrow), Wide);
        assert_eq!(AmbiguousWidth::resolve(Some(" WIDE "), Auto), Wide);
        assert_eq!(AmbiguousWidth::resolve(Some("narrow"), Wide), Narrow);
        assert_eq!(AmbiguousWidth::resolve(Some("auto"), Wide), Auto);
        assert_eq!(AmbiguousWidth::resolve(Some("sideways"), Wide), Wide);
        assert_eq!(AmbiguousWidth::resolve(None, Narrow), Narrow);
        assert_eq!(Auto.without_probe(), Ambiguous::Narrow);
        assert_eq!(Wide.without_probe(), Ambiguous::Wide);
    }

    #[test]
    fn unknown_keys_are_errors_with_a_location() {
        let error = Config::parse("(\n  day_start: \"04:00\",\n)", "c.ron").expect_err("typo");
        let message = error.to_string();
        assert!(message.starts_with("c.ron:2:"), "{message}");
        assert!(message.contains("day_start"), "{message}");
        let zh = error.describe(Lang::Zh).message;
        assert!(zh.contains("不认识的字段 `day_start`"), "{zh}");
    }

    #[test]
    fn bad_times_and_languages_are_explained() {
        for bad in [r#"(day_starts_at: "25:00")"#, r#"(day_starts_at: "18:00")"#] {
            let error = Config::parse(bad, "c.ron").expect_err("bad time");
            assert!(error.to_string().contains("day_starts_at"), "{error}");
        }
        let error = Config::parse(r#"(lang: "fr")"#, "c.ron").expect_err("bad lang");
        assert!(error.to_string().contains("\"fr\""), "{error}");
    }

    #[test]
    fn the_language_is_set_in_place() {
        let cases = [
            ("", "(\n    lang: \"zh\",\n)\n"),
            ("()", "(\n    lang: \"zh\",\n)"),
            (
                "(\n    day_starts_at: \"04:00\",   // night owl\n)\n",
                "(\n    lang: \"zh\",\n    day_starts_at: \"04:00\",   // night owl\n)\n",
            ),
            (
                "// mine\n(\n  lang: \"en\", // set by xiaoshi\n  day_starts_at: \"04:00\",\n)",
                "// mine\n(\n  lang: \"zh\", // set by xiaoshi\n  day_starts_at: \"04:00\",\n)",
            ),
            (
                "(day_starts_at: \"04:00\") /* lang: \"en\" */",
                "(\n    lang: \"zh\",\n    day_starts_at: \"04:00\") /* lang: \"en\" */",
            ),
            ("Config(lang:\"en\")", "Config(lang:\"zh\")"),
        ];
        for (old, new) in cases {
            assert_eq!(with_lang(old, Lang::Zh), new, "{old:?}");
            let config = Config::parse(new, "c.ron").expect("parses");
            assert_eq!(config.lang, Some(Lang::Zh), "{new:?}");
        }
    }

    #[test]
    fn saving_keeps_the_file_and_never_touches_a_broken_one() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("sub").join("config.ron");
        save_lang(&path, Lang::Zh).expect("creates");
        assert_eq!(Config::load(&path).expect("reads").lang, Some(Lang::Zh));
        save_lang(&path, Lang::En).expect("updates");
        assert_eq!(Config::saved_lang(&path), Some(Lang::En));

        let broken = "(\n  day_starts_at: \"04:00\"\n  lang: \"en\",\n)\n";
        std::fs::write(&path, broken).expect("write");
        assert!(matches!(
            save_lang(&path, Lang::Zh),
            Err(ConfigError::Syntax { line: 3, .. })
        ));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), broken);
        assert_eq!(Config::saved_lang(&path), None);
    }
}
