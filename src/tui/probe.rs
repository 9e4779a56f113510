//! Asking the terminal how wide it draws East Asian Ambiguous characters,
//! the way vim does (`t_u7`): print one at a known column, ask where the
//! cursor went, erase it.
//!
//! The question goes out when the TUI has just entered the alternate screen
//! (so nothing is left on the user's screen, and the probe is erased before
//! the first frame): cursor home, `♥`, then *Device Status Report*
//! (`ESC [6n`, "where is the cursor?") and *Primary Device Attributes*
//! (`ESC [c`, "what are you?"). A terminal answers in order, `ESC [1;2R`
//! (the ♥ took one column) or `ESC [1;3R` (two), then `ESC [?…c`. Every
//! terminal answers the second question, so an answer to it without one to
//! the first means none is coming, and nobody waits for the timeout.
//!
//! The answer is read straight from standard input, one byte at a time,
//! each read waiting no longer than what is left of [`TIMEOUT`]; the probe
//! stops at the answer and never reads past it, so keys typed afterwards
//! are left for the TUI. If keys are already waiting before it asks (typed
//! ahead), it does not ask, rather than read them as part of the answer.
//! No answer, a garbled one or one that comes too late all mean "don't
//! know": the `ambiguous_width` setting's fallback, narrow. (A late answer
//! reaches crossterm, which reads it as its own kind of event and drops it.)
//!
//! It only runs for the TUIs, in a terminal, with `ambiguous_width: auto`
//! (the default); text output and a setting of `narrow` or `wide` never ask.

use std::io::{self, Write};
use std::time::Duration;

use crate::text::Ambiguous;

/// How long the probe waits for the terminal to answer: long enough for a
/// terminal across an ordinary network link, short enough not to notice
/// for one that never answers (there are almost none; a terminal that
/// answers costs one round trip).
pub const TIMEOUT: Duration = Duration::from_millis(100);

/// After the cursor position has come, how long to wait for the attributes
/// that follow it (read so that they are not left for the TUI).
const AFTER_POSITION: Duration = Duration::from_millis(10);

/// An answer longer than this is not an answer.
const MAX_ANSWER: usize = 256;

/// Cursor home, an ambiguous character, "where is the cursor?", "what are you?".
pub const QUESTION: &str = "\x1b[H\u{2665}\x1b[6n\x1b[c";

/// Cursor home and erase the line: the probe leaves no mark.
pub const ERASE: &str = "\x1b[H\x1b[2K";

/// The terminal's answer, read a byte at a time.
#[derive(Debug, Default)]
pub struct Answer {
    read: usize,
    state: State,
    column: Option<u16>,
    attributes: bool,
}

#[derive(Debug, Default)]
enum State {
    #[default]
    Ground,
    Escape,
    /// Inside `ESC [`: the parameter bytes so far.
    Csi(Vec<u8>),
}

impl Answer {
    /// Takes the next byte of input.
    pub fn feed(&mut self, byte: u8) {
        self.read += 1;
        self.state = match std::mem::take(&mut self.state) {
            State::Ground | State::Escape if byte == 0x1b => State::Escape,
            State::Ground => State::Ground,
            State::Escape if byte == b'[' => State::Csi(Vec::new()),
            State::Escape => State::Ground,
            State::Csi(mut params) => match byte {
                0x1b => State::Escape,
                0x20..=0x3f if params.len() < 32 => {
                    params.push(byte);
                    State::Csi(params)
                }
                b'R' => {
                    self.column = cursor_column(&params);
                    State::Ground
                }
                b'c' if params.first() == Some(&b'?') => {
                    self.attributes = true;
                    State::Ground
                }
                _ => State::Ground,
            },
        };
    }

    /// The terminal has said all it will say (or too much).
    pub fn finished(&self) -> bool {
        self.attributes || self.read >= MAX_ANSWER
    }

    /// The cursor position has come.
    pub fn has_position(&self) -> bool {
        self.column.is_some()
    }

