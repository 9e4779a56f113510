//! Fuzzes workshop session files opened by path (`workshop pledge FILE …`,
//! `workshop report FILE`): a shared file, whatever it holds, is read with
//! `Sessions::find(path)`; one that is refused must leave every file as it
//! was; one that is accepted is reported in every format, changed with a
//! pledge under its lock (`SessionFile::update`), and saved by the screen's
//! merge (`save_merged`) — and every write must land in that file's folder,
//! back in that file (plus its backup and the folder's lock file), never
//! where the file's contents say. No panic either way.

#![no_main]

use libfuzzer_sys::fuzz_target;

include!("session_path_check.rs");

fuzz_target!(|data: &[u8]| {
    check(data);
});
