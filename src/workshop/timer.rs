//! The turn timer as plain data. Time is passed in (milliseconds on any
//! monotonic clock), so the model is tested without waiting, and the TUI
//! asks [`Timer::next_tick`] how long it may sleep: nothing runs between
//! ticks, and nothing at all while the timer is stopped.

/// One minute, the step of "+1 minute".
pub const MINUTE_MS: u64 = 60_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Not running; `left` milliseconds remain.
    Stopped { left: u64 },
    /// Running until the clock reads `ends_at`.
    Running { ends_at: u64 },
    /// Time is up (it ran out at `at`); the bell has been rung. The
    /// overtime counts from `at`.
    Rang { at: u64 },
}

/// A countdown with start, pause and "+1 minute".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timer {
    state: State,
}

impl Timer {
    /// A stopped timer of `minutes`.
    pub fn new(minutes: u16) -> Timer {
        Timer {
            state: State::Stopped {
                left: u64::from(minutes) * MINUTE_MS,
            },
        }
    }

    /// Milliseconds left at `now` (0 once time is up).
    pub fn left(&self, now: u64) -> u64 {
        match self.state {
            State::Stopped { left } => left,
            State::Running { ends_at } => ends_at.saturating_sub(now),
            State::Rang { .. } => 0,
        }
    }

    /// Whole seconds left, rounded up: what the screen shows.
    pub fn seconds_left(&self, now: u64) -> u64 {
        self.left(now).div_ceil(1000)
    }

    pub fn is_running(&self) -> bool {
        matches!(self.state, State::Running { .. })
    }

    pub fn is_up(&self) -> bool {
        matches!(self.state, State::Rang { .. })
    }

    /// Milliseconds past the time, once it is up (the speaker going on).
    pub fn overtime(&self, now: u64) -> Option<u64> {
        match self.state {
            State::Rang { at } => Some(now.saturating_sub(at)),
            _ => None,
        }
    }

    /// Starts, or pauses a running timer. A timer whose time is up but
    /// has not rung yet keeps running, so the next tick still rings it.
    pub fn start_pause(&mut self, now: u64) {
        self.state = match self.state {
            State::Stopped { left } if left > 0 => State::Running {
                ends_at: now + left,
            },
            State::Running { ends_at } if ends_at > now => State::Stopped {
                left: ends_at.saturating_sub(now),
            },
            other => other,
        };
    }

    /// One more minute. A timer that has rung runs again for that minute:
    /// the facilitator grants extra time while the speaker goes on. So does
    /// one whose time is up but has not rung yet: a minute from now.
    pub fn add_minute(&mut self, now: u64) {
        self.state = match self.state {
            State::Stopped { left } => State::Stopped {
                left: left + MINUTE_MS,
            },
            State::Running { ends_at } => State::Running {
                ends_at: ends_at.max(now) + MINUTE_MS,
            },
            State::Rang { .. } => State::Running {
                ends_at: now + MINUTE_MS,
            },
        };
    }

    /// Advances to `now`. Returns true exactly once, when time runs out:
    /// the moment to ring the bell.
    pub fn tick(&mut self, now: u64) -> bool {
        match self.state {
            State::Running { ends_at } if now >= ends_at => {
                self.state = State::Rang { at: ends_at };
                true
            }
            _ => false,
        }
    }

    /// How long until the shown seconds change (or time runs out, or the
    /// overtime shown moves on); `None` when nothing will change without a
    /// key press.
    pub fn next_tick(&self, now: u64) -> Option<u64> {
        match self.state {
            State::Running { ends_at } => {
                let left = ends_at.saturating_sub(now);
                // The display shows seconds rounded up, so it changes when
                // `left` crosses a whole second.
                let step = match left % 1000 {
                    0 => 1000,
                    part => part,
                };
                Some(step.min(left.max(1)))
            }
            // Overtime counts up in whole seconds from `at`.
            State::Rang { at } => Some(1000 - now.saturating_sub(at) % 1000),
            State::Stopped { .. } => None,
        }
    }
}

/// Overtime as shown: `+1:23`.
pub fn overtime_face(ms: u64) -> String {
    format!("+{}", clock_face(ms / 1000))
}

/// `m:ss`, as on a kitchen timer.
pub fn clock_face(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_pauses_and_rings_once() {
        let mut timer = Timer::new(1);
        assert_eq!(timer.next_tick(0), None, "stopped: no wake-ups");
        timer.start_pause(1_000);
        assert!(timer.is_running());
        assert_eq!(timer.seconds_left(1_500), 60);
        assert_eq!(timer.seconds_left(2_000), 59);
        timer.start_pause(31_000);
        assert_eq!(timer.left(99_000), 30_000, "paused time does not pass");
        timer.start_pause(100_000);
        assert!(!timer.tick(129_999));
        assert!(timer.tick(130_000), "rings when time is up");
        assert!(!timer.tick(131_000), "only once");
        assert!(timer.is_up());
        assert_eq!(timer.seconds_left(200_000), 0);
        // The overtime counts from when time ran out, not from the tick.
        assert_eq!(timer.overtime(213_000), Some(83_000));
        assert_eq!(overtime_face(83_000), "+1:23");
        assert_eq!(timer.next_tick(213_000), Some(1000));
        assert_eq!(timer.next_tick(213_400), Some(600));
    }

    #[test]
    fn one_more_minute_in_every_state() {
        let mut timer = Timer::new(1);
        timer.add_minute(0);
        assert_eq!(timer.left(0), 2 * MINUTE_MS);
        timer.start_pause(0);
        timer.add_minute(10_000);
        assert_eq!(timer.left(10_000), 170_000);
        assert!(timer.tick(180_000));
        timer.add_minute(200_000);
        assert!(timer.is_running(), "extra time after the bell runs at once");
        assert_eq!(timer.left(200_000), MINUTE_MS);
    }

    #[test]
    fn time_up_before_the_tick_is_not_lost() {
        let mut timer = Timer::new(1);
        timer.start_pause(0);
        timer.start_pause(MINUTE_MS + 5);
        assert!(
            timer.is_running(),
            "not paused at 0:00, where it would stick"
        );
        assert!(timer.tick(MINUTE_MS + 6), "and it still rings");
        let mut late = Timer::new(1);
        late.start_pause(0);
        late.add_minute(MINUTE_MS + 500);
        assert_eq!(late.left(MINUTE_MS + 500), MINUTE_MS, "a whole minute");
    }

    #[test]
    fn wakes_when_the_shown_second_changes() {
        let mut timer = Timer::new(1);
        timer.start_pause(0);
        assert_eq!(timer.next_tick(0), Some(1000));
        assert_eq!(timer.next_tick(250), Some(750));
        assert_eq!(timer.next_tick(59_999), Some(1));
        assert_eq!(clock_face(timer.seconds_left(0)), "1:00");
        assert_eq!(clock_face(59), "0:59");
    }
}
