//! `xiaoshi rollup FILE|DIR…`: the street's (or district's) roll-up of
//! groups' names-free summaries. Every file that cannot be used is listed
//! with why, and left out; the roll-up of the rest is written. A folder is
//! read for its `*.json` files (not its sub-folders).

use std::path::{Path, PathBuf};

use super::{Output, write_out};
use crate::cli::{RollupArgs, RollupFormat};
use crate::error::Result;
use crate::group::report;
use crate::group::summary::{self, Summary};
use crate::i18n::diagnostic::Describe;
use crate::i18n::group as t;
use crate::i18n::{Lang, fill, fill_named};
use crate::service::GroupError;
use crate::storage::{self, StorageError};
use crate::text::sanitize::Shown;

/// A summary is a few hundred bytes; anything far larger is not one.
const MAX_SUMMARY_BYTES: u64 = 1024 * 1024;

/// The files named: files as given, folders for their `*.json` files, in
/// name order.
fn files(paths: &[PathBuf]) -> Vec<std::result::Result<PathBuf, (PathBuf, StorageError)>> {
    let mut found = Vec::new();
    for path in paths {
        if !path.is_dir() {
            found.push(Ok(path.clone()));
            continue;
        }
        match std::fs::read_dir(path) {
            Ok(entries) => {
                let mut inside: Vec<PathBuf> = entries
                    .flatten()
                    .map(|entry| entry.path())
                    .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "json"))
                    .collect();
                inside.sort();
                found.extend(inside.into_iter().map(Ok));
            }
            Err(error) => found.push(Err((
                path.clone(),
                StorageError::io(storage::Action::Read, path, error),
            ))),
        }
    }
    found
}

/// Why a file was left out.
enum LeftOut {
    Storage(StorageError),
    Summary(summary::SummaryFileError),
    Missing(PathBuf),
}

fn read(path: &Path) -> std::result::Result<Summary, LeftOut> {
    let bytes = storage::read_bounded(path, MAX_SUMMARY_BYTES)
        .map_err(LeftOut::Storage)?
        .ok_or_else(|| LeftOut::Missing(path.to_path_buf()))?;
    summary::parse_file(&bytes, path).map_err(LeftOut::Summary)
}

pub fn run(args: &RollupArgs, lang: Lang, io: &mut Output<'_>) -> Result<()> {
    let mut summaries = Vec::new();
    let mut left_out: Vec<String> = Vec::new();
    for found in files(&args.paths) {
        let result = match found {
            Ok(path) => read(&path),
            Err((_, error)) => Err(LeftOut::Storage(error)),
        };
        match result {
            Ok(summary) => summaries.push(summary),
            Err(LeftOut::Storage(error)) => left_out.push(error.describe(lang).one_line(lang)),
            Err(LeftOut::Summary(error)) => left_out.push(error.describe(lang).one_line(lang)),
            Err(LeftOut::Missing(path)) => left_out.push(fill(
                t::NO_SUCH_FILE.get(lang),
                Shown(&path.display().to_string()),
            )),
        }
    }
    if !left_out.is_empty() {
        writeln!(
            io.err,
            "{}",
            fill(t::ROLLUP_LEFT_OUT.get(lang), left_out.len())
        )?;
        for said in &left_out {
            writeln!(io.err, "  {said}")?;
        }
    }
    if summaries.is_empty() {
        return Err(GroupError::NothingRead {
            count: left_out.len(),
        }
        .into());
    }
    let read = summaries.len();
    let rollup = summary::rollup(summaries);
    let mut bytes = Vec::new();
    match args.format {
        RollupFormat::Md => report::rollup_md(&rollup, lang, &mut bytes)?,
        RollupFormat::Csv => report::rollup_csv(&rollup, &mut bytes)?,
        RollupFormat::Json => {
            serde_json::to_writer_pretty(&mut bytes, &rollup).map_err(std::io::Error::from)?;
            bytes.push(b'\n');
        }
    }
    write_out(args.out.as_deref(), &bytes, io)?;
    if let Some(out) = args.out.as_deref().filter(|out| !super::is_stdout(out)) {
        writeln!(
            io.err,
            "{}",
            fill_named(
                t::ROLLUP_WROTE.get(lang),
                &[
                    ("path", &Shown(&out.display().to_string())),
                    ("read", &read),
                    ("summaries", &rollup.summaries),
                ],
            )
        )?;
    }
    Ok(())
}
