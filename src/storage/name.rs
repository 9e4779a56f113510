//! Names that become paths. A [`FileName`] is always exactly one path
//! component: joined to a folder it names something *in* that folder, never
//! above it or elsewhere, whatever text it came from. Names made from
//! outside text (a session id read from a file, a group name typed by a
//! leader) are checked as tokens first ([`check_token`]).

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::path::{Component, Path, PathBuf};

use super::StorageError;

/// The longest token, in characters.
pub const TOKEN_MAX: usize = 64;

/// Why text cannot be a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    TooLong,
    /// A character other than a letter, a digit (any script), `-` or `_`.
    Character(char),
    /// Starts with `-`, which reads as an option.
    LeadingDash,
    /// A name Windows keeps for devices (`CON`, `NUL`, `COM1`, …).
    Reserved,
}

/// Checks that `text` can name a file or folder: 1 to 64 letters or digits
/// of any script (`幸福里3号楼`, `2026-11-24-001A`), `-` and `_`, not
/// starting with `-`, and not a device name Windows reserves. No `/`, `\`,
/// `.`, space or control character can pass, so `..`, an absolute path or a
/// hidden file cannot be named.
pub fn check_token(text: &str) -> Result<(), NameProblem> {
    if text.is_empty() {
        return Err(NameProblem::Empty);
    }
    if text.chars().count() > TOKEN_MAX {
        return Err(NameProblem::TooLong);
    }
    if let Some(c) = text
        .chars()
        .find(|&c| !(c.is_alphanumeric() || c == '-' || c == '_'))
    {
        return Err(NameProblem::Character(c));
    }
    if text.starts_with('-') {
        return Err(NameProblem::LeadingDash);
    }
    let upper = text.to_ascii_uppercase();
    let device = ["CON", "PRN", "AUX", "NUL"].contains(&upper.as_str())
        || (upper.len() == 4
            && (upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.as_bytes()[3].is_ascii_digit());
    if device {
        return Err(NameProblem::Reserved);
    }
    Ok(())
}

/// One path component.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileName(OsString);

impl FileName {
    /// `<token>.<ext>`, the token checked by [`check_token`] (a session's
    /// id, a group's name). `ext` is xiaoshi's own (`ron`, `json`).
    pub fn token(token: &str, ext: &str) -> Result<FileName, StorageError> {
        check_token(token).map_err(|problem| StorageError::BadName {
            name: token.to_string(),
            problem,
        })?;
        Ok(FileName(format!("{token}.{ext}").into()))
    }

    /// A name xiaoshi chooses itself (`journal.lock`, `2026-11.ron`,
    /// `summary.json`): anything that is not exactly one plain component
    /// is refused.
    pub fn fixed(name: &str) -> Result<FileName, StorageError> {
        FileName::component(OsStr::new(name)).ok_or_else(|| StorageError::BadName {
            name: name.to_string(),
            problem: NameProblem::Character('/'),
        })
    }

    /// The folder and file name of a path a person named on the command
    /// line (a session file to open): the file is saved back to the same
    /// name in the same folder. `None` for a path that names no file
    /// (`/`, `..`, `x/.`).
    pub fn split(path: &Path) -> Option<(PathBuf, FileName)> {
        let name = FileName::component(path.file_name()?)?;
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Some((dir, name))
    }

    /// A name found in a folder listing (or any text) that is exactly one
    /// plain component; `None` otherwise.
    pub fn of(name: &OsStr) -> Option<FileName> {
        FileName::component(name)
    }

    fn component(name: &OsStr) -> Option<FileName> {
        let mut parts = Path::new(name).components();
        match (parts.next(), parts.next()) {
            (Some(Component::Normal(part)), None) if part == name => {
                Some(FileName(name.to_os_string()))
            }
            _ => None,
        }
    }

    pub fn as_os_str(&self) -> &OsStr {
        &self.0
    }

    /// The name with `.bak` added: the backup of the file.
    pub fn backup(&self) -> FileName {
        let mut name = self.0.clone();
        name.push(".bak");
        FileName(name)
    }

    /// The name without its last `.ext` (a session's id from its file).
    pub fn stem(&self) -> String {
        Path::new(&self.0)
            .file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

impl fmt::Display for FileName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::sanitize::inline(&self.0.to_string_lossy()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_plain_names() {
        for good in [
            "2026-11-24-001A",
            "2026-11-24-001A-2",
            "幸福里3号楼",
            "a_b",
            "x",
        ] {
            assert_eq!(check_token(good), Ok(()), "{good}");
        }
        let bad = [
            ("", NameProblem::Empty),
            ("../journal/2026-11", NameProblem::Character('.')),
            ("/etc/passwd", NameProblem::Character('/')),
            ("a\\b", NameProblem::Character('\\')),
            ("a b", NameProblem::Character(' ')),
            (".hidden", NameProblem::Character('.')),
            ("a\u{1b}[2J", NameProblem::Character('\u{1b}')),
            ("a\u{202e}b", NameProblem::Character('\u{202e}')),
            ("-rf", NameProblem::LeadingDash),
            ("nul", NameProblem::Reserved),
            ("COM3", NameProblem::Reserved),
        ];
        for (text, problem) in bad {
            assert_eq!(check_token(text), Err(problem), "{text:?}");
        }
        assert_eq!(check_token(&"字".repeat(65)), Err(NameProblem::TooLong));
        assert_eq!(check_token(&"字".repeat(64)), Ok(()));
        assert_eq!(check_token("COMX"), Ok(()));
    }

    #[test]
    fn a_file_name_is_one_component() {
        let name = FileName::token("2026-11-24-001A", "ron").expect("token");
        assert_eq!(name.as_os_str(), "2026-11-24-001A.ron");
        assert_eq!(name.stem(), "2026-11-24-001A");
        assert_eq!(name.backup().as_os_str(), "2026-11-24-001A.ron.bak");
        assert!(FileName::token("../journal/2026-11", "ron").is_err());
        assert!(FileName::fixed("journal.lock").is_ok());
        for bad in ["", ".", "..", "a/b", "/", "../x"] {
            assert!(FileName::fixed(bad).is_err(), "{bad:?}");
        }
        let (dir, name) =
            FileName::split(Path::new("/shared/我们的 工作坊 (1).ron")).expect("a file");
        assert_eq!(dir, Path::new("/shared"));
        assert_eq!(name.as_os_str(), "我们的 工作坊 (1).ron");
        let (dir, _) = FileName::split(Path::new("x.ron")).expect("a file");
        assert_eq!(dir, Path::new("."));
        assert!(FileName::split(Path::new("/")).is_none());
        assert!(FileName::split(Path::new("a/..")).is_none());
    }
}