    /// What the answer says: the ♥ at column 1 left the cursor at column 2
    /// (narrow) or 3 (wide); anything else says nothing.
    pub fn width(&self) -> Option<Ambiguous> {
        match self.column {
            Some(2) => Some(Ambiguous::Narrow),
            Some(3) => Some(Ambiguous::Wide),
            _ => None,
        }
    }
}

/// The column of a cursor position report's `row;column`.
fn cursor_column(params: &[u8]) -> Option<u16> {
    let text = std::str::from_utf8(params).ok()?;
    let (row, column) = text.split_once(';')?;
    row.parse::<u16>().ok()?;
    column.parse().ok()
}

/// Asks the terminal behind `input` and `output`; `None` if it did not say
/// within `timeout` (or keys were already waiting, and it did not ask).
#[cfg(unix)]
pub fn ask(
    input: impl std::os::fd::AsFd,
    output: &mut impl Write,
    timeout: Duration,
) -> io::Result<Option<Ambiguous>> {
    let started = std::time::Instant::now();
    if readable(&input, Duration::ZERO)? {
        return Ok(None);
    }
    output.write_all(QUESTION.as_bytes())?;
    output.flush()?;
    let mut deadline = started + timeout;
    let mut answer = Answer::default();
    let result = loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() || !readable(&input, left)? {
            break Ok(answer.width());
        }
        let mut byte = [0u8; 1];
        match rustix::io::read(&input, &mut byte) {
            Ok(0) => break Ok(answer.width()),
            Ok(_) => answer.feed(byte[0]),
            Err(rustix::io::Errno::INTR | rustix::io::Errno::AGAIN) => continue,
            Err(error) => break Err(io::Error::from(error)),
        }
        if answer.finished() {
            break Ok(answer.width());
        }
        if answer.has_position() {
            deadline = deadline.min(std::time::Instant::now() + AFTER_POSITION);
        }
    };
    output.write_all(ERASE.as_bytes())?;
    output.flush()?;
    result
}

/// Whether `input` has a byte to read within `wait`.
#[cfg(unix)]
fn readable(input: &impl std::os::fd::AsFd, wait: Duration) -> io::Result<bool> {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let timeout = Timespec::try_from(wait).map_err(io::Error::other)?;
    let mut fds = [PollFd::new(input, PollFlags::IN)];
    match poll(&mut fds, Some(&timeout)) {
        Ok(0) => Ok(false),
        // Some systems cannot poll a terminal (NVAL): no answer, then.
        Ok(_) => Ok(fds[0].revents().contains(PollFlags::IN)),
        Err(rustix::io::Errno::INTR) => Ok(false),
        Err(error) => Err(io::Error::from(error)),
    }
}

