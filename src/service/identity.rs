//! Who keeps a journal, for `journal export`: `identity.ron` in the journal
//! folder holds the device id (made once, at the first export) and the name
//! the resident chose for their group (`journal export --name 王阿姨`). A
//! leader's `group import` finds the member by them; the resident's own
//! `journal import` refuses someone else's export by them.
//!
//! Written under the journal's lock like its months: atomically, with a
//! backup; a file that does not parse is never written over.

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::group::model::{DeviceId, Field, MemberError, TEXT_MAX};
use crate::group::normal;
use crate::journal::transfer::Author;
use crate::journal::{JournalError, Store};
use crate::ronfile::{self, Unreadable};
use crate::storage::{FileName, ReadGuard};

const IDENTITY_FILE: &str = "identity.ron";
const IDENTITY_VERSION: u32 = 1;
const MAX_BYTES: u64 = 64 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Identity", deny_unknown_fields)]
struct Identity {
    version: u32,
    device: DeviceId,
    #[serde(default)]
    name: Option<String>,
}

impl Identity {
    fn author(&self) -> Author {
        Author {
            name: self.name.clone(),
            device: self.device.to_string(),
        }
    }
}

fn file_name() -> FileName {
    FileName::fixed(IDENTITY_FILE).unwrap_or_else(|_| unreachable!("a plain name"))
}

fn parse(store: &Store, lock: &ReadGuard) -> Result<Option<Identity>> {
    let Some(bytes) = lock.read(&file_name(), MAX_BYTES)? else {
        return Ok(None);
    };
    let path = store.months_dir().join(IDENTITY_FILE);
    let identity = ronfile::parse_versioned(&bytes, IDENTITY_VERSION, |i: &Identity| i.version)
        .map_err(|error| match error {
            Unreadable::Newer { version } => JournalError::Newer { path, version },
            Unreadable::Corrupt {
                line,
                column,
                problem,
            } => JournalError::Corrupt {
                path,
                line,
                column,
                problem,
            },
        })?;
    Ok(Some(identity))
}

/// A name as the group will know it: cleaned, not empty, not too long.
fn checked_name(name: &str) -> std::result::Result<String, MemberError> {
    let name = normal::clean(name);
    if name.is_empty() {
        return Err(MemberError::EmptyName);
    }
    if name.chars().count() > TEXT_MAX {
        return Err(MemberError::TooLong {
            what: Field::Name,
            text: name,
        });
    }
    Ok(name)
}

/// Who keeps the journal, if an export has said so before.
pub fn read(store: &Store) -> Result<Option<Author>> {
    let lock = store.lock_shared()?;
    Ok(parse(store, &lock)?.map(|identity| identity.author()))
}

/// Who keeps the journal, made on first use (a new device id), with `name`
/// kept as the resident's name from now on when given.
pub fn ensure(store: &Store, name: Option<&str>) -> Result<Author> {
    let name = name
        .map(checked_name)
        .transpose()
        .map_err(|error| crate::Error::Group(error.into()))?;
    let lock = store.lock_exclusive()?;
    let current = parse(store, &lock)?;
    let mut identity = current.clone().unwrap_or_else(|| Identity {
        version: IDENTITY_VERSION,
        device: DeviceId::generate(),
        name: None,
    });
    if let Some(name) = name {
        identity.name = Some(name);
    }
    if current.as_ref() != Some(&identity) {
        let body =
            ron::ser::to_string_pretty(&identity, ron::ser::PrettyConfig::new().struct_names(true))
                .map_err(|error| crate::service::GroupError::Render(error.to_string()))?;
        let text = format!("// xiaoshi: who keeps this journal, for `journal export`\n{body}\n");
        lock.replace(&file_name(), text.as_bytes())?;
    }
    Ok(identity.author())
}

/// Whether an export by `theirs` is someone else's journal for a resident
/// who is `own` (and whose journal holds nothing yet when `empty`). Only an
/// export that says whose it is (a name, given for a group) can be
/// someone else's: not one from this device, not one without a name (a
/// backup or a sync between one's own machines, as before), not one into an
/// empty journal (a restore on a new machine), and not one carrying this
/// resident's own name.
pub fn is_someone_else(own: Option<&Author>, theirs: &Author, empty: bool) -> bool {
    if own.is_some_and(|own| own.device == theirs.device) || empty {
        return false;
    }
    let Some(name) = &theirs.name else {
        return false;
    };
    match own.and_then(|own| own.name.as_ref()) {
        Some(mine) => normal::fold_name(mine) != normal::fold_name(name),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_named_when_asked() {
        let home = tempfile::tempdir().expect("dir");
        let store = Store::new(home.path().to_path_buf());
        assert_eq!(read(&store).expect("read"), None);
        let first = ensure(&store, None).expect("made");
        assert!(first.device.starts_with("d-") && first.name.is_none());
        let named = ensure(&store, Some(" 王阿姨 ")).expect("named");
        assert_eq!(named.device, first.device, "the device stays");
        assert_eq!(named.name.as_deref(), Some("王阿姨"));
        assert_eq!(ensure(&store, None).expect("again"), named);
        assert_eq!(read(&store).expect("read"), Some(named));
        assert!(ensure(&store, Some("\u{200b}")).is_err(), "an empty name");
    }

    #[test]
    fn a_broken_identity_is_named_and_kept() {
        let home = tempfile::tempdir().expect("dir");
        let store = Store::new(home.path().to_path_buf());
        ensure(&store, None).expect("made");
        let path = store.months_dir().join(IDENTITY_FILE);
        std::fs::write(&path, "Identity(version: 1, device: ").expect("write");
        let said = ensure(&store, Some("王阿姨"))
            .expect_err("broken")
            .to_string();
        assert!(said.contains("identity.ron:1:"), "{said}");
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            "Identity(version: 1, device: "
        );
    }

    #[test]
    fn someone_elses_export() {
        let author = |name: Option<&str>, device: &str| Author {
            name: name.map(String::from),
            device: device.into(),
        };
        let me = author(Some("王阿姨"), "d-1");
        let someone = |own: Option<&Author>, theirs: &Author| is_someone_else(own, theirs, false);
        assert!(
            !someone(Some(&me), &author(Some("李叔叔"), "d-1")),
            "this device"
        );
        assert!(
            !someone(Some(&me), &author(Some("王 阿姨"), "d-2")),
            "my name"
        );
        assert!(someone(Some(&me), &author(Some("李叔叔"), "d-2")));
        assert!(someone(
            Some(&author(None, "d-1")),
            &author(Some("王阿姨"), "d-2")
        ));
        assert!(someone(None, &author(Some("王阿姨"), "d-2")));
        assert!(!someone(Some(&me), &author(None, "d-2")), "no name: a sync");
        assert!(
            !is_someone_else(Some(&me), &author(Some("李叔叔"), "d-2"), true),
            "a restore into an empty journal"
        );
    }
}
