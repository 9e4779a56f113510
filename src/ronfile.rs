//! Reading xiaoshi's own versioned RON files (journal months, workshop
//! sessions): UTF-8 with a position when it is not, a recursion limit, and a
//! file from a newer xiaoshi told apart from a broken one.

use serde::Deserialize;
use serde::de::DeserializeOwned;

/// Why a file's bytes are not a file of this version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Written by a newer xiaoshi: refuse it, do not call it broken.
    Newer { version: u32 },
    /// Not UTF-8 or not RON of the expected shape, at a 1-based position.
    Corrupt {
        line: usize,
        column: usize,
        message: String,
    },
}

/// The 1-based line and column of the first byte that is not UTF-8.
pub fn utf8_error_position(bytes: &[u8], error: &std::str::Utf8Error) -> (usize, usize) {
    // The prefix is valid UTF-8 by definition; count lines and columns in it.
    let prefix = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
    let line = prefix.matches('\n').count() + 1;
    let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

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
            message: "the file is not UTF-8 text".to_string(),
        }
    })?;
    let options = ron::Options::default().with_recursion_limit(32);
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
                message: error.code.to_string(),
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
                message: "the file is not UTF-8 text".into()
            })
        );
    }
}
