//! The user's settings: a RON file where every key is optional and an
//! unknown key is an error with its line and column (a typo must not be
//! silently ignored).

use std::path::Path;

use jiff::civil::Time;
use serde::Deserialize;

/// The largest config file read (a handful of keys is a few hundred bytes).
pub const MAX_BYTES: u64 = 64 * 1024;

/// Settings, with their defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// When a new day begins (default 00:00). Night owls use e.g. 04:00.
    pub day_starts_at: Time,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            day_starts_at: Time::midnight(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(rename = "Config", deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    day_starts_at: Option<String>,
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
        let mut config = Config::default();
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
