//! The user's settings: a RON file where every key is optional and an
//! unknown key is an error with its line and column (a typo must not be
//! silently ignored).

use std::path::Path;

use jiff::civil::Time;
use serde::Deserialize;

use crate::text::Ambiguous;

/// The largest config file read (a handful of keys is a few hundred bytes).
pub const MAX_BYTES: u64 = 64 * 1024;

/// Settings, with their defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// When a new day begins (default 00:00). Night owls use e.g. 04:00.
    pub day_starts_at: Time,
    /// How wide the terminal draws ♥ · “ and box lines (default: ask it).
    pub ambiguous_width: AmbiguousWidth,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            day_starts_at: Time::midnight(),
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
    ambiguous_width: Option<AmbiguousWidth>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read the config file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "{path}:{line}:{column}: {message}\n  \
         hint: the config looks like (day_starts_at: \"04:00\"); every key is optional"
    )]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path}: day_starts_at is {value:?}: {reason}\n  \
         hint: give a time of day between \"00:00\" and \"12:00\", like \"04:00\""
    )]
    DayStart {
        path: String,
        value: String,
        reason: String,
    },
}

impl Config {
    /// Reads the config file; a missing file means the defaults.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let shown = path.display().to_string();
        let text = match crate::fsutil::read_text_limited(path, MAX_BYTES) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Config::default());
            }
            Err(source) => {
                return Err(ConfigError::Read {
                    path: shown,
                    source,
                });
            }
        };
        Config::parse(&text, &shown)
    }

    /// Parses config text; `path` names it in errors.
    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        if text.trim().is_empty() {
            return Ok(Config::default());
        }
        let raw: RawConfig = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .with_recursion_limit(16)
            .from_str(text)
            .map_err(|error| ConfigError::Syntax {
                path: path.to_string(),
                line: error.span.start.line,
                column: error.span.start.col,
                message: error.code.to_string(),
            })?;
        let mut config = Config {
            ambiguous_width: raw.ambiguous_width.unwrap_or_default(),
            ..Config::default()
        };
        if let Some(value) = raw.day_starts_at {
            let time: Time = value
                .parse()
                .map_err(|error: jiff::Error| ConfigError::DayStart {
                    path: path.to_string(),
                    value: value.clone(),
                    reason: error.to_string(),
                })?;
            // Past noon, "today" would mostly be yesterday: almost surely a mistake.
            if time > Time::constant(12, 0, 0, 0) {
                return Err(ConfigError::DayStart {
                    path: path.to_string(),
                    value,
                    reason: "it is after noon".to_string(),
                });
            }
            config.day_starts_at = time;
        }
        Ok(config)
    }
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
    fn reads_day_starts_at() {
        let config = Config::parse(r#"(day_starts_at: "04:00")"#, "c.ron").expect("ok");
        assert_eq!(config.day_starts_at, Time::constant(4, 0, 0, 0));
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
    }

    #[test]
    fn bad_times_are_explained() {
        for bad in [r#"(day_starts_at: "25:00")"#, r#"(day_starts_at: "18:00")"#] {
            let error = Config::parse(bad, "c.ron").expect_err("bad time");
            assert!(error.to_string().contains("day_starts_at"), "{error}");
        }
    }
}