/// The terminal's ambiguous width, if asking is possible and it answers:
/// only in a terminal (standard input and output both).
pub fn ask_terminal() -> Option<Ambiguous> {
    use std::io::IsTerminal;
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return None;
    }
    #[cfg(unix)]
    {
        ask(io::stdin(), &mut io::stdout(), TIMEOUT).ok().flatten()
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::io::{PipeWriter, Write};
    use std::time::Instant;

    use super::*;

    /// What the TUI writes to; the terminal's answer goes into the pipe when
    /// the question is flushed, after `delay`, in pieces.
    struct Terminal {
        written: Vec<u8>,
        answer: Vec<&'static [u8]>,
        delay: Duration,
        pipe: Option<PipeWriter>,
    }

    impl Write for Terminal {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.written.extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            if let Some(mut pipe) = self.pipe.take() {
                let pieces = std::mem::take(&mut self.answer);
                let delay = self.delay;
                std::thread::spawn(move || {
                    for piece in pieces {
                        std::thread::sleep(delay);
                        let _ = pipe.write_all(piece);
                    }
                    // Keep the pipe open, as a terminal would, until the test is over.
                    std::thread::sleep(Duration::from_secs(2));
                });
            }
            Ok(())
        }
    }

    const LIMIT: Duration = Duration::from_millis(80);

    /// Asks a pretend terminal that answers `answer`; the result, what was
    /// written, and how long it took.
    fn probe(answer: &[&'static [u8]], delay_ms: u64) -> (Option<Ambiguous>, String, Duration) {
        let (reader, writer) = std::io::pipe().expect("pipe");
        let mut terminal = Terminal {
            written: Vec::new(),
            answer: answer.to_vec(),
            delay: Duration::from_millis(delay_ms),
            pipe: Some(writer),
        };
        let started = Instant::now();
        let width = ask(&reader, &mut terminal, LIMIT).expect("probe");
        let took = started.elapsed();
        (
            width,
            String::from_utf8(terminal.written).expect("utf-8"),
            took,
        )
    }

    /// Generous for a loaded machine, still far below a second.
    fn assert_within_timeout(took: Duration) {
        assert!(took < LIMIT + Duration::from_millis(250), "{took:?}");
    }

    #[test]
    fn a_narrow_terminal() {
        let (width, written, took) = probe(&[b"\x1b[1;2R\x1b[?64;1;2;6;22c"], 1);
        assert_eq!(width, Some(Ambiguous::Narrow));
        assert_eq!(written, format!("{QUESTION}{ERASE}"), "asked, then erased");
        assert_within_timeout(took);
    }

    #[test]
    fn a_wide_terminal_answering_in_pieces() {
        let (width, _, took) = probe(&[b"\x1b[", b"1;3", b"R", b"\x1b[?1;2c"], 2);
        assert_eq!(width, Some(Ambiguous::Wide));
        assert_within_timeout(took);
    }

    #[test]
    fn no_answer_gives_up_at_the_timeout() {
        let (width, written, took) = probe(&[], 1);
        assert_eq!(width, None);
        assert!(written.ends_with(ERASE), "erased even so: {written:?}");
        assert!(took >= LIMIT, "gave up early: {took:?}");
        assert_within_timeout(took);
    }

    #[test]
    fn attributes_without_a_position_mean_no_answer_is_coming() {
        let (width, _, took) = probe(&[b"\x1b[?6c"], 1);
        assert_eq!(width, None);
        assert!(took < LIMIT, "waited for nothing: {took:?}");
    }

    #[test]
    fn garbage_is_no_answer() {
        let (width, _, took) = probe(&[b"x\x1b[5~\xff\xfe;;R\x1b[Z"], 1);
        assert_eq!(width, None);
        assert_within_timeout(took);
        // A position that no ambiguous character leaves.
        let (width, _, _) = probe(&[b"\x1b[1;7R\x1b[?1c"], 1);
        assert_eq!(width, None);
        // Bytes that never end.
        let endless: &'static [u8] = &[b'\x1b'; 300];
        let (width, _, took) = probe(&[b"\x1b[1;", endless], 1);
        assert_eq!(width, None);
        assert_within_timeout(took);
    }

    #[test]
    fn a_position_without_attributes_is_kept() {
        let (width, _, took) = probe(&[b"\x1b[1;3R"], 1);
        assert_eq!(width, Some(Ambiguous::Wide));
        assert!(took < LIMIT, "{took:?}");
    }

    #[test]
    fn keys_typed_ahead_are_not_read() {
        let (reader, mut writer) = std::io::pipe().expect("pipe");
        writer.write_all(b"q").expect("type");
        let mut written = Vec::new();
        assert_eq!(ask(&reader, &mut written, LIMIT).expect("probe"), None);
        assert!(written.is_empty(), "asked anyway");
        let mut key = [0u8; 1];
        assert_eq!(rustix::io::read(&reader, &mut key).expect("read"), 1);
        assert_eq!(&key, b"q", "the key is still there for the TUI");
    }

    #[test]
    fn reading_stops_at_the_answer() {
        let (reader, writer) = std::io::pipe().expect("pipe");
        let mut terminal = Terminal {
            written: Vec::new(),
            answer: vec![b"\x1b[1;2R\x1b[?1cq"],
            delay: Duration::from_millis(1),
            pipe: Some(writer),
        };
        assert_eq!(
            ask(&reader, &mut terminal, LIMIT).expect("probe"),
            Some(Ambiguous::Narrow)
        );
        let mut key = [0u8; 1];
        assert_eq!(rustix::io::read(&reader, &mut key).expect("read"), 1);
        assert_eq!(&key, b"q");
    }
}
