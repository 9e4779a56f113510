//! The terminal's lifecycle: raw mode, the alternate screen and bracketed
//! paste on the way in, and the terminal's ambiguous width found
//! ([`super::probe`]); all undone on the way out, on error and on panic.

use std::io::{self, BufWriter, Stdout};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use super::backend::AmbiguousSafe;
use crate::config::AmbiguousWidth;
use crate::text;

/// Output is buffered for a whole frame: one write per frame, not one per
/// kilobyte (Stdout's own buffer is small).
pub type Term = Terminal<AmbiguousSafe<CrosstermBackend<BufWriter<Stdout>>>>;

/// Restores the terminal when dropped, however the TUI ends.
pub struct Guard {
    pub terminal: Term,
    /// What a wait for a lock said before the screen took over: a line on
    /// standard error would land in the middle of the screen, so while the
    /// TUI runs, a wait says nothing (and a long one ends in an error on
    /// the status line).
    notice: Option<crate::storage::lock::Notice>,
}

impl Guard {
    /// Enters the TUI's screen, laid out (on this thread, [`text::set_ambiguous`])
    /// for the ambiguous width `setting` names, or the terminal says for `auto`.
    pub fn enter(setting: AmbiguousWidth) -> io::Result<Guard> {
        install_panic_hook();
        enable_raw_mode()?;
        let notice = crate::storage::set_wait_notice(None);
        // From here on, any early return drops nothing that restores: do it by hand.
        let entered =
            execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste).and_then(|()| {
                let ambiguous = match setting {
                    AmbiguousWidth::Auto => super::probe::ask_terminal(),
                    AmbiguousWidth::Narrow | AmbiguousWidth::Wide => None,
                }
                .unwrap_or(setting.without_probe());
                text::set_ambiguous(ambiguous);
                let out = BufWriter::with_capacity(1 << 16, io::stdout());
                Terminal::new(AmbiguousSafe::new(CrosstermBackend::new(out), ambiguous))
            });
        match entered {
            Ok(terminal) => Ok(Guard { terminal, notice }),
            Err(error) => {
                crate::storage::set_wait_notice(notice);
                restore();
                Err(error)
            }
        }
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
        crate::storage::set_wait_notice(self.notice.take());
    }
}

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        Show
    );
}

/// A panic restores the terminal first, so its message is readable and the
/// shell is usable.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
