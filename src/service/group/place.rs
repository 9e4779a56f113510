//! Where a group's folder is: a folder under the data folder's `groups/`,
//! named by a plain name (`--group 幸福里3号楼`), or any folder a leader
//! names by its path (`--group ./幸福里`, `--group /mnt/共享/幸福里`: a synced
//! or shared folder). Without `--group`, the only group there is.
//!
//! A name typed by a leader never chooses a path: it must be a plain name
//! ([`crate::storage::check_token`]: letters and digits of any script, `-`
//! and `_`), and a new group's folder is named from its name that way.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use super::{GroupError, GroupFolder};
use crate::group::Group;
use crate::storage::{FileName, StorageError, check_token, name::TOKEN_MAX};

/// The folder of groups in the data folder.
pub const GROUPS_DIR: &str = "groups";

/// `--group` as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Where {
    /// A folder under `groups/`, by its plain name.
    Named(String),
    /// Any folder, by its path.
    Folder(PathBuf),
}

impl Where {
    /// A path when it names one (it has a `/`, or is `.` or `..`), else a
    /// group's folder name.
    pub fn parse(text: &str) -> Where {
        let is_path = text.contains('/')
            || text.contains(std::path::MAIN_SEPARATOR)
            || text == "."
            || text == "..";
        if is_path {
            Where::Folder(PathBuf::from(text))
        } else {
            Where::Named(text.trim().to_string())
        }
    }
}

/// `<data>/groups`.
pub fn groups_dir(data: &Path) -> PathBuf {
    data.join(GROUPS_DIR)
}

/// The folder `groups/<name>`, the name checked as a plain name.
fn named(data: &Path, name: &str) -> Result<GroupFolder, GroupError> {
    check_token(name).map_err(|problem| StorageError::BadName {
        name: name.to_string(),
        problem,
    })?;
    let name = FileName::of(OsStr::new(name)).ok_or_else(|| GroupError::NoFolderName {
        name: name.to_string(),
    })?;
    Ok(GroupFolder::at(groups_dir(data).join(name.as_os_str())))
}

/// A group's name made into a folder name: letters and digits kept, the
/// rest (spaces, punctuation) a single `-`; `None` if nothing is left.
pub fn folder_name(name: &str) -> Option<String> {
    let mut folder = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || c == '_' {
            folder.push(c);
        } else if !folder.is_empty() && !folder.ends_with('-') {
            folder.push('-');
        }
    }
    let folder: String = folder
        .trim_end_matches('-')
        .chars()
        .take(TOKEN_MAX)
        .collect();
    let folder = folder.trim_end_matches('-').to_string();
    check_token(&folder).is_ok().then_some(folder)
}

/// The folder of an existing group: the one chosen, or the only one in
/// the data folder.
pub fn find(data: &Path, chosen: Option<&Where>) -> Result<GroupFolder, GroupError> {
    let folder = match chosen {
        Some(Where::Folder(dir)) => GroupFolder::at(dir.clone()),
        Some(Where::Named(name)) => named(data, name)?,
        None => {
            let groups = list(data)?;
            match groups.as_slice() {
                [] => {
                    return Err(GroupError::NoGroups {
                        groups: groups_dir(data),
                    });
                }
                [one] => GroupFolder::at(one.dir.clone()),
                _ => {
                    return Err(GroupError::WhichGroup {
                        names: groups.into_iter().map(|g| g.folder).collect(),
                    });
                }
            }
        }
    };
    if !folder.exists() {
        return Err(GroupError::NoGroup {
            dir: folder.dir().to_path_buf(),
        });
    }
    Ok(folder)
}

/// The folder for a new group called `name`: the one chosen, or
/// `groups/<name as a folder name>`.
pub fn for_new(data: &Path, chosen: Option<&Where>, name: &str) -> Result<GroupFolder, GroupError> {
    match chosen {
        Some(Where::Folder(dir)) => Ok(GroupFolder::at(dir.clone())),
        Some(Where::Named(folder)) => named(data, folder),
        None => {
            let folder = folder_name(name).ok_or_else(|| GroupError::NoFolderName {
                name: name.to_string(),
            })?;
            named(data, &folder)
        }
    }
}

/// A group found in the data folder.
#[derive(Debug)]
pub struct Listed {
    /// Its folder's name (what `--group` takes).
    pub folder: String,
    pub dir: PathBuf,
    /// The group, or why its file cannot be read.
    pub group: Result<Group, GroupError>,
}

/// The groups in the data folder's `groups/`, by folder name: every folder
/// with a plain name that holds a group file.
pub fn list(data: &Path) -> Result<Vec<Listed>, GroupError> {
    let dir = groups_dir(data);
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => {
            return Err(StorageError::io(crate::storage::Action::Read, &dir, error).into());
        }
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(text) = name.to_str() else {
            continue;
        };
        if check_token(text).is_err() || !entry.path().is_dir() {
            continue;
        }
        let folder = GroupFolder::at(entry.path());
        if !folder.exists() {
            continue;
        }
        found.push(Listed {
            folder: text.to_string(),
            dir: entry.path(),
            group: folder.read_group(),
        });
    }
    found.sort_by(|a, b| a.folder.cmp(&b.folder));
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn names_and_paths() {
        assert_eq!(
            Where::parse("幸福里3号楼"),
            Where::Named("幸福里3号楼".into())
        );
        assert_eq!(
            Where::parse("./幸福里"),
            Where::Folder(PathBuf::from("./幸福里"))
        );
        assert_eq!(
            Where::parse("/mnt/x"),
            Where::Folder(PathBuf::from("/mnt/x"))
        );
        assert_eq!(Where::parse(".."), Where::Folder(PathBuf::from("..")));
    }

    #[test]
    fn a_groups_name_makes_a_plain_folder_name() {
        assert_eq!(
            folder_name("康乐小区12号楼 21天打卡").as_deref(),
            Some("康乐小区12号楼-21天打卡")
        );
        assert_eq!(folder_name("../../etc").as_deref(), Some("etc"));
        assert_eq!(
            folder_name("「幸福里」（三号楼）").as_deref(),
            Some("幸福里-三号楼")
        );
        assert_eq!(folder_name("..."), None);
        assert_eq!(folder_name("nul"), None);
        let long = "字".repeat(80);
        assert_eq!(folder_name(&long).map(|f| f.chars().count()), Some(64));
    }

    #[test]
    fn the_only_group_is_found_and_two_must_be_chosen() {
        let home = tempfile::tempdir().expect("dir");
        let data = home.path();
        assert!(matches!(find(data, None), Err(GroupError::NoGroups { .. })));
        let make = |name: &str| {
            let folder = for_new(data, None, name).expect("folder");
            let group = Group::new(name, None, "shequ-xiaoshi", date(2026, 12, 1)).expect("g");
            folder.create(&group).expect("create");
        };
        make("幸福里 3号楼");
        let found = find(data, None).expect("the only one");
        assert!(found.dir().ends_with("groups/幸福里-3号楼"));
        make("康乐小区");
        assert!(matches!(
            find(data, None),
            Err(GroupError::WhichGroup { names }) if names == ["幸福里-3号楼", "康乐小区"]
        ));
        assert!(find(data, Some(&Where::Named("康乐小区".into()))).is_ok());
        assert!(matches!(
            find(data, Some(&Where::Named("../康乐小区".into()))),
            Err(GroupError::Storage(StorageError::BadName { .. }))
        ));
        assert!(matches!(
            find(data, Some(&Where::Named("没有".into()))),
            Err(GroupError::NoGroup { .. })
        ));
    }
}
